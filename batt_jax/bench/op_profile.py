"""Device time of a run by XLA operation, read from a `jax.profiler` trace.

The kernel profile (`measure.profile_kernels`) says which DSL kernels cost the
most; this says what inside them does: sorts, gathers, scatters, elementwise
loops, reductions, copies. XLA names each operation after its kind and an
index (`loop_select_fusion.12`, `sort.3`, `input_reduce_fusion`...), so the
index is dropped and the time summed by what is left (the *kind*).

On a GPU the operations are the kernels on the device's streams (memory copies
included); on the CPU they are the thunks on XLA's thread pools, which overlap,
so their sum may exceed the wall time. A GPU trace misses the bodies of loops
run inside command buffers (`coordinator.GPU_COMMAND_BUFFER`), so there the
operation time and busy time fall short of the device's work; compiling
without command buffers shows every kernel (the probes of docs/BENCHMARKS.md,
"The device was busy, not idle").

Two more views say whether the host keeps the device fed:
- `host`: the calling thread's own (self) time by event, the XLA runtime's
  and Python's: where a kernel call's host time goes. On one H200 it showed
  the calls waiting on the client's in-flight limit (`ComputeSemaphoreAcquire
  [capacity=32...]`), so waiting on the device, not working.
- `idle`: on a GPU, the gaps between the operations of the busiest stream;
  long gaps (over `LONG_GAP_S`) point at the host, e.g. copying results
  while the device waits. Not all gaps are idle: the kernels of a loop body
  run inside a CUDA graph's conditional node are missing from the trace, so
  a gap right after a loop's condition kernel (`LOOP_CONDITION`) is mostly
  the loop at work, and is counted apart. On one H200 (whole library) such
  gaps were 0.23 s of the 0.55 s of long gaps, and for 0.38 s of the long
  gaps the host was waiting on the GPU client's in-flight limit, for
  queued work to finish: most long gaps are untraced work, not idling.
"""

from __future__ import annotations

import collections
import glob
import os
import re
import tempfile
import time
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple

import jax

_INDEX = re.compile(r"([._]\d+)+$")
LONG_GAP_S = 1e-3  # device gaps at least this long are counted apart
# The kernel that sets a loop's condition in a CUDA graph; the loop body's own
# kernels are not traced.
LOOP_CONDITION = "set_while_condition"
# Python's own frames in the host trace start with this; the profiler's are noise.
_PYTHON_FRAME = "$"
_PROFILER_FRAMES = ("$profiler.py",)
# Profiler bookkeeping on the CPU's thread pools, not XLA operations.
_CPU_NOISE = ("ThreadpoolListener", "ThunkExecutor", "end: ")


def kind(op_name: str) -> str:
  """An operation's name without its index: `loop_select_fusion.12` -> `loop_select_fusion`."""
  return _INDEX.sub("", op_name) or op_name


def _gpu_streams(planes: Sequence[Any]) -> List[List[Tuple[str, int, int, str]]]:
  """Each GPU stream's XLA operations, (name, start ns, duration ns, kernel); none on a CPU.

  The name is the XLA operation's (a command buffer's for the kernels inside
  one), the kernel the launched kernel's. Only the "Stream" lines: the
  derived ones (modules, launches) repeat them.
  """
  return [[(str(dict(e.stats).get("hlo_op") or e.name), e.start_ns, e.duration_ns, e.name)
           for e in line.events]
          for plane in planes if plane.name.startswith("/device:")
          for line in plane.lines if line.name.startswith("Stream")]


def _cpu_events(planes: Sequence[Any]) -> Iterable[Tuple[str, int, int]]:
  """(operation name, start ns, duration ns) of the thunks on the CPU's XLA thread pools."""
  for plane in planes:
    if plane.name != "/host:CPU":
      continue
    for line in plane.lines:
      if not line.name.startswith("tf_XLA"):
        continue
      for event in line.events:
        if event.duration_ns and not event.name.startswith(_CPU_NOISE):
          yield event.name, event.start_ns, event.duration_ns


def idle(streams: Sequence[Sequence[Tuple[int, int, str]]]) -> Optional[dict]:
  """Gaps between the operations (start ns, duration ns, kernel) of the busiest stream.

  span_s: first start to last end; gap_s: the time between operations;
  long_gaps / long_gap_s: those of at least LONG_GAP_S, their count and sum;
  in_loops / in_loops_s: the long ones right after a LOOP_CONDITION kernel,
  mostly untraced loop bodies. None without streams.
  """
  if not streams or not any(streams):
    return None
  ops = sorted(max(streams, key=lambda s: sum(op[1] for op in s)))
  gaps = [(b[0] - (a[0] + a[1]), a[2]) for a, b in zip(ops, ops[1:])]
  gaps = [(g, before) for g, before in gaps if g > 0]
  long = [(g, before) for g, before in gaps if g >= LONG_GAP_S * 1e9]
  loops = [g for g, before in long if before.startswith(LOOP_CONDITION)]
  return {"span_s": (ops[-1][0] + ops[-1][1] - ops[0][0]) / 1e9,
          "gap_s": sum(g for g, _ in gaps) / 1e9,
          "long_gaps": len(long), "long_gap_s": sum(g for g, _ in long) / 1e9,
          "in_loops": len(loops), "in_loops_s": sum(loops) / 1e9}


def self_times(events: Iterable[Tuple[str, int, int]]) -> Dict[str, List[float]]:
  """Self (exclusive) seconds and count by event name of one thread's nested events.

  Events on one thread nest (a call's events lie inside it); an event's self
  time is its duration less its children's.
  """
  out: Dict[str, List[float]] = collections.defaultdict(lambda: [0.0, 0])
  stack: List[List[Any]] = []  # [end ns, name, duration ns, children's ns]

  def close(until: float) -> None:
    while stack and stack[-1][0] <= until:
      _, name, duration, children = stack.pop()
      out[name][0] += (duration - children) / 1e9
      if stack:
        stack[-1][3] += duration

  for name, start, duration in sorted(events, key=lambda e: (e[1], -e[2])):
    close(start)
    out[name][1] += 1
    stack.append([start + duration, name, duration, 0])
  close(float("inf"))
  return out


def host(planes: Iterable[Any], count: int = 15) -> Optional[dict]:
  """The calling thread's self time by event (runtime events by kind), costliest first.

  The calling thread is the host thread with the most Python frames (the one
  that ran the traced function). None if the trace has no such thread.
  """
  lines = [line for plane in planes if plane.name.startswith("/host:")
           for line in plane.lines]
  frames = lambda line: sum(e.name.startswith(_PYTHON_FRAME) for e in line.events)  # noqa: E731
  best = max(lines, key=frames, default=None)
  if best is None or not frames(best):
    return None
  events = [(e.name if e.name.startswith(_PYTHON_FRAME) else kind(e.name), e.start_ns,
             e.duration_ns) for e in best.events if not e.name.startswith(_PROFILER_FRAMES)]
  table = self_times(events)
  ranked = sorted(table.items(), key=lambda item: -item[1][0])
  return {"thread": best.name, "self_s": sum(s for s, _ in table.values()),
          "top": [{"event": k, "seconds": sec, "calls": int(n)} for k, (sec, n) in ranked[:count]]}


def _busy_ns(intervals: List[Tuple[int, int]]) -> int:
  """Length of the union of [start, start + duration) intervals."""
  busy, end = 0, None
  for start, duration in sorted(intervals):
    stop = start + duration
    if end is None or start > end:
      busy += duration
      end = stop
    elif stop > end:
      busy += stop - end
      end = stop
  return busy


def summarize(events: Iterable[Tuple[str, int, int]], wall_s: float, count: int = 25) -> dict:
  """Device time by operation kind (costliest first) and the costliest single operations."""
  by_kind: Dict[str, List[float]] = collections.defaultdict(lambda: [0.0, 0])
  by_op: Dict[str, List[float]] = collections.defaultdict(lambda: [0.0, 0])
  intervals = []
  for name, start, duration in events:
    for table, key in ((by_kind, kind(name)), (by_op, name)):
      table[key][0] += duration / 1e9
      table[key][1] += 1
    intervals.append((start, duration))
  total = sum(s for s, _ in by_kind.values())
  ranked = lambda table: sorted(table.items(), key=lambda item: -item[1][0])  # noqa: E731
  return {
      "wall_s": wall_s, "op_s": total, "busy_s": _busy_ns(intervals) / 1e9,
      "ops": len(intervals),
      "by_kind": [{"kind": k, "seconds": s, "calls": int(n)} for k, (s, n) in ranked(by_kind)],
      "top_ops": [{"op": k, "seconds": s, "calls": int(n)}
                  for k, (s, n) in ranked(by_op)[:count]],
  }


def trace(run: Callable[[], Any], log_dir: Optional[str] = None, count: int = 25) -> dict:
  """Runs `run` once under the profiler; its device time by operation (`summarize`).

  Plus `host` (the calling thread's self time by event) and `idle` (the
  device's gaps, GPUs only; else None).

  The trace goes to `log_dir` (kept) or to a temporary directory (removed).
  """
  from jaxlib import _profile_data  # pylint: disable=g-import-not-at-top

  with tempfile.TemporaryDirectory(prefix="batt_op_profile_") as scratch:
    directory = log_dir or scratch
    jax.profiler.start_trace(directory)
    start = time.perf_counter()
    try:
      run()
    finally:
      wall_s = time.perf_counter() - start
      jax.profiler.stop_trace()
    files = sorted(glob.glob(os.path.join(directory, "plugins", "profile", "*", "*.xplane.pb")),
                   key=os.path.getmtime)
    if not files:
      raise RuntimeError(f"the profiler wrote no trace under {directory}")
    planes = list(_profile_data.ProfileData.from_file(files[-1]).planes)  # iterable once
    streams = _gpu_streams(planes)
    events = ([(name, start, duration) for stream in streams
               for name, start, duration, _ in stream] if streams else _cpu_events(planes))
    out = summarize(events, wall_s, count)
    out["host"] = host(planes)
    out["idle"] = idle([[(start, duration, k) for _, start, duration, k in stream]
                        for stream in streams])
    return out
