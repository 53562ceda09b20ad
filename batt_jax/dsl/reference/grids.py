"""Reference: grid geometry.

Conventions shared by this family:
* A grid has height h (rows) and width w (columns); "point" arguments are
  (row, column) pairs and "dims" are (height, width).
* A patch's bounding box is (top, left) .. (bottom, right), inclusive. Patch
  transforms act WITHIN that box: the result's bounding box keeps the same
  top-left corner (mirrors keep the whole box; dmirror/cmirror swap its height
  and width, upscale multiplies them). Colours of an Object travel with their
  cells. The empty patch maps to itself.
* Integer factors and counts below 1 are undefined, and so is every result a
  Grid (1..30 x 1..30) or a patch (bounding box <= 30 x 30) cannot hold.
"""

import numpy as np

from batt_jax.dsl import capacity
from batt_jax.dsl.reference.core import (cells_of, is_object, make_grid, make_grid_tuple,
                                         make_indices, make_int, make_object, make_point,
                                         require)
from batt_jax.dsl.registry import primitive

S = capacity.SIDE


def _hw(grid):
  return len(grid), len(grid[0])


def _is_grid(piece) -> bool:
  return isinstance(piece, tuple)


def _patch_box(patch):
  """(top, left, bottom, right) of a non-empty patch."""
  cells = cells_of(patch)
  rows = [i for i, _ in cells]
  cols = [j for _, j in cells]
  return min(rows), min(cols), max(rows), max(cols)


def _map_patch(patch, move):
  """The patch with every cell (i, j) moved to move(i, j, box); colours follow."""
  if not patch:
    return patch
  box = _patch_box(patch)
  if is_object(patch):
    return make_object((c, move(i, j, box)) for c, (i, j) in patch)
  return make_indices(move(i, j, box) for i, j in patch)


def _dims(piece):
  """(height, width) of a grid or of a non-empty patch's bounding box."""
  if _is_grid(piece):
    return _hw(piece)
  require(bool(piece), "empty patch has no shape")
  top, left, bottom, right = _patch_box(piece)
  return bottom - top + 1, right - left + 1


# --------------------------------------------------------------------------
# Rotations and mirrors.


@primitive("rot90", "(Grid) -> Grid")
def rot90(grid):
  """The grid rotated a quarter turn clockwise."""
  return make_grid(zip(*grid[::-1]))


@primitive("rot180", "(Grid) -> Grid")
def rot180(grid):
  """The grid rotated a half turn: out[i][j] = in[h-1-i][w-1-j]."""
  return make_grid(row[::-1] for row in grid[::-1])


@primitive("rot270", "(Grid) -> Grid")
def rot270(grid):
  """The grid rotated a quarter turn counter-clockwise: out[i][j] = in[j][w-1-i] (w x h)."""
  return make_grid(zip(*(row[::-1] for row in grid)))


@primitive("hmirror", "(P: Piece) -> P")
def hmirror(piece):
  """Flipped top-bottom (about a horizontal axis).

  Grid: out[i][j] = in[h-1-i][j]. Patch: (i, j) -> (top + bottom - i, j), so the
  bounding box stays where it is. Empty patch: itself.
  """
  if _is_grid(piece):
    return make_grid(piece[::-1])
  return _map_patch(piece, lambda i, j, b: (b[0] + b[2] - i, j))


@primitive("vmirror", "(P: Piece) -> P")
def vmirror(piece):
  """Flipped left-right (about a vertical axis).

  Grid: out[i][j] = in[i][w-1-j]. Patch: (i, j) -> (i, left + right - j), so the
  bounding box stays where it is. Empty patch: itself.
  """
  if _is_grid(piece):
    return make_grid(row[::-1] for row in piece)
  return _map_patch(piece, lambda i, j, b: (i, b[1] + b[3] - j))


@primitive("dmirror", "(P: Piece) -> P")
def dmirror(piece):
  """Mirrored about the main diagonal (transposed).

  Grid: out[i][j] = in[j][i], shape w x h. Patch: transposed about its bounding
  box's top-left corner, (i, j) -> (top + (j - left), left + (i - top)): the
  box keeps its top-left corner and swaps height and width. Empty patch: itself.
  """
  if _is_grid(piece):
    return make_grid(zip(*piece))
  return _map_patch(piece, lambda i, j, b: (b[0] + (j - b[1]), b[1] + (i - b[0])))


@primitive("cmirror", "(P: Piece) -> P")
def cmirror(piece):
  """Mirrored about the anti-diagonal (anti-transposed).

  Grid: out[i][j] = in[h-1-j][w-1-i], shape w x h. Patch: anti-transposed within
  its bounding box, re-anchored at the box's top-left corner,
  (i, j) -> (top + (right - j), left + (bottom - i)): the box keeps its top-left
  corner and swaps height and width (= vmirror(dmirror(vmirror(patch)))).
  Empty patch: itself.
  """
  if _is_grid(piece):
    h, w = _hw(piece)
    return make_grid([[piece[h - 1 - j][w - 1 - i] for j in range(h)] for i in range(w)])
  return _map_patch(piece, lambda i, j, b: (b[0] + (b[3] - j), b[1] + (b[2] - i)))


# --------------------------------------------------------------------------
# Cropping, splitting, concatenation.


@primitive("crop", "(Grid, Point, Point) -> Grid")
def crop(grid, start, dims):
  """The sub-grid whose top-left cell is `start` (row, col) and whose size is
  `dims` (height, width), clipped to the grid: min(dh, h - si) x min(dw, w - sj).

  Undefined if `start` is outside the grid or either dimension is < 1.
  """
  h, w = _hw(grid)
  (si, sj), (dh, dw) = start, dims
  require(0 <= si < h and 0 <= sj < w, "start outside the grid")
  require(dh >= 1 and dw >= 1, "empty crop")
  return make_grid(row[sj:sj + dw] for row in grid[si:si + dh])


def _split_layout(length: int, n: int):
  """(part length, stride) of splitting `length` cells into n equal parts."""
  require(1 <= n <= capacity.MAX_GRIDS, "split count out of range")
  part = length // n
  require(part >= 1, "split parts would be empty")
  rest = length - n * part
  if rest == 0:
    return part, part
  require(rest == n - 1, "split leaves cells that are not separators")
  return part, part + 1


@primitive("hsplit", "(Grid, Integer) -> GridTuple")
def hsplit(grid, n):
  """The grid cut into n parts of equal width, left to right (each h x w//n).

  With p = w // n and r = w - n*p: if r == 0 the parts tile the grid; if
  r == n - 1 (n >= 2), the parts are separated by 1-column separators, which
  are dropped (part k starts at column k*(p+1)). Undefined otherwise, and for
  n < 1, n > MAX_GRIDS or p == 0.
  """
  h, w = _hw(grid)
  part, stride = _split_layout(w, n)
  return make_grid_tuple(tuple(row[k * stride:k * stride + part] for row in grid)
                         for k in range(n))


@primitive("vsplit", "(Grid, Integer) -> GridTuple")
def vsplit(grid, n):
  """The grid cut into n parts of equal height, top to bottom (each h//n x w).

  With p = h // n and r = h - n*p: if r == 0 the parts tile the grid; if
  r == n - 1 (n >= 2), the parts are separated by 1-row separators, which are
  dropped (part k starts at row k*(p+1)). Undefined otherwise, and for n < 1,
  n > MAX_GRIDS or p == 0.
  """
  h, w = _hw(grid)
  part, stride = _split_layout(h, n)
  return make_grid_tuple(grid[k * stride:k * stride + part] for k in range(n))


@primitive("hconcat", "(Grid, Grid) -> Grid")
def hconcat(a, b):
  """a and b side by side (a on the left). Undefined unless their heights are
  equal and the total width is <= 30."""
  require(len(a) == len(b), "heights differ")
  return make_grid(ra + rb for ra, rb in zip(a, b))


@primitive("vconcat", "(Grid, Grid) -> Grid")
def vconcat(a, b):
  """a above b. Undefined unless their widths are equal and the total height
  is <= 30."""
  require(len(a[0]) == len(b[0]), "widths differ")
  return make_grid(a + b)


@primitive("tophalf", "(Grid) -> Grid")
def tophalf(grid):
  """The first h//2 rows (the middle row of an odd height is left out).
  Undefined for h == 1."""
  return make_grid(grid[:len(grid) // 2])


@primitive("bottomhalf", "(Grid) -> Grid")
def bottomhalf(grid):
  """The last h//2 rows (the middle row of an odd height is left out).
  Undefined for h == 1."""
  h = len(grid)
  return make_grid(grid[h - h // 2:])


@primitive("lefthalf", "(Grid) -> Grid")
def lefthalf(grid):
  """The first w//2 columns (the middle column of an odd width is left out).
  Undefined for w == 1."""
  w = len(grid[0])
  return make_grid(row[:w // 2] for row in grid)


@primitive("righthalf", "(Grid) -> Grid")
def righthalf(grid):
  """The last w//2 columns (the middle column of an odd width is left out).
  Undefined for w == 1."""
  w = len(grid[0])
  return make_grid(row[w - w // 2:] for row in grid)


@primitive("trim", "(Grid) -> Grid")
def trim(grid):
  """The grid without its outermost rows and columns ((h-2) x (w-2)).
  Undefined unless h >= 3 and w >= 3."""
  return make_grid(row[1:-1] for row in grid[1:-1])


@primitive("compress", "(Grid) -> Grid")
def compress(grid):
  """The grid without the rows, and without the columns, that hold a single
  colour (both judged on the input grid). Undefined if no row or no column
  remains."""
  h, w = _hw(grid)
  rows = [i for i in range(h) if len(set(grid[i])) > 1]
  cols = [j for j in range(w) if len({grid[i][j] for i in range(h)}) > 1]
  return make_grid([[grid[i][j] for j in cols] for i in rows])


@primitive("subgrid", "(Patch, Grid) -> Grid")
def subgrid(patch, grid):
  """The part of the grid inside the patch's bounding box (the box clipped to
  the grid). Undefined for the empty patch and when the box and the grid do
  not overlap."""
  require(bool(patch), "empty patch")
  top, left, bottom, right = _patch_box(patch)
  h, w = _hw(grid)
  top, left = max(top, 0), max(left, 0)
  bottom, right = min(bottom, h - 1), min(right, w - 1)
  require(top <= bottom and left <= right, "bounding box outside the grid")
  return make_grid(row[left:right + 1] for row in grid[top:bottom + 1])


# --------------------------------------------------------------------------
# Scaling.


def _require_factor(factor):
  require(factor >= 1, "scale factor < 1")


@primitive("upscale", "(P: Piece, Integer) -> P")
def upscale(piece, factor):
  """Every cell blown up to a factor x factor block.

  Grid: out[i][j] = in[i // f][j // f], shape (h*f) x (w*f). Patch: scaled about
  its bounding box's top-left corner: cell (top + a, left + b) becomes the
  cells (top + a*f + x, left + b*f + y), 0 <= x, y < f (an Object's colour
  copied); the empty patch stays empty. Undefined for factor < 1 and when the
  result (grid, or patch bounding box) exceeds 30 x 30.
  """
  _require_factor(factor)
  if _is_grid(piece):
    h, w = _hw(piece)
    require(h * factor <= S and w * factor <= S, "upscaled grid too large")
    return make_grid([[row[j // factor] for j in range(w * factor)]
                      for row in piece for _ in range(factor)])
  if not piece:
    return piece
  h, w = _dims(piece)
  require(h * factor <= S and w * factor <= S, "upscaled patch too large")
  top, left, _, _ = _patch_box(piece)
  block = [(x, y) for x in range(factor) for y in range(factor)]

  def scaled(i, j):
    return [(top + (i - top) * factor + x, left + (j - left) * factor + y) for x, y in block]

  if is_object(piece):
    return make_object((c, loc) for c, (i, j) in piece for loc in scaled(i, j))
  return make_indices(loc for i, j in piece for loc in scaled(i, j))


@primitive("hupscale", "(Grid, Integer) -> Grid")
def hupscale(grid, factor):
  """Every column repeated `factor` times: out[i][j] = in[i][j // f], width w*f.
  Undefined for factor < 1 or a width over 30."""
  _require_factor(factor)
  w = len(grid[0])
  require(w * factor <= S, "upscaled grid too wide")
  return make_grid([row[j // factor] for j in range(w * factor)] for row in grid)


@primitive("vupscale", "(Grid, Integer) -> Grid")
def vupscale(grid, factor):
  """Every row repeated `factor` times: out[i][j] = in[i // f][j], height h*f.
  Undefined for factor < 1 or a height over 30."""
  _require_factor(factor)
  h = len(grid)
  require(h * factor <= S, "upscaled grid too tall")
  return make_grid(grid[i // factor] for i in range(h * factor))


@primitive("downscale", "(Grid, Integer) -> Grid")
def downscale(grid, factor):
  """Every f-th row and column, starting at 0: out[i][j] = in[i*f][j*f], shape
  ceil(h/f) x ceil(w/f). Undefined for factor < 1."""
  _require_factor(factor)
  return make_grid(row[::factor] for row in grid[::factor])


@primitive("repeatgrid", "(Grid, Point) -> Grid")
def repeatgrid(grid, counts):
  """The grid tiled counts = (a, b) times: a copies stacked, b side by side;
  out[i][j] = in[i % h][j % w], shape (a*h) x (b*w). Undefined unless a, b >= 1
  and the result fits 30 x 30."""
  a, b = counts
  h, w = _hw(grid)
  require(a >= 1 and b >= 1, "repeat count < 1")
  require(a * h <= S and b * w <= S, "repeated grid too large")
  return make_grid([row * b for _ in range(a) for row in grid])


# --------------------------------------------------------------------------
# Construction and comparison.


@primitive("canvas", "(Integer, Point) -> Grid")
def canvas(color, dims):
  """A grid of the given (height, width) filled with `color`. Undefined unless
  0 <= color <= 9 and 1 <= height, width <= 30."""
  require(0 <= color < capacity.NUM_COLORS, "not a colour")
  h, w = dims
  require(1 <= h <= S and 1 <= w <= S, "canvas size out of range")
  return make_grid([[color] * w for _ in range(h)])


@primitive("cellwise", "(Grid, Grid, Integer) -> Grid")
def cellwise(a, b, fallback):
  """Cell by cell: a's cell where a and b agree, else `fallback`. Undefined
  unless a and b have the same shape and 0 <= fallback <= 9."""
  require(_hw(a) == _hw(b), "shapes differ")
  require(0 <= fallback < capacity.NUM_COLORS, "not a colour")
  return make_grid([x if x == y else fallback for x, y in zip(ra, rb)]
                   for ra, rb in zip(a, b))


# --------------------------------------------------------------------------
# Measures.


@primitive("shape", "(Piece) -> Point")
def shape(piece):
  """(height, width) of a grid, or of a patch's bounding box. Undefined for the
  empty patch."""
  return make_point(*_dims(piece))


@primitive("height", "(Piece) -> Integer")
def height(piece):
  """Number of rows of a grid, or of a patch's bounding box (bottom - top + 1).
  Undefined for the empty patch."""
  return make_int(_dims(piece)[0])


@primitive("width", "(Piece) -> Integer")
def width(piece):
  """Number of columns of a grid, or of a patch's bounding box (right - left + 1).
  Undefined for the empty patch."""
  return make_int(_dims(piece)[1])


@primitive("portrait", "(Piece) -> Boolean")
def portrait(piece):
  """Whether height > width (a patch: of its bounding box). Undefined for the
  empty patch."""
  h, w = _dims(piece)
  return h > w


@primitive("square", "(Piece) -> Boolean")
def square(piece):
  """Whether height == width (a patch: of its bounding box; the patch need not
  fill the box). Undefined for the empty patch."""
  h, w = _dims(piece)
  return h == w


def _period(lines, length):
  for p in range(1, length + 1):
    if all(line[j] == line[j + p] for line in lines for j in range(length - p)):
      return p
  return length


@primitive("hperiod", "(Grid) -> Integer")
def hperiod(grid):
  """The smallest p >= 1 such that every row repeats with period p
  (in[i][j] == in[i][j+p] wherever j + p < w); w when nothing shorter works."""
  return make_int(_period(grid, len(grid[0])))


@primitive("vperiod", "(Grid) -> Integer")
def vperiod(grid):
  """The smallest p >= 1 such that every column repeats with period p
  (in[i][j] == in[i+p][j] wherever i + p < h); h when nothing shorter works."""
  return make_int(_period(tuple(zip(*grid)), len(grid)))


# --------------------------------------------------------------------------
# Parity hints: arguments whose meaningful range the generic pools miss.


def _factor(k):
  return (1, 2, 3, 4, 2, 3, 1, 5, 0, -1)[k % 10]


def _count(k):
  return (1, 2, 3, 4, 2, 3, 5, 2, 0, 17, 30, 6)[k % 12]


def _synthetic_grid(k, h, w, salt):
  """A deterministic random grid (few colours, so that cells often agree)."""
  rng = np.random.RandomState((k * 7919 + salt) % (2**31))
  return tuple(tuple(int(v) for v in row) for row in rng.randint(0, 3, (h, w)))


def _pair_hw(k):
  return 1 + (k * 7) % 30, 1 + (k * 11) % 17


def _cellwise_a(k):
  return _synthetic_grid(k, *_pair_hw(k), 1)


def _cellwise_b(k):
  h, w = _pair_hw(k)
  if k % 9 == 4:  # shapes differ: undefined
    w = w % 30 + 1
  return _synthetic_grid(k, h, w, 2)


def _concat_a(k):
  h, w = _pair_hw(k)
  return _synthetic_grid(k, h, w, 3)


def _concat_b(k, vertical):
  h, w = _pair_hw(k)
  other = 1 + (k * 13) % 16
  if k % 9 == 4:  # the matching side differs: undefined
    h, w = h % 30 + 1, w % 30 + 1
  return _synthetic_grid(k, other if vertical else h, w if vertical else other, 4)


PARITY_HINTS = {
    "crop": {
        1: lambda k: ((-1, 0) if k % 17 == 5 else ((k * 5) % 8, (k * 3) % 7)),
        2: lambda k: ((0, 2) if k % 13 == 6 else (1 + (k * 7) % 9, 1 + (k * 13) % 10)),
    },
    "hsplit": {1: _count},
    "vsplit": {1: _count},
    "upscale": {1: _factor},
    "hupscale": {1: _factor},
    "vupscale": {1: _factor},
    "downscale": {1: _factor},
    "repeatgrid": {1: lambda k: (_factor(k), _factor(k // 10 + 3))},
    "canvas": {
        0: lambda k: (k % 10) if k % 11 else (10, -1)[k % 2],
        1: lambda k: ((0, 3) if k % 13 == 7 else (31, 2) if k % 13 == 8 else
                      (1 + (k * 7) % 30, 1 + (k * 11) % 30)),
    },
    "cellwise": {0: _cellwise_a, 1: _cellwise_b,
                 2: lambda k: (k % 10) if k % 11 else (10, -1)[k % 2]},
    "hconcat": {0: _concat_a, 1: lambda k: _concat_b(k, False)},
    "vconcat": {0: _concat_a, 1: lambda k: _concat_b(k, True)},
}
