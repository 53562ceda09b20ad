"""Compiles a nodewise plan's missing executables in worker processes.

Lowering is Python, so in one process it is one thread: the whole library's
485 executables lower in 56 s on the 2-core CPU, and took 140 s on a 16-CPU
H100 host with XLA compiling on the other threads (2026-11-28, slot
compaction on), the cold compile's critical path. Here `processes` spawned
workers each lower and compile a share of the executables and write them to
the executable cache (`executable_cache.py`); `NodewiseStep.compile` then
loads every one of them, tracing nothing, as in a warm start.

A kernel's argument types must be known before anything is lowered, and the
in-process path learns them by lowering the kernels before it. Here they come
from the graph's node types (`nodewise.node_types`): every array-valued node
has one of the encoded types, whose shapes are fixed (`encoding.invalid`),
broadcast to [devices, rows]. A prediction that is wrong only costs time: the
parent's key, chained from the cached result types, then misses the cache
and that executable is made in the parent as before. `Stats.mismatched`
counts them.

    stats = compile_workers.compile_plan(step, rows, processes=16)
    step.compile(rows)  # loads what the workers wrote
"""

from __future__ import annotations

from concurrent import futures
import dataclasses
import multiprocessing
import os
import time
from typing import Any, Dict, List, Optional, Sequence, Tuple

from absl import logging
import jax

from batt_jax.dsl import encoding
from batt_jax.dsl import types as T
from batt_jax.dsl.jax import slots
from batt_jax.runtime import compile_pool
from batt_jax.runtime import executable_cache
from batt_jax.runtime import nodewise
from batt_jax.runtime import reference_pool
from batt_jax.runtime.coordinator import compiler_options

# Below this many missing executables, starting the workers (each imports jax
# and opens the devices: seconds) costs more than it saves.
MIN_EXECUTABLES = 24


@dataclasses.dataclass
class Stats:
  """What a `compile_plan` call did.

  Attributes:
    missing: executables neither in this process nor in the executable cache.
    compiled: of those, compiled and written by the workers.
    mismatched: compiled, but whose result types differed from the ones
      predicted from the node types (the parent makes their consumers itself).
    processes: worker processes started (0: none was needed).
    seconds: wall time, from starting the workers to the last compile.
    slowest: the executables that took longest to lower and compile in a
      worker, (kernel tree described, seconds), slowest first (at most
      `nodewise.SLOWEST`).
  """
  missing: int = 0
  compiled: int = 0
  mismatched: int = 0
  processes: int = 0
  seconds: float = 0.0
  slowest: List[Tuple[str, float]] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class Job:
  """One executable for a worker: what `NodewiseStep` would lower, and its cache key."""
  name: str
  tree: nodewise.Tree  # a step's tree or a group's (`nodewise.Call.kernel`)
  args: Tuple[Any, ...]  # ShapeDtypeStruct pytrees
  key_text: str
  predicted: str  # the result types expected, as `executable_cache.signature_text`
  size: int  # the tree's calls: big trees first, so that the slowest start early


def _tree_size(tree: nodewise.Tree) -> int:
  if nodewise.has_members(tree):
    return sum(_tree_size(member) for member, _ in tree[1])
  return 1 + sum(_tree_size(t) for t in tree[2]) if tree[0] == "call" else 1


def _type_spec(t: T.Type, n: int, rows: int) -> Optional[Any]:
  """The encoded value of type `t` over [n, rows], as ShapeDtypeStructs (None: unknown)."""
  if not isinstance(t, T.Base) or t.name not in encoding.ENCODED:
    return None
  return nodewise._spec(nodewise._broadcast(encoding.invalid(t.name), n, rows))  # pylint: disable=protected-access


def _signature_text(spec: Any) -> str:
  return executable_cache.signature_text(nodewise._signature([spec]))  # pylint: disable=protected-access


def jobs(step: nodewise.NodewiseStep, rows: int, include_made: bool = False) -> List[Job]:
  """The plan's executables for [devices, rows] batches not yet in memory or on disk
  (with `include_made`, all of them)."""
  n = len(step.devices)
  devices = tuple(step.devices)
  options = compiler_options(step.devices)
  specs = step.leaf_specs(rows)
  types = nodewise.node_types(step.graph)
  out: Dict[str, Job] = {}
  for call in step.calls:
    results = [_type_spec(types[node], n, rows) for node in call.nodes]
    spec = tuple(results) if nodewise.has_members(call.kernel) else results[0]
    args = [specs.get((o.kind, o.ref)) for o in call.leaves]
    for node, result in zip(call.nodes, results):
      if result is not None:
        specs[("node", node)] = result
    if any(a is None for a in args):
      continue  # an argument's type is unknown: the parent makes it
    signature = nodewise._signature(args)  # pylint: disable=protected-access
    if not include_made and (call.kernel, devices, signature) in nodewise._EXECUTABLES:  # pylint: disable=protected-access
      continue
    name = nodewise.kernel_name(call.kernel)
    text = executable_cache.key_text(call.kernel, signature, devices, options)
    if text in out or (not include_made
                       and os.path.exists(executable_cache.path_for(name, text))):
      continue
    out[text] = Job(name, call.kernel, tuple(args), text, _signature_text(spec),
                    _tree_size(call.kernel))
  return sorted(out.values(), key=lambda job: -job.size)


# --------------------------------------------------------------------------
# The workers.

_worker_devices: List[Any] = []
_worker_options: Optional[dict] = None


def _start_worker(directory: str, device_ids: Sequence[int], compact: str,
                  niceness: int, options: Optional[dict]) -> None:
  """Worker initializer: the parent's cache, devices, compaction and XLA
  options; below its priority.

  The options are the parent's, not `compiler_options` called here: an
  executable is saved under a key naming the parent's options, and a parent
  that changed them (a probe turning command buffers off) would otherwise
  load executables compiled with others.
  """
  global _worker_devices, _worker_options
  try:
    os.nice(niceness)
  except OSError:
    pass
  slots.set_mode(compact)
  executable_cache.enable(directory)
  by_id = {d.id: d for d in jax.devices()}
  _worker_devices = [by_id[i] for i in device_ids]
  _worker_options = options


def _compile(job: Job) -> Tuple[str, bool, float]:
  """In a worker: lowers, compiles and saves `job`; (key text, result types as predicted, s)."""
  start = time.perf_counter()
  lowered = nodewise.kernel(job.tree, _worker_devices).lower(*job.args)
  executable = lowered.compile(compiler_options=_worker_options)
  out_spec = nodewise._spec(lowered.out_info)  # pylint: disable=protected-access
  executable_cache.save(job.name, job.key_text, executable, out_spec)
  return job.key_text, _signature_text(out_spec) == job.predicted, time.perf_counter() - start


def compile_plan(step: nodewise.NodewiseStep, rows: int, processes: int) -> Stats:
  """Makes the plan's missing executables for [devices, rows] in `processes` workers.

  A no-op (Stats.processes == 0) when the executable cache is off, fewer
  than MIN_EXECUTABLES are missing, or `processes` < 2. A job that fails in
  a worker is logged and left to the parent, as is all that is left when a
  worker dies.
  """
  directory = executable_cache.directory()
  if not directory or processes < 2:
    return Stats()
  todo = jobs(step, rows)
  stats = Stats(missing=len(todo))
  if len(todo) < MIN_EXECUTABLES:
    return stats
  stats.processes = min(processes, len(todo))
  start = time.perf_counter()
  took: List[Tuple[str, float]] = []
  # Workers compile for the parent's devices but hold no arrays there.
  with reference_pool.child_environment({"XLA_PYTHON_CLIENT_PREALLOCATE": "false"}):
    context = multiprocessing.get_context("spawn")
    with futures.ProcessPoolExecutor(
        stats.processes, mp_context=context, initializer=_start_worker,
        initargs=(directory, [d.id for d in step.devices],
                  "on" if slots.enabled() else "off", compile_pool.LIBRARY,
                  compiler_options(step.devices))) as pool:
      for job, future in [(job, pool.submit(_compile, job)) for job in todo]:
        try:
          _, as_predicted, seconds = future.result()
          stats.compiled += 1
          stats.mismatched += int(not as_predicted)
          took.append((nodewise.describe(job.tree), seconds))
        except futures.BrokenExecutor as error:
          logging.warning("compile workers: a worker died (%s); the rest is compiled here. "
                          "If the main script has no `if __name__ == \"__main__\":` guard, "
                          "add one: each spawned worker imports it", error)
          break
        except Exception as error:  # pylint: disable=broad-except
          logging.warning("compile worker: %s failed (%s); compiling it here",
                          nodewise.describe(job.tree)[:200], error)
  stats.seconds = time.perf_counter() - start
  stats.slowest = sorted(took, key=lambda x: -x[1])[:nodewise.SLOWEST]
  logging.info("compile workers: %d of %d missing executables compiled in %d processes "
               "in %.1fs (%d with result types other than predicted)", stats.compiled,
               stats.missing, stats.processes, stats.seconds, stats.mismatched)
  return stats
