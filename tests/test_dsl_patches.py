"""Hand-checked values of the patch-geometry family, reference and JAX alike.

Each expected value below is worked out by hand from the primitive's
docstring; `both` runs the reference and the JAX implementation (under
jit(vmap), through the parity helpers) and checks them against it. A
randomised parity test adds synthetic patches the ARC pools rarely give:
mixed Object / Indices pairs, negative and far-away coordinates.
"""

import random

import pytest

from batt_jax.dsl import parity
from batt_jax.dsl import registry
from batt_jax.dsl import types as T
from dsl_testing import EMPTY, U, check, ind, obj

L_SHAPE = ind((1, 1), (2, 1), (3, 1), (3, 2), (3, 4))  # bbox rows 1..3, cols 1..4
COLORED = obj((5, (2, 3)), (7, (4, 5)))


def test_normalize():
  check("normalize", ind((0, 0), (2, 2)), ind((2, 3), (4, 5)))
  check("normalize", obj((5, (0, 0)), (7, (2, 2))), COLORED)
  check("normalize", ind((0, 1), (1, 0)), ind((-5, -2), (-4, -3)))
  check("normalize", EMPTY, EMPTY, types=["Indices"])


def test_extremes_and_corners():
  check("uppermost", 1, L_SHAPE)
  check("lowermost", 3, L_SHAPE)
  check("leftmost", 1, L_SHAPE)
  check("rightmost", 4, L_SHAPE)
  check("ulcorner", (1, 1), L_SHAPE)
  check("urcorner", (1, 4), L_SHAPE)
  check("llcorner", (3, 1), L_SHAPE)
  check("lrcorner", (3, 4), L_SHAPE)
  check("lrcorner", (4, 5), COLORED)
  check("ulcorner", (-7, 100), ind((-7, 100)))
  for name in ("uppermost", "ulcorner", "lrcorner", "center", "centerofmass"):
    check(name, U, EMPTY, types=["Indices"])


def test_centers():
  # bbox rows 1..3 -> 2; cols 1..4 -> floor(5 / 2) = 2.
  check("center", (2, 2), L_SHAPE)
  # rows 0..1 -> floor(1/2) = 0 (upper middle); cols -3..0 -> floor(-3/2) = -2.
  check("center", (0, -2), ind((0, -3), (1, 0)))
  # rows (0 + 0 + 3) // 3 = 1, cols (0 + 1 + 0) // 3 = 0.
  check("centerofmass", (1, 0), ind((0, 0), (0, 1), (3, 0)))
  # Floor, not truncation: (-1 + 0) // 2 = -1.
  check("centerofmass", (-1, -1), obj((1, (-1, -1)), (2, (0, 0))))


def test_bbox_indices():
  check("corners", ind((1, 1), (1, 4), (3, 1), (3, 4)), L_SHAPE)
  check("corners", ind((5, 5)), ind((5, 5)))
  check("box", ind((0, 0), (0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1), (2, 2)),
        ind((0, 0), (2, 2)))
  check("box", ind((4, 0), (4, 1), (4, 2)), ind((4, 0), (4, 2)))
  # bbox rows 0..4, cols 0..3: inner rectangle rows 1..3, cols 1..2, all border.
  check("inbox", ind((1, 1), (1, 2), (2, 1), (2, 2), (3, 1), (3, 2)), ind((0, 0), (4, 3)))
  # 5 x 5 bbox: inbox is the ring of the 3 x 3 centre.
  check("inbox", ind((1, 1), (1, 2), (1, 3), (2, 1), (2, 3), (3, 1), (3, 2), (3, 3)),
        ind((0, 0), (4, 4)))
  check("inbox", EMPTY, ind((0, 0), (1, 5)))  # height 2: nothing inside
  check("inbox", ind((1, 1), (1, 2)), ind((0, 0), (2, 3)))  # height 3: one row
  check("outbox", ind((-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)),
        ind((0, 0)))
  check("outbox", U, ind((0, 0), (0, 28)))  # 29 wide: the outline would be 31
  check("outbox", ind(*[(i, j) for i in (-1, 1) for j in range(-1, 29)],
                      (0, -1), (0, 28)), ind((0, 0), (0, 27)))
  check("backdrop", ind((0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)), ind((0, 0), (1, 2)))
  check("delta", ind((0, 1), (0, 2), (1, 0), (1, 1)), obj((3, (0, 0)), (4, (1, 2))))
  check("delta", EMPTY, ind((0, 0), (0, 1)))  # a full rectangle: nothing left
  for name in ("corners", "box", "inbox", "outbox", "backdrop", "delta"):
    check(name, EMPTY, EMPTY, types=["Object"])


def test_connect():
  check("connect", ind((1, 1), (2, 2), (3, 3), (4, 4)), (4, 4), (1, 1))
  check("connect", ind((0, 3), (1, 2), (2, 1), (3, 0)), (0, 3), (3, 0))
  check("connect", ind((2, -1), (2, 0), (2, 1)), (2, 1), (2, -1))
  check("connect", ind((7, 7)), (7, 7), (7, 7))
  check("connect", EMPTY, (0, 0), (1, 2))  # not aligned
  check("connect", ind(*[(0, j) for j in range(30)]), (0, 0), (0, 29))
  check("connect", U, (0, 0), (0, 30))  # 31 cells


def test_shoot_and_frontiers():
  check("shoot", ind((28, 28), (29, 29)), (28, 28), (1, 1))
  check("shoot", ind(*[(0, j) for j in range(0, 30, 2)]), (0, 0), (0, 2))
  # Start off the canvas: k = 5..29 land on rows 0..24.
  check("shoot", ind(*[(i, 0) for i in range(25)]), (-5, 0), (1, 0))
  check("shoot", ind((3, 4)), (3, 4), (0, 0))
  check("shoot", EMPTY, (-1, 4), (0, 0))
  check("shoot", ind((5, 3), (4, 4), (3, 5), (2, 6), (1, 7), (0, 8)), (5, 3), (-1, 1))
  check("hfrontier", ind(*[(-3, j) for j in range(30)]), (-3, 7))
  check("vfrontier", ind(*[(i, 12) for i in range(30)]), (40, 12))


def test_neighbours_and_cells():
  check("dneighbors", ind((-1, 0), (1, 0), (0, -1), (0, 1)), (0, 0))
  check("ineighbors", ind((4, 6), (4, 8), (6, 6), (6, 8)), (5, 7))
  check("neighbors", ind(*[(i, j) for i in (1, 2, 3) for j in (1, 2, 3) if (i, j) != (2, 2)]),
        (2, 2))
  check("initset", ind((-4, 9)), (-4, 9))
  check("insertcell", ind((0, 0), (5, 5)), (5, 5), ind((0, 0)))
  check("insertcell", ind((-1, -1)), (-1, -1), EMPTY)
  check("insertcell", ind((0, 0), (2, 3)), (0, 0), ind((0, 0), (2, 3)))
  check("insertcell", U, (30, 0), ind((0, 0)))  # bbox 31 high
  check("insertcell", ind((29, 0), (0, 0)), (29, 0), ind((0, 0)))
  check("removecell", ind((2, 3)), (0, 0), ind((0, 0), (2, 3)))
  check("removecell", ind((0, 0), (2, 3)), (9, 9), ind((0, 0), (2, 3)))
  check("removecell", EMPTY, (4, 4), ind((4, 4)))


def test_lines_and_matching():
  check("hline", True, ind((2, 1), (2, 2), (2, 3)))
  check("hline", False, ind((2, 1), (2, 3)))  # a gap
  check("vline", False, ind((2, 1), (2, 2), (2, 3)))
  check("vline", True, obj((1, (0, 4)), (2, (1, 4))))
  check("hline", True, ind((9, 9)))
  check("vline", True, ind((9, 9)))
  check("hline", False, EMPTY, types=["Indices"])
  check("hmatching", True, ind((1, 0)), obj((3, (1, 9)), (3, (5, 5))))
  check("vmatching", False, ind((1, 0)), obj((3, (1, 9)), (3, (5, 5))))
  check("vmatching", True, ind((-40, 5)), ind((40, 5)))
  check("hmatching", False, EMPTY, ind((1, 1)), types=["Indices", "Indices"])


def test_distances():
  check("manhattan", 7, ind((0, 0)), ind((3, 4)))
  check("manhattan", 0, ind((0, 0), (1, 1)), obj((2, (1, 1))))
  check("manhattan", 2000, ind((0, 0)), ind((1000, 1000)))
  check("manhattan", 3, ind((0, 0), (0, 9)), ind((2, 8), (-5, 0)))
  check("manhattan", U, EMPTY, ind((0, 0)), types=["Indices", "Indices"])
  check("adjacent", True, ind((0, 0)), ind((0, 1)))
  check("adjacent", False, ind((0, 0)), ind((1, 1)))  # diagonal: distance 2
  check("adjacent", False, ind((0, 0), (0, 1)), ind((0, 1), (0, 2)))  # overlap: 0
  check("adjacent", U, ind((0, 0)), EMPTY, types=["Indices", "Object"])


def test_bordering_and_position():
  grid = ((0, 0, 0), (0, 0, 0), (0, 0, 0))
  check("bordering", False, ind((1, 1)), grid)
  check("bordering", True, ind((2, 1)), grid)
  check("bordering", True, obj((4, (1, 0))), grid)
  check("bordering", U, EMPTY, grid, types=["Indices", "Grid"])
  check("position", (1, 0), ind((0, 0)), ind((5, 0)))
  check("position", (0, -1), ind((0, 0)), ind((0, -3)))
  check("position", (-1, 1), ind((5, 0)), obj((1, (0, 3))))
  check("position", (0, 0), ind((0, 0), (2, 2)), ind((1, 1)))


def test_gravitate():
  # Shared column: move down until a sits just above b's cell (4, 0).
  check("gravitate", (4, 0), ind((0, 0)), ind((5, 0)))
  # No shared column: move right; a's right cell must reach column 4.
  check("gravitate", (0, 3), ind((0, 0), (0, 1)), ind((0, 5)))
  # Upward: b's centre row is 0 < 9.
  check("gravitate", (-7, 0), ind((9, 2)), ind((0, 2), (1, 2)))
  check("gravitate", (0, 0), ind((0, 0)), ind((0, 1)))  # already adjacent
  check("gravitate", U, ind((0, 0)), ind((5, 5)))  # row gap 5, no shared column
  check("gravitate", U, ind((0, 0)), ind((0, 40)))  # needs 39 steps > 30
  check("gravitate", (0, 30), ind((0, 0)), ind((0, 31)))  # exactly 30 steps


def _random_patch(rng, colored):
  h, w = rng.randint(1, 6), rng.randint(1, 6)
  cells = {(rng.randrange(h), rng.randrange(w)) for _ in range(rng.randint(1, h * w))}
  if rng.random() < 0.05:
    cells |= {(rng.randrange(29), rng.randrange(29))}
  oi = rng.choice([rng.randint(-3, 25), rng.randint(-60, 60)])
  oj = rng.choice([rng.randint(-3, 25), rng.randint(-60, 60)])
  if colored:
    return frozenset((rng.randrange(10), (i + oi, j + oj)) for i, j in cells)
  return frozenset((i + oi, j + oj) for i, j in cells)


def _near_pair(rng, ta, tb):
  """Two patches, the second usually placed close to the first."""
  a = _random_patch(rng, ta == "Object")
  b = _random_patch(rng, tb == "Object")
  if rng.random() < 0.7:
    ca = min(c[1] if ta == "Object" else c for c in a)
    cb = min(c[1] if tb == "Object" else c for c in b)
    di = ca[0] - cb[0] + rng.randint(-8, 8)
    dj = ca[1] - cb[1] + rng.randint(-8, 8)
    b = frozenset((c[0], (c[1][0] + di, c[1][1] + dj)) if tb == "Object"
                  else (c[0] + di, c[1] + dj) for c in b)
  if rng.random() < 0.05:
    b = frozenset()
  return a, b


PAIR_PRIMS = ("manhattan", "adjacent", "gravitate", "position", "hmatching", "vmatching")
SINGLE_PRIMS = ("normalize", "centerofmass", "center", "outbox", "inbox", "delta", "corners",
                "box", "hline", "vline", "lrcorner")


@pytest.mark.parametrize("name", PAIR_PRIMS)
@pytest.mark.parametrize("types", [("Indices", "Object"), ("Object", "Indices"),
                                   ("Indices", "Indices")])
def test_random_pairs_parity(name, types):
  rng = random.Random(hash((name, types)) % 1000)
  rows = [_near_pair(rng, *types) for _ in range(300)]
  prim = registry.get(name)
  arg_types = [T.base(t) for t in types]
  ret = T.check_call(prim.signature, arg_types).name
  case = parity.CaseSet(prim, arg_types, ret, {}, rows)
  assert not parity.check(case)
  if name == "gravitate":  # the synthetic pairs must exercise the defined path
    assert sum(r is not None for r in parity.run_reference(case)) > 50


@pytest.mark.parametrize("name", SINGLE_PRIMS)
def test_random_single_parity(name):
  rng = random.Random(len(name))
  for t in ("Object", "Indices"):
    rows = [(_random_patch(rng, t == "Object"),) for _ in range(200)]
    prim = registry.get(name)
    ret = T.check_call(prim.signature, [T.base(t)]).name
    case = parity.CaseSet(prim, [T.base(t)], ret, {}, rows)
    assert not parity.check(case)


def test_random_cells_parity():
  rng = random.Random(7)
  for name in ("insertcell", "removecell"):
    rows = []
    for _ in range(300):
      patch = _random_patch(rng, False)
      cells = sorted(patch)
      if cells and rng.random() < 0.5:
        p = rng.choice(cells)
      else:
        p = (cells[0][0] + rng.randint(-30, 30), cells[0][1] + rng.randint(-30, 30))
      rows.append((p, patch if rng.random() > 0.05 else frozenset()))
    prim = registry.get(name)
    case = parity.CaseSet(prim, [T.base("Point"), T.base("Indices")], "Indices", {}, rows)
    assert not parity.check(case)


def test_connect_parity_on_every_pair_of_points_in_a_window():
  # Every direction and length up to 9, both ends in either order, negative
  # coordinates too: connect is computed from the segment's bounding box (an
  # XLA GPU miscompile broke the |b - a| formulation; docs/BENCHMARKS.md).
  points = [(i, j) for i in range(-2, 8) for j in range(-2, 8)]
  rows = [(a, b) for a in points for b in points]
  case = parity.CaseSet(registry.get("connect"), [T.base("Point")] * 2, "Indices", {}, rows)
  assert not parity.check(case)


def test_random_points_parity():
  rng = random.Random(11)
  coord = lambda: rng.choice([rng.randint(-3, 32), rng.randint(-2000, 2000),
                              rng.randint(-(1 << 20), 1 << 20)])
  step = lambda: rng.choice([rng.randint(-2, 2), rng.randint(-40, 40), coord()])
  rows = [((rng.randint(-3, 32), rng.randint(-3, 32)), (step(), step())) for _ in range(300)]
  rows += [((coord(), coord()), (step(), step())) for _ in range(100)]
  for name in ("shoot", "connect"):
    prim = registry.get(name)
    case = parity.CaseSet(prim, [T.base("Point")] * 2, "Indices", {}, rows)
    assert not parity.check(case)
