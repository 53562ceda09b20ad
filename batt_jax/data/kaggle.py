"""Kaggle ARC Prize files: `*_challenges.json` plus optional `*_solutions.json`.

A challenges file maps task id -> {"train": [...], "test": [{"input": ...}]};
a solutions file maps task id -> [test output grid, ...], one per test input.
"""

from __future__ import annotations

import os
from typing import Any, Mapping, Optional, Union

from batt_jax.data import types
from batt_jax.data import validate

PathOrData = Union[str, os.PathLike, Mapping[str, Any]]

_CHALLENGES_SUFFIX = "_challenges.json"
_SOLUTIONS_SUFFIX = "_solutions.json"


def solutions_path(challenges: Union[str, os.PathLike]) -> Optional[str]:
  """The sibling `X_solutions.json` of `X_challenges.json`, if it exists."""
  path = os.fspath(challenges)
  if not path.endswith(_CHALLENGES_SUFFIX):
    return None
  candidate = path[:-len(_CHALLENGES_SUFFIX)] + _SOLUTIONS_SUFFIX
  return candidate if os.path.isfile(candidate) else None


def _read(source: PathOrData, default_name: str):
  """(decoded data or LoadError, name for messages)."""
  if isinstance(source, Mapping):
    return dict(source), default_name
  return validate.read_json(source), os.fspath(source)


def load(challenges: PathOrData, solutions: Optional[PathOrData] = None,
         name: Optional[str] = None) -> types.Dataset:
  """Loads a Kaggle challenges file (path or decoded dict).

  Args:
    challenges: path to `*_challenges.json`, or its decoded content.
    solutions: path to `*_solutions.json`, or its decoded content; None: test
      outputs stay unknown (callers wanting the automatic sibling look-up use
      `batt_jax.data.load`).
    name: the dataset name; defaults to the path ("<challenges>" for a dict).

  Returns:
    The dataset; a file that cannot be read gives no tasks and one LoadError.
  """
  raw, source = _read(challenges, "<challenges>")
  if isinstance(raw, types.LoadError):
    return types.Dataset(name or source, (), (raw,))
  if isinstance(raw, dict) and isinstance(raw.get("train"), list):
    # The commonest mix-up: one task of the original layout, not a mapping.
    return types.Dataset(name or source, (), (types.LoadError(
        source, None, None, "this is a single task file (it has 'train' at "
        "the top), not a Kaggle challenges file: load its directory"),))
  raw_solutions, solutions_source = None, None
  rejected = []
  if solutions is not None:
    raw_solutions, solutions_source = _read(solutions, "<solutions>")
    if isinstance(raw_solutions, types.LoadError):
      rejected.append(raw_solutions)  # The challenges still load, unsolved.
      raw_solutions = None
  tasks, errors = validate.tasks_from_mapping(raw, source, raw_solutions,
                                              solutions_source)
  return types.Dataset(name or source, tasks, tuple(rejected) + errors)
