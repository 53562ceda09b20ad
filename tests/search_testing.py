"""Shared by the search tests: small hand-made grids and tasks built from a rule."""

from batt_jax.data.types import Pair, Task
from batt_jax.search import driver


def grid(rows):
  return tuple(tuple(r) for r in rows)


A = grid([[0, 1, 2], [0, 0, 1], [3, 0, 0]])
B = grid([[1, 1], [0, 2], [0, 3], [4, 0]])
C = grid([[5, 0, 0, 0], [0, 5, 1, 0], [0, 0, 0, 1]])


def task(task_id, fn, grids=(A, B, C)):
  """A task whose outputs are `fn` of its inputs: all grids but the last are demos."""
  *demo, test = grids
  return Task(task_id, tuple(Pair(g, fn(g)) for g in demo), (Pair(test, fn(test)),))


# A search whose one transform (rot90, one layer, identity view) solves none
# of the tasks the local-rule tests give it: what it answers, rules answered.
RULES_ONLY = driver.SearchConfig(depth=1, views=("identity",), chunk_rows=256, max_nodes=50,
                                 transforms=("rot90",), time_budget_s=None)
