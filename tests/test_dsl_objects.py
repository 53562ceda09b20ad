"""Hand-checked values of the objects family, reference and JAX alike, plus
randomised parity of the hot primitives on synthetic grids the ARC pools
rarely give (spirals, snakes, capacity overflow, self-occurrences)."""

import random

import numpy as np
import pytest

from batt_jax.dsl import registry
from dsl_testing import U, check, ind, obj, run


def test_objects_capacity_overflow():
  """A 30x30 checkerboard has 900 single-cell 4-connected components > K."""
  board = tuple(tuple((i + j) % 2 for j in range(30)) for i in range(30))
  check("objects", U, board, True, False, False,
        types=["Grid", "Boolean", "Boolean", "Boolean"])
  # With diagonal links the two colours form two objects.
  (ref,), (jx,) = run("objects", ["Grid", "Boolean", "Boolean", "Boolean"],
                      [(board, True, True, False)])
  assert ref == jx and len(ref) == 2


def test_objects_small():
  g = ((1, 0, 2),
       (1, 0, 0),
       (0, 3, 3))
  a, b, c = obj((1, (0, 0)), (1, (1, 0))), obj((2, (0, 2)),), obj((3, (2, 1)), (3, (2, 2)))
  check("objects", frozenset({a, b, c}), g, True, False, True,
        types=["Grid", "Boolean", "Boolean", "Boolean"])
  # Multicolour, without background: 1s and 3s touch diagonally only.
  check("objects", frozenset({a | c, b}), g, False, True, True,
        types=["Grid", "Boolean", "Boolean", "Boolean"])


def test_partitions():
  g = ((1, 0, 2),
       (1, 0, 0))
  ones, twos = obj((1, (0, 0)), (1, (1, 0))), obj((2, (0, 2)),)
  zeros = obj((0, (0, 1)), (0, (1, 1)), (0, (1, 2)))
  check("partition", frozenset({ones, twos, zeros}), g, types=["Grid"])
  check("fgpartition", frozenset({ones, twos}), g, types=["Grid"])
  check("fgpartition", frozenset(), ((4, 4), (4, 4)), types=["Grid"])


def test_frontiers():
  g = ((5, 5, 5),
       (1, 5, 2),
       (3, 5, 4))
  row0 = obj((5, (0, 0)), (5, (0, 1)), (5, (0, 2)))
  col1 = obj((5, (0, 1)), (5, (1, 1)), (5, (2, 1)))
  check("frontiers", frozenset({row0, col1}), g, types=["Grid"])  # not merged
  check("frontiers", frozenset({obj((7, (0, 0)))}), ((7,),), types=["Grid"])
  check("frontiers", frozenset(), ((1, 2), (2, 1)), types=["Grid"])
  # 1x3: the row and each single-cell column.
  line = ((6, 6, 6),)
  check("frontiers", frozenset({obj((6, (0, 0)), (6, (0, 1)), (6, (0, 2))), obj((6, (0, 0)),),
                                obj((6, (0, 1)),), obj((6, (0, 2)),)}), line, types=["Grid"])
  # One colour, 30x30: 60 frontiers exceed K.
  check("frontiers", U, ((3,) * 30,) * 30, types=["Grid"])


def test_occurrences():
  g = ((1, 2, 1, 2),
       (0, 1, 0, 1),
       (1, 2, 1, 2))
  pattern = obj((2, (7, 8)), (0, (8, 7)))  # normalised: 2 at (0, 1), 0 at (1, 0)
  check("occurrences", ind((0, 0), (0, 2)), g, pattern, types=["Grid", "Object"])
  check("occurrences", ind(*[(i, j) for i in range(3) for j in range(4) if g[i][j] == 1]),
        g, obj((1, (-3, -3))), types=["Grid", "Object"])
  check("occurrences", ind(), g, obj((1, (0, 0)), (1, (3, 0))), types=["Grid", "Object"])
  check("occurrences", U, g, frozenset(), types=["Grid", "Object"])


def _spiral(n):
  g = [[0] * n for _ in range(n)]
  i = j = 0
  di, dj = 0, 1
  for _ in range(n * n):
    g[i][j] = 1
    ni, nj = i + di, j + dj
    ahead = (0 <= ni < n and 0 <= nj < n and g[ni][nj] == 0 and
             not (0 <= ni + di < n and 0 <= nj + dj < n and g[ni + di][nj + dj] == 1))
    if not ahead:
      di, dj = dj, -di
      ni, nj = i + di, j + dj
      if not (0 <= ni < n and 0 <= nj < n and g[ni][nj] == 0):
        break
    i, j = ni, nj
  return tuple(map(tuple, g))


def _synthetic_grids(count, seed=0):
  rng = np.random.RandomState(seed)
  grids = [_spiral(30), tuple(r[::-1] for r in _spiral(30)), _spiral(17)]
  for _ in range(count):
    h, w = rng.randint(1, 31, size=2)
    kind = rng.randint(3)
    if kind == 0:
      g = rng.randint(0, rng.randint(1, 11), (h, w))
    elif kind == 1:
      g = (rng.rand(h, w) < rng.uniform(0.3, 0.7)).astype(int) * rng.randint(1, 10)
    else:
      g = np.kron(rng.randint(0, 4, (h // 3 + 1, w // 3 + 1)), np.ones((3, 3), int))[:h, :w]
    grids.append(tuple(map(tuple, g.tolist())))
  return grids


@pytest.mark.parametrize("flags", [(True, False, True), (False, False, True),
                                   (True, True, False), (False, True, True),
                                   (True, True, True), (False, False, False)])
def test_objects_synthetic_parity(flags):
  grids = _synthetic_grids(60, seed=sum(flags))
  ref, jx = run("objects", ["Grid", "Boolean", "Boolean", "Boolean"],
                [(g,) + flags for g in grids])
  assert ref == jx


def test_occurrences_self_parity():
  """Every object of a grid occurs in it at least at its own corner."""
  rng = random.Random(0)
  rows = []
  for g in _synthetic_grids(80, seed=5):
    objs = registry.get("objects").call_reference(g, True, True, False)
    if objs:
      o = rng.choice(sorted(objs, key=len))
      rows.append((g, o))
      rows.append((g, frozenset((c, (i + 3, j - 2)) for c, (i, j) in o)))
  ref, jx = run("occurrences", ["Grid", "Object"], rows)
  assert ref == jx
  assert all(r for r in ref)
