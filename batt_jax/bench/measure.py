"""Timed measurements: the reference interpreter, compiling chunks, running them.

Every function times one thing and returns plain numbers (seconds, rates), so
the harness can put them straight into the report.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import statistics
import time
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from absl import logging
import numpy as np

import codegen
from batt_jax.bench import op_profile
from batt_jax.bench.workload import Workload
from batt_jax.dsl import encoding
from batt_jax.runtime import compile_pool
from batt_jax.runtime import confirm
from batt_jax.runtime import engine
from batt_jax.runtime import megabatch as mb
from batt_jax.runtime import nodewise
from batt_jax.runtime import reference_pool
from batt_jax.runtime import results
from batt_jax.runtime.coordinator import Coordinator, Picker, compiler_options


def rates(evaluations: int, samples: int, seconds: float) -> dict:
  """Throughput figures of `evaluations` (program, sample) pairs over `samples` in `seconds`."""
  seconds = max(seconds, 1e-9)
  return {"evaluations_per_s": evaluations / seconds,
          "ms_per_sample": 1000 * seconds / max(samples, 1)}


def _input_grids(batch: mb.MegaBatch) -> List[tuple]:
  """Every input grid of the mega-batch (demo then test), as reference values."""
  grids = []
  for samples in (batch.demo, batch.test):
    for k in range(len(samples)):
      grid = encoding.Grid(cells=samples.cells[k], hw=samples.hw[k], valid=True)
      grids.append(encoding.decode(grid, "Grid"))
  return grids


def reference(work: Workload, pairs: int, seed: int) -> dict:
  """The reference interpreter on `pairs` random (program, sample) pairs, one core.

  The rate is scaled to the whole workload: `workload_s` is the time the
  standard mode would take for every pair, `ms_per_sample` the time for every
  candidate on one input grid.
  """
  grids = _input_grids(work.batch)
  candidates = work.built.candidates
  rng = np.random.default_rng(seed)
  pairs = min(pairs, work.evaluations)
  chosen = rng.choice(work.evaluations, size=pairs, replace=False)
  start = time.perf_counter()
  for flat in chosen:
    program, sample = divmod(int(flat), len(grids))
    codegen.run_reference(candidates[program], grids[sample])
  seconds = time.perf_counter() - start
  rate = pairs / max(seconds, 1e-9)
  logging.info("reference: %d pairs in %.2fs (%.0f evaluations/s)", pairs, seconds, rate)
  return {"pairs": pairs, "seconds": seconds, "evaluations_per_s": rate,
          "ms_per_sample": 1000 * work.candidates / rate,
          "workload_s": work.evaluations / rate}


@dataclasses.dataclass
class Compiled:
  """Every chunk of a workload compiled for one coordinator and batch.

  Attributes:
    steps: [(index, step, executable, num_programs)] per chunk.
    lower_s: seconds tracing and lowering (main thread, sequential).
    compile_s: wall seconds compiling them on the thread pool (or loading
      them from the persistent cache).
    kernels: nodewise only: distinct kernels (call trees, or groups of them)
      over the chunks.
    calls: nodewise only: executable calls per batch over the chunks (plan
      steps, or groups of them).
    steps: nodewise only: plan steps per batch over the chunks.
    chain_nodes: nodewise only: how nodes were chained (`nodewise.CHAIN_MODES`).
    group_steps: nodewise only: at most how many steps an executable ran
      (`nodewise.group_size`).
    stack_steps: nodewise only: whether steps of one tree ran stacked
      (`nodewise.stack_mode`).
    executables: nodewise only: executables compiled (kernels x argument types).
    loaded: nodewise only: executables loaded from the executable cache
      (neither traced nor compiled).
    load_s: nodewise only: seconds reading and loading those.
    slowest: nodewise only: the executables XLA took longest to compile,
      (kernel, seconds), slowest first.
    worker_processes, worker_compiled, workers_s: nodewise only: the
      processes that compiled executables first (`compile_workers`), how
      many, in how many wall seconds (then loaded: counted in `loaded`).
    pickers: chunk index -> its `coordinator.Picker`, as the engine runs
      chunks: only the test candidates the shortlists can take are copied.
  """
  steps: List[Tuple[int, object, object, int]]
  lower_s: float
  compile_s: float
  kernels: Optional[int] = None
  calls: Optional[int] = None
  plan_steps: Optional[int] = None
  chain_nodes: Optional[str] = None
  group_steps: Optional[int] = None
  stack_steps: Optional[bool] = None
  executables: Optional[int] = None
  loaded: Optional[int] = None
  load_s: float = 0.0
  slowest: List[Tuple[str, float]] = dataclasses.field(default_factory=list)
  worker_processes: int = 0
  worker_compiled: int = 0
  workers_s: float = 0.0
  pickers: Optional[Callable[[int], Picker]] = None

  @property
  def total_s(self) -> float:
    return self.workers_s + self.lower_s + self.load_s + self.compile_s

  def timings(self) -> dict:
    out = {"lower_s": self.lower_s, "compile_s": self.compile_s, "total_s": self.total_s,
           "chunks": len(self.steps)}
    if self.kernels is not None:
      out.update(kernels=self.kernels, calls=self.calls, steps=self.plan_steps,
                 chain_nodes=self.chain_nodes, group_steps=self.group_steps,
                 stack_steps=self.stack_steps, executables=self.executables, loaded=self.loaded,
                 load_s=self.load_s, worker_processes=self.worker_processes,
                 worker_compiled=self.worker_compiled, workers_s=self.workers_s,
                 slowest=[{"kernel": k, "seconds": s} for k, s in self.slowest])
    return out


def compile_chunks(work: Workload, coordinator: Coordinator, batch: mb.MegaBatch) -> Compiled:
  """Lowers every chunk here and compiles them on a pool, as `run_chunks` does."""
  compiled = _compile_chunks(work, coordinator, batch)
  # As `engine.run` runs chunks.
  compiled.pickers = engine.shortlist_pickers(results.Accumulator(work.tasks, batch), work.built,
                                              {p.name: p for p in work.built.candidates})
  return compiled


def _compile_chunks(work: Workload, coordinator: Coordinator, batch: mb.MegaBatch) -> Compiled:
  size = coordinator.batch_rows(batch)
  if isinstance(coordinator, nodewise.NodewiseCoordinator):
    return _compile_graphs(work, coordinator, size)
  start = time.perf_counter()
  lowered = [coordinator.lower_step(chunk.batt, size) for chunk in work.built.chunks]
  lower_s = time.perf_counter() - start
  options = compiler_options(coordinator.devices)
  start = time.perf_counter()
  with compile_pool.pool(coordinator.compile_workers) as pool:
    executables = list(pool.map(lambda sl: sl[1].compile(compiler_options=options), lowered))
  compile_s = time.perf_counter() - start
  steps = [(chunk.index, step, executable, len(chunk.program_ids))
           for chunk, (step, _), executable in zip(work.built.chunks, lowered, executables)]
  logging.info("compiled %d chunks for batches of %d on %d device(s): lower %.1fs, "
               "compile %.1fs", len(steps), size, len(coordinator.devices), lower_s, compile_s)
  return Compiled(steps, lower_s, compile_s)


def _compile_graphs(work: Workload, coordinator: nodewise.NodewiseCoordinator,
                   size: int) -> Compiled:
  """Nodewise: every kernel of every chunk's graph, lowered here, compiled on a pool."""
  steps = []
  for chunk, graph in zip(work.built.chunks, nodewise.chunk_graphs(work.built)):
    step, executable = coordinator.compile_step(graph, size)
    steps.append((chunk.index, step, executable, len(chunk.program_ids)))
  stats = coordinator.compile_stats[-len(steps):]
  kernels = len({c.kernel for _, step, _, _ in steps for c in step.calls})
  out = Compiled(steps, sum(s.lower_s for s in stats), sum(s.compile_s for s in stats),
                 kernels=kernels, calls=sum(len(step.calls) for _, step, _, _ in steps),
                 plan_steps=sum(len(step.plan.steps) for _, step, _, _ in steps),
                 chain_nodes=coordinator.chain_nodes, group_steps=coordinator.group_steps,
                 stack_steps=coordinator.stack_steps, executables=sum(s.compiled for s in stats),
                 loaded=sum(s.loaded for s in stats), load_s=sum(s.load_s for s in stats),
                 slowest=sorted((x for s in stats for x in s.slowest),
                                key=lambda x: -x[1])[:nodewise.SLOWEST],
                 worker_processes=max((s.worker_processes for s in stats), default=0),
                 worker_compiled=sum(s.worker_compiled for s in stats),
                 workers_s=sum(s.workers_s for s in stats))
  logging.info("nodewise: %d chunks for batches of %d on %d device(s): %d kernels, %d calls "
               "of %d steps (chains: %s, groups of at most %d), %d executables compiled, %d "
               "loaded (%d compiled by %d worker processes in %.1fs); lower %.1fs, load %.1fs, "
               "compile %.1fs", len(steps), size, len(coordinator.devices), kernels, out.calls,
               out.plan_steps, out.chain_nodes, out.group_steps, out.executables,
               out.loaded,
               out.worker_compiled, out.worker_processes, out.workers_s, out.lower_s,
               out.load_s, out.compile_s)
  return out


def profile_kernels(compiled: Compiled, coordinator: nodewise.NodewiseCoordinator,
                    batch: mb.MegaBatch, count: int = 20) -> dict:
  """One run timing every kernel call (blocking on it): the `count` costliest kernels.

  Then one plain run under the profiler: its device time by XLA operation
  (`ops`, see `op_profile`; an error text there if the trace could not be read).
  """
  coordinator.timings.clear()
  for _, step, _, _ in compiled.steps:
    step.profile = True
  try:
    seconds = run_once(compiled, coordinator, batch)
  finally:
    for _, step, _, _ in compiled.steps:
      step.profile = False
  kernel_s = sum(s for s, _ in coordinator.timings.values())
  # Every kernel, summed by its outermost primitive (`mapply(...)` -> mapply):
  # where the whole run goes, not just its top kernels. A group of steps
  # (`nodewise.calls`, "[a(_); b(_)]") is timed as one: per primitive with
  # group_steps 1.
  by_primitive: Dict[str, List[float]] = {}
  for name, (s, calls) in coordinator.timings.items():
    head = "(groups of steps)" if name.startswith("[") else name.split("(")[0]
    entry = by_primitive.setdefault(head, [0.0, 0, 0])
    entry[0] += s
    entry[1] += calls
    entry[2] += 1
  ranked = sorted(by_primitive.items(), key=lambda item: -item[1][0])
  coordinator.dispatch_s = 0.0
  try:
    ops = op_profile.trace(lambda: run_once(compiled, coordinator, batch))
    # Against the device's busy time: whether the host keeps it fed.
    ops["dispatch_s"] = coordinator.dispatch_s
  except (RuntimeError, ImportError, OSError) as e:  # the profile is extra: keep the rest
    logging.warning("op profile: %s", e)
    ops = {"error": str(e)}
  return {"ops": ops, "run_s": seconds, "kernel_s": kernel_s,
          "kernels_run": len(coordinator.timings),
          "top": [{"kernel": name, "seconds": s, "calls": calls}
                  for name, s, calls in coordinator.top_kernels(count)],
          "by_primitive": [{"primitive": head, "seconds": s, "calls": int(calls),
                            "kernels": int(kernels)} for head, (s, calls, kernels) in ranked]}


def run_once(compiled: Compiled, coordinator: Coordinator, batch: mb.MegaBatch) -> float:
  """Seconds to run every compiled chunk over every batch of `batch` (results fetched)."""
  start = time.perf_counter()
  for index, step, executable, num_programs in compiled.steps:
    picker = compiled.pickers(index) if compiled.pickers else None
    coordinator.run_compiled(index, step, executable, batch, num_programs, picker=picker)
  return time.perf_counter() - start


def _digest(accumulator: results.Accumulator) -> dict:
  """Tasks test-correct and the digest of the submission and the report."""
  report = accumulator.report()
  blob = json.dumps([accumulator.submission(), report], sort_keys=True, default=str)
  return {"test_correct": sum(1 for r in report.values() if r["test_correct"]),
          "sha256": hashlib.sha256(blob.encode()).hexdigest()}


def reference_answers(work: Workload, workers: int) -> dict:
  """What the reference interpreter answers on the whole workload (every
  program on every sample, `reference_pool` on `workers` processes), ranked
  and digested as `answers` does the devices': the same digest is the same
  submission and report, so it proves a device's answers end to end (the
  whole library on ARC-AGI-1 on 2 CPU processes: 13 min)."""
  accumulator = results.Accumulator(work.tasks, work.batch)
  candidates = {p.name: p for p in work.built.candidates}
  start = time.perf_counter()
  for index, chunk_results in reference_pool.chunks(
      [(c.index, [candidates[n] for n in c.program_ids]) for c in work.built.chunks],
      work.batch, workers):
    accumulator.add_chunk(chunk_results,
                          engine.program_infos(work.built.chunks[index], candidates))
  return {**_digest(accumulator), "workers": workers, "seconds": time.perf_counter() - start}


def answers(compiled: Compiled, coordinator: Coordinator, work: Workload,
            confirm_answers: bool = False) -> dict:
  """What a run answers, as the engine ranks it: the tasks whose test outputs
  it gets right, and a digest of the submission and the per-task report, so
  that two runs (two commits, two settings) can be shown to answer alike.
  With `confirm_answers`, then the reference's check of them
  (`confirm.confirm`): `device_faults`, the values it found wrong (the
  digest is of the devices' answers, before any correction)."""
  accumulator = results.Accumulator(work.tasks, work.batch)
  candidates = {p.name: p for p in work.built.candidates}
  pickers = engine.shortlist_pickers(accumulator, work.built, candidates)
  for index, step, executable, num_programs in compiled.steps:
    accumulator.add_chunk(coordinator.run_compiled(index, step, executable, work.batch,
                                                   num_programs, picker=pickers(index)),
                          engine.program_infos(work.built.chunks[index], candidates))
  out = _digest(accumulator)
  if confirm_answers:
    start = time.perf_counter()
    out.update(confirm.confirm(accumulator, candidates).summary(),
               confirm_s=time.perf_counter() - start)
  return out


def throughput(compiled: Compiled, coordinator: Coordinator, batch: mb.MegaBatch,
               candidates: int, repeats: int, warmup: bool = False) -> dict:
  """Steady-state run time (median of `repeats`) and rates over `batch`.

  With `warmup`, one run first, kept apart as `first_run_s`: a device's
  first run of new executables pays one-time costs (2 x H200: 5.26 s, then
  3.58 s; the whole library on one H200: 1.2-3.4 s, then 0.38-0.52 s), and
  taken into a median of three it made the median the slower steady run.
  """
  first = run_once(compiled, coordinator, batch) if warmup else None
  times = [run_once(compiled, coordinator, batch) for _ in range(max(1, repeats))]
  median = statistics.median(times)
  samples = len(batch.demo) + len(batch.test)
  out = {"times_s": times, "median_s": median, "first_run_s": first, "samples": samples,
         "evaluations": candidates * samples, "batch_rows": coordinator.batch_rows(batch),
         "batches_per_chunk": coordinator.batches_per_chunk(batch)}
  out.update(rates(candidates * samples, samples, median))
  logging.info("run: median %.3fs of %s: %.0f evaluations/s, %.3f ms/sample", median,
               ["%.3f" % t for t in times], out["evaluations_per_s"], out["ms_per_sample"])
  return out


def peak_memory(devices: Sequence) -> dict:
  """Peak bytes in use per device since the process started (null where unsupported)."""
  per_device: List[Optional[int]] = []
  for device in devices:
    try:
      stats = device.memory_stats()
    except Exception:  # pylint: disable=broad-except
      stats = None  # some backends raise instead of returning None
    per_device.append(int(stats["peak_bytes_in_use"])
                      if stats and "peak_bytes_in_use" in stats else None)
  known = [b for b in per_device if b is not None]
  return {"peak_bytes_in_use": max(known) if known else None, "per_device": per_device}
