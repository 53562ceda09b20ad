"""The benchmark's stages, in order, each adding its figures to one results dict.

    results = harness.run(harness.Config(spec=workload.Spec(count=20)))

Stages: the reference interpreter on a sample of pairs; the compiled path
(cold compile into a fresh persistent cache, steady-state throughput, peak
memory, then end to end with the cache warm); then the optional sweeps over
batch size, number of programs and number of devices. `on_stage` sees the
results after every stage, so a run cut short still leaves its figures.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import importlib.metadata
import os
import platform
import socket
import subprocess
import tempfile
import time
from typing import Callable, Iterator, List, Optional, Sequence, Tuple

from absl import logging
import jax
from jax.experimental.compilation_cache import compilation_cache

from batt_jax.bench import measure
from batt_jax.bench import parity
from batt_jax.bench import workload
from batt_jax.runtime import compile_cache
from batt_jax.runtime import coordinator as coordinator_lib
from batt_jax.runtime import engine
from batt_jax.runtime import executable_cache
from batt_jax.runtime import nodewise
from batt_jax.runtime.coordinator import Coordinator


@dataclasses.dataclass(frozen=True)
class Config:
  """One benchmark run.

  Attributes:
    spec: the workload.
    batch_size: samples per compiled call, split over the devices.
    execution: "fused" (one executable per chunk) or "nodewise" (one per
      distinct call, run node by node).
    profile_kernels: nodewise: one more run timing every kernel call.
    devices: local devices to use (0: all).
    measure_workload: the main measurement (cold compile, run, warm end to
      end) on `devices`; off, only the reference and the sweeps run.
    reference_pairs: (program, sample) pairs timed on the reference interpreter.
    repeats: timed runs of the whole workload (the median is reported).
    sweep_repeats: timed runs per sweep point.
    sweep_batch_sizes: batch sizes to sweep (empty: no sweep).
    sweep_mutations: mutations per library program to sweep (programs axis).
    sweep_devices: device counts to sweep (those above the local count are skipped).
    compile_processes: nodewise: worker processes compiling what the
      executable cache lacks (`compile_workers`; None: the coordinator's
      default, one per host CPU on accelerators and none on the CPU).
    dispatch_threads: nodewise: host threads calling a run's kernels.
    chain_nodes: nodewise: which nodes read by one kernel call alone are fused
      into it ("auto", "off", "plain", "all"; auto: all on accelerators,
      off on the CPU).
    group_steps: nodewise: at most how many independent steps run as one
      executable ("auto" or a positive integer: `nodewise.group_size`).
    stack_steps: nodewise: whether a level's steps of one kernel tree run as
      one computation ("off" or "on": `nodewise.stack_mode`).
    reference_answers: processes running the reference interpreter over the
      whole workload for its answers' digest (`measure.reference_answers`;
      0: not), to set beside the devices'.
    parity_tasks: after the throughput, compare the devices' values with the
      CPU's on this many of the workload's tasks (`parity.check`; 0: not;
      None: `parity.task_count`'s default, 40 on accelerators, none on the CPU).
  """
  spec: workload.Spec = workload.Spec()
  batch_size: int = 256
  execution: str = "fused"
  profile_kernels: bool = False
  devices: int = 0
  measure_workload: bool = True
  reference_pairs: int = 2000
  repeats: int = 3
  sweep_repeats: int = 3
  sweep_batch_sizes: Tuple[int, ...] = ()
  sweep_mutations: Tuple[int, ...] = ()
  sweep_devices: Tuple[int, ...] = ()
  compile_processes: Optional[int] = None
  dispatch_threads: int = 1
  chain_nodes: str = "auto"
  group_steps: str = "auto"
  stack_steps: str = "off"
  parity_tasks: Optional[int] = None
  reference_answers: int = 0


def _git_commit() -> Optional[str]:
  try:
    return subprocess.run(["git", "describe", "--always", "--dirty"], capture_output=True,
                          text=True, check=True, timeout=10,
                          cwd=os.path.dirname(__file__)).stdout.strip() or None
  except Exception:  # pylint: disable=broad-except
    return None  # not a git checkout (e.g. a copied source tree)


def _version(package: str) -> Optional[str]:
  try:
    return importlib.metadata.version(package)
  except importlib.metadata.PackageNotFoundError:
    return None


def environment(devices: Sequence) -> dict:
  """Where the figures were measured."""
  return {
      "device_kind": devices[0].device_kind, "platform": devices[0].platform,
      "device_count": len(devices), "local_device_count": jax.local_device_count(),
      "jax_version": jax.__version__, "jaxlib_version": _version("jaxlib"),
      "python_version": platform.python_version(), "host": socket.gethostname(),
      "host_cpus": os.cpu_count(), "git_commit": _git_commit(),
      "time_utc": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
      # Every option the executables were compiled with (--xla_options included).
      "compiler_options": {k: str(v) for k, v in
                           (coordinator_lib.compiler_options(devices) or {}).items()},
  }


def select_devices(count: int) -> List:
  """The first `count` local devices (0: all of them)."""
  local = jax.local_devices()
  if count > len(local):
    raise ValueError(f"--devices={count} but only {len(local)} local devices")
  return local[:count] if count else local


@contextlib.contextmanager
def fresh_compile_cache() -> Iterator[str]:
  """Persistent caches (compilation, executables) in a new temporary directory, restored after."""
  previous = getattr(jax.config, "jax_compilation_cache_dir", None)
  previous_executables = executable_cache.directory()
  with tempfile.TemporaryDirectory(prefix="batt_bench_cache_") as directory:
    compile_cache.enable(directory)
    compilation_cache.reset_cache()  # jax initialises its cache once: point it here
    try:
      yield directory
    finally:
      jax.config.update("jax_compilation_cache_dir", previous)
      compilation_cache.reset_cache()
      executable_cache.enable(previous_executables)


def _coordinator(config: Config, batch_size: int, devices: Sequence) -> Coordinator:
  """The coordinator of `config.execution`."""
  return engine.make_coordinator(config.execution, batch_size, devices=devices,
                                 compile_processes=config.compile_processes,
                                 dispatch_threads=config.dispatch_threads,
                                 chain_nodes=config.chain_nodes,
                                 group_steps=config.group_steps,
                                 stack_steps=config.stack_steps)


def _compiled_path(config: Config, work: workload.Workload, devices: Sequence,
                   results: dict, on_stage: Callable[[dict], None]) -> None:
  """Cold compile, steady-state throughput, memory, then end to end with a warm cache."""
  coordinator = _coordinator(config, config.batch_size, devices)
  # Cold as in a fresh process: nothing made earlier in this one is reused either.
  jax.clear_caches()
  nodewise.clear_caches()
  cold = measure.compile_chunks(work, coordinator, work.batch)
  run = measure.throughput(cold, coordinator, work.batch, work.candidates, config.repeats,
                           warmup=True)
  jax_results = {"execution": config.execution, "cold_compile": cold.timings(), "run": run,
                 "answers": measure.answers(cold, coordinator, work,
                                            confirm_answers=devices[0].platform != "cpu"),
                 "halvings": coordinator.halvings}
  if config.profile_kernels and config.execution == "nodewise":
    jax_results["kernel_profile"] = measure.profile_kernels(cold, coordinator, work.batch)
  parity_tasks = parity.task_count(config.parity_tasks, devices)
  if parity_tasks:
    check = jax_results["parity"] = parity.check(
        work, cold, coordinator, parity_tasks, compile_processes=config.compile_processes)
    logging.info("parity: %d of %d programs differ from the CPU on %d tasks",
                 check["programs_differing"], check["programs"], check["tasks"])
  del cold  # its executables: the warm pass must get its own
  results["jax"] = jax_results
  results["memory"] = measure.peak_memory(devices)
  reference_rate = results["reference"]["evaluations_per_s"]
  results["jax_over_reference"] = run["evaluations_per_s"] / reference_rate
  on_stage(results)

  # End to end as a second process would see it: fresh programs, fresh
  # executables, only the persistent caches kept (nodewise: the executable
  # cache, so nothing is traced either).
  jax.clear_caches()
  nodewise.clear_caches()  # its executables too: only the persistent caches are kept
  start = time.perf_counter()
  again = workload.build(work.spec, work.tasks)
  warm = measure.compile_chunks(again, coordinator, again.batch)
  run_s = measure.run_once(warm, coordinator, again.batch)
  jax_results["end_to_end_warm"] = {"build_s": again.build_s, "compile_s": warm.total_s,
                                    "run_s": run_s, "total_s": time.perf_counter() - start}
  jax_results["warm_compile"] = warm.timings()
  on_stage(results)


def _point(coordinator: Coordinator, work: workload.Workload, repeats: int) -> dict:
  """One sweep point: compile `work` for `coordinator`, run its batches filled to size."""
  batch = workload.filled(work.batch, coordinator.batch_size)
  compiled = measure.compile_chunks(work, coordinator, batch)
  out = measure.throughput(compiled, coordinator, batch, work.candidates, repeats, warmup=True)
  out.update(compile_s=compiled.total_s, candidates=work.candidates,
             devices=len(coordinator.devices), batch_size=coordinator.batch_size,
             halvings=coordinator.halvings,
             # Cumulative since the process started: grows with the sweep.
             peak_bytes_in_use=measure.peak_memory(coordinator.devices)["peak_bytes_in_use"])
  return out


def sweep_batch_sizes(config: Config, work: workload.Workload,
                      devices: Sequence) -> Iterator[dict]:
  for size in config.sweep_batch_sizes:
    yield _point(_coordinator(config, size, devices), work, config.sweep_repeats)


def sweep_mutations(config: Config, work: workload.Workload,
                    devices: Sequence) -> Iterator[dict]:
  for mutations in config.sweep_mutations:
    variant = workload.build(dataclasses.replace(work.spec, mutations=mutations), work.tasks)
    point = _point(_coordinator(config, config.batch_size, devices), variant,
                   config.sweep_repeats)
    point.update(mutations=mutations, chunks=len(variant.built.chunks))
    yield point


def sweep_devices(config: Config, work: workload.Workload) -> Iterator[dict]:
  local = jax.local_devices()
  for count in config.sweep_devices:
    if count > len(local):
      logging.warning("sweep_devices: skipping %d (only %d local devices)", count, len(local))
      continue
    yield _point(_coordinator(config, config.batch_size, local[:count]), work,
                 config.sweep_repeats)


def run(config: Config, flags: Optional[dict] = None,
        on_stage: Callable[[dict], None] = lambda results: None) -> dict:
  """Runs every stage of `config`; returns (and shows `on_stage`) the results so far."""
  devices = select_devices(config.devices)
  results = {"environment": environment(devices), "flags": flags or {},
             "config": {"batch_size": config.batch_size, "execution": config.execution,
                        "repeats": config.repeats,
                        "sweep_repeats": config.sweep_repeats,
                        "reference_pairs": config.reference_pairs,
                        "spec": dataclasses.asdict(config.spec)},
             "sweeps": {}}
  tasks = workload.load_tasks(config.spec)
  with fresh_compile_cache():
    work = workload.build(config.spec, tasks)
    results["workload"] = work.describe()
    results["reference"] = measure.reference(work, config.reference_pairs, config.spec.seed)
    if config.reference_answers:
      results["reference"]["answers"] = measure.reference_answers(work, config.reference_answers)
    on_stage(results)
    if config.measure_workload:
      _compiled_path(config, work, devices, results, on_stage)
    sweeps = (("batch_size", config.sweep_batch_sizes, sweep_batch_sizes(config, work, devices)),
              ("programs", config.sweep_mutations, sweep_mutations(config, work, devices)),
              ("devices", config.sweep_devices, sweep_devices(config, work)))
    for name, values, points in sweeps:  # generators: nothing runs unless asked
      if values:
        logging.info("sweep over %s: %s", name, list(values))
        results["sweeps"][name] = []
        for point in points:  # reported point by point: a cut run keeps its points
          results["sweeps"][name].append(point)
          on_stage(results)
  results["memory_end"] = measure.peak_memory(devices)
  on_stage(results)
  return results
