"""Decision-tree rules (batt_jax/search/cell_tree.py) and the answers' demo invariants."""

import dataclasses
import json

import numpy as np

from batt_jax import data
from batt_jax.data.types import Pair, Task
from batt_jax.search import answers
from batt_jax.search import cell_tree
from batt_jax.search import driver
from batt_jax.search import enumerate as enumerate_lib
from batt_jax.search import local_rules
from batt_jax.search import tasks as tasks_lib
from tests.search_testing import RULES_ONLY, grid


def _task(demos, test, test_output=None):
  return Task("t", tuple(Pair(grid(a), grid(b)) for a, b in demos),
              (Pair(grid(test), None if test_output is None else grid(test_output)),))


def _training_task(task_id):
  return data.select(data.load("arc1-train"), tasks=[task_id]).tasks[0]


def test_fit_is_exact_on_its_cells_and_predicts_by_its_tests():
  names = ("colour", "a", "b")
  x = np.array([[0, 1, 0], [0, 2, 0], [3, 1, 1], [3, 2, 1]])
  labels = np.array([cell_tree.KEEP, 5, cell_tree.KEEP, 5])
  tree = cell_tree.fit(x, labels, names)
  assert tree == ("a", 1, ("colour",), (5,))  # the one test that splits them
  assert cell_tree.leaves(tree) == 2
  np.testing.assert_array_equal(cell_tree.predict(tree, np.array([[7, 1, 0], [7, 4, 0]]), names),
                                [7, 5])
  assert cell_tree.from_json(json.loads(json.dumps(tree))) == tree
  # Cells alike in every feature with different labels: no tree; nor past the depth.
  assert cell_tree.fit(x[[0, 0]], np.array([1, 2]), names) is None
  assert cell_tree.fit(x, np.array([1, 2, 3, 4]), names, max_depth=1) is None


def test_a_leaf_may_copy_a_feature_s_colour():
  # Each cell takes feature a's colour: one leaf, where colours need four.
  names = ("colour", "a", "b")
  x = np.array([[0, 1, 0], [0, 2, 0], [3, 3, 1], [3, cell_tree.KEEP, 1]])
  outputs = np.array([1, 2, 3, 3])
  labels = np.where(outputs == x[:, 0], cell_tree.KEEP, outputs)
  assert cell_tree.fit(x[:3], labels[:3], names, outputs=outputs[:3], copies=("b", "a")) == ("a",)
  assert cell_tree.leaves(cell_tree.fit(x[:3], labels[:3], names)) == 3
  tree = ("a",)
  # A copied feature beyond the edge (KEEP, as local_rules.OFF) gives no colour: -1.
  np.testing.assert_array_equal(cell_tree.predict(tree, x, names), [1, 2, 3, -1])
  assert cell_tree.from_json(json.loads(json.dumps(tree))) == tree


def test_equal_features_say_whether_a_cell_lies_between_two_of_one_colour():
  names = cell_tree.names(local_rules.FEATURES)
  g = grid([[1, 0, 1, 0, 2]])
  rows = cell_tree.relational(local_rules.cell_features(g), local_rules.FEATURES)
  assert rows.shape == (len(names), 5)
  np.testing.assert_array_equal(rows[names.index("r_l=r_r")], [0, 1, 0, 0, 0])
  np.testing.assert_array_equal(rows[names.index("colour=n_r")], [0, 0, 0, 0, 0])
  np.testing.assert_array_equal(rows[names.index("colour=mir_v")], [0, 1, 1, 1, 0])


def test_a_tree_answers_where_no_table_covers_the_test():
  # a9f96cdd: a red cell gets four differently coloured diagonal neighbours.
  # No key of two features is both consistent and seen on the test; the tree
  # reads one diagonal neighbour at a time and answers right (2026-11-27).
  task = _training_task("a9f96cdd")
  assert local_rules.learn(task, tree=False) == []
  learned = local_rules.learn(task)
  (rule, outputs), *_ = learned
  assert rule.tree is not None and not rule.ranked
  assert outputs == tuple(p.output for p in task.test)
  assert local_rules.reproduces(rule, task)
  assert outputs == tuple(local_rules.apply(rule, p.input) for p in task.test)
  assert local_rules.from_record(json.loads(json.dumps(local_rules.record(rule)))) == rule
  assert local_rules.describe(rule).startswith("local rule: output cell from a decision tree")
  answer = answers.answer([task], [], [], rules={task.id: learned})[task.id]
  assert answer.attempts[0][0] == outputs[0] and answer.rules[0] == rule


def test_a_ranked_tree_carries_colour_roles_to_new_colours():
  # The only non-zero colour of each grid spreads right; a tree over ranked
  # colours answers for colour 6, which no demo has.
  def spread(g):
    return grid([[max(row[:j + 1]) for j in range(len(row))] for row in g])

  demos = [([[1, 0, 0], [0, 0, 0]], None), ([[0, 0, 0], [0, 2, 0]], None),
           ([[0, 3, 0], [0, 0, 0]], None)]
  demos = [(a, spread(grid(a))) for a, _ in demos]
  rule, outputs = local_rules.learn_tree([grid(a) for a, _ in demos], [b for _, b in demos],
                                         [grid([[0, 0, 0], [6, 0, 0]])], ranked=True)
  assert rule.ranked and outputs == (grid([[0, 0, 0], [6, 6, 6]]),)


def test_trees_rank_after_every_solution(monkeypatch):
  task = _training_task("a9f96cdd")
  learned = local_rules.learn(task)
  monkeypatch.setattr(answers, "_confirmed", lambda program, task, grids: True)
  view = tasks_lib.views_of([task], ("identity",))
  # Another answer that keeps what the demos keep (shape, colours, a change).
  test_input = task.test[0].input
  other = (tuple(tuple(3 if v == 2 else v for v in row) for row in test_input),)
  # Three transforms and a recolouring: the longest guess a search gives.
  solution = enumerate_lib.Solution(0, (enumerate_lib.Step("rot90", ()),) * 3, other, 0,
                                    colors=((2, 3),))
  answer = answers.answer([task], view, [solution], rules={task.id: learned})[task.id]
  assert answer.attempts[0] == [other[0], learned[0][1][0]]
  assert answer.sources[1].startswith("local rule: output cell from a decision tree")


def test_demo_invariants_are_read_off_the_demos():
  task = _task([([[1, 0, 0]], [[1, 1, 0]]), ([[2, 0, 0]], [[2, 2, 0]])], [[3, 0, 0]])
  assert answers.demo_invariants(task) == ("same_shape", "changes", "colors")
  smaller = _task([([[1, 0]], [[1]]), ([[2, 2], [0, 2]], [[2]])], [[3, 0]])
  assert answers.demo_invariants(smaller) == ("changes",)
  invariants = answers.demo_invariants(task)
  assert not answers.breaks_invariants(task, invariants, (grid([[3, 3, 0]]),))
  assert not answers.breaks_invariants(task, invariants, (grid([[3, 4, 0]]),))  # a new colour
  assert answers.breaks_invariants(task, invariants, (grid([[3, 3, 0, 0]]),))   # shape
  assert answers.breaks_invariants(task, invariants, (grid([[3, 0, 0]]),))      # unchanged
  assert answers.breaks_invariants(task, invariants, (grid([[3, 3, 3]]),))      # one colour


def test_a_solution_that_breaks_an_invariant_ranks_after_one_that_keeps_them(monkeypatch):
  task = _task([([[1, 0]], [[1, 1]]), ([[2, 0]], [[2, 2]])], [[3, 0]])
  monkeypatch.setattr(answers, "_confirmed", lambda program, task, grids: True)
  view = tasks_lib.views_of([task], ("identity",))
  step = enumerate_lib.Step("rot90", ())
  unchanged = enumerate_lib.Solution(0, (step,), (grid([[3, 0]]),), 0)
  kept = enumerate_lib.Solution(0, (step, step), (grid([[3, 4]]),), 1)
  answer = answers.answer([task], view, [unchanged, kept])["t"]
  assert answer.attempts[0] == [grid([[3, 4]]), grid([[3, 0]])]


def test_tree_rules_on_real_training_tasks_reproduce_their_demos():
  for task_id in ("d364b489", "a65b410d"):
    task = _training_task(task_id)
    assert local_rules.learn(task, tree=False) == []
    trees = local_rules.learn(task)
    assert trees and all(rule.tree is not None for rule, _ in trees)
    for rule, outputs in trees:
      assert local_rules.reproduces(rule, task)
      assert outputs == tuple(local_rules.apply(rule, p.input) for p in task.test)
    # The first tree answers the test right (2026-11-27).
    assert trees[0][1] == tuple(p.output for p in task.test), task_id


def test_the_search_learns_trees_after_it_for_tasks_with_attempts_left_free():
  task = _training_task("a9f96cdd")
  result = driver.search([task], RULES_ONLY)
  summary = result.report["summary"]
  assert summary["local_tree_tasks"] == 1 and summary["test_correct"] == 1
  # A tree's answer is a guess, not a solution.
  assert summary["local_tree_answered"] == 1 and summary["tasks_with_solution"] == 0
  assert summary["local_rule_tasks"] == 0
  assert any("decision trees guessed for 1 of the 1 tasks" in line
             for line in driver.summary_lines(result))
  assert result.report["tasks"][task.id]["attempts_from"][0].startswith(
      "local rule: output cell from a decision tree")
  off = driver.search([task], dataclasses.replace(RULES_ONLY, local_rules=False))
  assert off.report["summary"]["local_tree_tasks"] == 0
  assert not answers.correct(task, off.submission[task.id])


def test_trees_take_only_the_attempts_left_free():
  task = _training_task("a9f96cdd")
  right = tuple(p.output for p in task.test)
  other = tuple(p.input for p in task.test)

  def answer_with(*attempts):
    return answers.TaskAnswer(task.id, [[a[i] for a in attempts] for i in range(len(task.test))],
                              [], 0, 0)

  full = {task.id: answer_with(other, other[::-1])}
  assert driver._add_late_rules([task], full) == 0
  assert full[task.id].attempts[0] == [other[0], other[::-1][0]] and not full[task.id].rules
  one = {task.id: answer_with(other)}
  assert driver._add_late_rules([task], one) == 1
  assert one[task.id].attempts[0] == [other[0], right[0]]
  assert one[task.id].rules[0].tree is not None
  assert one[task.id].sources[-1].startswith("local rule: output cell from a decision tree")
