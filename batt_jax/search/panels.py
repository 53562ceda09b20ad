"""Panel tables: each output cell from the same cell of each panel of the input.

Many tasks cut their input into equal panels, side by side, stacked, or in
four quadrants, often with a line of one colour between them, and answer
with one panel's worth of cells, each a function of the panels' cells at
that place: both coloured, either, exactly one, the first non-black of the
panels in a priority order. The catalogue holds the halves' AND, OR, XOR
and NOR and a few overlays as transforms; a rule here learns any such
function from the demos: a table from the tuple of the panels' colours at a
cell to the output cell's colour.

A cut (`CUTS`: 2-4 panels across or down, or quadrants; with or without a
one-cell line of a single colour between them) fits a task where every demo
input cuts so and its panels have its output's shape. A table is kept where
no two demo cells with one key disagree and every test cell's key was seen
on the demos. Cuts are tried in `CUTS` order; two answers at most.

Chosen on ARC-AGI-1 training and the ARC-AGI-2 training tasks outside
ARC-AGI-1 (2026-11-28): 14 tasks answered on ARC-AGI-1 training, all right
(all answered by the search too, whose catalogue was written on those
tasks); none answered on ARC-AGI-2. Like the object rules, a panel table is
not a DSL program: `record` writes it out, `apply` reproduces it, and the
answers check it against the demos again before it answers. Host-side
numpy; the test outputs of a task never enter it.
"""

from __future__ import annotations

import dataclasses
from typing import Dict, List, Optional, Tuple

import numpy as np

from batt_jax.data.types import Grid, Task
from batt_jax.search import rule_grids

ATTEMPTS = 2
# (how, panels, line): "across" (side by side), "down" (stacked) or
# "quadrants"; with a one-cell line between the panels (line=1) or none.
CUTS = tuple((how, count, line) for how in ("across", "down") for count in (2, 3, 4)
             for line in (0, 1)) + (("quadrants", 4, 0), ("quadrants", 4, 1))


@dataclasses.dataclass(frozen=True)
class PanelTable:
  """A learned table over the panels' cells.

  Attributes:
    how, count, line: the cut (one of `CUTS`).
    table: (key, colour) pairs, sorted: a key is the panels' colours at one
      cell, in reading order of the panels.
  """
  how: str
  count: int
  line: int
  table: Tuple[Tuple[Tuple[int, ...], int], ...]


def _lines_uniform(lines: List[np.ndarray]) -> bool:
  return len(np.unique(np.concatenate(lines))) == 1


def cut(grid: np.ndarray, how: str, count: int, line: int) -> Optional[List[np.ndarray]]:
  """The panels of `grid` cut so, in reading order; None if it does not cut
  into equal panels, or a line between them is not of one colour."""
  if how == "quadrants":
    h2, w2 = grid.shape[0] - line, grid.shape[1] - line
    if h2 % 2 or w2 % 2 or h2 == 0 or w2 == 0:
      return None
    h, w = h2 // 2, w2 // 2
    if line and not _lines_uniform([grid[h, :], grid[:, w]]):
      return None
    return [grid[:h, :w], grid[:h, w + line:], grid[h + line:, :w], grid[h + line:, w + line:]]
  g = grid if how == "across" else grid.T
  rest = g.shape[1] - (count - 1) * line
  if rest % count or rest < count:
    return None
  w = rest // count
  starts = [k * (w + line) for k in range(count)]
  if line and not _lines_uniform([g[:, s + w] for s in starts[:-1]]):
    return None
  panels = [g[:, s:s + w] for s in starts]
  return panels if how == "across" else [p.T for p in panels]


def _keys(panels: List[np.ndarray]) -> List[Tuple[int, ...]]:
  return list(map(tuple, np.stack([p.ravel() for p in panels], axis=1).tolist()))


def apply(rule: PanelTable, grid: Grid) -> Optional[Grid]:
  """The rule on `grid`; None if it does not cut so, or a cell's key was not seen."""
  panels = cut(np.asarray(grid), rule.how, rule.count, rule.line)
  if panels is None:
    return None
  table = dict(rule.table)
  keys = _keys(panels)
  if not all(k in table for k in keys):
    return None
  out = np.array([table[k] for k in keys]).reshape(panels[0].shape)
  return rule_grids.as_grid(out)


def _table(demos, how: str, count: int, line: int) -> Optional[Dict[Tuple[int, ...], int]]:
  table: Dict[Tuple[int, ...], int] = {}
  for a, b in demos:
    panels = cut(a, how, count, line)
    if panels is None or panels[0].shape != b.shape:
      return None
    for key, color in zip(_keys(panels), b.ravel().tolist()):
      if table.setdefault(key, color) != color:
        return None
  return table


def learn(task: Task, attempts: int = ATTEMPTS) -> List[Tuple[PanelTable, Tuple[Grid, ...]]]:
  """Up to `attempts` tables with distinct test outputs, in `CUTS` order."""
  demos = [(np.asarray(p.input), np.asarray(p.output)) for p in task.train]
  if not demos:
    return []
  kept: List[Tuple[PanelTable, Tuple[Grid, ...]]] = []
  for how, count, line in CUTS:
    table = _table(demos, how, count, line)
    if table is None:
      continue
    rule = PanelTable(how, count, line, tuple(sorted(table.items())))
    answers = tuple(apply(rule, p.input) for p in task.test)
    if all(a is not None for a in answers) and rule_grids.keep(kept, rule, answers, attempts):
      break
  return kept


def describe(rule: PanelTable) -> str:
  lines = " between lines" if rule.line else ""
  return (f"panel table: {rule.count} panels {rule.how}{lines}, each output cell from theirs; "
          f"{len(rule.table)} keys")


def record(rule: PanelTable) -> dict:
  """JSON-ready form of the rule (`from_record` reads it back)."""
  return {"how": rule.how, "count": rule.count, "line": rule.line,
          "table": [[list(key), color] for key, color in rule.table]}


def from_record(data: dict) -> PanelTable:
  return PanelTable(str(data["how"]), int(data["count"]), int(data["line"]),
                    tuple((tuple(key), int(color)) for key, color in data["table"]))


__all__ = ["ATTEMPTS", "CUTS", "PanelTable", "apply", "cut", "describe", "from_record", "learn",
           "record"]
