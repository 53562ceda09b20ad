"""Hand-checked values of the arithmetic / logic primitives, reference and JAX.

Each case is (primitive, argument types, arguments, expected); expected None
means undefined. Both implementations are checked: the reference through
`call_reference`, JAX under jit(vmap) through the parity harness's runner.
"""

import pytest

from batt_jax.dsl import capacity
from batt_jax.dsl import parity
from batt_jax.dsl import registry
from batt_jax.dsl import types as T

L = capacity.INT_LIMIT
I, P, B = "Integer", "Point", "Boolean"

CASES = [
    ("identity", (I,), (-5,), -5),
    ("identity", (P,), ((2, -3),), (2, -3)),
    ("identity", ("Grid",), (((1, 2), (3, 4)),), ((1, 2), (3, 4))),
    ("subtract", (I, I), (3, 10), -7),
    ("subtract", (P, P), ((1, 2), (3, -5)), (-2, 7)),
    ("subtract", (I, I), (-L, 1), None),
    ("multiply", (I, I), (-3, 4), -12),
    ("multiply", (P, P), ((2, -3), (4, 5)), (8, -15)),
    ("multiply", (I, I), (1024, 1024), L),
    ("multiply", (I, I), (-1024, 1024), -L),
    ("multiply", (I, I), (1025, 1024), None),
    ("multiply", (I, I), (L, L), None),  # 2**40: must not wrap into range
    ("multiply", (I, I), (65536, 65536), None),  # 2**32 wraps to 0 in int32
    ("multiply", (I, I), (0, L), 0),
    ("multiply", (P, P), ((1, L), (1, 2)), None),
    ("divide", (I, I), (7, 2), 3),
    ("divide", (I, I), (-7, 2), -4),
    ("divide", (I, I), (7, -2), -4),
    ("divide", (I, I), (-7, -2), 3),
    ("divide", (I, I), (7, 0), None),
    ("divide", (I, I), (-L, -1), L),
    ("divide", (P, P), ((6, -7), (2, 2)), (3, -4)),
    ("divide", (P, P), ((6, 7), (1, 0)), None),
    ("modulo", (I, I), (7, 3), 1),
    ("modulo", (I, I), (-7, 3), 2),
    ("modulo", (I, I), (7, -3), -2),
    ("modulo", (I, I), (-7, -3), -1),
    ("modulo", (I, I), (5, 0), None),
    ("invert", (I,), (4,), -4),
    ("invert", (P,), ((0, -2),), (0, 2)),
    ("absolute", (I,), (-4,), 4),
    ("absolute", (P,), ((-3, 2),), (3, 2)),
    ("double", (I,), (-6,), -12),
    ("double", (P,), ((1, -2),), (2, -4)),
    ("double", (I,), (L // 2 + 1,), None),
    ("halve", (I,), (7,), 3),
    ("halve", (I,), (-3,), -2),
    ("halve", (P,), ((5, -5),), (2, -3)),
    ("increment", (I,), (-1,), 0),
    ("increment", (P,), ((0, 4),), (1, 5)),
    ("increment", (I,), (L,), None),
    ("decrement", (I,), (0,), -1),
    ("decrement", (P,), ((0, 4),), (-1, 3)),
    ("decrement", (I,), (-L,), None),
    ("sign", (I,), (-9,), -1),
    ("sign", (I,), (0,), 0),
    ("sign", (P,), ((-4, 0),), (-1, 0)),
    ("sign", (P,), ((7, -1),), (1, -1)),
    ("crement", (I,), (0,), 0),
    ("crement", (I,), (3,), 4),
    ("crement", (I,), (-3,), -4),
    ("crement", (I,), (L,), None),
    ("even", (I,), (0,), True),
    ("even", (I,), (-4,), True),
    ("even", (I,), (-3,), False),
    ("even", (I,), (7,), False),
    ("positive", (I,), (0,), False),
    ("positive", (I,), (1,), True),
    ("positive", (I,), (-1,), False),
    ("toivec", (I,), (3,), (3, 0)),
    ("tojvec", (I,), (-2,), (0, -2)),
    ("astuple", (I, I), (4, -1), (4, -1)),
    ("row", (P,), ((4, -1),), 4),
    ("col", (P,), ((4, -1),), -1),
    ("flip", (B,), (True,), False),
    ("flip", (B,), (False,), True),
    ("greater", (I, I), (3, 3), False),
    ("greater", (I, I), (4, 3), True),
    ("greater", (I, I), (-4, 3), False),
] + [("both", (B, B), (a, b), a and b) for a in (False, True) for b in (False, True)] + [
    ("either", (B, B), (a, b), a or b) for a in (False, True) for b in (False, True)]

# Pairs of distinct values of every type, for equality.
_OBJ = frozenset({(1, (0, 0)), (2, (0, 1)), (1, (1, 1))})
_OBJ_RECOLORED = frozenset({(1, (0, 0)), (3, (0, 1)), (1, (1, 1))})
_IDX = frozenset({(0, 0), (0, 1), (1, 1)})
DISTINCT = {
    "Integer": (3, -3),
    "Boolean": (True, False),
    "Point": ((1, 2), (2, 1)),
    "Grid": (((1, 2), (3, 4)), ((1, 2, 0), (3, 4, 0))),  # same cells, wider grid
    "Object": (_OBJ, _OBJ_RECOLORED),
    "Indices": (_IDX, frozenset({(5, 5), (5, 6), (6, 6)})),  # same shape, moved
    "Objects": (frozenset({_OBJ}), frozenset({_OBJ, _OBJ_RECOLORED})),
    "IndicesSet": (frozenset({_IDX}), frozenset({_IDX, frozenset()})),
    "IntegerSet": (frozenset({1, 2}), frozenset({1, 2, 3})),
    "IntegerList": ((1, 2), (2, 1)),
    "GridTuple": ((((1,),), ((2,),)), (((2,),), ((1,),))),
}
for _t, (_a, _b) in DISTINCT.items():
  CASES += [("equality", (_t, _t), (_a, _a), True), ("equality", (_t, _t), (_a, _b), False),
            ("equality", (_t, _t), (_b, _a), False), ("equality", (_t, _t), (_b, _b), True)]
CASES += [
    ("equality", ("Indices", "Indices"), (frozenset(), frozenset()), True),
    ("equality", ("Indices", "Indices"), (frozenset(), _IDX), False),
    ("equality", ("IntegerList", "IntegerList"), ((), ()), True),
    ("equality", ("IntegerList", "IntegerList"), ((), (0,)), False),
    ("equality", ("IntegerSet", "IntegerSet"), (frozenset(), frozenset({0})), False),
]


def _case_set(name, arg_types, rows):
  prim = registry.get(name)
  types = [T.base(t) for t in arg_types]
  ret = T.check_call(prim.signature, types)
  return parity.CaseSet(prim, types, ret.name, {}, list(rows))


def _groups():
  groups = {}
  for name, arg_types, args, expected in CASES:
    groups.setdefault((name, arg_types), []).append((args, expected))
  return groups


@pytest.mark.parametrize("key", sorted(_groups(), key=str), ids=str)
def test_hand_values(key):
  name, arg_types = key
  rows = _groups()[key]
  case = _case_set(name, arg_types, [args for args, _ in rows])
  expected = [e for _, e in rows]
  assert parity.run_reference(case) == expected, "reference"
  assert parity.run_jax(case) == expected, "jax"


def test_invalid_arguments_propagate():
  case = _case_set("add", ("Integer", "Integer"), [(None, 1), (1, None), (2, 3)])
  assert parity.run_reference(case) == [None, None, 5]
  assert parity.run_jax(case) == [None, None, 5]
  case = _case_set("equality", ("Grid", "Grid"), [(None, None), (((1,),), None)])
  assert parity.run_reference(case) == [None, None]
  assert parity.run_jax(case) == [None, None]


def test_equality_of_computed_values():
  """A JAX-computed value equals its encoded reference twin (canonical forms)."""
  import jax
  from batt_jax.dsl import encoding

  grid = ((1, 2, 3), (4, 5, 6))
  obj = frozenset({(4, (3, 5)), (6, (3, 6)), (4, (4, 6))})
  shift = registry.get("shift").call_jax
  rot90 = registry.get("rot90").call_jax
  equality = registry.get("equality").call_jax

  @jax.jit
  def run(g, o, offset, back):
    turned = rot90(rot90(rot90(rot90(g))))
    moved = shift(shift(o, offset), back)
    return (equality(turned, g), equality(moved, o), equality(shift(o, offset), o),
            equality(rot90(g), g))

  out = run(encoding.encode(grid, "Grid"), encoding.encode(obj, "Object"),
            encoding.encode((-3, 2), "Point"), encoding.encode((3, -2), "Point"))
  assert [encoding.decode(x, "Boolean") for x in out] == [True, True, False, False]
