"""Checks every library program on every pair of its task, on both backends.

The reference backend runs the program with the reference interpreter; the
JAX backend runs the code generator's compiled batt chunks through the
runtime's Coordinator (the production path), each chunk over its own tasks. A program passes a
backend when it reproduces the expected output of every demo and test pair.
A program the code generator rejects fails both.
"""

from __future__ import annotations

import dataclasses
import time
from typing import Dict, List, Optional, Sequence

import numpy as np

import codegen
from batt_jax.data import embedded
from batt_jax.data.types import Task
from batt_jax.runtime import answers
from batt_jax.runtime import megabatch as mb
from batt_jax.runtime.coordinator import Coordinator


@dataclasses.dataclass
class Record:
  """One program's verdict. `reason` says why it failed, where it did."""
  task: str
  program: str
  lines: int
  reference: bool
  jax: bool
  reason: str = ""


def _pairs(task: Task):
  return list(task.train) + list(task.test)


def reference_pass(program: codegen.Program, task: Task) -> Optional[str]:
  """None if the reference reproduces every pair, else which pair fails."""
  for k, pair in enumerate(_pairs(task)):
    if codegen.run_reference(program, pair.input) != pair.output:
      return f"reference: pair {k} wrong"
  return None


def jax_failures(built: codegen.BuildResult, tasks: Dict[str, Task],
                 batch_size: int = 256) -> Dict[str, Optional[str]]:
  """Program name -> None if its compiled output is right on every pair of its task.

  Runs the production path, the runtime's Coordinator, chunk by chunk over
  the samples of the chunk's own tasks (a program is judged on its task only,
  so the rest of the cross product would be wasted work).
  """
  coordinator = Coordinator(batch_size)
  verdicts: Dict[str, Optional[str]] = {}
  for chunk in built.chunks:
    own = [tasks[t] for t in dict.fromkeys(chunk.task_ids) if t in tasks]
    batch = mb.build(own)
    index = {task_id: k for k, task_id in enumerate(batch.task_ids)}
    results = coordinator.run_chunk(chunk.index, chunk.batt, batch, len(chunk.program_ids))
    for slot, (name, task_id) in enumerate(zip(chunk.program_ids, chunk.task_ids)):
      if task_id not in index:
        verdicts[name] = "jax: task not in the data"
        continue
      demo_rows = np.nonzero(batch.demo.task == index[task_id])[0]
      test_rows = np.nonzero(batch.test.task == index[task_id])[0]
      demo_ok = results.demo_exact[demo_rows, slot]
      test_ok = np.array([
          bool(results.test_valid[k, slot]) and
          answers.decode_grid(results.test_cells[k, slot], results.test_hw[k, slot]) ==
          answers.decode_grid(batch.test.out_cells[k], batch.test.out_hw[k])
          for k in test_rows], bool)
      ok = np.concatenate([demo_ok, test_ok])
      verdicts[name] = None if ok.all() else f"jax: pair {int(np.argmin(ok))} wrong"
  return verdicts


def verify(library: str = "default", data: str = "arc1-train",
           chunk_size: int = 16) -> List[Record]:
  """One record per program of the library (rejected programs included)."""
  tasks = {t.id: t for t in embedded.load(data).tasks}
  programs, errors = codegen.load_programs(library)
  records: List[Record] = []
  for error in errors:
    name = str(error).split(": ", 1)[-1]
    records.append(Record(task="?", program=str(error.location), lines=0, reference=False,
                          jax=False, reason=f"rejected: {name}"))
  built = codegen.build(programs, chunk_size=chunk_size)
  jax_verdicts = jax_failures(built, tasks)
  for program in programs:
    task = tasks.get(program.task_id)
    ref = reference_pass(program, task) if task else "no such task"
    jx = jax_verdicts.get(program.name, "jax: not built")
    records.append(Record(task=program.task_id, program=program.name, lines=len(program.lines),
                          reference=ref is None, jax=jx is None,
                          reason="; ".join(r for r in (ref, jx) if r)))
  return records


def table(records: Sequence[Record]) -> List[str]:
  lines = [f"{'task':<10} {'program':<28} {'lines':>5}  ref  jax  note"]
  for r in sorted(records, key=lambda r: (r.task, r.program)):
    lines.append(f"{r.task:<10} {r.program[:28]:<28} {r.lines:>5}  "
                 f"{'ok ' if r.reference else 'FAIL'} {'ok ' if r.jax else 'FAIL'} {r.reason}")
  both = sum(r.reference and r.jax for r in records)
  tasks = len({r.task for r in records if r.reference and r.jax})
  lines.append(f"programs {len(records)}: reference pass {sum(r.reference for r in records)}, "
               f"jax pass {sum(r.jax for r in records)}, both {both}; "
               f"tasks solved on both backends: {tasks}")
  return lines


def timed_verify(**kwargs):
  start = time.perf_counter()
  records = verify(**kwargs)
  return records, time.perf_counter() - start
