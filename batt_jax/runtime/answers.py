"""Ranks programs per task on the demo pairs and picks two attempts per test input.

Ranking of the programs for a task (best first), the documented tie-breaks:
  1. more demo pairs reproduced exactly;
  2. higher mean fraction of demo cells right (near misses rank above misses);
  3. a program written for this task (or a mutant of one) before programs
     written for others: where several reproduce the demos, its author's
     rule is the one meant for this task's test inputs;
  4. fewer lines;
  5. program order in the build (library order, mutations after their parent).
The two attempts for a test input are the outputs of the best-ranked programs
whose output there is valid, skipping an output equal to an earlier attempt.
A task with no valid candidate answers [[0]] (the submission must still list
every test input with two attempts).
"""

from __future__ import annotations

import dataclasses
from typing import Dict, List, Optional, Tuple

import numpy as np

EMPTY_ANSWER = ((0,),)
ATTEMPTS = 2


@dataclasses.dataclass(frozen=True, order=True)
class RankKey:
  """Sort key of a program for a task: smaller is better."""
  neg_exact: int
  neg_cells: float
  not_own: bool
  lines: int
  order: int


def rank_key(exact: int, cells: float, lines: int, order: int, own: bool = False) -> RankKey:
  return RankKey(-int(exact), -round(float(cells), 6), not bool(own), int(lines), int(order))


@dataclasses.dataclass
class Candidate:
  key: RankKey
  grid: Tuple[Tuple[int, ...], ...]
  program: str


class Shortlist:
  """The best few distinct candidate answers of one test input, merged chunk by chunk."""

  def __init__(self, size: int = 4):
    self.size = size
    self.items: List[Candidate] = []

  def offer(self, candidate: Candidate) -> None:
    for i, item in enumerate(self.items):
      if item.grid == candidate.grid:
        if candidate.key < item.key:
          self.items[i] = candidate
          self.items.sort(key=lambda c: c.key)
        return
    if len(self.items) < self.size or candidate.key < self.items[-1].key:
      self.items.append(candidate)
      self.items.sort(key=lambda c: c.key)
      del self.items[self.size:]

  def attempts(self) -> List[Candidate]:
    return self.items[:ATTEMPTS]


def decode_grid(cells: np.ndarray, hw: np.ndarray) -> Tuple[Tuple[int, ...], ...]:
  h, w = int(hw[0]), int(hw[1])
  return tuple(tuple(int(v) for v in row[:w]) for row in cells[:h])


def submission_entry(shortlist: Optional[Shortlist]) -> Dict[str, list]:
  """{"attempt_1": grid, "attempt_2": grid} for one test input (lists of lists)."""
  chosen = [c.grid for c in shortlist.attempts()] if shortlist else []
  while len(chosen) < ATTEMPTS:
    chosen.append(chosen[0] if chosen else EMPTY_ANSWER)
  return {f"attempt_{k + 1}": [list(row) for row in grid] for k, grid in enumerate(chosen)}
