r"""Compile probe for search transforms: `python -m batt_jax.search.probe`.

A template that compiles in seconds on the CPU can take minutes on a GPU host
(XLA's GPU pipeline over its fusions; the CPU does not predict it), and one
such kernel holds up the first layer of a cold search. Run this on the device
before a new template joins the catalogue: it lowers and compiles each named
transform's kernel for chunks of `--rows` rows, `--threads` at once as a cold
search does, with the search's compiler options, and writes per transform the
lines, trace and total seconds, the memory XLA plans (temporaries +
arguments + outputs) and, with `--time_calls`, the microseconds a row of a
full call takes on real ARC-AGI-1 training grids (the run's cost, against
connect_h's). Kernels still compiling after `--limit` seconds are listed as
unfinished.

  python -m batt_jax.search.probe --transforms=crop_odd_pattern,crop_odd_size \
      --out=probe.json
  python -m batt_jax.search.probe --unmeasured_in=report.json --out=probe.json

`--unmeasured_in` probes the catalogue's transforms that a search report's
`compile_per_transform` does not list (those no search has compiled there).
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import json
import os
import threading
import time
from typing import Dict, List, Optional, Sequence, Tuple

from absl import app
from absl import flags
from absl import logging
import jax
import numpy as np

from batt_jax.data import embedded
from batt_jax.dsl import encoding
from batt_jax.runtime.coordinator import compiler_options
from batt_jax.runtime.store import write_atomic
from batt_jax.search import driver
from batt_jax.search import kernels
from batt_jax.search.transforms import CATALOGUE, Transform

_TRANSFORMS = flags.DEFINE_list(
    "transforms", None, "Transforms to probe ('catalogue' stands for the default catalogue).")
_UNMEASURED_IN = flags.DEFINE_string(
    "unmeasured_in", None,
    "A search report (JSON): also probe the catalogue's transforms its "
    "compile_per_transform does not list.")
_BASELINE = flags.DEFINE_list(
    "baseline", ["connect_h", "fill_enclosed"], "Transforms probed alongside, for scale.")
_ROWS = flags.DEFINE_integer("rows", 65536, "Rows per compiled call (the search's chunk_rows).",
                             lower_bound=kernels.MIN_CHUNK_ROWS)
_THREADS = flags.DEFINE_integer("threads", 16, "Compiles at once.", lower_bound=1)
_LIMIT = flags.DEFINE_float("limit", 200.0, "Seconds to wait for the compiles.")
_TIME_CALLS = flags.DEFINE_integer(
    "time_calls", 3, "Calls timed per kernel on real training grids (0: none), after one "
    "untimed call.", lower_bound=0)
_OUT = flags.DEFINE_string("out", None, "Where to write the results (JSON).")


@dataclasses.dataclass(frozen=True)
class Compiled:
  """One transform's kernel, lowered and compiled.

  Attributes:
    lines: the template's lines.
    trace_s: seconds to trace and lower it.
    total_s: seconds to trace, lower and compile it (on a busy pool: as in a
      cold search, not alone).
    memory_gib: XLA's planned memory for one call (temporaries + arguments +
      outputs), GiB.
    run_us_per_row: the median timed call's microseconds per row (None: not
      timed). Timed after all compiles, one kernel at a time.
  """
  lines: int
  trace_s: float
  total_s: float
  memory_gib: float
  run_us_per_row: Optional[float] = None


@dataclasses.dataclass(frozen=True)
class ProbeResult:
  """What a probe measured.

  Attributes:
    rows: rows per compiled call.
    threads: compiles at once.
    limit_s: seconds waited.
    compiled: per transform name, its figures, in the order they finished.
    unfinished: the transforms still compiling (or not started) at the limit.
  """
  rows: int
  threads: int
  limit_s: float
  compiled: Dict[str, Compiled]
  unfinished: Tuple[str, ...]

  def to_json(self) -> dict:
    return {"rows": self.rows, "threads": self.threads, "limit_s": self.limit_s,
            "compiled": {k: dataclasses.asdict(v) for k, v in self.compiled.items()},
            "unfinished": list(self.unfinished)}


def unmeasured(report: dict) -> List[str]:
  """The catalogue's transforms a search report's `compile_per_transform` does not list."""
  search = report.get("search", report)
  measured = search.get("compile_per_transform") or {}
  return [t.name for t in CATALOGUE if t.name not in measured]


def resolve(names: Sequence[str]) -> Tuple[Transform, ...]:
  """The transforms named, each once, in order (as `--transforms` of a search:
  'catalogue' stands for the catalogue); raises ValueError naming unknown ones."""
  return driver.SearchConfig(transforms=tuple(names)).catalogue()


def encode_grids(grids: Sequence) -> Tuple[np.ndarray, np.ndarray]:
  """(cells [n, S, S] int8, hw [n, 2] int32) of `grids`, encoded once for every kernel."""
  encoded = [encoding.encode(g, "Grid") for g in grids]
  return (np.stack([np.asarray(e.cells, np.int8) for e in encoded]),
          np.stack([np.asarray(e.hw, np.int32) for e in encoded]))


def call_inputs(transform: Transform, rows: int, cells: np.ndarray, hw: np.ndarray) -> tuple:
  """Arguments of the transform's compiled kernel for `rows` rows (`kernels.lower_kernel`):
  the encoded grids (`encode_grids`) in turn, each its own target, every parameter 0
  (colour 0, the first value...; a row of an undefined result costs as much)."""
  shared = kernels.shares_prefix(transform) is not None
  width = max(1, len(transform.params))
  count = kernels.grid_rows(rows) if shared else rows
  which = np.arange(count) % len(cells)
  cells, hw = cells[which], hw[which]
  row_grid = np.arange(rows) % count
  params = np.zeros((rows, width), np.int32)
  head = (np.zeros((count, width), np.int32), row_grid.astype(np.int32)) if shared else ()
  demo = np.ones(rows, bool)
  unchanged = np.zeros((rows,) + cells.shape[1:], bool)
  return (cells, hw) + head + (params, cells[row_grid], hw[row_grid], demo, unchanged)


def _time_calls(executable, inputs: tuple, calls: int) -> float:
  """Seconds of the median of `calls` calls (after one untimed call)."""
  inputs = jax.device_put(inputs)
  jax.block_until_ready(executable(*inputs))
  seconds = []
  for _ in range(calls):
    start = time.perf_counter()
    jax.block_until_ready(executable(*inputs))
    seconds.append(time.perf_counter() - start)
  return float(np.median(seconds))


def probe(transforms: Sequence[Transform], rows: int, threads: int, limit_s: float,
          time_calls: int = 0, grids: Optional[Sequence] = None) -> ProbeResult:
  """Lowers and compiles every transform's kernel for `rows` rows, `threads` at
  once (the longest templates first, so the slowest are not left to the end),
  waiting at most `limit_s` seconds; then, with `time_calls`, times that many
  calls of each compiled kernel, one kernel at a time, on `grids` (default:
  every ARC-AGI-1 training grid). Compiles running at the limit are not
  stopped (XLA cannot be interrupted); a caller that must exit then should
  exit the process."""
  options = compiler_options(jax.devices()[:1])
  compiled: Dict[str, Compiled] = {}
  executables: Dict[str, object] = {}
  lock = threading.Lock()

  def compile_one(transform: Transform) -> None:
    start = time.monotonic()
    lowered = kernels.lower_kernel(transform, rows)
    traced = time.monotonic() - start
    executable = lowered.compile(compiler_options=options)
    figures = Compiled(lines=len(transform.lines), trace_s=round(traced, 2),
                       total_s=round(time.monotonic() - start, 2),
                       memory_gib=round(kernels.needed_bytes(executable) / 2**30, 3))
    with lock:
      compiled[transform.name] = figures
      executables[transform.name] = executable
    logging.info("%s: %s", transform.name, figures)

  ordered = sorted(transforms, key=lambda t: -len(t.lines))
  pool = concurrent.futures.ThreadPoolExecutor(threads, thread_name_prefix="probe")
  futures = [pool.submit(compile_one, t) for t in ordered]
  concurrent.futures.wait(futures, timeout=limit_s)
  for future in futures:
    if future.done() and future.exception() is not None:
      raise future.exception()
  pool.shutdown(wait=False, cancel_futures=True)
  with lock:
    done, ready = dict(compiled), dict(executables)
  unfinished = tuple(t.name for t in ordered if t.name not in done)
  if time_calls and ready:
    cells, hw = encode_grids(grids if grids is not None else embedded.grids("arc1-train"))
    for transform in transforms:
      if transform.name in ready:
        seconds = _time_calls(ready[transform.name], call_inputs(transform, rows, cells, hw),
                              time_calls)
        done[transform.name] = dataclasses.replace(
            done[transform.name], run_us_per_row=round(seconds / rows * 1e6, 3))
  return ProbeResult(rows=rows, threads=threads, limit_s=limit_s, compiled=done,
                     unfinished=unfinished)


def main(argv):
  del argv
  names = list(_TRANSFORMS.value or [])
  if _UNMEASURED_IN.value:
    with open(_UNMEASURED_IN.value) as f:
      names += unmeasured(json.load(f))
  if not names:
    raise app.UsageError("name --transforms or --unmeasured_in (a report listing fewer than "
                         "the catalogue)")
  transforms = resolve(list(_BASELINE.value) + names)
  logging.info("probing %d transforms at %d rows, %d at once, on %s", len(transforms),
               _ROWS.value, _THREADS.value, jax.devices()[0].device_kind)
  result = probe(transforms, _ROWS.value, _THREADS.value, _LIMIT.value, _TIME_CALLS.value)
  for name, figures in sorted(result.compiled.items(), key=lambda kv: -kv[1].total_s):
    run = "-" if figures.run_us_per_row is None else f"{figures.run_us_per_row:.2f}"
    logging.info("%-32s compile %6.1f s  %7.2f GiB  %8s us/row  %3d lines", name,
                 figures.total_s, figures.memory_gib, run, figures.lines)
  if result.unfinished:
    logging.warning("not compiled within %.0f s: %s", _LIMIT.value, list(result.unfinished))
  if _OUT.value:
    payload = dict(result.to_json(), device=jax.devices()[0].device_kind,
                   jax=jax.__version__)
    write_atomic(_OUT.value, json.dumps(payload, indent=1).encode())
    logging.info("wrote %s", _OUT.value)
  # Compiles past the limit keep their threads busy; do not wait for them.
  os._exit(0)  # pylint: disable=protected-access


if __name__ == "__main__":
  app.run(main)
