"""The benchmark harness on a tiny workload: every figure present and sane."""

import copy
import json
import os
import subprocess
import sys
import types

import numpy as np
import pytest

from batt_jax import data
from batt_jax.bench import harness
from batt_jax.bench import measure
from batt_jax.bench import parity
from batt_jax.bench import report
from batt_jax.bench import workload
from batt_jax.runtime import coordinator as coordinator_lib
from batt_jax.runtime import engine
from batt_jax.runtime import megabatch as mb

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURE = os.path.join(ROOT, "tests", "data", "programs", "solvers_fixture.py")
RATES = ("evaluations_per_s", "ms_per_sample")


def _tiny_spec(**overrides) -> workload.Spec:
  fields = dict(data=("arc1-train",), count=2, library=FIXTURE, chunk_size=16)
  fields.update(overrides)
  return workload.Spec(**fields)


@pytest.fixture(scope="module")
def results():
  config = harness.Config(spec=_tiny_spec(), batch_size=8, reference_pairs=40, repeats=2,
                          sweep_repeats=1, sweep_batch_sizes=(4, 8), parity_tasks=1)
  return harness.run(config, flags={"batch_size": 8})


def _positive_rates(figures: dict) -> None:
  for key in RATES:
    assert figures[key] > 0, (key, figures)


def test_environment_and_workload(results):
  env = results["environment"]
  assert env["platform"] == "cpu" and env["device_count"] >= 1
  assert env["jax_version"] and env["device_kind"]
  assert env["compiler_options"] == {}  # XLA's defaults on the CPU
  work = results["workload"]
  assert work["tasks"] == 2 and work["candidates"] == 10 and work["chunks"] == 1
  assert work["evaluations"] == work["candidates"] * work["samples"]
  assert results["flags"] == {"batch_size": 8}


def test_reference_and_compiled_figures(results):
  ref, jx = results["reference"], results["jax"]
  assert ref["pairs"] == 40 and ref["seconds"] > 0
  _positive_rates(ref)
  assert ref["workload_s"] == pytest.approx(
      results["workload"]["evaluations"] / ref["evaluations_per_s"])
  run = jx["run"]
  _positive_rates(run)
  assert len(run["times_s"]) == 2 and min(run["times_s"]) <= run["median_s"]
  assert run["first_run_s"] > 0  # the warm-up run, kept out of the median
  # The fixture library solves neither of the first two training tasks.
  assert jx["answers"]["test_correct"] == 0 and len(jx["answers"]["sha256"]) == 64
  assert run["evaluations"] == results["workload"]["evaluations"]
  assert results["jax_over_reference"] == pytest.approx(
      run["evaluations_per_s"] / ref["evaluations_per_s"])
  for phase in ("cold_compile", "warm_compile"):
    assert jx[phase]["total_s"] == pytest.approx(jx[phase]["lower_s"] + jx[phase]["compile_s"])
    assert jx[phase]["chunks"] == 1 and jx[phase]["compile_s"] > 0
  e2e = jx["end_to_end_warm"]
  assert e2e["total_s"] >= e2e["compile_s"] + e2e["run_s"] > 0
  assert jx["halvings"] == 0
  assert results["memory"]["peak_bytes_in_use"] is None  # the CPU reports none
  # The fused run's values against the CPU's nodewise ones, on the first task.
  check = jx["parity"]
  assert (check["tasks"], check["programs"], check["programs_differing"]) == (1, 10, 0)
  assert check["demo_rows"] > 0 and check["test_rows"] > 0 and check["differing"] == []


def test_parity_names_the_programs_and_fields_that_differ():
  tasks = data.load("arc1-train").tasks[:3]
  batch = mb.build(tasks)
  sample = mb.build(parity.sample_tasks(tasks, 2))
  assert sample.task_ids == [tasks[0].id, tasks[2].id]
  rng = np.random.default_rng(0)

  def results(b, p):
    demo, test = len(b.demo), len(b.test)
    return coordinator_lib.ChunkResults(
        demo_exact=np.zeros((demo, p), bool), demo_cells=np.zeros((demo, p), np.float32),
        test_cells=np.zeros((test, p, 30, 30), np.int8),
        test_hw=np.ones((test, p, 2), np.int32), test_valid=np.ones((test, p), bool))

  device, cpu = results(batch, 3), results(sample, 3)
  rows = parity.shared_rows(batch, sample)
  assert parity.differences(device, cpu, rows, ["a", "b", "c"]) == []
  # A test candidate's cell, on a row the sample holds (the third task's first test).
  row = list(zip(batch.test.task, batch.test.pair)).index((2, 0))
  device.test_cells[row, 1, 0, 0] = 5
  # A demo score on a row the sample lacks (the second task's): not compared.
  device.demo_cells[list(batch.demo.task).index(1), 2] = rng.random()
  # An invalid candidate's grid means nothing; its validity does.
  device.test_valid[row, 2] = False
  device.test_cells[row, 2] = 7
  assert parity.differences(device, cpu, rows, ["a", "b", "c"]) == [
      {"program": "b", "test_cells": 1}, {"program": "c", "test_valid": 1}]


def test_parity_checks_accelerators_by_default_and_never_the_cpu_against_itself():
  cpu, gpu = types.SimpleNamespace(platform="cpu"), types.SimpleNamespace(platform="gpu")
  assert parity.task_count(None, [cpu, cpu]) == 0
  assert parity.task_count(None, [gpu]) == parity.ACCELERATOR_TASKS == 40
  assert parity.task_count(3, [cpu]) == 3 and parity.task_count(0, [gpu]) == 0


def test_batch_sweep_is_filled(results):
  points = results["sweeps"]["batch_size"]
  assert [p["batch_size"] for p in points] == [4, 8]
  for p in points:
    _positive_rates(p)
    assert p["batch_rows"] == p["batch_size"] and p["samples"] % p["batch_size"] == 0
    assert p["evaluations"] == p["samples"] * p["candidates"]


def test_outputs_written(results, tmp_path):
  paths = report.write(results, str(tmp_path))
  names = sorted(os.path.basename(p) for p in paths)
  assert names == ["results.json", "results.md", "throughput_vs_batch_size.png"]
  assert json.loads((tmp_path / "results.json").read_text()) == json.loads(json.dumps(results))
  text = (tmp_path / "results.md").read_text()
  assert "jax / reference" in text and "Throughput vs batch_size" in text
  assert "0 of 10 programs differ on 1 tasks" in text
  assert (tmp_path / "throughput_vs_batch_size.png").read_bytes()[:4] == b"\x89PNG"


def test_filled_tiles_each_set_to_whole_batches():
  batch = mb.build(workload.load_tasks(_tiny_spec()))
  full = workload.filled(batch, 4)
  for before, after in ((batch.demo, full.demo), (batch.test, full.test)):
    assert len(after) % 4 == 0 and len(before) <= len(after) < len(before) + 4
    np.testing.assert_array_equal(after.cells[:len(before)], before.cells)
    np.testing.assert_array_equal(after.cells[len(before)], before.cells[0])


def test_default_out_dir_names_the_device():
  assert report.default_out_dir("NVIDIA H100 80GB HBM3", 2) == os.path.join(
      "docs", "bench", "nvidia-h100-80gb-hbm3-x2")


def test_cli_sweeps_host_devices(tmp_path):
  """The CLI on two XLA host devices (a subprocess: devices are fixed at jax start)."""
  command = [sys.executable, "-m", "batt_jax.bench", "--data=arc1-train", "--count=2",
             f"--library={FIXTURE}", "--batch_size=8", "--chunk_size=16",
             "--reference_pairs=20", "--repeats=1", "--sweep_repeats=1", "--host_devices=2",
             "--sweep_devices=1,2,3", "--nomeasure_workload", f"--out_dir={tmp_path}"]
  env = dict(os.environ, PYTHONPATH=ROOT, JAX_PLATFORMS="cpu")
  subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, timeout=300)
  results = json.loads((tmp_path / "results.json").read_text())
  assert results["environment"]["device_count"] == 2
  assert results["flags"]["host_devices"] == 2
  # Every flag of the entry point is recorded, not a hand-kept subset.
  assert {"dispatch_threads", "compile_processes", "compact_slots", "sweep_devices",
          "chain_nodes", "stack_steps"} <= set(results["flags"])
  assert "jax" not in results and results["reference"]["evaluations_per_s"] > 0
  points = results["sweeps"]["devices"]
  assert [p["devices"] for p in points] == [1, 2]  # 3 is skipped: only 2 devices
  for p in points:
    _positive_rates(p)
  assert (tmp_path / "throughput_vs_devices.png").exists()
  assert "| 1 | " in (tmp_path / "results.md").read_text()
  assert " 1.00x | 100% |" in (tmp_path / "results.md").read_text()


def test_devices_scaling_is_against_one_device():
  points = [{"devices": 1, "evaluations_per_s": 100.0}, {"devices": 2, "evaluations_per_s": 190.0},
            {"devices": 4, "evaluations_per_s": 360.0}]
  assert report.scaling(points) == [(1.0, 1.0), (1.9, 0.95), (3.6, 0.9)]
  assert report.scaling(points[1:]) == [None, None]  # no 1-device point to compare with


def test_devices_table_shows_speed_up_and_efficiency():
  point = dict(samples=64, compile_s=1.0, median_s=0.5, ms_per_sample=1.0, halvings=0)
  points = [dict(point, devices=1, evaluations_per_s=100.0),
            dict(point, devices=4, evaluations_per_s=360.0)]
  lines = report._sweep_table("devices", points)
  assert "speed-up vs 1" in lines[0] and "efficiency" in lines[0]
  assert lines[2].endswith(" 1.00x | 100% |")
  assert lines[3].endswith(" 3.60x | 90% |")


def test_profile_table_shares_kernel_time_by_primitive():
  profile = {"run_s": 2.0, "kernel_s": 1.5, "kernels_run": 3,
             "by_primitive": [{"primitive": "mapply", "seconds": 1.2, "calls": 4, "kernels": 2},
                              {"primitive": "fill", "seconds": 0.3, "calls": 490, "kernels": 1}]}
  lines = report._profile_table(profile)
  assert "1.500 s of kernels in a 2.000 s run, 3 kernels" in lines[3]
  assert lines[-2] == "| mapply | 2 | 4 | 1.200 | 80.0% |"
  assert lines[-1] == "| fill | 1 | 490 | 0.300 | 20.0% |"
  assert report._profile_table(None) == [] and report._profile_table({"top": []}) == []


def test_answers_count_the_solved_tasks_and_tell_runs_apart():
  """measure.answers: two of the fixture's programs solve their tasks (a
  half turn, three quarter turns); without the second, one fewer is solved
  and the digest differs."""
  tasks = data.select(data.load("arc1-train"), ["3c9b0459", "ed36ccf7", "780d0b14"]).tasks
  spec = _tiny_spec()
  work = workload.build(spec, tasks)
  coordinator = engine.make_coordinator("nodewise", 16)
  first = measure.answers(measure.compile_chunks(work, coordinator, work.batch), coordinator, work)
  assert first["test_correct"] == 2
  again = measure.answers(measure.compile_chunks(work, coordinator, work.batch), coordinator, work)
  assert again == first
  fewer = workload.build(_tiny_spec(programs=2), tasks)  # two half turns: no ed36ccf7
  other = measure.answers(measure.compile_chunks(fewer, coordinator, fewer.batch), coordinator,
                          fewer)
  assert other["test_correct"] == 1 and other["sha256"] != first["sha256"]
  confirmed = measure.answers(measure.compile_chunks(work, coordinator, work.batch), coordinator,
                              work, confirm_answers=True)
  assert {k: confirmed[k] for k in first} == first  # the digest is the devices' answers
  assert confirmed["device_faults"] == 0 and confirmed["confirmed_programs"] >= len(tasks)
  # The reference interpreter's answers over the whole workload: the same digest.
  reference = measure.reference_answers(work, workers=1)
  assert (reference["test_correct"], reference["sha256"]) == (2, first["sha256"])


def test_confirmed_answers_have_their_table_row(results):
  shown = copy.deepcopy(results)
  shown["jax"]["answers"].update(device_faults=0, confirmed_programs=5, confirmed_attempts=3,
                                 confirm_s=0.31)
  rows = dict(report.summary_rows(shown))
  assert rows["jax: answers confirmed by the reference (runtime/confirm.py)"] == (
      "0 device faults (5 programs' demos, 3 attempts, 0.3 s)")
  assert "jax: answers confirmed by the reference (runtime/confirm.py)" not in dict(
      report.summary_rows(results))
  name = "reference: answers, whole workload (2 processes)"
  digest = shown["jax"]["answers"]["sha256"]
  shown["reference"]["answers"] = {"test_correct": 2, "sha256": digest, "workers": 2,
                                   "seconds": 1.0}
  assert dict(report.summary_rows(shown))[name] == (
      f"2; {digest[:16]} in 1.0 s; the same as the devices'")
  shown["reference"]["answers"]["sha256"] = "0" * 64
  assert dict(report.summary_rows(shown))[name].endswith("; NOT the devices'")

