"""The ARC task vocabulary: grids, pairs, tasks, datasets and load errors.

Everything here is immutable and hashable, so a loaded dataset can be cached
and shared freely. Grids are tuples of tuples of Python ints (the same form the
reference DSL uses), never numpy arrays: the encodings in
`batt_jax.dsl.encoding` take them as they are.
"""

from __future__ import annotations

import dataclasses
from typing import Optional, Tuple

# A rectangular grid of colours 0..9, rows first, 1x1 to 30x30.
Grid = Tuple[Tuple[int, ...], ...]


@dataclasses.dataclass(frozen=True)
class Pair:
  """One input/output example of a task.

  Attributes:
    input: the input grid.
    output: the expected output grid; None for a test input whose answer is
      unknown (a Kaggle challenge without solutions).
  """
  input: Grid
  output: Optional[Grid]


@dataclasses.dataclass(frozen=True)
class Task:
  """An ARC task.

  Attributes:
    id: the task id (the key in a Kaggle file, the file stem in a directory).
    train: the demonstration pairs; never empty, every output known.
    test: the test pairs; never empty, outputs None where unknown.
  """
  id: str
  train: Tuple[Pair, ...]
  test: Tuple[Pair, ...]


@dataclasses.dataclass(frozen=True)
class LoadError:
  """Why one task (or a whole file) was not loaded.

  Attributes:
    source: the file (or embedded dataset) the problem is in.
    task_id: the task concerned; None for a problem with the whole file.
    field: where in the task, e.g. "train[2].output"; None if the task as a
      whole is wrong or `task_id` is None.
    message: what is wrong, e.g. "row 3 has 5 cells, row 0 has 6".
  """
  source: str
  task_id: Optional[str]
  field: Optional[str]
  message: str

  def __str__(self) -> str:
    parts = [self.source]
    if self.task_id is not None:
      parts.append(f"task {self.task_id}")
    if self.field is not None:
      parts.append(self.field)
    parts.append(self.message)
    return ": ".join(parts)


@dataclasses.dataclass(frozen=True)
class Dataset:
  """The tasks loaded from one source, and what was rejected on the way.

  Attributes:
    name: the source as given (an embedded name, a file or a directory).
    tasks: the valid tasks, in source order (sorted file names for a
      directory).
    rejected: one error per task or file that could not be loaded; the rest of
      the source still loads.
  """
  name: str
  tasks: Tuple[Task, ...]
  rejected: Tuple[LoadError, ...] = ()


class DataError(Exception):
  """A request that cannot be served at all: no such source, unknown task ids,
  a missing optional dependency. Problems *inside* a source are not raised but
  collected as `LoadError`s in `Dataset.rejected`."""
