"""Output tables: the whole output looked up by one feature of the input.

Some tasks answer with one of a few fixed grids: the pattern drawn for the
input's colour, the colour named by the shape it shows, a row of as many
marks as it has squares. No composition of transforms makes such an output
from the input; the demos give it, where two of them share a key. A rule here
is a table from one feature of the input grid (`FEATURES`: its colours, its
counts of cells, objects and colours, its cells cut to their box, its
symmetries...) to a whole output grid.

A table is kept where the demos of one key have one output, some key is
shared by two demos or more (a table of one key per demo explains any
demos), the demos do not all have one output, and every test input's key was
seen on the demos. Tables of fewer keys answer first (more demos agreeing
per key), then by `FEATURES` order.

Chosen on ARC-AGI-1 training and the ARC-AGI-2 training tasks outside
ARC-AGI-1 (2026-11-28): on ARC-AGI-1 training, 8 tasks answered, 6 right,
5 of them (27a28665, 44f52bb0, 6e02f1e3, d4469b4b, ff28f65a) by no other
rule; on ARC-AGI-2, one answered, wrong. Like the object rules, a table is
not a DSL program: `record` writes it out, `apply` reproduces it, and the
answers check it against the demos again before it answers. Host-side numpy; the test outputs of a task never enter it.
"""

from __future__ import annotations

import dataclasses
from typing import Callable, Dict, List, Optional, Tuple

import numpy as np
from scipy import ndimage

from batt_jax.data.types import Grid, Task
from batt_jax.search import object_rules
from batt_jax.search import rule_grids

ATTEMPTS = 2
# A colour-valued feature's value where there is no such colour.
NONE = 10

# A feature's value: an int or nested tuples of ints (JSON lists read back as tuples).
Key = object


def _foreground(grid: np.ndarray) -> np.ndarray:
  return grid != object_rules.background_of(grid)


def _colors(grid: np.ndarray) -> Tuple[int, ...]:
  return tuple(int(c) for c in np.unique(grid[_foreground(grid)]))


def _count_objects(layer: np.ndarray, diagonal: bool) -> int:
  return int(ndimage.label(layer, structure=np.ones((3, 3), int) if diagonal else None)[1])


def _one_color_objects(grid: np.ndarray) -> int:
  return sum(_count_objects(grid == c, True) for c in _colors(grid))


def _box(grid: np.ndarray, cells: bool) -> Tuple:
  """The foreground cut to its box: its cells (`cells`: 1 where foreground)
  or its colours; () where there is none."""
  fg = _foreground(grid)
  if not fg.any():
    return ()
  ys, xs = np.nonzero(fg)
  box = (slice(ys.min(), ys.max() + 1), slice(xs.min(), xs.max() + 1))
  return rule_grids.as_grid(fg[box].astype(int) if cells else grid[box])


def _ranked_color(grid: np.ndarray, most: bool) -> int:
  values, counts = np.unique(grid[_foreground(grid)], return_counts=True)
  if not len(values):
    return NONE
  return int(values[counts.argmax() if most else counts.argmin()])


def _symmetries(grid: np.ndarray) -> Tuple[int, int, int]:
  square = grid.shape[0] == grid.shape[1]
  return (int(np.array_equal(grid, grid[::-1])), int(np.array_equal(grid, grid[:, ::-1])),
          int(square and np.array_equal(grid, grid.T)))


FEATURES: Dict[str, Callable[[np.ndarray], Key]] = {
    # What is not the background (the grid's most common colour).
    "colors": _colors,
    "color_count": lambda g: len(_colors(g)),
    "cells": lambda g: int(_foreground(g).sum()),
    "objects": lambda g: _count_objects(_foreground(g), True),
    "objects_4": lambda g: _count_objects(_foreground(g), False),
    "one_color_objects": _one_color_objects,
    **{f"objects_of_{c}": (lambda g, c=c: _count_objects(g == c, True)) for c in range(10)},
    "mask": lambda g: _box(g, cells=True),
    "pattern": lambda g: _box(g, cells=False),
    "major": lambda g: _ranked_color(g, most=True),
    "minor": lambda g: _ranked_color(g, most=False),
    # The whole grid.
    "background": object_rules.background_of,
    "shape": lambda g: tuple(g.shape),
    "symmetries": _symmetries,
}


@dataclasses.dataclass(frozen=True)
class OutputTable:
  """A learned table of whole outputs.

  Attributes:
    feature: the feature of the input its keys read (a name of `FEATURES`).
    table: (key, output grid) pairs, sorted by key.
  """
  feature: str
  table: Tuple[Tuple[Key, Grid], ...]


def apply(rule: OutputTable, grid: Grid) -> Optional[Grid]:
  """The output of `grid`'s key; None if the demos did not show that key."""
  return dict(rule.table).get(FEATURES[rule.feature](np.asarray(grid)))


def learn(task: Task, attempts: int = ATTEMPTS) -> List[Tuple[OutputTable, Tuple[Grid, ...]]]:
  """Up to `attempts` tables with distinct test outputs, fewest keys first;
  none unless two demos share an output and not all of them do."""
  outputs = [rule_grids.as_grid(p.output) for p in task.train]
  if len(set(outputs)) in (1, len(outputs)):
    return []
  inputs = [np.asarray(p.input) for p in task.train]
  tests = [np.asarray(p.input) for p in task.test]
  found = []
  for name, feature in FEATURES.items():
    table: Dict[Key, Grid] = {}
    if not all(table.setdefault(feature(g), o) == o for g, o in zip(inputs, outputs)):
      continue
    if len(table) == len(outputs):
      continue
    answers = tuple(table.get(feature(t)) for t in tests)
    if all(a is not None for a in answers):
      found.append((len(table), OutputTable(name, tuple(sorted(table.items()))), answers))
  kept: List[Tuple[OutputTable, Tuple[Grid, ...]]] = []
  for _, rule, answers in sorted(found, key=lambda item: item[0]):  # stable: FEATURES order
    if rule_grids.keep(kept, rule, answers, attempts):
      break
  return kept


def describe(rule: OutputTable) -> str:
  outputs = len(set(grid for _, grid in rule.table))
  return f"output table: the output by the input's {rule.feature}; {len(rule.table)} keys, {outputs} outputs"


def record(rule: OutputTable) -> dict:
  """JSON-ready form of the rule (`from_record` reads it back)."""
  return {"feature": rule.feature,
          "table": [[key, [list(row) for row in grid]] for key, grid in rule.table]}


def from_record(data: dict) -> OutputTable:
  return OutputTable(str(data["feature"]),
                     tuple((rule_grids.tupled(key), rule_grids.as_grid(grid))
                           for key, grid in data["table"]))


__all__ = ["ATTEMPTS", "FEATURES", "NONE", "OutputTable", "apply", "describe", "from_record",
           "learn", "record"]
