"""Shared helpers of the DSL family tests: one call through both implementations."""

from batt_jax.dsl import parity
from batt_jax.dsl import registry
from batt_jax.dsl import types as T

U = "undefined"  # expected marker: the primitive is undefined (None on both sides)
EMPTY = frozenset()


def type_of(value) -> str:
  """The DSL type of a reference value, for hand-written arguments (an empty
  frozenset reads as Indices: pass `types=` where that is not meant)."""
  if isinstance(value, bool):
    return "Boolean"
  if isinstance(value, int):
    return "Integer"
  if isinstance(value, frozenset):
    items = list(value)
    if items and isinstance(items[0], frozenset):
      return "Objects"
    if items and isinstance(items[0][1], tuple):
      return "Object"
    return "Indices"
  if isinstance(value, tuple) and value and isinstance(value[0], tuple):
    return "Grid"
  return "Point"


def run(name, types, rows):
  """(reference results, JAX results under jit(vmap)) of `name` on `rows`."""
  prim = registry.get(name)
  arg_types = [T.base(t) for t in types]
  ret = T.check_call(prim.signature, arg_types)
  case = parity.CaseSet(prim, arg_types, ret.name, {}, [tuple(r) for r in rows])
  return parity.run_reference(case), parity.run_jax(case)


def both(name, *args, types=None):
  """(reference result, JAX result) of one call; None where undefined."""
  (ref,), (jx,) = run(name, types or [type_of(a) for a in args], [args])
  return ref, jx


def check(name, expected, *args, types=None):
  """Both implementations give `expected` (U: undefined)."""
  ref, jx = both(name, *args, types=types)
  expected = None if expected is U else expected
  assert ref == expected, f"reference {name}{args}: {ref} != {expected}"
  assert jx == expected, f"jax {name}{args}: {jx} != {expected}"


def obj(*cells):
  return frozenset(cells)


def ind(*cells):
  return frozenset(cells)
