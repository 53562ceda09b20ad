"""Combinators: the callables they return, applied to real encoded values.

The generic parity sweep cannot compare a callable result, so here each
returned callable is applied under jit(vmap) (the combinator itself is called
inside the trace, on traced captured values) and compared with the reference
closure applied to the same values, validity included. Hand-checked values
pin the semantics.
"""

import functools

import jax
import pytest

from batt_jax.dsl import capacity
from batt_jax.dsl import encoding
from batt_jax.dsl import parity
from batt_jax.dsl import registry
from batt_jax.dsl.encoding import Undefined

from conftest import arc1_grids

L = capacity.INT_LIMIT


def J(name):
  """A primitive as a JAX callable value (what programs pass around)."""
  return registry.get(name).as_jax_callable()


def R(name):
  """A primitive as a reference callable value."""
  return registry.get(name).as_reference_callable()


def jax_comb(name, *args):
  return registry.get(name).call_jax(*args)


def ref_comb(name, *args):
  return registry.get(name).call_reference(*args)


def run_jax(fn, arg_types, ret_type, rows):
  """fn(*encoded) -> encoded, under jit(vmap) over `rows`; decoded results."""
  columns = [encoding.stack([encoding.encode(row[i], t) for row in rows])
             for i, t in enumerate(arg_types)]
  out = jax.device_get(jax.jit(jax.vmap(fn))(*columns))
  return [encoding.decode(encoding.unstack(out, k), ret_type) for k in range(len(rows))]


def run_ref(fn, rows):
  """fn(*row) on reference values; None where it raises (undefined)."""
  out = []
  for row in rows:
    try:
      out.append(None if any(a is None for a in row) else fn(*row))
    except registry.UNDEFINED_ERRORS:
      out.append(None)
  return out


def check(jax_fn, ref_fn, arg_types, ret_type, rows, expected=None):
  ref = run_ref(ref_fn, rows)
  got = run_jax(jax_fn, arg_types, ret_type, rows)
  if expected is not None:
    assert ref == expected, "reference differs from the hand-checked values"
  bad = [(row, r, g) for row, r, g in zip(rows, ref, got) if r != g]
  assert not bad, f"{len(bad)} mismatches, first: {parity._short(bad[0])}"
  return ref


@functools.lru_cache(maxsize=None)
def grids():
  return tuple(arc1_grids("train")[::37]) + tuple(parity.edge_grids())


@functools.lru_cache(maxsize=None)
def objects():
  """(object, its grid) pairs from real grids (a few per grid)."""
  out = []
  for k, g in enumerate(grids()):
    objs = ref_comb("objects", g, k % 2 == 0, k % 3 == 0, True)
    for obj in encoding.canon.ordered(objs or frozenset())[:4]:
      out.append(obj)
  return tuple(out)


# --------------------------------------------------------------------------
# compose / chain / fork


def test_compose_size_toindices_on_arc_objects():
  rows = [(o,) for o in objects()] + [(None,)]
  jax_fn = lambda x: jax_comb("compose", J("size"), J("toindices"))(x)
  ref_fn = ref_comb("compose", R("size"), R("toindices"))
  ref = check(jax_fn, ref_fn, ["Object"], "Integer", rows)
  assert ref == [len(o) for o in objects()] + [None]


def test_apply_of_composed_callable():
  rows = [(ref_comb("objects", g, True, False, True),) for g in grids()]
  rows = [r for r in rows if r[0] is not None]
  jax_fn = lambda objs: J("apply")(jax_comb("compose", J("size"), J("toindices")), objs)
  ref_fn = lambda objs: R("apply")(ref_comb("compose", R("size"), R("toindices")), objs)
  ref = check(jax_fn, ref_fn, ["Objects"], "IntegerSet", rows)
  assert ref == [frozenset(len(o) for o in r[0]) for r in rows]


def test_compose_undefined_inner_or_outer():
  # increment(increment(x)) is undefined at L - 1 and L.
  rows = [(3,), (L - 2,), (L - 1,), (L,), (-L,)]
  jax_fn = lambda x: jax_comb("compose", J("increment"), J("increment"))(x)
  ref_fn = ref_comb("compose", R("increment"), R("increment"))
  check(jax_fn, ref_fn, ["Integer"], "Integer", rows, [5, L, None, None, -L + 2])


def test_chain_hand_values():
  rows = [(0,), (3,), (-5,), (L,)]
  jax_fn = lambda x: jax_comb("chain", J("invert"), J("double"), J("increment"))(x)
  ref_fn = ref_comb("chain", R("invert"), R("double"), R("increment"))
  check(jax_fn, ref_fn, ["Integer"], "Integer", rows, [-2, -8, 8, None])


def test_chain_on_grids_is_a_half_turn():
  rows = [(g,) for g in grids()]
  jax_fn = lambda g: jax_comb("chain", J("rot90"), J("rot90"), J("identity"))(g)
  ref_fn = ref_comb("chain", R("rot90"), R("rot90"), R("identity"))
  ref = check(jax_fn, ref_fn, ["Grid"], "Grid", rows)
  assert ref == [tuple(tuple(r[::-1]) for r in g[::-1]) for g in grids()]


def test_fork_hand_values():
  rows = [(0,), (2,), (-4,), (L // 3,), (L // 2,)]
  jax_fn = lambda x: jax_comb("fork", J("add"), J("double"), J("increment"))(x)
  ref_fn = ref_comb("fork", R("add"), R("double"), R("increment"))
  # 2x + (x + 1); at L // 2 the sum exceeds L.
  check(jax_fn, ref_fn, ["Integer"], "Integer", rows, [1, 7, -11, 3 * (L // 3) + 1, None])


def test_fork_equality_rot90_on_grids():
  rows = [(g,) for g in grids()] + [(((1, 2), (2, 1)),), (((5,),),)]
  jax_fn = lambda g: jax_comb("fork", J("equality"), J("identity"), J("rot90"))(g)
  ref_fn = ref_comb("fork", R("equality"), R("identity"), R("rot90"))
  ref = check(jax_fn, ref_fn, ["Grid"], "Boolean", rows)
  assert ref[-2:] == [False, True]


# --------------------------------------------------------------------------
# matcher / rbind / lbind


def test_matcher_size_on_arc_objects():
  rows = [(o, k % 5) for k, o in enumerate(objects())]
  rows += [(objects()[0], None), (None, 1)]
  jax_fn = lambda x, n: jax_comb("matcher", J("size"), n)(x)
  ref_fn = lambda x, n: ref_comb("matcher", R("size"), n)(x)
  ref = check(jax_fn, ref_fn, ["Object", "Integer"], "Boolean", rows)
  assert ref[:-2] == [len(o) == k % 5 for k, o in enumerate(objects())]
  assert ref[-2:] == [None, None]


def test_matcher_undefined_function():
  # halve then compare; decrement is undefined at -L.
  rows = [(4, 3), (4, 2), (-L, 0)]
  jax_fn = lambda x, t: jax_comb("matcher", J("decrement"), t)(x)
  ref_fn = lambda x, t: ref_comb("matcher", R("decrement"), t)(x)
  check(jax_fn, ref_fn, ["Integer", "Integer"], "Boolean", rows, [True, False, None])


def test_matcher_on_grids():
  rows = [(g, rot) for g in grids()[:12] for rot in (g, tuple(zip(*g[::-1])))]
  jax_fn = lambda x, t: jax_comb("matcher", J("rot90"), t)(x)
  ref_fn = lambda x, t: ref_comb("matcher", R("rot90"), tuple(map(tuple, t)))(x)
  check(jax_fn, ref_fn, ["Grid", "Grid"], "Boolean", rows)


def test_rbind_shift_on_arc_patches():
  offsets = ((0, 0), (1, 1), (-3, 2), (5, -7), (0, -1))
  rows = [(o, offsets[k % len(offsets)]) for k, o in enumerate(objects())]
  jax_fn = lambda x, p: jax_comb("rbind", J("shift"), p)(x)
  ref_fn = lambda x, p: ref_comb("rbind", R("shift"), p)(x)
  ref = check(jax_fn, ref_fn, ["Object", "Point"], "Object", rows)
  assert ref[2] == frozenset((c, (i + offsets[2][0], j + offsets[2][1]))
                             for c, (i, j) in rows[2][0])
  idx_rows = [(frozenset(loc for _, loc in o), p) for o, p in rows]
  check(jax_fn, ref_fn, ["Indices", "Point"], "Indices", idx_rows)


def test_apply_of_rbind_shift():
  rows = [(ref_comb("objects", g, True, True, True), (k % 3 - 1, 2))
          for k, g in enumerate(grids())]
  rows = [r for r in rows if r[0] is not None]
  jax_fn = lambda objs, p: J("apply")(jax_comb("rbind", J("shift"), p), objs)
  ref_fn = lambda objs, p: R("apply")(ref_comb("rbind", R("shift"), p), objs)
  check(jax_fn, ref_fn, ["Objects", "Point"], "Objects", rows)


def test_rbind_lbind_argument_order_and_validity():
  rows = [(3, 10), (10, 3), (-L, 1), (1, None), (None, 1)]
  jax_r = lambda x, c: jax_comb("rbind", J("subtract"), c)(x)
  ref_r = lambda x, c: ref_comb("rbind", R("subtract"), c)(x)
  check(jax_r, ref_r, ["Integer", "Integer"], "Integer", rows, [-7, 7, None, None, None])
  jax_l = lambda x, c: jax_comb("lbind", J("subtract"), c)(x)
  ref_l = lambda x, c: ref_comb("lbind", R("subtract"), c)(x)
  check(jax_l, ref_l, ["Integer", "Integer"], "Integer", rows, [7, -7, None, None, None])


def test_lbind_with_a_callable_bound():
  """lbind(apply, f) fixes a callable; the closure takes the container."""
  rows = [(ref_comb("partition", g),) for g in grids()]
  jax_fn = lambda objs: jax_comb("lbind", J("apply"), J("toindices"))(objs)
  ref_fn = ref_comb("lbind", R("apply"), R("toindices"))
  check(jax_fn, ref_fn, ["Objects"], "IndicesSet", rows)


# --------------------------------------------------------------------------
# power


def test_power_rot90_traced_count():
  rows = [(g, n) for k, g in enumerate(grids()) for n in ((k % 6), -1, 31, 30)]
  jax_fn = lambda g, n: jax_comb("power", J("rot90"), n)(g)
  ref_fn = lambda g, n: ref_comb("power", R("rot90"), n)(g)
  ref = check(jax_fn, ref_fn, ["Grid", "Integer"], "Grid", rows)
  half = lambda g: tuple(tuple(r[::-1]) for r in g[::-1])
  for (g, n), r in zip(rows, ref):
    if n in (-1, 31):
      assert r is None
    elif n % 4 == 0:
      assert r == g
    elif n % 4 == 2:
      assert r == half(g)


def test_power_every_count_0_to_5():
  g = ((1, 2, 3), (4, 5, 6))
  rows = [(g, n) for n in range(6)]
  jax_fn = lambda g, n: jax_comb("power", J("rot90"), n)(g)
  ref_fn = lambda g, n: ref_comb("power", R("rot90"), n)(g)
  q = ((4, 1), (5, 2), (6, 3))
  h = ((6, 5, 4), (3, 2, 1))
  t = ((3, 6), (2, 5), (1, 4))
  check(jax_fn, ref_fn, ["Grid", "Integer"], "Grid", rows, [g, q, h, t, g, q])


def test_power_integers_and_overflow():
  rows = [(2, 5), (1, 20), (1, 21), (0, 30), (-3, 0), (7, None), (None, 2)]
  jax_fn = lambda x, n: jax_comb("power", J("double"), n)(x)
  ref_fn = lambda x, n: ref_comb("power", R("double"), n)(x)
  check(jax_fn, ref_fn, ["Integer", "Integer"], "Integer", rows,
        [64, L, None, 0, -3, None, None])


def test_power_of_a_closure():
  """power over a closure (rbind(add, p)) and over a point-valued function."""
  rows = [((1, 2), (0, 1), 3), ((0, 0), (2, -1), 30), ((0, 0), (1, 1), 31)]
  jax_fn = lambda x, p, n: jax_comb("power", jax_comb("rbind", J("add"), p), n)(x)
  ref_fn = lambda x, p, n: ref_comb("power", ref_comb("rbind", R("add"), p), n)(x)
  check(jax_fn, ref_fn, ["Point", "Point", "Integer"], "Point", rows,
        [(1, 5), (60, -30), None])


# --------------------------------------------------------------------------
# branch


def test_branch_values_traced_condition():
  gs = grids()
  rows = [(k % 2 == 0, gs[k], gs[(k + 1) % len(gs)]) for k in range(len(gs))]
  jax_fn = lambda c, a, b: J("branch")(c, a, b)
  ref_fn = R("branch")
  ref = check(jax_fn, ref_fn, ["Boolean", "Grid", "Grid"], "Grid", rows)
  assert ref == [a if c else b for c, a, b in rows]


def test_branch_callables_traced_condition():
  rows = [(k % 3 == 0, g) for k, g in enumerate(grids())]
  jax_fn = lambda c, g: J("branch")(c, J("rot90"), J("identity"))(g)
  ref_fn = lambda c, g: ref_comb("branch", c, R("rot90"), R("identity"))(g)
  ref = check(jax_fn, ref_fn, ["Boolean", "Grid"], "Grid", rows)
  assert ref == [tuple(zip(*g[::-1])) if c else g for c, g in rows]


def test_branch_callable_not_chosen_may_be_undefined():
  # rbind(divide, 0) is undefined everywhere; it only matters when chosen.
  rows = [(False, 7, 0), (True, 7, 0), (False, 7, 2), (True, 7, 2), (None, 7, 0)]
  jax_fn = lambda c, x, z: J("branch")(c, jax_comb("rbind", J("divide"), z), J("identity"))(x)
  ref_fn = lambda c, x, z: ref_comb("branch", c, ref_comb("rbind", R("divide"), z),
                                    R("identity"))(x)
  check(jax_fn, ref_fn, ["Boolean", "Integer", "Integer"], "Integer", rows,
        [7, None, 7, 3, None])


def test_branch_two_argument_callables_in_fork():
  """fork(branch(c, add, subtract), double, increment): 2x ± (x + 1)."""
  rows = [(True, 3), (False, 3), (True, -2), (False, -2)]
  jax_fn = lambda c, x: jax_comb("fork", J("branch")(c, J("add"), J("subtract")),
                                 J("double"), J("increment"))(x)
  ref_fn = lambda c, x: ref_comb("fork", ref_comb("branch", c, R("add"), R("subtract")),
                                 R("double"), R("increment"))(x)
  check(jax_fn, ref_fn, ["Boolean", "Integer"], "Integer", rows, [10, 2, -5, -3])


# --------------------------------------------------------------------------
# Reference closures raise, never return None.


@pytest.mark.parametrize("make, arg", [
    (lambda: ref_comb("compose", R("increment"), R("increment")), L),
    (lambda: ref_comb("compose", R("increment"), R("increment")), None),
    (lambda: ref_comb("chain", R("increment"), R("identity"), R("identity")), L),
    (lambda: ref_comb("fork", R("add"), R("identity"), R("identity")), L),
    (lambda: ref_comb("matcher", R("decrement"), 0), -L),
    (lambda: ref_comb("matcher", R("decrement"), 0), None),
    (lambda: ref_comb("rbind", R("divide"), 0), 5),
    (lambda: ref_comb("lbind", R("divide"), 5), 0),
    (lambda: ref_comb("power", R("identity"), 31), 5),
    (lambda: ref_comb("power", R("identity"), -1), 5),
    (lambda: ref_comb("power", R("increment"), 2), L - 1),
    (lambda: ref_comb("branch", True, R("increment"), R("identity")), L),
])
def test_reference_closures_raise(make, arg):
  closure = make()
  assert callable(closure)
  with pytest.raises(Undefined):
    closure(arg)
