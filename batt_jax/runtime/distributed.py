"""One run over several processes (or hosts), through JAX's multi-process runtime.

    # process k of n (one per host, or several on one host):
    python -m batt_jax.run --num_processes=n --process_id=k \
        --coordinator_address=host0:12345 --shared_dir=/shared/run ...

Every process calls `jax.distributed.initialize` (process 0 hosts the
coordination service) and computes on its own local devices only. The tasks
are split deterministically, task i to process i % n, and each process runs
the whole library on its share with the ordinary engine (sharded over its
local devices). The split is by task, not by program: a task's ranking and
answers need every program's scores on its demos, so keeping whole tasks in
one process means nothing but final answers ever crosses processes, and no
compiled call has a collective in it.

Each process then writes its per-task results (report entries, submission
entries, its summary) as one JSON part in the shared directory, atomically,
and all meet at a barrier (`multihost_utils.sync_global_devices`, which works
on the CPU too). Process 0 reads the parts back and merges them, in the
original task order, into one `RunResult`: the same per-task report and
submission as a one-process run of the same tasks.

A process whose work fails still writes a part (holding the error) and
reaches the barrier, so the others never wait for it; process 0 then refuses
to merge and names the failed process.
"""

from __future__ import annotations

import dataclasses
import json
import os
import pathlib
import time
from typing import Dict, List, Optional, Sequence

from absl import logging
import jax
from jax.experimental import multihost_utils

from batt_jax.data.types import Task
from batt_jax.runtime import engine
from batt_jax.runtime.store import write_atomic

PART_FORMAT = "part-{:05d}.json"

# Summary fields and how parts combine into the whole run's value. Fields not
# listed are the same in every part (library sizes, backend) and are copied.
_SUMMED = ("tasks", "samples", "evaluations", "halvings", "devices", "confirmed_programs",
           "confirmed_attempts", "device_faults")
_FROM_REPORT = ("demo_solved", "test_known", "test_correct", "solved_by_transfer")


class DistributedError(RuntimeError):
  """A multi-process run could not be completed (bad flags, a failed process)."""


@dataclasses.dataclass(frozen=True)
class Cluster:
  """This process's place in a multi-process run."""
  process_id: int
  num_processes: int

  @property
  def is_leader(self) -> bool:
    return self.process_id == 0


def initialize(coordinator_address: Optional[str], num_processes: int, process_id: int,
               timeout_s: int = 300) -> Cluster:
  """Joins the run through `jax.distributed` (call before anything touches JAX devices).

  Args:
    coordinator_address: "host:port" of process 0's coordination service.
    num_processes: how many processes take part (> 1).
    process_id: this process, 0..num_processes-1.
    timeout_s: how long to wait for every process to join.

  Returns:
    The cluster. Raises DistributedError on inconsistent arguments.
  """
  if num_processes < 2:
    raise DistributedError(f"a multi-process run needs num_processes > 1, got {num_processes}")
  if not coordinator_address:
    raise DistributedError("a multi-process run needs --coordinator_address=host:port")
  if not 0 <= process_id < num_processes:
    raise DistributedError(f"process_id must be in [0, {num_processes}), got {process_id}")
  # Each process then computes on its local devices only (the coordinator
  # pmaps over `jax.local_devices()`); nothing is sharded across processes.
  jax.distributed.initialize(coordinator_address, num_processes, process_id,
                             initialization_timeout=timeout_s)
  logging.info("process %d of %d joined %s; local devices: %s", process_id, num_processes,
               coordinator_address, jax.local_devices())
  return Cluster(process_id, num_processes)


def shutdown() -> None:
  """Leaves the run; waits for the other processes to leave too."""
  jax.distributed.shutdown()


def share(tasks: Sequence[Task], process_id: int, num_processes: int) -> List[Task]:
  """This process's tasks: task i goes to process i % num_processes."""
  return list(tasks[process_id::num_processes])


def part_path(shared_dir: str, process_id: int) -> pathlib.Path:
  return pathlib.Path(shared_dir) / PART_FORMAT.format(process_id)


def write_part(shared_dir: str, cluster: Cluster, task_ids: Sequence[str],
               result: Optional[engine.RunResult], error: Optional[str] = None) -> None:
  """Writes this process's results (or its error) atomically to the shared directory."""
  part = {"process_id": cluster.process_id, "num_processes": cluster.num_processes,
          "task_ids": list(task_ids), "error": error,
          "result": dataclasses.asdict(result) if result is not None else None}
  write_atomic(part_path(shared_dir, cluster.process_id), json.dumps(part).encode())


def read_parts(shared_dir: str, tasks: Sequence[Task], num_processes: int,
               timeout_s: float = 60.0) -> List[dict]:
  """Every process's part, checked against the split it should hold.

  The files are all written before the barrier; waiting a little more covers
  shared filesystems that show a renamed file late.
  """
  deadline = time.monotonic() + timeout_s
  parts = []
  for process_id in range(num_processes):
    path = part_path(shared_dir, process_id)
    while not path.exists():
      if time.monotonic() > deadline:
        raise DistributedError(f"process {process_id} wrote no results to {path}")
      time.sleep(0.5)
    part = json.loads(path.read_text())
    if part.get("error"):
      raise DistributedError(f"process {process_id} failed: {part['error']}")
    want = [t.id for t in share(tasks, process_id, num_processes)]
    if part.get("num_processes") != num_processes or part.get("task_ids") != want:
      raise DistributedError(
          f"{path} holds results of another run (other tasks or process count); "
          "give each run its own --shared_dir")
    parts.append(part)
  return parts


def merge(parts: Sequence[dict], tasks: Sequence[Task]) -> engine.RunResult:
  """One RunResult from the processes' parts, in the order of `tasks`."""
  results = [p["result"] for p in parts if p["result"] is not None]
  if not results:
    raise DistributedError("no process evaluated any task")
  submission: Dict[str, list] = {}
  report: Dict[str, dict] = {}
  for result in results:
    submission.update(result["submission"])
    report.update(result["report"])
  missing = [t.id for t in tasks if t.id not in report or t.id not in submission]
  if missing:
    raise DistributedError(f"no process answered tasks {missing}")
  submission = {t.id: submission[t.id] for t in tasks}
  report = {t.id: report[t.id] for t in tasks}

  # Processes run side by side: a phase takes as long as its slowest process.
  timings: Dict[str, float] = {}
  for result in results:
    for phase, seconds in result["timings"].items():
      timings[phase] = max(timings.get(phase, 0.0), seconds)

  summary = dict(results[0]["summary"])
  for key in _SUMMED:
    if key in summary:
      summary[key] = sum(r["summary"][key] for r in results)
  summary["chunks_evaluated"] = min(r["summary"]["chunks_evaluated"] for r in results)
  summary["demo_solved"] = sum(r["demo_solved"] for r in report.values())
  known = [r["test_correct"] for r in report.values() if r["test_correct"] is not None]
  summary["test_known"] = len(known)
  summary["test_correct"] = sum(bool(c) for c in known)
  summary["solved_by_transfer"] = sum(r["by_transfer"] and bool(r["test_correct"])
                                      for r in report.values())
  summary["evaluations_per_s"] = summary["evaluations"] / max(timings.get("evaluate", 0.0), 1e-9)
  summary["processes"] = len(parts)
  return engine.RunResult(submission, report, summary, timings,
                          list(results[0]["rejected_programs"]))


def run(tasks: Sequence[Task], config: engine.RunConfig, cluster: Cluster,
        shared_dir: str) -> Optional[engine.RunResult]:
  """This process's share of the run; on process 0, the merged whole (else None).

  Raises DistributedError (after the barrier, so no process is left waiting)
  when this process or, on process 0, any process failed.
  """
  mine = share(tasks, cluster.process_id, cluster.num_processes)
  if config.run_dir:  # per-batch results of different shares must not mix
    config = dataclasses.replace(
        config, run_dir=os.path.join(config.run_dir, f"process-{cluster.process_id:05d}"))
  logging.info("process %d: %d of %d tasks", cluster.process_id, len(mine), len(tasks))
  result, error = None, None
  try:
    if mine:
      result = engine.run(mine, config)
  except Exception as e:  # pylint: disable=broad-except
    # Reported through the part and raised below, after the barrier: the
    # other processes must not wait for this one forever.
    logging.exception("process %d failed", cluster.process_id)
    error = f"{type(e).__name__}: {e}"
  write_part(shared_dir, cluster, [t.id for t in mine], result, error)
  multihost_utils.sync_global_devices("batt_jax: parts written")
  if error:
    raise DistributedError(f"process {cluster.process_id} failed: {error}")
  if not cluster.is_leader:
    return None
  return merge(read_parts(shared_dir, tasks, cluster.num_processes), tasks)
