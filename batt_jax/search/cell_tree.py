"""A decision tree from a cell's features to its output colour.

Where no lookup table of a few features explains a task's demos and covers its
test inputs (`local_rules`), a tree can: it reads as many features as it needs,
one equality test at a time, and every test cell reaches one of its leaves.
`fit` grows it greedily (the test that leaves the purest halves, by Gini
impurity; of equal ones the first feature in `names`) until every leaf holds
demo cells of one output, or gives up at `MAX_DEPTH`. A leaf gives a colour,
or the colour of one of the cell's features: its own (it keeps its colour),
a neighbour's, the first its ray meets (`copies`), so that a rule like "cells
next to red turn blue, others stay" holds for colours the demos lack.

A tree fits its demos exactly but generalises less surely than a small table:
on the ARC-AGI-1 training tasks the trees answered 177 tasks that the tables
answered otherwise or not at all, and were right on 26 of them (the tables:
78 and 57), so their answers only take the attempts every other answer
leaves free (`answers.add_rules`).
Host numpy; the tree is plain nested tuples, so a rule's record holds it as is.
"""

from __future__ import annotations

from typing import Optional, Sequence, Tuple, Union

import numpy as np

# Label of a leaf whose cells keep their colour.
KEEP = 10
MAX_DEPTH = 8
# Features whose value is a colour: also read as "equals the cell's colour".
COLOR_VALUED = ("n_u", "n_d", "n_l", "n_r", "n_ul", "n_ur", "n_dl", "n_dr",
                "r_u", "r_d", "r_l", "r_r", "r_ul", "r_ur", "r_dl", "r_dr",
                "mir_v", "mir_h", "rot180")
# Pairs of features also read as "equal": the cell and each colour-valued
# feature, then opposite rays (the cell lies between two cells of one colour:
# lines that connect them) and opposite neighbours.
_EQUAL = tuple(("colour", n) for n in COLOR_VALUED) + (
    ("r_l", "r_r"), ("r_u", "r_d"), ("r_ul", "r_dr"), ("r_ur", "r_dl"),
    ("n_l", "n_r"), ("n_u", "n_d"))

# A leaf is (colour,) or (name of the feature whose colour it gives,); a test
# is (feature name, value, tree if equal, tree if not).
Tree = Union[Tuple[Union[int, str]], Tuple[str, int, "Tree", "Tree"]]


def _equal_pairs(features: Sequence[str]) -> Tuple[Tuple[str, str], ...]:
  have = {"colour", *features}
  return tuple((a, b) for a, b in _EQUAL if a in have and b in have)


def names(features: Sequence[str]) -> Tuple[str, ...]:
  """The tree's features: the colour, `features`, then "<a>=<b>" for pairs of
  them (1 where they are equal: the cell and a colour-valued feature,
  opposite rays, opposite neighbours)."""
  return ("colour",) + tuple(features) + tuple(f"{a}={b}" for a, b in _equal_pairs(features))


def relational(cells: np.ndarray, features: Sequence[str]) -> np.ndarray:
  """[len(names(features)), n] from `cells` [1 + len(features), n] (the colour
  row, then `features`' rows): the same rows, then the "=" rows."""
  index = {"colour": 0, **{n: 1 + k for k, n in enumerate(features)}}
  equal = [(cells[index[a]] == cells[index[b]]).astype(np.int64)
           for a, b in _equal_pairs(features)]
  return np.concatenate([cells, np.stack(equal)]) if equal else cells


def fit(x: np.ndarray, labels: np.ndarray, feature_names: Sequence[str],
        max_depth: int = MAX_DEPTH, outputs: Optional[np.ndarray] = None,
        copies: Sequence[str] = ()) -> Optional[Tree]:
  """A tree with every demo cell in a leaf that gives its output, or None.

  Args:
    x: [n, len(feature_names)] the demo cells' feature values (column 0 the
      cell's colour).
    labels: [n] each cell's label (its output colour, or KEEP where that is
      its colour): the tests split them.
    outputs: [n] each cell's output colour, read with `copies`.
    copies: colour-valued features a leaf may copy: where every cell of a
      node has the output colour one of them has, the node is a leaf that
      gives that feature's colour (checked before any split, in order).
  Returns:
    Nested tuples: a test is (feature name, value, tree if equal, tree if
    not); a leaf is (colour,) or (feature name,), whose colour it gives
    ("colour": the cell keeps its own).
  """
  # Each (feature, value) pair gets one row of a table of label counts, so a
  # node scores every test in one bincount.
  columns = [np.unique(column, return_inverse=True) for column in x.T]
  starts = np.cumsum([0] + [len(values) for values, _ in columns])
  pair_ids = np.stack([ids.reshape(-1) for _, ids in columns], axis=1) + starts[:-1]
  pair_feature = np.repeat(np.arange(len(columns)), np.diff(starts))
  pair_value = np.concatenate([values for values, _ in columns])
  copied = [(name, x[:, list(feature_names).index(name)]) for name in copies]

  def grow(rows: np.ndarray, depth: int) -> Optional[Tree]:
    y = labels[rows]
    if np.all(y == y[0]):
      return ("colour",) if y[0] == KEEP else (int(y[0]),)
    for name, values in copied:
      if np.array_equal(values[rows], outputs[rows]):
        return (name,)
    if depth == max_depth:
      return None
    n = len(rows)
    counts = np.bincount((pair_ids[rows] * (KEEP + 1) + y[:, None]).reshape(-1),
                         minlength=starts[-1] * (KEEP + 1)).reshape(starts[-1], KEEP + 1)
    n_in = counts.sum(1)
    rest = np.bincount(y, minlength=KEEP + 1)[None] - counts
    with np.errstate(divide="ignore", invalid="ignore"):
      impurity = (n_in - (counts ** 2).sum(1) / n_in
                  + (n - n_in) - (rest ** 2).sum(1) / (n - n_in)) / n
    impurity[(n_in == 0) | (n_in == n)] = np.inf  # not a split of this node
    best = float(impurity.min())
    if best == np.inf:  # cells alike in every feature, with different labels
      return None
    # Of (nearly) equal tests, the first feature's, its smallest value.
    pair = int(np.flatnonzero(impurity <= best + 1e-12)[0])
    k, value = int(pair_feature[pair]), int(pair_value[pair])
    equal = x[rows, k] == value
    yes = grow(rows[equal], depth + 1)
    no = None if yes is None else grow(rows[~equal], depth + 1)
    return None if no is None else (feature_names[k], value, yes, no)

  return grow(np.arange(len(labels)), 0)


def predict(tree: Tree, x: np.ndarray, feature_names: Sequence[str]) -> np.ndarray:
  """[n] the output colour of each row of `x` [n, len(feature_names)]; -1
  where a leaf copies a feature that has no colour there (beyond the edge)."""
  column = {n: k for k, n in enumerate(feature_names)}
  out = np.empty(len(x), np.int64)

  def down(node: Tree, rows: np.ndarray) -> None:
    if len(node) == 1:
      leaf = node[0]
      out[rows] = leaf if isinstance(leaf, int) else x[rows, column[leaf]]
      return
    name, value, yes, no = node
    equal = x[rows, column[name]] == value
    down(yes, rows[equal])
    down(no, rows[~equal])

  down(tree, np.arange(len(x)))
  # Colours are 0-9; a feature beyond the edge reads local_rules.OFF (10).
  return np.where(out >= 10, -1, out)


def leaves(tree: Tree) -> int:
  return 1 if len(tree) == 1 else leaves(tree[2]) + leaves(tree[3])


def from_json(data) -> Tree:
  """The tree of its JSON form (nested lists)."""
  if len(data) == 1:
    return (data[0] if isinstance(data[0], str) else int(data[0]),)
  return (str(data[0]), int(data[1]), from_json(data[2]), from_json(data[3]))


__all__ = ["COLOR_VALUED", "KEEP", "MAX_DEPTH", "Tree", "fit", "from_json", "leaves", "names",
           "predict", "relational"]
