"""JAX: grid geometry.

Most transforms are one gather: out[a, b] = in[src_r(a, b), src_c(a, b)] with
index arithmetic on the padded [S, S] frame, then `core.make_grid` zeroes the
cells outside the new height x width and checks it. Patch transforms gather the
normalised mask (and colours) the same way; their results are canonical by
construction (the bounding box keeps its top-left corner at the frame's), so
the origin is kept and no renormalisation is needed.
"""

import jax.numpy as jnp

from batt_jax.dsl import capacity
from batt_jax.dsl.encoding import CELL_DTYPE, Grid, Indices, Object
from batt_jax.dsl.jax import core
from batt_jax.dsl.registry import implements

S = core.S
G = core.G
ROWS, COLS = core.ROWS, core.COLS
_LAST = S - 1


def _gather(x, rows, cols):
  """x[rows, cols] with indices clipped to the frame (callers mask the rest)."""
  return x[jnp.clip(rows, 0, _LAST), jnp.clip(cols, 0, _LAST)]


def _grid_from(grid, rows, cols, hw, valid=core.TRUE):
  return core.make_grid(_gather(grid.cells, rows, cols), hw, valid)


def _patch_extent(patch):
  """(height, width, nonempty) of a patch's bounding box (0, 0 when empty)."""
  _, _, bottom, right, nonempty = core.rows_bbox(patch.rows)
  h = jnp.where(nonempty, bottom + 1, 0)
  w = jnp.where(nonempty, right + 1, 0)
  return h, w, nonempty


def _patch_from(patch, rows, cols, inside, valid=core.TRUE):
  """A patch of the same kind, mask (and colours) gathered, origin kept."""
  mask = _gather(core.patch_mask(patch), rows, cols) & inside
  valid = jnp.asarray(valid, bool)
  words = core.pack_rows(mask)
  if isinstance(patch, Object):
    colors = _gather(core.plane_colors(patch.planes), rows, cols)
    return Object(rows=words, planes=core.color_planes(colors, words), origin=patch.origin,
                  valid=valid)
  return Indices(rows=words, origin=patch.origin, valid=valid)


def _dims(piece):
  """(height, width, defined) of a grid or a patch's bounding box."""
  if isinstance(piece, Grid):
    return piece.hw[0], piece.hw[1], core.TRUE
  return _patch_extent(piece)


# --------------------------------------------------------------------------
# Rotations and mirrors.


@implements("rot90")
def rot90(grid):
  h, w = grid.hw[0], grid.hw[1]
  # out[i, j] = in[h - 1 - j, i]: the rotation of a padded grid is a gather.
  src_r = h - 1 - core.COLS
  src_c = core.ROWS
  cells = grid.cells[jnp.clip(src_r, 0, core.S - 1), jnp.clip(src_c, 0, core.S - 1)]
  return core.make_grid(cells, jnp.stack([w, h]))


@implements("rot180")
def rot180(grid):
  h, w = grid.hw[0], grid.hw[1]
  return _grid_from(grid, h - 1 - ROWS, w - 1 - COLS, grid.hw)


@implements("rot270")
def rot270(grid):
  h, w = grid.hw[0], grid.hw[1]
  return _grid_from(grid, COLS, w - 1 - ROWS, jnp.stack([w, h]))


@implements("hmirror")
def hmirror(piece):
  if isinstance(piece, Grid):
    return _grid_from(piece, piece.hw[0] - 1 - ROWS, COLS, piece.hw)
  h, _, _ = _patch_extent(piece)
  return _patch_from(piece, h - 1 - ROWS, COLS, ROWS < h)


@implements("vmirror")
def vmirror(piece):
  if isinstance(piece, Grid):
    return _grid_from(piece, ROWS, piece.hw[1] - 1 - COLS, piece.hw)
  _, w, _ = _patch_extent(piece)
  return _patch_from(piece, ROWS, w - 1 - COLS, COLS < w)


@implements("dmirror")
def dmirror(piece):
  if isinstance(piece, Grid):
    return core.make_grid(piece.cells.T, piece.hw[::-1])
  rows = core.pack_rows(core.patch_mask(piece).T)
  if isinstance(piece, Object):
    planes = core.pack_rows(jnp.swapaxes(core.unpack_rows(piece.planes), -1, -2))
    return piece.replace(rows=rows, planes=planes)
  return piece.replace(rows=rows)


@implements("cmirror")
def cmirror(piece):
  if isinstance(piece, Grid):
    h, w = piece.hw[0], piece.hw[1]
    return _grid_from(piece, h - 1 - COLS, w - 1 - ROWS, piece.hw[::-1])
  h, w, _ = _patch_extent(piece)
  return _patch_from(piece, h - 1 - COLS, w - 1 - ROWS, (ROWS < w) & (COLS < h))


# --------------------------------------------------------------------------
# Cropping, splitting, concatenation.


@implements("crop")
def crop(grid, start, dims):
  h, w = grid.hw[0], grid.hw[1]
  si, sj = start.value[0], start.value[1]
  dh, dw = dims.value[0], dims.value[1]
  ok = (si >= 0) & (si < h) & (sj >= 0) & (sj < w) & (dh >= 1) & (dw >= 1)
  hw = jnp.stack([jnp.minimum(dh, h - si), jnp.minimum(dw, w - sj)])
  return _grid_from(grid, si + ROWS, sj + COLS, hw, ok)


def _split_layout(length, n):
  """(part, stride, ok) of splitting `length` cells into n equal parts."""
  safe_n = jnp.maximum(n, 1)
  part = length // safe_n
  rest = length - safe_n * part
  stride = jnp.where(rest == 0, part, part + 1)
  ok = (n >= 1) & (n <= G) & (part >= 1) & ((rest == 0) | (rest == n - 1))
  return part, stride, ok


def _split(grid, n, axis):
  h, w = grid.hw[0], grid.hw[1]
  part, stride, ok = _split_layout(grid.hw[axis], n)
  k = jnp.arange(G, dtype=jnp.int32)[:, None, None] * stride
  rows, cols = ROWS[None], COLS[None]
  if axis == 0:
    rows, hw = rows + k, jnp.stack([part, w])
  else:
    cols, hw = cols + k, jnp.stack([h, part])
  cells = _gather(grid.cells, rows, cols)
  hws = jnp.broadcast_to(hw, (G, 2))
  count = jnp.where(ok, n, 0)
  return core.grid_tuple(cells, hws, count, ok)


@implements("hsplit")
def hsplit(grid, n):
  return _split(grid, n.value, 1)


@implements("vsplit")
def vsplit(grid, n):
  return _split(grid, n.value, 0)


@implements("hconcat")
def hconcat(a, b):
  wa = a.hw[1]
  right = _gather(b.cells, ROWS, COLS - wa)
  cells = jnp.where(COLS < wa, a.cells, right)
  hw = jnp.stack([a.hw[0], wa + b.hw[1]])
  return core.make_grid(cells, hw, a.hw[0] == b.hw[0])


@implements("vconcat")
def vconcat(a, b):
  ha = a.hw[0]
  below = _gather(b.cells, ROWS - ha, COLS)
  cells = jnp.where(ROWS < ha, a.cells, below)
  hw = jnp.stack([ha + b.hw[0], a.hw[1]])
  return core.make_grid(cells, hw, a.hw[1] == b.hw[1])


@implements("tophalf")
def tophalf(grid):
  return core.make_grid(grid.cells, jnp.stack([grid.hw[0] // 2, grid.hw[1]]))


@implements("bottomhalf")
def bottomhalf(grid):
  h = grid.hw[0]
  return _grid_from(grid, ROWS + (h - h // 2), COLS, jnp.stack([h // 2, grid.hw[1]]))


@implements("lefthalf")
def lefthalf(grid):
  return core.make_grid(grid.cells, jnp.stack([grid.hw[0], grid.hw[1] // 2]))


@implements("righthalf")
def righthalf(grid):
  w = grid.hw[1]
  return _grid_from(grid, ROWS, COLS + (w - w // 2), jnp.stack([grid.hw[0], w // 2]))


@implements("trim")
def trim(grid):
  return _grid_from(grid, ROWS + 1, COLS + 1, grid.hw - 2)


@implements("compress")
def compress(grid):
  inside = core.grid_mask(grid.hw)
  cells = grid.cells
  # A line is kept iff some cell in it differs from the line's first cell.
  row_varied = jnp.any(inside & (cells != cells[:, :1]), axis=1)
  col_varied = jnp.any(inside & (cells != cells[:1, :]), axis=0)
  (keep_r,) = jnp.nonzero(row_varied, size=S, fill_value=0)
  (keep_c,) = jnp.nonzero(col_varied, size=S, fill_value=0)
  out = cells[keep_r[:, None], keep_c[None, :]]
  hw = jnp.stack([jnp.sum(row_varied, dtype=jnp.int32), jnp.sum(col_varied, dtype=jnp.int32)])
  return core.make_grid(out, hw)


@implements("subgrid")
def subgrid(patch, grid):
  ph, pw, nonempty = _patch_extent(patch)
  top, left = patch.origin[0], patch.origin[1]
  bottom = jnp.minimum(top + ph - 1, grid.hw[0] - 1)
  right = jnp.minimum(left + pw - 1, grid.hw[1] - 1)
  top, left = jnp.maximum(top, 0), jnp.maximum(left, 0)
  hw = jnp.stack([bottom - top + 1, right - left + 1])
  ok = nonempty & (top <= bottom) & (left <= right)
  # Clip before adding the frame offsets: origins may be far off the grid.
  top, left = jnp.clip(top, 0, S), jnp.clip(left, 0, S)
  return _grid_from(grid, top + ROWS, left + COLS, hw, ok)


# --------------------------------------------------------------------------
# Scaling.


def _factor(f):
  """(factor clipped to [1, S + 1], factor >= 1): larger factors overflow anyway."""
  return jnp.clip(f, 1, S + 1), f >= 1


@implements("upscale")
def upscale(piece, factor):
  f, ok = _factor(factor.value)
  if isinstance(piece, Grid):
    return _grid_from(piece, ROWS // f, COLS // f, piece.hw * f, ok)
  h, w, _ = _patch_extent(piece)
  ok = ok & (h * f <= S) & (w * f <= S)
  return _patch_from(piece, ROWS // f, COLS // f, core.TRUE, ok)


@implements("hupscale")
def hupscale(grid, factor):
  f, ok = _factor(factor.value)
  return _grid_from(grid, ROWS, COLS // f, jnp.stack([grid.hw[0], grid.hw[1] * f]), ok)


@implements("vupscale")
def vupscale(grid, factor):
  f, ok = _factor(factor.value)
  return _grid_from(grid, ROWS // f, COLS, jnp.stack([grid.hw[0] * f, grid.hw[1]]), ok)


@implements("downscale")
def downscale(grid, factor):
  f, ok = _factor(factor.value)
  hw = (grid.hw + f - 1) // f
  return _grid_from(grid, ROWS * f, COLS * f, hw, ok)


@implements("repeatgrid")
def repeatgrid(grid, counts):
  h, w = grid.hw[0], grid.hw[1]
  a, b = counts.value[0], counts.value[1]
  ok = (a >= 1) & (b >= 1)
  # Clip the counts so that a*h cannot overflow; anything over S is invalid.
  hw = jnp.stack([jnp.clip(a, 0, S + 1) * h, jnp.clip(b, 0, S + 1) * w])
  return _grid_from(grid, ROWS % jnp.maximum(h, 1), COLS % jnp.maximum(w, 1), hw, ok)


# --------------------------------------------------------------------------
# Construction and comparison.


def _is_color(x):
  return (x >= 0) & (x < capacity.NUM_COLORS)


@implements("canvas")
def canvas(color, dims):
  c = color.value
  cells = jnp.full((S, S), jnp.clip(c, 0, 9), CELL_DTYPE)
  return core.make_grid(cells, dims.value, _is_color(c))


@implements("cellwise")
def cellwise(a, b, fallback):
  fb = fallback.value
  cells = jnp.where(a.cells == b.cells, a.cells, jnp.clip(fb, 0, 9).astype(CELL_DTYPE))
  ok = jnp.all(a.hw == b.hw) & _is_color(fb)
  return core.make_grid(cells, a.hw, ok)


# --------------------------------------------------------------------------
# Measures.


@implements("shape")
def shape(piece):
  h, w, ok = _dims(piece)
  return core.point(h, w, ok)


@implements("height")
def height(piece):
  h, _, ok = _dims(piece)
  return core.integer(h, ok)


@implements("width")
def width(piece):
  _, w, ok = _dims(piece)
  return core.integer(w, ok)


@implements("portrait")
def portrait(piece):
  h, w, ok = _dims(piece)
  return core.boolean(h > w, ok)


@implements("square")
def square(piece):
  h, w, ok = _dims(piece)
  return core.boolean(h == w, ok)


_NIBBLES = 8  # colours 0..9 fit 4 bits: 8 cells per uint32 word
_WORDS = -(-S // _NIBBLES)


def _pack_columns(cells):
  """[_WORDS, S] uint32: each column's cells packed 4 bits apiece (equal iff columns equal)."""
  x = jnp.pad(cells.astype(jnp.uint32), ((0, _WORDS * _NIBBLES - S), (0, 0)))
  shifts = (4 * jnp.arange(_NIBBLES, dtype=jnp.uint32))[None, :, None]
  return jnp.sum(x.reshape(_WORDS, _NIBBLES, S) << shifts, axis=1, dtype=jnp.uint32)


def _hperiod(cells, hw):
  """Smallest p in 1..w with column j == column j + p for every j + p < w.

  Cells below the grid are 0 in every column (canonical form), so whole
  columns can be compared; they are packed into a few words first, and each
  candidate period is then a static-slice comparison of [_WORDS, S - p] words.
  """
  w = hw[1]
  packed = _pack_columns(cells)
  fits = []
  for p in range(1, S):
    same = jnp.all(packed[:, p:] == packed[:, :S - p], axis=0)
    fits.append(jnp.all(same | (COLS[0, :S - p] + p >= w)) | (p >= w))
  fits.append(core.TRUE)  # p = S >= w always fits
  return core.integer(jnp.argmax(jnp.stack(fits)) + 1)


@implements("hperiod")
def hperiod(grid):
  return _hperiod(grid.cells, grid.hw)


@implements("vperiod")
def vperiod(grid):
  return _hperiod(grid.cells.T, grid.hw[::-1])
