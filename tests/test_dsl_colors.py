"""Hand-checked values of the colours family, reference and JAX alike.

Each expected value is worked out by hand from the primitive's docstring;
`check` runs the reference and the JAX implementation (under jit(vmap),
through the parity helpers, canonical form included) against it.
"""

import pytest

from conftest import arc1_grids
from dsl_testing import EMPTY, U, check, ind, obj, run



G = ((1, 1, 2),
     (0, 1, 2),
     (3, 3, 1))  # counts: 1 -> 4, 2 -> 2, 3 -> 2, 0 -> 1


TWO = obj((5, (0, 0)), (5, (1, 1)), (7, (2, 2)))


@pytest.mark.parametrize("name,expected,args,types", [
    ("leastcolor", 0, (G,), None),
    ("leastcolor", 2, (((2, 2, 3, 3, 1, 1, 1),),), None),  # tie 2/3 -> smaller
    ("leastcolor", 7, (TWO,), None),
    ("leastcolor", U, (EMPTY,), ["Object"]),
    ("leastcolor", U, (ind((0, 0)),), None),
    ("mostcolor", 1, (G,), None),
    ("colorcount", 4, (G, 1), None),
    ("colorcount", 0, (G, 9), None),
    ("colorcount", 2, (TWO, 5), None),
    ("colorcount", 0, (EMPTY, 5), ["Object", "Integer"]),
    ("colorcount", 0, (EMPTY, 5), ["Indices", "Integer"]),
    ("colorcount", U, (G, 10), None),
    ("colorcount", U, (G, -1), None),
    ("colorcount", U, (ind((0, 0)), 0), None),
    ("numcolors", 4, (G,), None),
    ("numcolors", 2, (TWO,), None),
    ("numcolors", 0, (EMPTY,), ["Object"]),
    ("numcolors", U, (ind((1, 1)),), None),
    ("color", 4, (obj((4, (3, -2)), (4, (3, -1))),), None),
    ("color", U, (TWO,), None),
    ("color", U, (EMPTY,), ["Object"]),
    ("index", 2, (G, (1, 2)), None),
    ("index", 3, (G, (2, 0)), None),
    ("index", U, (G, (3, 0)), None),
    ("index", U, (G, (0, -1)), None),
])
def test_scalars(name, expected, args, types):
  check(name, expected, *args, types=types)


def test_ofcolor():
  check("ofcolor", ind((0, 2), (1, 2)), G, 2)
  check("ofcolor", EMPTY, G, 9, types=["Grid", "Integer"])
  check("ofcolor", U, G, 12, types=["Grid", "Integer"])


def test_replace_and_switch():
  check("replace", ((1, 1, 5), (0, 1, 5), (3, 3, 1)), G, 2, 5)
  check("replace", G, G, 8, 5)  # absent colour: unchanged
  check("replace", U, G, 2, 10)
  check("switch", ((2, 2, 1), (0, 2, 1), (3, 3, 2)), G, 1, 2)
  check("switch", G, G, 3, 3)
  check("switch", U, G, -1, 3)


def test_rankcolors():
  # The docstring's example: counts 5 -> 3, 1 -> 2, 3 -> 1; order 5, 1, 3, 0, 2, ...
  check("rankcolors", ((0, 0, 2), (0, 1, 1)), ((5, 5, 3), (5, 1, 1)))
  # G: order 1, 2, 3, 0 (2 and 3 tie at two cells: the smaller colour first).
  check("rankcolors", ((0, 0, 1), (3, 0, 1), (2, 2, 0)), G)
  # Ties: 2 and 7 both twice -> 2 first; 0 once -> rank 2.
  check("rankcolors", ((1, 0, 1, 0, 2),), ((7, 2, 7, 2, 0),))
  check("rankcolors", ((1, 0), (0, 1)), ((9, 4), (4, 9)))
  # One colour: it becomes 0, whatever it was.
  check("rankcolors", ((0, 0), (0, 0), (0, 0)), ((6, 6), (6, 6), (6, 6)))
  check("rankcolors", ((0,),), ((0,),))
  # Every colour once: order 0..9, unchanged.
  check("rankcolors", (tuple(range(10)),), (tuple(range(10)),))
  # Colour 0 has no privilege: 8 (count 3) -> 0, 0 (count 1) -> 1.
  check("rankcolors", ((0, 1, 0, 0),), ((8, 0, 8, 8),))


def test_unrankcolors():
  ref = ((5, 5, 3), (5, 1, 1))  # order 5, 1, 3, 0, 2, 4, 6, 7, 8, 9
  # Result has the first grid's shape; value v -> the colour of rank v.
  check("unrankcolors", ((5, 1, 3, 0, 2), (4, 6, 7, 8, 9)),
        ((0, 1, 2, 3, 4), (5, 6, 7, 8, 9)), ref)
  check("unrankcolors", ref, ((0, 0, 2), (0, 1, 1)), ref)
  # One-colour reference: order 6, 0, 1, 2, 3, 4, 5, 7, 8, 9.
  check("unrankcolors", ((6, 0, 1, 5, 7),), ((0, 1, 2, 6, 7),), ((6,),))
  # G's order 1, 2, 3, 0, 4, ...
  check("unrankcolors", ((1,), (2,), (3,), (0,), (4,)), ((0,), (1,), (2,), (3,), (4,)), G)


def test_unrankcolors_inverts_rankcolors_on_real_grids():
  grids = list(arc1_grids("train")[::97]) + [G, ((5, 5, 3), (5, 1, 1))]
  ref_ranked, jax_ranked = run("rankcolors", ["Grid"], [(g,) for g in grids])
  assert ref_ranked == jax_ranked
  for g, r in zip(grids, ref_ranked):
    assert len(r) == len(g) and len(r[0]) == len(g[0])
    # Ranks of the colours present are exactly 0..(number of colours - 1).
    assert {v for row in r for v in row} == set(range(len({v for row in g for v in row})))
  ref_back, jax_back = run("unrankcolors", ["Grid", "Grid"],
                           [(r, g) for r, g in zip(ref_ranked, grids)])
  assert ref_back == grids
  assert jax_back == grids


def test_fill_family():
  patch = ind((0, 0), (1, 1), (2, 5), (-1, 0))  # two cells outside the grid
  check("fill", ((9, 1, 2), (0, 9, 2), (3, 3, 1)), G, 9, patch)
  # An Object's own colours are ignored by fill.
  check("fill", ((9, 1, 2), (0, 9, 2), (3, 3, 1)), G, 9, obj((4, (0, 0)), (6, (1, 1))))
  check("fill", U, G, 10, patch)
  # underfill: only cells of the grid's mostcolor (1) change.
  check("underfill", ((9, 9, 2), (0, 9, 2), (3, 3, 1)), G, 9,
        ind((0, 0), (0, 1), (0, 2), (1, 0), (1, 1)))
  # cover: the patch's inside cells become the mostcolor (1).
  check("cover", ((1, 1, 1), (1, 1, 1), (3, 3, 1)), G, ind((0, 2), (1, 0), (1, 2), (5, 5)))
  check("fill", G, G, 4, EMPTY, types=["Grid", "Integer", "Indices"])


def test_paint_family():
  o = obj((7, (0, 2)), (8, (2, 2)), (6, (3, 0)), (5, (0, -1)))
  check("paint", ((1, 1, 7), (0, 1, 2), (3, 3, 8)), G, o)
  # underpaint: (0, 2) holds 2 and stays; (2, 2) holds mostcolor 1 and takes 8.
  check("underpaint", ((1, 1, 2), (0, 1, 2), (3, 3, 8)), G, o)
  check("paint", G, G, EMPTY, types=["Grid", "Object"])


def test_patch_builders():
  check("recolor", obj((3, (0, 0)), (3, (5, -4))), 3, ind((0, 0), (5, -4)))
  check("recolor", obj((3, (0, 0)), (3, (1, 1))), 3, obj((5, (0, 0)), (6, (1, 1))))
  check("recolor", EMPTY, 3, EMPTY, types=["Integer", "Indices"])
  check("recolor", U, 10, ind((0, 0)))
  check("toobject", obj((1, (0, 0)), (2, (1, 2))), ind((0, 0), (1, 2), (3, 3), (-1, 0)), G)
  check("toobject", EMPTY, ind((7, 7)), G)
  check("asobject", obj((4, (0, 0)), (0, (0, 1))), ((4, 0),))
  check("asindices", ind((0, 0), (1, 0)), ((4,), (4,)))


def test_colorfilter():
  a = obj((2, (0, 0)), (2, (0, 1)))
  b = obj((2, (5, 5)))
  mixed = obj((2, (3, 3)), (4, (3, 4)))
  c = obj((4, (9, 9)))
  objs = frozenset({a, b, mixed, c})
  check("colorfilter", frozenset({a, b}), objs, 2)
  check("colorfilter", frozenset({c}), objs, 4)  # the mixed object never matches
  check("colorfilter", frozenset(), objs, 7)
  check("colorfilter", U, objs, 10)
