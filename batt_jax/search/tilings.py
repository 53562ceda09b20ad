"""Tilings: the output as a grid of blocks, each a turned copy of the input or blank.

Many tasks answer with the input repeated: mirrored beside itself, turned
four ways about a corner, or placed in the blocks where the input itself
has a coloured cell (a fractal). The catalogue holds the common ones as
transforms; a rule here learns any such arrangement from the demos at once:
for an output of `rows` x `cols` blocks of the input's shape, what each
block is (`TURNS`: the input turned or mirrored, or blank), and, where the
input has `rows` x `cols` cells, whether the block is drawn only where the
input's cell of the same place is not the background (`WHERE`: or is the
background, or is the input's most common colour; or drawn in that cell's
colour).

A block's choice is kept where it makes that block of every demo output;
the first such choice in `TURNS`, then `WHERE`, order is taken. A rule is
kept where every block has one and the test input has the demos' shape of
blocks (and, for a fractal, the demo inputs' shape).

Chosen on ARC-AGI-1 training and the ARC-AGI-2 training tasks outside
ARC-AGI-1 (2026-11-28): 14 tasks answered on ARC-AGI-1 training, all right,
1 of 1 on ARC-AGI-2 (all answered by the search too there, whose catalogue
was written on those tasks). Like the object rules, a tiling is not a DSL
program: `record` writes it out, `apply` reproduces it, and the answers
check it against the demos again before it answers. Host-side numpy; the
test outputs of a task never enter it.
"""

from __future__ import annotations

import dataclasses
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np

from batt_jax.data.types import Grid, Task
from batt_jax.search import object_rules
from batt_jax.search import rule_grids

ATTEMPTS = 2
BLANK = "blank"
# A block's copy of the input; the four that swap height and width fit only
# square inputs.
TURNS: Dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "identity": lambda g: g, "hmirror": lambda g: g[::-1], "vmirror": lambda g: g[:, ::-1],
    "rot180": lambda g: g[::-1, ::-1], "dmirror": lambda g: g.T,
    "rot90": lambda g: np.rot90(g, -1), "rot270": lambda g: np.rot90(g, 1),
    "cmirror": lambda g: np.rot90(g, 2).T,
}
# Where a block is drawn: everywhere, or (a fractal) where the input's cell
# at the block's place is not the background, is the background, is the
# input's most common colour; "cell_color": where it is not the background,
# the copy's non-background cells in that cell's colour.
WHERE = ("all", "foreground", "background", "major", "cell_color")


@dataclasses.dataclass(frozen=True)
class Tiling:
  """A learned arrangement of blocks.

  Attributes:
    rows, cols: blocks down and across (the output is rows x cols times the
      input's shape).
    background: the colour of blank cells: every demo input's most common
      colour, or 0 (ARC's black) where those differ.
    blocks: [rows * cols] (turn, where) per block, row by row: a name of
      `TURNS` or BLANK, and one of `WHERE` ("all" but for a fractal).
  """
  rows: int
  cols: int
  background: int
  blocks: Tuple[Tuple[str, str], ...]

  @property
  def fractal(self) -> bool:
    return any(where != "all" for _, where in self.blocks)


def _drawn(rule: Tiling, grid: np.ndarray, y: int, x: int, turn: str, where: str
           ) -> Optional[np.ndarray]:
  """Block (y, x) of `grid`'s output; None where the turn does not fit its shape."""
  h, w = grid.shape
  blank = np.full((h, w), rule.background, grid.dtype)
  if turn == BLANK:
    return blank
  block = TURNS[turn](grid)
  if block.shape != (h, w):
    return None
  if where == "all":
    return block
  cell = grid[y, x]
  if where == "major":
    drawn = cell == object_rules.background_of(grid)
  else:  # foreground, cell_color: not the background; background: it
    drawn = (cell == rule.background) == (where == "background")
  if where == "cell_color":
    block = np.where(block != rule.background, cell, rule.background)
  return block if drawn else blank


def apply(rule: Tiling, grid: Grid) -> Optional[Grid]:
  """The rule on `grid`; None where a block's turn does not fit its shape,
  or a fractal's input has not rows x cols cells."""
  g = np.asarray(grid)
  if rule.fractal and g.shape != (rule.rows, rule.cols):
    return None
  h, w = g.shape
  out = np.empty((rule.rows * h, rule.cols * w), g.dtype)
  for k, (turn, where) in enumerate(rule.blocks):
    y, x = divmod(k, rule.cols)
    block = _drawn(rule, g, y, x, turn, where)
    if block is None:
      return None
    out[y * h:(y + 1) * h, x * w:(x + 1) * w] = block
  return rule_grids.as_grid(out)


def _choices(fractal: bool) -> List[Tuple[str, str]]:
  wheres = WHERE[1:] if fractal else WHERE[:1]
  return [(turn, where) for turn in TURNS for where in wheres] + [(BLANK, "all")]


def _makes(rule: Tiling, demos: Sequence[Tuple[np.ndarray, np.ndarray]], y: int, x: int,
           turn: str, where: str) -> bool:
  """Whether (turn, where) makes block (y, x) of every demo output."""
  for a, b in demos:
    h, w = a.shape
    block = _drawn(rule, a, y, x, turn, where)
    if block is None or not np.array_equal(block, b[y * h:(y + 1) * h, x * w:(x + 1) * w]):
      return False
  return True


def _learn(demos: Sequence[Tuple[np.ndarray, np.ndarray]], rows: int, cols: int,
           background: int, fractal: bool) -> Optional[Tiling]:
  """The first choice per block that makes it on every demo; None if a block has none."""
  rule = Tiling(rows, cols, background, ())
  blocks = []
  for y in range(rows):
    for x in range(cols):
      made = [c for c in _choices(fractal) if _makes(rule, demos, y, x, *c)]
      if not made:
        return None
      blocks.append(made[0])
  return dataclasses.replace(rule, blocks=tuple(blocks))


def learn(task: Task, attempts: int = ATTEMPTS) -> List[Tuple[Tiling, Tuple[Grid, ...]]]:
  """Up to `attempts` tilings with distinct test outputs, the plain one, then
  the fractal; none unless every demo output is the same number of blocks
  (more than one) of its input's shape."""
  demos = [(np.asarray(p.input), np.asarray(p.output)) for p in task.train]
  if not demos:
    return []
  shapes = {(b.shape[0] // a.shape[0], b.shape[1] // a.shape[1])
            if b.shape[0] % a.shape[0] == 0 and b.shape[1] % a.shape[1] == 0 else None
            for a, b in demos}
  backgrounds = {object_rules.background_of(a) for a, _ in demos}
  if len(shapes) != 1 or None in shapes:
    return []
  (rows, cols), background = shapes.pop(), backgrounds.pop() if len(backgrounds) == 1 else 0
  if rows * cols == 1:
    return []
  kept: List[Tuple[Tiling, Tuple[Grid, ...]]] = []
  for fractal in (False, True):
    if fractal and any(a.shape != (rows, cols) for a, _ in demos):
      continue
    rule = _learn(demos, rows, cols, background, fractal)
    if rule is None:
      continue
    answers = tuple(apply(rule, p.input) for p in task.test)
    if all(a is not None for a in answers):
      rule_grids.keep(kept, rule, answers, attempts)
  return kept


def describe(rule: Tiling) -> str:
  kind = "fractal " if rule.fractal else ""
  turns = ", ".join(turn if where == "all" else f"{turn} ({where})" for turn, where in rule.blocks)
  return f"tiling: {kind}{rule.rows} x {rule.cols} blocks of the input: {turns}"


def record(rule: Tiling) -> dict:
  """JSON-ready form of the rule (`from_record` reads it back)."""
  return {"rows": rule.rows, "cols": rule.cols, "background": rule.background,
          "blocks": [list(block) for block in rule.blocks]}


def from_record(data: dict) -> Tiling:
  return Tiling(int(data["rows"]), int(data["cols"]), int(data["background"]),
                tuple((str(turn), str(where)) for turn, where in data["blocks"]))


__all__ = ["ATTEMPTS", "BLANK", "TURNS", "Tiling", "WHERE", "apply", "describe", "from_record",
           "learn", "record"]
