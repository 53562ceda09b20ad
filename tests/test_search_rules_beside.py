"""The local rules learned on a process beside the search answer as if learned after it."""

from concurrent import futures
import dataclasses

from batt_jax import data
from batt_jax.search import driver
from batt_jax.search import local_rules
from batt_jax.search import object_rules
from batt_jax.search import output_tables
from batt_jax.search import panels
from batt_jax.search import rules_beside
from batt_jax.search import stamp_rules
from batt_jax.search import symmetry_fill
from batt_jax.search import tilings
from tests.search_testing import RULES_ONLY


def _shape_keeping_tasks(count):
  tasks = [t for t in data.load("arc1-train").tasks if local_rules.keeps_shape(t)]
  return tasks[:count]


def _answers(result):
  return result.submission, {task_id: task.get("local_rules")
                             for task_id, task in result.report["tasks"].items()}


def test_rules_learned_beside_the_search_answer_as_those_learned_after_it(monkeypatch):
  # With a task each of stamps, output tables, tilings, panel tables and
  # symmetry fills (the last four's outputs change shape).
  tasks = _shape_keeping_tasks(12) + list(data.select(
      data.load("arc1-train"), ["95990924", "d4469b4b", "c3e719e8", "cf98881b", "f9012d9b"]).tasks)
  after = driver.search(tasks, dataclasses.replace(RULES_ONLY, rules_beside=False))
  summary = after.report["summary"]
  # Not vacuous: every kind of rule answers some of these tasks.
  assert summary["local_rule_tasks"] and summary["object_rule_tasks"]
  assert summary["stamp_rule_tasks"] and summary["output_table_tasks"]
  assert summary["tiling_tasks"] and summary["panel_table_tasks"]
  assert summary["symmetry_fill_tasks"]
  assert summary["local_tree_answered"]
  monkeypatch.setattr(driver, "RULES_BESIDE_MIN_TASKS", 1)
  real_start, started = rules_beside.start, []

  def start(tasks_):
    started.append(len(tasks_))
    return real_start(tasks_)

  monkeypatch.setattr(rules_beside, "start", start)
  beside = driver.search(tasks, RULES_ONLY)
  assert started == [len(tasks)]  # learned on the process
  assert beside.report["summary"]["local_rules_beside"]
  assert not summary["local_rules_beside"]
  assert _answers(beside) == _answers(after)
  assert beside.report["summary"]["test_correct"] == summary["test_correct"]


def test_a_failed_rules_process_loses_no_answer(monkeypatch):
  tasks = _shape_keeping_tasks(6)
  after = driver.search(tasks, dataclasses.replace(RULES_ONLY, rules_beside=False))
  failed = futures.Future()
  failed.set_exception(RuntimeError("the process died"))
  monkeypatch.setattr(driver, "RULES_BESIDE_MIN_TASKS", 1)
  monkeypatch.setattr(rules_beside, "start", lambda tasks: failed)
  failed_over = driver.search(tasks, RULES_ONLY)
  assert _answers(failed_over) == _answers(after)
  assert not failed_over.report["summary"]["local_rules_beside"]

  def cannot_spawn(tasks):
    raise OSError("no processes here")

  monkeypatch.setattr(rules_beside, "start", cannot_spawn)
  unstarted = driver.search(tasks, RULES_ONLY)
  assert _answers(unstarted) == _answers(after)
  assert not unstarted.report["summary"]["local_rules_beside"]


def test_learn_gives_each_kind_of_rule_as_learned_one_by_one():
  task = next(t for t in _shape_keeping_tasks(40)
              if local_rules.grow_trees(t) and stamp_rules.learn(t))
  rules = rules_beside.learn(task)
  assert rules.tables == local_rules.learn(task, tree=False)
  assert rules.objects == object_rules.learn(task)
  assert rules.stamps == stamp_rules.learn(task)
  assert rules.outputs == output_tables.learn(task)
  assert rules.tilings == tilings.learn(task)
  assert rules.panels == panels.learn(task)
  assert rules.symmetry == symmetry_fill.learn(task)
  assert rules.ranked() == (rules.tables + rules.stamps + rules.panels + rules.tilings
                            + rules.symmetry + rules.outputs)
  assert rules.late() == rules.objects
  # Only the kinds asked are learned.
  assert rules_beside.learn(task, rules_beside.LATE) == dataclasses.replace(
      rules, tables=[], stamps=[], panels=[], tilings=[], symmetry=[], outputs=[])
  assert rules.trees == local_rules.grow_trees(task) and rules.trees
  assert local_rules.learn_trees(task, grown=rules.trees) == local_rules.learn_trees(task)
  known = rules.trees[0][1]  # an answer given already is not given again
  assert local_rules.learn_trees(task, [known], grown=rules.trees) == [
      tree for tree in rules.trees[1:] if tree[1] != known]
