"""What the bench's devices computed, against the CPU, on a sample of its tasks.

The DSL's parity with the reference interpreter is proven on the CPU (the
parity suites, `library.crosscheck`). An accelerator runs other code, which
XLA compiles for it, and on one H200 XLA miscompiled `connect` in some
executables (docs/BENCHMARKS.md, fourteenth and fifteenth sessions). `check` runs every chunk
on the bench's devices without a picker (every candidate copied back), runs
the same programs on the CPU over a sample of the tasks (nodewise, the CPU's
defaults), and compares the rows the two runs share: demo exactness and
scores, test validity, and the test candidates' grids where both are valid
(an invalid value's other fields mean nothing).
"""

from __future__ import annotations

import time
from typing import Dict, List, Optional, Sequence, Tuple

import jax
import numpy as np

from batt_jax.data.types import Task
from batt_jax.runtime import megabatch as mb
from batt_jax.runtime import nodewise
from batt_jax.runtime.coordinator import ChunkResults, Coordinator

# Programs listed in full in `check`'s result; the count covers the rest.
LISTED = 50
# Tasks checked by default on accelerators: 40 (140 demo and 45 test rows of
# ARC-AGI-1) took the CPU side 52-155 s on one H200 lease's 16 host CPUs
# (docs/BENCHMARKS.md, fifteenth session).
ACCELERATOR_TASKS = 40


def task_count(requested: Optional[int], devices: Sequence) -> int:
  """Tasks to check: `requested`, or by default ACCELERATOR_TASKS on
  accelerators and none on the CPU (where the check would compare the CPU
  with itself)."""
  if requested is not None:
    return requested
  return 0 if all(d.platform == "cpu" for d in devices) else ACCELERATOR_TASKS


def sample_tasks(tasks: Sequence[Task], count: int) -> List[Task]:
  """At most `count` of `tasks`, evenly spread over them (every k-th)."""
  step = max(1, -(-len(tasks) // max(count, 1)))
  return list(tasks[::step])[:count]


def _rows(samples: mb.SampleSet, task_ids: Sequence[str]) -> Dict[Tuple[str, int], int]:
  """(task id, pair index) -> row."""
  return {(task_ids[t], int(p)): i for i, (t, p) in enumerate(zip(samples.task, samples.pair))}


def _shared(whole: mb.SampleSet, whole_ids, part: mb.SampleSet, part_ids):
  """Rows of `whole` and of `part` that hold the same samples, in `part`'s order."""
  rows = _rows(whole, whole_ids)
  pairs = [(rows[key], i) for key, i in _rows(part, part_ids).items()]
  return (np.array([w for w, _ in pairs], np.int64), np.array([p for _, p in pairs], np.int64))


def shared_rows(batch: mb.MegaBatch, sample: mb.MegaBatch) -> Tuple[np.ndarray, ...]:
  """(demo rows of `batch`, of `sample`, test rows of `batch`, of `sample`)
  that hold the same samples, in `sample`'s order."""
  return (*_shared(batch.demo, batch.task_ids, sample.demo, sample.task_ids),
          *_shared(batch.test, batch.task_ids, sample.test, sample.task_ids))


def differences(device: ChunkResults, cpu: ChunkResults, rows: Tuple[np.ndarray, ...],
                program_ids: Sequence[str]) -> List[dict]:
  """The programs whose values differ on the rows the device's batch and the
  cpu's sample share (`shared_rows`): {"program", field: rows differing}, in
  program order."""
  demo_d, demo_c, test_d, test_c = rows
  both_valid = device.test_valid[test_d] & cpu.test_valid[test_c]  # [rows, P]
  wrong: Dict[str, np.ndarray] = {
      "demo_exact": device.demo_exact[demo_d] != cpu.demo_exact[demo_c],
      "demo_cells": device.demo_cells[demo_d] != cpu.demo_cells[demo_c],
      "test_valid": device.test_valid[test_d] != cpu.test_valid[test_c],
  }
  for field in ("test_hw", "test_cells"):
    a, b = getattr(device, field)[test_d], getattr(cpu, field)[test_c]
    differ = (a != b).reshape(a.shape[0], a.shape[1], -1).any(axis=-1)
    wrong[field] = differ & both_valid
  out = []
  for j, program in enumerate(program_ids):
    entry = {field: int(rows[:, j].sum()) for field, rows in wrong.items() if rows[:, j].any()}
    if entry:
      out.append({"program": program, **entry})
  return out


def check(work, compiled, coordinator: Coordinator, count: int,
          compile_processes: Optional[int] = 0) -> dict:
  """The device's values (`compiled` on `coordinator`, over `work.batch`)
  against the CPU's on `count` of `work`'s tasks (`sample_tasks`), the CPU's
  executables compiled by `compile_processes` workers (as
  `nodewise.NodewiseCoordinator`'s)."""
  start = time.perf_counter()
  device = {index: coordinator.run_compiled(index, step, executable, work.batch, programs)
            for index, step, executable, programs in compiled.steps}
  device_s = time.perf_counter() - start
  tasks = sample_tasks(work.tasks, count)
  sample = mb.build(tasks)
  rows = shared_rows(work.batch, sample)
  cpu = nodewise.NodewiseCoordinator(256, devices=jax.devices("cpu")[:1],
                                    compile_processes=compile_processes)
  differing: List[dict] = []
  programs = 0
  start = time.perf_counter()
  for chunk, graph in zip(work.built.chunks, nodewise.chunk_graphs(work.built)):
    on_cpu = cpu.run_chunk(chunk.index, graph, sample, len(chunk.program_ids))
    differing += differences(device[chunk.index], on_cpu, rows, chunk.program_ids)
    programs += len(chunk.program_ids)
  return {"tasks": len(tasks), "demo_rows": len(sample.demo), "test_rows": len(sample.test),
          "programs": programs, "programs_differing": len(differing),
          "differing": differing[:LISTED], "device_s": device_s,
          "cpu_s": time.perf_counter() - start}
