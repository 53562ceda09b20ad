"""Folds chunk results into per-task program rankings and per-test shortlists.

Only small state is kept across chunks: per task, the best few programs; per
test input, a shortlist of the best few distinct candidate grids. A chunk's
candidate grids are dropped once folded in, so memory does not grow with the
number of programs.
"""

from __future__ import annotations

import dataclasses
from typing import Dict, List, Optional, Sequence

import numpy as np

from batt_jax.data.types import Task
from batt_jax.runtime import answers
from batt_jax.runtime.coordinator import ChunkResults
from batt_jax.runtime.megabatch import MegaBatch

BEST_PER_TASK = 3


@dataclasses.dataclass(frozen=True)
class ProgramInfo:
  """One candidate program: its id, the task it was written for, its size, lineage."""
  name: str
  task_id: str
  lines: int
  lineage: str = "library"


@dataclasses.dataclass
class ProgramScore:
  name: str
  written_for: str
  exact: int
  cells: float
  key: answers.RankKey


class Accumulator:
  """Rankings and shortlists over all chunks seen so far."""

  def __init__(self, tasks: Sequence[Task], batch: MegaBatch, shortlist_size: int = 4):
    self.tasks = list(tasks)
    self.batch = batch
    self.num_demos = np.array([len(t.train) for t in self.tasks], np.int32)
    self.best: List[List[ProgramScore]] = [[] for _ in self.tasks]
    self.shortlists = [answers.Shortlist(shortlist_size) for _ in range(len(batch.test))]
    self.programs_seen = 0

  def add_chunk(self, results: ChunkResults, programs: Sequence[ProgramInfo]) -> None:
    p = len(programs)
    t = len(self.tasks)
    exact = np.zeros((t, p), np.int32)
    cells = np.zeros((t, p), np.float64)
    np.add.at(exact, self.batch.demo.task, results.demo_exact.astype(np.int32))
    np.add.at(cells, self.batch.demo.task, results.demo_cells.astype(np.float64))
    cells /= np.maximum(self.num_demos, 1)[:, None]
    lines = np.array([info.lines for info in programs], np.int32)
    order = self.programs_seen + np.arange(p)
    own = (np.array([task.id for task in self.tasks])[:, None] ==
           np.array([info.task_id for info in programs])[None, :])
    # Rank per task: more exact, more cells, written for the task, fewer lines, earlier
    # (lexsort: last key first).
    ranking = np.lexsort((order[None].repeat(t, 0), lines[None].repeat(t, 0), ~own,
                          -np.round(cells, 6), -exact), axis=1)
    for ti in range(t):
      top = ranking[ti, :BEST_PER_TASK]
      merged = self.best[ti] + [
          ProgramScore(programs[j].name, programs[j].task_id, int(exact[ti, j]),
                       float(cells[ti, j]),
                       answers.rank_key(exact[ti, j], cells[ti, j], lines[j], order[j],
                                        own[ti, j]))
          for j in top]
      self.best[ti] = sorted(merged, key=lambda s: s.key)[:BEST_PER_TASK]
    for k in range(len(self.batch.test)):
      ti = self.batch.test.task[k]
      taken = 0
      for j in ranking[ti]:
        if not results.test_valid[k, j]:
          continue
        grid = answers.decode_grid(results.test_cells[k, j], results.test_hw[k, j])
        self.shortlists[k].offer(answers.Candidate(
            answers.rank_key(exact[ti, j], cells[ti, j], lines[j], order[j], own[ti, j]), grid,
            programs[j].name))
        taken += 1
        if taken >= self.shortlists[k].size:
          break
    self.programs_seen += p

  def submission(self) -> Dict[str, list]:
    """The Kaggle submission: every test input of every task, two attempts each."""
    out: Dict[str, list] = {task.id: [None] * len(task.test) for task in self.tasks}
    for k in range(len(self.batch.test)):
      task = self.tasks[self.batch.test.task[k]]
      out[task.id][self.batch.test.pair[k]] = answers.submission_entry(self.shortlists[k])
    for task_id, entries in out.items():
      out[task_id] = [e if e is not None else answers.submission_entry(None) for e in entries]
    return out

  def report(self) -> Dict[str, dict]:
    """Per task: best programs, demo score, and correctness where the solution is known."""
    correct = self._test_correct()
    out = {}
    for ti, task in enumerate(self.tasks):
      best = self.best[ti]
      top = best[0] if best else None
      out[task.id] = {
          "demos": int(self.num_demos[ti]),
          "best_programs": [{"name": s.name, "written_for": s.written_for,
                             "demo_exact": s.exact, "demo_cells": round(s.cells, 4)}
                            for s in best],
          "demo_solved": bool(top and top.exact == self.num_demos[ti]),
          "test_correct": correct[ti],
          "by_transfer": bool(top and top.exact == self.num_demos[ti] and
                              top.written_for != task.id),
      }
    return out

  def _test_correct(self) -> List[Optional[bool]]:
    """Per task: all test inputs answered right within two attempts (None if unknown)."""
    result: List[Optional[bool]] = [True] * len(self.tasks)
    for k in range(len(self.batch.test)):
      ti = self.batch.test.task[k]
      if not self.batch.test.out_known[k]:
        result[ti] = None
        continue
      expected = answers.decode_grid(self.batch.test.out_cells[k], self.batch.test.out_hw[k])
      hit = any(c.grid == expected for c in self.shortlists[k].attempts())
      if result[ti] is not None:
        result[ti] = result[ti] and hit
    return result
