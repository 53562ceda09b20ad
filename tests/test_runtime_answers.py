"""Ranking tie-breaks and answer choice, on hand-made chunk results; the submission check."""

from typing import Optional, Sequence

import numpy as np
import pytest

from batt_jax.data.types import Pair, Task
from batt_jax.runtime import answers
from batt_jax.runtime import megabatch as mb
from batt_jax.runtime import submission
from batt_jax.runtime.coordinator import ChunkResults
from batt_jax.runtime.results import Accumulator, ProgramInfo, rank_rows

# One task, two demo pairs, one test input (the grids do not matter here:
# the chunk results are made by hand).
TASK = Task("t", train=(Pair(((1,),), ((2,),)), Pair(((3,),), ((4,),))),
            test=(Pair(((5,),), None),))
A, B, C = [[1, 1]], [[2], [2]], [[3]]


def program(name, exact, cells, lines=3, answer: Optional[list] = None, written_for="t"):
  """A candidate: per-demo exactness and cell scores, size, test answer (None: invalid)."""
  return dict(name=name, exact=exact, cells=cells, lines=lines, answer=answer,
              written_for=written_for)


def chunk(programs: Sequence[dict]):
  p = len(programs)
  results = ChunkResults(
      demo_exact=np.array([[q["exact"][k] for q in programs] for k in range(2)], bool),
      demo_cells=np.array([[q["cells"][k] for q in programs] for k in range(2)], np.float32),
      test_cells=np.zeros((1, p, 30, 30), np.int8), test_hw=np.zeros((1, p, 2), np.int32),
      test_valid=np.zeros((1, p), bool))
  for j, q in enumerate(programs):
    if q["answer"] is not None:
      grid = np.array(q["answer"], np.int8)
      results.test_cells[0, j, :grid.shape[0], :grid.shape[1]] = grid
      results.test_hw[0, j] = grid.shape
      results.test_valid[0, j] = True
  infos = [ProgramInfo(q["name"], q["written_for"], q["lines"]) for q in programs]
  return results, infos


def accumulate(*chunks):
  accumulator = Accumulator([TASK], mb.build([TASK]))
  for programs in chunks:
    accumulator.add_chunk(*chunk(programs))
  report = accumulator.report()["t"]
  return [b["name"] for b in report["best_programs"]], accumulator.submission()["t"][0], report


def test_the_tasks_own_program_beats_shorter_ones_written_for_others():
  # Three programs reproduce every demo; the two shorter ones were written for other
  # tasks and agree on a test answer the task's own program does not give.
  ranked, answer, report = accumulate([
      program("other_a", [1, 1], [1.0, 1.0], lines=2, answer=C, written_for="u"),
      program("other_b", [1, 1], [1.0, 1.0], lines=2, answer=B, written_for="v"),
      program("own", [1, 1], [1.0, 1.0], lines=9, answer=A)])
  assert ranked == ["own", "other_a", "other_b"]
  assert answer == {"attempt_1": A, "attempt_2": C}
  assert report["demo_solved"] and not report["by_transfer"]
  # With no program of its own that fits, the task is solved by transfer.
  ranked, _, report = accumulate([
      program("other_a", [1, 1], [1.0, 1.0], lines=2, answer=C, written_for="u"),
      program("own", [0, 1], [0.5, 1.0], lines=9, answer=A)])
  assert ranked == ["other_a", "own"]
  assert report["demo_solved"] and report["by_transfer"]


def test_more_exact_demos_beats_more_cells():
  ranked, answer, report = accumulate([
      program("near", [0, 0], [0.9, 0.9], answer=B),
      program("half", [1, 0], [1.0, 0.0], answer=A)])
  assert ranked == ["half", "near"]
  assert answer == {"attempt_1": A, "attempt_2": B}
  assert report["best_programs"][0] == {"name": "half", "written_for": "t", "demo_exact": 1,
                                        "demo_cells": 0.5}
  assert not report["demo_solved"] and report["test_correct"] is None


def test_then_more_cells():
  ranked, answer, _ = accumulate([
      program("low", [0, 0], [0.2, 0.2], answer=A),
      program("high", [0, 0], [0.5, 0.25], answer=B)])
  assert ranked == ["high", "low"]
  assert answer == {"attempt_1": B, "attempt_2": A}


def test_then_fewer_lines():
  ranked, answer, _ = accumulate([
      program("long", [1, 1], [1.0, 1.0], lines=5, answer=A),
      program("short", [1, 1], [1.0, 1.0], lines=2, answer=B)])
  assert ranked == ["short", "long"]
  assert answer == {"attempt_1": B, "attempt_2": A}


def test_then_program_order_within_and_across_chunks():
  ranked, answer, report = accumulate(
      [program("first", [1, 1], [1.0, 1.0], answer=A),
       program("second", [1, 1], [1.0, 1.0], answer=B)],
      [program("later", [1, 1], [1.0, 1.0], answer=C),
       program("better_later", [1, 1], [1.0, 1.0], lines=2, answer=C)])
  assert ranked == ["better_later", "first", "second"]
  assert answer == {"attempt_1": C, "attempt_2": A}
  assert report["demo_solved"]


@pytest.mark.parametrize("max_lines", [60, 1 << 50])  # packed keys; lexsort fallback
def test_rank_rows_is_the_lexicographic_order(max_lines):
  rng = np.random.default_rng(0)
  t, p = 40, 300  # few distinct values: most keys tie on something
  exact = rng.integers(0, 4, (t, p))
  cells = rng.choice([0.0, 0.25, 1 / 3, 0.5, 0.9999994, 0.9999996, 1.0], (t, p))
  own = rng.random((t, p)) < 0.1
  lines = rng.integers(0, 4, p) * (max_lines // 4)
  want = np.lexsort((np.arange(p)[None].repeat(t, 0), lines[None].repeat(t, 0), ~own,
                     -np.round(cells, 6), -exact), axis=1)
  np.testing.assert_array_equal(rank_rows(exact, cells, own, lines), want)


def test_demo_rows_out_of_task_order_sum_the_same():
  tasks = [TASK, Task("u", train=TASK.train[:1], test=TASK.test)]
  batch = mb.build(tasks)
  exact = np.array([[1, 0], [1, 1], [0, 1]], bool)
  cells = np.array([[1.0, 0.5], [1.0, 1.0], [0.25, 1.0]], np.float32)
  infos = [ProgramInfo("a", "t", 3), ProgramInfo("b", "u", 3)]
  sorted_rank = Accumulator(tasks, batch).rank(exact, cells, infos)
  # The same rows listed with the second task's first.
  flip = np.array([2, 0, 1])
  batch.demo.task[:] = batch.demo.task[flip]
  shuffled_rank = Accumulator(tasks, batch).rank(exact[flip], cells[flip], infos)
  np.testing.assert_array_equal(sorted_rank.exact, [[2, 1], [0, 1]])
  np.testing.assert_array_equal(sorted_rank.cells, [[1.0, 0.75], [0.25, 1.0]])
  for field in ("exact", "cells", "own", "ranking"):
    np.testing.assert_array_equal(getattr(shuffled_rank, field), getattr(sorted_rank, field))


def test_task_sums_are_reduceat_bit_for_bit_and_own_is_the_written_for_task():
  rng = np.random.default_rng(1)
  demos = [1, 3, 11, 2, 5, 1, 4]  # the rows of a task are added one k-th row at a time
  grid = ((1,),)
  tasks = [Task(f"t{i}", train=tuple(Pair(grid, grid) for _ in range(d)),
                test=(Pair(grid, grid),)) for i, d in enumerate(demos)]
  batch = mb.build(tasks)
  rows, p = len(batch.demo), 9
  exact = rng.random((rows, p)) < 0.5
  cells = rng.random((rows, p)).astype(np.float32)
  infos = [ProgramInfo(f"p{j}", f"t{j % 8}", 3) for j in range(p)]  # t7: no such task
  ranked = Accumulator(tasks, batch).rank(exact, cells, infos)
  starts = np.cumsum([0] + demos[:-1])
  np.testing.assert_array_equal(ranked.exact, np.add.reduceat(exact.astype(np.int32), starts))
  want_cells = np.add.reduceat(cells.astype(np.float64), starts) / np.array(demos)[:, None]
  assert ranked.cells.tobytes() == want_cells.tobytes()
  want_own = np.array([[infos[j].task_id == t.id for j in range(p)] for t in tasks])
  np.testing.assert_array_equal(ranked.own, want_own)


def test_duplicate_answers_are_skipped():
  _, answer, _ = accumulate([
      program("best", [1, 1], [1.0, 1.0], answer=A),
      program("same_answer", [1, 0], [1.0, 1.0], answer=A),
      program("invalid", [1, 0], [1.0, 0.5], answer=None),
      program("third", [0, 0], [0.5, 0.5], answer=B)])
  assert answer == {"attempt_1": A, "attempt_2": B}


def test_one_valid_answer_is_repeated():
  _, answer, _ = accumulate([program("only", [0, 0], [0.0, 0.0], answer=C),
                             program("invalid", [1, 1], [1.0, 1.0], answer=None)])
  assert answer == {"attempt_1": C, "attempt_2": C}


def test_no_valid_candidate_answers_zero_twice():
  ranked, answer, report = accumulate([program("invalid", [1, 1], [1.0, 1.0], answer=None)])
  assert ranked == ["invalid"]  # still ranked on its demos
  assert answer == {"attempt_1": [[0]], "attempt_2": [[0]]}


def test_shortlist_keeps_the_best_key_of_an_answer():
  shortlist = answers.Shortlist(size=2)
  grid = ((1,),)
  shortlist.offer(answers.Candidate(answers.rank_key(0, 0.5, 3, 0), grid, "worse"))
  shortlist.offer(answers.Candidate(answers.rank_key(1, 0.5, 3, 1), grid, "better"))
  shortlist.offer(answers.Candidate(answers.rank_key(0, 0.1, 3, 2), ((2,),), "other"))
  shortlist.offer(answers.Candidate(answers.rank_key(0, 0.0, 3, 3), ((3,),), "dropped"))
  assert [c.program for c in shortlist.items] == ["better", "other"]
  assert answers.submission_entry(shortlist) == {"attempt_1": [[1]], "attempt_2": [[2]]}
  assert answers.submission_entry(None) == {"attempt_1": [[0]], "attempt_2": [[0]]}


# The submission check.

TWO_TESTS = Task("u", train=TASK.train, test=(Pair(((5,),), None), Pair(((6,),), None)))
GOOD = {"t": [{"attempt_1": A, "attempt_2": B}],
        "u": [{"attempt_1": [[0]], "attempt_2": [[9] * 30] * 30},
              {"attempt_1": C, "attempt_2": C}]}


def test_a_good_submission_passes():
  assert submission.problems(GOOD, [TASK, TWO_TESTS]) == []
  submission.check(GOOD, [TASK, TWO_TESTS])


@pytest.mark.parametrize("change, problem", [
    (lambda s: s.pop("u"), "task u: missing"),
    (lambda s: s.update(v=[]), "task v: not among the tasks"),
    (lambda s: s["u"].pop(), "task u: expected a list of 2 entries"),
    (lambda s: s["t"][0].update(attempt_3=A), "task t test 0: expected exactly keys"),
    (lambda s: s["t"][0].pop("attempt_2"), "task t test 0: expected exactly keys"),
    (lambda s: s["t"][0].update(attempt_1=[]), "attempt_1: is not a non-empty list of rows"),
    (lambda s: s["t"][0].update(attempt_1=[[]]), "row 0 is not a non-empty list"),
    (lambda s: s["t"][0].update(attempt_1=[[1, 2], [3]]), "row 1 has 1 cells, row 0 has 2"),
    (lambda s: s["t"][0].update(attempt_2=[[10]]), "attempt_2: row 0 holds a value"),
    (lambda s: s["t"][0].update(attempt_2=[[-1]]), "attempt_2: row 0 holds a value"),
    (lambda s: s["t"][0].update(attempt_2=[[True]]), "attempt_2: row 0 holds a value"),
    (lambda s: s["t"][0].update(attempt_2=[[1.0]]), "attempt_2: row 0 holds a value"),
    (lambda s: s["t"][0].update(attempt_2=[[np.int64(1)]]), "attempt_2: row 0 holds a value"),
    (lambda s: s["t"][0].update(attempt_2=((1,),)), "attempt_2: is not a non-empty list"),
    (lambda s: s["t"][0].update(attempt_2=[[1]] * 31), "has 31 rows (at most 30)"),
    (lambda s: s["t"][0].update(attempt_2=[[1] * 31]), "has 31 columns (at most 30)"),
    (lambda s: s.update(t={"attempt_1": A, "attempt_2": B}), "task t: expected a list of 1"),
])
def test_each_problem_is_named(change, problem):
  broken = {task: [dict(entry) for entry in entries] for task, entries in GOOD.items()}
  change(broken)
  found = submission.problems(broken, [TASK, TWO_TESTS])
  assert len(found) == 1 and problem in found[0], found
  with pytest.raises(submission.SubmissionError, match="invalid submission"):
    submission.check(broken, [TASK, TWO_TESTS])
