"""Answers confirmed by the reference interpreter: device faults are found and corrected."""

import copy
import types

import numpy as np
import pytest

import codegen
from batt_jax.runtime import confirm
from batt_jax.runtime import engine
from batt_jax.runtime import megabatch as mb
from batt_jax.runtime import results

import runtime_testing as rt


@pytest.fixture(scope="module")
def workload():
  programs, errors = codegen.load_programs(rt.FIXTURE_LIBRARY)
  assert not errors
  built = codegen.build(programs, chunk_size=4, mutations=0, seed=0)
  candidates = {p.name: p for p in built.candidates}
  tasks = rt.tasks()
  batch = mb.build(tasks)
  chunks = [(c, engine.reference_chunk([candidates[n] for n in c.program_ids], batch))
            for c in built.chunks]
  return tasks, batch, candidates, chunks


def _accumulate(workload, fault=None):
  """An Accumulator fed the reference's chunk results, `fault` applied to them
  first, as a faulty device would have computed them."""
  tasks, batch, candidates, chunks = workload
  accumulator = results.Accumulator(tasks, batch)
  for chunk, chunk_results in chunks:
    chunk_results = copy.deepcopy(chunk_results)
    if fault:
      fault(chunk, chunk_results)
    accumulator.add_chunk(chunk_results, engine.program_infos(chunk, candidates))
  return accumulator


def _column(chunk, program):
  return list(chunk.program_ids).index(program) if program in chunk.program_ids else None


def test_honest_results_are_confirmed_unchanged(workload):
  honest = _accumulate(workload)
  submission, report = honest.submission(), honest.report()
  confirmation = confirm.confirm(honest, workload[2])
  assert confirmation.demo_mismatches == [] and confirmation.test_mismatches == []
  assert confirmation.summary()["device_faults"] == 0
  # Every task's best programs' demos, and at least the solved tasks' attempts.
  assert confirmation.programs >= len(rt.TASK_IDS)
  assert confirmation.attempts >= len(rt.SOLVED)
  assert honest.submission() == submission and honest.report() == report


def test_a_wrong_test_grid_is_replaced_by_the_reference_one(workload):
  tasks, batch, _, _ = workload
  task = [t.id for t in tasks].index("ed36ccf7")
  row = int(np.flatnonzero(batch.test.task == task)[0])

  def fault(chunk, chunk_results):
    j = _column(chunk, "solve_ed36ccf7")
    if j is not None:
      chunk_results.test_cells[row, j, 0, 0] = (chunk_results.test_cells[row, j, 0, 0] + 1) % 10

  faulty = _accumulate(workload, fault)
  honest = _accumulate(workload)
  assert faulty.submission() != honest.submission()
  assert not faulty.report()["ed36ccf7"]["test_correct"]
  confirmation = confirm.confirm(faulty, workload[2])
  assert confirmation.test_mismatches == [
      {"task": "ed36ccf7", "test": 0, "program": "solve_ed36ccf7"}]
  assert confirmation.demo_mismatches == []
  assert faulty.submission() == honest.submission()
  assert faulty.report()["ed36ccf7"]["test_correct"]


def test_a_false_demo_claim_is_ranked_by_the_reference_scores(workload):
  tasks, batch, _, _ = workload
  task = [t.id for t in tasks].index("4c4377d9")  # solved by no fixture program
  demos = np.flatnonzero(batch.demo.task == task)

  def fault(chunk, chunk_results):
    j = _column(chunk, "solve_b1948b0a")
    if j is not None:
      chunk_results.demo_exact[demos, j] = True
      chunk_results.demo_cells[demos, j] = 1.0

  faulty = _accumulate(workload, fault)
  honest = _accumulate(workload)
  assert faulty.report()["4c4377d9"]["demo_solved"]
  confirmation = confirm.confirm(faulty, workload[2])
  assert [(m["task"], m["program"], m["device"][0]) for m in confirmation.demo_mismatches] == [
      ("4c4377d9", "solve_b1948b0a", len(demos))]
  assert confirmation.test_mismatches == []
  report, want = faulty.report()["4c4377d9"], honest.report()["4c4377d9"]
  assert not report["demo_solved"]
  assert report["best_programs"][0] == want["best_programs"][0]
  assert faulty.submission() == honest.submission()


def test_the_engine_confirms_when_asked_and_by_default_only_on_accelerators():
  tasks = rt.tasks()
  plain = engine.run(tasks, rt.config(backend="reference"))
  assert "device_faults" not in plain.summary and "confirm" not in plain.timings
  confirmed = engine.run(tasks, rt.config(backend="reference", confirm_answers=True))
  assert confirmed.summary["device_faults"] == 0
  assert confirmed.summary["confirmed_programs"] >= len(rt.TASK_IDS)
  assert "confirm" in confirmed.timings
  assert confirmed.submission == plain.submission and confirmed.report == plain.report
  assert any(line.startswith("confirmed") and "0 device faults corrected" in line
             for line in engine.summary_table(confirmed))
  on = lambda platform: types.SimpleNamespace(devices=[types.SimpleNamespace(platform=platform)])
  default = engine.RunConfig()
  assert engine._confirms(default, on("gpu")) and not engine._confirms(default, on("cpu"))
  assert not engine._confirms(default, None)  # the reference backend
  assert not engine._confirms(engine.RunConfig(confirm_answers=False), on("gpu"))
