"""The local rules of every task, learned on a process beside the search.

The local rules (the cell tables and decision trees of `local_rules`, the
object rules of `object_rules`, the stamps of `stamp_rules`, the panel
tables of `panels`, the tilings of `tilings`, the fills of `symmetry_fill`,
the output tables of `output_tables`) read only a task's own grids, never
what the enumeration finds, so they need not wait for it: on a spawned
process they are learned while the device searches, and the budget no longer
keeps their time after the enumeration (about 45 s of a ten-minute H100 run
over ARC-AGI-1 evaluation, `driver.RULE_SECONDS`). What does depend on the search, which
tasks have attempts left free and which tree answers repeat a found one, is
still decided after it (`driver._add_late_rules`).

The process runs at the lowest priority (nice 19, beside the library's
processes of `batt_jax.run --library_beside_search`), so the search's host
loop and its kernels' compiles keep the cores they need; it is spawned, never
forked (the parent runs JAX's threads), with JAX kept off the accelerator.
"""

from __future__ import annotations

from concurrent import futures
import dataclasses
import multiprocessing
import os
import time
from typing import Dict, List, Sequence, Tuple

from batt_jax.data.types import Grid, Task
from batt_jax.runtime import reference_pool
from batt_jax.search import local_rules
from batt_jax.search import object_rules
from batt_jax.search import output_tables
from batt_jax.search import panels
from batt_jax.search import stamp_rules
from batt_jax.search import symmetry_fill
from batt_jax.search import tilings

NICENESS = 19
# A rule with its test outputs (as `answers.LearnedRule`).
Learned = Tuple[local_rules.Rule, Tuple[Grid, ...]]
# The kinds of rule (`TaskRules`' fields) ranked with the found programs
# (`TaskRules.ranked`), and those learned for the attempts left free at the
# end (`TaskRules.late`, then the trees).
RANKED = ("tables", "stamps", "panels", "tilings", "symmetry", "outputs")
LATE = ("objects", "trees")


@dataclasses.dataclass(frozen=True)
class TaskRules:
  """One task's local rules, each with its test outputs.

  Attributes:
    tables: the cell tables (`local_rules.learn(task, tree=False)`).
    objects: the object rules (`object_rules.learn`; none unless the demos keep
      their shape).
    stamps: the stamp rules (`stamp_rules.learn`; none unless the demos keep
      their shape).
    panels: the panel tables (`panels.learn`).
    tilings: the tilings (`tilings.learn`).
    symmetry: the symmetry fills (`symmetry_fill.learn`).
    outputs: the output tables (`output_tables.learn`).
    trees: the decision trees (`local_rules.grow_trees`; none unless the demos
      keep their shape), before `local_rules.learn_trees` drops the answers
      already given.
  """
  tables: List[Learned]
  objects: List[Learned]
  stamps: List[Learned]
  panels: List[Learned]
  tilings: List[Learned]
  symmetry: List[Learned]
  outputs: List[Learned]
  trees: List[Learned]

  def ranked(self) -> List[Learned]:
    """The rules ranked with the found programs (`answers.answer`): cell
    tables, stamps, panel tables, tilings, symmetry fills, then output
    tables."""
    return (self.tables + self.stamps + self.panels + self.tilings + self.symmetry
            + self.outputs)

  def late(self) -> List[Learned]:
    """The rules offered the attempts the search leaves free, before the
    trees (`driver._add_late_rules`): the object rules."""
    return self.objects


def learn(task: Task, kinds: Sequence[str] = RANKED + LATE) -> TaskRules:
  """The local rules of `task` of `kinds` (`TaskRules`' fields; the others
  are left empty)."""
  shaped = local_rules.keeps_shape(task)
  learners = {"tables": lambda: local_rules.learn(task, tree=False),
              "objects": lambda: object_rules.learn(task) if shaped else [],
              "stamps": lambda: stamp_rules.learn(task) if shaped else [],
              "panels": lambda: panels.learn(task),
              "tilings": lambda: tilings.learn(task),
              "symmetry": lambda: symmetry_fill.learn(task),
              "outputs": lambda: output_tables.learn(task),
              "trees": lambda: local_rules.grow_trees(task) if shaped else []}
  return TaskRules(**{kind: learners[kind]() if kind in kinds else [] for kind in learners})


def learn_all(tasks: Sequence[Task]) -> Tuple[Dict[str, TaskRules], float]:
  """`learn` of each task by id, and the seconds it took."""
  start = time.perf_counter()
  return {task.id: learn(task) for task in tasks}, time.perf_counter() - start


def _lower_priority() -> None:
  os.nice(NICENESS)


def start(tasks: Sequence[Task]) -> futures.Future:
  """Starts `learn_all(tasks)` on a spawned process; returns its future.

  The process ends when the work is done: the caller only takes the result
  (or, if the process failed, its exception).
  """
  pool = futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                     initializer=_lower_priority)
  with reference_pool.child_environment():  # the worker spawns on the first submit
    future = pool.submit(learn_all, tuple(tasks))
  pool.shutdown(wait=False)
  return future
