"""Symmetry fills: the cells under a mask colour, restored from the grid's own symmetries.

A symmetric or periodic picture with a patch painted over it, and the task
is to restore it (the whole grid, or only what was under the patch). The
catalogue's healing transforms hold the common symmetries; a rule here finds
the grid's own: every mirror (up-down, left-right, about either diagonal, at
any axis), every half turn (about any centre) and every translation under
which the cells not of the mask colour agree, on at least `MIN_OVERLAP` of
the grid's cells with no disagreement. Each masked cell then takes the
colour of an unmasked image of it (the first such symmetry, in the order
above; again until none is left, up to `ROUNDS` times).

A rule is the mask colour and whether the output is the whole grid or the
box of the masked cells. It is kept where every demo input has cells of
that colour and its output none, filling each demo input gives its output,
and every test input has masked cells that the fill restores.

Chosen on ARC-AGI-1 training and the ARC-AGI-2 training tasks outside
ARC-AGI-1 (2026-11-28): 10 tasks answered on ARC-AGI-1 training, all right
(f9012d9b by no other rule and no found program); none answered on
ARC-AGI-2. Like the object rules, a symmetry fill is not a DSL program:
`record` writes it out, `apply` reproduces it, and the answers check it
against the demos again before it answers. Host-side numpy; the test
outputs of a task never enter it.
"""

from __future__ import annotations

import dataclasses
from typing import Dict, Iterator, List, Optional, Tuple

import numpy as np

from batt_jax.data.types import Grid, Task
from batt_jax.search import rule_grids

ATTEMPTS = 2
# A symmetry is accepted where this share of the grid's cells, unmasked and
# with an unmasked image inside the grid, agree with their images (and none
# disagrees).
MIN_OVERLAP = 0.2
# Fill passes: a masked cell whose images are all masked may be reached
# through another masked cell filled in the pass before.
ROUNDS = 4


@dataclasses.dataclass(frozen=True)
class SymmetryFill:
  """A learned fill.

  Attributes:
    mask: the colour painted over the picture.
    crop: the output is the box of the masked cells (else the whole grid).
  """
  mask: int
  crop: bool


def _images(h: int, w: int) -> Iterator[Tuple[np.ndarray, np.ndarray]]:
  """Each candidate symmetry of an [h, w] grid as the (rows, columns) every
  cell maps to: mirrors, half turns, diagonal mirrors, translations."""
  ys, xs = np.mgrid[0:h, 0:w]
  for s in range(1, 2 * w - 2):
    yield ys, s - xs
  for s in range(1, 2 * h - 2):
    yield s - ys, xs
  for sy in range(1, 2 * h - 2):
    for sx in range(1, 2 * w - 2):
      yield sy - ys, sx - xs
  for d in range(-(h - 1), w):
    yield xs - d, ys + d
  for s in range(1, h + w - 2):
    yield s - xs, s - ys
  for dy in range(h):
    for dx in range(-(w - 1), w):
      if dy or dx > 0:
        yield ys + dy, xs + dx
        yield ys - dy, xs - dx


def _symmetries(grid: np.ndarray, mask: int) -> List[Tuple[np.ndarray, np.ndarray, np.ndarray]]:
  """The symmetries the unmasked cells agree on: (inside, rows, columns) each."""
  h, w = grid.shape
  known = grid != mask
  found = []
  for ty, tx in _images(h, w):
    inside = (ty >= 0) & (ty < h) & (tx >= 0) & (tx < w)
    both = inside.copy()
    both[inside] &= known[inside] & known[ty[inside], tx[inside]]
    if both.sum() >= MIN_OVERLAP * h * w and np.array_equal(grid[both],
                                                            grid[ty[both], tx[both]]):
      found.append((inside, ty, tx))
  return found


def fill(grid: np.ndarray, mask: int) -> Optional[np.ndarray]:
  """`grid` with its masked cells restored; None where it has none or some
  cell stays masked."""
  if not np.any(grid == mask):
    return None
  out = grid.copy()
  symmetries = _symmetries(grid, mask)
  for _ in range(ROUNDS):
    for inside, ty, tx in symmetries:
      todo = (out == mask) & inside
      todo[todo] = out[ty[todo], tx[todo]] != mask
      out[todo] = out[ty[todo], tx[todo]]
    if not np.any(out == mask):
      return out
  return None


def _output(grid: np.ndarray, filled: Optional[np.ndarray], crop: bool, mask: int
            ) -> Optional[np.ndarray]:
  if filled is None or not crop:
    return filled
  ys, xs = np.nonzero(grid == mask)
  return filled[ys.min():ys.max() + 1, xs.min():xs.max() + 1]


def apply(rule: SymmetryFill, grid: Grid) -> Optional[Grid]:
  """The rule on `grid`; None where it has no masked cell or the fill leaves one."""
  g = np.asarray(grid)
  out = _output(g, fill(g, rule.mask), rule.crop, rule.mask)
  return None if out is None else rule_grids.as_grid(out)


def learn(task: Task, attempts: int = ATTEMPTS) -> List[Tuple[SymmetryFill, Tuple[Grid, ...]]]:
  """Up to `attempts` fills with distinct test outputs, by mask colour, the
  whole grid before the crop."""
  demos = [(np.asarray(p.input), np.asarray(p.output)) for p in task.train]
  tests = [np.asarray(p.input) for p in task.test]
  masks = [c for c in range(10) if demos and all(
      np.any(a == c) and not np.any(b == c) for a, b in demos)]
  kept: List[Tuple[SymmetryFill, Tuple[Grid, ...]]] = []
  for mask in masks:
    filled: Dict[int, Optional[np.ndarray]] = {}

    def filled_of(k: int, grid: np.ndarray) -> Optional[np.ndarray]:
      if k not in filled:
        filled[k] = fill(grid, mask)
      return filled[k]

    for crop in (False, True):
      outs = [_output(a, filled_of(k, a), crop, mask) for k, (a, _) in enumerate(demos)]
      if not all(o is not None and np.array_equal(o, b) for o, (_, b) in zip(outs, demos)):
        continue
      answers = [_output(t, filled_of(len(demos) + k, t), crop, mask) for k, t in enumerate(tests)]
      if any(a is None for a in answers):
        continue
      answers = tuple(map(rule_grids.as_grid, answers))
      if rule_grids.keep(kept, SymmetryFill(mask, crop), answers, attempts):
        return kept
  return kept


def describe(rule: SymmetryFill) -> str:
  what = "the box of the masked cells" if rule.crop else "the whole grid"
  return f"symmetry fill: the cells of colour {rule.mask} restored from the grid's symmetries; {what}"


def record(rule: SymmetryFill) -> dict:
  """JSON-ready form of the rule (`from_record` reads it back)."""
  return {"mask": rule.mask, "crop": rule.crop}


def from_record(data: dict) -> SymmetryFill:
  return SymmetryFill(int(data["mask"]), bool(data["crop"]))


__all__ = ["ATTEMPTS", "MIN_OVERLAP", "ROUNDS", "SymmetryFill", "apply", "describe", "fill",
           "from_record", "learn", "record"]
