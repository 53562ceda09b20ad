"""Tasks as the search sees them: views (augmentations) and encoded samples.

A view is a task rewritten by a map that the DSL can undo:
- "dmirror" transposes every grid of the task, so a composition found on it
  answers the original task once its outputs are transposed back, and is
  written as a program `x1 = dmirror(I); ...; O = dmirror(xk)`;
- "rankcolors" (colour normalisation) renames the colours of each sample by
  their frequency rank in its input (`rankcolors`: the most common colour
  becomes 0, the next 1, ...), its demo output through the same renaming, so
  one composition with constant colours can solve a task whose demos use
  different colours in the same roles; written `x1 = rankcolors(I); ...;
  O = unrankcolors(xk, I)`;
- the other orientations ("vmirror", "hmirror", "cmirror", "rot90", "rot180",
  "rot270") move every grid the same way, so that a transform bound to one
  direction (rays to the right, gravity down) is searched in the others too;
  written like dmirror, with the inverse move last (rot90 undone by rot270).
  The search keeps an image that two orientation views of a task share once
  (`frames`), so these views add only what moves differently.
A view sees only the task's demo pairs and test inputs: test outputs never
enter the search.
"""

from __future__ import annotations

import dataclasses
from typing import List, Sequence, Tuple

import numpy as np

from batt_jax.data.types import Grid, Task
from batt_jax.dsl import capacity
from batt_jax.dsl import encoding
from batt_jax.dsl import registry
from batt_jax.dsl.reference import colors as reference_colors

# The views searched by default.
VIEWS = ("identity", "dmirror", "rankcolors")
# Per view but identity, the DSL primitives written around a found composition:
# the map applied to `I` first, and the one undoing it last (given `I` as well
# when it takes two grids).
VIEW_PRIMITIVES = {
    "dmirror": ("dmirror", "dmirror"), "rankcolors": ("rankcolors", "unrankcolors"),
    "vmirror": ("vmirror", "vmirror"), "hmirror": ("hmirror", "hmirror"),
    "cmirror": ("cmirror", "cmirror"), "rot90": ("rot90", "rot270"),
    "rot180": ("rot180", "rot180"), "rot270": ("rot270", "rot90")}
# Every view a search may name.
KNOWN_VIEWS = ("identity",) + tuple(VIEW_PRIMITIVES)


def undo_reads_input(view: str) -> bool:
  """Whether the view's undoing primitive also takes the original input."""
  registry.load()
  return registry.get(VIEW_PRIMITIVES[view][1]).signature.arity == 2


def _reference(name: str):
  registry.load()
  return registry.get(name).reference


def rename_colors(grid: Grid, ref: Grid) -> Grid:
  """`grid` with the colour renaming of `rankcolors(ref)` (ref's colour ranks).

  The ranks are the reference DSL's `color_ranks`, the one definition that
  `rankcolors` and `unrankcolors` use too.
  """
  rank = reference_colors.color_ranks(ref)
  return tuple(tuple(rank[c] for c in row) for row in grid)


@dataclasses.dataclass(frozen=True)
class View:
  """One task under one view.

  Attributes:
    task_id: the original task's id.
    view: one of KNOWN_VIEWS.
    inputs: demo inputs, then test inputs, under the view.
    outputs: the demo outputs under the view.
    palette: every colour of the view's grids (demo inputs and outputs, test
      inputs), ascending: the values colour parameters range over.
    originals: the task's own inputs (demo, then test), to undo per-sample views.
  """
  task_id: str
  view: str
  inputs: Tuple[Grid, ...]
  outputs: Tuple[Grid, ...]
  palette: Tuple[int, ...]
  originals: Tuple[Grid, ...] = ()

  @property
  def num_demo(self) -> int:
    return len(self.outputs)

  @property
  def num_samples(self) -> int:
    return len(self.inputs)

  def undo(self, grid: Grid, test_index: int) -> Grid:
    """An output of the view for test input `test_index`, back in the task's frame.

    The reference run of the primitive the written program ends with.
    """
    if self.view not in VIEW_PRIMITIVES:
      return grid
    undo = _reference(VIEW_PRIMITIVES[self.view][1])
    if undo_reads_input(self.view):
      return undo(grid, self.originals[self.num_demo + test_index])
    return undo(grid)


def view_of(task: Task, view: str) -> View:
  if view not in KNOWN_VIEWS:
    raise ValueError(f"unknown view {view!r}; expected one of {KNOWN_VIEWS}")
  originals = tuple(p.input for p in task.train) + tuple(p.input for p in task.test)
  if view not in VIEW_PRIMITIVES:
    inputs, outputs = originals, tuple(p.output for p in task.train)
  else:  # the map the written program applies to `I` first
    forward = _reference(VIEW_PRIMITIVES[view][0])
    inputs = tuple(forward(g) for g in originals)
    if view == "rankcolors":  # a demo output takes its input's renaming
      outputs = tuple(rename_colors(p.output, p.input) for p in task.train)
    else:
      outputs = tuple(forward(p.output) for p in task.train)
  colours = {v for g in inputs + outputs for row in g for v in row}
  return View(task.id, view, inputs, outputs, tuple(sorted(colours)), originals)


def views_of(tasks: Sequence[Task], views: Sequence[str]) -> List[View]:
  """Every task under the first view, then every task under the next, ..."""
  return [view_of(task, v) for v in views for task in tasks]


@dataclasses.dataclass(frozen=True)
class Samples:
  """Every sample of every view, encoded, host side (M = all samples).

  Attributes:
    cells: [M, S, S] int8 inputs; hw: [M, 2] int32.
    out_cells: [M, S, S] int8 demo outputs (zeros for test inputs);
    out_hw: [M, 2] int32; is_demo: [M] bool.
    offset: [V] int64, the first sample of each view; count: [V] its samples;
    num_demo: [V] its demo pairs (its samples [offset, offset + num_demo) are demos).
  """
  cells: np.ndarray
  hw: np.ndarray
  out_cells: np.ndarray
  out_hw: np.ndarray
  is_demo: np.ndarray
  offset: np.ndarray
  count: np.ndarray
  num_demo: np.ndarray


def encode_samples(views: Sequence[View]) -> Samples:
  s = capacity.SIDE
  m = sum(v.num_samples for v in views)
  out = Samples(cells=np.zeros((m, s, s), np.int8), hw=np.zeros((m, 2), np.int32),
                out_cells=np.zeros((m, s, s), np.int8), out_hw=np.zeros((m, 2), np.int32),
                is_demo=np.zeros(m, bool), offset=np.zeros(len(views), np.int64),
                count=np.array([v.num_samples for v in views], np.int64),
                num_demo=np.array([v.num_demo for v in views], np.int64))
  row = 0
  for k, view in enumerate(views):
    out.offset[k] = row
    for j, grid in enumerate(view.inputs):
      g = encoding.encode(grid, "Grid")
      out.cells[row], out.hw[row] = g.cells, g.hw
      if j < view.num_demo:
        e = encoding.encode(view.outputs[j], "Grid")
        out.out_cells[row], out.out_hw[row] = e.cells, e.hw
        out.is_demo[row] = True
      row += 1
  return out
