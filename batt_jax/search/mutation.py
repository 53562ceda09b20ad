"""Mutation search: variants of library programs, steered by partial scores.

Generation 0 is the library pass's ranking of every task (`best_programs` of
the runtime's report: demo pairs exact, then share of cells right where the
shape is right). Each generation mutates every task's current parents with
the code generator's mutation engine (type-compatible substitutions of
constants, primitives and variables, seeded), scores the children on the
task's demo pairs, and keeps the best distinct programs as the next parents
(elitist: a parent stays until a child beats it). A child that reproduces
every demo pair is a solution; its test outputs come from the reference
interpreter, so they need no further confirmation.

Children are scored by the reference interpreter: each task has its own
population, a few dozen programs on a few pairs, which is too little work per
task for a compiled batch to pay off (see WORKSPACE.md, Search).
"""

from __future__ import annotations

import dataclasses
import time
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from batt_jax.data.types import Grid, Task
from codegen import interpret
from codegen import mutate as mutate_lib
from codegen.program import Lineage, Program, render


@dataclasses.dataclass(frozen=True)
class MutationConfig:
  """How wide and how long.

  Attributes:
    generations: rounds of mutation.
    parents: programs kept per task between rounds.
    children: variants made of each parent per round.
    seed: the mutation seed (each round and parent derive their own).
    time_budget_s: no new task starts after this many seconds (None: no limit).
  """
  generations: int = 3
  parents: int = 3
  children: int = 16
  seed: int = 0
  time_budget_s: Optional[float] = None


@dataclasses.dataclass(frozen=True)
class Found:
  """A variant that reproduces every demo pair of a task.

  Attributes:
    task_id: the task.
    program: the variant, renamed `solve_<task>__mut<k>`, its lineage in the docstring.
    test_outputs: its outputs on the task's test inputs (None where undefined).
    generation: the round it was found in (0: a parent already solved it).
  """
  task_id: str
  program: Program
  test_outputs: Tuple[Optional[Grid], ...]
  generation: int


@dataclasses.dataclass
class MutationStats:
  evaluations: int = 0
  programs: int = 0
  seconds: float = 0.0
  stopped_early: bool = False

  @property
  def evaluations_per_s(self) -> float:
    return self.evaluations / self.seconds if self.seconds else 0.0


def cell_score(output: Optional[Grid], expected: Grid) -> float:
  """Share of cells right where the shape is right; 0 otherwise."""
  if output is None or len(output) != len(expected) or len(output[0]) != len(expected[0]):
    return 0.0
  right = sum(a == b for row, erow in zip(output, expected) for a, b in zip(row, erow))
  return right / (len(expected) * len(expected[0]))


def _score(program: Program, task: Task) -> Tuple[int, float, Tuple[Optional[Grid], ...]]:
  outputs = tuple(interpret.run(program, p.input) for p in task.train)
  exact = sum(o == p.output for o, p in zip(outputs, task.train))
  cells = sum(cell_score(o, p.output) for o, p in zip(outputs, task.train)) / len(task.train)
  return exact, cells, outputs


def search(tasks: Sequence[Task], parents: Mapping[str, Sequence[Program]],
           config: MutationConfig) -> Tuple[Dict[str, List[Found]], MutationStats]:
  """Evolves each task's parents; returns the solutions per task id, and counters."""
  start = time.monotonic()
  deadline = None if config.time_budget_s is None else start + config.time_budget_s
  stats = MutationStats()
  found: Dict[str, List[Found]] = {}

  def record(task: Task, program: Program, generation: int) -> None:
    items = found.setdefault(task.id, [])
    items.append(_found(task, program, generation, len(items) + 1))

  populations: Dict[str, List[Tuple[Tuple[int, float], Program, tuple]]] = {}
  for task in tasks:
    scored = []
    for program in parents.get(task.id, ()):
      exact, cells, outputs = _score(program, task)
      stats.evaluations += len(task.train)
      scored.append(((exact, cells), program, outputs))
      if exact == len(task.train):  # a parent that already solves it (generation 0)
        record(task, program, 0)
    populations[task.id] = scored
  for generation in range(1, config.generations + 1):
    for task in tasks:
      if deadline is not None and time.monotonic() > deadline:
        stats.stopped_early = True
        break
      if found.get(task.id) or not populations[task.id]:
        continue
      population = populations[task.id]
      current = [p for _, p, _ in population]
      variants = mutate_lib.mutate(current, config.children,
                                   seed=config.seed * 1000 + generation)
      seen_outputs = {outputs for _, _, outputs in population}
      for parent in current:
        for child in variants.get(parent.name, ()):
          if parent.lineage is not None:  # lineage back to the library program
            child = dataclasses.replace(child, lineage=Lineage(
                parent.lineage.parent, parent.lineage.edits + child.lineage.edits))
          exact, cells, outputs = _score(child, task)
          stats.evaluations += len(task.train)
          stats.programs += 1
          if outputs in seen_outputs:
            continue  # the same behaviour on the demos as a program already kept
          seen_outputs.add(outputs)
          if exact == len(task.train):
            record(task, child, generation)
            stats.evaluations += len(task.test)
          population.append(((exact, cells), child, outputs))
      population.sort(key=lambda entry: (-entry[0][0], -entry[0][1], len(entry[1].lines)))
      del population[config.parents:]
    if stats.stopped_early:
      break
  stats.seconds = time.monotonic() - start
  return found, stats


def _found(task: Task, program: Program, generation: int, index: int) -> Found:
  name = f"solve_{task.id}__mut{index}"
  if program.lineage is None:
    doc = f"mutation search, generation 0: library program {program.name}"
  else:
    doc = f"mutation search, generation {generation}: {program.lineage.describe()}"
  renamed = dataclasses.replace(program, name=name, task_id=task.id,
                                source=render(name, program.lines, doc))
  outputs = tuple(interpret.run(program, p.input) for p in task.test)
  return Found(task.id, renamed, outputs, generation)
