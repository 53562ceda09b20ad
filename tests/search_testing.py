"""Shared by the search tests: small hand-made grids and tasks built from a rule."""

from batt_jax import data
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


def search_answers_by_rule(task_ids, count, phrase):
  """Searches the ARC-AGI-1 training tasks of `task_ids` with RULES_ONLY and
  checks that every one is answered right, each by a rule the report counts
  under `count`, and that the summary says so (`phrase`); returns the result."""
  tasks = list(data.select(data.load("arc1-train"), task_ids).tasks)
  result = driver.search(tasks, RULES_ONLY)
  summary = result.report["summary"]
  assert summary["test_correct"] == len(tasks) and summary[count] == len(tasks)
  assert any(f"{phrase} {len(tasks)}" in line for line in driver.summary_lines(result))
  return result


# A search whose one transform (rot90, one layer, identity view) solves none
# of the tasks the local-rule tests give it: what it answers, rules answered.
RULES_ONLY = driver.SearchConfig(depth=1, views=("identity",), chunk_rows=256, max_nodes=50,
                                 transforms=("rot90",), time_budget_s=None)
