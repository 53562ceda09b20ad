"""Confirms a compiled run's answers with the reference interpreter.

The DSL's parity is proven on the CPU; on an accelerator the values are what
XLA compiled for it, and one XLA GPU build miscompiled `connect` in some
executables (docs/BENCHMARKS.md, fifteenth session). So, after the library
pass, every program that an answer or the report rests on is run again by
the reference interpreter: each attempt's program on its test input, and on
its task's demos (the demo scores its rank came from); each task's best
programs on their demos. A value that differs is a device fault: it is
logged as an error and replaced by the reference's (an attempt's grid, a
program's demo scores, and its rank with them), so no answer the reference
would not give is submitted. A few programs per task are re-run, not the
cross product: seconds for ARC-AGI-1.
"""

from __future__ import annotations

import dataclasses
from typing import Callable, Dict, List, Optional, Tuple

from absl import logging

import codegen
from batt_jax.runtime import answers
from batt_jax.runtime import scoring
from batt_jax.runtime.results import Accumulator

@dataclasses.dataclass
class Confirmation:
  """What the reference re-ran and where the device's values differed.

  Attributes:
    programs: (program, task) pairs whose demos were re-run.
    attempts: (attempt, test input) pairs whose grid was re-run.
    demo_mismatches: {"task", "program", "device": [exact, cells],
      "reference": [exact, cells]} per differing (program, task).
    test_mismatches: {"task", "test", "program"} per differing attempt.
  """
  programs: int = 0
  attempts: int = 0
  demo_mismatches: List[dict] = dataclasses.field(default_factory=list)
  test_mismatches: List[dict] = dataclasses.field(default_factory=list)

  def summary(self) -> dict:
    """The run summary's fields (counts, which processes' summaries add up)."""
    return {"confirmed_programs": self.programs, "confirmed_attempts": self.attempts,
            "device_faults": len(self.demo_mismatches) + len(self.test_mismatches)}


def confirm(accumulator: Accumulator, candidates: Dict[str, codegen.Program],
            run: Optional[Callable] = None) -> Confirmation:
  """Re-runs what `accumulator`'s answers and report rest on (see the module
  docstring) with `run` (None: the reference interpreter), correcting them in
  place."""
  # Looked up here, not as a default: `codegen` imports batt_jax, which
  # imports this module, so codegen is half-initialised at import time.
  run = run or codegen.run_reference
  tasks = accumulator.tasks
  out = Confirmation()
  demo_scores: Dict[Tuple[int, str], Tuple[int, float]] = {}
  reported = set()  # (task, program) demo mismatches already recorded

  def scores(ti: int, name: str) -> Tuple[int, float]:
    """The reference's (demos exact, mean cell score) of `name` on task ti."""
    if (ti, name) not in demo_scores:
      exact, cells = 0, 0.0
      for pair in tasks[ti].train:
        e, c = scoring.reference_score(run(candidates[name], pair.input), pair.output)
        exact, cells = exact + int(e), cells + c
      demo_scores[ti, name] = exact, cells / max(len(tasks[ti].train), 1)
      out.programs += 1
    return demo_scores[ti, name]

  def corrected(ti: int, name: str, key: answers.RankKey) -> Optional[answers.RankKey]:
    """`key` with the reference's demo scores, or None if the device's agree."""
    exact, cells = scores(ti, name)
    right = answers.rank_key(exact, cells, key.lines, key.order, not key.not_own)
    if (right.neg_exact, right.neg_cells) == (key.neg_exact, key.neg_cells):
      return None
    if (tasks[ti].id, name) not in reported:
      reported.add((tasks[ti].id, name))
      out.demo_mismatches.append({"task": tasks[ti].id, "program": name,
                                  "device": [-key.neg_exact, -key.neg_cells],
                                  "reference": [exact, round(cells, 6)]})
      logging.error("device fault: %s on task %s's demos: %d exact, cells %.6f; the "
                    "reference: %d, %.6f", name, tasks[ti].id, -key.neg_exact,
                    -key.neg_cells, exact, cells)
    return right

  for ti, best in enumerate(accumulator.best):
    for i, program in enumerate(best):
      key = corrected(ti, program.name, program.key)
      if key is not None:
        exact, cells = scores(ti, program.name)
        best[i] = dataclasses.replace(program, exact=exact, cells=cells, key=key)
    best.sort(key=lambda s: s.key)

  test = accumulator.batch.test
  for k, shortlist in enumerate(accumulator.shortlists):
    ti, pair = int(test.task[k]), int(test.pair[k])
    checked = set()
    while True:
      pending = [c for c in shortlist.attempts() if c.program not in checked]
      if not pending:
        break
      candidate = pending[0]
      checked.add(candidate.program)
      out.attempts += 1
      key = corrected(ti, candidate.program, candidate.key)
      got = run(candidates[candidate.program], tasks[ti].test[pair].input)
      if got == candidate.grid and key is None:
        continue
      if got != candidate.grid:
        out.test_mismatches.append({"task": tasks[ti].id, "test": pair,
                                    "program": candidate.program})
        logging.error("device fault: %s on task %s's test %d: the device's grid is not the "
                      "reference's", candidate.program, tasks[ti].id, pair)
      shortlist.items.remove(candidate)
      if got is not None:
        shortlist.offer(answers.Candidate(key or candidate.key, got, candidate.program))
  return out
