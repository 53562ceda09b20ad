"""Shared by the search tests: small hand-made grids and tasks built from a rule."""

from batt_jax.data.types import Pair, Task


def grid(rows):
  return tuple(tuple(r) for r in rows)


A = grid([[0, 1, 2], [0, 0, 1], [3, 0, 0]])
B = grid([[1, 1], [0, 2], [0, 3], [4, 0]])
C = grid([[5, 0, 0, 0], [0, 5, 1, 0], [0, 0, 0, 1]])


def task(task_id, fn, grids=(A, B, C)):
  """A task whose outputs are `fn` of its inputs: all grids but the last are demos."""
  *demo, test = grids
  return Task(task_id, tuple(Pair(g, fn(g)) for g in demo), (Pair(test, fn(test)),))
