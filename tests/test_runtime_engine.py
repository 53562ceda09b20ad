"""The engine end to end in-process: backends agree, padding never shows, OOM halving."""

import os

import jax
import numpy as np
import pytest

import codegen
from batt_jax.runtime import coordinator as coordinator_lib
from batt_jax.runtime import engine
from batt_jax.runtime import megabatch as mb
from batt_jax.runtime import reference_pool
from batt_jax.runtime import results
from batt_jax.runtime import submission

import runtime_testing as rt


@pytest.fixture(scope="module")
def tasks():
  return rt.tasks()


@pytest.fixture(scope="module")
def jax_result(tasks):
  return engine.run(tasks, rt.config(backend="jax"))


@pytest.fixture(scope="module")
def reference_result(tasks):
  return engine.run(tasks, rt.config(backend="reference"))


@pytest.fixture(scope="module")
def fixture_chunks():
  """The fixture library built in chunks of 4: (build, candidates by name, fused chunks)."""
  programs, errors = codegen.load_programs(rt.FIXTURE_LIBRARY)
  assert not errors
  built = codegen.build(programs, chunk_size=4, mutations=0, seed=0)
  chunks = [(c.index, c.batt, len(c.program_ids)) for c in built.chunks]
  return built, {p.name: p for p in built.candidates}, chunks


def test_workload_shape(tasks):
  batch = mb.build(tasks)
  assert (len(batch.demo), len(batch.test)) == (rt.NUM_DEMOS, rt.NUM_TESTS)


def test_backends_agree(jax_result, reference_result):
  assert jax_result.submission == reference_result.submission
  assert jax_result.report == reference_result.report
  assert rt.comparable({**jax_result.summary, "backend": None}) == rt.comparable(
      {**reference_result.summary, "backend": None})


def test_reference_on_worker_processes_matches_the_sequential_one(tasks, reference_result,
                                                                   monkeypatch):
  # Slices of 3 programs: the 4-program chunks come back in two parts, joined.
  monkeypatch.setattr(reference_pool, "PROGRAMS_PER_TASK", 3)
  before = {name: os.environ.get(name) for name in ("JAX_PLATFORMS", "CUDA_VISIBLE_DEVICES")}
  pooled = engine.run(tasks, rt.config(backend="reference", reference_workers=2))
  assert pooled.submission == reference_result.submission
  assert pooled.report == reference_result.report
  assert rt.comparable(pooled.summary) == rt.comparable(reference_result.summary)
  # The workers' environment did not leak into this process's.
  assert {name: os.environ.get(name) for name in before} == before

def test_solved_tasks_are_the_fixture_programs_tasks(tasks, jax_result):
  report = jax_result.report
  assert {t for t, r in report.items() if r["demo_solved"]} == rt.SOLVED
  assert {t for t, r in report.items() if r["test_correct"]} == rt.SOLVED
  assert {t for t, r in report.items() if r["by_transfer"]} == rt.BY_TRANSFER
  assert [b["name"] for b in report["6150a2bd"]["best_programs"][:2]] == [
      "solve_6150a2bd", "solve_3c9b0459"]
  assert report["4c4377d9"]["test_correct"] is False
  s = jax_result.summary
  assert (s["tasks"], s["programs"], s["chunks"], s["chunks_evaluated"]) == (6, 10, 3, 3)
  assert (s["demo_solved"], s["test_correct"], s["test_known"]) == (5, 5, 6)
  assert s["solved_by_transfer"] == 0
  assert s["evaluations"] == 10 * (rt.NUM_DEMOS + rt.NUM_TESTS)
  assert s["halvings"] == 0
  submission.check(jax_result.submission, tasks)
  # The answer to a solved task is its known test output.
  for task in tasks:
    if task.id in rt.SOLVED:
      expected = [list(row) for row in task.test[0].output]
      assert jax_result.submission[task.id][0]["attempt_1"] == expected


@pytest.mark.parametrize("batch_size", [7, 8])
def test_padding_never_reaches_results(tasks, fixture_chunks, batch_size):
  """Compiled chunk results equal the interpreter's, sample by sample.

  20 demo then 6 test samples, 26 rows: with batches of 7 the third batch
  holds 6 demos and a test and the last 5 tests are padded to 7; with
  batches of 8 the third holds 4 and 4 and the last 2 tests are padded.
  """
  assert rt.NUM_DEMOS % batch_size  # a batch holds demos and tests
  assert (rt.NUM_DEMOS + rt.NUM_TESTS) % batch_size  # the last batch is padded
  built, by_name, chunks = fixture_chunks
  batch = mb.build(tasks)
  coordinator = coordinator_lib.Coordinator(batch_size)
  assert coordinator.batch_rows(batch) == batch_size
  seen = 0
  for index, got in coordinator.run_chunks(chunks, batch):
    chunk = built.chunks[index]
    want = engine.reference_chunk([by_name[n] for n in chunk.program_ids], batch)
    p = len(chunk.program_ids)
    assert got.demo_exact.shape == (rt.NUM_DEMOS, p)
    assert got.test_cells.shape == (rt.NUM_TESTS, p, 30, 30)
    np.testing.assert_array_equal(got.demo_exact, want.demo_exact)
    np.testing.assert_array_equal(got.demo_cells, want.demo_cells)  # scoring.cell_fraction
    np.testing.assert_array_equal(got.test_valid, want.test_valid)
    valid = want.test_valid
    np.testing.assert_array_equal(got.test_hw[valid], want.test_hw[valid])
    np.testing.assert_array_equal(got.test_cells[valid], want.test_cells[valid])
    seen += 1
  assert seen == len(built.chunks) == 3


@pytest.mark.parametrize("batch_size", [7, 8])
def test_picked_test_candidates_are_the_shortlists_first_valid_ones(tasks, fixture_chunks,
                                                                   batch_size):
  """With the Accumulator's pickers only K candidates per test row come back.

  They are the first K valid ones in the task's ranking (the ones the
  shortlist would take from all P), with the same grids, and both results
  make the same answers and report.
  """
  built, by_name, chunks = fixture_chunks
  batch = mb.build(tasks)
  coordinator = coordinator_lib.Coordinator(batch_size)
  whole, picked = results.Accumulator(tasks, batch, 3), results.Accumulator(tasks, batch, 3)
  infos = lambda index: engine.program_infos(built.chunks[index], by_name)  # noqa: E731
  full = dict(coordinator.run_chunks(chunks, batch))
  some = coordinator.run_chunks(chunks, batch, pickers=lambda i: picked.picker(infos(i)))
  for index, got in some:
    want = full[index]
    assert want.test_slots is None
    assert got.test_slots.shape == got.test_valid.shape == (rt.NUM_TESTS, 3)
    assert got.test_cells.shape == (rt.NUM_TESTS, 3, 30, 30)
    np.testing.assert_array_equal(got.demo_exact, want.demo_exact)
    ranking = whole.rank(want.demo_exact, want.demo_cells, infos(index)).ranking
    for k in range(rt.NUM_TESTS):
      first_valid = [j for j in ranking[batch.test.task[k]] if want.test_valid[k, j]][:3]
      assert list(got.test_slots[k]) == first_valid + [-1] * (3 - len(first_valid))
      for c, j in enumerate(first_valid):
        assert got.test_valid[k, c]
        np.testing.assert_array_equal(got.test_cells[k, c], want.test_cells[k, j])
        np.testing.assert_array_equal(got.test_hw[k, c], want.test_hw[k, j])
      assert not got.test_valid[k, len(first_valid):].any()
    whole.add_chunk(want, infos(index))
    picked.add_chunk(got, infos(index))
  assert picked.submission() == whole.submission()
  assert picked.report() == whole.report()
  # Some test row had more valid candidates than were picked, and some fewer.
  assert any((full[i].test_valid.sum(1) > 3).any() for i in full)
  assert any((full[i].test_valid.sum(1) < 3).any() for i in full)


def test_a_picker_refuses_tests_before_all_demos(tasks):
  batch = mb.build(tasks)
  accumulator = results.Accumulator(tasks, batch)
  picker = accumulator.picker([results.ProgramInfo("p", tasks[0].id, 3)])
  picker.add_demos(0, np.ones((3, 1), bool), np.ones((3, 1), np.float32))
  with pytest.raises(ValueError, match=f"after 3 of {rt.NUM_DEMOS} demo rows"):
    picker.pick(len(batch.demo), np.ones((2, 1), bool))


def test_out_of_memory_halves_and_loses_nothing(tasks, jax_result, monkeypatch):
  """Calls of more than 2 samples "run out of memory": 8 -> 4 -> 2, same results."""
  real = coordinator_lib.Coordinator._executable
  sizes = []

  def limited(self, step, shaped):
    executable = real(self, step, shaped)
    rows = shaped[0].shape[0] * shaped[0].shape[1]

    def call(*args):
      sizes.append(rows)
      if rows > 2:
        raise jax.errors.JaxRuntimeError(
            "RESOURCE_EXHAUSTED: Out of memory while trying to allocate 1.2GiB")
      return executable(*args)

    return call

  monkeypatch.setattr(coordinator_lib.Coordinator, "_executable", limited)
  result = engine.run(tasks, rt.config(backend="jax", batch_size=8))
  assert result.summary["halvings"] > 0
  assert set(sizes) == {8, 4, 2}
  assert result.submission == jax_result.submission
  assert result.report == jax_result.report
  assert rt.comparable(result.summary) == rt.comparable(jax_result.summary)


def test_out_of_memory_in_the_picked_gather_retries_cleanly(tasks, jax_result, monkeypatch):
  """The picker has its demos and picks when the gather of the picks runs out of memory:
  the halved retries give the same rows again, and the answers are the same."""
  real = coordinator_lib._take
  parts = []

  def limited(cells, *args):
    parts.append(cells.shape[1])  # rows of the device's part of the batch
    if cells.shape[1] > 2:
      raise jax.errors.JaxRuntimeError(
          "RESOURCE_EXHAUSTED: Out of memory while trying to allocate 1.2GiB")
    return real(cells, *args)

  monkeypatch.setattr(coordinator_lib, "_take", limited)
  result = engine.run(tasks, rt.config(backend="jax", batch_size=8))
  assert result.summary["halvings"] > 0
  assert set(parts) == {8, 4, 2}
  assert result.submission == jax_result.submission
  assert result.report == jax_result.report


def test_other_errors_are_not_taken_for_out_of_memory(tasks, monkeypatch):
  def broken(self, step, shaped):
    def call(*args):
      raise jax.errors.JaxRuntimeError("INTERNAL: something else")
    return call

  monkeypatch.setattr(coordinator_lib.Coordinator, "_executable", broken)
  with pytest.raises(jax.errors.JaxRuntimeError, match="INTERNAL"):
    engine.run(tasks[:1], rt.config(backend="jax", chunk_size=10))


class _Device:
  def __init__(self, platform):
    self.platform = platform


def test_compiler_options_are_for_gpus_only():
  assert coordinator_lib.compiler_options([_Device("gpu")]) == {
      "xla_gpu_autotune_level": 0,
      "xla_gpu_enable_command_buffer": "FUSION,CUBLAS,CUBLASLT,CUSTOM_CALL,CUDNN,WHILE,CONDITIONAL",
      "xla_gpu_command_buffer_scheduling_mode": "CONCURRENT"}
  assert coordinator_lib.compiler_options([_Device("cpu")]) is None
  assert coordinator_lib.compiler_options(jax.devices()) is None  # this CPU
  # XLA accepts the options: an executable compiled with them gives the same result.
  lowered = jax.jit(lambda x: x @ x + 1).lower(np.eye(3, dtype=np.float32))
  executable = lowered.compile(compiler_options=coordinator_lib.compiler_options([_Device("gpu")]))
  np.testing.assert_array_equal(executable(np.eye(3, dtype=np.float32)), np.eye(3) + 1)


def test_xla_options_are_parsed_as_xla_takes_them():
  assert coordinator_lib.parse_compiler_options(
      ["xla_gpu_autotune_level:2", "xla_llvm_disable_expensive_passes:True",
       " xla_gpu_command_buffer_scheduling_mode : LHS "]) == {
          "xla_gpu_autotune_level": 2, "xla_llvm_disable_expensive_passes": True,
          "xla_gpu_command_buffer_scheduling_mode": "LHS"}
  assert coordinator_lib.parse_compiler_options([]) == {}
  for bad in ("xla_gpu_autotune_level", "xla_gpu_autotune_level:", ":2"):
    with pytest.raises(ValueError, match="name:value"):
      coordinator_lib.parse_compiler_options([bad])


def test_extra_xla_options_are_checked_then_added_to_every_platform():
  gpu, cpu = [_Device("gpu")], jax.devices()
  try:
    coordinator_lib.set_extra_compiler_options(
        {"xla_gpu_command_buffer_scheduling_mode": "LHS", "xla_gpu_graph_min_graph_size": 2}, cpu)
    assert coordinator_lib.compiler_options(cpu) == {
        "xla_gpu_command_buffer_scheduling_mode": "LHS", "xla_gpu_graph_min_graph_size": 2}
    gpu_options = coordinator_lib.compiler_options(gpu)
    assert gpu_options["xla_gpu_command_buffer_scheduling_mode"] == "LHS"  # overrides
    assert gpu_options["xla_gpu_graph_min_graph_size"] == 2
    assert gpu_options["xla_gpu_autotune_level"] == 0  # the platform's own stay
    # What XLA refuses fails at once, naming the option, and changes nothing.
    for bad, says in (({"xla_no_such_option": 1}, "No such compile option"),
                      ({"xla_gpu_command_buffer_scheduling_mode": "NEVER"}, "not a valid enum"),
                      ({"xla_llvm_disable_expensive_passes": "yes"}, "not a valid bool")):
      (name, value), = bad.items()
      with pytest.raises(ValueError, match=f"XLA option {name}:{value}: .*{says}"):
        coordinator_lib.set_extra_compiler_options(bad, cpu)
      assert coordinator_lib.compiler_options(cpu)["xla_gpu_graph_min_graph_size"] == 2
    coordinator_lib.set_extra_compiler_options({}, cpu)
    assert coordinator_lib.compiler_options(cpu) is None
  finally:
    coordinator_lib.set_extra_compiler_options({}, cpu)


def test_the_xla_options_flag_logs_what_is_refused(caplog):
  cpu = jax.devices()
  try:
    assert not coordinator_lib.apply_xla_options_flag(["xla_gpu_autotune_level:x"], cpu)
    assert "--xla_options: XLA option xla_gpu_autotune_level:x" in caplog.text
    assert not coordinator_lib.apply_xla_options_flag(["xla_gpu_autotune_level"], cpu)
    assert coordinator_lib.compiler_options(cpu) is None
    assert coordinator_lib.apply_xla_options_flag(["xla_gpu_autotune_level:2"], cpu)
    assert coordinator_lib.compiler_options(cpu) == {"xla_gpu_autotune_level": 2}
  finally:
    coordinator_lib.set_extra_compiler_options({}, cpu)
