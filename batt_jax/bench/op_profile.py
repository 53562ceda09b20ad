"""Device time of a run by XLA operation, read from a `jax.profiler` trace.

The kernel profile (`measure.profile_kernels`) says which DSL kernels cost the
most; this says what inside them does: sorts, gathers, scatters, elementwise
loops, reductions, copies. XLA names each operation after its kind and an
index (`loop_select_fusion.12`, `sort.3`, `input_reduce_fusion`...), so the
index is dropped and the time summed by what is left (the *kind*).

On a GPU the operations are the kernels on the device's streams (memory copies
included); on the CPU they are the thunks on XLA's thread pools, which overlap,
so their sum may exceed the wall time.
"""

from __future__ import annotations

import collections
import glob
import os
import re
import tempfile
import time
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

import jax

_INDEX = re.compile(r"([._]\d+)+$")
# Profiler bookkeeping on the CPU's thread pools, not XLA operations.
_CPU_NOISE = ("ThreadpoolListener", "ThunkExecutor", "end: ")


def kind(op_name: str) -> str:
  """An operation's name without its index: `loop_select_fusion.12` -> `loop_select_fusion`."""
  return _INDEX.sub("", op_name) or op_name


def _device_events(planes: Iterable[Any]) -> Iterable[Tuple[str, int, int]]:
  """(operation name, start ns, duration ns) of every XLA operation in the trace's planes."""
  planes = list(planes)  # the profile's planes can be iterated once
  gpu = [p for p in planes if p.name.startswith("/device:")]
  if gpu:
    for plane in gpu:
      for line in plane.lines:
        if not line.name.startswith("Stream"):
          continue  # derived lines (modules, launches) repeat the streams' events
        for event in line.events:
          stats = dict(event.stats)
          yield str(stats.get("hlo_op") or event.name), event.start_ns, event.duration_ns
    return
  for plane in planes:
    if plane.name != "/host:CPU":
      continue
    for line in plane.lines:
      if not line.name.startswith("tf_XLA"):
        continue
      for event in line.events:
        if event.duration_ns and not event.name.startswith(_CPU_NOISE):
          yield event.name, event.start_ns, event.duration_ns


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
    data = _profile_data.ProfileData.from_file(files[-1])
    return summarize(_device_events(data.planes), wall_s, count)
