"""Enumerative search: compositions of transforms, layer by layer, deduplicated.

Layer 0 holds one node per view: its input grids. Layer d+1 applies every
transform, with every constant variant the view's palette allows, to every
node of layer d, for all views at once, in compiled batches of `chunk_rows`
rows (a row is one sample of one candidate: its grid and its parameter vector,
both data, so each transform compiles once for the whole run).

Every result row is hashed on the device; a candidate (all the samples of one
view under one composition) is new only if no earlier candidate of that view
(or of the task's other orientation views, compared in the task's frame:
`frames`) produced the same grids on every sample, so each layer grows only by
new images. A new candidate that reproduces every demo output is a solution; the
others, ranked by their partial score (the share of demo cells right, where
the shape is right), become the next layer, at most `max_nodes` per view.
Only scores, flags and hashes come back to the host; grids stay on the device
except the test outputs of solutions.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import dataclasses
import functools
import math
import time
from typing import (Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple,
                    Union)

from absl import logging
import jax
import jax.numpy as jnp
import numpy as np

from batt_jax.runtime.answers import decode_grid
from batt_jax.runtime import executable_cache
from batt_jax.runtime import megabatch as mb
from batt_jax.runtime.coordinator import is_out_of_memory
from batt_jax.search import frames
from batt_jax.search import local_rules
from batt_jax.search import tasks as search_tasks
from batt_jax.search.kernels import (ABSENT, S, Compilations, grid_rows, head_keys, kernel_of,
                                     row_hashes, shares_prefix, unpack)
from batt_jax.search.transforms import CATALOGUE, Transform

_ROW_MULTIPLIERS = (np.random.default_rng(7).integers(1, 2**63, size=64, dtype=np.uint64)
                    | np.uint64(1))


@dataclasses.dataclass(frozen=True)
class Config:
  """How far and how wide to search.

  Attributes:
    depth: the most transforms composed.
    chunk_rows: rows per compiled call (padded; fixes the traced shapes).
    max_nodes: nodes kept per view per layer for the next one, best partial
      scores first.
    time_budget_s: no new chunk starts after this many seconds.
    transforms: the catalogue searched.
    max_pending_rows: device rows of new candidates held before they are
      compacted to the best max_nodes per view.
    expand_nodes: nodes per view (best partial scores) whose candidates run in
      full to make the next layer; the others' are only screened for
      solutions. None: all (affordable to depth 2; bounds depth 3).
    overlay: before every layer after the first, look for kept nodes that
      together reproduce the demos: up to `overlay_pieces` nodes whose non-0
      cells are all right, painted over a base node that is right wherever
      they are all 0.
    overlay_pieces: the most such pieces over one base (1: pairs).
    last_pieces: the last layer's candidates are not kept as nodes, but up to
      this many per view (best partial scores) whose non-0 cells are right on
      every demo are kept as pieces, for one more overlay pass after the last
      layer (0: none). Such a pass gets `FINAL_OVERLAY_SHARE` of the budget.
    last_bases: likewise, last-layer candidates kept per view as bases for that
      pass: those with the demo outputs' shapes that get at least `BASE_SCORE`
      of the demo cells right, some of them cells that the input has wrong
      (else the input is as good a base).
    node_rules: with the overlays, per identity view without a solution, the
      kept nodes of the outputs' shapes that get the most demo cells right,
      this many, each the input of local rules (`local_rules.learn_images`,
      one-feature keys): a rule from the node's image to the outputs that
      holds on every demo cell and knows every test cell's key is a solution
      of one more step (0: none, the default: on the 149 ARC-AGI-1 training
      tasks a 234-transform H100 search left unsolved, 4 nodes a view with 16
      transforms gave 10 solutions in 4 tasks, 2 test-correct, both answered
      by the input's own local rules too, for 15 s of a 330 s CPU search).
    deepen_bases: when the last layer ends inside the budget, one more layer
      over its bases alone, screened like a last layer (and keeping its own
      pieces and bases for the overlay pass): compositions one transform
      deeper, through the candidates nearest a solution.
    deepen_rounds: the most such layers: while the budget lasts, each one
      runs over the new bases the one before kept (depth + 1, depth + 2, ...),
      so a budget the deepened layer leaves unspent goes one transform deeper
      again through the nearest candidates.
    share_screens: nodes of one view whose first demo images are the same (and
      alike in having the outputs' shapes and in being expanded in full) share
      their screens: a screen reads only that image, so one node's candidates
      are screened for all of them.
    share_frames: the orientation views of a task (identity, dmirror and the
      other moves of `frames.ORIENTATIONS`) keep an image once: a candidate is
      new only if none of them produced its grids, compared in the task's frame
      (`frames.task_frame_hashes`). Off: each view keeps its own.
    view_max_nodes: (view name, nodes) pairs: `max_nodes` for the views of
      that name (e.g. orientation views searched narrower than the rest).
    tail_rows: a second, smaller size of call (0: none) for a costly
      transform's calls of few rows: a call is padded to its kernel's rows, so
      a transform left with a few thousand candidates would pay for a whole
      chunk. Once a transform's full call has taken `TAIL_CALL_S` or more, its
      kernel for `tail_rows` rows is loaded or compiled in the background
      (`Compilations.request`), and its calls that fit run on it when ready;
      once such a call has run faster per row than a full one (`TAIL_FASTER`),
      all its candidates are chunked at `tail_rows` (`Search._rows_of`).
  """
  depth: int = 2
  chunk_rows: int = 4096
  max_nodes: int = 400
  time_budget_s: Optional[float] = None
  transforms: Tuple[Transform, ...] = CATALOGUE
  max_pending_rows: int = 1 << 22
  overlay: bool = True
  overlay_pieces: int = 3
  last_pieces: int = 100
  last_bases: int = 50
  node_rules: int = 0
  expand_nodes: Optional[int] = None
  deepen_bases: bool = True
  deepen_rounds: int = 3
  share_screens: bool = True
  share_frames: bool = True
  view_max_nodes: Tuple[Tuple[str, int], ...] = ()
  tail_rows: int = 0


@dataclasses.dataclass(frozen=True)
class Step:
  """One transform of a composition: its name and parameter values."""
  transform: str
  values: Tuple[int, ...]


@dataclasses.dataclass(frozen=True)
class Solution:
  """A composition that reproduces every demo pair of a view.

  Attributes:
    view: index into the searched views.
    steps: the transforms, first applied first.
    test_outputs: its grids on the view's test inputs (in the view's frame).
    order: discovery order (a tie-break).
    overlay: more compositions of the same input, each showing through where
      the image painted so far (`steps`', then the earlier ones') is 0: a
      solution made of candidates that each explain part of every demo output.
    colors: (a, b) pairs: colour a of the image becomes b, all at once (a
      recolouring learned from the demos; other colours stay).
    rule: a local rule learned from the image's demo cells to the demo
      outputs' (`local_rules`), applied to the image last; None: none.
  """
  view: int
  steps: Tuple[Step, ...]
  test_outputs: Tuple[Tuple[Tuple[int, ...], ...], ...]
  order: int
  overlay: Tuple[Tuple[Step, ...], ...] = ()
  colors: Tuple[Tuple[int, int], ...] = ()
  rule: Optional[local_rules.LocalRule] = None

  @property
  def chains(self) -> Tuple[Tuple[Step, ...], ...]:
    """Every composition of the solution, the one painted on top first."""
    return (self.steps,) + self.overlay


@dataclasses.dataclass
class Stats:
  """What a search did.

  Attributes:
    evaluations: (composition, sample) rows evaluated.
    candidates: compositions evaluated (all samples of a view each).
    new_candidates: of those, with images no earlier one had.
    layers: per layer, the nodes kept for the next.
    screened: of the evaluations, last-layer candidates run on one demo pair.
    seconds: wall time; compile_seconds: of which first calls of each kernel.
    stopped_early: the time budget ran out.
    overlays: overlay solutions (compositions painted over one another) found.
    last_pieces, last_bases: last-layer candidates kept as overlay pieces and
      bases (see `Config.last_pieces`; the deepened layer's included);
      final_overlays: the overlay solutions found with them.
    recolored: solutions right up to a recolouring learned from the demos.
    pruned: candidates not screened (each parameter vector): a transform that
      keeps its input's shape on a node whose demo images do not have the
      outputs' shapes.
    per_transform: name -> (seconds run, not counting the wait for its
      compile, and candidate rows run in full).
    transform_phases: name -> phase -> (seconds, waiting, starting): where
      each transform's seconds go, by phase: "plan" (building candidates:
      parameter vectors, same-image and shape pruning, screen sharing),
      "screen" (the screens' chunks), "run" (the candidates run on every
      sample: solutions, new images, pieces and bases); of those seconds,
      the host's wait for its kernels' results, and its time starting device
      work (gathers, transfers, kernel calls). On a GPU a start blocks while
      the device is still busy with the chunk before (an H100 search spent
      more time there than waiting for results), so the wait for the device
      is both; the rest is host work, done while the device runs the chunk
      in flight. `phases`, `waited` and `started` are its sums.
    screened_per_transform: name -> its candidates screened (see `screened`).
    compile_per_transform: name -> seconds XLA took over its kernel ahead of
      the run (on the pool, several at once).
    smaller_chunks: name -> rows per call, for the kernels compiled for fewer
      than chunk_rows: to fit the device's memory, or because they run faster
      in fewer (`call_rows.CALL_ROWS`).
    out_of_memory: transforms skipped in a layer because the device ran out of
      memory (once per layer).
    kernels_loaded: kernels taken from the executable cache, not compiled.
    deepened: bases of the last layer expanded by one more (`Config.deepen_bases`),
      over all deepened layers; deepened_layers: the bases of each.
    screens_shared: candidates not screened because a node with the same first
      demo image screened theirs (`Config.share_screens`).
    tail_kernels: transforms whose calls of few rows ran on their kernel for
      `Config.tail_rows` rows.
    expansions: per expanded layer (the layers, then the deepened ones), its
      seconds and the transforms it ran to the end (all of them unless the
      budget ended it).
    same_images: candidates not run because another of the same node and
      transform gives the same image: they differ only in colours, absent from
      the node's grids, that the transform only picks cells of
      (`cell_pick_params`); counted on the nodes not pruned.
    node_rules: nodes local rules were learned over (`Config.node_rules`);
      node_rule_solutions: the solutions they gave; node_rule_seconds: the
      time they took.
  """
  evaluations: int = 0
  screened: int = 0
  candidates: int = 0
  new_candidates: int = 0
  layers: List[int] = dataclasses.field(default_factory=list)
  seconds: float = 0.0
  compile_seconds: float = 0.0
  stopped_early: bool = False
  overlays: int = 0
  last_pieces: int = 0
  last_bases: int = 0
  final_overlays: int = 0
  recolored: int = 0
  pruned: int = 0
  per_transform: Dict[str, Tuple[float, int]] = dataclasses.field(default_factory=dict)
  transform_phases: Dict[str, Dict[str, Tuple[float, float, float]]] = dataclasses.field(
      default_factory=dict)
  screened_per_transform: Dict[str, int] = dataclasses.field(default_factory=dict)
  compile_per_transform: Dict[str, float] = dataclasses.field(default_factory=dict)
  smaller_chunks: Dict[str, int] = dataclasses.field(default_factory=dict)
  out_of_memory: List[str] = dataclasses.field(default_factory=list)
  kernels_loaded: int = 0
  deepened: int = 0
  deepened_layers: List[int] = dataclasses.field(default_factory=list)
  screens_shared: int = 0
  tail_kernels: List[str] = dataclasses.field(default_factory=list)
  expansions: List[Tuple[float, int]] = dataclasses.field(default_factory=list)
  same_images: int = 0
  node_rules: int = 0
  node_rule_solutions: int = 0
  node_rule_seconds: float = 0.0

  @property
  def phases(self) -> Dict[str, Tuple[float, float, float]]:
    """phase -> (seconds, waiting, starting) over all transforms."""
    total: Dict[str, Tuple[float, float, float]] = {}
    for by_phase in self.transform_phases.values():
      for phase, spent in by_phase.items():
        total[phase] = tuple(a + b for a, b in zip(total.get(phase, (0.0,) * 3), spent))
    return total

  @property
  def waited(self) -> Dict[str, float]:
    """name -> of its seconds run, those waiting for its kernels' results."""
    return {name: sum(spent[1] for spent in by_phase.values())
            for name, by_phase in self.transform_phases.items()}

  @property
  def started(self) -> Dict[str, float]:
    """name -> of its seconds run, those starting device work."""
    return {name: sum(spent[2] for spent in by_phase.values())
            for name, by_phase in self.transform_phases.items()}

  @property
  def evaluations_per_s(self) -> float:
    return self.evaluations / self.seconds if self.seconds else 0.0



def consistent_colors(colors: np.ndarray, starts: np.ndarray, is_demo: np.ndarray):
  """Merges per-row colour maps into one per candidate.

  Args:
    colors: [rows, 10] per-row maps (ABSENT: the colour is not in that row's image).
    starts: [candidates] each candidate's first row (rows are grouped by candidate).
    is_demo: [rows] only demo rows' maps count.

  Returns:
    [candidates] bool, whether no colour meets two target colours across the
    demos; [candidates, 10] the merged maps.
  """
  demo = is_demo[:, None]
  low = np.minimum.reduceat(np.where(demo, colors, ABSENT), starts, axis=0)
  high = np.maximum.reduceat(np.where(demo & (colors != ABSENT), colors, -1), starts, axis=0)
  return np.all((high == -1) | (high == low), axis=1), low


def _bucket(n: int, smallest: int = 256) -> int:
  """`megabatch.bucket` with the search's smallest bucket, 256 rows by default."""
  return mb.bucket(n, smallest)


@jax.jit
def _take(x, idx):
  return x[idx]


def _pad_last(x: np.ndarray, size: int) -> np.ndarray:
  """x (host, rows first) padded to `size` rows by repeating its last row (0 if empty)."""
  if len(x) == size:
    return x
  if not len(x):
    return np.zeros((size,) + x.shape[1:], x.dtype)
  return np.concatenate([x, np.repeat(x[-1:], size - len(x), axis=0)])


# Primitives (and argument positions) where a colour parameter only picks the
# cells (or objects) of that colour of the template's input `I`: for a colour
# not in `I`, `ofcolor` is empty, `replace` returns `I` unchanged, `colorcount`
# is 0 and `colorfilter` over `I`'s objects is empty, whatever that colour is.
_CELL_PICKS = frozenset({("ofcolor", 1), ("replace", 1), ("colorcount", 1)})
_OBJECT_PICKS = frozenset({("colorfilter", 1)})


def cell_pick_params(transform: Transform) -> Tuple[int, ...]:
  """Indices of the transform's colour parameters used only to pick the input's cells
  or objects of that colour (`ofcolor(I, {c})`, `replace(I, {c}, ...)`,
  `colorcount(I, {c})`, `colorfilter(objects(I, ...), {c})`): every colour absent
  from an image gives the same result, so one of them stands for all."""
  uses: Dict[str, List[Tuple[str, int, str]]] = {}
  objects_of_input = set()  # names of `objects(I, ...)`: their colours are I's
  for target, primitive, args in transform.parsed():
    if primitive == "objects" and args[0] == "I":
      objects_of_input.add(target)
    for position, arg in enumerate(args):
      if arg.startswith("{") and arg.endswith("}"):
        uses.setdefault(arg[1:-1], []).append((primitive, position, args[0]))

  def picks(primitive: str, position: int, source: str) -> bool:
    return (((primitive, position) in _CELL_PICKS and source == "I")
            or ((primitive, position) in _OBJECT_PICKS and source in objects_of_input))

  return tuple(k for k, p in enumerate(transform.params)
               if p.kind == "color" and p.name in uses
               and all(picks(*use) for use in uses[p.name]))


def _row_keys(node: np.ndarray, code: np.ndarray) -> np.ndarray:
  """One int64 per (node, code row) pair, equal where both are (np.unique on these is
  much faster than on rows)."""
  base = int(code.max(initial=0)) + 1
  if (int(node.max(initial=0)) + 1) * base ** code.shape[1] >= 1 << 62:
    return np.unique(np.concatenate([node[:, None], code], axis=1), axis=0,
                     return_inverse=True)[1].reshape(-1)
  key = node.astype(np.int64)
  for k in range(code.shape[1]):
    key = key * base + code[:, k]
  return key


_COLOR_ROWS = 1 << 14  # rows per call of _row_colors (one compile)


@jax.jit
def _row_colors(cells, hw):
  """[rows, 10] bool: the colours of each row's grid."""
  i = jnp.arange(S)
  inside = ((i[None, :, None] < hw[:, 0, None, None]) & (i[None, None, :] < hw[:, 1, None, None]))
  return jnp.stack([jnp.any((cells == c) & inside, axis=(1, 2)) for c in range(10)], axis=1)


def _padded(idx: np.ndarray, size: int) -> jnp.ndarray:
  """idx padded to `size` with its last entry (0 if empty), on the device."""
  return jnp.asarray(_pad_last(np.asarray(idx, np.int32), size))


def _take_rows(x, rows: np.ndarray):
  """x[rows] on the device, padded to a bucket of rows (the extra rows repeat the last)."""
  return _take(x, _padded(rows, _bucket(len(rows))))


def gather_rows(cells, hw, rows: np.ndarray):
  """A few device rows gathered (one bucketed gather, no new compile) and on
  their way to the host: `fetched_rows` reads them."""
  idx = _padded(rows, _bucket(len(rows), 8))
  gathered = (_take(cells, idx), _take(hw, idx))
  for x in gathered:
    x.copy_to_host_async()
  return gathered, len(rows)


def fetched_rows(gathered) -> Tuple[np.ndarray, np.ndarray]:
  """Host copies of `gather_rows`' rows."""
  (cells, hw), n = gathered
  return np.asarray(cells)[:n], np.asarray(hw)[:n]


@jax.jit
def _hashes_at(cells, hw, idx):
  return row_hashes(cells[idx], hw[idx])


_HASH_PIECE = 1 << 15  # rows hashed per call (bounds the gathered copy)


def _hashes_of_rows(cells, hw, rows: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
  """`row_hashes` of device rows (host indices), computed on the device: [R] uint32 twice."""
  parts = [(np.zeros(0, np.uint32), np.zeros(0, np.uint32))]
  for k in range(0, len(rows), _HASH_PIECE):
    idx = rows[k:k + _HASH_PIECE]
    h1, h2 = _hashes_at(cells, hw, _padded(idx, min(_HASH_PIECE, _bucket(len(idx)))))
    parts.append((np.asarray(h1)[:len(idx)], np.asarray(h2)[:len(idx)]))
  return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])


@functools.partial(jax.jit, donate_argnums=(0, 1))
def _write_rows(cells, hw, src_cells, src_hw, idx, offset):
  """cells/hw with rows [offset, offset + len(idx)) set to src[idx]."""
  zero = jnp.zeros((), offset.dtype)
  cells = jax.lax.dynamic_update_slice(cells, src_cells[idx], (offset, zero, zero))
  hw = jax.lax.dynamic_update_slice(hw, src_hw[idx], (offset, zero))
  return cells, hw


@functools.partial(jax.jit, static_argnums=2)
def _grow(cells, hw, capacity: int):
  pad = capacity - cells.shape[0]
  return (jnp.pad(cells, ((0, pad), (0, 0), (0, 0))), jnp.pad(hw, ((0, pad), (0, 0))))


class _Rows:
  """A growing device buffer of grid rows, [capacity, S, S] and [capacity, 2], of
  which the first `count` are used.

  Every shape the device sees is a power of two (capacity, bucketed index
  lists), so appending and compacting compile a handful of times per run,
  not once per distinct length.
  """

  def __init__(self, capacity: int = 1 << 12):
    self.cells = jnp.zeros((capacity, S, S), jnp.int8)
    self.hw = jnp.zeros((capacity, 2), jnp.int32)
    self.count = 0

  def append(self, src_cells, src_hw, idx: np.ndarray) -> None:
    """Appends src[idx] (device arrays, host indices).

    Writes as many rows as src has (the tail is overwritten by the next
    append): one compile per capacity, whatever len(idx).
    """
    size = max(len(idx), int(src_cells.shape[0]))
    need = self.count + size
    if need > self.cells.shape[0]:
      self.cells, self.hw = _grow(self.cells, self.hw, _bucket(need))
    self.cells, self.hw = _write_rows(self.cells, self.hw, src_cells, src_hw,
                                      _padded(idx, size), jnp.int32(self.count))
    self.count += len(idx)

  def take(self, rows: np.ndarray) -> "_Rows":
    """A new buffer of these rows, in this order."""
    out = _Rows.__new__(_Rows)
    out.cells, out.hw = _take_rows(self.cells, rows), _take_rows(self.hw, rows)
    out.count = len(rows)
    return out


def _variant_table(transform: Transform, palettes: Sequence[Sequence[int]]):
  """The transform's parameter vectors for each view's palette, stacked:
  (table [rows, len(params)] int32, first [views], count [views]); a view's
  vectors are table[first[v]:first[v] + count[v]]."""
  arrays, of_palette = [], {}
  for palette in palettes:
    key = tuple(palette)
    if key not in of_palette:
      variants = transform.variants(palette)
      of_palette[key] = np.array(variants, np.int32).reshape(len(variants), len(transform.params))
    arrays.append(of_palette[key])
  count = np.array([len(a) for a in arrays], np.int64)
  table = (np.concatenate(arrays) if arrays else
           np.zeros((0, len(transform.params)), np.int32))
  return table, np.cumsum(count) - count, count


class _Layer:
  """Nodes of one layer: grids on the device, metadata on the host.

  cells: [rows, S, S] int8 and hw: [rows, 2] on the device (rows past the
  last node's are unused), each node's samples consecutive from `offset[n]`;
  view[n], lineage[n] (its steps), score[n] (its partial score on the demos).
  """

  def __init__(self, cells, hw, view: np.ndarray, offset: np.ndarray,
               lineage: List[Tuple[Step, ...]], score: Optional[np.ndarray] = None):
    self.cells, self.hw = cells, hw
    self.view, self.offset, self.lineage = view, offset, lineage
    self.score = np.zeros(len(lineage), np.float32) if score is None else score
    self._by_view: Optional[np.ndarray] = None
    self._host: Optional[Tuple[np.ndarray, np.ndarray]] = None

  def __len__(self) -> int:
    return len(self.lineage)

  def host(self) -> Tuple[np.ndarray, np.ndarray]:
    """Host copies of (cells, hw), fetched once (overlay passes read every node)."""
    if self._host is None:
      self._host = (np.asarray(self.cells), np.asarray(self.hw))
    return self._host

  def by_view(self) -> np.ndarray:
    """Node indices grouped by view (in node order within one), computed once."""
    if self._by_view is None:
      self._by_view = np.argsort(self.view, kind="stable")
    return self._by_view


class _Pending:
  """New candidates of a layer, waiting to become the next layer's nodes.

  Grids stay on the device (a `_Rows` buffer, each candidate's samples
  consecutive); metadata on the host: view, score, parent node, transform
  index and parameters [n, width] per candidate. When the buffer passes
  `max_rows` rows it is compacted to the best `max_nodes` per view, so device
  memory stays bounded however wide the layer.

  Of equal scores, the candidate of the transform first in `rank` (each
  transform's place in a fixed order) is kept, then the one added first: the
  nodes kept do not depend on the order the transforms ran in (which follows
  their compiles under a time budget).
  """

  def __init__(self, count_of_view: np.ndarray, max_nodes: Union[int, np.ndarray],
               max_rows: int, width: int, rank: np.ndarray):
    self.count_of_view, self.max_nodes, self.max_rows, self.width = (
        count_of_view, max_nodes, max_rows, width)
    self.rank = rank
    self.rows = _Rows()
    self.meta = []

  def add(self, cells, hw, idx: np.ndarray, view: np.ndarray, score: np.ndarray,
          parent: np.ndarray, t: int, params: np.ndarray) -> None:
    """Adds candidates whose rows are cells/hw[idx] (device arrays, host indices)."""
    padded = np.zeros((len(view), self.width), np.int32)
    padded[:, :params.shape[1]] = params
    self.rows.append(cells, hw, idx)
    self.meta.append((view, score.astype(np.float32), parent,
                      np.full(len(view), t, np.int32), padded))
    if self.rows.count > self.max_rows:
      self.compact()

  def compact(self) -> None:
    """Keeps the best max_nodes per view (higher score, then earlier)."""
    if not self.meta:
      return
    view, score, parent, t, params = (np.concatenate(x) for x in zip(*self.meta))
    keep = np.flatnonzero(_best_per_view(view, score, self.max_nodes, self.rank[t]))
    counts = self.count_of_view[view]
    first_row = np.cumsum(counts) - counts
    self.rows = self.rows.take(_row_ranges(first_row[keep], counts[keep]))
    self.meta = [(view[keep], score[keep], parent[keep], t[keep], params[keep])]


def _best_per_view(view: np.ndarray, score: np.ndarray, k: Union[int, np.ndarray],
                   tiebreak: Optional[np.ndarray] = None) -> np.ndarray:
  """[n] bool: the k best of each view (higher score, then lower `tiebreak`, then
  earlier); `k` is one count for all, or [views] counts."""
  n = len(view)
  tiebreak = np.zeros(n, np.int64) if tiebreak is None else tiebreak
  order = np.lexsort((np.arange(n), tiebreak, -score, view))
  sorted_view = view[order]
  rank = np.arange(n) - np.searchsorted(sorted_view, sorted_view, side="left")
  best = np.zeros(n, bool)
  limit = np.asarray(k)[sorted_view] if np.ndim(k) else k
  best[order[rank < limit]] = True
  return best


def _row_ranges(first: np.ndarray, count: np.ndarray) -> np.ndarray:
  """The concatenation of arange(first[k], first[k] + count[k]) over k."""
  starts = np.cumsum(count) - count
  return np.repeat(first - starts, count) + np.arange(int(count.sum()))


def screen_owners(keys: Sequence[np.ndarray]) -> np.ndarray:
  """[n] for each item, the first item with the same keys (columns of [n] arrays)."""
  n = len(keys[0])
  order = np.lexsort((np.arange(n),) + tuple(reversed(keys)))
  cols = np.stack([np.asarray(k).astype(np.int64) for k in keys])[:, order]
  start = np.ones(n, bool)
  start[1:] = np.any(cols[:, 1:] != cols[:, :-1], axis=0)
  owner = np.empty(n, np.int64)
  owner[order] = order[start][np.cumsum(start) - 1]
  return owner


@dataclasses.dataclass(frozen=True)
class _Plan:
  """How a layer's nodes are expanded (all [nodes]).

  expanded: run in full (else only screened); shaped: the demo images have the
  outputs' shapes; owner: the node whose screens this one shares (itself, or
  the first of its view with the same first demo image, `shaped` and `expanded`);
  position: each node's place in `by_view` order; screened: [s] the nodes not
  expanded, in `by_view` order; full: [f] the nodes expanded, in `by_view` order.
  """
  expanded: np.ndarray
  shaped: np.ndarray
  owner: np.ndarray
  position: np.ndarray
  screened: np.ndarray
  full: np.ndarray


@dataclasses.dataclass(frozen=True)
class _ScreenPlan:
  """One transform's candidates to screen on a layer (`Search._screen_plan`).

  The nodes screened are the layer's (`by_view` order) less those pruned by shape.

  Attributes:
    node, params, view, variant: [C], [C, width], [C], [C]: the candidates of
      the nodes that own their screens (`Search._pairs`), less those of the
      same image.
    group: [nodes of the layer] how many nodes screened share each owner's screens.
    members: [n] the nodes screened, grouped by owner (owners in node order,
      each group's nodes in `by_view` order); first_member: [nodes of the
      layer] where each owner's group starts in `members`. For sharing a
      passing owner's candidates out over its group (`Search._screened`).
    pruned, same_images, screens_shared: the counts for `Stats`.
  """
  node: np.ndarray
  params: np.ndarray
  view: np.ndarray
  variant: np.ndarray
  group: np.ndarray
  members: np.ndarray
  first_member: np.ndarray
  pruned: int
  same_images: int
  screens_shared: int


# `Search._device`'s kinds of device time: a fetch of results, a start of work.
_WAITING, _STARTING = 0, 1

# The share of the search's budget kept for the overlay pass after the last layer
# (`Config.last_pieces`): a few seconds of host work that a budget ending inside
# the last layer would otherwise never reach.
FINAL_OVERLAY_SHARE = 0.03
# The share of the demo cells a last-layer candidate gets right to be kept as a
# base for that pass (`Config.last_bases`).
BASE_SCORE = 0.8
# A transform whose full call takes this long gets a kernel for
# `Config.tail_rows` rows (H100, 65,536 rows: 2-3 s for the heaviest templates,
# under 0.1 s for most).
TAIL_CALL_S = 0.25
# ...and chunks all its candidates at `Config.tail_rows` once a call of those
# rows has run faster per row than a full call, by this factor.
TAIL_FASTER = 0.8


MAX_RECOLORED = 4  # recoloured solutions (distinct test outputs) kept per view


def recolored(grids: Sequence[Tuple[Tuple[int, ...], ...]], colors: np.ndarray):
  """`grids` with each colour a made colors[a], or None if a grid shows a colour
  that is ABSENT from the map."""
  out = []
  for grid in grids:
    if any(colors[v] == ABSENT for row in grid for v in row):
      return None
    out.append(tuple(tuple(int(colors[v]) for v in row) for row in grid))
  return tuple(out)


def _changed(samples: search_tasks.Samples) -> np.ndarray:
  """[M, S, S] bool: the cells where each demo output differs from its input
  (every cell of an output whose shape differs from the input's)."""
  same_shape = np.all(samples.hw == samples.out_hw, axis=1)
  return (samples.cells != samples.out_cells) | ~same_shape[:, None, None]


def _overlay_chains(demo: np.ndarray, target: np.ndarray, target_hw: np.ndarray,
                    max_pieces: int, limit: int = 4) -> List[Tuple[int, ...]]:
  """Up to `limit` overlays of the images `demo` that reproduce `target`.

  Args:
    demo: [N, num_demo, S, S] the candidates' demo images, all of the target's shapes.
    target: [num_demo, S, S] the demo outputs; target_hw: [num_demo, 2] their shapes.
    max_pieces: the most pieces painted over one base.

  Returns:
    indices into `demo`, the top piece first and the base last; fewer pieces first.
  """
  inside = np.zeros(target.shape, bool)
  for d, (h, w) in enumerate(target_hw):
    inside[d, :h, :w] = True
  cells = demo.reshape(len(demo), -1)[:, inside.reshape(-1)]
  nonzero = cells != 0
  wrong = cells != target.reshape(-1)[inside.reshape(-1)][None]
  pieces = np.flatnonzero(~np.any(nonzero & wrong, axis=1) & np.any(nonzero, axis=1))
  if not len(pieces):
    return []
  cover = nonzero[pieces].astype(np.float32)
  bases = np.flatnonzero(np.any(wrong, axis=1))
  residual = wrong[bases]  # [bases, cells] still wrong under the pieces chosen so far
  chosen = [[] for _ in bases]
  found: List[Tuple[int, ...]] = []
  sets = set()  # one order of a set of nodes: the others paint the same demos
  for _ in range(max_pieces):
    if not len(bases) or len(found) >= limit:
      break
    # covered[p, b] = residual cells of base b that piece p paints right.
    covered = cover @ residual.T.astype(np.float32)
    needed = residual.sum(axis=1)
    for p, b in zip(*np.nonzero(covered == needed[None])):
      chain = tuple(chosen[b]) + (int(pieces[p]), int(bases[b]))
      if frozenset(chain) not in sets:
        sets.add(frozenset(chain))
        found.append(chain)
        if len(found) >= limit:
          return found
    done = np.any(covered == needed[None], axis=0)
    best = np.argmax(covered, axis=0)
    keep = ~done & (covered[best, np.arange(len(bases))] > 0)
    for b in np.flatnonzero(keep):
      chosen[b].append(int(pieces[best[b]]))
    residual = residual[keep] & ~nonzero[pieces[best[keep]]]
    bases = bases[keep]
    chosen = [chosen[b] for b in np.flatnonzero(keep)]
  return found


class Search:
  """The enumerative search over a set of views (see the module docstring)."""

  def __init__(self, views: Sequence[search_tasks.View], config: Config,
               compilations: Optional[Compilations] = None):
    self.views = list(views)
    self.config = config
    self.samples = search_tasks.encode_samples(self.views)
    self.stats = Stats()
    self.solutions: List[Solution] = []
    self._kernels: Dict[str, Callable] = {}
    self._shares: Dict[str, Optional[Tuple[int, ...]]] = {}
    self._executables: Dict[str, Callable] = {}  # compiled ahead, for _full_rows rows
    # (transform, rows per call) -> seconds of the latest call of a compiled kernel.
    self._call_seconds: Dict[Tuple[str, int], float] = {}
    if compilations is not None and compilations.chunk_rows != config.chunk_rows:
      raise ValueError(f"kernels compiled for {compilations.chunk_rows} rows, "
                       f"the search runs {config.chunk_rows}")
    self._compilations = compilations
    self._compiled: set = set()
    # Images seen, per group of views that share them (`Config.share_frames`).
    self._group = self._view_groups()
    self._seen = [set() for _ in range(int(self._group.max(initial=-1)) + 1)]
    self._ruled = set()  # (view, lineage) of the nodes local rules were learned over
    codes = np.array([frames.code_of(v.view) if config.share_frames else 0
                      for v in self.views], np.int32)
    # [M] each sample's orientation code, where some view is moved (else None).
    self._sample_code = (np.repeat(codes, self.samples.count) if codes.any() else None)
    names = dict(config.view_max_nodes)
    self._max_nodes = np.array([names.get(v.view, config.max_nodes) for v in self.views],
                               np.int64)
    self._variants = [_variant_table(t, [v.palette for v in self.views])
                      for t in config.transforms]
    self._targets = (jnp.asarray(self.samples.out_cells), jnp.asarray(self.samples.out_hw),
                     jnp.asarray(self.samples.is_demo), jnp.asarray(_changed(self.samples)))
    self._deadline = None
    self._last_layer_seconds: Dict[str, float] = {}  # transform -> seconds, last layer
    self._transforms_done = 0  # transforms the layer being expanded has run to the end
    # Seconds the host has waited for device results, and spent starting device
    # work (`_device`).
    self._on_device = [0.0, 0.0]
    self._running = ""  # the transform being expanded, for `_phase`
    # `_prefetch`: the layer being expanded's planning thread, and the screen
    # plans it was given (transform index -> future); the transforms left to run.
    self._planner: Optional[concurrent.futures.ThreadPoolExecutor] = None
    self._ahead: Dict[int, concurrent.futures.Future] = {}
    self._left: List[int] = []
    self._recolored = [set() for _ in self.views]  # per view: test outputs of recolourings
    # A landed chunk's work that needs the device (`_defer`): its device part runs
    # just before the next device start, its host part once that kernel has started.
    self._before_start: List[Callable[[], None]] = []
    self._after_start: List[Callable[[], None]] = []
    self._keeps_shape = [t.keeps_shape() for t in config.transforms]
    self._cell_picks = [cell_pick_params(t) for t in config.transforms]
    self._pooled_colors: Optional[Tuple[_Plan, np.ndarray]] = None  # `_plan_colors`
    # Each transform's place in the fixed order (`_order` without a budget): of
    # candidates with equal scores, the earlier transform's are kept.
    self._rank = np.argsort(self._canonical_order(), kind="stable")
    # The last layer's pieces and bases while it runs, then as layers.
    self._pieces: Optional[_Pending] = None
    self._bases: Optional[_Pending] = None
    self._final_layers: List[_Layer] = []
    self._last_bases: Optional[_Layer] = None  # the last bases kept, for deepen_bases
    self._final_deadline = None

  def _out_of_time(self) -> bool:
    if self._deadline is not None and time.monotonic() > self._deadline:
      self.stats.stopped_early = True
      return True
    return False

  @contextlib.contextmanager
  def _phase(self, name: str) -> Iterator[None]:
    """Adds the block's seconds, its wait for results and its device starts, to
    the running transform's `Stats.transform_phases`."""
    before = (time.monotonic(), *self._on_device)
    try:
      yield
    finally:
      spent = tuple(now - then for now, then in
                    zip((time.monotonic(), *self._on_device), before))
      phases = self.stats.transform_phases.setdefault(self._running, {})
      phases[name] = tuple(a + b for a, b in zip(phases.get(name, (0.0, 0.0, 0.0)), spent))

  @contextlib.contextmanager
  def _device(self, kind: int) -> Iterator[None]:
    """Counts the block's seconds as device time (`_phase`) of `kind`: `_WAITING`
    (a fetch of results) or `_STARTING` (device work started, not waited for)."""
    start = time.monotonic()
    try:
      yield
    finally:
      self._on_device[kind] += time.monotonic() - start

  def run(self, progress: Optional[Callable[[int, int], None]] = None) -> List[Solution]:
    """Searches to `config.depth`; returns the solutions in discovery order."""
    start = time.monotonic()
    if self.config.time_budget_s is not None:
      self._deadline = self._final_deadline = start + self.config.time_budget_s
      if self._final_overlay():
        self._deadline -= FINAL_OVERLAY_SHARE * self.config.time_budget_s
    own = self._compilations is None
    if own:
      self._compilations = Compilations(self.config.transforms, self.config.chunk_rows)
      self.stats.compile_seconds += self._compilations.lower_seconds
    try:
      self._layers(progress)
    finally:
      if own:
        self._compilations.close()
        self._compilations = None
    self.stats.seconds = time.monotonic() - start
    return self.solutions

  def _layers(self, progress: Optional[Callable[[int, int], None]]) -> None:
    """Expands layer after layer to `config.depth`, recording solutions."""
    s = self.samples
    layer = _Layer(jnp.asarray(s.cells), jnp.asarray(s.hw),
                   np.arange(len(self.views)), s.offset.copy(), [()] * len(self.views))
    for v in range(len(self.views)):  # the input itself is no new image
      rows = slice(s.offset[v], s.offset[v] + s.count[v])
      self._seen[self._group[v]].add(self._key_of_rows(s.cells[rows], s.hw[rows], rows))
    self._recolored_inputs()
    stored = [layer]
    for depth in range(1, self.config.depth + 1):
      last = depth == self.config.depth
      if self.config.overlay and depth > 1 and not self._out_of_time():
        # Before each wider layer, so that a budget that ends in it still gets them.
        self._overlays(stored)
      layer = self._expand(self._open_tasks(layer), keep=not last, progress=progress)
      self.stats.layers.append(len(layer) if layer is not None else 0)
      if layer is None or not len(layer) or self.stats.stopped_early:
        break
      stored.append(layer)
    bases = self._last_bases
    while (self.config.deepen_bases and bases is not None
           and len(self.stats.deepened_layers) < self.config.deepen_rounds
           and not self._out_of_time()):
      bases = self._open_tasks(bases)
      if not len(bases):
        break
      self._last_bases = None  # the bases this layer keeps, if any, are the next
      self._expand(bases, keep=False, progress=progress)
      self.stats.deepened += len(bases)
      self.stats.deepened_layers.append(len(bases))
      bases = self._last_bases
    if self._final_layers:
      # The last layer's pieces and bases with every kept node: only views that
      # got one can have a new overlay. It has its own share of the budget.
      self._deadline = self._final_deadline
      before = self.stats.overlays
      self._overlays(stored + self._final_layers,
                     views=set(np.concatenate([l.view for l in self._final_layers]).tolist()))
      self.stats.final_overlays = self.stats.overlays - before

  def _open_tasks(self, layer: _Layer) -> _Layer:
    """The nodes of `layer` whose task can still gain an attempt from a longer
    composition: not those of a task with two exact solutions (one colour-free
    composition each) that differ on the test inputs. Attempts rank exact
    solutions of fewer transforms first, so a deeper one would rank behind both
    (the next layer and the deepened ones skip such tasks). Two answers that
    differ in one view differ in the task's frame too: each view's move is
    one-to-one."""
    answers: Dict[int, set] = {}
    for s in self.solutions:
      if not s.overlay and not s.colors:
        answers.setdefault(s.view, set()).add(s.test_outputs)
    full = {self.views[v].task_id for v, a in answers.items() if len(a) >= 2}
    if not full:
      return layer
    keep = np.flatnonzero([self.views[v].task_id not in full for v in layer.view.tolist()])
    return _Layer(layer.cells, layer.hw, layer.view[keep], layer.offset[keep],
                  [layer.lineage[k] for k in keep.tolist()], layer.score[keep])

  def _recolored_inputs(self) -> None:
    """Solutions of no transform: the input itself, recoloured.

    A view qualifies when every demo output has its input's shape and one
    colour map (the same for all demos) takes each input cell to its output
    cell; the test inputs must show only colours the map covers. The device
    layers never see this candidate: the input is layer 0, which is expanded,
    not scored.
    """
    for v, view in enumerate(self.views):
      table = np.full(10, ABSENT, np.int64)
      consistent = True
      for grid, out in zip(view.inputs[:view.num_demo], view.outputs):
        a, b = np.asarray(grid), np.asarray(out)
        if a.shape != b.shape:
          consistent = False
          break
        for x, y in set(zip(a.ravel().tolist(), b.ravel().tolist())):
          consistent &= table[x] in (ABSENT, y)
          table[x] = y
      if consistent:
        self._add_recolored(v, (), table, lambda view=view: view.inputs[view.num_demo:])

  def _add_recolored(self, v: int, steps: Tuple[Step, ...], colors: np.ndarray,
                     test_images: Callable[[], Sequence[Tuple[Tuple[int, ...], ...]]]) -> None:
    """Records the solution `steps` of view v recoloured by `colors` ([10], ABSENT:
    unseen), unless the map changes nothing, the view has MAX_RECOLORED of them
    already (its test images, fetched only past that check, are not needed), a test
    image shows a colour no demo did (the map does not say), or the view has that
    answer already."""
    pairs = tuple((a, int(b)) for a, b in enumerate(colors) if b not in (ABSENT, a))
    if not pairs or len(self._recolored[v]) >= MAX_RECOLORED:
      return
    grids = recolored(test_images(), colors)
    if grids is None or grids in self._recolored[v]:
      return
    self._recolored[v].add(grids)
    self.stats.recolored += 1
    self.solutions.append(Solution(v, steps, grids, len(self.solutions), colors=pairs))

  def _final_overlay(self) -> bool:
    """Whether the last layer keeps pieces or bases for an overlay pass after it."""
    return self.config.overlay and (self.config.last_pieces > 0 or self.config.last_bases > 0)

  def _overlays(self, layers: Sequence[_Layer], views: Optional[set] = None) -> None:
    """Overlay solutions from the kept nodes of every view without a solution
    (of `views`, if given).

    A piece is a node whose non-0 cells are right on every demo; a base is a
    node with the demo outputs' shapes. Pieces painted over a base reproduce
    the demos iff they cover every cell the base gets wrong; the pieces are
    picked greedily (most of those cells first), up to `overlay_pieces`.
    Host-side: demo images are fetched once, and coverage is a product of
    [pieces, cells] x [cells, bases] masks over the cells inside the outputs.
    """
    solved = {s.view for s in self.solutions}
    smp = self.samples
    pools = [layer.host() for layer in layers]
    for v in range(len(self.views)):
      if v in solved or (views is not None and v not in views) or self._out_of_time():
        continue
      first, n, nd = int(smp.offset[v]), int(smp.count[v]), int(smp.num_demo[v])
      images, hws, owners = [], [], []
      for k, (layer, (cells, hw)) in enumerate(zip(layers, pools)):
        for node in np.flatnonzero(layer.view == v):
          o = int(layer.offset[node])
          images.append(cells[o:o + n])
          hws.append(hw[o:o + n])
          owners.append((k, int(node)))
      if len(images) < 2:
        continue
      images, hws = np.stack(images), np.stack(hws)  # [N, n, S, S], [N, n, 2]
      target_hw = smp.out_hw[first:first + nd]
      shaped = np.flatnonzero(np.all(hws[:, :nd] == target_hw[None], axis=(1, 2)))
      if self.config.node_rules and self.views[v].view == "identity" and len(shaped):
        self._node_rules(v, images[shaped], hws[shaped],
                         [layers[owners[k][0]].lineage[owners[k][1]] for k in shaped])
      if len(shaped) < 2:
        continue
      for chain in _overlay_chains(images[shaped, :nd], smp.out_cells[first:first + nd],
                                   target_hw, self.config.overlay_pieces):
        nodes = shaped[list(chain)]
        if not all(np.array_equal(hws[nodes[0], nd:], hws[k, nd:]) for k in nodes[1:]):
          continue  # painting is defined only where all have one shape
        over = images[nodes[0], nd:]
        for k in nodes[1:]:
          over = np.where(over != 0, over, images[k, nd:])
        lineage = [layers[owners[k][0]].lineage[owners[k][1]] for k in nodes]
        self.solutions.append(Solution(
            v, lineage[0], tuple(map(decode_grid, over, hws[nodes[0], nd:])),
            len(self.solutions), overlay=tuple(lineage[1:])))
        self.stats.overlays += 1

  def _node_rules(self, v: int, images: np.ndarray, hws: np.ndarray,
                  lineages: Sequence[Tuple[Step, ...]]) -> None:
    """Local rules from the images of view v's nodes (of the outputs' shapes)
    that get the most demo cells right to the demo outputs (`Config.node_rules`).

    Only the identity view: a rule reads directions and colours of the task's
    own frame, so that its program (the node's, then the rule) is the task's.
    """
    start = time.monotonic()
    smp = self.samples
    first, nd = int(smp.offset[v]), int(smp.num_demo[v])
    target = smp.out_cells[first:first + nd]
    inside = np.zeros(target.shape, bool)
    for d, (h, w) in enumerate(smp.out_hw[first:first + nd]):
      inside[d, :h, :w] = True
    right = ((images[:, :nd] == target[None]) & inside[None]).sum(axis=(1, 2, 3))
    tried = 0
    for k in np.argsort(-right, kind="stable"):
      if tried == self.config.node_rules:
        break
      if not lineages[k] or (v, lineages[k]) in self._ruled:
        continue  # the input itself: the task's own local rules (driver) cover it
      self._ruled.add((v, lineages[k]))
      tried += 1
      grids = [decode_grid(c, hw) for c, hw in zip(images[k], hws[k])]
      for rule, answers in local_rules.learn_images(grids[:nd], self.views[v].outputs,
                                                    grids[nd:], attempts=1, two_features=False):
        self.solutions.append(Solution(v, lineages[k], answers, len(self.solutions), rule=rule))
        self.stats.node_rule_solutions += 1
    self.stats.node_rules += tried
    self.stats.node_rule_seconds += time.monotonic() - start

  def _kernel_for(self, transform: Transform) -> Callable:
    """The transform's jitted kernel, made once per search."""
    if transform.name not in self._kernels:
      self._kernels[transform.name] = kernel_of(transform)
    return self._kernels[transform.name]

  def _shared(self, transform: Transform) -> bool:
    return self._fixed(transform) is not None

  def _fixed(self, transform: Transform) -> Optional[Tuple[int, ...]]:
    """`shares_prefix(transform)`, once per search."""
    if transform.name not in self._shares:
      self._shares[transform.name] = shares_prefix(transform)
    return self._shares[transform.name]

  def _heads(self, transform: Transform, src: np.ndarray, params: np.ndarray) -> np.ndarray:
    return head_keys(self._fixed(transform), src, params)

  def _full_rows(self, transform: Transform) -> int:
    """Rows per call of the transform's kernel compiled ahead (fewer than
    chunk_rows where its kernel would not fit the device's memory or runs
    faster in fewer, see `Compilations`)."""
    return self.stats.smaller_chunks.get(transform.name, self.config.chunk_rows)

  def _rows_of(self, transform: Transform) -> int:
    """Rows per call the transform's candidates are chunked in: `_full_rows`, or
    `Config.tail_rows` once its kernel for them is ready and has run rows
    faster (`TAIL_FASTER`): some kernels slow down more than in proportion
    to their rows (H100, 65,536 rows against 8,192: dashed_rays_right 39x
    the time, elbow_parts 57x)."""
    full, tail = self._full_rows(transform), self.config.tail_rows
    if not tail or tail >= full or self._compilations is None:
      return full
    full_s = self._call_seconds.get((transform.name, full))
    if full_s is None or self._compilations.requested(transform.name, tail) is None:
      return full
    tail_s = self._call_seconds.get((transform.name, tail))
    if tail_s is None:  # ready and not yet timed: a trial call
      return tail
    return tail if tail_s / tail <= TAIL_FASTER * full_s / full else full

  def _executable(self, transform: Transform) -> Optional[Callable]:
    """The kernel compiled ahead for `_full_rows` rows, waiting for its compilation
    if it is still running (the wait counts as compile time)."""
    if transform.name not in self._executables and self._compilations is not None:
      taken = self._compilations.take(transform.name)
      if taken is not None:
        executable, seconds, waited, rows = taken
        self._executables[transform.name] = executable
        if rows != self.config.chunk_rows:
          self.stats.smaller_chunks[transform.name] = rows
        self.stats.compile_per_transform[transform.name] = seconds
        self.stats.compile_seconds += waited
        self.stats.kernels_loaded += transform.name in self._compilations.loaded
    return self._executables.get(transform.name)

  def _ready_order(self) -> Iterator[int]:
    """`_order`, except that, under a time budget, a transform whose kernel is
    still compiling (or being traced) gives way to the next one that is ready:
    the first layer waits only when no kernel is, and not past the budget (the
    layer ends there, as a budget that ends in it does)."""
    left = self._order()
    while left:
      if self._compilations is None or self.config.time_budget_s is None:
        t = left[0]
      else:
        name = self._compilations.first_ready(
            [self.config.transforms[t].name for t in left],
            timeout=max(0.0, self._deadline - time.monotonic()))
        if name is None:
          self._out_of_time()  # records stopped_early
          return
        t = next(t for t in left if self.config.transforms[t].name == name)
      left.remove(t)
      self._left = left
      yield t

  def _order(self) -> List[int]:
    """Transform indices in the order this layer runs them.

    Shortest template first (quickest to compile, see `Compilations`), ties
    in catalogue order. Under a time budget, a layer after the first runs the
    cheapest first instead, by the seconds each took in the layer before (a
    layer's time per transform grows with its nodes about alike for all), so
    that a budget that ends in the layer has run as many transforms as it
    could. Without a budget the order is fixed, and so is the search: of two
    compositions with the same image, the one run first is kept.
    """
    transforms = self.config.transforms
    if not self._last_layer_seconds or self.config.time_budget_s is None:
      return self._canonical_order()
    return sorted(range(len(transforms)),
                  key=lambda t: self._last_layer_seconds.get(transforms[t].name, math.inf))

  def _canonical_order(self) -> List[int]:
    """Shortest template first, ties in catalogue order."""
    transforms = self.config.transforms
    return sorted(range(len(transforms)), key=lambda t: len(transforms[t].lines))

  def _key_of_rows(self, cells: np.ndarray, hw: np.ndarray, rows: slice) -> int:
    """The key of one candidate's grids (host arrays: no device op to compile per
    shape), in the task's frame where views share images; `rows`: its samples."""
    if self._sample_code is None:
      h1, h2 = row_hashes(cells, hw, np)
    else:
      h1, h2 = frames.task_frame_hashes_host(cells, hw, self._sample_code[rows])
    return int(self._combine(h1, h2, np.array([0]))[0])

  def _view_groups(self) -> np.ndarray:
    """[views] the group of views whose images are compared with each other: a
    view alone, or with `share_frames` the orientation views of its task."""
    if not self.config.share_frames:
      return np.arange(len(self.views))
    groups: Dict[Tuple[str, str], int] = {}
    return np.array([groups.setdefault(
        (v.task_id, "oriented" if v.view in frames.ORIENTATIONS else v.view), len(groups))
        for v in self.views], np.int64)

  @staticmethod
  def _combine(h1: np.ndarray, h2: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """One 64-bit key per candidate (rows [starts[k], starts[k+1]) ): [C] uint64."""
    rows = (h1.astype(np.uint64) << np.uint64(32)) | h2.astype(np.uint64)
    position = np.arange(len(rows)) - np.repeat(starts, np.diff(np.append(starts, len(rows))))
    return np.add.reduceat(rows * _ROW_MULTIPLIERS[position], starts)

  def _pairs(self, layer: _Layer, t: int, nodes: np.ndarray
             ) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Candidates of transform t on `nodes` (node indices in `layer.by_view()`
    order): (node, parameter vector [C, width], view, variant) per candidate,
    node by node, each node's variants together in variant order (vectorised:
    layers hold 10^5 nodes); `variant` indexes the view's parameter vectors."""
    table, first, count = self._variants[t]
    width = max(1, len(self.config.transforms[t].params))
    per_node = count[layer.view[nodes]]
    node = np.repeat(nodes, per_node)
    within = np.arange(len(node)) - np.repeat(np.cumsum(per_node) - per_node, per_node)
    params = np.zeros((len(node), width), np.int32)
    if table.shape[1]:
      params[:, :table.shape[1]] = table[first[layer.view[node]] + within]
    return node, params, layer.view[node], within

  def _rows(self, layer: _Layer, node: np.ndarray, view: np.ndarray, first_only: bool):
    """Rows of candidates: (starts [C], count [C], cand_of_row, src, sample).

    `first_only`: one row per candidate, its view's first demo sample (a
    candidate that misses it cannot be a solution).
    """
    if first_only:  # one row a candidate: no repeats (10^7 candidates a transform)
      first = np.arange(len(node), dtype=np.int64)
      return (first, np.ones(len(node), np.int64), first, layer.offset[node],
              self.samples.offset[view])
    count = self.samples.count[view]
    starts = (np.cumsum(count) - count).astype(np.int64)
    within = np.arange(int(count.sum())) - np.repeat(starts, count)
    cand_of_row = np.repeat(np.arange(len(node)), count)
    src = layer.offset[node][cand_of_row] + within
    sample = self.samples.offset[view][cand_of_row] + within
    return starts, count, cand_of_row, src, sample

  def _chunks(self, rows_of: Callable[[], int], starts: np.ndarray, count: np.ndarray,
              heads: Optional[np.ndarray] = None):
    """(c0, c1): runs of whole candidates of at most `rows_of()` rows (asked
    again for each run: a transform's call size may change as its calls land).

    With `heads` (a shared-prefix kernel's candidates' head keys, node-major),
    also of at most `grid_rows(rows)` distinct heads: a candidate brings new ones
    only where its key differs from the one before (counted again at a
    chunk's start).
    """
    ends = starts + count
    if heads is not None:
      new = np.ones(len(heads), bool)
      new[1:] = heads[1:] != heads[:-1]
      seen = np.cumsum(np.where(new, count, 0))  # inclusive
    c0 = 0
    while c0 < len(starts):
      rows = rows_of()
      c1 = int(np.searchsorted(ends, starts[c0] + rows, side="right"))
      if heads is not None:
        before = seen[c0] - count[c0]  # c0's rows count as new heads either way
        c1 = min(c1, int(np.searchsorted(seen, before + grid_rows(rows), side="right")))
      c1 = max(c1, c0 + 1)
      yield c0, c1
      c0 = c1

  def _expand(self, layer: _Layer, keep: bool,
              progress: Optional[Callable[[int, int], None]]) -> Optional[_Layer]:
    """Applies every transform to `layer`; with `keep`, returns the next layer.

    Candidates of the nodes that are expanded in full (all of them, or the
    best `expand_nodes` per view) run on every sample and the new ones may
    become nodes; the others (all of them on the last layer) are only
    screened for solutions.
    """
    width = max([len(t.params) for t in self.config.transforms] + [1])
    pending = _Pending(self.samples.count, self._max_nodes, self.config.max_pending_rows,
                       width, self._rank)
    plan = self._plan(layer, keep)
    if not keep and self._final_overlay():
      self._pieces, self._bases = (
          _Pending(self.samples.count, most, self.config.max_pending_rows, width, self._rank)
          if most else None for most in (self.config.last_pieces, self.config.last_bases))
    start, self._transforms_done = time.monotonic(), 0
    try:
      return self._expand_all(layer, keep, plan, pending, progress)
    finally:
      self.stats.expansions.append((time.monotonic() - start, self._transforms_done))
      for pool in (self._pieces, self._bases):  # also when out of time
        if pool is not None and pool.meta:
          self._final_layers.append(self._next_layer(layer, pool))
          if pool is self._pieces:
            self.stats.last_pieces += len(self._final_layers[-1])
          else:
            self.stats.last_bases += len(self._final_layers[-1])
            self._last_bases = self._final_layers[-1]
      self._pieces = self._bases = None

  def _expand_all(self, layer: _Layer, keep: bool, plan: _Plan, pending: _Pending,
                  progress: Optional[Callable[[int, int], None]]) -> Optional[_Layer]:
    """`_expand`'s loop over the transforms, with the layer's planning thread."""
    if len(plan.screened) and any(self._cell_picks):
      self._plan_colors(layer, plan)  # before `_prefetch`'s thread reads it
    self._planner = concurrent.futures.ThreadPoolExecutor(1, "search-plan")
    try:
      return self._expand_each(layer, keep, plan, pending, progress)
    finally:
      self._planner.shutdown(wait=False, cancel_futures=True)
      self._planner, self._ahead = None, {}

  def _expand_each(self, layer: _Layer, keep: bool, plan: _Plan, pending: _Pending,
                   progress: Optional[Callable[[int, int], None]]) -> Optional[_Layer]:
    seconds_of: Dict[str, float] = {}
    for done, t in enumerate(self._ready_order()):
      transform = self.config.transforms[t]
      if len(plan.screened) and self._left:
        # The next transform's candidates are built while this one runs (a guess
        # under a budget, where a kernel still compiling may give way).
        self._prefetch(self._left[0], layer, plan)
      self._executable(transform)  # its rows per call are known once it is compiled
      t_start = time.monotonic()  # the wait for XLA is counted in stats.compile_seconds
      self._running = transform.name
      try:
        rows_run = self._run_transform(transform, t, layer, plan, pending)
      except jax.errors.JaxRuntimeError as e:
        if not is_out_of_memory(e):
          raise
        # One transform too big for the device loses its candidates, not the search.
        logging.warning("search: %s ran out of device memory in chunks of %d rows; "
                        "skipped for this layer", transform.name, self._full_rows(transform))
        self.stats.out_of_memory.append(transform.name)
        rows_run = 0
      if rows_run is None:
        return None
      seconds_of[transform.name] = time.monotonic() - t_start
      seconds, rows = self.stats.per_transform.get(transform.name, (0.0, 0))
      self.stats.per_transform[transform.name] = (
          seconds + seconds_of[transform.name], rows + rows_run)
      self._transforms_done = done + 1
      if progress:
        progress(done + 1, len(self.config.transforms))
    self._last_layer_seconds = seconds_of
    if not keep:
      return None
    return self._next_layer(layer, pending)

  def _run_transform(self, transform: Transform, t: int, layer: _Layer, plan: _Plan,
                     pending: _Pending) -> Optional[int]:
    """`_expand_with`, run again once with a freshly jitted kernel if the one
    loaded from the executable cache cannot run (its entry is deleted)."""
    try:
      return self._expand_with(transform, t, layer, plan, pending)
    except jax.errors.JaxRuntimeError as e:
      if not (executable_cache.is_broken_executable(e) and self._compilations is not None
              and self._compilations.drop_loaded(transform, f"failed to run: {e}")):
        raise
    logging.warning("search: %s's cached kernel failed to run; compiling it again",
                    transform.name)
    # The failed try's landed chunks are landed again by the next.
    self._before_start, self._after_start = [], []
    self._executables.pop(transform.name, None)
    return self._expand_with(transform, t, layer, plan, pending)

  def _plan(self, layer: _Layer, keep: bool) -> _Plan:
    """Which nodes of `layer` run in full, have the outputs' shapes, share screens."""
    expanded = self._expanded(layer) if keep else np.zeros(len(layer), bool)
    shaped = self._shaped(layer)
    if self.config.share_screens and not expanded.all():
      owner = screen_owners((layer.view, shaped, expanded) +
                            _hashes_of_rows(layer.cells, layer.hw, layer.offset))
    else:
      owner = np.arange(len(layer))
    order = layer.by_view()
    position = np.empty(len(layer), np.int64)
    position[order] = np.arange(len(layer))
    return _Plan(expanded, shaped, owner, position, order[~expanded[order]],
                 order[expanded[order]])

  def _shaped(self, layer: _Layer) -> np.ndarray:
    """[nodes] bool: whether each node's demo images have the demo outputs' shapes."""
    smp = self.samples
    nd = smp.num_demo[layer.view]
    k = np.arange(max(1, int(nd.max(initial=1))))
    demo = k[None] < nd[:, None]  # [nodes, most demos]
    rows = np.where(demo, layer.offset[:, None] + k[None], 0)
    targets = np.where(demo, smp.offset[layer.view][:, None] + k[None], 0)
    hw = np.asarray(layer.hw)
    same = np.all(hw[rows] == smp.out_hw[targets], axis=2) | ~demo
    return np.all(same, axis=1)

  def _expand_with(self, transform: Transform, t: int, layer: _Layer, plan: _Plan,
                   pending: _Pending) -> Optional[int]:
    """One transform's candidates of `layer` (see `_expand`): the rows run in full
    (None: out of time)."""
    rows_run = 0
    passed = self._screened(transform, t, layer, plan)
    if passed is None:
      return None
    if len(passed[0]):
      with self._phase("run"):
        ran = self._run_candidates(transform, t, layer, *passed, None)
      if ran is None:
        return None
      rows_run += ran
    with self._phase("plan"):
      node, params, view, _ = self._pairs(layer, t, plan.full)
      if self._cell_picks[t]:
        keep = self._distinct_images(layer, t, node, params, plan)
        self.stats.same_images += int(np.sum(~keep))
        node, params, view = node[keep], params[keep], view[keep]
    if len(node):
      with self._phase("run"):
        ran = self._run_candidates(transform, t, layer, node, params, view, pending)
      if ran is None:
        return None
      rows_run += ran
    return rows_run

  def _screened(self, transform: Transform, t: int, layer: _Layer, plan: _Plan
                ) -> Optional[Tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """(node, params, view) of transform t's candidates on `plan.screened` (the
    nodes only screened, in `by_view` order) that pass `_screen`, in candidate order
    (node by node, variants in order); None: out of time.

    Only the nodes that own their screens (`_Plan.owner`) get candidates: a
    screen reads a node's first demo image alone, and the nodes sharing an
    owner have that image, its colours (pooled, `_plan_colors`) and so its
    variants, its shape and its view, so each passing candidate of an owner
    passes for every node of its group with the same parameters. The last
    layer's nodes share most screens (H100, ARC-AGI-1 evaluation: 149 M of
    201 M), and its candidates, 10^7-10^8 a transform, are built on the host
    only for the owners.
    """
    with self._phase("plan"):
      sp = self._planned_screens(t, layer, plan)
      self.stats.pruned += sp.pruned
      self.stats.same_images += sp.same_images
      self.stats.screens_shared += sp.screens_shared
      node, params, view, variant = sp.node, sp.params, sp.view, sp.variant
    with self._phase("screen"):
      passed = self._screen(transform, layer, node, params, view)
    if passed is None:
      return None
    if not len(passed):  # nothing to share out over the groups
      return node[passed], params[passed], view[passed]
    with self._phase("plan"):
      # Every node of each passing owner's group, in candidate order.
      count = sp.group[node[passed]]
      rows = _row_ranges(sp.first_member[node[passed]], count)
      src = np.repeat(passed, count)
      node_of = sp.members[rows]
      keep = np.lexsort((variant[src], plan.position[node_of]))
      return node_of[keep], params[src[keep]], view[src[keep]]

  def _screen_plan(self, t: int, layer: _Layer, plan: _Plan) -> _ScreenPlan:
    """Transform t's candidates to screen (see `_screened`). Reads the
    search's state but changes none of it (`_plan_colors` must be computed), so
    that it can run on `_prefetch`'s thread while the device runs the
    transform before."""
    nodes, pruned = plan.screened, 0
    if self._keeps_shape[t]:
      # Its image has the node's shape: a node without the outputs' shapes
      # cannot give a solution (exact or recoloured), so it is not screened.
      fits = plan.shaped[nodes]
      pruned = int(self._variants[t][2][layer.view[nodes[~fits]]].sum())
      nodes = nodes[fits]
    group = np.bincount(plan.owner[nodes], minlength=len(layer))  # nodes per owner
    owners = nodes[plan.owner[nodes] == nodes]
    node, params, view, variant = self._pairs(layer, t, owners)
    same_images = 0
    if self._cell_picks[t]:
      keep = self._distinct_images(layer, t, node, params, plan)
      same_images = int(np.sum(group[node[~keep]]))
      node, params, view, variant = node[keep], params[keep], view[keep], variant[keep]
    members = nodes[np.argsort(plan.owner[nodes], kind="stable")]
    first_member = np.zeros(len(layer), np.int64)
    first_member[owners] = np.searchsorted(plan.owner[members], owners)
    return _ScreenPlan(node, params, view, variant, group, members, first_member, pruned,
                       same_images, int(np.sum(group[node] - 1)))

  def _planned_screens(self, t: int, layer: _Layer, plan: _Plan) -> _ScreenPlan:
    """`_screen_plan`, taken from `_prefetch` when it has started it."""
    ahead = self._ahead.pop(t, None)
    return ahead.result() if ahead is not None else self._screen_plan(t, layer, plan)

  def _prefetch(self, t: int, layer: _Layer, plan: _Plan) -> None:
    """Starts transform t's `_screen_plan` on the layer's planning thread, so
    that the host builds the next transform's candidates while the device runs
    this one's chunks: the plan is host work alone (an H100 run: 31 s of 473 s
    of transforms), and the device sat idle through it."""
    if self._planner is not None and t not in self._ahead:
      self._ahead[t] = self._planner.submit(self._screen_plan, t, layer, plan)

  def _node_colors(self, layer: _Layer) -> np.ndarray:
    """[nodes, 10] bool: the colours in any of each node's grids (read on the device)."""
    starts, _, _, rows, _ = self._rows(layer, np.arange(len(layer)), layer.view,
                                       first_only=False)
    present = np.zeros((len(rows), 10), bool)
    for r0 in range(0, len(rows), _COLOR_ROWS):
      chunk = rows[r0:r0 + _COLOR_ROWS]
      idx = _padded(chunk, _COLOR_ROWS)
      got = _row_colors(_take(layer.cells, idx), _take(layer.hw, idx))
      present[r0:r0 + len(chunk)] = np.asarray(got)[:len(chunk)]
    if not len(rows):
      return np.zeros((len(layer), 10), bool)
    return np.logical_or.reduceat(present, starts, axis=0)

  def _plan_colors(self, layer: _Layer, plan: _Plan) -> np.ndarray:
    """[nodes, 10] bool: the colours of each node's grids or of those of any node
    sharing its screens (`plan.owner`), computed once per plan."""
    if self._pooled_colors is None or self._pooled_colors[0] is not plan:
      pooled = np.zeros((len(layer), 10), bool)
      np.logical_or.at(pooled, plan.owner, self._node_colors(layer))
      self._pooled_colors = (plan, pooled[plan.owner])
    return self._pooled_colors[1]

  def _distinct_images(self, layer: _Layer, t: int, node: np.ndarray, params: np.ndarray,
                       plan: _Plan) -> np.ndarray:
    """[C] bool: the candidates of transform t to run. Of those of one node whose
    parameters differ only in cell-picking colours (`cell_pick_params`) absent
    from the node's grids, which all give the same image, the first stands for
    the rest. A colour counts as present where any node sharing the node's
    screens has it, so those nodes keep the same variants (a shared screen is
    looked up by variant)."""
    colors = self._plan_colors(layer, plan)
    code = params.astype(np.int64) + 1
    absent = np.zeros(len(node), bool)
    for k in self._cell_picks[t]:
      gone = ~colors[node, params[:, k]]
      code[gone, k] = 0
      absent |= gone
    keep = ~absent
    if absent.any():
      subset = np.flatnonzero(absent)
      first = np.unique(_row_keys(node[subset], code[subset]), return_index=True)[1]
      keep[subset[first]] = True
    return keep

  def _expanded(self, layer: _Layer) -> np.ndarray:
    """[nodes] bool: the nodes expanded in full, the best expand_nodes per view."""
    if self.config.expand_nodes is None:
      return np.ones(len(layer), bool)
    return _best_per_view(layer.view, layer.score, self.config.expand_nodes)

  def _run_candidates(self, transform: Transform, t: int, layer: _Layer, node: np.ndarray,
                      params: np.ndarray, view: np.ndarray,
                      pending: Optional[_Pending]) -> Optional[int]:
    """Runs candidates on all their samples: records solutions, and with `pending`
    collects the new ones for the next layer. Returns the rows run (None: out of time)."""
    starts, count, cand_of_row, src, sample = self._rows(layer, node, view, first_only=False)
    heads = self._heads(transform, node, params) if self._shared(transform) else None

    def land(c0, c1, r0, r1, flight):
      new, solved, piece, base, score, recolor, out_cells, out_hw = self._chunk_results(
          flight, sample[r0:r1], starts[c0:c1] - r0, dedup=pending is not None)

      def steps_of(c: int) -> Tuple[Step, ...]:
        return layer.lineage[node[c]] + (
            Step(transform.name, tuple(int(x) for x in params[c][:len(transform.params)])),)

      solved_k = np.flatnonzero(solved)
      recolor_k = np.flatnonzero(np.any(recolor != ABSENT, axis=1))
      wanted = np.concatenate([solved_k, recolor_k[self._may_recolor(
          view[c0 + recolor_k], recolor[recolor_k])]])
      gather, read = self._test_images(out_cells, out_hw, starts[c0:c1] - r0, count[c0:c1],
                                       view[c0:c1], wanted)

      def on_device():  # the new rows kept, and the test images' gather started
        for into, fresh in ((pending, new & ~solved), (self._pieces, piece), (self._bases, base)):
          fresh = np.flatnonzero(fresh)
          if into is not None and len(fresh):
            c = c0 + fresh
            into.add(out_cells, out_hw, _row_ranges(starts[c] - r0, count[c]), view[c],
                     score[fresh], node[c], t, params[c][:, :len(transform.params)])
        return gather()

      def on_host(gathered):
        images = read(gathered)
        for k in solved_k:
          c = c0 + k
          self.solutions.append(Solution(int(view[c]), steps_of(c), images[k],
                                         len(self.solutions)))
        for k in recolor_k:
          c = c0 + k
          self._add_recolored(int(view[c]), steps_of(c), recolor[k], lambda k=k: images[k])

      self._defer(on_device, on_host)
      self.stats.candidates += c1 - c0
      self.stats.evaluations += r1 - r0
      self.stats.new_candidates += int(new.sum())

    def rows(c0, c1):
      return int(starts[c0]), int(starts[c1 - 1] + count[c1 - 1])

    def dispatch(c0, c1):
      r0, r1 = rows(c0, c1)
      return self._dispatch_chunk(transform, layer, src[r0:r1], sample[r0:r1],
                                  params[cand_of_row[r0:r1]])

    # Which image is new depends on the chunks' order, so they land in it; out
    # of time, the chunk in flight still lands (its rows have run).
    done = self._pipelined(self._chunks(lambda: self._rows_of(transform), starts, count, heads),
                           dispatch, lambda c0, c1, flight: land(c0, c1, *rows(c0, c1), flight),
                           land_late=True)
    return int(count.sum()) if done else None

  def _test_images(self, out_cells, out_hw, starts: np.ndarray, count: np.ndarray,
                   view: np.ndarray, wanted: np.ndarray
                   ) -> Tuple[Callable[[], Any], Callable[[Any], Dict]]:
    """The fetch of the candidates `wanted` of a chunk's grids on their view's
    test inputs (`starts`, `count`: their rows in the device arrays), as
    (gather, read): `gather()` gathers them on the device at once (one transfer
    a chunk, where one a candidate made the host wait on the device tens of
    thousands of times a search); `read(gather())` is {k: candidate k's grids}."""
    demos = self.samples.num_demo[view[wanted]]
    tests = count[wanted] - demos

    def gather():
      if not len(wanted):
        return None
      return gather_rows(out_cells, out_hw, _row_ranges(starts[wanted] + demos, tests))

    def read(gathered) -> Dict[int, Tuple[Tuple[Tuple[int, ...], ...], ...]]:
      if gathered is None:
        return {}
      with self._device(_WAITING):
        cells, hw = fetched_rows(gathered)
      grids = [decode_grid(c, h) for c, h in zip(cells, hw)]
      ends = np.cumsum(tests)
      return {k: tuple(grids[e - n:e])
              for k, e, n in zip(wanted.tolist(), ends.tolist(), tests.tolist())}

    return gather, read

  def _defer(self, on_device: Callable[[], Any], on_host: Callable[[Any], None]) -> None:
    """Queues a landed chunk's work that needs the device: `on_device()` runs
    just before the next device start (`_start_deferred`), `on_host` of its
    result once that kernel has started (`_finish_deferred`).

    In an H100 search, device work started while a search kernel ran waited
    for that kernel (a probe's small starts beside a small kernel did not:
    memory, most likely; docs/BENCHMARKS.md). Done while landing chunk k, with
    k+1 running, it held the host until k+1 ended, and the device then sat
    idle while the host finished the landing and built chunk k+2's inputs.
    Queued, it runs once those inputs are built, right before k+2 starts, and
    the host's part overlaps k+2. The host's state changes in the same order
    as before: chunk k's queued work is done before chunk k+1 lands.
    """
    result = []
    self._before_start.append(lambda: result.append(on_device()))
    self._after_start.append(lambda: on_host(result[0]))

  def _start_deferred(self) -> None:
    """Runs the queued device work of landed chunks (`_defer`)."""
    work, self._before_start = self._before_start, []
    with self._device(_STARTING):
      for fn in work:
        fn()

  def _finish_deferred(self) -> None:
    """Runs all the queued work of landed chunks (`_defer`)."""
    self._start_deferred()
    work, self._after_start = self._after_start, []
    for fn in work:
      fn()

  def _may_recolor(self, view: np.ndarray, colors: np.ndarray) -> np.ndarray:
    """[C] bool: whether `_add_recolored` may need each candidate's test images:
    its map changes a colour and its view has room for another recolouring.
    `_add_recolored`'s own first checks, vectorised to fetch only these images
    at once; it checks again, since the room shrinks as a chunk's are added."""
    changes = np.any((colors != ABSENT) & (colors != np.arange(10)), axis=1)
    room = np.array([len(self._recolored[v]) < MAX_RECOLORED for v in view.tolist()], bool)
    return changes & room

  def _screen(self, transform: Transform, layer: _Layer, node: np.ndarray, params: np.ndarray,
              view: np.ndarray) -> Optional[np.ndarray]:
    """Indices of the candidates right on their view's first demo pair, up to a
    recolouring (None: out of time)."""
    starts, count, cand_of_row, src, sample = self._rows(layer, node, view, first_only=True)
    passed = []
    heads = self._heads(transform, node, params) if self._shared(transform) else None

    def land(c0, c1, flight):
      flags = self._land(flight)[2]
      # Right up to a recolouring (exact included), or a piece or a base while
      # the last layer keeps them: `_run_candidates` tells them apart.
      keep = flags.mapped.copy()
      if self._pieces is not None:
        keep |= flags.piece
      if self._bases is not None:
        keep |= flags.gains & (flags.score >= BASE_SCORE)
      passed.append(c0 + np.flatnonzero(keep))

    def dispatch(c0, c1):
      flight = self._dispatch(transform, layer, src[c0:c1], sample[c0:c1], params[c0:c1])
      self.stats.evaluations += c1 - c0
      self.stats.screened += c1 - c0
      self.stats.screened_per_transform[transform.name] = (
          self.stats.screened_per_transform.get(transform.name, 0) + c1 - c0)
      return flight

    # Out of time, the screen is dropped whole: its passers would not be run.
    if not self._pipelined(self._chunks(lambda: self._rows_of(transform), starts, count, heads),
                           dispatch, land, land_late=False):
      return None
    return np.concatenate(passed) if passed else np.zeros(0, np.int64)

  def _pipelined(self, chunks: Iterable[Tuple[int, int]], dispatch: Callable[[int, int], Any],
                 land: Callable[[int, int, Any], None], land_late: bool) -> bool:
    """Dispatches each chunk (c0, c1) of candidates, then lands the one before
    it: one chunk in flight, so the device runs chunk k+1 while the host sorts
    out chunk k's results, in chunk order. False if the time ran out before
    every chunk was dispatched; the chunk in flight then lands if `land_late`,
    else it is dropped. The work a landing queues (`_defer`) is all done, in
    chunk order, before the next chunk lands and before this returns."""
    in_flight, done = None, True
    for c0, c1 in chunks:
      if self._out_of_time():
        done = False
        if not land_late:
          in_flight = None
        break
      flight = dispatch(c0, c1)
      self._finish_deferred()  # the chunk before's, now that this one has started
      if in_flight is not None:
        land(*in_flight)
      in_flight = (c0, c1, flight)
    self._finish_deferred()
    if in_flight is not None:
      land(*in_flight)
      self._finish_deferred()
    return done

  def _dispatch(self, transform: Transform, layer: _Layer, src: np.ndarray, sample: np.ndarray,
                params: np.ndarray):
    """Starts the transform's kernel on rows (not waited for): (device outputs, rows)."""
    rows = len(src)
    tail = self._tail_kernel(transform, rows)
    if tail is not None:
      sample_p, params_p, inputs, shape, fits = self._inputs(
          transform, layer, src, sample, params, self.config.tail_rows)
      if fits:
        timed = (transform.name, self.config.tail_rows)
        return self._call(transform, tail, inputs, sample_p, params_p, shape, timed), rows
    sample_p, params_p, inputs, shape, fits = self._inputs(
        transform, layer, src, sample, params, self._full_rows(transform))
    compiled = self._executable(transform) if fits else None
    if compiled is not None:
      kernel = compiled
    else:  # wider than a chunk (a candidate, or a shared kernel's heads): its own shapes
      kernel = self._kernel_for(transform)
    first = kernel is not self._executables.get(transform.name) and (
        (transform.name, shape) not in self._compiled)
    timed = ((transform.name, self._full_rows(transform))
             if compiled is not None and self.config.tail_rows else None)
    return self._call(transform, kernel, inputs, sample_p, params_p, shape, timed, first), rows

  def _tail_kernel(self, transform: Transform, rows: int) -> Optional[Callable]:
    """The transform's kernel for `Config.tail_rows` rows if these rows fit it and
    it is ready; requests it for a costly transform (`Config.tail_rows`)."""
    tail = self.config.tail_rows
    full = self._full_rows(transform)
    if not tail or rows > tail or tail >= full or self._compilations is None:
      return None
    if self._call_seconds.get((transform.name, full), 0.0) >= TAIL_CALL_S:
      self._compilations.request(transform, tail)
    kernel = self._compilations.requested(transform.name, tail)
    if kernel is not None and transform.name not in self.stats.tail_kernels:
      self.stats.tail_kernels.append(transform.name)
    return kernel

  def _inputs(self, transform: Transform, layer: _Layer, src: np.ndarray, sample: np.ndarray,
              params: np.ndarray, chunk: int):
    """(sample, params, kernel inputs, shape, fits): rows padded to `chunk` (or
    more, not fitting a kernel of `chunk` rows), gathered on the device."""
    size = max(chunk, len(src))
    src_p, sample_p, params_p = (_pad_last(x, size) for x in (src, sample, params))
    # Gathers are jitted with fixed shapes (eager indexing compiled once per shape).
    fits = size == chunk
    if self._shared(transform):
      _, first, grid_of_row = np.unique(self._heads(transform, src_p, params_p),
                                        return_index=True, return_inverse=True)
      fits &= len(first) <= grid_rows(chunk)
      head_rows = _pad_last(first, grid_rows(chunk) if fits else len(first))
      heads, of_row = src_p[head_rows].astype(np.int32), grid_of_row.astype(np.int32)
      self._start_deferred()
      with self._device(_STARTING):
        grids_d = jnp.asarray(heads)
        inputs = (_take(layer.cells, grids_d), _take(layer.hw, grids_d),
                  jnp.asarray(params_p[head_rows]), jnp.asarray(of_row))
      return sample_p, params_p, inputs, (size, len(head_rows)), fits
    self._start_deferred()
    with self._device(_STARTING):
      src_d = jnp.asarray(src_p)
      inputs = (_take(layer.cells, src_d), _take(layer.hw, src_d))
    return sample_p, params_p, inputs, (size,), fits

  def _call(self, transform: Transform, kernel: Callable, inputs, sample_p: np.ndarray,
            params_p: np.ndarray, shape, timed: Optional[Tuple[str, int]], first: bool = False):
    """Runs a kernel on prepared inputs (not waited for): its device outputs. With
    `timed` ((transform, rows per call)), the call's seconds are recorded when it
    lands."""
    t0 = time.monotonic()
    # A first call compiles (counted in compile_seconds), not a device start.
    with contextlib.nullcontext() if first else self._device(_STARTING):
      sample_d = jnp.asarray(sample_p)
      out = kernel(*inputs, jnp.asarray(params_p),
                   *(_take(target, sample_d) for target in self._targets))
    if first:  # a jitted kernel compiles as it is called
      self._compiled.add((transform.name, shape))
      self.stats.compile_seconds += time.monotonic() - t0
    return out, (timed, t0)

  def _land(self, flight):
    """(out_cells, out_hw, flags) of a dispatched kernel: waits for its packed flags."""
    ((out_cells, out_hw, packed), (timed, t0)), rows = flight
    with self._device(_WAITING):
      packed = np.asarray(packed)
    flags = unpack(packed[:rows])
    if timed is not None:  # dispatch to landing: the device's time, or the host's if longer
      self._call_seconds[timed] = time.monotonic() - t0
    return out_cells, out_hw, flags

  def _dispatch_chunk(self, transform: Transform, layer: _Layer, src: np.ndarray,
                      sample: np.ndarray, params: np.ndarray):
    """Starts whole candidates' rows on the device (not waited for): the kernel,
    and where orientation views share images, the hashes of its grids in the
    task's frame."""
    flight = self._dispatch(transform, layer, src, sample, params)
    if self._sample_code is None:
      return flight, None
    ((out_cells, out_hw, _), _), _ = flight
    code = _pad_last(self._sample_code[sample], out_cells.shape[0])
    with self._device(_STARTING):
      return flight, frames.task_frame_hashes(out_cells, out_hw, jnp.asarray(code))

  def _chunk_results(self, dispatched, sample: np.ndarray, starts: np.ndarray, dedup: bool):
    """Per candidate of a `_dispatch_chunk`ed chunk, once it lands: (new, solved,
    piece, base, score, recolor), and the device grids. `recolor` [candidates,
    10] is the colour map that makes an unsolved candidate right on every demo
    (`ABSENT` everywhere: none does); `piece`: new, unsolved, and right wherever not 0 on every demo
    (see `_scored`); `base`: new, unsolved, not a piece, with the outputs' shapes,
    right on some cell of each demo that its input has wrong, and at least
    `BASE_SCORE` of the demo cells right.

    Without `dedup` (the last layer) only solutions, pieces and bases are
    checked for novelty.
    """
    flight, frame_hashes = dispatched
    out_cells, out_hw, flags = self._land(flight)
    is_demo = self.samples.is_demo[sample]
    ok = np.logical_and.reduceat(flags.valid, starts)
    solved = ok & np.logical_and.reduceat(flags.exact | ~is_demo, starts)
    mapped = ok & ~solved & np.logical_and.reduceat(flags.mapped | ~is_demo, starts)
    piece = ok & ~solved & np.logical_and.reduceat(flags.piece | ~is_demo, starts)
    recolor = np.full((len(starts), 10), ABSENT, np.int8)
    if mapped.any():
      # Colour maps are unpacked and merged only for the candidates that may
      # use one: for all of a chunk's rows, this was a tenth of a run's host time.
      m = np.flatnonzero(mapped)
      count = np.diff(starts, append=len(sample))
      rows = _row_ranges(starts[m], count[m])
      agree, merged = consistent_colors(flags.colors_at(rows), np.cumsum(count[m]) - count[m],
                                        is_demo[rows])
      recolor[m[agree]] = merged[agree]
    demo_count = np.add.reduceat(is_demo.astype(np.int32), starts)
    score_c = np.add.reduceat(flags.score, starts) / np.maximum(1, demo_count)
    if frame_hashes is None:
      keys = self._combine(flags.h1, flags.h2, starts)
    else:  # in the task's frame: orientation views share their images
      h1, h2 = frame_hashes
      keys = self._combine(np.asarray(h1)[:len(sample)], np.asarray(h2)[:len(sample)], starts)
    views = self.samples_view_of(sample[starts])
    new = np.zeros(len(starts), bool)
    # Every demo image of its output's shape, right on some cell the input has wrong.
    gains = np.logical_and.reduceat(flags.gains | ~is_demo, starts)
    base = ok & ~solved & ~piece & gains & (score_c >= BASE_SCORE)
    candidates = np.flatnonzero(ok if dedup else solved | piece | base)
    seen_sets = self._seen
    for k, g, key in zip(candidates.tolist(), self._group[views[candidates]].tolist(),
                         keys[candidates].tolist()):
      seen = seen_sets[g]
      if key not in seen:
        seen.add(key)
        new[k] = True
    return new, solved & new, piece & new, base & new, score_c, recolor, out_cells, out_hw

  def samples_view_of(self, sample: np.ndarray) -> np.ndarray:
    """The view of each sample index."""
    return np.searchsorted(self.samples.offset, sample, side="right") - 1

  def _next_layer(self, layer: _Layer, pending: _Pending) -> _Layer:
    """The best max_nodes new candidates per view, as nodes."""
    pending.compact()
    if not pending.meta:
      return _Layer(layer.cells, layer.hw, np.zeros(0, np.int64), np.zeros(0, np.int64), [])
    view, score, parent, t, params = pending.meta[0]
    counts = self.samples.count[view]
    lineage = []
    for p, k, values in zip(parent.tolist(), t.tolist(), params):
      transform = self.config.transforms[k]
      lineage.append(layer.lineage[p] + (
          Step(transform.name, tuple(int(x) for x in values[:len(transform.params)])),))
    return _Layer(pending.rows.cells, pending.rows.hw, view, np.cumsum(counts) - counts, lineage,
                  score)
