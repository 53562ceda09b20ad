"""Checks a Kaggle ARC Prize submission before it is written.

The format: {task_id: [entry, ...]} with one entry per test input, in order;
each entry is exactly {"attempt_1": grid, "attempt_2": grid}; each grid a
non-empty rectangular list of lists of ints 0..9, at most 30x30. A submission
that breaks any of this scores nothing on Kaggle, so the run refuses to write
one rather than find out after the deadline.
"""

from __future__ import annotations

from typing import Any, List, Mapping, Sequence

from batt_jax.data.types import Task

ATTEMPT_KEYS = frozenset({"attempt_1", "attempt_2"})
MAX_SIDE = 30


class SubmissionError(ValueError):
  """The submission breaks the Kaggle format; the message lists every problem."""


def grid_problem(grid: Any) -> str:
  """Why `grid` is not a valid answer grid ('' when it is)."""
  if not isinstance(grid, list) or not grid:
    return "is not a non-empty list of rows"
  if len(grid) > MAX_SIDE:
    return f"has {len(grid)} rows (at most {MAX_SIDE})"
  width = None
  for i, row in enumerate(grid):
    if not isinstance(row, list) or not row:
      return f"row {i} is not a non-empty list"
    if width is None:
      width = len(row)
    if len(row) != width:
      return f"row {i} has {len(row)} cells, row 0 has {width}"
    # bool is an int subclass, and numpy ints are not JSON: both are refused.
    if any(type(v) is not int or not 0 <= v <= 9 for v in row):
      return f"row {i} holds a value that is not an int 0..9"
  if width > MAX_SIDE:
    return f"has {width} columns (at most {MAX_SIDE})"
  return ""


def problems(submission: Mapping[str, Any], tasks: Sequence[Task]) -> List[str]:
  """Every way `submission` fails to answer `tasks` in the Kaggle format."""
  found = []
  if not isinstance(submission, Mapping):
    return [f"the submission is a {type(submission).__name__}, not a mapping"]
  expected = {task.id: len(task.test) for task in tasks}
  for task_id in submission:
    if task_id not in expected:
      found.append(f"task {task_id}: not among the tasks")
  for task_id, num_tests in expected.items():
    if task_id not in submission:
      found.append(f"task {task_id}: missing")
      continue
    entries = submission[task_id]
    if not isinstance(entries, list) or len(entries) != num_tests:
      found.append(f"task {task_id}: expected a list of {num_tests} entries "
                   f"(one per test input), got {type(entries).__name__}"
                   + (f" of {len(entries)}" if isinstance(entries, list) else ""))
      continue
    for k, entry in enumerate(entries):
      where = f"task {task_id} test {k}"
      if not isinstance(entry, Mapping) or set(entry) != ATTEMPT_KEYS:
        keys = sorted(entry) if isinstance(entry, Mapping) else type(entry).__name__
        found.append(f"{where}: expected exactly keys {sorted(ATTEMPT_KEYS)}, got {keys}")
        continue
      for key in sorted(ATTEMPT_KEYS):
        problem = grid_problem(entry[key])
        if problem:
          found.append(f"{where} {key}: {problem}")
  return found


def check(submission: Mapping[str, Any], tasks: Sequence[Task]) -> None:
  """Raises SubmissionError listing every problem of `submission` (None if valid)."""
  found = problems(submission, tasks)
  if found:
    shown = "; ".join(found[:10]) + (f"; and {len(found) - 10} more" if len(found) > 10 else "")
    raise SubmissionError(f"invalid submission: {shown}")
