"""Tests of the op profile: XLA operation kinds, summing, and a real CPU trace."""

import jax
import jax.numpy as jnp

from batt_jax.bench import op_profile
from batt_jax.bench import report


def test_kind_drops_the_index():
  assert op_profile.kind("loop_select_fusion.12") == "loop_select_fusion"
  assert op_profile.kind("sort.3") == "sort"
  assert op_profile.kind("wrapped_scatter_1.2") == "wrapped_scatter"
  assert op_profile.kind("MemcpyD2H") == "MemcpyD2H"


def test_summarize_sums_by_kind_and_counts_overlaps_once():
  events = [("sort.1", 0, 4_000), ("sort.2", 2_000, 4_000), ("fusion.1", 10_000, 1_000)]
  out = op_profile.summarize(events, wall_s=1e-5)
  assert out["ops"] == 3
  assert out["by_kind"][0] == {"kind": "sort", "seconds": 8e-6, "calls": 2}
  assert out["by_kind"][1] == {"kind": "fusion", "seconds": 1e-6, "calls": 1}
  assert abs(out["op_s"] - 9e-6) < 1e-15
  assert abs(out["busy_s"] - 7e-6) < 1e-15  # [0, 6000) and [10000, 11000)
  assert out["top_ops"][0]["op"] == "sort.1" or out["top_ops"][0]["op"] == "sort.2"


def test_trace_finds_a_sort_on_the_cpu():
  f = jax.jit(lambda x: jnp.sort(x, axis=-1))
  x = jnp.arange(256 * 256, dtype=jnp.int32)[::-1].reshape(256, 256)
  f(x).block_until_ready()
  out = op_profile.trace(lambda: f(x).block_until_ready())
  kinds = [k["kind"] for k in out["by_kind"]]
  assert "sort" in kinds, kinds
  assert out["ops"] >= 1 and out["op_s"] > 0 and out["wall_s"] > 0
  # The calling thread: its Python frames and the executable's call, from the same trace.
  events = {e["event"]: e for e in out["host"]["top"]}
  assert any(name.startswith("$") for name in events), events
  assert any("Execute" in name for name in events), events
  assert not any(name.startswith("$profiler.py") for name in events)
  assert out["host"]["self_s"] > 0
  assert out["idle"] is None  # no GPU streams on the CPU


def test_self_times_take_children_out():
  # call [0, 10) holds a [2, 5) and b [6, 7); c [20, 21) stands alone. In ns.
  table = op_profile.self_times([("b", 6, 1), ("call", 0, 10), ("a", 2, 3), ("c", 20, 1)])
  assert {k: (round(s * 1e9), n) for k, (s, n) in table.items()} == {
      "call": (6, 1), "a": (3, 1), "b": (1, 1), "c": (1, 1)}


def test_idle_counts_the_gaps_of_the_busiest_stream():
  ms = 1_000_000
  busy = [(0, 2 * ms, "a"), (2 * ms + 500, ms, "b"), (5 * ms, ms, "c")]  # gaps 500 ns, 1.9995 ms
  out = op_profile.idle([[(0, 10, "x")], busy])
  assert out["span_s"] == 6e-3
  assert out["long_gaps"] == 1
  assert abs(out["long_gap_s"] - 1.9995e-3) < 1e-12
  assert abs(out["gap_s"] - 2e-3) < 1e-12
  assert out["in_loops"] == 0 and out["in_loops_s"] == 0
  assert op_profile.idle([]) is None


def test_idle_counts_long_gaps_after_a_loop_condition_apart():
  # A loop body inside a CUDA graph is not traced: the gap after its
  # condition kernel is the loop at work.
  ms = 1_000_000
  ops = [(0, ms, "set_while_condition"), (4 * ms, ms, "fusion_1"), (7 * ms, ms, "fusion_2"),
         (8 * ms + 10, ms, "set_while_condition_3"), (9 * ms + 20, ms, "fusion_4")]
  out = op_profile.idle([ops])
  assert out["long_gaps"] == 2  # 3 ms after the condition, 2 ms after fusion_1
  assert out["in_loops"] == 1 and abs(out["in_loops_s"] - 3e-3) < 1e-12


def test_ops_table_shares_operation_time():
  ops = {"wall_s": 1.0, "op_s": 0.5, "busy_s": 0.4, "ops": 3,
         "by_kind": [{"kind": "sort", "seconds": 0.4, "calls": 2},
                     {"kind": "loop_select_fusion", "seconds": 0.1, "calls": 1}]}
  lines = report._ops_table(ops)
  assert lines[3].endswith("3 operations, 0.500 s of operation time, the device busy 0.400 s.")
  ops["dispatch_s"] = 0.25
  assert report._ops_table(ops)[3].endswith(
      "the device busy 0.400 s; the host spent 0.250 s calling the kernels.")
  assert lines[-2] == "| sort | 2 | 0.400 | 80.0% |"
  assert lines[-1] == "| loop_select_fusion | 1 | 0.100 | 20.0% |"
  assert report._ops_table(None) == [] and report._ops_table({"error": "x"}) == []


def test_ops_table_adds_the_idle_device_and_the_host_thread():
  ops = {"wall_s": 1.0, "op_s": 0.5, "busy_s": 0.4, "ops": 3,
         "by_kind": [{"kind": "sort", "seconds": 0.5, "calls": 3}],
         "idle": {"span_s": 0.9, "gap_s": 0.5, "long_gaps": 7, "long_gap_s": 0.3,
                  "in_loops": 5, "in_loops_s": 0.25},
         "host": {"thread": "python", "self_s": 0.8,
                  "top": [{"event": "ComputeSemaphoreAcquire [capacity=32, value=0]",
                           "seconds": 0.6, "calls": 12}]}}
  lines = report._ops_table(ops)
  assert ("The busiest stream, first operation to last: 0.900 s, 0.500 s of it between "
          "operations, 0.300 s in 7 gaps of a millisecond or more, 0.250 s of them in 5 "
          "right after a loop's condition kernel (the loop body at work inside a CUDA graph: "
          "the trace does not show its kernels).") in lines
  assert lines[-1] == "| `ComputeSemaphoreAcquire [capacity=32, value=0]` | 12 | 0.600 |"
