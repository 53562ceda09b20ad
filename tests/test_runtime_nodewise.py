"""Node-by-node execution: the fused coordinator's results exactly, kernels shared."""

import collections
import hashlib
import os
import pickle

import jax
import numpy as np
import pytest

import codegen
from batt_jax import data
from batt_jax.dsl import types as T
from batt_jax.dsl.jax import slots
from batt_jax.runtime import compile_cache
from batt_jax.runtime import coordinator as coordinator_lib
from batt_jax.runtime import engine
from batt_jax.runtime import executable_cache
from batt_jax.runtime import megabatch as mb
from batt_jax.runtime import nodewise
from codegen import graph as graph_lib

import runtime_testing as rt

# Short library programs whose lines build and pass callables: rbind, lbind,
# compose, fork, chain, matcher, power, apply, mfilter, extract, argmax, branch
# on values and on callables (solve_855e0971), primitives passed as values.
PROGRAMS = ("solve_3aa6fb7a", "solve_44f52bb0", "solve_4347f46a", "solve_662c240a",
            "solve_ae4f1146", "solve_00d62c1b", "solve_810b9b61", "solve_39a8645d",
            "solve_d037b0a7", "solve_6455b5f5", "solve_855e0971", "solve_1e0a9b12")

# Two programs that differ only in their constants.
CONSTANTS_ONLY = """
def solve_3c9b0459(I):
    x1 = partition(I)
    x2 = rbind(shift, UP)
    x3 = mapply(x2, x1)
    O = fill(I, ONE, x3)
    return O


def solve_6150a2bd(I):
    x1 = partition(I)
    x2 = rbind(shift, LEFT)
    x3 = mapply(x2, x1)
    O = fill(I, TWO, x3)
    return O
"""


def _leaves(tree) -> int:
  if tree == nodewise.LEAF:
    return 1
  return sum(_leaves(t) for t in tree[2]) if tree[0] == "call" else 0


@pytest.fixture(scope="module")
def library():
  programs, errors = codegen.load_programs("default")
  assert not errors
  by_name = {p.name: p for p in programs}
  return [by_name[name] for name in PROGRAMS]


@pytest.fixture(scope="module")
def batch(library):
  tasks = data.select(data.load("arc1-train"), [p.task_id for p in library]).tasks
  return mb.build(tasks)


def test_plan_fuses_callables(library):
  graph = graph_lib.merge(library)
  plan = nodewise.plan(graph)
  types = nodewise.node_types(graph)
  callable_nodes = {n.index for n, t in zip(graph.nodes, types) if isinstance(t, T.Fn)}
  assert plan.callables == len(callable_nodes) > 0
  assert len(plan.steps) + plan.callables + plan.chained == len(graph.nodes)
  assert not {s.node for s in plan.steps} & callable_nodes
  # No step takes a callable as an array argument; every node is freed at most once.
  for step in plan.steps:
    assert not {o.ref for o in step.leaves if o.kind == "node"} & callable_nodes
    assert _leaves(step.tree) == len(step.leaves)
  freed = [k for s in plan.steps for k in s.frees]
  assert len(freed) == len(set(freed))
  assert not set(freed) & {o.ref for o in graph.outputs}
  # branch returns its arguments' type: the signature alone cannot tell a callable.
  assert any(graph.nodes[k].primitive == "branch" for k in callable_nodes)


def test_chains_fuse_nodes_used_once(library):
  graph = graph_lib.merge(library)
  plain, chained = nodewise.plan(graph), nodewise.plan(graph, chains="all")
  assert plain.chained == 0 and len(plain.steps) + plain.callables == len(graph.nodes)
  assert 0 < chained.chained and len(chained.steps) == len(plain.steps) - chained.chained
  reads = collections.Counter(o.ref for s in plain.steps for o in s.leaves if o.kind == "node")
  outputs = {o.ref for o in graph.outputs}
  kept = {s.node for s in chained.steps}
  for step in plain.steps:  # fused exactly when one step reads it and no program returns it
    assert (step.node in kept) == (reads[step.node] != 1 or step.node in outputs), step.node
  calls = lambda tree: tree[0] == "call" and 1 + sum(calls(t) for t in tree[2])
  assert sum(calls(s.tree) for s in chained.steps) == sum(calls(s.tree) for s in plain.steps)
  for step in chained.steps:  # a fused step reads what its nodes read, nothing fused
    assert _leaves(step.tree) == len(step.leaves)
    assert not {o.ref for o in step.leaves if o.kind == "node"} - kept


def test_nodewise_equals_fused(library, batch):
  """Scores and test candidates, sample by sample, with padded batches of 16."""
  built = codegen.build(library, chunk_size=len(library))
  (chunk,) = built.chunks
  fused = coordinator_lib.Coordinator(16).run_chunk(0, chunk.batt, batch, len(library))
  (graph,) = nodewise.chunk_graphs(built)
  coordinator = nodewise.NodewiseCoordinator(16)
  assert len(batch.demo) % 16 and len(batch.test) % 16  # the last batches are padded
  got = coordinator.run_chunk(0, graph, batch, len(library))
  for field in ("demo_exact", "demo_cells", "test_cells", "test_hw", "test_valid"):
    np.testing.assert_array_equal(getattr(got, field), getattr(fused, field), err_msg=field)
  # Every program solves its own task's demos.
  for j, program in enumerate(library):
    own = np.asarray(batch.task_ids)[batch.demo.task] == program.task_id
    assert got.demo_exact[own, j].all(), program.name


def test_plain_chains_leave_kernels_holding_callables_alone(library):
  graph = graph_lib.merge(library)
  unchained, plain = nodewise.plan(graph), nodewise.plan(graph, chains="plain")
  assert 0 < plain.chained < nodewise.plan(graph, chains="all").chained
  assert len(plain.steps) == len(unchained.steps) - plain.chained
  holding = lambda p: sorted((s.node, s.tree, s.leaves) for s in p.steps  # noqa: E731
                             if not nodewise.is_plain(s.tree))
  assert holding(plain) == holding(unchained)  # the same steps, not fused into or away
  reads = collections.Counter(o.ref for s in unchained.steps for o in s.leaves if o.kind == "node")
  user = {o.ref: s for s in unchained.steps for o in s.leaves if o.kind == "node"}
  outputs = {o.ref for o in graph.outputs}
  kept = {s.node for s in plain.steps}
  for step in unchained.steps:  # fused exactly when used once, plain, by a plain step
    fusible = (reads[step.node] == 1 and step.node not in outputs
               and nodewise.is_plain(step.tree) and nodewise.is_plain(user[step.node].tree))
    assert (step.node not in kept) == fusible, step.node
  with pytest.raises(ValueError, match="chains must be one of"):
    nodewise.plan(graph, chains="some")


def test_auto_chains_every_single_use_node_on_accelerators_only():
  class Accelerator:
    platform = "gpu"

  cpu = jax.devices("cpu")
  assert nodewise.chain_mode("auto", cpu) == "off"
  assert nodewise.chain_mode("auto", [Accelerator()]) == "all"
  assert [nodewise.chain_mode(m, cpu) for m in nodewise.CHAIN_MODES] == list(nodewise.CHAIN_MODES)
  assert nodewise.NodewiseCoordinator(8, devices=cpu).chain_nodes == "off"
  with pytest.raises(ValueError, match="chain_nodes must be one of"):
    nodewise.NodewiseCoordinator(8, chain_nodes="yes")


def test_chained_nodes_give_the_same_results(library, batch):
  """Plain chains, the accelerators' default; "all" goes through the same
  substitution (`chain`), its fusions counted in test_chains_fuse_nodes_used_once."""
  built = codegen.build(library, chunk_size=len(library))
  (graph,) = nodewise.chunk_graphs(built)
  unchained = nodewise.NodewiseCoordinator(16).run_chunk(0, graph, batch, len(library))
  coordinator = nodewise.NodewiseCoordinator(16, chain_nodes="plain")
  step, _ = coordinator.compile_step(graph, coordinator.batch_rows(batch))
  assert step.plan.chained > 0
  got = coordinator.run_compiled(0, step, None, batch, len(library))
  for field in ("demo_exact", "demo_cells", "test_cells", "test_hw", "test_valid"):
    np.testing.assert_array_equal(getattr(got, field), getattr(unchained, field),
                                  err_msg=field)


def test_calls_group_independent_steps_of_one_level(library):
  graph = graph_lib.merge(library)
  plan = nodewise.plan(graph, chains="all")
  level = nodewise.levels(plan)
  assert max(level.values()) > 2
  assert nodewise.calls(plan) == tuple(
      nodewise.Call(s.tree, s.leaves, (s.node,), s.frees) for s in plan.steps)
  by_node = {s.node: s for s in plan.steps}
  calls = nodewise.calls(plan, 4)
  assert len(plan.steps) / 4 <= len(calls) < len(plan.steps)
  assert sorted(n for c in calls for n in c.nodes) == sorted(by_node)  # each step once
  made, freed, seen_level = set(), set(), 0
  outputs = {o.ref for o in graph.outputs}
  for call in calls:
    levels = {level[n] for n in call.nodes}
    assert len(levels) == 1 and min(levels) >= seen_level and len(call.nodes) <= 4
    seen_level = min(levels)
    # Every value it reads was made by an earlier call and is not freed yet.
    reads = {o.ref for o in call.leaves if o.kind == "node"}
    assert reads <= made and not reads & freed and not reads & set(call.nodes)
    if len(call.nodes) == 1:  # a group of one shares the ungrouped executable
      assert call.kernel == by_node[call.nodes[0]].tree
    else:
      assert call.kernel[0] == "group" and len(call.kernel[1]) == len(call.nodes)
      assert len(set(call.leaves)) == len(call.leaves)
      for node, (tree, picks) in zip(call.nodes, call.kernel[1]):
        assert tree == by_node[node].tree
        assert tuple(call.leaves[i] for i in picks) == by_node[node].leaves
    made |= set(call.nodes)
    assert set(call.frees) <= made and not set(call.frees) & (freed | outputs)
    freed |= set(call.frees)
  # What no later call reads is freed, all but the programs' outputs.
  assert freed | outputs >= made
  assert nodewise.describe(calls[0].kernel).startswith("[")


def test_grouped_calls_give_the_same_results(library, batch):
  built = codegen.build(library, chunk_size=len(library))
  (graph,) = nodewise.chunk_graphs(built)
  # Unchained (the CPU's default): the executables the other tests here make.
  alone = nodewise.NodewiseCoordinator(16).run_chunk(0, graph, batch, len(library))
  for threads in (1, 3):
    coordinator = nodewise.NodewiseCoordinator(16, group_steps="5", dispatch_threads=threads)
    assert coordinator.group_steps == 5
    step, _ = coordinator.compile_step(graph, coordinator.batch_rows(batch))
    assert len(step.calls) < len(step.plan.steps)
    assert any(c.kernel[0] == "group" for c in step.calls)
    got = coordinator.run_compiled(0, step, None, batch, len(library))
    for field in ("demo_exact", "demo_cells", "test_cells", "test_hw", "test_valid"):
      np.testing.assert_array_equal(getattr(got, field), getattr(alone, field),
                                    err_msg=f"{field}, {threads} thread(s)")
  # Real values: each program solves its own task's demos.
  for j, program in enumerate(library):
    own = np.asarray(batch.task_ids)[batch.demo.task] == program.task_id
    assert got.demo_exact[own, j].all(), program.name


def test_calls_stack_steps_of_one_tree_and_types():
  programs, errors = codegen.load_source(CONSTANTS_ONLY)
  assert not errors
  plan = nodewise.plan(graph_lib.merge(programs))
  level = nodewise.levels(plan)
  by_node = {s.node: s for s in plan.steps}
  calls = nodewise.calls(plan, 1, stack=True)
  assert sorted(n for c in calls for n in c.nodes) == sorted(by_node)  # each step once
  stacked = [c for c in calls if c.kernel[0] == "stack"]
  # mapply(rbind(shift, UP|LEFT), x1) and fill(I, ONE|TWO, _): one member each.
  assert [nodewise.describe(c.kernel) for c in stacked] == [
      "[mapply(rbind(shift, _), _) x2]", "[fill(_, _, _) x2]"]
  for call in stacked:
    assert len({level[n] for n in call.nodes}) == 1
    for node, (tree, picks) in zip(call.nodes, call.kernel[1]):
      assert tree == by_node[node].tree
      assert tuple(call.leaves[i] for i in picks) == by_node[node].leaves
  # `size` counts members: each stacked member is one unit.
  assert len(nodewise.calls(plan, 1, stack=True)) == len(plan.steps) - 2
  # Stacks hold at most STACK_MAX steps.
  assert all(len(c.nodes) <= nodewise.STACK_MAX for c in calls)


def test_stacked_calls_give_the_same_results(library, batch):
  built = codegen.build(library, chunk_size=len(library))
  (graph,) = nodewise.chunk_graphs(built)
  alone = nodewise.NodewiseCoordinator(16).run_chunk(0, graph, batch, len(library))
  # Groups of one member: steps alone share the executables the other tests made.
  coordinator = nodewise.NodewiseCoordinator(16, stack_steps="on")
  step, _ = coordinator.compile_step(graph, coordinator.batch_rows(batch))
  assert any(c.kernel[0] == "stack" for c in step.calls)
  got = coordinator.run_compiled(0, step, None, batch, len(library))
  for field in ("demo_exact", "demo_cells", "test_cells", "test_hw", "test_valid"):
    np.testing.assert_array_equal(getattr(got, field), getattr(alone, field), err_msg=field)
  # Stacked members that differ only in their constants: each its own value.
  programs, errors = codegen.load_source(CONSTANTS_ONLY)
  assert not errors
  tasks = rt.tasks(("3c9b0459", "6150a2bd"))
  pair_batch = mb.build(tasks)
  merged = graph_lib.merge(programs)
  alone = nodewise.NodewiseCoordinator(8).run_chunk(0, merged, pair_batch, 2)
  got = nodewise.NodewiseCoordinator(8, stack_steps="on").run_chunk(0, merged, pair_batch, 2)
  assert not np.array_equal(got.test_cells[:, 0], got.test_cells[:, 1])
  for field in ("demo_exact", "demo_cells", "test_cells", "test_hw", "test_valid"):
    np.testing.assert_array_equal(getattr(got, field), getattr(alone, field), err_msg=field)


def test_stack_steps_only_when_asked():
  assert not nodewise.NodewiseCoordinator(8).stack_steps
  assert nodewise.stack_mode("on") and not nodewise.stack_mode("off")
  with pytest.raises(ValueError, match="stack_steps"):
    nodewise.stack_mode("auto")


def test_auto_groups_on_accelerators_only():
  class Accelerator:
    platform = "gpu"

  cpu = jax.devices("cpu")
  assert nodewise.group_size("auto", cpu) == 1
  assert nodewise.group_size("auto", [Accelerator()]) == nodewise.AUTO_GROUP > 1
  assert nodewise.group_size("7", cpu) == nodewise.group_size(7, cpu) == 7
  assert nodewise.NodewiseCoordinator(8, devices=cpu).group_steps == 1
  for bad in ("0", "-2", "many", None):
    assert not nodewise.is_group_choice(bad)
    with pytest.raises(ValueError, match="group_steps must be"):
      nodewise.group_size(bad, cpu)


def test_kernels_called_from_several_threads_give_the_same_results(library, batch):
  built = codegen.build(library, chunk_size=len(library))
  (graph,) = nodewise.chunk_graphs(built)
  plain = nodewise.NodewiseCoordinator(16).run_chunk(0, graph, batch, len(library))
  threaded = nodewise.NodewiseCoordinator(16, dispatch_threads=4)
  step, _ = threaded.compile_step(graph, threaded.batch_rows(batch))
  assert step.dispatch_threads == 4
  for _ in range(2):  # the executables are shared: a second run reuses them
    got = threaded.run_compiled(0, step, None, batch, len(library))
    for field in ("demo_exact", "demo_cells", "test_cells", "test_hw", "test_valid"):
      np.testing.assert_array_equal(getattr(got, field), getattr(plain, field), err_msg=field)
  assert threaded.dispatch_s > 0


def test_kernels_shared_across_constants_and_runs():
  programs, errors = codegen.load_source(CONSTANTS_ONLY)
  assert not errors
  plans = [nodewise.plan(graph_lib.merge([p])) for p in programs]
  assert [s.tree for s in plans[0].steps] == [s.tree for s in plans[1].steps]
  tasks = rt.tasks(("3c9b0459", "6150a2bd"))
  batch = mb.build(tasks)
  coordinator = nodewise.NodewiseCoordinator(8)
  size = coordinator.batch_rows(batch)
  before = nodewise.executable_count()
  first = coordinator.compile_step(graph_lib.merge(programs[:1]), size)[0]
  (stats,) = first.stats.values()
  compiled = nodewise.executable_count() - before
  assert compiled == stats.compiled  # (fewer than needed if another test made some)
  assert stats.executables == len(plans[0].steps) + 1  # and the scoring kernel
  # The other constants: the same kernels and executables, nothing compiled.
  second = coordinator.compile_step(graph_lib.merge(programs[1:]), size)[0]
  (stats,) = second.stats.values()
  assert stats.compiled == 0 and stats.kernels == len(plans[1].steps)
  a = coordinator.run_compiled(0, first, None, batch, 1)
  b = coordinator.run_compiled(1, second, None, batch, 1)
  assert not np.array_equal(a.test_cells, b.test_cells)  # the constants did reach them
  # A second run of the same graph compiles nothing new either.
  again = coordinator.run_chunk(0, graph_lib.merge(programs[:1]), batch, 1)
  assert nodewise.executable_count() - before == compiled
  np.testing.assert_array_equal(again.test_cells, a.test_cells)


def test_executables_are_forgotten_near_the_cap_on_memory_mappings(monkeypatch):
  used, cap = nodewise.mappings()  # this is Linux
  assert 0 < used < cap
  # The other tests in this process keep what they compiled: the module's
  # executables come back afterwards, and jax's own caches stay.
  for name in ("_KERNELS", "_EXECUTABLES", "_OUT_SPECS"):
    monkeypatch.setattr(nodewise, name, dict(getattr(nodewise, name)))
  monkeypatch.setattr(jax, "clear_caches", lambda: None)
  programs, _ = codegen.load_source(CONSTANTS_ONLY)
  batch = mb.build(rt.tasks(("3c9b0459",)))
  coordinator = nodewise.NodewiseCoordinator(8)
  first = coordinator.run_chunk(0, graph_lib.merge(programs[:1]), batch, 1)
  assert nodewise.executable_count() > 0
  assert not nodewise.make_room()  # far below the cap
  # Near it: the next chunk starts from nothing and gets the same results.
  monkeypatch.setattr(nodewise, "mappings", lambda: (9, 10))
  again = coordinator.run_chunk(1, graph_lib.merge(programs[:1]), batch, 1)
  (stats,) = coordinator.compile_stats[-1:]
  assert stats.compiled == stats.executables == nodewise.executable_count()
  np.testing.assert_array_equal(again.test_cells, first.test_cells)
  np.testing.assert_array_equal(again.demo_exact, first.demo_exact)
  monkeypatch.setattr(nodewise, "mappings", lambda: None)  # not Linux: nothing to do
  assert not nodewise.make_room()


def test_profile_times_every_kernel():
  programs, _ = codegen.load_source(CONSTANTS_ONLY)
  batch = mb.build(rt.tasks(("3c9b0459",)))
  coordinator = nodewise.NodewiseCoordinator(8, profile=True)
  coordinator.run_chunk(0, graph_lib.merge(programs), batch, 2)
  top = coordinator.top_kernels(10)
  assert {name for name, _, _ in top} == {"partition(_)", "mapply(rbind(shift, _), _)",
                                          "fill(_, _, _)"}
  # Chained: partition(I) is shared by both programs; each mapping is read
  # once, by its fill, and runs inside it.
  chained = nodewise.NodewiseCoordinator(8, profile=True, chain_nodes="all")
  chained.run_chunk(0, graph_lib.merge(programs), batch, 2)
  assert {name for name, _, _ in chained.top_kernels(10)} == {
      "partition(_)", "fill(_, _, mapply(rbind(shift, _), _))"}
  assert all(seconds > 0 and calls > 0 for _, seconds, calls in top)


def test_engine_nodewise_matches_fused():
  tasks = rt.tasks()
  fused = engine.run(tasks, rt.config())
  node = engine.run(tasks, rt.config(execution="nodewise", chunk_size=100))
  assert node.submission == fused.submission
  assert node.report == fused.report
  assert node.summary["execution"] == "nodewise" and node.summary["chunks"] == 1
  with pytest.raises(ValueError, match="execution"):
    engine.run(tasks, rt.config(execution="bogus"))


def test_bench_records_nodewise(monkeypatch):
  monkeypatch.setattr(nodewise, "CPU_EXECUTABLE_CACHE", True)  # as on an accelerator
  from batt_jax.bench import harness  # pylint: disable=g-import-not-at-top
  from batt_jax.bench import workload  # pylint: disable=g-import-not-at-top
  spec = workload.Spec(data=("arc1-train",), count=2, library=rt.FIXTURE_LIBRARY,
                       chunk_size=100)
  results = harness.run(harness.Config(spec=spec, batch_size=8, execution="nodewise",
                                       profile_kernels=True, reference_pairs=10, repeats=1))
  assert results["config"]["execution"] == results["jax"]["execution"] == "nodewise"
  cold, warm = results["jax"]["cold_compile"], results["jax"]["warm_compile"]
  assert cold["chunks"] == 1 and cold["kernels"] >= 1 and cold["executables"] > 1
  assert cold["calls"] >= cold["kernels"] and cold["chain_nodes"] == "off"  # auto, on the CPU
  assert warm["kernels"] == cold["kernels"]
  # The warm pass loads what the cold one compiled (into the bench's temporary
  # executable cache), tracing none of it.
  assert warm["loaded"] == cold["executables"] and cold["loaded"] == 0
  assert warm["total_s"] == pytest.approx(warm["lower_s"] + warm["load_s"] + warm["compile_s"])
  assert results["jax"]["run"]["evaluations_per_s"] > 0
  profile = results["jax"]["kernel_profile"]
  top = profile["top"]
  assert top and top[0]["seconds"] >= top[-1]["seconds"] and top[0]["calls"] > 0
  # The per-primitive sums cover every kernel run, top or not.
  by_primitive = profile["by_primitive"]
  assert sum(p["kernels"] for p in by_primitive) == profile["kernels_run"]
  assert sum(p["seconds"] for p in by_primitive) == pytest.approx(profile["kernel_s"])
  assert {t["kernel"].split("(")[0] for t in top} <= {p["primitive"] for p in by_primitive}
  # And a traced run's time by XLA operation (here the CPU's thread pools).
  ops = profile["ops"]
  assert ops["ops"] > 0 and ops["by_kind"] and ops["op_s"] > 0
  assert sum(k["calls"] for k in ops["by_kind"]) == ops["ops"]
  assert 0 < ops["dispatch_s"] <= ops["wall_s"]


@pytest.fixture
def exe_cache(tmp_path, monkeypatch):
  """The executable cache on, in a fresh directory (never the user's), off after.

  On for this CPU too (nodewise.CPU_EXECUTABLE_CACHE): these small plans load
  and run here, and the cache's logic is the same on every platform.
  """
  monkeypatch.setattr(nodewise, "CPU_EXECUTABLE_CACHE", True)
  previous = executable_cache.directory()
  directory = str(tmp_path / "executables")
  executable_cache.enable(directory)
  yield directory
  executable_cache.enable(previous)


def _entries(directory):
  return sorted(os.path.join(directory, f) for f in os.listdir(directory)
                if f.endswith(executable_cache.SUFFIX))


def _cached_run(graph, batch, programs):
  """A fresh process's view: no executable in memory; (results, compile stats)."""
  nodewise.clear_caches()
  coordinator = nodewise.NodewiseCoordinator(8)
  step, _ = coordinator.compile_step(graph, coordinator.batch_rows(batch))
  (stats,) = step.stats.values()
  traced = nodewise.kernel_count()  # jax wrappers are made only to trace
  results = coordinator.run_compiled(0, step, None, batch, programs)
  return results, stats, traced


def test_executable_cache_loads_instead_of_compiling(library, exe_cache, caplog):
  """Saved on the first run; a fresh start loads every one; bad entries are recompiled."""
  programs = [p for p in library if p.name in ("solve_3aa6fb7a", "solve_44f52bb0")]
  graph = graph_lib.merge(programs)
  own = mb.build(data.select(data.load("arc1-train"), [p.task_id for p in programs]).tasks)
  first, stats, traced = _cached_run(graph, own, len(programs))
  assert stats.compiled == stats.saved == stats.executables and stats.loaded == 0
  assert traced == stats.kernels + 1  # and the scoring kernel
  assert len(_entries(exe_cache)) == stats.executables
  # Real values: each program solves its task's demos and test inputs.
  for j, program in enumerate(programs):
    demos = np.asarray(own.task_ids)[own.demo.task] == program.task_id
    tests = np.asarray(own.task_ids)[own.test.task] == program.task_id
    assert demos.any() and first.demo_exact[demos, j].all(), program.name
    assert tests.any() and own.test.out_known[tests].all()
    np.testing.assert_array_equal(first.test_cells[tests, j], own.test.out_cells[tests])
    np.testing.assert_array_equal(first.test_hw[tests, j], own.test.out_hw[tests])

  # (a) A warm start: every executable loaded, nothing traced or compiled.
  again, stats, traced = _cached_run(graph, own, len(programs))
  assert stats.loaded == stats.executables > 2
  assert stats.compiled == stats.saved == 0 and traced == 0
  # (b) The same results.
  for field in ("demo_exact", "demo_cells", "test_cells", "test_hw", "test_valid"):
    np.testing.assert_array_equal(getattr(again, field), getattr(first, field), err_msg=field)

  # (c) Two bad entries: one with a flipped byte (fails its checksum), one
  # whose checksum holds but whose executable cannot be loaded.
  flipped, garbled = _entries(exe_cache)[:2]
  with open(flipped, "r+b") as fh:
    fh.seek(-1, os.SEEK_END)
    last = fh.read(1)
    fh.seek(-1, os.SEEK_END)
    fh.write(bytes([last[0] ^ 0xFF]))
  with open(garbled, "rb") as fh:
    raw = fh.read()
  header = len(executable_cache.MAGIC) + 32
  content = pickle.loads(raw[header:])
  content["executable"] = b"not an executable"
  payload = pickle.dumps(content)
  with open(garbled, "wb") as fh:
    fh.write(executable_cache.MAGIC + hashlib.sha256(payload).digest() + payload)
  caplog.set_level("WARNING")
  fixed, stats, _ = _cached_run(graph, own, len(programs))
  assert stats.loaded == stats.executables - 2
  assert stats.compiled == stats.saved == 2
  assert caplog.text.count("executable cache: ignoring") == 2
  for field in ("demo_exact", "demo_cells", "test_cells", "test_hw", "test_valid"):
    np.testing.assert_array_equal(getattr(fixed, field), getattr(first, field), err_msg=field)
  # Rewritten: the next start loads everything again.
  assert len(_entries(exe_cache)) == stats.executables
  _, stats, traced = _cached_run(graph, own, len(programs))
  assert stats.loaded == stats.executables and stats.compiled == 0 and traced == 0
  nodewise.clear_caches()  # later tests: nothing from this cache directory


def test_executable_cache_keys_are_stable(monkeypatch):
  """Key text names what an executable depends on, from text only (no object ids)."""
  programs, _ = codegen.load_source(CONSTANTS_ONLY)
  step = nodewise.NodewiseStep(graph_lib.merge(programs[:1]), jax.local_devices())
  spec = nodewise._spec(step._input(np.zeros((1, 4, 30, 30), np.int8),
                                    np.zeros((1, 4, 2), np.int32)))
  signature = nodewise._signature([spec])
  tree = step.plan.steps[0].tree
  text = executable_cache.key_text(tree, signature, jax.local_devices(), None)
  assert "0x" not in text and repr(tree) in text
  assert "CustomNode(Grid[('cells', 'hw', 'valid')]" in text and "'int8'" in text
  assert executable_cache.source_fingerprint() in text and jax.__version__ in text
  # Another signature, another key; the same inputs, the same file.
  other = nodewise._signature([nodewise._spec(step._input(np.zeros((1, 8, 30, 30), np.int8),
                                                          np.zeros((1, 8, 2), np.int32)))])
  assert executable_cache.key_text(tree, other, jax.local_devices(), None) != text
  assert (executable_cache.path_for("a", text, "d")
          == executable_cache.path_for("a", executable_cache.key_text(
              tree, signature, jax.local_devices(), None), "d"))
  # The compaction's tile count changes the loops traced: another executable.
  monkeypatch.setattr(slots, "TILES", slots.TILES * 2)
  assert executable_cache.key_text(tree, signature, jax.local_devices(), None) != text


def test_the_cpu_does_not_use_the_executable_cache_by_default(library, exe_cache,
                                                              monkeypatch):
  monkeypatch.setattr(nodewise, "CPU_EXECUTABLE_CACHE", False)
  programs = [p for p in library if p.name == "solve_3aa6fb7a"]
  own = mb.build(data.select(data.load("arc1-train"), [programs[0].task_id]).tasks)
  _, stats, _ = _cached_run(graph_lib.merge(programs), own, 1)
  assert stats.compiled == stats.executables and stats.loaded == stats.saved == 0
  assert not os.path.exists(exe_cache) or not _entries(exe_cache)


def test_broken_executables_are_told_by_their_error_text():
  waited = RuntimeError("NOT_FOUND: Function bitcast_concatenate_fusion.1 not found")
  fetched = RuntimeError("INTERNAL: Error dispatching computation: Function "
                         "select_bitcast_fusion not found (type id: 1)")
  assert executable_cache.is_broken_executable(waited)
  assert executable_cache.is_broken_executable(fetched)
  assert not executable_cache.is_broken_executable(RuntimeError("NOT_FOUND: file x"))
  assert not executable_cache.is_broken_executable(RuntimeError("RESOURCE_EXHAUSTED"))


def test_executable_cache_failures_do_not_raise(exe_cache):
  # An executable that cannot be serialized is skipped (logged once).
  assert not executable_cache.save("x", "key", object(), None)
  assert not os.path.exists(exe_cache) or not _entries(exe_cache)
  # Garbage where an entry should be: ignored and deleted.
  os.makedirs(exe_cache, exist_ok=True)
  path = executable_cache.path_for("x", "key")
  with open(path, "wb") as fh:
    fh.write(b"garbage")
  assert executable_cache.read("x", "key") is None and not os.path.exists(path)
  # Off: nothing read or written.
  executable_cache.enable("")
  assert executable_cache.read("x", "key") is None
  assert not executable_cache.save("x", "key", object(), None)


def test_compile_cache_switches_both(monkeypatch, tmp_path):
  """One directory flag: the executable cache lives inside it; '' turns it off."""
  previous = executable_cache.directory()
  monkeypatch.setattr(compile_cache.jax.config, "update", lambda *args: None)
  try:
    compile_cache.enable(str(tmp_path / "jax"))
    assert executable_cache.directory() == str(tmp_path / "jax" / "executables")
    compile_cache.enable("")
    assert executable_cache.directory() is None
  finally:
    executable_cache.enable(previous)
