"""Fixed-shape JAX encodings of every DSL type, and conversion to/from the reference.

Every encoded value is a frozen `chex.dataclass` (a pytree) with a `valid`
flag: an undefined operation, an invalid input or a capacity overflow yields
`valid == False`, and whatever the other fields hold is then meaningless. All
shapes below are for one sample; `jax.vmap` adds leading batch axes.

Canonical forms (so that equality of values is equality of arrays):
* grid cells outside the grid's height x width are 0;
* a patch's cells are *packed rows*: `rows[a]` is a uint32 whose bit b is set
  when cell (a, b) of the patch's frame is occupied (bits S and above are 0);
  the frame is normalised to the bounding box: its top row and left column are
  occupied (an empty patch has all-zero rows and origin (0, 0)); the absolute
  cells are `origin + (a, b)` for every set bit;
* an Object's colours are 4 bit-planes of packed rows: bit b of
  `planes[p, a]` is bit p of (colour + 1) at cell (a, b), so every cell of
  the patch has a bit in some plane (`rows` is the OR of the planes) and
  cells off it have none;
* container slots `>= count` are zero; set elements are sorted by the key of
  `canon.py` and distinct.
"""

from __future__ import annotations

from typing import Any

import chex
import jax.numpy as jnp
import numpy as np

from batt_jax.dsl import canon
from batt_jax.dsl import capacity

S = capacity.SIDE
K = capacity.MAX_OBJECTS
N = capacity.MAX_INTS
G = capacity.MAX_GRIDS
CELL_DTYPE = jnp.int8


class Undefined(Exception):
  """Raised by reference primitives where the operation is undefined."""


@chex.dataclass(frozen=True)
class Integer:
  """An integer. value: [] int32; valid: [] bool."""
  value: chex.Array
  valid: chex.Array


@chex.dataclass(frozen=True)
class Boolean:
  """A boolean. value: [] bool; valid: [] bool."""
  value: chex.Array
  valid: chex.Array


@chex.dataclass(frozen=True)
class Point:
  """An integer pair (row, col). value: [2] int32; valid: [] bool."""
  value: chex.Array
  valid: chex.Array


@chex.dataclass(frozen=True)
class Grid:
  """A grid. cells: [S, S] int8, 0 outside; hw: [2] int32 (height, width); valid: [] bool."""
  cells: chex.Array
  hw: chex.Array
  valid: chex.Array


@chex.dataclass(frozen=True)
class Indices:
  """A set of cells. rows: [S] uint32, packed rows, normalised; origin: [2] int32; valid: [] bool."""
  rows: chex.Array
  origin: chex.Array
  valid: chex.Array


@chex.dataclass(frozen=True)
class Object:
  """A coloured set of cells. rows: [S] uint32; planes: [PLANES, S] uint32 (colour + 1, bit-planes of packed rows); origin: [2] int32; valid: [] bool."""
  rows: chex.Array
  planes: chex.Array
  origin: chex.Array
  valid: chex.Array


@chex.dataclass(frozen=True)
class Objects:
  """A set of Object. rows: [K, S] uint32; planes: [K, PLANES, S] uint32; origin: [K, 2] int32; count: [] int32; valid: [] bool."""
  rows: chex.Array
  planes: chex.Array
  origin: chex.Array
  count: chex.Array
  valid: chex.Array


@chex.dataclass(frozen=True)
class IndicesSet:
  """A set of Indices. rows: [K, S] uint32; origin: [K, 2] int32; count: [] int32; valid: [] bool."""
  rows: chex.Array
  origin: chex.Array
  count: chex.Array
  valid: chex.Array


@chex.dataclass(frozen=True)
class IntegerSet:
  """A set of integers, ascending. ints: [N] int32; count: [] int32; valid: [] bool."""
  ints: chex.Array
  count: chex.Array
  valid: chex.Array


@chex.dataclass(frozen=True)
class IntegerList:
  """A tuple of integers. ints: [N] int32; count: [] int32; valid: [] bool."""
  ints: chex.Array
  count: chex.Array
  valid: chex.Array


@chex.dataclass(frozen=True)
class GridTuple:
  """A tuple of grids. cells: [G, S, S] int8; hw: [G, 2] int32; count: [] int32; valid: [] bool."""
  cells: chex.Array
  hw: chex.Array
  count: chex.Array
  valid: chex.Array


ENCODED = {
    "Integer": Integer, "Boolean": Boolean, "Point": Point, "Grid": Grid,
    "Indices": Indices, "Object": Object, "Objects": Objects,
    "IndicesSet": IndicesSet, "IntegerSet": IntegerSet,
    "IntegerList": IntegerList, "GridTuple": GridTuple,
}
TYPE_OF = {cls: name for name, cls in ENCODED.items()}
ELEMENT_CLASS = {Objects: Object, IndicesSet: Indices, IntegerSet: Integer,
                 IntegerList: Integer, GridTuple: Grid}


# --------------------------------------------------------------------------
# Encoding reference values (numpy, host side).

_ROW_BITS = np.left_shift(np.uint32(1), np.arange(S, dtype=np.uint32))


def pack_mask(mask) -> np.ndarray:
  """[..., S, S] bool -> [..., S] uint32 packed rows (bit b of word a: cell (a, b))."""
  mask = np.asarray(mask, bool)
  return np.where(mask, _ROW_BITS, np.uint32(0)).sum(axis=-1, dtype=np.uint32)


def unpack_mask(rows) -> np.ndarray:
  """[..., S] uint32 packed rows -> [..., S, S] bool."""
  return (np.asarray(rows, np.uint32)[..., :, None] & _ROW_BITS) != 0


# Bit-planes of an Object's colours: colour + 1 (1..10) fits 4 bits.
PLANES = 4
assert capacity.NUM_COLORS < 1 << PLANES


def pack_planes(colors, mask) -> np.ndarray:
  """[..., S, S] colours on a [..., S, S] mask -> [..., PLANES, S] uint32
  bit-planes of colour + 1."""
  values = np.where(np.asarray(mask, bool), np.asarray(colors, np.int32) + 1, 0)
  return np.stack([pack_mask((values >> p) & 1) for p in range(PLANES)], axis=-2)


def unpack_planes(planes) -> np.ndarray:
  """[..., PLANES, S] bit-planes -> [..., S, S] int32 colour + 1 (0 off the patch)."""
  bits = unpack_mask(planes).astype(np.int32)  # [..., PLANES, S, S]
  return sum(bits[..., p, :, :] << p for p in range(PLANES))


def _np_bool(x):
  return np.asarray(bool(x))


def _encode_patch(patch, colored: bool):
  mask = np.zeros((S, S), bool)
  colors = np.zeros((S, S), np.int8)
  if not patch:
    return mask, colors, np.zeros(2, np.int32), True
  cells = [(c[1], c[0]) if colored else (c, 0) for c in patch]
  top = min(i for (i, _), _ in cells)
  left = min(j for (_, j), _ in cells)
  fits = True
  for (i, j), c in cells:
    a, b = i - top, j - left
    if a >= S or b >= S:
      fits = False
      continue
    mask[a, b] = True
    colors[a, b] = c
  return mask, colors, np.array([top, left], np.int32), fits


def _encode_grid(grid):
  cells = np.zeros((S, S), np.int8)
  h, w = len(grid), len(grid[0]) if grid else 0
  fits = 1 <= h <= S and 1 <= w <= S
  if fits:
    cells[:h, :w] = np.asarray(grid, np.int8)
  return cells, np.array([h, w], np.int32), fits


def encode(value: Any, type_name: str):
  """Encodes a reference value of DSL type `type_name` (None: an invalid value)."""
  cls = ENCODED[type_name]
  if value is None:
    return _invalid_numpy(type_name)
  if type_name == "Integer":
    ok = abs(int(value)) <= capacity.INT_LIMIT
    return cls(value=np.int32(value if ok else 0), valid=_np_bool(ok))
  if type_name == "Boolean":
    return cls(value=np.asarray(bool(value)), valid=_np_bool(True))
  if type_name == "Point":
    ok = all(abs(int(v)) <= capacity.INT_LIMIT for v in value)
    return cls(value=np.asarray(value if ok else (0, 0), np.int32), valid=_np_bool(ok))
  if type_name == "Grid":
    cells, hw, ok = _encode_grid(value)
    return cls(cells=cells, hw=hw, valid=_np_bool(ok))
  if type_name in ("Indices", "Object"):
    mask, colors, origin, ok = _encode_patch(value, type_name == "Object")
    if type_name == "Indices":
      return cls(rows=pack_mask(mask), origin=origin, valid=_np_bool(ok))
    return cls(rows=pack_mask(mask), planes=pack_planes(colors, mask), origin=origin,
               valid=_np_bool(ok))
  if type_name in ("Objects", "IndicesSet"):
    items = canon.ordered(value)
    ok = len(items) <= K
    elem = "Object" if type_name == "Objects" else "Indices"
    enc = [encode(p, elem) for p in items[:K]]
    ok = ok and all(bool(e.valid) for e in enc)
    rows = np.zeros((K, S), np.uint32)
    planes = np.zeros((K, PLANES, S), np.uint32)
    origin = np.zeros((K, 2), np.int32)
    for k, e in enumerate(enc):
      rows[k], origin[k] = e.rows, e.origin
      if elem == "Object":
        planes[k] = e.planes
    count = np.int32(len(enc))
    if type_name == "IndicesSet":
      return cls(rows=rows, origin=origin, count=count, valid=_np_bool(ok))
    return cls(rows=rows, planes=planes, origin=origin, count=count, valid=_np_bool(ok))
  if type_name in ("IntegerSet", "IntegerList"):
    items = sorted(value) if type_name == "IntegerSet" else list(value)
    ok = len(items) <= N and all(abs(v) <= capacity.INT_LIMIT for v in items)
    values = np.zeros(N, np.int32)
    if ok:
      values[:len(items)] = items
    return cls(ints=values, count=np.int32(len(items) if ok else 0), valid=_np_bool(ok))
  if type_name == "GridTuple":
    ok = len(value) <= G
    cells = np.zeros((G, S, S), np.int8)
    hw = np.zeros((G, 2), np.int32)
    for k, grid in enumerate(value[:G]):
      cells[k], hw[k], fits = _encode_grid(grid)
      ok = ok and fits
    return cls(cells=cells, hw=hw, count=np.int32(min(len(value), G)), valid=_np_bool(ok))
  raise KeyError(type_name)


def _invalid_numpy(type_name: str):
  example = {
      "Integer": 0, "Boolean": False, "Point": (0, 0), "Grid": ((0,),),
      "Indices": frozenset(), "Object": frozenset(), "Objects": frozenset(),
      "IndicesSet": frozenset(), "IntegerSet": frozenset(), "IntegerList": (),
      "GridTuple": (),
  }[type_name]
  return encode(example, type_name).replace(valid=np.asarray(False))


def invalid(type_name: str):
  """An invalid value of `type_name` (all fields zero), as numpy arrays."""
  return _invalid_numpy(type_name)


# --------------------------------------------------------------------------
# Decoding encoded values (one sample, host side) to reference values.


def _decode_grid(cells, hw):
  h, w = int(hw[0]), int(hw[1])
  return tuple(tuple(int(v) for v in row[:w]) for row in np.asarray(cells)[:h])


def _decode_patch(rows, planes, origin, colored: bool):
  top, left = int(origin[0]), int(origin[1])
  cells = list(zip(*np.nonzero(unpack_mask(rows))))
  if colored:
    values = unpack_planes(planes)
    return frozenset((int(values[a, b]) - 1, (top + int(a), left + int(b))) for a, b in cells)
  return frozenset((top + int(a), left + int(b)) for a, b in cells)


def decode(value, type_name: str):
  """Decodes one encoded sample to its reference value; None if invalid."""
  if not bool(np.asarray(value.valid)):
    return None
  v = {k: np.asarray(x) for k, x in value.items()}
  if type_name == "Integer":
    return int(v["value"])
  if type_name == "Boolean":
    return bool(v["value"])
  if type_name == "Point":
    return (int(v["value"][0]), int(v["value"][1]))
  if type_name == "Grid":
    return _decode_grid(v["cells"], v["hw"])
  if type_name == "Indices":
    return _decode_patch(v["rows"], None, v["origin"], False)
  if type_name == "Object":
    return _decode_patch(v["rows"], v["planes"], v["origin"], True)
  count = int(v["count"])
  if type_name == "Objects":
    return frozenset(_decode_patch(v["rows"][k], v["planes"][k], v["origin"][k], True)
                     for k in range(count))
  if type_name == "IndicesSet":
    return frozenset(_decode_patch(v["rows"][k], None, v["origin"][k], False)
                     for k in range(count))
  if type_name == "IntegerSet":
    return frozenset(int(x) for x in v["ints"][:count])
  if type_name == "IntegerList":
    return tuple(int(x) for x in v["ints"][:count])
  if type_name == "GridTuple":
    return tuple(_decode_grid(v["cells"][k], v["hw"][k]) for k in range(count))
  raise KeyError(type_name)


def stack(values):
  """Stacks encoded values of one type into a batch (leading axis)."""
  cls = type(values[0])
  return cls(**{k: np.stack([np.asarray(v[k]) for v in values]) for k in values[0].keys()})


def unstack(batch, index: int):
  """Takes sample `index` of a batched encoded value."""
  return type(batch)(**{k: np.asarray(x)[index] for k, x in batch.items()})
