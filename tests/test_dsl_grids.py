"""Hand-checked values of the grid geometry family, reference and JAX alike."""

import jax
import pytest

from batt_jax.dsl import encoding
from batt_jax.dsl import registry
from dsl_testing import EMPTY, type_of

G23 = ((1, 2, 3), (4, 5, 6))
G33 = ((1, 2, 3), (4, 5, 6), (7, 8, 9))
L_SHAPE = frozenset({(2, 5), (2, 6), (2, 7), (3, 5)})
L_OBJECT = frozenset({(1, (2, 5)), (2, (2, 6)), (3, (2, 7)), (4, (3, 5))})


def check(name, args, ret_type, expected):
  """Both implementations give `expected` (None: undefined)."""
  prim = registry.get(name)
  assert prim.call_reference(*args) == expected, ("reference", name, args)
  encoded = [encoding.encode(a, type_of(a)) for a in args]
  got = encoding.decode(jax.jit(prim.call_jax)(*encoded), ret_type)
  assert got == expected, ("jax", name, args, got)


CASES = [
    # Rotations and mirrors of a 2 x 3 grid.
    ("rot90", (G23,), "Grid", ((4, 1), (5, 2), (6, 3))),
    ("rot180", (G23,), "Grid", ((6, 5, 4), (3, 2, 1))),
    ("rot270", (G23,), "Grid", ((3, 6), (2, 5), (1, 4))),
    ("hmirror", (G23,), "Grid", ((4, 5, 6), (1, 2, 3))),
    ("vmirror", (G23,), "Grid", ((3, 2, 1), (6, 5, 4))),
    ("dmirror", (G23,), "Grid", ((1, 4), (2, 5), (3, 6))),
    ("cmirror", (G23,), "Grid", ((6, 3), (5, 2), (4, 1))),
    # Patch mirrors act within the bounding box (rows 2..3, cols 5..7).
    ("hmirror", (L_SHAPE,), "Indices", frozenset({(3, 5), (3, 6), (3, 7), (2, 5)})),
    ("vmirror", (L_SHAPE,), "Indices", frozenset({(2, 7), (2, 6), (2, 5), (3, 7)})),
    ("dmirror", (L_SHAPE,), "Indices", frozenset({(2, 5), (3, 5), (4, 5), (2, 6)})),
    ("cmirror", (L_SHAPE,), "Indices", frozenset({(4, 6), (3, 6), (2, 6), (4, 5)})),
    ("cmirror", (L_OBJECT,), "Object",
     frozenset({(1, (4, 6)), (2, (3, 6)), (3, (2, 6)), (4, (4, 5))})),
    ("hmirror", (L_OBJECT,), "Object",
     frozenset({(1, (3, 5)), (2, (3, 6)), (3, (3, 7)), (4, (2, 5))})),
    ("dmirror", (frozenset({(-1, -2), (0, -2)}),), "Indices", frozenset({(-1, -2), (-1, -1)})),
    ("vmirror", (EMPTY,), "Indices", EMPTY),
    ("cmirror", (EMPTY,), "Indices", EMPTY),
    # crop: clipped to the grid; start outside or empty dims undefined.
    ("crop", (G33, (1, 1), (5, 5)), "Grid", ((5, 6), (8, 9))),
    ("crop", (G33, (0, 1), (2, 1)), "Grid", ((2,), (5,))),
    ("crop", (G33, (3, 0), (1, 1)), "Grid", None),
    ("crop", (G33, (-1, 0), (2, 2)), "Grid", None),
    ("crop", (G33, (0, 0), (0, 1)), "Grid", None),
    # hsplit / vsplit: equal parts, with 1-cell separators when r == n - 1.
    ("hsplit", (((1, 2, 0, 3, 4),), 2), "GridTuple", (((1, 2),), ((3, 4),))),
    ("hsplit", (((1, 2, 0, 3, 4),), 3), "GridTuple", (((1,),), ((0,),), ((4,),))),
    ("hsplit", (((1, 2, 0, 3, 4),), 5), "GridTuple", tuple(((v,),) for v in (1, 2, 0, 3, 4))),
    ("hsplit", (((1, 2, 0, 3, 4),), 4), "GridTuple", None),
    ("hsplit", (((1, 2, 0, 3, 4),), 6), "GridTuple", None),
    ("hsplit", (((1, 2, 0, 3, 4),), 0), "GridTuple", None),
    ("hsplit", (((0,) * 17,), 17), "GridTuple", None),  # more than MAX_GRIDS parts
    ("vsplit", (((1,), (2,), (3,), (4,)), 2), "GridTuple", (((1,), (2,)), ((3,), (4,)))),
    ("vsplit", (G33, 2), "GridTuple", (((1, 2, 3),), ((7, 8, 9),))),
    # Concatenation.
    ("hconcat", (((1,), (2,)), ((3, 4), (5, 6))), "Grid", ((1, 3, 4), (2, 5, 6))),
    ("hconcat", (((1,),), ((3, 4), (5, 6))), "Grid", None),
    ("hconcat", (((1,) * 16,), ((2,) * 15,)), "Grid", None),
    ("vconcat", (((1, 2),), ((3, 4), (5, 6))), "Grid", ((1, 2), (3, 4), (5, 6))),
    ("vconcat", (((1,),), ((3, 4),)), "Grid", None),
    # Scaling.
    ("upscale", (((1, 2),), 2), "Grid", ((1, 1, 2, 2), (1, 1, 2, 2))),
    ("upscale", (((1, 2),), 0), "Grid", None),
    ("upscale", (((1,) * 16,), 2), "Grid", None),
    ("upscale", (frozenset({(1, 1), (2, 2)}), 2), "Indices",
     frozenset({(1, 1), (1, 2), (2, 1), (2, 2), (3, 3), (3, 4), (4, 3), (4, 4)})),
    ("upscale", (frozenset({(5, (-3, 4))}), 2), "Object",
     frozenset({(5, (-3, 4)), (5, (-3, 5)), (5, (-2, 4)), (5, (-2, 5))})),
    ("upscale", (frozenset({(0, 0), (0, 15)}), 2), "Indices", None),
    ("upscale", (EMPTY, 3), "Indices", EMPTY),
    ("upscale", (EMPTY, 0), "Indices", None),
    ("hupscale", (((1, 2), (3, 4)), 2), "Grid", ((1, 1, 2, 2), (3, 3, 4, 4))),
    ("vupscale", (((1, 2), (3, 4)), 2), "Grid", ((1, 2), (1, 2), (3, 4), (3, 4))),
    ("vupscale", (((1, 2), (3, 4)), -1), "Grid", None),
    ("downscale", (G33, 2), "Grid", ((1, 3), (7, 9))),
    ("downscale", (G33, 5), "Grid", ((1,),)),
    ("downscale", (G33, 0), "Grid", None),
    ("repeatgrid", (((1, 2),), (2, 3)), "Grid", ((1, 2, 1, 2, 1, 2), (1, 2, 1, 2, 1, 2))),
    ("repeatgrid", (G23, (1, 1)), "Grid", G23),
    ("repeatgrid", (G23, (0, 1)), "Grid", None),
    ("repeatgrid", (G23, (1, 11)), "Grid", None),
    # Trimming and halves.
    ("trim", (G33,), "Grid", ((5,),)),
    ("trim", (G23,), "Grid", None),
    ("compress", (((0, 0, 0, 0), (0, 1, 0, 2), (0, 0, 0, 0), (0, 3, 0, 4)),), "Grid",
     ((1, 2), (3, 4))),
    ("compress", (((1, 2), (1, 2)),), "Grid", None),
    ("compress", (((7,),),), "Grid", None),
    ("tophalf", (G33,), "Grid", ((1, 2, 3),)),
    ("bottomhalf", (G33,), "Grid", ((7, 8, 9),)),
    ("bottomhalf", (((1,), (2,), (3,), (4,)),), "Grid", ((3,), (4,))),
    ("lefthalf", (G33,), "Grid", ((1,), (4,), (7,))),
    ("righthalf", (G33,), "Grid", ((3,), (6,), (9,))),
    ("tophalf", (((1, 2),),), "Grid", None),
    ("righthalf", (((1,), (2,)),), "Grid", None),
    # subgrid: bounding box clipped to the grid.
    ("subgrid", (frozenset({(0, 1), (1, 2)}), G33), "Grid", ((2, 3), (5, 6))),
    ("subgrid", (frozenset({(-1, -1), (0, 0)}), G33), "Grid", ((1,),)),
    ("subgrid", (frozenset({(2, 2), (4, 4)}), G33), "Grid", ((9,),)),
    ("subgrid", (frozenset({(3, 0)}), G33), "Grid", None),
    ("subgrid", (EMPTY, G33), "Grid", None),
    # Construction and comparison.
    ("canvas", (3, (2, 1)), "Grid", ((3,), (3,))),
    ("canvas", (10, (1, 1)), "Grid", None),
    ("canvas", (0, (0, 1)), "Grid", None),
    ("canvas", (0, (31, 1)), "Grid", None),
    ("cellwise", (((1, 2), (3, 4)), ((1, 0), (3, 0)), 7), "Grid", ((1, 7), (3, 7))),
    ("cellwise", (((1, 2),), ((1,), (2,)), 7), "Grid", None),
    ("cellwise", (((1, 2),), ((1, 2),), 10), "Grid", None),
    # Measures.
    ("shape", (G23,), "Point", (2, 3)),
    ("shape", (L_SHAPE,), "Point", (2, 3)),
    ("shape", (EMPTY,), "Point", None),
    ("height", (L_OBJECT,), "Integer", 2),
    ("width", (L_OBJECT,), "Integer", 3),
    ("width", (EMPTY,), "Integer", None),
    ("portrait", (L_SHAPE,), "Boolean", False),
    ("portrait", (frozenset({(0, 0), (1, 0)}),), "Boolean", True),
    ("square", (frozenset({(0, 0), (1, 1)}),), "Boolean", True),
    ("square", (G23,), "Boolean", False),
    ("hperiod", (((1, 2, 1, 2, 1), (3, 4, 3, 4, 3)),), "Integer", 2),
    ("hperiod", (((1, 2, 3),),), "Integer", 3),
    ("hperiod", (((5, 5),),), "Integer", 1),
    ("hperiod", (((1, 2, 1, 2), (3, 4, 3, 3)),), "Integer", 4),
    ("vperiod", (((1,), (2,), (1,), (3,)),), "Integer", 4),
    ("vperiod", (((1,), (2,), (1,)),), "Integer", 2),
]


@pytest.mark.parametrize("name,args,ret_type,expected", CASES,
                         ids=[f"{c[0]}-{k}" for k, c in enumerate(CASES)])
def test_hand_checked(name, args, ret_type, expected):
  check(name, args, ret_type, expected)


def test_mirror_identities():
  """Every mirror is an involution; four quarter turns are the identity."""
  for name in ("hmirror", "vmirror", "dmirror", "cmirror"):
    for piece in (G23, L_SHAPE, L_OBJECT):
      f = registry.get(name).reference
      assert f(f(piece)) == piece
  rot90 = registry.get("rot90").reference
  rot270 = registry.get("rot270").reference
  assert rot90(rot90(rot90(rot90(G23)))) == G23
  assert rot270(rot90(G23)) == G23
  # cmirror = vmirror . dmirror . vmirror, on grids and on patches.
  ref = {n: registry.get(n).reference for n in ("vmirror", "dmirror", "cmirror")}
  for piece in (G23, L_SHAPE, L_OBJECT):
    assert ref["cmirror"](piece) == ref["vmirror"](ref["dmirror"](ref["vmirror"](piece)))
