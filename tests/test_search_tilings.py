"""Tilings (batt_jax/search/tilings.py): outputs made of turned copies of the input."""

import json

import numpy as np

from batt_jax.data.types import Pair, Task
from batt_jax.search import local_rules
from batt_jax.search import tilings
from tests.search_testing import A, B, C, grid, search_answers_by_rule


def _mirrored_square(g):
  """The input beside its mirror image, above the whole turned half a turn."""
  a = np.asarray(g)
  top = np.hstack([a, a[:, ::-1]])
  return grid(np.vstack([top, top[::-1, ::-1]]).tolist())


def _fractal(g):
  """A copy of the input in each block whose cell of the input is not 0."""
  a = np.asarray(g)
  out = np.kron(a != 0, np.ones_like(a)) * np.tile(a, a.shape)
  return grid(out.tolist())


def _task(fn, grids, task_id="tiling"):
  *demos, test = grids
  return Task(task_id, tuple(Pair(g, fn(g)) for g in demos), (Pair(test, fn(test)),))


def test_each_block_is_the_turn_that_makes_it_on_every_demo():
  task = _task(_mirrored_square, (A, B, C))
  (rule, answers), = tilings.learn(task)
  assert answers == (_mirrored_square(C),)
  assert (rule.rows, rule.cols) == (2, 2) and not rule.fractal
  # The lower half, the upper turned half a turn: the input mirrored up-down, then turned.
  assert rule.blocks == (("identity", "all"), ("vmirror", "all"),
                         ("hmirror", "all"), ("rot180", "all"))
  assert all(tilings.apply(rule, p.input) == p.output for p in task.train)


def test_a_fractal_copies_the_input_where_its_cell_is_coloured():
  squares = [grid([[1, 0, 1], [0, 1, 0], [0, 0, 1]]), grid([[0, 2, 0], [2, 2, 0], [0, 0, 2]]),
             grid([[3, 3, 0], [0, 0, 0], [0, 3, 3]])]
  task = _task(_fractal, squares)
  learned = tilings.learn(task)
  assert learned[0][1] == (_fractal(squares[-1]),)
  rule = learned[0][0]
  assert rule.fractal and {where for _, where in rule.blocks} == {"foreground"}
  # A fractal needs an input of as many cells as it has blocks.
  assert tilings.apply(rule, grid([[1, 1], [1, 1]])) is None


def test_no_tiling_where_the_output_is_not_blocks_of_the_input():
  assert tilings.learn(_task(lambda g: g, (A, B, C))) == []  # one block
  assert tilings.learn(_task(lambda g: grid(np.asarray(g)[:1].tolist()), (A, B, C))) == []
  # Blocks, but one of them no turn of the input makes.
  noisy = lambda g: grid(np.hstack([np.asarray(g), np.full_like(np.asarray(g), 7)]).tolist())
  noisy_task = Task("noisy", (Pair(A, noisy(A)), Pair(B, _mirrored_square(B)[:len(B)])),
                    (Pair(C, noisy(C)),))
  assert tilings.learn(noisy_task) == []


def test_a_record_reads_back_through_json_and_local_rules():
  for rule, _ in tilings.learn(_task(_mirrored_square, (A, B, C))):
    record = json.loads(json.dumps(local_rules.record(rule)))
    assert local_rules.from_record(record) == rule
    assert local_rules.apply(rule, C) == _mirrored_square(C)
    assert local_rules.describe(rule).startswith("tiling: 2 x 2 blocks of the input: identity")


def test_real_tasks_are_answered_right_by_the_search():
  # A fractal by the input's most common colour, and four turns about a corner.
  search_answers_by_rule(["c3e719e8", "46442a0e"], "tiling_tasks", "tilings answer")
