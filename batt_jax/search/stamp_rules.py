"""Stamps: each object of the input draws a fixed pattern about itself.

A dot grows four coloured corners, every square gets a ring of marks, a
pixel of one colour paints the cells beside it: the output is the input with,
about each object, a pattern that depends only on what the object is. The
cell rules (`local_rules`) read one cell's surroundings and the object rules
(`object_rules`) recolour or move an object's own cells; a stamp writes the
cells about an object, each at a fixed offset from its box.

A rule is, for one way of cutting the input into objects (`SEGMENTATIONS`,
on the demos' one background colour) and one key of an object (`KEYS`: its
colour and box, its shape, its cells' colours), a stamp per key: the offsets
from the object's box (up to a margin of cells beyond it) that every demo
object of that key turned to one and the same colour, where some demo
changed that cell. It is kept where every key with a stamp was seen on two
demo objects or more and every stamped offset was seen inside the grid twice
or more (one object explains anything), stamping each object in turn (in
`object_rules.segment`'s order) reproduces every demo whole, and every test
object's key was seen on the demos. The smallest margin that reproduces the
demos is kept, its rules in `KEYS` order.

Chosen on ARC-AGI-1 training and the ARC-AGI-2 training tasks outside
ARC-AGI-1 (2026-11-28): 10 tasks answered on ARC-AGI-1 training, all right,
two of them (913fb3ed, 95990924) by no other rule; 1 of 1 on ARC-AGI-2.
With a key or an offset seen once enough, 3 + 2 more tasks were answered
right on the two sets, and 6 + 4 wrong. Like the object rules, a stamp
rule is not a DSL program: `record` writes it out, `apply` reproduces it,
and the answers check it against the demos again before it answers. Host-side numpy; the test outputs of a task never enter it.
"""

from __future__ import annotations

import collections
import dataclasses
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from batt_jax.data.types import Grid, Task
from batt_jax.search import object_rules
from batt_jax.search import rule_grids

# (univalued, diagonal), as the object rules cut.
SEGMENTATIONS = ((True, True), (True, False), (False, True), (False, False))
# What identifies an object's stamp: ("color": its colour (-1 if many) and its
# box's height and width; "shape": its box and cells; "pattern": its box and
# each cell's colour (-1 outside it).
KEYS = ("color", "shape", "pattern")
# How far beyond an object's box a stamp reaches.
MAX_MARGIN = 3
# Each stamped key, and each stamped offset, must be seen this often on the demos.
MIN_SEEN = 2
MAX_OBJECTS = object_rules.MAX_OBJECTS
ATTEMPTS = 2

# An object's key: nested tuples of ints (JSON lists read back as tuples).
Key = Tuple
# A stamp: ((dy, dx), colour) pairs, offsets from the object's box's top left.
Stamp = Tuple[Tuple[Tuple[int, int], int], ...]
# An object's box: top, left, height, width.
Box = Tuple[int, int, int, int]
Placed = List[Tuple[Key, Box]]


@dataclasses.dataclass(frozen=True)
class StampRule:
  """A learned stamp per kind of object.

  Attributes:
    univalued, diagonal: the cut into objects, as `object_rules.ObjectRule`'s.
    key: what keys an object's stamp (one of `KEYS`).
    background: the colour that is not an object (every demo input's most
      common colour).
    stamps: (key, stamp) pairs, sorted by key; a key without a stamp is
      known and writes nothing.
  """
  univalued: bool
  diagonal: bool
  key: str
  background: int
  stamps: Tuple[Tuple[Key, Stamp], ...]


def _key(grid: np.ndarray, mask: np.ndarray, kind: str) -> Tuple[Key, Box]:
  """The object's key of `kind`, and its box."""
  ys, xs = np.nonzero(mask)
  top, left = int(ys.min()), int(xs.min())
  h, w = int(ys.max()) - top + 1, int(xs.max()) - left + 1
  box = (slice(top, top + h), slice(left, left + w))
  if kind == "color":
    colors = np.unique(grid[mask])
    key = (int(colors[0]) if len(colors) == 1 else -1, h, w)
  elif kind == "shape":
    key = (h, w, rule_grids.as_grid(mask[box].astype(int)))
  else:
    key = (h, w, rule_grids.as_grid(np.where(mask, grid, -1)[box]))
  return key, (top, left, h, w)


def _placed(grid: np.ndarray, rule: StampRule) -> Optional[Placed]:
  """Each object's key and box, in segmentation order; None if the
  grid has no objects or too many."""
  masks = object_rules.segment(grid, rule.univalued, rule.diagonal, rule.background)
  if not masks or len(masks) > MAX_OBJECTS:
    return None
  return [_key(grid, m, rule.key) for m in masks]


def _stamped(grid: np.ndarray, placed: Placed,
             stamps: Dict[Key, Stamp]) -> Optional[np.ndarray]:
  """`grid` with each object's stamp written in turn; None if an object's
  key has no entry."""
  out = grid.copy()
  h, w = grid.shape
  for key, (top, left, _, _) in placed:
    if key not in stamps:
      return None
    for (dy, dx), color in stamps[key]:
      y, x = top + dy, left + dx
      if 0 <= y < h and 0 <= x < w:
        out[y, x] = color
  return out


def apply(rule: StampRule, grid: Grid) -> Optional[Grid]:
  """The rule on `grid`; None if it has no objects, too many, or one whose
  key the demos did not show."""
  g = np.asarray(grid)
  placed = _placed(g, rule)
  out = None if placed is None else _stamped(g, placed, dict(rule.stamps))
  return None if out is None else rule_grids.as_grid(out)


def _offsets(placed: Placed, shape: Tuple[int, int], margin: int):
  """Each (key, offset, cell) of the objects' boxes grown by `margin`, inside the grid."""
  for key, (top, left, h, w) in placed:
    for dy in range(-margin, h + margin):
      for dx in range(-margin, w + margin):
        y, x = top + dy, left + dx
        if 0 <= y < shape[0] and 0 <= x < shape[1]:
          yield key, (dy, dx), (y, x)


def _stamps(demos: Sequence[Tuple[np.ndarray, np.ndarray]],
            placed: Sequence[Placed],
            margin: int) -> Optional[Dict[Key, Stamp]]:
  """Every key's stamp at `margin`, from the demos; None where a stamped key
  or offset was seen too seldom."""
  colors = collections.defaultdict(set)  # (key, offset) -> output colours there
  seen = collections.Counter()  # (key, offset) -> times inside the grid
  changed = set()  # (key, offset) some demo changed
  for (a, b), objects in zip(demos, placed):
    for key, offset, cell in _offsets(objects, a.shape, margin):
      colors[key, offset].add(int(b[cell]))
      seen[key, offset] += 1
      if a[cell] != b[cell]:
        changed.add((key, offset))
  objects_of = collections.Counter(key for objects in placed for key, _ in objects)
  stamps: Dict[Key, list] = {key: [] for key in objects_of}
  for (key, offset), values in colors.items():
    if (key, offset) in changed and len(values) == 1:
      if seen[key, offset] < MIN_SEEN or objects_of[key] < MIN_SEEN:
        return None
      stamps[key].append((offset, next(iter(values))))
  return {key: tuple(sorted(stamp)) for key, stamp in stamps.items()}


def learn(task: Task, attempts: int = ATTEMPTS) -> List[Tuple[StampRule, Tuple[Grid, ...]]]:
  """Up to `attempts` rules with distinct test outputs, of the smallest margin
  that reproduces the demos; none unless the demos keep their shape, some demo
  changes, and every demo input has the same most common colour."""
  demos = rule_grids.demo_arrays([p.input for p in task.train], [p.output for p in task.train])
  if demos is None:
    return []
  backgrounds = {object_rules.background_of(a) for a, _ in demos}
  if len(backgrounds) != 1:
    return []
  tests = [np.asarray(p.input) for p in task.test]
  background = backgrounds.pop()
  cuts = []  # (rule without stamps, demo objects, test objects)
  for univalued, diagonal in SEGMENTATIONS:
    for key in KEYS:
      rule = StampRule(univalued, diagonal, key, background, ())
      placed = [_placed(g, rule) for g in [a for a, _ in demos] + tests]
      if all(p is not None for p in placed):
        cuts.append((rule, placed[:len(demos)], placed[len(demos):]))
  for margin in range(MAX_MARGIN + 1):
    kept: List[Tuple[StampRule, Tuple[Grid, ...]]] = []
    for rule, demo_objects, test_objects in cuts:
      stamps = _stamps(demos, demo_objects, margin)
      if stamps is None or not any(stamps.values()) or not all(
          np.array_equal(_stamped(a, objects, stamps), b)
          for (a, b), objects in zip(demos, demo_objects)):
        continue
      outputs = [_stamped(t, objects, stamps) for t, objects in zip(tests, test_objects)]
      if any(o is None for o in outputs):
        continue
      answers = tuple(map(rule_grids.as_grid, outputs))
      rule_grids.keep(kept, dataclasses.replace(rule, stamps=tuple(sorted(stamps.items()))),
                      answers, attempts)
    if kept:
      return kept
  return []


def describe(rule: StampRule) -> str:
  cut = (f"{'one-colour' if rule.univalued else 'many-colour'} "
         f"{'8' if rule.diagonal else '4'}-connected objects")
  cells = sum(len(stamp) for _, stamp in rule.stamps)
  return (f"stamp rule: {cut} on {rule.background} stamp by their {rule.key}; "
          f"{len(rule.stamps)} keys, {cells} cells")


def record(rule: StampRule) -> dict:
  """JSON-ready form of the rule (`from_record` reads it back)."""
  return {"univalued": rule.univalued, "diagonal": rule.diagonal, "key": rule.key,
          "background": rule.background,
          "stamps": [[key, [[list(offset), color] for offset, color in stamp]]
                     for key, stamp in rule.stamps]}


def from_record(data: dict) -> StampRule:
  return StampRule(bool(data["univalued"]), bool(data["diagonal"]), str(data["key"]),
                   int(data["background"]),
                   tuple((rule_grids.tupled(key), tuple((tuple(offset), int(color)) for offset, color in stamp))
                         for key, stamp in data["stamps"]))


__all__ = ["ATTEMPTS", "KEYS", "MAX_MARGIN", "MIN_SEEN", "SEGMENTATIONS", "StampRule", "apply",
           "describe", "from_record", "learn", "record"]
