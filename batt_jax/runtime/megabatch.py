"""The mega-batch: every input grid of every selected task, encoded once.

Demo inputs and test inputs are kept apart: demo samples are scored on the
device against their expected outputs (only scores come back), test samples
return their candidate grids (needed to answer).
"""

from __future__ import annotations

import dataclasses
from typing import List, Sequence

import numpy as np

from batt_jax.data.types import Task
from batt_jax.dsl import capacity
from batt_jax.dsl import encoding

S = capacity.SIDE


@dataclasses.dataclass(frozen=True)
class SampleSet:
  """Encoded grids of one kind of sample, host side.

  Attributes:
    task: [M] int32, index of each sample's task in `MegaBatch.task_ids`.
    pair: [M] int32, index of the pair within the task's demo or test list.
    cells: [M, S, S] int8 input grids; hw: [M, 2] int32 their sizes.
    out_cells: [M, S, S] int8 expected outputs (zeros where unknown);
    out_hw: [M, 2] int32; out_known: [M] bool.
  """
  task: np.ndarray
  pair: np.ndarray
  cells: np.ndarray
  hw: np.ndarray
  out_cells: np.ndarray
  out_hw: np.ndarray
  out_known: np.ndarray

  def __len__(self) -> int:
    return int(self.task.shape[0])


@dataclasses.dataclass(frozen=True)
class MegaBatch:
  task_ids: List[str]
  demo: SampleSet
  test: SampleSet


def _sample_set(rows) -> SampleSet:
  m = len(rows)
  out = SampleSet(task=np.zeros(m, np.int32), pair=np.zeros(m, np.int32),
                  cells=np.zeros((m, S, S), np.int8), hw=np.zeros((m, 2), np.int32),
                  out_cells=np.zeros((m, S, S), np.int8), out_hw=np.zeros((m, 2), np.int32),
                  out_known=np.zeros(m, bool))
  for k, (task_index, pair_index, pair) in enumerate(rows):
    out.task[k], out.pair[k] = task_index, pair_index
    grid = encoding.encode(pair.input, "Grid")
    out.cells[k], out.hw[k] = grid.cells, grid.hw
    if pair.output is not None:
      expected = encoding.encode(pair.output, "Grid")
      out.out_cells[k], out.out_hw[k] = expected.cells, expected.hw
      out.out_known[k] = True
  return out


def build(tasks: Sequence[Task]) -> MegaBatch:
  """Collects the demo and test inputs of `tasks`, in task order."""
  demo, test = [], []
  for t, task in enumerate(tasks):
    demo += [(t, k, pair) for k, pair in enumerate(task.train)]
    test += [(t, k, pair) for k, pair in enumerate(task.test)]
  return MegaBatch([task.id for task in tasks], _sample_set(demo), _sample_set(test))


def joined(batch: MegaBatch) -> SampleSet:
  """The demo samples followed by the test samples, as one set (rows in that order)."""
  return SampleSet(**{f.name: np.concatenate([getattr(batch.demo, f.name),
                                              getattr(batch.test, f.name)])
                      for f in dataclasses.fields(SampleSet)})


def batches(n: int, batch_size: int) -> List[slice]:
  """Consecutive slices of `batch_size` covering [0, n)."""
  return [slice(start, min(start + batch_size, n)) for start in range(0, n, batch_size)]


def pad_rows(array: np.ndarray, rows: int) -> np.ndarray:
  """Pads the leading axis to `rows` by repeating the last row (never reaches results)."""
  if array.shape[0] == rows:
    return array
  reps = np.repeat(array[-1:], rows - array.shape[0], axis=0)
  return np.concatenate([array, reps], axis=0)


def bucket(n: int, smallest: int = 1) -> int:
  """The power of two >= n (at least `smallest`): index arrays padded to it
  make device gathers compile once per bucket, not once per length."""
  return max(smallest, 1 << max(0, int(n) - 1).bit_length())
