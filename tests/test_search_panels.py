"""Panel tables (batt_jax/search/panels.py): output cells from the input's panels' cells."""

import json

import numpy as np

from batt_jax.data.types import Pair, Task
from batt_jax.search import local_rules
from batt_jax.search import panels
from tests.search_testing import grid, search_answers_by_rule


def _xor_across(g):
  """Two panels side by side with a line of 5 between: 3 where exactly one is coloured."""
  a = np.asarray(g)
  w = (a.shape[1] - 1) // 2
  return grid(np.where((a[:, :w] != 0) != (a[:, w + 1:] != 0), 3, 0).tolist())


def _beside(left, right):
  return grid(np.hstack([np.asarray(left), np.full((len(left), 1), 5), np.asarray(right)]).tolist())


INPUTS = [_beside([[1, 0], [0, 1]], [[1, 1], [0, 0]]), _beside([[0, 0], [1, 1]], [[0, 1], [0, 1]]),
          _beside([[1, 1], [1, 0]], [[0, 0], [1, 0]])]
TEST = _beside([[0, 1], [1, 1]], [[1, 1], [1, 0]])


def _task(inputs, test, fn=_xor_across):
  return Task("panels", tuple(Pair(g, fn(g)) for g in inputs), (Pair(test, fn(test)),))


def test_panels_are_cut_across_down_and_in_quadrants():
  g = np.arange(35).reshape(5, 7)
  left, right = panels.cut(np.where(np.arange(7) == 3, 9, g), "across", 2, 1)
  assert left.tolist() == g[:, :3].tolist() and right.tolist() == g[:, 4:].tolist()
  assert panels.cut(g, "across", 2, 1) is None  # the column between is not one colour
  assert panels.cut(g, "across", 2, 0) is None  # 7 columns are not two equal panels
  assert [p.shape for p in panels.cut(g[:4], "down", 2, 0)] == [(2, 7), (2, 7)]
  quads = panels.cut(g[:4, :6], "quadrants", 4, 0)
  assert [q[0, 0] for q in quads] == [0, 3, 14, 17]


def test_each_output_cell_is_looked_up_by_the_panels_cells():
  (rule, answers), = panels.learn(_task(INPUTS, TEST))[:1]
  assert answers == (_xor_across(TEST),)
  assert (rule.how, rule.count, rule.line) == ("across", 2, 1)
  assert dict(rule.table) == {(0, 0): 0, (0, 1): 3, (1, 0): 3, (1, 1): 0}


def test_no_table_where_a_test_key_was_not_seen_or_demos_disagree():
  unseen = _beside([[2, 0], [0, 0]], [[0, 0], [0, 0]])  # colour 2: no demo cell had it
  assert panels.learn(_task(INPUTS, unseen)) == []
  flipped = lambda g: grid(np.asarray(_xor_across(g))[::-1].tolist())  # noqa: E731
  assert panels.learn(_task(INPUTS, TEST, flipped)) == []


def test_a_record_reads_back_through_json_and_local_rules():
  rule, _ = panels.learn(_task(INPUTS, TEST))[0]
  record = json.loads(json.dumps(local_rules.record(rule)))
  assert local_rules.from_record(record) == rule
  assert local_rules.apply(rule, TEST) == _xor_across(TEST)
  assert local_rules.describe(rule) == (
      "panel table: 2 panels across between lines, each output cell from theirs; 4 keys")


def test_a_real_task_is_answered_right_by_the_search():
  # Three panels side by side, the first colour of a priority order (ARC-AGI-1 training).
  search_answers_by_rule(["cf98881b"], "panel_table_tasks", "panel tables answer")
