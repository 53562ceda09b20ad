"""A directory of per-task JSON files (the original ARC repository layout).

Each `<task_id>.json` holds {"train": [...], "test": [...]}, test outputs
included. Files not ending in `.json` are not tasks and are skipped.
"""

from __future__ import annotations

import os
from typing import Union

from batt_jax.data import types
from batt_jax.data import validate


def load(path: Union[str, os.PathLike]) -> types.Dataset:
  """Loads every `*.json` file of `path` (not recursive), sorted by name."""
  path = os.fspath(path)
  names = sorted(n for n in os.listdir(path) if n.endswith(".json")
                 and os.path.isfile(os.path.join(path, n)))
  if not names:
    return types.Dataset(path, (), (types.LoadError(
        path, None, None, "directory has no *.json task files"),))
  tasks, rejected = [], []
  for name in names:
    file = os.path.join(path, name)
    task_id = name[:-len(".json")]
    raw = validate.read_json(file)
    if isinstance(raw, types.LoadError):
      rejected.append(raw)
      continue
    try:
      tasks.append(validate.task(task_id, raw))
    except validate.Invalid as e:
      rejected.append(types.LoadError(file, task_id, e.field, e.message))
  return types.Dataset(path, tuple(tasks), tuple(rejected))
