"""Stamp rules (batt_jax/search/stamp_rules.py): stamps learned about objects, and their answers."""

import json

import numpy as np

from batt_jax import data
from batt_jax.data.types import Pair, Task
from batt_jax.search import local_rules
from batt_jax.search import stamp_rules
from tests.search_testing import grid, search_answers_by_rule


def _stamp(rows):
  """Each 2 gets 1s at its four diagonal corners; each 3 a 4 above it."""
  g = np.array(rows)
  out = g.copy()
  h, w = g.shape
  for y, x in zip(*np.nonzero(g == 2)):
    for dy, dx in ((-1, -1), (-1, 1), (1, -1), (1, 1)):
      if 0 <= y + dy < h and 0 <= x + dx < w:
        out[y + dy, x + dx] = 1
  for y, x in zip(*np.nonzero(g == 3)):
    if y > 0:
      out[y - 1, x] = 4
  return grid(out.tolist())


def _task(inputs, task_id="stamps"):
  *demos, test = [grid(rows) for rows in inputs]
  return Task(task_id, tuple(Pair(g, _stamp(g)) for g in demos), (Pair(test, _stamp(test)),))


DEMOS = [
    [[0, 0, 0, 0, 0], [0, 2, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 3, 0], [0, 0, 0, 0, 0]],
    [[0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 2, 0], [0, 0, 0, 0, 0, 0], [0, 3, 0, 0, 0, 0]],
]
TEST = [[0, 0, 0, 0, 0], [0, 0, 0, 3, 0], [0, 0, 0, 0, 0], [0, 0, 2, 0, 0], [0, 0, 0, 0, 0]]


def test_each_object_stamps_what_every_demo_object_of_its_key_drew():
  task = _task(DEMOS + [TEST])
  (rule, answers), = stamp_rules.learn(task)[:1]
  assert answers == (_stamp(grid(TEST)),)
  assert rule.key == "color" and rule.background == 0
  stamps = dict(rule.stamps)
  assert stamps[(2, 1, 1)] == (((-1, -1), 1), ((-1, 1), 1), ((1, -1), 1), ((1, 1), 1))
  assert stamps[(3, 1, 1)] == (((-1, 0), 4),)
  assert all(stamp_rules.apply(rule, p.input) == p.output for p in task.train)


def test_a_stamp_seen_on_one_object_only_is_not_learned():
  # One 2 on the demos: its corners could be anything.
  one = [[[0, 0, 0], [0, 2, 0], [0, 0, 0]], [[0, 0, 0, 0], [0, 0, 0, 0], [3, 0, 0, 0]]]
  task = Task("once", tuple(Pair(grid(g), _stamp(grid(g))) for g in one),
              (Pair(grid(TEST), _stamp(grid(TEST))),))
  assert stamp_rules.learn(task) == []


def test_an_object_the_demos_did_not_show_gives_no_answer():
  task = _task(DEMOS + [[[0, 0, 0], [0, 5, 0], [0, 0, 0]]])
  assert stamp_rules.learn(task) == []
  rule, _ = stamp_rules.learn(_task(DEMOS + [TEST]))[0]
  assert stamp_rules.apply(rule, grid([[0, 0, 0], [0, 5, 0], [0, 0, 0]])) is None


def test_a_record_reads_back_through_json_and_local_rules():
  rule, _ = stamp_rules.learn(_task(DEMOS + [TEST]))[0]
  shaped = stamp_rules.StampRule(False, True, "shape", 0, (((1, 1, ((1,),)), (((0, 1), 3),)),))
  for r in (rule, shaped):
    record = json.loads(json.dumps(local_rules.record(r)))
    assert local_rules.from_record(record) == r
    assert local_rules.apply(r, grid(TEST)) == stamp_rules.apply(r, grid(TEST))
  assert local_rules.describe(rule).startswith("stamp rule: one-colour")


def test_a_real_task_is_answered_right():
  # Every 2x2 square gets four colours at its diagonal corners (ARC-AGI-1 training).
  task = data.select(data.load("arc1-train"), ["95990924"]).tasks[0]
  learned = stamp_rules.learn(task)
  assert learned and learned[0][1] == tuple(p.output for p in task.test)
  search_answers_by_rule([task.id], "stamp_rule_tasks", "stamps answer")
