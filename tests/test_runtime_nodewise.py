"""Node-by-node execution: the fused coordinator's results exactly, kernels shared."""

import numpy as np
import pytest

import codegen
from batt_jax import data
from batt_jax.dsl import types as T
from batt_jax.runtime import coordinator as coordinator_lib
from batt_jax.runtime import engine
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
  assert len(plan.steps) + plan.callables == len(graph.nodes)
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


def test_profile_times_every_kernel():
  programs, _ = codegen.load_source(CONSTANTS_ONLY)
  batch = mb.build(rt.tasks(("3c9b0459",)))
  coordinator = nodewise.NodewiseCoordinator(8, profile=True)
  coordinator.run_chunk(0, graph_lib.merge(programs), batch, 2)
  top = coordinator.top_kernels(10)
  assert {name for name, _, _ in top} == {"partition(_)", "mapply(rbind(shift, _), _)",
                                          "fill(_, _, _)"}
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


def test_bench_records_nodewise():
  from batt_jax.bench import harness  # pylint: disable=g-import-not-at-top
  from batt_jax.bench import workload  # pylint: disable=g-import-not-at-top
  spec = workload.Spec(data=("arc1-train",), count=2, library=rt.FIXTURE_LIBRARY,
                       chunk_size=100)
  results = harness.run(harness.Config(spec=spec, batch_size=8, execution="nodewise",
                                       profile_kernels=True, reference_pairs=10, repeats=1))
  assert results["config"]["execution"] == results["jax"]["execution"] == "nodewise"
  cold, warm = results["jax"]["cold_compile"], results["jax"]["warm_compile"]
  assert cold["chunks"] == 1 and cold["kernels"] >= 1 and cold["executables"] > 1
  assert warm["kernels"] == cold["kernels"]
  assert results["jax"]["run"]["evaluations_per_s"] > 0
  top = results["jax"]["kernel_profile"]["top"]
  assert top and top[0]["seconds"] >= top[-1]["seconds"] and top[0]["calls"] > 0
