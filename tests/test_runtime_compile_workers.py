"""Worker processes compile a plan's executables; the parent loads them and runs the same."""

import numpy as np
import pytest

import codegen
from batt_jax import data
from batt_jax.runtime import compile_workers
from batt_jax.runtime import executable_cache
from batt_jax.runtime import megabatch as mb
from batt_jax.runtime import nodewise
from codegen import graph as graph_lib

# Mappings (compacted on the CPU), nested callables, constants, a grid tuple.
PROGRAMS = ("solve_3aa6fb7a", "solve_44f52bb0", "solve_00d62c1b", "solve_855e0971",
            "solve_1e0a9b12", "solve_d037b0a7")
FIELDS = ("demo_exact", "demo_cells", "test_cells", "test_hw", "test_valid")


@pytest.fixture(scope="module")
def work():
  programs, errors = codegen.load_programs("default")
  assert not errors
  by_name = {p.name: p for p in programs}
  chosen = [by_name[name] for name in PROGRAMS]
  tasks = data.select(data.load("arc1-train"), [p.task_id for p in chosen]).tasks
  return graph_lib.merge(chosen), mb.build(tasks), len(chosen)


@pytest.fixture
def exe_cache(tmp_path, monkeypatch):
  monkeypatch.setattr(nodewise, "CPU_EXECUTABLE_CACHE", True)  # as on an accelerator
  previous = executable_cache.directory()
  executable_cache.enable(str(tmp_path / "executables"))
  yield
  executable_cache.enable(previous)


def _run(graph, batch, programs, processes, group=1):
  """A fresh process's view (nothing in memory): (results, compile stats)."""
  nodewise.clear_caches()
  coordinator = nodewise.NodewiseCoordinator(8, compile_processes=processes,
                                             group_steps=group)
  step, _ = coordinator.compile_step(graph, coordinator.batch_rows(batch))
  (stats,) = step.stats.values()
  return coordinator.run_compiled(0, step, None, batch, programs), stats


@pytest.mark.parametrize("group,stack", [(1, False), (4, False), (4, True)])
def test_result_types_are_predicted_from_node_types(work, group, stack):
  """Every job's predicted result types are those its lowering gives (a
  group's or a stack's: a tuple of its members')."""
  graph, batch, _ = work
  nodewise.clear_caches()
  step = nodewise.NodewiseStep(graph, nodewise.NodewiseCoordinator(8).devices, group=group,
                               stack=stack)
  rows = 8
  jobs = compile_workers.jobs(step, rows)
  assert len(jobs) == len({j.key_text for j in jobs}) > (10 if group == 1 else 4)
  assert [j.size for j in jobs] == sorted((j.size for j in jobs), reverse=True)
  assert any(j.tree[0] == "group" for j in jobs) == (group > 1)
  assert any(j.tree[0] == "stack" for j in jobs) == stack
  for job in jobs:
    lowered = nodewise.kernel(job.tree, step.devices).lower(*job.args)
    got = compile_workers._signature_text(nodewise._spec(lowered.out_info))
    assert got == job.predicted, nodewise.describe(job.tree)


def test_workers_compile_and_the_parent_loads_the_same_executables(work, exe_cache,
                                                                  monkeypatch):
  """The workers compile groups of steps (`nodewise.calls`), as on accelerators;
  the parent's in-process run, one step a call, gives the same results."""
  graph, batch, programs = work
  group = 4
  alone, stats = _run(graph, batch, programs, processes=0)
  assert stats.worker_processes == 0 and stats.compiled == stats.executables

  executable_cache.enable(executable_cache.directory() + "_fresh")
  monkeypatch.setattr(compile_workers, "MIN_EXECUTABLES", 1)
  farmed, stats = _run(graph, batch, programs, processes=2, group=group)
  assert stats.worker_processes == 2
  # Everything but the scoring kernel came from the workers and was loaded.
  assert stats.worker_compiled == stats.executables - 1 == stats.loaded
  assert stats.compiled == 1 and stats.workers_s > 0
  assert len(stats.slowest) == min(nodewise.SLOWEST, stats.executables)
  assert [s for _, s in stats.slowest] == sorted((s for _, s in stats.slowest), reverse=True)
  for field in FIELDS:
    np.testing.assert_array_equal(getattr(farmed, field), getattr(alone, field), field)
  # Real values: each program solves its own task's demos.
  for j, name in enumerate(PROGRAMS):
    own = np.asarray(batch.task_ids)[batch.demo.task] == name[len("solve_"):]
    assert farmed.demo_exact[own, j].all(), name

  # Nothing is missing now: no worker starts.
  _, stats = _run(graph, batch, programs, processes=2, group=group)
  assert stats.worker_processes == 0 and stats.loaded == stats.executables


def test_no_workers_without_the_cache_or_for_a_few_executables(work, monkeypatch):
  graph, _, _ = work
  nodewise.clear_caches()  # nothing in memory: every executable is missing
  previous = executable_cache.directory()
  executable_cache.enable(None)
  try:
    step = nodewise.NodewiseStep(graph, nodewise.NodewiseCoordinator(8).devices)
    assert compile_workers.compile_plan(step, 8, processes=4) == compile_workers.Stats()
  finally:
    executable_cache.enable(previous)
  monkeypatch.setattr(compile_workers, "MIN_EXECUTABLES", 10**6)
  executable_cache.enable("/nonexistent-batt-cache")
  try:
    stats = compile_workers.compile_plan(step, 8, processes=4)
    assert stats.processes == 0 and stats.missing > 0
  finally:
    executable_cache.enable(previous)


def test_the_engine_passes_the_setting_and_the_cpu_defaults_to_none():
  from batt_jax.runtime import engine  # pylint: disable=g-import-not-at-top
  assert engine.make_coordinator("nodewise", 8, compile_processes=3).compile_processes == 3
  assert engine.make_coordinator("nodewise", 8).compile_processes == 0  # the CPU
  assert not hasattr(engine.make_coordinator("fused", 8, compile_processes=3),
                     "compile_processes")
  assert engine.RunConfig().compile_processes is None
