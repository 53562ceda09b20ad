"""A one-screen description of a dataset: sizes, colours, what was rejected."""

from __future__ import annotations

import dataclasses
import statistics
from typing import List, Tuple

from batt_jax.data import types


@dataclasses.dataclass(frozen=True)
class Summary:
  """What a dataset holds.

  Attributes:
    name: the dataset's name.
    tasks: number of tasks.
    demo_pairs: number of train (demonstration) pairs over all tasks.
    test_inputs: number of test pairs over all tasks.
    known_test_outputs: how many of those have a known output.
    height: (min, median, max) height over every grid, inputs and outputs;
      (0, 0, 0) for an empty dataset.
    width: (min, median, max) width, likewise.
    colors: the colours that occur in any grid, ascending.
    rejected: number of tasks or files rejected at load.
  """
  name: str
  tasks: int
  demo_pairs: int
  test_inputs: int
  known_test_outputs: int
  height: Tuple[float, float, float]
  width: Tuple[float, float, float]
  colors: Tuple[int, ...]
  rejected: int


def _spread(values: List[int]) -> Tuple[float, float, float]:
  if not values:
    return (0, 0, 0)
  return (min(values), statistics.median(values), max(values))


def summarize(dataset: types.Dataset) -> Summary:
  """Counts what `dataset` holds."""
  grids = [g for t in dataset.tasks for p in t.train + t.test
           for g in (p.input, p.output) if g is not None]
  colors = set()
  for g in grids:
    for row in g:
      colors.update(row)
  return Summary(
      name=dataset.name,
      tasks=len(dataset.tasks),
      demo_pairs=sum(len(t.train) for t in dataset.tasks),
      test_inputs=sum(len(t.test) for t in dataset.tasks),
      known_test_outputs=sum(p.output is not None
                             for t in dataset.tasks for p in t.test),
      height=_spread([len(g) for g in grids]),
      width=_spread([len(g[0]) for g in grids]),
      colors=tuple(sorted(colors)),
      rejected=len(dataset.rejected))


def table(summary: Summary) -> List[str]:
  """The summary as aligned `label  value` lines."""
  def spread(s):
    return "min %g / median %g / max %g" % s
  rows = [
      ("dataset", summary.name),
      ("tasks", summary.tasks),
      ("demo pairs", summary.demo_pairs),
      ("test inputs", summary.test_inputs),
      ("known test outputs", summary.known_test_outputs),
      ("grid height", spread(summary.height)),
      ("grid width", spread(summary.width)),
      ("colours", " ".join(map(str, summary.colors)) or "-"),
      ("rejected", summary.rejected),
  ]
  pad = max(len(label) for label, _ in rows)
  return [f"{label:<{pad}}  {value}" for label, value in rows]
