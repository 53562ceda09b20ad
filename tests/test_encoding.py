"""Round trips and canonical form of batt_jax.dsl.encoding on real ARC grids.

For every grid of ARC-AGI-1 (training and evaluation, inputs and outputs) the
test derives, in plain Python, values of the other DSL types: the cells of each
colour (Indices), the same as an Object, the set of those Objects, the palette
(IntegerSet), the cell count per colour (IntegerList), (grid, grid)
(GridTuple), the shape (Point) and the cell count (Integer). Each must survive
`decode(encode(v, T), T) == v`, and each encoding must be canonical. The
canonical-form checks run batched in numpy over a chunk of grids at a time.

The grids are split in two shards: a deterministic sample that always runs,
and the rest, marked `slow` (run by CI, skipped with -m "not slow").
"""

import collections
import functools

import numpy as np
import pytest

from batt_jax.data import embedded
from batt_jax.dsl import canon
from batt_jax.dsl import capacity
from batt_jax.dsl import encoding as E

S = capacity.SIDE
SAMPLE_STRIDE = 8  # The fast shard: every 8th distinct grid.
CHUNK = 256  # Grids whose encodings are stacked at once (bounds memory).


@functools.lru_cache(maxsize=None)
def all_grids():
  """Every distinct grid of ARC-AGI-1 training + evaluation, in load order."""
  grids = []
  for split in ("train", "eval"):
    for task in embedded.load(f"arc1-{split}").tasks:
      for pair in task.train + task.test:
        grids.append(pair.input)
        if pair.output is not None:
          grids.append(pair.output)
  return tuple(dict.fromkeys(grids))


def shard(name):
  grids = all_grids()
  if name == "sample":
    return grids[::SAMPLE_STRIDE]
  return tuple(g for i, g in enumerate(grids) if i % SAMPLE_STRIDE)


def derived_values(grid):
  """(type name, value) pairs built from `grid` without any DSL primitive."""
  cells = collections.defaultdict(set)
  for i, row in enumerate(grid):
    for j, color in enumerate(row):
      cells[color].add((i, j))
  indices = {c: frozenset(v) for c, v in cells.items()}
  objects = {c: frozenset((c, ij) for ij in v) for c, v in indices.items()}
  values = [("Grid", grid),
            ("GridTuple", (grid, grid)),
            ("IntegerSet", frozenset(indices)),
            ("IntegerList", tuple(len(cells[c]) for c in range(10))),
            ("Point", (len(grid), len(grid[0]))),
            ("Integer", len(grid) * len(grid[0])),
            ("Objects", frozenset(objects.values()))]
  values += [("Indices", v) for v in indices.values()]
  values += [("Object", v) for v in objects.values()]
  return values


# ---------------------------------------------------------------------------
# Canonical-form checks on stacked encodings (leading axis: samples).


def check_grid_padding(cells, hw):
  """Cells outside each grid's height x width are 0."""
  rows = np.arange(S)[:, None]
  cols = np.arange(S)[None, :]
  inside = ((rows < hw[..., 0, None, None]) & (cols < hw[..., 1, None, None]))
  assert not np.any(np.where(inside, 0, cells))


def check_patches(rows, origin, planes=None):
  """Packed rows use the low S bits only; masks are normalised to their
  bounding box; an Object's colour planes hold exactly its cells (colour + 1
  is 1..10: some plane on every cell, none off them).

  rows: [P, S] uint32; origin: [P, 2]; planes: [P, PLANES, S] or None.
  """
  assert rows.dtype == np.uint32
  assert not np.any(rows >> S), "a bit beyond the frame"
  mask = E.unpack_mask(rows)
  nonempty = mask.any(axis=(1, 2))
  assert np.all(mask[:, 0, :].any(axis=1) == nonempty), "top row empty"
  assert np.all(mask[:, :, 0].any(axis=1) == nonempty), "left column empty"
  assert not np.any(origin[~nonempty]), "empty patch with a non-zero origin"
  if planes is not None:
    assert planes.dtype == np.uint32 and not np.any(planes >> S), "a plane bit beyond the frame"
    values = E.unpack_planes(planes)
    assert not np.any(np.where(mask, 0, values)), "colour off the mask"
    assert np.all((values >= 1) & (values <= 10) | ~mask), "cell without a colour 0..9"


def check_slots_zero(count, *fields):
  """Container slots >= count are zero in every field ([B, K, ...] each)."""
  for field in fields:
    slots = np.arange(field.shape[1])
    unused = slots[None, :] >= count[:, None]
    assert not np.any(field[unused]), "non-zero unused slot"


def check_canonical(type_name, batch):
  if type_name == "Grid":
    check_grid_padding(batch.cells, batch.hw)
  elif type_name == "GridTuple":
    check_slots_zero(batch.count, batch.cells, batch.hw)
    check_grid_padding(batch.cells, batch.hw)
  elif type_name == "Indices":
    check_patches(batch.rows, batch.origin)
  elif type_name == "Object":
    check_patches(batch.rows, batch.origin, batch.planes)
  elif type_name == "Objects":
    check_slots_zero(batch.count, batch.rows, batch.planes, batch.origin)
    used = np.arange(batch.rows.shape[1])[None, :] < batch.count[:, None]
    check_patches(batch.rows[used], batch.origin[used], batch.planes[used])
  elif type_name in ("IntegerSet", "IntegerList"):
    check_slots_zero(batch.count, batch.ints)
    if type_name == "IntegerSet":  # Strictly ascending within the count.
      ints = batch.ints.astype(np.int64)
      steps = np.diff(ints, axis=1) > 0
      within = np.arange(1, ints.shape[1])[None, :] < batch.count[:, None]
      assert np.all(steps | ~within), "IntegerSet not strictly ascending"


def lex_less(a, b):
  """Row-wise a < b in lexicographic order; a, b: [P, C] int64."""
  less = np.zeros(a.shape[0], bool)
  equal = np.ones(a.shape[0], bool)
  for c in range(a.shape[1]):
    less |= equal & (a[:, c] < b[:, c])
    equal &= a[:, c] == b[:, c]
  return less


def check_objects_order(batch):
  """Used slots are strictly ascending in the key documented in canon.py,

      (uppermost, leftmost, size, content_hash),

  recomputed here from the encoded arrays: a second, vectorised derivation of
  that key, sharing only the hash table with canon.py."""
  used = np.arange(batch.rows.shape[1])[None, :] < batch.count[:, None]
  mask, slot = E.unpack_mask(batch.rows[used]), E.unpack_planes(batch.planes[used])
  origin = batch.origin[used]
  sample = np.nonzero(used)[0]  # Which sample each used slot belongs to.
  cell = np.arange(S)[:, None] * S + np.arange(S)[None, :]
  slot = np.where(mask, slot.astype(np.int64), 0)
  hashes = np.where(mask, canon.HASH_TABLE[cell * canon.HASH_SLOTS + slot], 0)
  content_hash = hashes.astype(np.uint64).sum(axis=(1, 2)) % (1 << 32)
  keys = np.stack([origin[:, 0], origin[:, 1], mask.sum(axis=(1, 2)),
                   content_hash.astype(np.int64)], axis=1).astype(np.int64)
  same_sample = sample[1:] == sample[:-1]
  assert np.all(lex_less(keys[:-1], keys[1:]) | ~same_sample), (
      "Objects slots out of canonical order")


# ---------------------------------------------------------------------------
# The sweep.


def check_slots_are_elements(objects, elements):
  """Each used slot of an encoded Objects equals one element encoded alone.

  elements: {colour: encoded Object}; the per-colour objects of a grid are
  told apart by their colour.
  """
  assert int(objects.count) == len(elements)
  for k in range(len(elements)):
    mask = E.unpack_mask(objects.rows[k])
    alone = elements[int(E.unpack_planes(objects.planes[k])[mask][0]) - 1]
    assert np.array_equal(alone.rows, objects.rows[k])
    assert np.array_equal(alone.planes, objects.planes[k])
    assert np.array_equal(alone.origin, objects.origin[k])


def sweep(grids):
  counts = collections.Counter()
  for start in range(0, len(grids), CHUNK):
    encoded = collections.defaultdict(list)
    for grid in grids[start:start + CHUNK]:
      by_color = {}
      for type_name, value in derived_values(grid):
        enc = E.encode(value, type_name)
        assert bool(enc.valid), (type_name, value)
        assert E.decode(enc, type_name) == value, (type_name, grid)
        encoded[type_name].append(enc)
        if type_name == "Object":
          by_color[next(iter(value))[0]] = enc
      check_slots_are_elements(encoded["Objects"][-1], by_color)
    for type_name, values in encoded.items():
      batch = E.stack(values)
      check_canonical(type_name, batch)
      if type_name == "Objects":
        check_objects_order(batch)
      counts[type_name] += len(values)
  return counts


@pytest.mark.parametrize("name", [
    "sample", pytest.param("rest", marks=pytest.mark.slow)])
def test_round_trip_and_canonical_on_arc1_grids(name):
  grids = shard(name)
  counts = sweep(grids)
  assert counts["Grid"] == counts["Objects"] == len(grids)
  # Every cell of a grid lies in exactly one per-colour patch.
  assert counts["Indices"] == counts["Object"] >= len(grids)


def test_shards_cover_every_grid():
  grids = all_grids()
  assert len(shard("sample")) + len(shard("rest")) == len(grids)
  assert len(grids) > 6000  # 800 tasks' inputs and outputs, repeats dropped.


def test_derived_values_of_a_small_grid():
  grid = ((1, 0), (1, 1))
  values = dict((t, v) for t, v in derived_values(grid)
                if t not in ("Indices", "Object"))
  assert values["IntegerSet"] == frozenset({0, 1})
  assert values["IntegerList"] == (1, 3, 0, 0, 0, 0, 0, 0, 0, 0)
  assert values["Objects"] == frozenset({
      frozenset({(0, (0, 1))}),
      frozenset({(1, (0, 0)), (1, (1, 0)), (1, (1, 1))})})
  enc = E.encode(frozenset({(0, 1)}), "Indices")
  assert enc.origin.tolist() == [0, 1]
  assert enc.rows.tolist() == [1] + [0] * (S - 1)


# ---------------------------------------------------------------------------
# Values that do not fit are invalid, never truncated.


def single_cell_objects(n):
  return frozenset(frozenset({(1, (k // S, k % S))}) for k in range(n))


@pytest.mark.parametrize("type_name, value, valid", [
    ("Grid", ((0,) * 31,), False),
    ("Grid", ((0,),) * 31, False),
    ("Grid", ((0,) * 30,) * 30, True),
    ("GridTuple", (((1,),), ((0,) * 31,)), False),
    ("GridTuple", (((1,),),) * capacity.MAX_GRIDS, True),
    ("GridTuple", (((1,),),) * (capacity.MAX_GRIDS + 1), False),
    ("Objects", single_cell_objects(capacity.MAX_OBJECTS), True),
    ("Objects", single_cell_objects(capacity.MAX_OBJECTS + 1), False),
    ("Indices", frozenset({(0, 0), (0, S)}), False),  # Bounding box 1 x 31.
    ("Indices", frozenset({(-5, -7), (24, 22)}), True),
    ("Integer", capacity.INT_LIMIT, True),
    ("Integer", capacity.INT_LIMIT + 1, False),
    ("Integer", -capacity.INT_LIMIT - 1, False),
    ("IntegerSet", frozenset({1, capacity.INT_LIMIT + 1}), False),
    ("IntegerList", tuple(range(capacity.MAX_INTS + 1)), False),
])
def test_capacity(type_name, value, valid):
  enc = E.encode(value, type_name)
  assert bool(enc.valid) == valid
  assert E.decode(enc, type_name) == (value if valid else None)


def test_invalid_decodes_to_none():
  for type_name in E.ENCODED:
    assert E.decode(E.invalid(type_name), type_name) is None
    assert E.decode(E.encode(None, type_name), type_name) is None
