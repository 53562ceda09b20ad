"""JAX: containers and higher-order mapping.

Containers are fixed-capacity slot arrays with a count (encoding.py). Callables
are vmapped over every slot; results on absent slots are ignored, and a call
is invalid if the callable is invalid on any present slot. Element equality
(contained, remove, other, intersection, mostcommon, ...) compares packed
canonical encodings, exact and cheap: [M, W] uint32 words per slot; set
intersection and difference filter pairs by fingerprints first (`_in_other`).
"""

import jax
import jax.numpy as jnp
from jax import lax

from batt_jax.dsl import types as T
from batt_jax.dsl.encoding import (TYPE_OF, Grid, GridTuple, Indices, IndicesSet, Integer,
                                   IntegerList, IntegerSet, Object, Objects)
from batt_jax.dsl.jax import core
from batt_jax.dsl.jax import slots
from batt_jax.dsl.registry import implements

S, K, N, G = core.S, core.K, core.N, core.G
BIG = 1 << 30  # beyond every valid Integer (|x| <= INT_LIMIT)
_NIBBLE_SHIFT = 4 * jnp.arange(8, dtype=jnp.uint32)


# --------------------------------------------------------------------------
# Helpers.


def _is_ordered(container) -> bool:
  return TYPE_OF[type(container)] in T.ORDERED_CONTAINERS


def _take(batch, i):
  """Element `i` of a batched element value."""
  return jax.tree.map(lambda x: x[i], batch)


def _pick(container, i, ok):
  """The container's element in slot `i` (traced), valid where `ok`."""
  return _take(core.elements(container), i).replace(valid=jnp.asarray(ok, bool))


def _u32(x):
  return lax.bitcast_convert_type(jnp.asarray(x, jnp.int32), jnp.uint32)


def _pack_nibbles(x):
  """[..., S, S] ints in 0..15 -> [..., 4 S] uint32 (eight cells per word)."""
  x = x.astype(jnp.uint32)
  x = jnp.pad(x, [(0, 0)] * (x.ndim - 1) + [(0, 32 - S)])
  x = x.reshape(x.shape[:-1] + (4, 8))
  packed = jnp.sum(x << _NIBBLE_SHIFT, axis=-1, dtype=jnp.uint32)  # [..., S, 4]
  return packed.reshape(packed.shape[:-2] + (4 * S,))


def _keys(value):
  """[..., W] uint32 words identifying a canonical element value exactly."""
  if isinstance(value, Integer):
    return _u32(value.value)[..., None]
  if isinstance(value, Indices):
    return jnp.concatenate([_u32(value.origin), value.rows], axis=-1)
  if isinstance(value, Object):  # the planes hold the cells too (colour + 1 >= 1)
    planes = value.planes.reshape(value.planes.shape[:-2] + (-1,))
    return jnp.concatenate([_u32(value.origin), planes], axis=-1)
  if isinstance(value, Grid):
    return jnp.concatenate([_u32(value.hw), _pack_nibbles(value.cells)], axis=-1)
  raise TypeError(f"no element keys for {type(value).__name__}")


def _equal_matrix(a, b):
  """[Ma, Mb] bool: slot i of batch a equals slot j of batch b."""
  return _keys_equal(_keys(a), _keys(b))


def _keys_equal(ka, kb):
  """[Ma, Mb] bool: key i of [Ma, W] ka equals key j of [Mb, W] kb."""
  return jnp.all(ka[:, None, :] == kb[None, :, :], axis=-1)


def _equal_to(batch, value):
  """[M] bool: which slots of the batch equal `value`."""
  return jnp.all(_keys(batch) == _keys(value)[None, :], axis=-1)


def _subset(container, keep, valid=core.TRUE):
  """The container restricted to the `keep` slots (order kept, so canonical)."""
  valid = jnp.asarray(valid, bool)
  if isinstance(container, Objects):
    count, rows, planes, origin = core.compact(keep, container.rows, container.planes,
                                               container.origin)
    return Objects(rows=rows, planes=planes, origin=origin, count=count, valid=valid)
  if isinstance(container, IndicesSet):
    count, rows, origin = core.compact(keep, container.rows, container.origin)
    return IndicesSet(rows=rows, origin=origin, count=count, valid=valid)
  if isinstance(container, (IntegerSet, IntegerList)):
    count, ints = core.compact(keep, container.ints)
    return type(container)(ints=ints, count=count, valid=valid)
  if isinstance(container, GridTuple):
    count, cells, hw = core.compact(keep, container.cells, container.hw)
    return GridTuple(cells=cells, hw=hw, count=count, valid=valid)
  raise TypeError(f"not a container: {type(container).__name__}")


def _merge(batch, present, valid=core.TRUE):
  """Union of the present patches of a batched Object/Indices value.

  The frame's origin is the minimum over the non-empty present patches'
  origins; each patch is shifted into it (all must fit: the union's bounding
  box is within SIDE) and OR-reduced. For Objects, a cell covered with two
  different colours makes the result invalid: two patches covering it then
  differ in some bit-plane there, one setting the bit and one not.
  """
  words = batch.rows
  nonempty = present & core.rows_nonempty(words)
  origin = jnp.min(jnp.where(nonempty[:, None], batch.origin, BIG), axis=0)
  origin = jnp.where(jnp.any(nonempty), origin, 0).astype(jnp.int32)
  offsets = batch.origin - origin
  # The union is taken on packed rows: M x 30 words, not M x 900 cells.
  shifted, fits = jax.vmap(core.frame_rows)(words, offsets[:, 0], offsets[:, 1])
  shifted = jnp.where(nonempty[:, None], shifted, jnp.uint32(0))
  ok = jnp.asarray(valid, bool) & jnp.all(jnp.where(nonempty, fits, True))
  if not isinstance(batch, Object):
    union = lax.reduce(shifted, jnp.uint32(0), lax.bitwise_or, (0,))
    return core.indices_from_rows(union, origin, ok)
  planes = jax.vmap(core.shift_planes)(batch.planes, offsets[:, 0], offsets[:, 1])
  planes = jnp.where(nonempty[:, None, None], planes, jnp.uint32(0))  # [M, PLANES, S]
  ones = lax.reduce(planes, jnp.uint32(0), lax.bitwise_or, (0,))
  zeros = lax.reduce(shifted[:, None, :] & ~planes, jnp.uint32(0), lax.bitwise_or, (0,))
  ok = ok & ~jnp.any((ones & zeros) != 0)
  return core.object_from_planes(ones, origin, ok)


def _stack2(a, b):
  return jax.tree.map(lambda x, y: jnp.stack([x, y]), a, b)


def _map(function, container):
  """(elements, present, results, ok): function vmapped over the slots."""
  elems = core.elements(container)
  present = elems.valid
  results = slots.map_slots(function, (elems,), present)
  ok = jnp.all(jnp.where(present, results.valid, True))
  return elems, present, results, ok


def _concat_tuple_slots(count_a, a_arrays, b_arrays):
  """Slot arrays of tuple a followed by tuple b (2M slots)."""
  m = a_arrays[0].shape[0]
  idx = jnp.arange(2 * m)
  from_a = idx < count_a
  ia = jnp.clip(idx, 0, m - 1)
  ib = jnp.clip(idx - count_a, 0, m - 1)
  out = []
  for xa, xb in zip(a_arrays, b_arrays):
    sel = from_a.reshape((-1,) + (1,) * (xa.ndim - 1))
    out.append(jnp.where(sel, xa[ia], xb[ib]))
  return out


# --------------------------------------------------------------------------
# Size and mapping.


@implements("size")
def size(container):
  if isinstance(container, (Object, Indices)):
    return core.integer(core.patch_size(container))
  return core.integer(container.count)


@implements("apply")
def apply(function, container):
  elems = core.elements(container)
  results = slots.map_slots(function, (elems,), elems.valid)
  ordered = TYPE_OF[type(container)] in T.ORDERED_CONTAINERS
  return core.collect(results, elems.valid, jnp.asarray(True), ordered)


@implements("mapply")
def mapply(function, container):
  _, present, results, ok = _map(function, container)
  return _merge(results, present, ok)


@implements("papply")
def papply(function, a, b):
  ea, eb = core.elements(a), core.elements(b)
  m = min(ea.valid.shape[0], eb.valid.shape[0])  # equal counts fit the smaller capacity
  ea = jax.tree.map(lambda x: x[:m], ea)
  eb = jax.tree.map(lambda x: x[:m], eb)
  present = ea.valid
  results = slots.map_slots(function, (ea, eb), present)
  return core.collect(results, present, a.count == b.count, _is_ordered(a))


# --------------------------------------------------------------------------
# Picking elements.


@implements("first")
def first(container):
  return _pick(container, 0, container.count > 0)


@implements("last")
def last(container):
  return _pick(container, jnp.maximum(container.count - 1, 0), container.count > 0)


@implements("other")
def other(container, value):
  eq = _equal_to(core.elements(container), value)
  ok = (container.count == 2) & (eq[0] != eq[1])
  return _pick(container, jnp.where(eq[0], 1, 0), ok)


@implements("extract")
def extract(container, predicate):
  _, present, flags, ok = _map(predicate, container)
  hit = present & flags.value
  return _pick(container, jnp.argmax(hit), ok & jnp.any(hit))


def _best(container, function, largest: bool):
  """(slot, value, ok) of the first largest/smallest function value."""
  _, present, values, ok = _map(function, container)
  if largest:
    slot = jnp.argmax(jnp.where(present, values.value, -BIG))
  else:
    slot = jnp.argmin(jnp.where(present, values.value, BIG))
  return slot, values.value[slot], ok & (container.count > 0)


@implements("argmax")
def argmax(container, function):
  slot, _, ok = _best(container, function, True)
  return _pick(container, slot, ok)


@implements("argmin")
def argmin(container, function):
  slot, _, ok = _best(container, function, False)
  return _pick(container, slot, ok)


@implements("valmax")
def valmax(container, function):
  _, value, ok = _best(container, function, True)
  return core.integer(value, ok)


@implements("valmin")
def valmin(container, function):
  _, value, ok = _best(container, function, False)
  return core.integer(value, ok)


def _common(container, most: bool):
  ok = container.count > 0
  if not _is_ordered(container):  # a set: every count is 1, the first wins
    return _pick(container, 0, ok)
  elems = core.elements(container)
  present = elems.valid
  counts = jnp.sum(_equal_matrix(elems, elems) & present[None, :], axis=1, dtype=jnp.int32)
  if most:
    slot = jnp.argmax(jnp.where(present, counts, -1))
  else:
    slot = jnp.argmin(jnp.where(present, counts, BIG))
  return _pick(container, slot, ok)


@implements("mostcommon")
def mostcommon(container):
  return _common(container, True)


@implements("leastcommon")
def leastcommon(container):
  return _common(container, False)


# --------------------------------------------------------------------------
# Integers.


def _present(container):
  return jnp.arange(container.ints.shape[0]) < container.count


@implements("maximum")
def maximum(container):
  values = jnp.where(_present(container), container.ints, -BIG)
  return core.integer(jnp.max(values), container.count > 0)


@implements("minimum")
def minimum(container):
  values = jnp.where(_present(container), container.ints, BIG)
  return core.integer(jnp.min(values), container.count > 0)


@implements("total")
def total(container):
  return core.integer(jnp.sum(jnp.where(_present(container), container.ints, 0)))


@implements("interval")
def interval(start, stop, step):
  a, b, s = start.value, stop.value, step.value
  span = jnp.where(s > 0, b - a, a - b)
  m = jnp.maximum(jnp.abs(s), 1)
  length = jnp.maximum(0, (span + m - 1) // m)
  values = a + jnp.arange(N, dtype=jnp.int32) * s
  return core.int_list(values, jnp.minimum(length, N + 1), s != 0)


@implements("totuple")
def totuple(container):
  return IntegerList(ints=container.ints, count=container.count, valid=core.TRUE)


@implements("order")
def order(container, key):
  _, present, keys, ok = _map(key, container)
  idx = jnp.arange(present.shape[0], dtype=jnp.int32)
  absent = (~present).astype(jnp.int32)
  values = lax.sort((absent, jnp.where(present, keys.value, 0), idx, container.ints),
                    num_keys=3)[-1]
  return core.int_list(values, container.count, ok)


# --------------------------------------------------------------------------
# Set algebra, filtering and building.


@implements("merge")
def merge(container):
  elems = core.elements(container)
  return _merge(elems, elems.valid)


@implements("combine")
def combine(a, b):
  if isinstance(a, (Object, Indices)):
    return _merge(_stack2(a, b), jnp.ones(2, bool))
  if isinstance(a, (Objects, IndicesSet)):
    pa, pb = core.present_slots(a), core.present_slots(b)
    planes = (jnp.concatenate([a.planes, b.planes]) if isinstance(a, Objects) else None)
    return core.patch_set(jnp.concatenate([a.rows, b.rows]), planes,
                          jnp.concatenate([a.origin, b.origin]), jnp.concatenate([pa, pb]))
  if isinstance(a, IntegerSet):
    return core.int_set(jnp.concatenate([a.ints, b.ints]),
                        jnp.concatenate([_present(a), _present(b)]))
  if isinstance(a, IntegerList):
    (values,) = _concat_tuple_slots(a.count, [a.ints], [b.ints])
    return core.int_list(values, a.count + b.count)
  if isinstance(a, GridTuple):
    cells, hw = _concat_tuple_slots(a.count, [a.cells, a.hw], [b.cells, b.hw])
    return core.grid_tuple(cells, hw, a.count + b.count)
  raise TypeError(f"cannot combine {type(a).__name__}")


def _common_cells(a, b):
  """[S] packed rows: cells of patch a (in a's frame) that b holds too (same colour for Objects)."""
  words, planes, _ = core.to_frame(b, a.origin)
  common = a.rows & words
  if isinstance(a, Object):  # equal colours: equal in every plane
    differ = lax.reduce(a.planes ^ planes, jnp.uint32(0), lax.bitwise_or, (0,))
    common = common & ~differ
  return common


def _fingerprints(keys):
  """[..., W] uint32 keys -> [..., 2] uint32: two hashes, a filter (equal keys, equal hashes).

  Each word, XORed with a multiple of its position, goes through murmur3's
  32-bit finaliser (a bijection in which every input bit reaches every output
  bit), and the mixed words are summed.
  """
  position = jnp.arange(keys.shape[-1], dtype=jnp.uint32)
  hashes = []
  for seed in (0x9E3779B9, 0x7FEB352D):
    x = keys ^ (position * jnp.uint32(seed) + jnp.uint32(seed))
    x = (x ^ (x >> 16)) * jnp.uint32(0x85EBCA6B)
    x = (x ^ (x >> 13)) * jnp.uint32(0xC2B2AE35)
    hashes.append(jnp.sum(x ^ (x >> 16), axis=-1, dtype=jnp.uint32))
  return jnp.stack(hashes, axis=-1)


# Keys of at most this many words (integers) are compared whole, slot by slot;
# longer ones (patches, grids: 32-122 words) through their fingerprints.
_DIRECT_WORDS = 4


def _in_other(a, b):
  """Which slots of container a are elements of container b: ([M] bool, decided).

  A [Ma, Mb] comparison of whole keys reads every pair's words (an object's
  are 122): on an H200 that was most of a set difference's time. Instead the
  fingerprints are compared pairwise and each slot of a is compared whole with
  the one element of b whose fingerprints match, so a fingerprint collision
  can never make a slot a member. A slot matching two elements of b (two
  distinct elements with equal 64-bit fingerprints) is left undecided:
  `decided` is False and the caller's result invalid, never wrong.
  """
  ea, eb = core.elements(a), core.elements(b)
  ka, kb = _keys(ea), _keys(eb)
  if ka.shape[-1] <= _DIRECT_WORDS:
    return jnp.any(_keys_equal(ka, kb) & eb.valid[None, :], axis=1), core.TRUE
  fa, fb = _fingerprints(ka), _fingerprints(kb)
  match = _keys_equal(fa, fb) & eb.valid[None, :]
  candidate = jnp.argmax(match, axis=1)
  member = jnp.any(match, axis=1) & jnp.all(ka == kb[candidate], axis=-1)
  ambiguous = jnp.sum(match, axis=1, dtype=jnp.int32) > 1
  decided = ~jnp.any(core.present_slots(a) & ambiguous)
  return member, decided


@implements("intersection")
def intersection(a, b):
  if isinstance(a, (Object, Indices)):
    return core.like_patch(a, _common_cells(a, b), core.patch_planes(a), a.origin, core.TRUE)
  member, decided = _in_other(a, b)
  return _subset(a, core.present_slots(a) & member, decided)


@implements("difference")
def difference(a, b):
  if isinstance(a, (Object, Indices)):
    words = a.rows & ~_common_cells(a, b)
    return core.like_patch(a, words, core.patch_planes(a), a.origin, core.TRUE)
  member, decided = _in_other(a, b)
  return _subset(a, core.present_slots(a) & ~member, decided)


@implements("sizefilter")
def sizefilter(container, n):
  sizes = jnp.sum(lax.population_count(container.rows), axis=1, dtype=jnp.int32)
  return _subset(container, core.present_slots(container) & (sizes == n.value))


@implements("sfilter")
def sfilter(container, predicate):
  _, present, flags, ok = _map(predicate, container)
  return _subset(container, present & flags.value, ok)


@implements("mfilter")
def mfilter(container, predicate):
  elems, present, flags, ok = _map(predicate, container)
  return _merge(elems, present & flags.value, ok)


@implements("contained")
def contained(value, container):
  elems = core.elements(container)
  return core.boolean(jnp.any(_equal_to(elems, value) & elems.valid))


@implements("insert")
def insert(value, container):
  present = jnp.concatenate([core.present_slots(container), jnp.ones(1, bool)])
  if isinstance(container, Objects):
    return core.patch_set(jnp.concatenate([container.rows, value.rows[None]]),
                          jnp.concatenate([container.planes, value.planes[None]]),
                          jnp.concatenate([container.origin, value.origin[None]]), present)
  if isinstance(container, IndicesSet):
    return core.patch_set(jnp.concatenate([container.rows, value.rows[None]]), None,
                          jnp.concatenate([container.origin, value.origin[None]]), present)
  if isinstance(container, IntegerSet):
    return core.int_set(jnp.concatenate([container.ints, value.value[None]]), present)
  count = container.count
  if isinstance(container, IntegerList):
    values = jnp.concatenate([container.ints, jnp.zeros(1, jnp.int32)]).at[count].set(value.value)
    return core.int_list(values, count + 1)
  if isinstance(container, GridTuple):
    cells = jnp.concatenate([container.cells, jnp.zeros((1, S, S), container.cells.dtype)])
    hw = jnp.concatenate([container.hw, jnp.zeros((1, 2), jnp.int32)])
    return core.grid_tuple(cells.at[count].set(value.cells), hw.at[count].set(value.hw),
                           count + 1)
  raise TypeError(f"not a container: {type(container).__name__}")


@implements("remove")
def remove(value, container):
  elems = core.elements(container)
  return _subset(container, elems.valid & ~_equal_to(elems, value))


@implements("singleton")
def singleton(value):
  one = jnp.asarray(1, jnp.int32)
  if isinstance(value, Integer):
    return core.int_set(value.value[None], jnp.ones(1, bool))
  first_slot = lambda x: jnp.zeros((K,) + x.shape, x.dtype).at[0].set(x)
  if isinstance(value, Object):
    return Objects(rows=first_slot(value.rows), planes=first_slot(value.planes),
                   origin=first_slot(value.origin), count=one, valid=core.TRUE)
  if isinstance(value, Indices):
    return IndicesSet(rows=first_slot(value.rows), origin=first_slot(value.origin),
                      count=one, valid=core.TRUE)
  raise TypeError(f"no set of {type(value).__name__}")


@implements("repeat")
def repeat(value, n):
  count = jnp.maximum(n.value, 0)
  ok = n.value >= 0
  if isinstance(value, Integer):
    return core.int_list(jnp.full(N, value.value, jnp.int32), count, ok)
  if isinstance(value, Grid):
    cells = jnp.broadcast_to(value.cells, (G, S, S))
    hw = jnp.broadcast_to(value.hw, (G, 2))
    return core.grid_tuple(cells, hw, count, ok)
  raise TypeError(f"no tuple of {type(value).__name__}")
