"""Static-shape building blocks of the JAX DSL.

Everything here works on one sample (the caller vmaps), has no Python control
flow on traced values, and keeps the canonical forms of `encoding.py`.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
from jax import lax

from batt_jax.dsl import canon
from batt_jax.dsl import capacity
from batt_jax.dsl.encoding import (CELL_DTYPE, Boolean, Grid, GridTuple, Indices,
                                   IndicesSet, Integer, IntegerList, IntegerSet,
                                   Object, Objects, PLANES, Point)

S = capacity.SIDE
K = capacity.MAX_OBJECTS
N = capacity.MAX_INTS
G = capacity.MAX_GRIDS
ROWS = jnp.arange(S, dtype=jnp.int32)[:, None]
COLS = jnp.arange(S, dtype=jnp.int32)[None, :]
INT_SENTINEL = jnp.iinfo(jnp.int32).max
_HASH = jnp.asarray(canon.HASH_TABLE, dtype=jnp.uint32).reshape(S, S, canon.HASH_SLOTS)

TRUE = jnp.asarray(True)


# --------------------------------------------------------------------------
# Scalars.


def integer(value, valid=TRUE) -> Integer:
  value = jnp.asarray(value, jnp.int32)
  return Integer(value=value, valid=valid & (jnp.abs(value) <= capacity.INT_LIMIT))


def boolean(value, valid=TRUE) -> Boolean:
  return Boolean(value=jnp.asarray(value, bool), valid=jnp.asarray(valid, bool))


def point(i, j, valid=TRUE) -> Point:
  value = jnp.stack([jnp.asarray(i, jnp.int32), jnp.asarray(j, jnp.int32)])
  return Point(value=value, valid=valid & jnp.all(jnp.abs(value) <= capacity.INT_LIMIT))


def all_valid(*values) -> jax.Array:
  ok = TRUE
  for v in values:
    ok = ok & v.valid
  return ok


class Closure:
  """A callable DSL value built by a combinator (rbind, compose, ...).

  Programs pass callables around like any value, so a callable needs a
  validity flag too: `valid` ([] bool) is False when a value it captured was
  invalid. Calling it ANDs `valid` into the result, and because it has a
  `valid` attribute the registry ANDs it into the result of any primitive it is
  passed to, even one that never calls it (a mapping over an empty set), just
  as the reference gives None for a line with an invalid argument.
  """

  def __init__(self, fn, valid=TRUE):
    self.fn = fn
    self.valid = jnp.asarray(valid, bool)

  def __call__(self, *args):
    out = self.fn(*args)
    return out.replace(valid=out.valid & self.valid)

  def replace(self, valid):
    return Closure(self.fn, valid)


def is_callable_value(x) -> bool:
  """Whether x is a DSL callable (a primitive or a Closure), not an encoded value."""
  return callable(x)


def where(pred, a, b):
  """Selects between two encoded values of one type, field by field."""
  return jax.tree.map(lambda x, y: jnp.where(pred, x, y), a, b)


# --------------------------------------------------------------------------
# Grids.


def grid_mask(hw) -> jax.Array:
  """[S, S] bool: the cells inside a grid of height/width `hw`."""
  return (ROWS < hw[0]) & (COLS < hw[1])


def rect_rows(h, w) -> jax.Array:
  """[S] uint32: the h x w rectangle at the frame's corner as packed rows
  (empty if h or w <= 0)."""
  width = jnp.left_shift(jnp.uint32(1), jnp.clip(w, 0, S).astype(jnp.uint32)) - jnp.uint32(1)
  return jnp.where(ROWS[:, 0] < h, width, jnp.uint32(0))


def grid_rows(hw) -> jax.Array:
  """[S] uint32: `grid_mask` as packed rows."""
  return rect_rows(hw[0], hw[1])


def make_grid(cells, hw, valid=TRUE) -> Grid:
  """A canonical Grid: cells zeroed outside hw; invalid unless 1 <= h, w <= S."""
  hw = jnp.asarray(hw, jnp.int32)
  ok = valid & jnp.all(hw >= 1) & jnp.all(hw <= S)
  cells = jnp.where(grid_mask(hw), cells, 0).astype(CELL_DTYPE)
  return Grid(cells=cells, hw=hw, valid=ok)


# A [S, S] mask as S uint32 words, bit b of word a being cell (a, b): how patches
# hold their cells (`rows`). Shifts, extents and sizes work on 30 words, not 900
# cells, where the GPU spent most of its time (the reductions a mask fed).
_BITS = ROW_BITS = jnp.left_shift(jnp.uint32(1), jnp.arange(S, dtype=jnp.uint32))
_FULL_ROW = jnp.uint32((1 << S) - 1)


def pack_rows(mask) -> jax.Array:
  """[S] uint32: row a's cells as the low S bits of word a."""
  return jnp.sum(jnp.where(mask, _BITS, jnp.uint32(0)), axis=-1, dtype=jnp.uint32)


def unpack_rows(words) -> jax.Array:
  """[S, S] bool: the mask of `pack_rows`."""
  return (words[..., :, None] & _BITS) != 0


def shift_rows(words, di, dj) -> jax.Array:
  """The packed mask moved by (di, dj); cells leaving the frame are dropped."""
  di = jnp.clip(jnp.asarray(di, jnp.int32), -S, S)
  dj = jnp.clip(jnp.asarray(dj, jnp.int32), -S, S)
  rows = lax.dynamic_slice(jnp.pad(words, S), (S - di,), (S,))
  left = jnp.left_shift(rows, jnp.maximum(dj, 0).astype(jnp.uint32))
  right = jnp.right_shift(rows, jnp.maximum(-dj, 0).astype(jnp.uint32))
  return jnp.where(dj >= 0, left, right) & _FULL_ROW


def rows_size(words) -> jax.Array:
  """[] int32: the number of cells set in a packed mask."""
  return jnp.sum(lax.population_count(words), dtype=jnp.int32)


def frame_rows(words, di, dj):
  """(shifted, fits): `shift_rows` and whether no cell left the frame."""
  shifted = shift_rows(words, di, dj)
  return shifted, rows_size(shifted) == rows_size(words)


_FIELD = 10  # bits of one packed count: a count is at most S * S = 900 < 1024
_FIELDS = 32 // _FIELD


def cell_counts(cells, mask) -> jax.Array:
  """[10] int32: how many cells of `mask` hold each colour."""
  if cells.size >= 1 << _FIELD:
    onehot = (cells[..., None] == jnp.arange(capacity.NUM_COLORS, dtype=cells.dtype))
    return jnp.sum(onehot & mask[..., None], axis=tuple(range(cells.ndim))).astype(jnp.int32)
  # Colour c is counted in field c % 3 of word c // 3: four sums over the
  # cells instead of ten.
  c = cells.astype(jnp.uint32)
  one = jnp.where(mask, jnp.left_shift(jnp.uint32(1), _FIELD * (c % _FIELDS)), jnp.uint32(0))
  words = [jnp.sum(jnp.where(c // _FIELDS == w, one, jnp.uint32(0)), dtype=jnp.uint32)
           for w in range(-(-capacity.NUM_COLORS // _FIELDS))]
  fields = [(words[k // _FIELDS] >> (_FIELD * (k % _FIELDS))) & ((1 << _FIELD) - 1)
            for k in range(capacity.NUM_COLORS)]
  return jnp.stack(fields).astype(jnp.int32)


# --------------------------------------------------------------------------
# Patches.


def rows_bbox(words):
  """(top, left, bottom, right, nonempty) of a packed mask, inclusive.

  An empty mask gives (0, 0, S - 1, S - 1, False).
  """
  rows = words != 0
  cols = lax.reduce(words, jnp.uint32(0), lax.bitwise_or, (0,))
  nonempty = cols != 0
  top = jnp.argmax(rows).astype(jnp.int32)
  bottom = (S - 1 - jnp.argmax(rows[::-1])).astype(jnp.int32)
  lowest = cols & (jnp.uint32(0) - cols)
  left = jnp.where(nonempty, lax.population_count(lowest - jnp.uint32(1)), 0).astype(jnp.int32)
  right = jnp.where(nonempty, 31 - lax.clz(cols), S - 1).astype(jnp.int32)
  return top, left, bottom, right, nonempty


def rows_nonempty(words) -> jax.Array:
  """Whether a packed mask (or each of [..., S] of them) has a cell."""
  return jnp.any(words != 0, axis=-1)


def point_rows(i, j) -> jax.Array:
  """[S] uint32: the single frame cell (i, j) packed (nothing if off the frame)."""
  inside = (j >= 0) & (j < S)
  bit = jnp.left_shift(jnp.uint32(1), jnp.clip(j, 0, S - 1).astype(jnp.uint32))
  return jnp.where((ROWS[:, 0] == i) & inside, bit, jnp.uint32(0))


# An Object's colours are PLANES packed-row bit-planes of colour + 1 (the
# encoding's `planes`): they shift, compare and merge as words, like its cells.
_PLANE_BITS = jnp.arange(PLANES, dtype=jnp.uint32)


def color_planes(colors, words) -> jax.Array:
  """[PLANES, S] uint32: the bit-planes of [S, S] `colors` on the cells of `words`."""
  values = colors.astype(jnp.uint32) + 1
  return jnp.stack([pack_rows(((values >> p) & 1) == 1) for p in range(PLANES)]) & words


def plane_values(planes) -> jax.Array:
  """[S, S] int32: colour + 1 on the planes' cells, 0 elsewhere."""
  bits = unpack_rows(planes).astype(jnp.int32)  # [PLANES, S, S]
  return sum(bits[p] << p for p in range(PLANES))


def plane_colors(planes) -> jax.Array:
  """[S, S] colours (CELL_DTYPE) of the planes' cells, 0 elsewhere."""
  return jnp.maximum(plane_values(planes) - 1, 0).astype(CELL_DTYPE)


def _set_planes(color) -> jax.Array:
  """[PLANES, 1] bool: the planes whose bit is set in colour `color` (0..9) + 1."""
  value = jnp.asarray(color, jnp.uint32) + 1
  return ((value >> _PLANE_BITS) & 1)[:, None] == 1


def solid_planes(words, color) -> jax.Array:
  """[PLANES, S] uint32: every cell of `words` in colour `color` (0..9)."""
  return jnp.where(_set_planes(color), words, jnp.uint32(0))


def rows_of_color(planes, color) -> jax.Array:
  """[S] uint32: the cells whose colour is `color` (0..9)."""
  match = jnp.where(_set_planes(color), planes, ~planes)
  return lax.reduce(match, jnp.uint32(_FULL_ROW), lax.bitwise_and, (0,))


def shift_planes(planes, di, dj) -> jax.Array:
  """`shift_rows` of each plane."""
  return jax.vmap(shift_rows, (0, None, None))(planes, di, dj)


def normalize_rows(words, planes, origin):
  """Moves a frame-relative packed mask (and an Object's planes) to the
  frame's top-left corner; origin follows."""
  top, left, _, _, nonempty = rows_bbox(words)
  words = shift_rows(words, -top, -left)
  planes = shift_planes(planes, -top, -left) if planes is not None else None
  origin = jnp.where(nonempty, origin + jnp.stack([top, left]), 0)
  return words, planes, origin


def _origin(origin):
  return jnp.zeros(2, jnp.int32) if origin is None else jnp.asarray(origin, jnp.int32)


def indices_from_rows(words, origin=None, valid=TRUE) -> Indices:
  """Indices from a packed mask at `origin` (absolute canvas if None), canonicalised."""
  words, _, origin = normalize_rows(words, None, _origin(origin))
  return Indices(rows=words, origin=origin, valid=jnp.asarray(valid, bool))


def object_from_planes(planes, origin=None, valid=TRUE) -> Object:
  """An Object from its colour planes at `origin` (absolute canvas if None);
  its cells are those of the planes."""
  words = lax.reduce(planes, jnp.uint32(0), lax.bitwise_or, (0,))
  words, planes, origin = normalize_rows(words, planes, _origin(origin))
  return Object(rows=words, planes=planes, origin=origin, valid=jnp.asarray(valid, bool))


def make_indices(mask, origin=None, valid=TRUE) -> Indices:
  """Indices from a [S, S] mask at `origin` (absolute canvas if None), canonicalised."""
  return indices_from_rows(pack_rows(mask), origin, valid)


def make_object(mask, colors, origin=None, valid=TRUE) -> Object:
  """An Object from a [S, S] mask and colours at `origin` (absolute canvas if None)."""
  return object_from_planes(color_planes(colors, pack_rows(mask)), origin, valid)


def patch_mask(patch) -> jax.Array:
  """[S, S] bool: a patch's cells in its own frame."""
  return unpack_rows(patch.rows)


def patch_planes(patch):
  """The colour planes of an Object, or None for Indices."""
  return patch.planes if isinstance(patch, Object) else None


def to_canvas(patch):
  """(mask, colors) of a patch on the absolute [0, S) x [0, S) canvas (colors
  None for Indices); cells off it are dropped."""
  oi, oj = patch.origin[0], patch.origin[1]
  mask = unpack_rows(shift_rows(patch.rows, oi, oj))
  planes = patch_planes(patch)
  colors = plane_colors(shift_planes(planes, oi, oj)) if planes is not None else None
  return mask, colors


def to_frame(patch, origin):
  """(rows, planes, fits) of a patch re-expressed relative to `origin` (<= its own)."""
  di = patch.origin[0] - origin[0]
  dj = patch.origin[1] - origin[1]
  shifted, fits = frame_rows(patch.rows, di, dj)
  planes = patch_planes(patch)
  planes = shift_planes(planes, di, dj) if planes is not None else None
  return shifted, planes, fits


def patch_size(patch) -> jax.Array:
  return rows_size(patch.rows)


def like_patch(patch, words, planes, origin, valid):
  """A canonical patch of the same kind as `patch` from packed rows at
  `origin`; an Object keeps the colours of `planes` on those rows."""
  if isinstance(patch, Object):
    return object_from_planes(planes & words, origin, valid)
  return indices_from_rows(words, origin, valid)


def patch_hash(mask, planes) -> jax.Array:
  """The uint32 content hash of canon.py (planes None for Indices)."""
  slot = jnp.zeros((S, S), jnp.int32) if planes is None else plane_values(planes)
  values = jnp.take_along_axis(_HASH, slot[..., None], axis=-1)[..., 0]
  return jnp.sum(jnp.where(mask, values, jnp.uint32(0)), dtype=jnp.uint32)


# --------------------------------------------------------------------------
# Containers.


def compact(keep, *arrays):
  """Moves the kept slots to the front (stable); returns (count, arrays...)."""
  order = jnp.argsort(~keep, stable=True)
  count = jnp.sum(keep, dtype=jnp.int32)
  out = []
  for a in arrays:
    a = jnp.take(a, order, axis=0)
    slot_kept = jnp.arange(a.shape[0]) < count
    out.append(jnp.where(slot_kept.reshape((-1,) + (1,) * (a.ndim - 1)), a, jnp.zeros_like(a)))
  return (count, *out)


def _fit(arrays, capacity_):
  """Pads or truncates the leading axis of each array to `capacity_`."""
  out = []
  for a in arrays:
    if a.shape[0] < capacity_:
      pad = [(0, capacity_ - a.shape[0])] + [(0, 0)] * (a.ndim - 1)
      a = jnp.pad(a, pad)
    out.append(a[:capacity_])
  return out


def patch_set(rows, planes, origin, present, valid=TRUE):
  """A canonical Objects (planes given) or IndicesSet from M candidate patches.

  rows: [M, S] normalised packed masks; planes: [M, PLANES, S] or None; origin:
  [M, 2]; present: [M] bool. Sorts by the canonical key, drops duplicates,
  and is invalid if more than K distinct patches remain.
  """
  m = rows.shape[0]
  sizes = jnp.sum(lax.population_count(rows), axis=1, dtype=jnp.int32)
  mask = unpack_rows(rows)
  hashes = jax.vmap(patch_hash)(mask, planes) if planes is not None else jax.vmap(
      lambda x: patch_hash(x, None))(mask)
  absent = (~present).astype(jnp.int32)
  idx = jnp.arange(m, dtype=jnp.int32)
  keys = (absent, origin[:, 0], origin[:, 1], sizes, hashes, idx)
  order = lax.sort(keys, num_keys=6)[-1]
  rows = rows[order]
  origin = origin[order]
  present = present[order]
  planes = planes[order] if planes is not None else None
  same = jnp.all(rows[1:] == rows[:-1], axis=1) & jnp.all(origin[1:] == origin[:-1], axis=1)
  if planes is not None:
    same = same & jnp.all(planes[1:] == planes[:-1], axis=(1, 2))
  dup = jnp.concatenate([jnp.zeros(1, bool), same & present[:-1]])
  keep = present & ~dup
  arrays = (rows, origin) if planes is None else (rows, origin, planes)
  count, *arrays = compact(keep, *arrays)
  ok = jnp.asarray(valid, bool) & (count <= K)
  arrays = _fit(arrays, K)
  count = jnp.minimum(count, K)
  if planes is None:
    return IndicesSet(rows=arrays[0], origin=arrays[1], count=count, valid=ok)
  return Objects(rows=arrays[0], planes=arrays[2], origin=arrays[1], count=count, valid=ok)


def int_set(values, present, valid=TRUE) -> IntegerSet:
  """A canonical IntegerSet from M candidate values (sorted, distinct, <= N)."""
  values = jnp.where(present, jnp.asarray(values, jnp.int32), INT_SENTINEL)
  values = jnp.sort(values)
  present = values != INT_SENTINEL
  dup = jnp.concatenate([jnp.zeros(1, bool), values[1:] == values[:-1]])
  keep = present & ~dup
  count, values = compact(keep, values)
  ok = (jnp.asarray(valid, bool) & (count <= N) &
        jnp.all(jnp.where(keep, jnp.abs(jnp.where(keep, values, 0)) <= capacity.INT_LIMIT, True)))
  (values,) = _fit([values], N)
  return IntegerSet(ints=values, count=jnp.minimum(count, N), valid=ok)


def int_list(values, count, valid=TRUE) -> IntegerList:
  """An IntegerList from the first `count` of M values (<= N)."""
  values = jnp.asarray(values, jnp.int32)
  slot = jnp.arange(values.shape[0]) < count
  values = jnp.where(slot, values, 0)
  ok = (jnp.asarray(valid, bool) & (count <= N) & jnp.all(jnp.abs(values) <= capacity.INT_LIMIT))
  (values,) = _fit([values], N)
  return IntegerList(ints=values, count=jnp.minimum(count, N).astype(jnp.int32), valid=ok)


def grid_tuple(cells, hw, count, valid=TRUE) -> GridTuple:
  """A GridTuple from the first `count` of M grids (<= G); each must be a valid size."""
  slot = jnp.arange(cells.shape[0]) < count
  masks = jax.vmap(grid_mask)(hw)
  cells = jnp.where(masks & slot[:, None, None], cells, 0).astype(CELL_DTYPE)
  hw = jnp.where(slot[:, None], hw, 0).astype(jnp.int32)
  sizes_ok = jnp.all(jnp.where(slot[:, None], (hw >= 1) & (hw <= S), True))
  ok = jnp.asarray(valid, bool) & (count <= G) & sizes_ok
  cells, hw = _fit([cells, hw], G)
  return GridTuple(cells=cells, hw=hw, count=jnp.minimum(count, G).astype(jnp.int32), valid=ok)


def elements(container):
  """The container's slots as one batched element value ([M] leading axis).

  Each element's `valid` is whether its slot is occupied; callers combine it
  with the container's own validity.
  """
  m = container.rows.shape[0] if hasattr(container, "rows") else (
      container.ints.shape[0] if hasattr(container, "ints") else container.cells.shape[0])
  present = jnp.arange(m) < container.count
  if isinstance(container, Objects):
    return Object(rows=container.rows, planes=container.planes, origin=container.origin,
                  valid=present)
  if isinstance(container, IndicesSet):
    return Indices(rows=container.rows, origin=container.origin, valid=present)
  if isinstance(container, (IntegerSet, IntegerList)):
    return Integer(value=container.ints, valid=present)
  if isinstance(container, GridTuple):
    return Grid(cells=container.cells, hw=container.hw, valid=present)
  raise TypeError(f"not a container: {type(container).__name__}")


def present_slots(container) -> jax.Array:
  return elements(container).valid


def collect(results, present, valid, ordered: bool):
  """Builds the container of a mapping's per-slot results (`apply`).

  results: a batched element value ([M] leading axis); present: [M] bool. The
  whole is invalid if any present slot's result is invalid. Sets are
  canonicalised; tuples keep slot order.
  """
  ok = jnp.asarray(valid, bool) & jnp.all(jnp.where(present, results.valid, True))
  count = jnp.sum(present, dtype=jnp.int32)
  if isinstance(results, Object):
    return patch_set(results.rows, results.planes, results.origin, present, ok)
  if isinstance(results, Indices):
    return patch_set(results.rows, None, results.origin, present, ok)
  if isinstance(results, Integer):
    if ordered:
      return int_list(results.value, count, ok)
    return int_set(results.value, present, ok)
  if isinstance(results, Grid):
    if not ordered:
      raise TypeError("a set of grids is not a DSL type")
    return grid_tuple(results.cells, results.hw, count, ok)
  raise TypeError(f"cannot collect {type(results).__name__}")
