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


@dataclasses.dataclass(frozen=True)
class Ranking:
  """A chunk's programs ranked per task by their demo scores.

  Attributes:
    exact: [T, P] demos each program reproduced, per task.
    cells: [T, P] mean cell score over the task's demos.
    lines: [P] program lengths.
    order: [P] the programs' order over all chunks (earlier wins ties).
    own: [T, P] whether program p was written for task t.
    ranking: [T, P] program slots, best first: more exact, more cells,
      written for the task, fewer lines, earlier.
  """
  exact: np.ndarray
  cells: np.ndarray
  lines: np.ndarray
  order: np.ndarray
  own: np.ndarray
  ranking: np.ndarray


def rank_rows(exact: np.ndarray, cells: np.ndarray, own: np.ndarray,
              lines: np.ndarray) -> np.ndarray:
  """[T, P] column order of each row, best first: more `exact`, more `cells`
  (to 6 decimals), `own`, fewer `lines`, then the lower column.

  The keys, the column included, are packed into one int64 per entry, all
  distinct, so that sorting the keys alone gives the order and the columns
  are their low bits: 2.1 ms for the whole library's [800, 367] on the
  2-core CPU, against 9.9 ms for a stable argsort of the keys without the
  column and 17.5 ms for np.lexsort (the picker ranks on the run's path).
  Keys that do not fit 63 bits fall back to lexsort.
  """
  t, p = exact.shape
  micro = np.rint(np.round(cells, 6) * 1e6).astype(np.int64)  # cells in [0, 1]
  exact_bits = int(max(exact.max(initial=0), 0)).bit_length()
  lines_bits = int(max(lines.max(initial=0), 0)).bit_length()
  column_bits = max(p - 1, 0).bit_length()
  fits = (exact.min(initial=0) >= 0 and micro.min(initial=0) >= 0 and
          micro.max(initial=0) < 1 << 20 and lines.min(initial=0) >= 0 and
          exact_bits + 20 + 1 + lines_bits + column_bits <= 63)
  if not fits:  # lexsort: last key first
    columns = np.arange(p)[None].repeat(t, 0)
    return np.lexsort((columns, lines[None].repeat(t, 0), ~own, -np.round(cells, 6), -exact),
                      axis=1)
  shift = column_bits
  key = np.arange(p, dtype=np.int64)[None].repeat(t, 0)
  key |= lines.astype(np.int64)[None] << shift
  shift += lines_bits
  key |= (~own).astype(np.int64) << shift
  shift += 1
  key |= ((1 << 20) - 1 - micro) << shift
  shift += 20
  key |= (exact.max(initial=0) - exact.astype(np.int64)) << shift
  key.sort(axis=1)
  return key & ((1 << column_bits) - 1)


class Accumulator:
  """Rankings and shortlists over all chunks seen so far."""

  def __init__(self, tasks: Sequence[Task], batch: MegaBatch, shortlist_size: int = 4):
    self.tasks = list(tasks)
    self.batch = batch
    self.num_demos = np.array([len(t.train) for t in self.tasks], np.int32)
    self.best: List[List[ProgramScore]] = [[] for _ in self.tasks]
    self.shortlist_size = shortlist_size
    self.shortlists = [answers.Shortlist(shortlist_size) for _ in range(len(batch.test))]
    self.programs_seen = 0
    # The demo rows of a mega-batch come task by task: a task's sums are
    # then its rows added in order, not scattered adds (`_per_task`).
    task = self.batch.demo.task
    self._task_runs = None
    if len(task) and np.all(np.diff(task) >= 0):
      self._task_runs = np.unique(task, return_index=True, return_counts=True)
    self._task_rows: Dict[str, List[int]] = {}  # task id -> its rows (ids may repeat)
    for i, t in enumerate(self.tasks):
      self._task_rows.setdefault(t.id, []).append(i)

  def _per_task(self, values: np.ndarray, dtype) -> np.ndarray:
    """[T, P] sums of [M_demo, P] values over each task's demo rows, in `dtype`.

    With the rows in task order, every task's k-th row is added at once,
    for k up to the most demos a task has: the same sums, in the same order,
    as np.add.reduceat, in 3 ms against 15 ms for the whole library's
    [2664, 367] exact and cell scores on the 2-core CPU.
    """
    out = np.zeros((len(self.tasks), values.shape[1]), dtype)
    if self._task_runs is None:
      np.add.at(out, self.batch.demo.task, values.astype(dtype))
      return out
    present, starts, counts = self._task_runs
    sums = values[starts].astype(dtype)
    for k in range(1, int(counts.max())):
      more = counts > k
      sums[more] += values[starts[more] + k]
    out[present] = sums
    return out

  def rank(self, demo_exact: np.ndarray, demo_cells: np.ndarray,
           programs: Sequence[ProgramInfo]) -> Ranking:
    """The next chunk's ranking from its [M_demo, P] demo scores."""
    p = len(programs)
    exact = self._per_task(demo_exact, np.int32)
    cells = self._per_task(demo_cells, np.float64)
    cells /= np.maximum(self.num_demos, 1)[:, None]
    lines = np.array([info.lines for info in programs], np.int32)
    order = self.programs_seen + np.arange(p)
    own = np.zeros((len(self.tasks), p), bool)
    written = [(i, j) for j, info in enumerate(programs)
               for i in self._task_rows.get(info.task_id, ())]
    if written:
      own[tuple(np.array(written).T)] = True
    return Ranking(exact, cells, lines, order, own, rank_rows(exact, cells, own, lines))

  def picker(self, programs: Sequence[ProgramInfo]) -> "ShortlistPicker":
    """The next chunk's `coordinator.Picker`: only what its shortlists can take is copied."""
    return ShortlistPicker(self, programs)

  def add_chunk(self, results: ChunkResults, programs: Sequence[ProgramInfo]) -> None:
    ranked = self.rank(results.demo_exact, results.demo_cells, programs)
    exact, cells, lines, order, own, ranking = (
        ranked.exact, ranked.cells, ranked.lines, ranked.order, ranked.own, ranked.ranking)
    t = len(self.tasks)
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
      # (program slot, its column in the test arrays), in ranking order; picked
      # results hold the first valid ones already.
      if results.test_slots is None:
        columns = ((j, j) for j in ranking[ti])
      else:
        columns = ((j, c) for c, j in enumerate(results.test_slots[k]) if j >= 0)
      taken = 0
      for j, c in columns:
        if not results.test_valid[k, c]:
          continue
        grid = answers.decode_grid(results.test_cells[k, c], results.test_hw[k, c])
        self.shortlists[k].offer(answers.Candidate(
            answers.rank_key(exact[ti, j], cells[ti, j], lines[j], order[j], own[ti, j]), grid,
            programs[j].name))
        taken += 1
        if taken >= self.shortlists[k].size:
          break
    self.programs_seen += len(programs)

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


class ShortlistPicker:
  """A chunk's `coordinator.Picker`: per test row, the candidates its shortlist can take.

  A test input's shortlist takes the first `size` valid candidates in its
  task's ranking (`Accumulator.add_chunk`), and the ranking needs only the
  demos' scores. So of a test row's P candidate grids only those `size` are
  copied to the host. All of them were 276 MB a run for the whole library
  (835 ARC-AGI-1 test rows x 367 programs), copied after the last kernel
  while the device idled: on one H200 picking took the run from 2.134 to
  1.846 s (docs/BENCHMARKS.md).
  """

  def __init__(self, accumulator: Accumulator, programs: Sequence[ProgramInfo]):
    self.accumulator = accumulator
    self.programs = list(programs)
    self.size = accumulator.shortlist_size
    demos, p = len(accumulator.batch.demo), len(self.programs)
    # Filled by sample row, so rows given again (a batch retried after running
    # out of memory) overwrite themselves instead of counting twice.
    self._exact = np.zeros((demos, p), bool)
    self._score = np.zeros((demos, p), np.float32)
    self._seen = np.zeros(demos, bool)
    self._ranking: Optional[np.ndarray] = None

  def add_demos(self, start: int, exact: np.ndarray, score: np.ndarray) -> None:
    rows = slice(start, start + len(exact))
    if self._ranking is not None:
      if not self._seen[rows].all():
        raise ValueError("demo rows came after test rows: the ranking was already made")
      return  # a retried batch's demos: the ranking already holds them
    self._exact[rows] = exact
    self._score[rows] = score
    self._seen[rows] = True

  def _ranked(self) -> np.ndarray:
    if self._ranking is None:
      if not self._seen.all():
        raise ValueError(f"test rows came after {self._seen.sum()} of {len(self._seen)} demo "
                         "rows: the ranking needs them all")
      self._ranking = self.accumulator.rank(self._exact, self._score, self.programs).ranking
    return self._ranking

  def pick(self, start: int, valid: np.ndarray) -> np.ndarray:
    rows = len(valid)
    first = start - len(self.accumulator.batch.demo)  # the first row's place among the tests
    tasks = self.accumulator.batch.test.task[first:first + rows]
    if first < 0 or len(tasks) != rows:
      raise ValueError(f"test rows [{start}, {start + rows}) are not all test samples")
    order = self._ranked()[tasks]  # [rows, P] program slots, best first
    usable = np.take_along_axis(valid, order, axis=1)
    place = np.cumsum(usable, axis=1) - 1  # each usable candidate's place in its row
    taken = usable & (place < self.size)
    slots = np.full((rows, self.size), -1, np.int32)
    row, column = np.nonzero(taken)
    slots[row, place[row, column]] = order[row, column]
    return slots
