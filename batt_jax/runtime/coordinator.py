"""Runs batt chunks over the mega-batch, `jax.pmap`-ed over the local devices.

For each chunk one executable runs batt and scores the candidates against the
expected outputs. The batches run over the demo samples followed by the test
samples (a batch may hold both, so only the run's last batch is padded);
demo rows fetch only their [b, P] scores, test rows only their [b, P]
candidate grids, cut to those rows on the device, or with a `Picker` (the
runtime's) only the few per row that its shortlist can take. Every batch of
a run has one padded size (split evenly over the devices), so each chunk
compiles once; padding repeats the last sample and is cut before anything is
kept. A batch that does not fit in device memory is halved and retried, down
to one sample per device, and the halving is logged. Results are written per
(chunk, batch) through a `ResultStore`, so a killed run resumes with only the
missing batches.
"""

from __future__ import annotations

from concurrent import futures
import dataclasses
import os
from typing import Callable, Dict, Iterator, List, Optional, Protocol, Sequence, Tuple

from absl import logging
import jax
import jax.numpy as jnp
import numpy as np

from batt_jax.dsl.encoding import Grid
from batt_jax.runtime import compile_pool
from batt_jax.runtime import megabatch as mb
from batt_jax.runtime.scoring import score_candidates
from batt_jax.runtime.store import ResultStore


# What a batch's demo rows and test rows bring back from the step's outputs.
DEMO_NAMES = ("exact", "score")
TEST_NAMES = ("cells", "hw", "valid")


@dataclasses.dataclass
class ChunkResults:
  """Host-side results of one chunk over the whole mega-batch.

  Attributes:
    demo_exact: [M_demo, P] bool; demo_cells: [M_demo, P] float32.
    test_cells: [M_test, C, 30, 30] int8; test_hw: [M_test, C, 2] int32;
    test_valid: [M_test, C] bool. C is P (candidate c is program c's),
      or K when `test_slots` is set.
    test_slots: None, or [M_test, K] int32: the programs whose candidates
      the test arrays hold, as a `Picker` chose them (-1: none, not valid).
  """
  demo_exact: np.ndarray
  demo_cells: np.ndarray
  test_cells: np.ndarray
  test_hw: np.ndarray
  test_valid: np.ndarray
  test_slots: Optional[np.ndarray] = None


class Picker(Protocol):
  """Chooses which of a chunk's test candidates are copied to the host.

  Rows are numbered as the run's samples, the demos then the tests
  (`megabatch.joined`). A run fetches every demo row before any test row,
  so a picker sees all of a chunk's demo scores before it picks; a batch
  retried after running out of memory gives its rows again.
  `results.ShortlistPicker` is the runtime's.

  Attributes:
    size: K, the candidates picked per test row.
  """
  size: int

  def add_demos(self, start: int, exact: np.ndarray, score: np.ndarray) -> None:
    """Demo rows [start, start + b): their [b, P] exact flags and cell scores."""

  def pick(self, start: int, valid: np.ndarray) -> np.ndarray:
    """[b, K] program slots (-1: none) of rows [start, start + b), given their [b, P] validity."""


def make_step(batt: Callable, devices: Sequence):
  """pmap(vmap(...)) over [devices, b] of: batt, then scores against expected.

  One executable serves demo and test rows alike: demo rows fetch only the
  scores, test rows only the candidates; what is not fetched never leaves the
  device.
  """

  def step(cells, hw, out_cells, out_hw, out_known):
    candidates = batt(Grid(cells=cells, hw=hw, valid=jnp.asarray(True)))
    return scored(candidates, out_cells, out_hw, out_known)

  return jax.pmap(jax.vmap(step), devices=devices)


def scored(candidates: Grid, out_cells, out_hw, out_known) -> Dict[str, jax.Array]:
  """One sample's step result: scores of the [P] candidates and the candidates themselves."""
  scores = score_candidates(candidates, Grid(cells=out_cells, hw=out_hw, valid=out_known))
  return {"exact": scores.exact, "score": scores.cells, "cells": candidates.cells,
          "hw": candidates.hw, "valid": candidates.valid}


def _demos_in(num_demos: int, start: int, stop: int) -> int:
  """How many of rows [start, stop) are demos, when the first `num_demos` rows are."""
  return min(max(num_demos - start, 0), stop - start)


def _local_parts(array: jax.Array, start: int, stop: int,
                 size: int) -> List[Tuple[int, int, int]]:
  """Where rows [start, stop) of a batch's [devices, size / devices, ...] output lie here.

  (shard, lo, hi) per addressable shard holding some of them, in row order:
  its position in `addressable_shards` and its own rows [lo, hi).
  """
  per = size // array.shape[0]
  parts = []
  for i, shard in enumerate(array.addressable_shards):
    first = (shard.index[0].start or 0) * per  # the shard's first row in the batch
    lo, hi = max(start - first, 0), min(stop - first, per)
    if lo < hi:
      parts.append((first, i, lo, hi))
  return [(i, lo, hi) for _, i, lo, hi in sorted(parts)]


def _device_rows(array: jax.Array, start: int, stop: int, size: int) -> np.ndarray:
  """Rows [start, stop) of a batch's [devices, size / devices, ...] output, on the host.

  Each device's part of the range is cut there and only it is copied.
  """
  per = size // array.shape[0]
  shards = array.addressable_shards
  pieces = [shards[i].data if lo == 0 and hi == per else shards[i].data[:, lo:hi]
            for i, lo, hi in _local_parts(array, start, stop, size)]
  return np.concatenate([a[0] for a in jax.device_get(pieces)])  # each piece is [1, rows, ...]


@jax.jit
def _take(cells, hw, valid, rows, slots):
  """One device's [1, b, P, ...] test outputs at ([n, K] rows, [n, K] slots): [n, K, ...]."""
  return cells[0, rows, slots], hw[0, rows, slots], valid[0, rows, slots]


def _picked_rows(out: Dict[str, jax.Array], start: int, stop: int, size: int,
                 slots: np.ndarray) -> Dict[str, np.ndarray]:
  """Rows [start, stop) of a batch's test outputs, only the candidates of `slots` [rows, K].

  Each device gathers its rows' picked candidates and only those are copied.
  The gather's index arrays are padded to a power of two of rows (at most
  the device's part of the batch), so it compiles for a few sizes, not per
  batch, and copies at most twice the rows (the whole part was 12.6 MB a
  run for the library's 835 test rows of 3,499: 8 ms on one H200's host).
  """
  per = size // out["cells"].shape[0]
  k = slots.shape[1]
  shards = [out[name].addressable_shards for name in TEST_NAMES]
  counts, pieces = [], []
  done = 0  # test rows of [start, stop) gathered so far
  for i, lo, hi in _local_parts(out["cells"], start, stop, size):
    padded = min(per, mb.bucket(hi - lo))
    rows = np.zeros((padded, k), np.int32)
    rows[:hi - lo] = np.arange(lo, hi, dtype=np.int32)[:, None]
    picked = np.zeros((padded, k), np.int32)
    picked[:hi - lo] = np.maximum(slots[done:done + hi - lo], 0)
    done += hi - lo
    cells, hw, valid = (s[i] for s in shards)
    indices = jax.device_put((rows, picked), cells.device)
    counts.append(hi - lo)
    pieces.append(_take(cells.data, hw.data, valid.data, *indices))
  fetched = jax.device_get(pieces)
  out_cells, out_hw, out_valid = (np.concatenate([part[j][:m] for m, part
                                                  in zip(counts, fetched)]) for j in range(3))
  none = slots < 0
  out_valid[none] = False
  out_cells[none] = 0
  out_hw[none] = 0
  return {"cells": out_cells, "hw": out_hw, "valid": out_valid, "slots": slots}


# XLA's command buffer kinds on GPUs: its defaults plus WHILE and CONDITIONAL.
GPU_COMMAND_BUFFER = "FUSION,CUBLAS,CUBLASLT,CUSTOM_CALL,CUDNN,WHILE,CONDITIONAL"
# How a command buffer orders its commands: CONCURRENT lets commands that
# share no buffer run at once ("" keeps XLA's default).
GPU_COMMAND_BUFFER_SCHEDULING = "CONCURRENT"


def compiler_options(devices) -> Optional[dict]:
  """Per-platform XLA options for executables (None: XLA's defaults).

  GPU: no autotuning (`xla_gpu_autotune_level=0`). These programs have
  hardly any matrix products, the one thing autotuning picks algorithms for;
  on one H100, 30 search kernels compiled in 25.7 s instead of 29.1 s and ran
  as fast (docs/bench/xla_flags_probe/). And loops and conditionals inside
  the command buffers (CUDA graphs) too (GPU_COMMAND_BUFFER): the slot
  compaction's data-dependent loops (`dsl/jax/slots.py`) otherwise read their
  trip condition back on the host every iteration. On one H200, the whole
  library: run 2.330 -> 2.155-2.236 s, device busy 1.78 -> 1.30 s, compile
  as fast (docs/bench/nvidia-h200-x1-host-bound/). Commands with no data
  between them run concurrently (GPU_COMMAND_BUFFER_SCHEDULING): most of the
  device's operations are too small to fill it alone (48,000 of 79,000
  under 2 us). The whole library on one H200, the same answers: 0.529 ->
  0.445 s (one pair of processes), then in alternating runs in one process
  0.424 -> 0.403 s and 0.477 -> 0.412 s (CONCURRENT_REGIONS: 0.464 s)
  (docs/bench/nvidia-h200-x1-sched/, nvidia-h200-x1-sched2/).
  CPU: XLA's defaults. Skipping LLVM's optimisation halved compile time on the
  2-core CPU (16 library programs, 64 samples: 25 -> 13 CPU-s) but made the
  run 6x slower (210 -> 36 evaluations/s).
  Either platform: plus the options `set_extra_compiler_options` added
  (the entry points' --xla_options), which override these.
  """
  options = {}
  if devices and devices[0].platform == "gpu":
    options = {"xla_gpu_autotune_level": 0, "xla_gpu_enable_command_buffer": GPU_COMMAND_BUFFER}
    if GPU_COMMAND_BUFFER_SCHEDULING:
      options["xla_gpu_command_buffer_scheduling_mode"] = GPU_COMMAND_BUFFER_SCHEDULING
  options.update(_extra_options)
  return options or None


# Set by `set_extra_compiler_options` (the entry points' --xla_options).
_extra_options: Dict[str, object] = {}

XLA_OPTIONS_FLAG_HELP = (
    "XLA compiler options for every executable, name:value comma-separated (e.g. "
    "xla_gpu_command_buffer_scheduling_mode:CONCURRENT_REGIONS), added to and overriding "
    "the platform's own (coordinator.compiler_options); each is checked with XLA first. "
    "They are part of the executable cache's key.")


def parse_compiler_options(items: Sequence[str]) -> Dict[str, object]:
  """`name:value` strings as XLA options: true/false as bools, integers as ints.

  (XLA takes "0" for an int option but not "true" for a bool one.)
  """
  options: Dict[str, object] = {}
  for item in items:
    name, sep, text = item.partition(":")
    if not sep or not name.strip() or not text.strip():
      raise ValueError(f"an XLA option is name:value, not {item!r}")
    text = text.strip()
    value: object = text
    if text.lower() in ("true", "false"):
      value = text.lower() == "true"
    else:
      try:
        value = int(text)
      except ValueError:
        pass
    options[name.strip()] = value
  return options


def set_extra_compiler_options(options: Dict[str, object], devices: Sequence) -> None:
  """Adds `options` to `compiler_options` for the rest of the process,
  replacing those set before (`{}` removes them).

  Each is first compiled with, alone, on `devices[0]`: a name XLA does not
  know or a value it refuses fails here, naming the option, not minutes into
  compiling a library (XLA checks them only when it compiles).
  """
  if not options:
    _extra_options.clear()
    return
  example = jax.jit(lambda x: x + 1).lower(
      jax.ShapeDtypeStruct((2,), jnp.int32, sharding=jax.sharding.SingleDeviceSharding(devices[0])))
  for name, value in options.items():
    try:
      example.compile(compiler_options={name: value})
    except jax.errors.JaxRuntimeError as e:
      raise ValueError(f"XLA option {name}:{value}: {e}") from None
  _extra_options.clear()
  _extra_options.update(options)


def apply_xla_options_flag(items: Sequence[str], devices: Sequence) -> bool:
  """The entry points' --xla_options: parsed, checked and set; False (with the
  error logged, naming the option) if XLA or the syntax refuses one."""
  try:
    set_extra_compiler_options(parse_compiler_options(items), devices)
  except ValueError as e:
    logging.error("--xla_options: %s", e)
    return False
  return True


def is_out_of_memory(error: Exception) -> bool:
  return "RESOURCE_EXHAUSTED" in str(error) or "Out of memory" in str(error)


class Coordinator:
  """Runs chunks over a mega-batch with a fixed batch size on the local devices.

  `run_chunks` compiles ahead: while chunk k runs, chunks k+1.. are compiled
  on a thread pool (XLA releases the GIL), bounded by `compile_ahead`, so cold
  compilation overlaps execution and uses every host core.
  """

  def __init__(self, batch_size: int, devices: Optional[Sequence] = None,
               store: Optional[ResultStore] = None, compile_workers: Optional[int] = None,
               compile_ahead: Optional[int] = None):
    self.devices = list(devices or jax.local_devices())
    n = len(self.devices)
    self.batch_size = max(n, (batch_size // n) * n)  # a multiple of the devices
    self.store = store
    self.halvings = 0
    self.compile_workers = compile_workers or max(1, os.cpu_count() or 1)
    self.compile_ahead = compile_ahead or 2 * self.compile_workers
    self._executables: Dict[tuple, Callable] = {}

  def _shaped_example(self, size: int):
    """Inputs of the step for batches of `size`, to lower it with.

    Concrete zeros rather than `jax.ShapeDtypeStruct`s: in a multi-process
    run (jax.distributed), pmap's lowering turns its arguments into global
    arrays with `np.asarray`, which fails on abstract shapes (jax 0.10).
    """
    n = len(self.devices)
    s = mb.S
    return [np.zeros((n, size // n) + shape, dtype) for shape, dtype in (
        ((s, s), np.int8), ((2,), np.int32), ((s, s), np.int8), ((2,), np.int32), ((), bool))]

  def lower_step(self, batt: Callable, size: int):
    """(step, lowered) of a batt for batches of `size`: traced and lowered, not compiled.

    Tracing needs the GIL; `lowered.compile(compiler_options=...)` does not, so
    callers may compile on other threads (and time the two apart).
    """
    step = make_step(batt, self.devices)
    return step, step.lower(*self._shaped_example(size))

  def compile_step(self, batt: Callable, size: int):
    """(step, executable) of a batt for batches of `size`: lowered here, compiled now."""
    step, lowered = self.lower_step(batt, size)
    return step, lowered.compile(compiler_options=compiler_options(self.devices))

  def _executable(self, step, shaped: Sequence[np.ndarray]):
    """`step` compiled for these shapes (once per chunk), with the platform's options."""
    key = tuple(a.shape for a in shaped)
    if key not in self._executables:
      lowered = step.lower(*shaped)
      self._executables[key] = lowered.compile(compiler_options=compiler_options(self.devices))
    return self._executables[key]

  def _dispatch(self, step, arrays: Sequence[np.ndarray], rows: int, demo_rows: int,
                size: int):
    """Starts `step` on `rows` samples padded to `size`, the first `demo_rows` of them demos.

    Returns the device arrays still needed (not waited for): the scores if
    the batch has demos, the candidates if it has tests. The rest (e.g. the
    demos' candidate grids) is freed on the device.
    """
    n = len(self.devices)
    padded = [mb.pad_rows(a, size) for a in arrays]
    shaped = [a.reshape((n, size // n) + a.shape[1:]) for a in padded]
    out = self._executable(step, shaped)(*shaped)
    names = (DEMO_NAMES if demo_rows else ()) + (TEST_NAMES if demo_rows < rows else ())
    return {name: out[name] for name in names}

  @staticmethod
  def _fetch(out, rows: int, demo_rows: int, size: int, picker: Optional[Picker] = None,
             first: int = 0) -> Dict[str, np.ndarray]:
    """The demos' scores (rows [0, demo_rows)) and the tests' candidates ([demo_rows, rows)).

    Candidate grids are cut to the test rows on each device before the copy:
    a demo or padding row's [P, 30, 30] grids never cross to the host. With
    a `picker`, only the candidates it picks (from the demos' scores and the
    tests' validity, both fetched first) are copied, with their `slots`;
    `first` is the batch's first row among the run's samples.
    """
    fetched = {}
    if demo_rows:
      for name in DEMO_NAMES:
        whole = jax.device_get(out[name])
        fetched[name] = whole.reshape((size,) + whole.shape[2:])[:demo_rows]
      if picker:
        picker.add_demos(first, fetched["exact"], fetched["score"])
    if demo_rows < rows:
      if picker:
        slots = picker.pick(first + demo_rows, _device_rows(out["valid"], demo_rows, rows, size))
        fetched.update(_picked_rows(out, demo_rows, rows, size, slots))
      else:
        for name in TEST_NAMES:
          fetched[name] = _device_rows(out[name], demo_rows, rows, size)
    return fetched

  def _call(self, step, arrays: Sequence[np.ndarray], rows: int, demo_rows: int,
            size: int, picker: Optional[Picker] = None, first: int = 0) -> Dict[str, np.ndarray]:
    """Runs `step` on `rows` samples padded to `size`; fetches; halves on OOM.

    `first`: the first sample's row among the run's samples (for `picker`).
    """
    n = len(self.devices)
    try:
      return self._fetch(self._dispatch(step, arrays, rows, demo_rows, size), rows, demo_rows,
                         size, picker, first)
    except Exception as error:  # pylint: disable=broad-except
      if not is_out_of_memory(error) or size <= n:
        raise
      self.halvings += 1
      half = max(n, (size // 2 // n) * n)
      logging.warning("a batch of %d samples did not fit in device memory: halving to %d",
                      size, half)
      parts: Dict[str, List[np.ndarray]] = {}
      for start in range(0, rows, half):
        stop = min(start + half, rows)
        part_demos = _demos_in(demo_rows, start, stop)
        part = self._call(step, [a[start:stop] for a in arrays], stop - start, part_demos, half,
                          picker, first + start)
        for name, value in part.items():
          parts.setdefault(name, []).append(value)
      return {name: np.concatenate(p) for name, p in parts.items()}

  def batch_rows(self, batch: mb.MegaBatch) -> int:
    """The one padded batch size of a run: `batch_size`, or less for small runs."""
    n = len(self.devices)
    rows = max(len(batch.demo) + len(batch.test), 1)
    return min(self.batch_size, -(-rows // n) * n)

  def _batches(self, index: int, step, batch: mb.MegaBatch, size: int,
               progress: Optional[Callable[[], None]],
               picker: Optional[Picker] = None) -> Dict[str, List[np.ndarray]]:
    """Every batch of the demo samples followed by the test samples: their results, in order.

    Demos and tests share batches (a batch may end the demos and begin the
    tests), so only the run's last batch is padded.
    """
    names = DEMO_NAMES + TEST_NAMES + (("slots",) if picker else ())
    parts: Dict[str, List[np.ndarray]] = {name: [] for name in names}
    samples = mb.joined(batch)
    num_demos = len(batch.demo)
    fields = ("cells", "hw", "out_cells", "out_hw", "out_known")
    # One batch in flight: batch b+1 is dispatched before batch b's results are
    # fetched, so the device computes while the host pads, copies and stores.
    in_flight = None  # (batch key, arrays, first row, rows, demo rows, device outputs)

    def collect(result: Dict[str, np.ndarray]) -> None:
      for name, value in result.items():
        parts[name].append(value)
      if progress:
        progress()

    def finish(flight) -> None:
      batch_key, arrays, first, rows, demo_rows, out = flight
      fetched = None
      if out is not None:
        try:
          fetched = self._fetch(out, rows, demo_rows, size, picker, first)
        except Exception as error:  # pylint: disable=broad-except
          if not is_out_of_memory(error):
            raise
      if fetched is None:  # out of memory: alone, halving if need be
        fetched = self._call(step, arrays, rows, demo_rows, size, picker, first)
      if self.store:
        self.store.put(batch_key, fetched)
      collect(fetched)

    for b, rows in enumerate(mb.batches(len(samples), size)):
      # Picked test rows are stored under their own keys: never mixed with all-P ones.
      batch_key = f"chunk{index:04d}_rows_{b:05d}" + (f"_top{picker.size}" if picker else "")
      result = self.store.get(batch_key) if self.store else None
      count = rows.stop - rows.start
      demo_rows = _demos_in(num_demos, rows.start, rows.stop)
      if result is not None:
        if in_flight:
          finish(in_flight)
          in_flight = None
        if picker and demo_rows:  # its demos, as if fetched
          picker.add_demos(rows.start, result["exact"], result["score"])
        collect(result)
        continue
      arrays = [getattr(samples, f)[rows] for f in fields]
      try:
        flight = (batch_key, arrays, rows.start, count, demo_rows,
                  self._dispatch(step, arrays, count, demo_rows, size))
      except Exception as error:  # pylint: disable=broad-except
        if not is_out_of_memory(error):
          raise
        flight = None
      if in_flight:
        finish(in_flight)
      if flight is None:  # did not fit next to the batch in flight
        finish((batch_key, arrays, rows.start, count, demo_rows, None))
      in_flight = flight
    if in_flight:
      finish(in_flight)
    return parts

  def run_chunks(self, chunks: Sequence[Tuple[int, Callable, int]], batch: mb.MegaBatch,
                 progress: Optional[Callable[[], None]] = None,
                 pickers: Optional[Callable[[int], Picker]] = None,
                 ) -> Iterator[Tuple[int, ChunkResults]]:
    """Yields (index, results) per (index, batt, num_programs), compiling ahead.

    `pickers(index)`, if given, makes the chunk's `Picker` when it runs.
    """
    size = self.batch_rows(batch)
    pending: Dict[int, futures.Future] = {}
    with compile_pool.pool(self.compile_workers) as pool:
      def submit(k: int) -> None:
        if k < len(chunks) and k not in pending:
          with compile_pool.foreground():  # tracing needs the GIL
            step, lowered = self.lower_step(chunks[k][1], size)
          opts = compiler_options(self.devices)
          pending[k] = pool.submit(lambda: (step, lowered.compile(compiler_options=opts)))

      try:
        for k, (index, _, num_programs) in enumerate(chunks):
          for ahead in range(k, k + self.compile_ahead):
            submit(ahead)
          step, executable = pending.pop(k).result()
          picker = pickers(index) if pickers else None
          yield index, self.run_compiled(index, step, executable, batch, num_programs, progress,
                                         picker)
      finally:  # stopped early (time budget): drop the compiles not yet started
        for future in pending.values():
          future.cancel()

  def run_compiled(self, index: int, step, executable, batch: mb.MegaBatch, num_programs: int,
                   progress: Optional[Callable[[], None]] = None,
                   picker: Optional[Picker] = None) -> ChunkResults:
    """Runs a chunk whose (step, executable) came from `compile_step(batt, batch_rows(batch))`.

    Lets callers (the benchmark) compile every chunk first and time running
    them apart from compiling.
    """
    size = self.batch_rows(batch)
    self._executables.clear()  # executables belong to one chunk's batt
    self._executables[tuple(x.shape for x in self._shaped_example(size))] = executable
    return self._run_compiled(index, step, batch, num_programs, size, progress, picker)

  def run_chunk(self, index: int, batt: Callable, batch: mb.MegaBatch, num_programs: int,
                progress: Optional[Callable[[], None]] = None,
                picker: Optional[Picker] = None) -> ChunkResults:
    self._executables.clear()  # executables belong to one chunk's batt
    step = make_step(batt, self.devices)
    return self._run_compiled(index, step, batch, num_programs, self.batch_rows(batch), progress,
                              picker)

  def _run_compiled(self, index: int, step, batch: mb.MegaBatch, num_programs: int,
                    size: int, progress: Optional[Callable[[], None]],
                    picker: Optional[Picker] = None) -> ChunkResults:
    parts = self._batches(index, step, batch, size, progress, picker)
    p = num_programs
    c = picker.size if picker else p  # candidates kept per test row
    empty = {"exact": ((0, p), bool), "score": ((0, p), np.float32),
             "cells": ((0, c, mb.S, mb.S), np.int8), "hw": ((0, c, 2), np.int32),
             "valid": ((0, c), bool), "slots": ((0, c), np.int32)}
    out = {name: np.concatenate(values) if values else np.zeros(*empty[name])
           for name, values in parts.items()}
    return ChunkResults(demo_exact=out["exact"], demo_cells=out["score"],
                        test_cells=out["cells"], test_hw=out["hw"], test_valid=out["valid"],
                        test_slots=out.get("slots"))

  def batches_per_chunk(self, batch: mb.MegaBatch) -> int:
    return len(mb.batches(len(batch.demo) + len(batch.test), self.batch_rows(batch)))
