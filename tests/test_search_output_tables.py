"""Output tables (batt_jax/search/output_tables.py): whole outputs looked up by a feature."""

import json

import numpy as np

from batt_jax import data
from batt_jax.data.types import Pair, Task
from batt_jax.search import local_rules
from batt_jax.search import output_tables
from tests.search_testing import grid, search_answers_by_rule

# The output names the input's one colour: a fixed pattern per colour.
PATTERNS = {1: grid([[1, 0], [0, 1]]), 2: grid([[0, 2], [2, 0]]), 3: grid([[3, 3]])}


def _input(color, cells):
  g = np.zeros((4, 4), int)
  for y, x in cells:
    g[y, x] = color
  return grid(g.tolist())


def _task(demos, test):
  return Task("tables", tuple(Pair(_input(c, cells), PATTERNS[c]) for c, cells in demos),
              (Pair(_input(*test), PATTERNS[test[0]]),))


DEMOS = [(1, [(0, 0)]), (2, [(1, 1), (2, 2)]), (1, [(3, 3), (0, 1)]), (3, [(2, 0)])]


def test_the_output_is_looked_up_by_the_feature_two_demos_share():
  rule, answers = output_tables.learn(_task(DEMOS, (2, [(0, 3)])))[0]
  assert answers == (PATTERNS[2],)
  assert rule.feature == "colors" and len(rule.table) == 3
  assert output_tables.apply(rule, _input(3, [(1, 2)])) == PATTERNS[3]
  assert output_tables.apply(rule, _input(7, [(1, 2)])) is None


def test_no_table_without_a_shared_key_or_a_known_test_key():
  # Each demo's own output: any feature of distinct values would explain them.
  assert output_tables.learn(_task(DEMOS[:2] + DEMOS[3:], (2, [(0, 3)]))) == []
  # A test colour no demo showed.
  unseen = Task("unseen", _task(DEMOS, (1, [(0, 0)])).train, (Pair(_input(5, [(0, 0)]), ((5,),)),))
  assert output_tables.learn(unseen) == []
  # Every demo one output: nothing is looked up.
  same = Task("same", tuple(Pair(_input(c, cells), PATTERNS[1]) for c, cells in DEMOS),
              (Pair(_input(2, [(0, 0)]), PATTERNS[1]),))
  assert output_tables.learn(same) == []


def test_a_record_reads_back_through_json_and_local_rules():
  task = _task(DEMOS, (2, [(0, 3)]))
  for rule, _ in output_tables.learn(task):
    record = json.loads(json.dumps(local_rules.record(rule)))
    assert local_rules.from_record(record) == rule
    assert local_rules.apply(rule, task.test[0].input) == PATTERNS[2]
  mask = output_tables.OutputTable("mask", ((((1, 0), (1, 1)), PATTERNS[1]),))
  assert local_rules.from_record(json.loads(json.dumps(local_rules.record(mask)))) == mask
  assert local_rules.describe(mask) == "output table: the output by the input's mask; 1 keys, 1 outputs"


def test_a_real_task_is_answered_right_by_the_search():
  # A 3x3 pattern per colour of the input (ARC-AGI-1 training); its outputs
  # change shape, so no cell table answers it.
  task = data.select(data.load("arc1-train"), ["d4469b4b"]).tasks[0]
  assert not local_rules.keeps_shape(task)
  result = search_answers_by_rule([task.id], "output_table_tasks", "output tables answer")
  assert result.report["tasks"][task.id]["local_rules"][0]["outputs"]["feature"] == "colors"
