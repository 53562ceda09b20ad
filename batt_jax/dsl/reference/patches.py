"""Reference: patch geometry (Object and Indices).

Conventions of this family:
* A patch's bounding box (bbox) is (top, left, bottom, right), inclusive, over
  its cells' absolute coordinates (which may be negative or beyond the canvas).
* Primitives returning a corner, an extreme, a centre or a distance of a patch
  are undefined on the empty patch; primitives returning Indices derived from
  a patch's bbox (box, inbox, outbox, backdrop, delta, corners) return the
  empty Indices for the empty patch.
* "The canvas" is [0, SIDE) x [0, SIDE) (SIDE = 30): shoot and the frontiers
  are clipped to it (painting then clips to the grid).
* Every result goes through the core constructors: an Indices whose bbox
  exceeds SIDE x SIDE is undefined, as is an integer beyond INT_LIMIT.
"""

import bisect

from batt_jax.dsl import capacity
from batt_jax.dsl.reference.core import (cells_of, is_object, make_indices, make_int,
                                         make_object, make_point, require)
from batt_jax.dsl.registry import primitive

SIDE = capacity.SIDE
# gravitate tries k = 0, 1, ..., GRAVITATE_STEPS unit moves.
GRAVITATE_STEPS = SIDE


# --------------------------------------------------------------------------
# Helpers.


def _bbox(patch):
  """(top, left, bottom, right) of a non-empty patch; undefined if empty."""
  cells = cells_of(patch)
  require(bool(cells), "empty patch")
  rows = [i for i, _ in cells]
  cols = [j for _, j in cells]
  return min(rows), min(cols), max(rows), max(cols)


def _outline(top, left, bottom, right):
  """The border cells of the rectangle [top, bottom] x [left, right] (empty if inverted)."""
  if top > bottom or left > right:
    return make_indices(())
  require(bottom - top < SIDE and right - left < SIDE, "rectangle larger than SIDE")
  cells = set()
  for i in range(top, bottom + 1):
    cells.add((i, left))
    cells.add((i, right))
  for j in range(left, right + 1):
    cells.add((top, j))
    cells.add((bottom, j))
  return make_indices(cells)


def _rows_by_col(cells, axis):
  """{line: sorted positions}: axis 0 groups by row (positions = columns)."""
  lines = {}
  for c in cells:
    lines.setdefault(c[axis], []).append(c[1 - axis])
  return {k: sorted(v) for k, v in lines.items()}


def _nearest_gap(sorted_cols, j):
  """min |j - c| over a sorted non-empty list."""
  k = bisect.bisect_left(sorted_cols, j)
  best = None
  for c in sorted_cols[max(k - 1, 0):k + 1]:
    d = abs(j - c)
    best = d if best is None else min(best, d)
  return best


def _min_distance(a, b):
  """min over cell pairs of |di| + |dj| (both non-empty): rows of b grouped."""
  ca, cb = cells_of(a), cells_of(b)
  require(bool(ca) and bool(cb), "empty patch")
  b_rows = _rows_by_col(cb, 0)
  best = None
  for i, j in ca:
    for r, cols in b_rows.items():
      dr = abs(i - r)
      if best is not None and dr >= best:
        continue
      d = dr + _nearest_gap(cols, j)
      best = d if best is None else min(best, d)
  return best


def _center(patch):
  top, left, bottom, right = _bbox(patch)
  return (top + bottom) // 2, (left + right) // 2


# --------------------------------------------------------------------------
# Moving a patch.


@primitive("shift", "(P: Patch, Point) -> P")
def shift(patch, offset):
  """The patch moved by offset (rows, columns)."""
  di, dj = offset
  if not patch:
    return patch
  if is_object(patch):
    return make_object((c, (i + di, j + dj)) for c, (i, j) in patch)
  return make_indices((i + di, j + dj) for i, j in patch)


@primitive("normalize", "(P: Patch) -> P")
def normalize(patch):
  """The patch moved so that its bbox's upper-left corner is (0, 0); empty stays empty."""
  if not patch:
    return patch
  top, left, _, _ = _bbox(patch)
  return shift(patch, (-top, -left))


@primitive("toindices", "(Patch) -> Indices")
def toindices(patch):
  """The cells of a patch, without colours."""
  return make_indices(cells_of(patch))


# --------------------------------------------------------------------------
# Extremes, corners and centres (undefined on the empty patch).


@primitive("uppermost", "(Patch) -> Integer")
def uppermost(patch):
  """The smallest row of the patch's cells; undefined if empty."""
  return make_int(_bbox(patch)[0])


@primitive("leftmost", "(Patch) -> Integer")
def leftmost(patch):
  """The smallest column of the patch's cells; undefined if empty."""
  return make_int(_bbox(patch)[1])


@primitive("lowermost", "(Patch) -> Integer")
def lowermost(patch):
  """The largest row of the patch's cells; undefined if empty."""
  return make_int(_bbox(patch)[2])


@primitive("rightmost", "(Patch) -> Integer")
def rightmost(patch):
  """The largest column of the patch's cells; undefined if empty."""
  return make_int(_bbox(patch)[3])


@primitive("ulcorner", "(Patch) -> Point")
def ulcorner(patch):
  """(uppermost, leftmost): the bbox's upper-left corner; undefined if empty."""
  top, left, _, _ = _bbox(patch)
  return make_point(top, left)


@primitive("urcorner", "(Patch) -> Point")
def urcorner(patch):
  """(uppermost, rightmost): the bbox's upper-right corner; undefined if empty."""
  top, _, _, right = _bbox(patch)
  return make_point(top, right)


@primitive("llcorner", "(Patch) -> Point")
def llcorner(patch):
  """(lowermost, leftmost): the bbox's lower-left corner; undefined if empty."""
  _, left, bottom, _ = _bbox(patch)
  return make_point(bottom, left)


@primitive("lrcorner", "(Patch) -> Point")
def lrcorner(patch):
  """(lowermost, rightmost): the bbox's lower-right corner; undefined if empty."""
  _, _, bottom, right = _bbox(patch)
  return make_point(bottom, right)


@primitive("center", "(Patch) -> Point")
def center(patch):
  """The bbox centre: (floor((top + bottom) / 2), floor((left + right) / 2)).

  For an even extent this is the upper / left of the two middle cells (note:
  the original ARC-DSL's top + height // 2 takes the lower / right one).
  Undefined if empty.
  """
  i, j = _center(patch)
  return make_point(i, j)


@primitive("centerofmass", "(Patch) -> Point")
def centerofmass(patch):
  """(floor(mean row), floor(mean column)) of the patch's cells; undefined if empty."""
  cells = cells_of(patch)
  require(bool(cells), "empty patch")
  n = len(cells)
  return make_point(sum(i for i, _ in cells) // n, sum(j for _, j in cells) // n)


# --------------------------------------------------------------------------
# Indices derived from the bbox (empty patch -> empty Indices).


@primitive("corners", "(Patch) -> Indices")
def corners(patch):
  """The (up to 4 distinct) corner cells of the bbox; empty patch -> empty."""
  if not patch:
    return make_indices(())
  top, left, bottom, right = _bbox(patch)
  return make_indices({(top, left), (top, right), (bottom, left), (bottom, right)})


@primitive("box", "(Patch) -> Indices")
def box(patch):
  """The outline (border cells) of the bbox; empty patch -> empty."""
  if not patch:
    return make_indices(())
  return _outline(*_bbox(patch))


@primitive("inbox", "(Patch) -> Indices")
def inbox(patch):
  """The outline of the bbox shrunk by one cell on every side:
  [top + 1, bottom - 1] x [left + 1, right - 1]; empty when that rectangle is
  empty (bbox height or width < 3) or the patch is empty.
  """
  if not patch:
    return make_indices(())
  top, left, bottom, right = _bbox(patch)
  return _outline(top + 1, left + 1, bottom - 1, right - 1)


@primitive("outbox", "(Patch) -> Indices")
def outbox(patch):
  """The outline of the bbox grown by one cell on every side:
  [top - 1, bottom + 1] x [left - 1, right + 1]. Undefined when that exceeds
  SIDE x SIDE (bbox height or width > SIDE - 2); empty patch -> empty.
  """
  if not patch:
    return make_indices(())
  top, left, bottom, right = _bbox(patch)
  return _outline(top - 1, left - 1, bottom + 1, right + 1)


@primitive("backdrop", "(Patch) -> Indices")
def backdrop(patch):
  """Every cell of the bbox; empty patch -> empty."""
  if not patch:
    return make_indices(())
  top, left, bottom, right = _bbox(patch)
  return make_indices((i, j) for i in range(top, bottom + 1) for j in range(left, right + 1))


@primitive("delta", "(Patch) -> Indices")
def delta(patch):
  """The bbox cells that are not cells of the patch; empty patch -> empty."""
  return make_indices(backdrop(patch) - cells_of(patch))


# --------------------------------------------------------------------------
# Indices built from points.


@primitive("connect", "(Point, Point) -> Indices")
def connect(a, b):
  """The straight segment from a to b, both ends included.

  Horizontal (same row), vertical (same column) or diagonal (|drow| == |dcol|);
  a == b gives the single cell. Points not aligned in one of these ways give
  the empty Indices. Undefined if the segment is longer than SIDE cells.
  """
  di, dj = b[0] - a[0], b[1] - a[1]
  if not (di == 0 or dj == 0 or abs(di) == abs(dj)):
    return make_indices(())
  n = max(abs(di), abs(dj))
  require(n < SIDE, "segment longer than SIDE")
  si = (di > 0) - (di < 0)
  sj = (dj > 0) - (dj < 0)
  return make_indices((a[0] + k * si, a[1] + k * sj) for k in range(n + 1))


@primitive("shoot", "(Point, Point) -> Indices")
def shoot(start, direction):
  """A ray clipped to the canvas: the cells start + k * direction, k = 0..SIDE-1,
  that lie inside the canvas [0, SIDE) x [0, SIDE).

  direction (0, 0) gives {start} (if start is on the canvas). A non-unit
  direction steps over cells (direction (0, 2) marks every other column). A
  start off the canvas contributes only the steps k < SIDE that land on it.
  """
  cells = set()
  for k in range(SIDE):
    i, j = start[0] + k * direction[0], start[1] + k * direction[1]
    if 0 <= i < SIDE and 0 <= j < SIDE:
      cells.add((i, j))
  return make_indices(cells)


@primitive("hfrontier", "(Point) -> Indices")
def hfrontier(location):
  """The row of the point across the whole canvas: {(row, j) : 0 <= j < SIDE}
  (the row itself may be anywhere; painting clips to the grid)."""
  return make_indices((location[0], j) for j in range(SIDE))


@primitive("vfrontier", "(Point) -> Indices")
def vfrontier(location):
  """The column of the point across the whole canvas: {(i, col) : 0 <= i < SIDE}."""
  return make_indices((i, location[1]) for i in range(SIDE))


_DNEIGHBORS = ((-1, 0), (1, 0), (0, -1), (0, 1))
_INEIGHBORS = ((-1, -1), (-1, 1), (1, -1), (1, 1))


@primitive("dneighbors", "(Point) -> Indices")
def dneighbors(location):
  """The 4 cells sharing an edge with the point (any coordinates, no clipping)."""
  i, j = location
  return make_indices((i + di, j + dj) for di, dj in _DNEIGHBORS)


@primitive("ineighbors", "(Point) -> Indices")
def ineighbors(location):
  """The 4 cells diagonal to the point (any coordinates, no clipping)."""
  i, j = location
  return make_indices((i + di, j + dj) for di, dj in _INEIGHBORS)


@primitive("neighbors", "(Point) -> Indices")
def neighbors(location):
  """The 8 cells around the point (any coordinates, no clipping)."""
  i, j = location
  return make_indices((i + di, j + dj) for di, dj in _DNEIGHBORS + _INEIGHBORS)


@primitive("initset", "(Point) -> Indices")
def initset(location):
  """The Indices holding just this cell."""
  return make_indices((tuple(location),))


@primitive("insertcell", "(Point, Indices) -> Indices")
def insertcell(location, indices):
  """The Indices with the cell added; undefined if the bbox then exceeds SIDE x SIDE."""
  return make_indices(indices | {tuple(location)})


@primitive("removecell", "(Point, Indices) -> Indices")
def removecell(location, indices):
  """The Indices without the cell (unchanged if absent)."""
  return make_indices(indices - {tuple(location)})


# --------------------------------------------------------------------------
# Predicates and relations.


@primitive("hline", "(Patch) -> Boolean")
def hline(patch):
  """Whether the patch is a gap-free horizontal line: one row, width == size.

  A single cell is both an hline and a vline; the empty patch is neither.
  """
  if not patch:
    return False
  top, left, bottom, right = _bbox(patch)
  return top == bottom and right - left + 1 == len(patch)


@primitive("vline", "(Patch) -> Boolean")
def vline(patch):
  """Whether the patch is a gap-free vertical line: one column, height == size."""
  if not patch:
    return False
  top, left, bottom, right = _bbox(patch)
  return left == right and bottom - top + 1 == len(patch)


@primitive("hmatching", "(Patch, Patch) -> Boolean")
def hmatching(a, b):
  """Whether some row holds a cell of each patch (False if either is empty)."""
  return bool({i for i, _ in cells_of(a)} & {i for i, _ in cells_of(b)})


@primitive("vmatching", "(Patch, Patch) -> Boolean")
def vmatching(a, b):
  """Whether some column holds a cell of each patch (False if either is empty)."""
  return bool({j for _, j in cells_of(a)} & {j for _, j in cells_of(b)})


@primitive("manhattan", "(Patch, Patch) -> Integer")
def manhattan(a, b):
  """The smallest |drow| + |dcol| over pairs of a cell of a and a cell of b
  (0 if they share a cell). Undefined if either is empty, or beyond INT_LIMIT.
  """
  return make_int(_min_distance(a, b))


@primitive("adjacent", "(Patch, Patch) -> Boolean")
def adjacent(a, b):
  """Whether manhattan(a, b) == 1 (some cells share an edge and none
  coincide); undefined if either is empty (no INT_LIMIT bound here)."""
  return _min_distance(a, b) == 1


@primitive("bordering", "(Patch, Grid) -> Boolean")
def bordering(patch, grid):
  """Whether the patch's bbox reaches a border line of the grid:
  uppermost == 0, leftmost == 0, lowermost == height - 1 or rightmost ==
  width - 1 (as in ARC-DSL: bbox extremes, cells off the grid included).
  Undefined for the empty patch.
  """
  top, left, bottom, right = _bbox(patch)
  return top == 0 or left == 0 or bottom == len(grid) - 1 or right == len(grid[0]) - 1


@primitive("position", "(Patch, Patch) -> Point")
def position(a, b):
  """Where b lies from a: (sign(ci_b - ci_a), sign(cj_b - cj_a)) over their
  `center`s, each component in {-1, 0, 1} ((0, 0) for equal centres).
  Undefined if either is empty.
  """
  ia, ja = _center(a)
  ib, jb = _center(b)
  return make_point((ib > ia) - (ib < ia), (jb > ja) - (jb < ja))


@primitive("gravitate", "(Patch, Patch) -> Point")
def gravitate(source, destination):
  """The offset that moves source toward destination until they are adjacent.

  The step is vertical when the patches share a column (vmatching): (1, 0)
  if center(source)'s row < center(destination)'s row, else (-1, 0);
  otherwise horizontal: (0, 1) if center(source)'s column < destination's,
  else (0, -1). The result is k * step for the smallest k in
  0..GRAVITATE_STEPS (= SIDE) such that shift(source, k * step) is adjacent
  to destination; undefined if there is none (e.g. overlapping patches, or no
  shared row / column and a row gap > 1) or either patch is empty.
  """
  si, sj = _center(source)
  di, dj = _center(destination)
  if vmatching(source, destination):
    step = (1 if si < di else -1, 0)
  else:
    step = (0, 1 if sj < dj else -1)
  cells = cells_of(source)
  for k in range(GRAVITATE_STEPS + 1):
    moved = frozenset((i + k * step[0], j + k * step[1]) for i, j in cells)
    if _min_distance(moved, destination) == 1:
      return make_point(k * step[0], k * step[1])
  require(False, "never adjacent")


def _aligned_pair(k):
  """Parity hint: pairs of points, mostly aligned, some too far apart."""
  base = ((k * 7) % 40 - 5, (k * 11) % 40 - 5)
  n = (k * 5) % 36
  d = ((0, 1), (1, 0), (1, 1), (1, -1), (0, -1), (-1, 0), (-1, -1), (-1, 1), (2, 3))[k % 9]
  return base, (base[0] + n * d[0], base[1] + n * d[1])


PARITY_HINTS = {
    "connect": {0: lambda k: _aligned_pair(k)[0], 1: lambda k: _aligned_pair(k)[1]},
    "shoot": {0: lambda k: ((k * 7) % 36 - 3, (k * 13) % 36 - 3),
              1: lambda k: ((0, 1), (1, 0), (1, 1), (1, -1), (0, -1), (-1, 0),
                            (-1, -1), (-1, 1), (0, 0), (2, 3), (-3, 1))[k % 11]},
    "hfrontier": {0: lambda k: ((k * 7) % 40 - 5, (k * 3) % 40 - 5)},
    "vfrontier": {0: lambda k: ((k * 7) % 40 - 5, (k * 3) % 40 - 5)},
    "initset": {0: lambda k: ((k * 7) % 40 - 5, (k * 3) % 40 - 5)},
    "insertcell": {0: lambda k: ((k * 7) % 64 - 17, (k * 13) % 64 - 17)},
    "removecell": {0: lambda k: ((k * 7) % 30, (k * 13) % 30)},
}
