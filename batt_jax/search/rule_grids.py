"""The demo pairs the host-side rule learners read, and their colour ranks.

Shared by the cell rules (`local_rules`) and the object rules
(`object_rules`): which demos a rule is learned from, and the renaming of a
grid's colours by frequency rank (the search's "rankcolors" view) and back.
"""

from __future__ import annotations

from typing import Any, List, Optional, Sequence, Tuple

import numpy as np

from batt_jax.data.types import Grid
from batt_jax.dsl.reference import colors as reference_colors


def demo_arrays(inputs: Sequence[Grid], outputs: Sequence[Grid]
                ) -> Optional[List[Tuple[np.ndarray, np.ndarray]]]:
  """The demo pairs as arrays, or None where no rule is learned: no demos, a
  pair that changes shape, or none that changes a cell."""
  demos = [(np.asarray(a), np.asarray(b)) for a, b in zip(inputs, outputs)]
  if not demos or any(a.shape != b.shape for a, b in demos) or all(
      np.array_equal(a, b) for a, b in demos):
    return None
  return demos


def ranks(grid: Grid) -> np.ndarray:
  """[10] rank of each colour in `grid` (`dsl.reference.colors.color_ranks`)."""
  return np.asarray(reference_colors.color_ranks(tuple(map(tuple, np.asarray(grid).tolist()))),
                    np.int64)


def ranked_demos(demos: Sequence[Tuple[np.ndarray, np.ndarray]]
                 ) -> List[Tuple[np.ndarray, np.ndarray]]:
  """Each demo pair renamed by its input's colour ranks."""
  return [(r[a], r[b]) for (a, b), r in ((d, ranks(d[0])) for d in demos)]


def rename(cells: np.ndarray, mapping: np.ndarray) -> Grid:
  """`cells` with each colour c replaced by mapping[c], as a grid."""
  return as_grid(mapping[cells])


def as_grid(cells) -> Grid:
  """An [h, w] array (or nested lists) as a grid: a tuple of row tuples."""
  return tuple(map(tuple, np.asarray(cells).tolist()))


def keep(kept: List[Tuple[Any, Tuple[Grid, ...]]], rule: Any, answers: Tuple[Grid, ...],
         attempts: int) -> bool:
  """Adds (rule, answers) to a learner's `kept` if it has room and no rule
  there gives the same test outputs; whether `kept` is full now."""
  if len(kept) < attempts and answers not in [a for _, a in kept]:
    kept.append((rule, answers))
  return len(kept) >= attempts


def tupled(value):
  """A rule record's JSON lists read back as the tuples they were (keys)."""
  return tuple(map(tupled, value)) if isinstance(value, list) else value


__all__ = ["as_grid", "demo_arrays", "keep", "ranked_demos", "ranks", "rename", "tupled"]
