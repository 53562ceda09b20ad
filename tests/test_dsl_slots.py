"""Slot mapping (dsl/jax/slots.py): the compacted batching rule gives vmap's values.

Every present slot's result must equal plain `jax.vmap`'s, whatever share of
the slots is present (none, a few, all: every tile), with captured batched and
unbatched values, nested mappings, and on real ARC grids through the DSL's own
mapping primitives. Absent slots are the caller's to ignore, so only present
slots are compared.
"""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from batt_jax.dsl import encoding
from batt_jax.dsl import registry
from batt_jax.dsl.jax import slots
from codegen import runtime as codegen_runtime

from conftest import arc1_grids


def _heavy(x, scale, offset):
  """Enough equations to take the compacted path (> MIN_EQUATIONS)."""
  for k in range(slots.MIN_EQUATIONS):
    x = x * scale + (offset + k) % 7
  return encoding.Integer(value=x, valid=x % 5 != 0)


def _compare(mapped, plain, present):
  for got, want in zip(jax.tree.leaves(mapped), jax.tree.leaves(plain)):
    got, want = np.asarray(got), np.asarray(want)
    mask = np.asarray(present).reshape(present.shape + (1,) * (got.ndim - present.ndim))
    np.testing.assert_array_equal(np.where(mask, got, 0), np.where(mask, want, 0))


@pytest.fixture(autouse=True)
def _compacting(monkeypatch):
  """Compaction on, as on the CPU by default, whatever the backend."""
  monkeypatch.setattr(slots, "_mode", "on")


def test_modes():
  slots.set_mode("auto")
  assert slots.enabled() == (jax.default_backend() == "cpu")
  slots.set_mode("off")
  assert not slots.enabled()
  with pytest.raises(ValueError, match="compact_slots"):
    slots.set_mode("sometimes")


@pytest.mark.parametrize("share", [0.0, 0.1, 0.5, 1.0])
def test_batched_matches_vmap(share):
  rng = np.random.default_rng(7)
  b, m = 64, 48
  values = jnp.asarray(rng.integers(-50, 50, (b, m)), jnp.int32)
  present = jnp.asarray(rng.random((b, m)) < share)
  scale = jnp.asarray(rng.integers(1, 3, b), jnp.int32)  # captured, batched
  offset = jnp.int32(3)  # captured, unbatched

  def sample(v, p, s):
    elems = encoding.Integer(value=v, valid=p)
    return slots.map_slots(lambda e: _heavy(e.value, s, offset), (elems,), p)

  def plain(v, p, s):
    return jax.vmap(lambda x: _heavy(x, s, offset))(v)

  got = jax.jit(jax.vmap(sample))(values, present, scale)
  want = jax.vmap(plain)(values, present, scale)
  _compare(got, want, present)


def test_unbatched_container_and_nesting(monkeypatch):
  rng = np.random.default_rng(3)
  b, m = 16, 8
  values = jnp.asarray(rng.integers(0, 9, m), jnp.int32)  # one container for every sample
  present = jnp.arange(m) < 5
  scale = jnp.asarray(rng.integers(1, 4, b), jnp.int32)

  def inner_sum(x, s):
    inner = encoding.Integer(value=jnp.arange(4, dtype=jnp.int32) + x, valid=jnp.ones(4, bool))
    out = slots.map_slots(lambda e: _heavy(e.value, s, 1), (inner,), inner.valid)
    return encoding.Integer(value=jnp.sum(out.value), valid=jnp.all(out.valid))

  def sample(s):
    elems = encoding.Integer(value=values, valid=present)
    return slots.map_slots(lambda e: inner_sum(e.value, s), (elems,), present)

  def plain(s):
    return jax.vmap(lambda x: inner_sum(x, s))(values)

  got = jax.jit(jax.vmap(sample))(scale)
  monkeypatch.setattr(slots, "_mode", "off")
  want = jax.jit(jax.vmap(plain))(scale)
  _compare(got, want, jnp.broadcast_to(present, (b, m)))


def test_captured_only_work_is_split_off_and_gives_vmaps_values():
  """What a callable computes from captured values alone runs once per sample."""
  rng = np.random.default_rng(5)
  b, m = 32, 16
  values = jnp.asarray(rng.integers(-9, 9, (b, m)), jnp.int32)
  present = jnp.asarray(rng.random((b, m)) < 0.4)
  scale = jnp.asarray(rng.integers(1, 4, b), jnp.int32)  # captured, batched
  offset = jnp.int32(2)  # captured, unbatched

  def callable_(e, s):
    # cumsum of the captured values alone: per sample, not per slot.
    field = jnp.cumsum(jnp.arange(8, dtype=jnp.int32) * s) + offset * 3
    return _heavy(e.value + field[e.value % 8], s, offset)

  closed = jax.make_jaxpr(lambda v: callable_(encoding.Integer(value=v, valid=True),
                                              jnp.int32(2)))(jnp.int32(0))
  known, per_row, _ = slots._split(closed.jaxpr, [False] * len(closed.jaxpr.constvars))
  assert "cumsum" in str(known.jaxpr) and "cumsum" not in str(per_row.jaxpr)

  def sample(v, p, s):
    return slots.map_slots(lambda e: callable_(e, s), (encoding.Integer(value=v, valid=p),), p)

  got = jax.jit(jax.vmap(sample))(values, present, scale)
  want = jax.vmap(lambda v, s: jax.vmap(
      lambda x: callable_(encoding.Integer(value=x, valid=True), s))(v))(values, scale)
  _compare(got, want, present)


def test_split_marks_what_depends_on_batched_captures():
  a, c = jnp.int32(3), jnp.int32(4)  # captured: a batched, c not

  def f(x):
    return x + jnp.sin(a * 1.0).astype(jnp.int32) + jnp.cos(c * 1.0).astype(jnp.int32)

  closed = jax.make_jaxpr(f)(jnp.int32(0))
  flags = [v is a for v in closed.consts]
  assert len(flags) == 2 and sum(flags) == 1
  known, _, batched = slots._split(closed.jaxpr, flags)
  inputs = dict(zip(known.jaxpr.invars, flags))
  # Each residual computed from `a` is batched, each from `c` alone is not.
  assert sorted(batched) == [False, True]
  assert sum(inputs.values()) == 1


def _objects_program():
  """mapply(fork(recolor, color, backdrop), objects(I, T, F, T)), an sfilter of it, and a
  mapply whose callable maps over the objects again, capturing its element."""
  registry.load()
  prim = lambda name: registry.get(name).as_jax_callable()  # noqa: E731
  call = lambda name, *a: registry.get(name).call_jax(*a)  # noqa: E731
  t, f = codegen_runtime.encoded_constant("T"), codegen_runtime.encoded_constant("F")
  two = codegen_runtime.encoded_constant("TWO")

  def program(grid):
    objs = call("objects", grid, t, f, t)
    boxes = call("mapply", call("fork", prim("recolor"), prim("color"), prim("backdrop")), objs)
    big = call("sfilter", objs, call("compose", call("rbind", prim("greater"), two),
                                       prim("size")))
    # Each object in the colour of the object farthest from it: a nested
    # mapping whose callable captures x (its distance field is hoisted).
    farthest = call("chain", prim("color"), call("lbind", prim("argmax"), objs),
                    call("lbind", prim("lbind"), prim("manhattan")))
    recoloured = call("mapply", call("fork", prim("recolor"), farthest, prim("identity")), objs)
    return boxes, big, recoloured

  return program


def test_mapping_primitives_on_arc_grids(monkeypatch):
  grids = arc1_grids("train")[::40][:96]
  cells = np.zeros((len(grids), 30, 30), np.int8)
  hw = np.zeros((len(grids), 2), np.int32)
  for i, g in enumerate(grids):
    a = np.asarray(g, np.int8)
    cells[i, :a.shape[0], :a.shape[1]] = a
    hw[i] = a.shape

  def run():
    program = _objects_program()
    fn = jax.jit(jax.vmap(lambda c, h: program(encoding.Grid(cells=c, hw=h,
                                                             valid=jnp.asarray(True)))))
    return fn(cells, hw)

  monkeypatch.setattr(slots, "MIN_EQUATIONS", 0)
  compacted = run()
  monkeypatch.setattr(slots, "_mode", "off")
  plain = run()
  for got, want in zip(compacted, plain):
    valid = np.asarray(want.valid)
    np.testing.assert_array_equal(np.asarray(got.valid), valid)
    assert valid.any()
    for a, b in zip(jax.tree.leaves(got), jax.tree.leaves(want)):
      a, b = np.asarray(a), np.asarray(b)
      keep = valid.reshape(valid.shape + (1,) * (a.ndim - 1))
      np.testing.assert_array_equal(np.where(keep, a, 0), np.where(keep, b, 0))
