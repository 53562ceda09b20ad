"""Reference: colours of grids and patches; painting, filling, recolouring.

Conventions of this family:
* A colour passed as an argument must be 0..9, else the call is undefined.
* Indices carry no colours: a colour query on non-empty Indices is undefined;
  the empty patch (an empty Object and empty Indices are the same value) has
  no colours at all.
* Painting and filling never grow a grid: patch cells outside it are ignored.
"""

from collections import Counter

from batt_jax.dsl import capacity
from batt_jax.dsl.reference.core import (cells_of, is_object, make_grid, make_indices,
                                         make_int, make_int_set, make_object,
                                         make_patch_set, ordered, require)
from batt_jax.dsl.registry import primitive


def color_counts(element) -> Counter:
  """Colour -> number of cells, for a Grid or an Object."""
  if isinstance(element, tuple):
    return Counter(v for row in element for v in row)
  require(not element or is_object(element), "colour of Indices")
  return Counter(c for c, _ in element)


def require_color(c) -> int:
  """A colour argument: undefined unless 0 <= c <= 9."""
  require(isinstance(c, int) and 0 <= c < capacity.NUM_COLORS, "not a colour")
  return c


def _shape(grid):
  return len(grid), len(grid[0])


def _inside(grid, i, j) -> bool:
  h, w = _shape(grid)
  return 0 <= i < h and 0 <= j < w


def _set_cells(grid, values) -> tuple:
  """The grid with cells (i, j) -> colour of `values` that lie inside it changed."""
  rows = [list(r) for r in grid]
  for (i, j), c in values.items():
    if _inside(grid, i, j):
      rows[i][j] = c
  return make_grid(rows)


@primitive("mostcolor", "(G: Piece) -> Integer")
def mostcolor(element):
  """The most common colour of a grid or object; ties go to the smallest colour.

  Undefined for an empty object and for Indices (no colours).
  """
  counts = color_counts(element)
  require(bool(counts), "no colours")
  return min(counts, key=lambda c: (-counts[c], c))


@primitive("leastcolor", "(G: Piece) -> Integer")
def leastcolor(element):
  """The least common colour present in a grid or object; ties go to the smallest colour.

  Colours absent from the piece are not candidates. Undefined for an empty
  object and for Indices (no colours).
  """
  counts = color_counts(element)
  require(bool(counts), "no colours")
  return min(counts, key=lambda c: (counts[c], c))


@primitive("palette", "(G: Piece) -> IntegerSet")
def palette(element):
  """The set of colours of a grid or object (Indices: undefined)."""
  return make_int_set(color_counts(element))


@primitive("colorcount", "(Piece, Integer) -> Integer")
def colorcount(element, value):
  """Number of cells of colour `value` in a grid or object (0 if absent).

  Undefined unless `value` is 0..9, and for non-empty Indices (no colours);
  the empty patch counts 0.
  """
  require_color(value)
  return make_int(color_counts(element)[value])


@primitive("numcolors", "(Piece) -> Integer")
def numcolors(element):
  """Number of distinct colours of a grid or object (0 for the empty patch).

  Undefined for non-empty Indices (no colours).
  """
  return make_int(len(color_counts(element)))


@primitive("color", "(Object) -> Integer")
def color(obj):
  """The colour of a single-coloured object.

  Undefined for the empty object and for an object of two or more colours.
  """
  colors = {c for c, _ in obj}
  require(len(colors) == 1, "not a single-coloured object")
  return next(iter(colors))


@primitive("ofcolor", "(Grid, Integer) -> Indices")
def ofcolor(grid, value):
  """The cells of the grid holding colour `value` (possibly none).

  Undefined unless `value` is 0..9.
  """
  require_color(value)
  return make_indices((i, j) for i, row in enumerate(grid)
                      for j, c in enumerate(row) if c == value)


@primitive("replace", "(Grid, Integer, Integer) -> Grid")
def replace(grid, old, new):
  """The grid with every cell of colour `old` set to `new`.

  Undefined unless both colours are 0..9.
  """
  require_color(old)
  require_color(new)
  return make_grid(tuple(new if c == old else c for c in row) for row in grid)


@primitive("switch", "(Grid, Integer, Integer) -> Grid")
def switch(grid, a, b):
  """The grid with colours `a` and `b` swapped (a == b: unchanged).

  Undefined unless both colours are 0..9.
  """
  require_color(a)
  require_color(b)
  swap = {a: b, b: a}
  return make_grid(tuple(swap.get(c, c) for c in row) for row in grid)


def color_ranks(grid) -> list:
  """rank[c] for c = 0..9: the position of colour c in the grid's colour order.

  The order lists first the colours present in the grid, by count descending,
  ties by colour ascending; then the absent colours, ascending. The ranks are
  a permutation of 0..9.
  """
  counts = color_counts(grid)
  order = sorted(range(capacity.NUM_COLORS), key=lambda c: (counts[c] == 0, -counts[c], c))
  rank = [0] * capacity.NUM_COLORS
  for r, c in enumerate(order):
    rank[c] = r
  return rank


@primitive("rankcolors", "(Grid) -> Grid")
def rankcolors(grid):
  """The grid with every cell of colour c replaced by c's rank (same shape).

  Ranks: colours present in the grid first, by cell count descending, ties
  by colour ascending (the most common colour gets 0); then the absent
  colours in ascending order. E.g. ((5, 5, 3), (5, 1, 1)) -> order 5, 1, 3,
  0, 2, 4, 6, 7, 8, 9 -> ((0, 0, 2), (0, 1, 1)). Always defined.
  """
  rank = color_ranks(grid)
  return make_grid(tuple(rank[c] for c in row) for row in grid)


@primitive("unrankcolors", "(Grid, Grid) -> Grid")
def unrankcolors(grid, ref):
  """The grid with every cell v replaced by the colour of rank v in `ref`.

  The ranks are those of `rankcolors(ref)` (count descending, ties by colour
  ascending, then the absent colours ascending), a permutation of 0..9, so
  this inverts it: `unrankcolors(rankcolors(I), I) == I`. Same shape as
  `grid`; always defined.
  """
  rank = color_ranks(ref)
  colour_of = {r: c for c, r in enumerate(rank)}
  return make_grid(tuple(colour_of[v] for v in row) for row in grid)


@primitive("fill", "(Grid, Integer, Patch) -> Grid")
def fill(grid, value, patch):
  """The grid with the patch's cells that lie inside it set to `value`.

  An Object's own colours are ignored. Patch cells outside the grid are
  dropped. Undefined unless `value` is 0..9.
  """
  require_color(value)
  return _set_cells(grid, {loc: value for loc in cells_of(patch)})


@primitive("underfill", "(Grid, Integer, Patch) -> Grid")
def underfill(grid, value, patch):
  """Like `fill`, but only cells holding the grid's `mostcolor` change.

  Undefined unless `value` is 0..9.
  """
  require_color(value)
  bg = mostcolor(grid)
  return _set_cells(grid, {(i, j): value for i, j in cells_of(patch)
                           if _inside(grid, i, j) and grid[i][j] == bg})


@primitive("paint", "(Grid, Object) -> Grid")
def paint(grid, obj):
  """The grid with the object's colours written on its cells that lie inside it.

  Object cells outside the grid are dropped.
  """
  return _set_cells(grid, {loc: c for c, loc in obj})


@primitive("underpaint", "(Grid, Object) -> Grid")
def underpaint(grid, obj):
  """Like `paint`, but only cells holding the grid's `mostcolor` change."""
  bg = mostcolor(grid)
  return _set_cells(grid, {(i, j): c for c, (i, j) in obj
                           if _inside(grid, i, j) and grid[i][j] == bg})


@primitive("cover", "(Grid, Patch) -> Grid")
def cover(grid, patch):
  """The grid with the patch's cells inside it set to the grid's `mostcolor`."""
  return fill(grid, mostcolor(grid), patch)


@primitive("recolor", "(Integer, Patch) -> Object")
def recolor(value, patch):
  """The object with the patch's cells, all of colour `value` (empty stays empty).

  Undefined unless `value` is 0..9.
  """
  require_color(value)
  return make_object((value, loc) for loc in cells_of(patch))


@primitive("toobject", "(Patch, Grid) -> Object")
def toobject(patch, grid):
  """The object of the grid's colours at the patch's cells that lie inside the grid.

  Patch cells outside the grid are dropped (the result may be empty); an
  Object's own colours are ignored.
  """
  return make_object((grid[i][j], (i, j)) for i, j in cells_of(patch)
                     if _inside(grid, i, j))


@primitive("asobject", "(Grid) -> Object")
def asobject(grid):
  """The whole grid as an object: every cell with its colour."""
  return make_object((c, (i, j)) for i, row in enumerate(grid) for j, c in enumerate(row))


@primitive("asindices", "(Grid) -> Indices")
def asindices(grid):
  """Every cell (i, j) of the grid."""
  h, w = _shape(grid)
  return make_indices((i, j) for i in range(h) for j in range(w))


@primitive("index", "(Grid, Point) -> Integer")
def index(grid, loc):
  """The colour of the grid at `loc`; undefined outside the grid."""
  i, j = loc
  require(_inside(grid, i, j), "outside the grid")
  return grid[i][j]


@primitive("colorfilter", "(Objects, Integer) -> Objects")
def colorfilter(objs, value):
  """The objects whose `color` is `value`.

  Empty and multi-coloured objects never match (they have no `color`).
  Undefined unless `value` is 0..9.
  """
  require_color(value)
  return make_patch_set(o for o in ordered(objs)
                        if o and {c for c, _ in o} == {value})


def _colour_hint(offset):
  """Colour arguments for the parity sweep: -1..10, i.e. every colour and two non-colours."""
  return lambda k: (k * 5 + offset) % 12 - 1


PARITY_HINTS = {
    "colorcount": {1: _colour_hint(0)},
    "ofcolor": {1: _colour_hint(1)},
    "replace": {1: _colour_hint(2), 2: _colour_hint(7)},
    "switch": {1: _colour_hint(3), 2: _colour_hint(6)},
    "fill": {1: _colour_hint(4)},
    "underfill": {1: _colour_hint(5)},
    "recolor": {0: _colour_hint(6)},
    "colorfilter": {1: _colour_hint(1)},
    "index": {1: lambda k: ((k * 7) % 13 - 1, (k * 11) % 17 - 1)},
}
