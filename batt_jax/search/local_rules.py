"""Local rules: each output cell as a function of features of its input cell.

Many tasks whose output has its input's shape change each cell by a rule of
what is around it: a cell with two non-zero neighbours turns red, a cell of a
component touching the border turns blue, a cell turns to the first colour its
row ray meets. Such a rule is a lookup table from a cell's key (its colour and
a few features, `FEATURES`) to the output colour. `learn` tries every key of
`CANDIDATES` and keeps those whose table is

- consistent: no two demo cells with one key have different output colours;
- complete: every test cell's key was seen on the demos, or else every demo
  cell of its colour became one colour (`LocalRule.by_color`), which it
  becomes too. Nothing else is guessed.

Rules that need no such colour come first; then those with the fewest keys
(the fewest distinct cases that explain the demos); then the order of
`CANDIDATES`. Rules are learned on the task's colours and on its colours
renamed by frequency rank (each sample's input's `rankcolors` ranks, as the
search's "rankcolors" view does), where one table serves demos that use
different colours in the same roles; the answer is renamed back with the test
input's ranks. The first `ATTEMPTS` rules with distinct answers are kept, the
two namings' best in turn. Last comes a decision tree over every feature
(`cell_tree`, `learn_tree`), where a table is too small to explain the demos or
too specific to cover the test: it always covers the test, so it is a guess
and its answer only takes an attempt every other answer leaves free.

This is a generic learner over the demos of one task, not a transform of the
catalogue: it composes no DSL calls (a table is no named constant), so its
answers are not library programs. A rule is written out as its features and
table (`record`), `apply` reproduces it, and `answers.answer` checks it against
the demos again before it answers. It runs on the host (numpy, about 25 ms a
task); the test outputs of a task never enter it.
"""

from __future__ import annotations

import dataclasses
import itertools
from typing import List, Optional, Sequence, Tuple, Union

import numpy as np
from scipy import ndimage

from batt_jax.data.types import Grid, Task
from batt_jax.search import cell_tree
from batt_jax.search import object_rules
from batt_jax.search import output_tables
from batt_jax.search import panels
from batt_jax.search import rule_grids
from batt_jax.search import stamp_rules
from batt_jax.search import symmetry_fill
from batt_jax.search import tilings

# Colour of a neighbour or ray beyond the grid's edge.
OFF = 10
_DIRECTIONS = {"u": (-1, 0), "d": (1, 0), "l": (0, -1), "r": (0, 1),
               "ul": (-1, -1), "ur": (-1, 1), "dl": (1, -1), "dr": (1, 1)}
_EIGHT = tuple(_DIRECTIONS.values())
_FOUR = _EIGHT[:4]

# Every cell feature, in the order candidates try them. Cells are (i, j) of an
# h x w grid g; "component" is the cell's connected set of cells of its colour
# (4- or 8-connected), "shape" the cell's 8-connected set of non-zero cells.
FEATURES = (
    # Neighbour colours (OFF beyond the edge).
    "n_u", "n_d", "n_l", "n_r", "n_ul", "n_ur", "n_dl", "n_dr",
    "nz8", "nz4",      # how many of the 8 / 4 neighbours are non-zero
    "same8",           # how many of the 8 neighbours have the cell's colour
    "i2", "j2", "i3", "j3", "ij2",   # i % 2, j % 2, i % 3, j % 3, (i + j) % 2
    "size4", "size8",  # cells in its 4- / 8-connected component
    "h8", "w8",        # height / width of its 8-connected component's box
    "border4", "border8",  # whether that component touches the grid's edge
    "msize", "mncol", "mborder",  # its shape's cells, colours, edge (0 on 0-cells)
    # The first non-zero colour beyond the cell in each direction (OFF if none).
    "r_u", "r_d", "r_l", "r_r", "r_ul", "r_ur", "r_dl", "r_dr",
    "rowset", "colset",  # the colours of its row / column (a bit set)
    "mir_v", "mir_h", "rot180",  # colour at (i, w-1-j) / (h-1-i, j) / (h-1-i, w-1-j)
    "rownz", "colnz",  # non-zero cells in its row / column
    # Its shape among the grid's shapes (0 on 0-cells): size rank from the
    # largest / the smallest (1 = first; ties share a rank), how many shapes
    # have its size, its box's height and width.
    "mrank", "mrank_small", "msame", "mh", "mw",
)
_INDEX = {name: k for k, name in enumerate(FEATURES)}
# Features that are read together.
GROUPS = (
    ("n_u", "n_d", "n_l", "n_r"), ("n_ul", "n_ur", "n_dl", "n_dr"),
    ("n_u", "n_d", "n_l", "n_r", "n_ul", "n_ur", "n_dl", "n_dr"),
    ("r_u", "r_d", "r_l", "r_r"), ("r_u", "r_d", "r_l", "r_r", "r_ul", "r_ur", "r_dl", "r_dr"),
    ("i2", "j2"), ("i3", "j3"), ("rowset", "colset"), ("h8", "w8"),
)
# The keys tried, simplest first (every key starts with the cell's colour):
# the colour alone (a recolouring), one feature, a group, two features. Of
# two rules with tables of as many keys, the one first here ranks first.
CANDIDATES: Tuple[Tuple[str, ...], ...] = (
    ((),) + tuple((f,) for f in FEATURES) + GROUPS
    + tuple(itertools.combinations(FEATURES, 2)))
ATTEMPTS = 2
# Colour-valued features a tree's leaf may copy (`cell_tree.fit`): a leaf
# "the cell takes the colour its ray meets" holds for colours the demos lack.
TREE_COPIES: Tuple[str, ...] = cell_tree.COLOR_VALUED
_PAIR_NAMES = tuple(itertools.combinations(FEATURES, 2))
# [pairs, 2] rows of `cell_features` (row 0 is the colour) read by each pair.
_PAIRS = np.array([[1 + _INDEX[a], 1 + _INDEX[b]] for a, b in _PAIR_NAMES], np.int64)


@dataclasses.dataclass(frozen=True)
class LocalRule:
  """A learned rule.

  Attributes:
    features: the features read after the cell's colour (names of FEATURES).
    table: (key, output colour) pairs, keys sorted; a key is the cell's
      colour, then its features' values in `features` order.
    ranked: the table is over colour ranks: a grid is renamed by its own
      `rankcolors` ranks before, and the output renamed back after.
    by_color: (colour, output colour) pairs for a cell whose key is not in
      the table: where every demo cell of that colour became one colour (a
      rule that needs them ranks after every rule that does not; empty if
      it needs none).
    tree: instead of a table, a decision tree over the cell's colour and
      every feature (`cell_tree`; `features` are then all FEATURES and the
      table is empty).
  """
  features: Tuple[str, ...]
  table: Tuple[Tuple[Tuple[int, ...], int], ...]
  ranked: bool = False
  by_color: Tuple[Tuple[int, int], ...] = ()
  tree: Optional[cell_tree.Tree] = None


# A rule of a cell (`LocalRule`), of an object (`object_rules.ObjectRule`),
# of the cells about objects (`stamp_rules.StampRule`), of the input's
# panels (`panels.PanelTable`) or of the whole output (`tilings.Tiling`,
# `symmetry_fill.SymmetryFill`, `output_tables.OutputTable`): `apply`,
# `describe`, `record` and `from_record` take any.
Rule = Union[LocalRule, object_rules.ObjectRule, stamp_rules.StampRule, panels.PanelTable,
             tilings.Tiling, symmetry_fill.SymmetryFill, output_tables.OutputTable]
# The rules not of a cell: their type, their record's key, their module.
_OTHER_KINDS = ((object_rules.ObjectRule, "objects", object_rules),
                (stamp_rules.StampRule, "stamps", stamp_rules),
                (panels.PanelTable, "panels", panels),
                (tilings.Tiling, "tiling", tilings),
                (symmetry_fill.SymmetryFill, "symmetry", symmetry_fill),
                (output_tables.OutputTable, "outputs", output_tables))


def _kind(rule: Rule):
  """The (record key, module) of a rule not of a cell; None for a `LocalRule`."""
  return next(((name, module) for cls, name, module in _OTHER_KINDS if isinstance(rule, cls)),
              None)


def _components(grid: np.ndarray, labels: np.ndarray, n: int) -> Tuple[np.ndarray, ...]:
  """Per cell of a labelled component (labels 1..n; 0: none): its component's
  size, box height, width, whether it touches the edge, and how many colours
  it has (0 where unlabelled)."""
  h, w = grid.shape
  per = np.zeros((5, n + 1), np.int64)
  per[0] = np.bincount(labels.ravel(), minlength=n + 1)
  for k, (rows, cols) in enumerate(ndimage.find_objects(labels, n), start=1):
    per[1:4, k] = (rows.stop - rows.start, cols.stop - cols.start,
                   rows.start == 0 or cols.start == 0 or rows.stop == h or cols.stop == w)
  pairs = np.unique(labels.ravel() * 16 + grid.ravel())
  per[4] = np.bincount(pairs >> 4, minlength=n + 1)
  per[:, 0] = 0
  return tuple(per[:, labels])


def _shape_components(grid: np.ndarray) -> Tuple[np.ndarray, ...]:
  """`_components` of the 8-connected non-zero shapes."""
  return _components(grid, *ndimage.label(grid != 0, structure=np.ones((3, 3))))


def _size_ranks(grid: np.ndarray) -> Tuple[np.ndarray, ...]:
  """Per cell of an 8-connected non-zero shape: its size's dense rank from the
  largest and from the smallest (from 1), and how many shapes have its size
  (0 on 0-cells)."""
  labels, n = ndimage.label(grid != 0, structure=np.ones((3, 3)))
  sizes = np.bincount(labels.ravel(), minlength=n + 1)[1:]
  distinct, inverse, counts = np.unique(sizes, return_inverse=True, return_counts=True)
  per = np.zeros((3, n + 1), np.int64)
  per[0, 1:] = len(distinct) - inverse.reshape(-1)
  per[1, 1:] = inverse.reshape(-1) + 1
  per[2, 1:] = counts[inverse.reshape(-1)]
  return tuple(per[:, labels])


def _same_color_components(grid: np.ndarray, eight: bool) -> Tuple[np.ndarray, ...]:
  """Size, box height, width and edge of each cell's same-colour component."""
  labels = np.zeros(grid.shape, np.int64)
  n = 0
  for c in np.unique(grid):
    part, count = ndimage.label(grid == c, structure=np.ones((3, 3)) if eight else None)
    labels += np.where(part > 0, part + n, 0)
    n += count
  return _components(grid, labels, n)[:4]


def _ray(grid: np.ndarray, dy: int, dx: int) -> np.ndarray:
  """Per cell: the first non-zero colour strictly beyond it along (dy, dx)."""
  h, w = grid.shape
  out = np.full((h, w), OFF, np.int64)
  found = np.zeros((h, w), bool)
  padded = np.zeros((h + 60, w + 60), np.int64)
  padded[30:30 + h, 30:30 + w] = grid
  for step in range(1, max(h, w)):
    seen = padded[30 + dy * step:30 + dy * step + h, 30 + dx * step:30 + dx * step + w]
    take = (seen != 0) & ~found
    out[take] = seen[take]
    found |= take
  return out


def cell_features(grid: Grid) -> np.ndarray:
  """[1 + len(FEATURES), h * w] int64: each cell's colour, then its FEATURES."""
  g = np.asarray(grid, np.int64)
  h, w = g.shape
  padded = np.full((h + 2, w + 2), OFF, np.int64)
  padded[1:-1, 1:-1] = g

  def neighbour(dy, dx):
    return padded[1 + dy:1 + dy + h, 1 + dx:1 + dx + w]

  def count(directions, test):
    return sum(test(neighbour(dy, dx)).astype(np.int64) for dy, dx in directions)

  i, j = np.indices((h, w))
  nonzero = lambda x: (x != 0) & (x != OFF)
  size4, _, _, border4 = _same_color_components(g, eight=False)
  size8, h8, w8, border8 = _same_color_components(g, eight=True)
  msize, mh, mw, mborder, mncol = _shape_components(g)
  mrank, mrank_small, msame = _size_ranks(g)
  bits = (1 << g)
  rowset = np.bitwise_or.reduce(bits, axis=1, keepdims=True).repeat(w, 1)
  colset = np.bitwise_or.reduce(bits, axis=0, keepdims=True).repeat(h, 0)
  values = {
      **{f"n_{k}": neighbour(*d) for k, d in _DIRECTIONS.items()},
      "nz8": count(_EIGHT, nonzero), "nz4": count(_FOUR, nonzero),
      "same8": count(_EIGHT, lambda x: x == g),
      "i2": i % 2, "j2": j % 2, "i3": i % 3, "j3": j % 3, "ij2": (i + j) % 2,
      "size4": size4, "size8": size8, "h8": h8, "w8": w8,
      "border4": border4, "border8": border8,
      "msize": msize, "mncol": mncol, "mborder": mborder,
      **{f"r_{k}": _ray(g, *d) for k, d in _DIRECTIONS.items()},
      "rowset": rowset, "colset": colset,
      "mir_v": g[:, ::-1], "mir_h": g[::-1, :], "rot180": g[::-1, ::-1],
      "rownz": (g != 0).sum(1, keepdims=True).repeat(w, 1),
      "colnz": (g != 0).sum(0, keepdims=True).repeat(h, 0),
      "mrank": mrank, "mrank_small": mrank_small, "msame": msame, "mh": mh, "mw": mw,
  }
  return np.stack([g] + [values[name] for name in FEATURES]).reshape(1 + len(FEATURES), h * w)


def _column_ids(features: Sequence[np.ndarray]) -> Tuple[np.ndarray, np.ndarray]:
  """[rows, cells] dense ids of each row's values over all the grids' cells
  (the same value, the same id), and [rows] how many distinct values each has."""
  stacked = np.concatenate(features, axis=1)
  ids = np.empty_like(stacked)
  sizes = np.empty(len(stacked), np.int64)
  for r, row in enumerate(stacked):
    values, inverse = np.unique(row, return_inverse=True)
    ids[r] = inverse.reshape(-1)
    sizes[r] = len(values)
  return ids, sizes


def _keys(ids: np.ndarray, sizes: np.ndarray, names: Tuple[str, ...]) -> np.ndarray:
  """[cells] int64: one id per distinct key (the colour row, then `names`'
  rows), exact (mixed radix, re-numbered before it could overflow)."""
  out = np.zeros(ids.shape[1], np.int64)
  radix = 1
  for r in [0] + [1 + _INDEX[n] for n in names]:
    if radix * int(sizes[r]) >= 2**62:
      _, out = np.unique(out, return_inverse=True)
      out = out.reshape(-1)
      radix = int(out.max()) + 1
    out = out * sizes[r] + ids[r]
    radix *= int(sizes[r])
  return out


def _table(keys: np.ndarray, outputs: np.ndarray) -> Optional[Tuple[np.ndarray, np.ndarray]]:
  """The sorted distinct keys and their output colours, or None if some key
  has two colours."""
  order = np.argsort(keys, kind="stable")
  k, o = keys[order], outputs[order]
  same = k[1:] == k[:-1]
  if np.any(same & (o[1:] != o[:-1])):
    return None
  first = np.concatenate([[True], ~same])
  return k[first], o[first]


def learn(task: Task, attempts: int = ATTEMPTS, tree: bool = True
          ) -> List[Tuple[LocalRule, Tuple[Grid, ...]]]:
  """Up to `attempts` rules consistent on the demos and complete on the test
  inputs, with their test outputs (distinct, in the task's colours): the
  smallest tables on the task's colours and on its ranked colours, in turn;
  then (`tree`), if the tables leave an attempt free, the trees' rules
  (`learn_trees`).

  Only tasks whose demo outputs have their inputs' shapes, and some demo that
  changes, are learned; the test outputs are not read.
  """
  found = learn_images([p.input for p in task.train], [p.output for p in task.train],
                       [p.input for p in task.test], attempts)
  if tree and len(found) < attempts:
    found += learn_trees(task, [answers for _, answers in found])
  return found


def learn_trees(task: Task, known: Sequence[Tuple[Grid, ...]] = (),
                grown: Optional[Sequence[Tuple[LocalRule, Tuple[Grid, ...]]]] = None
                ) -> List[Tuple[LocalRule, Tuple[Grid, ...]]]:
  """The rules of a decision tree on the task's colours and one on its ranked
  colours (`grow_trees`, or those `grown` already), with their test outputs,
  each unless its answer is one of `known` or the other's. Their answers rank
  after every other (`answers.answer`; the search gives them only the attempts
  left free at the very end, after the object rules: `driver._add_late_rules`)."""
  found: List[Tuple[LocalRule, Tuple[Grid, ...]]] = []
  for rule, answers in (grow_trees(task) if grown is None else grown):
    if answers not in list(known) + [a for _, a in found]:
      found.append((rule, answers))
  return found


def grow_trees(task: Task) -> List[Tuple[LocalRule, Tuple[Grid, ...]]]:
  """The rules of a decision tree on the task's colours, then on its ranked
  colours (`learn_tree`), with their test outputs: those that fit."""
  inputs, outputs = [p.input for p in task.train], [p.output for p in task.train]
  tests = [p.input for p in task.test]
  grown = (learn_tree(inputs, outputs, tests, ranked) for ranked in (False, True))
  return [tree for tree in grown if tree is not None]


def keeps_shape(task: Task) -> bool:
  """Whether every demo output has its input's shape (what local rules need)."""
  return all(len(p.input) == len(p.output) and len(p.input[0]) == len(p.output[0])
             for p in task.train)


def learn_tree(inputs: Sequence[Grid], outputs: Sequence[Grid], tests: Sequence[Grid],
               ranked: bool = False) -> Optional[Tuple[LocalRule, Tuple[Grid, ...]]]:
  """A rule whose decision tree (`cell_tree.fit`) gives every demo output
  from every FEATURE of the input's cells (on ranked colours if `ranked`,
  as `learn_images` does), with its test outputs; None if the demos change
  no cell or change shape, or no tree of `cell_tree.MAX_DEPTH` fits, or its
  leaves copy a colour from beyond a test input's edge."""
  demos = rule_grids.demo_arrays(inputs, outputs)
  if demos is None:
    return None
  if ranked:
    demos = rule_grids.ranked_demos(demos)
  names = cell_tree.names(FEATURES)
  x = np.concatenate([cell_tree.relational(cell_features(a), FEATURES).T for a, _ in demos])
  labels = np.concatenate([np.where(a == b, cell_tree.KEEP, b).reshape(-1) for a, b in demos])
  tree = cell_tree.fit(x, labels, names, outputs=np.concatenate([b.reshape(-1) for _, b in demos]),
                       copies=TREE_COPIES)
  if tree is None:
    return None
  rule = LocalRule(FEATURES, (), ranked=ranked, tree=tree)
  answers = tuple(apply(rule, t) for t in tests)
  return None if any(a is None for a in answers) else (rule, answers)


def learn_images(inputs: Sequence[Grid], outputs: Sequence[Grid], tests: Sequence[Grid],
                 attempts: int = ATTEMPTS, two_features: bool = True
                 ) -> List[Tuple[LocalRule, Tuple[Grid, ...]]]:
  """`learn` from grids: demo inputs and outputs (pairs of one shape, else no
  rule), test inputs. `two_features`: also the keys of two features (most of
  `CANDIDATES`; without them, a task learns in about a tenth of the time)."""
  demos = rule_grids.demo_arrays(inputs, outputs)
  if demos is None:
    return []
  tests = [np.asarray(t) for t in tests]
  plain = _learn(demos, tests, attempts, two_features)
  test_ranks = [rule_grids.ranks(t) for t in tests]
  ranked = [
      (dataclasses.replace(rule, ranked=True),
       tuple(rule_grids.rename(np.asarray(g), np.argsort(r)) for g, r in zip(answers, test_ranks)))
      for rule, answers in _learn(
          rule_grids.ranked_demos(demos),
          [r[t] for t, r in zip(tests, test_ranks)], attempts, two_features)]
  found: List[Tuple[LocalRule, Tuple[Grid, ...]]] = []
  for item in itertools.chain.from_iterable(itertools.zip_longest(plain, ranked)):
    if item is not None and len(found) < attempts and all(item[1] != a for _, a in found):
      found.append(item)
  return found


def _consistent_pairs(ids: np.ndarray, sizes: np.ndarray, outputs: np.ndarray) -> np.ndarray:
  """[len(_PAIRS)] whether each two-feature key's table is consistent on the
  demo cells (the first len(outputs) of `ids`), all pairs in one sort."""
  n = len(outputs)
  a, b = _PAIRS[:, 0], _PAIRS[:, 1]
  # Exact: each id < its row's size <= cells, so the code is below 11 * cells^2 * 16.
  code = ((ids[0, None, :n] * sizes[a, None] + ids[a, :n]) * sizes[b, None] + ids[b, :n])
  joint = np.sort(code * 16 + outputs[None], axis=1)
  same_key = (joint[:, 1:] >> 4) == (joint[:, :-1] >> 4)
  return ~np.any(same_key & (joint[:, 1:] != joint[:, :-1]), axis=1)


def _learn(demos: Sequence[Tuple[np.ndarray, np.ndarray]], tests: Sequence[np.ndarray],
           attempts: int, two_features: bool) -> List[Tuple[LocalRule, Tuple[Grid, ...]]]:
  features = [cell_features(a) for a, _ in demos] + [cell_features(t) for t in tests]
  outputs = np.concatenate([b.reshape(-1) for _, b in demos]).astype(np.int64)
  n_demo = len(outputs)
  ids, sizes = _column_ids(features)
  pairs_ok = dict(zip(_PAIR_NAMES, _consistent_pairs(ids, sizes, outputs).tolist()
                      if two_features else [False] * len(_PAIR_NAMES)))
  test_colors = np.concatenate([f[0] for f in features[len(demos):]] + [np.zeros(0, np.int64)])
  fixed = _fixed_colors(np.concatenate([f[0] for f in features[:len(demos)]]), outputs)
  found = []
  for names in CANDIDATES:
    if not pairs_ok.get(names, True):
      continue
    keys = _keys(ids, sizes, names)
    table = _table(keys[:n_demo], outputs)
    if table is None:
      continue
    known, colors = table
    test_keys = keys[n_demo:]
    at = np.minimum(np.searchsorted(known, test_keys), len(known) - 1)
    hit = known[at] == test_keys
    if not np.all(fixed[test_colors[~hit]] >= 0):
      continue
    flat = np.where(hit, colors[at], fixed[test_colors])
    answers, start = [], 0
    for g in tests:
      cells = flat[start:start + g.size].reshape(g.shape)
      answers.append(tuple(tuple(row) for row in cells.tolist()))
      start += g.size
    answers = tuple(answers)
    found.append((not np.all(hit), len(known), len(found), names, answers))
  # The smallest table first (then the simpler key): the rule that explains
  # the demos with the fewest distinct cases.
  found.sort(key=lambda item: item[:3])
  out = []
  for missed, _, _, names, answers in found:
    if any(answers == a for _, a in out):
      continue
    out.append((_rule(names, features[:len(demos)], outputs, fixed if missed else None),
                answers))
    if len(out) == attempts:
      break
  return out


def _fixed_colors(colors: np.ndarray, outputs: np.ndarray) -> np.ndarray:
  """[11] per input colour, the one output colour of all its demo cells (-1:
  none or several)."""
  fixed = np.full(OFF + 1, -1, np.int64)
  for c in range(OFF):
    values = np.unique(outputs[colors == c])
    if len(values) == 1:
      fixed[c] = values[0]
  return fixed


def _rule(names: Tuple[str, ...], features: Sequence[np.ndarray], outputs: np.ndarray,
          fixed: Optional[np.ndarray]) -> LocalRule:
  rows = [0] + [1 + _INDEX[n] for n in names]
  keys = np.concatenate([f[rows] for f in features], axis=1).T
  table = sorted({tuple(k): int(v) for k, v in zip(keys.tolist(), outputs.tolist())}.items())
  by_color = () if fixed is None else tuple(
      (c, int(v)) for c, v in enumerate(fixed.tolist()) if v >= 0)
  return LocalRule(names, tuple(table), by_color=by_color)


def apply(rule: Rule, grid: Grid) -> Optional[Grid]:
  """The rule on `grid`; None if some cell's key is not in its table (or a
  tree's leaf copies a colour from beyond the edge; another kind's cases:
  its module's `apply`)."""
  kind = _kind(rule)
  if kind is not None:
    return kind[1].apply(rule, grid)
  g = np.asarray(grid)
  ranks = rule_grids.ranks(grid) if rule.ranked else np.arange(10)
  if rule.tree is not None:
    names = cell_tree.names(rule.features)
    rows = [0] + [1 + _INDEX[n] for n in rule.features]
    x = cell_tree.relational(cell_features(ranks[g])[rows], rule.features).T
    colors = cell_tree.predict(rule.tree, x, names).reshape(g.shape)
    return None if np.any(colors < 0) else rule_grids.rename(colors, np.argsort(ranks))
  rows = [0] + [1 + _INDEX[n] for n in rule.features]
  table = {**{(c,): v for c, v in rule.by_color}, **dict(rule.table)}
  keys = [k if k in table else k[:1]
          for k in map(tuple, cell_features(ranks[g])[rows].T.tolist())]
  if not all(k in table for k in keys):
    return None
  return rule_grids.rename(np.array([table[k] for k in keys]).reshape(g.shape), np.argsort(ranks))


def is_guess(rule: Rule) -> bool:
  """Whether the rule is a decision tree: it fits any demos, so its answer is
  a guess, not a solution."""
  return isinstance(rule, LocalRule) and rule.tree is not None


def reproduces(rule: Rule, task: Task) -> bool:
  """Whether the rule gives every demo output of the task."""
  return all(apply(rule, p.input) == tuple(map(tuple, p.output)) for p in task.train)


def describe(rule: Rule) -> str:
  """One line: the key read, and how many keys change their cell's colour."""
  kind = _kind(rule)
  if kind is not None:
    return kind[1].describe(rule)
  if rule.tree is not None:
    return f"local rule: output cell from a decision tree of {cell_tree.leaves(rule.tree)} leaves"
  changed = sum(key[0] != value for key, value in rule.table)
  key = ", ".join(("colour rank" if rule.ranked else "colour",) + rule.features)
  return f"local rule: output cell from ({key}); {len(rule.table)} keys, {changed} recolour"


def record(rule: Rule) -> dict:
  """JSON-ready form of the rule (`from_record` reads it back)."""
  kind = _kind(rule)
  if kind is not None:
    return {kind[0]: kind[1].record(rule)}
  return {"features": list(rule.features), "ranked": rule.ranked,
          "table": [[list(key), value] for key, value in rule.table],
          "by_color": [list(pair) for pair in rule.by_color],
          **({} if rule.tree is None else {"tree": rule.tree})}


def from_record(data: dict) -> Rule:
  for _, name, module in _OTHER_KINDS:
    if name in data:
      return module.from_record(data[name])
  return LocalRule(tuple(data["features"]),
                   tuple((tuple(key), value) for key, value in data["table"]),
                   bool(data.get("ranked", False)),
                   tuple(tuple(pair) for pair in data.get("by_color", ())),
                   cell_tree.from_json(data["tree"]) if "tree" in data else None)


__all__ = ["ATTEMPTS", "CANDIDATES", "FEATURES", "GROUPS", "LocalRule", "OFF", "Rule", "apply",
           "cell_features", "describe", "from_record", "is_guess", "keeps_shape", "learn",
           "learn_images", "learn_tree", "learn_trees", "record", "reproduces"]
