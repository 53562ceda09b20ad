"""Object rules: each object of the input recoloured or moved as a whole, by what it is.

Many tasks whose output has its input's shape recolour whole objects: the
largest turns blue, those with a hole turn red, the shape that occurs once
turns green, the small ones vanish. The cell-level rules (`local_rules`) see a
cell and its surroundings; here the unit is an object, so a rule can read what
only the whole object knows (its shape, its holes, how many others share its
shape, its size's rank) and cannot split one object between two colours.

A task fits when, on every demo and for one way of cutting the input into
objects (`SEGMENTATIONS`: one colour or many per object, 4- or 8-connected,
on the input's most common colour as background), every object becomes one
colour or slides (up, down, left or right until the next step would leave
the grid or cover a cell not of the background: the cells fall, the pieces
close in on a centre), and every other cell stays or is where an object slid
to. Each object is then a row of `FEATURES` with the targets that explain
what it became: `KEEP` (it kept its cells), a colour feature it copies
(`COPIES`: the colour of a marker above it, of what it touches), a slide
(`MOVES`), a reach (`REACHES`: it passes over other colours to the next
cell of its own), a move toward the side whose nearest colour beyond its box
is its own or a given one, or toward the one side holding its colour
(`TOWARD`), a shift of 1-3 cells up, down, left or right over whatever is
there (`SHIFTS`), its output colour. A rule is a table from a
key of 0-2 features to a target, kept where every demo object of a key has
that target, every test object's key was seen on the demos, and the table
reproduces every demo whole (moves depend on one another: objects move one
by one, the one furthest along its way first). A key whose objects all fit
a slide and a reach gives one table per order of preference
(`_PREFERENCES`), and the whole-demo check picks. Only the tables of the
fewest features that reproduce the demos are kept, and their answers rank
by how many tables give them: of two tables of one feature that both explain
the demos, the answer more of them agree on is the likelier. Rules are
learned on the task's colours and on its colours renamed by frequency rank.

Chosen on ARC-AGI-1 training and the ARC-AGI-2 training tasks outside
ARC-AGI-1 (2026-11-27). A decision tree over the same features (a guess for
any task that fits, like `cell_tree`) was tried and dropped: on those sets
it answered no task right that nothing else did, and none of 11 on
ARC-AGI-1 evaluation. So were diagonal slides and shifts, shifts of 4-5
cells, rays shot from objects, turns in place, a copy beside the object,
colour swaps and the colour of the nearest other cell as a feature: no
task gained on either set. Like the cell rules, an object rule is not a DSL
program: `record` writes it out, `apply` reproduces it, and the answers check
it against the demos again before it answers. Host-side numpy; the test
outputs of a task never enter it.
"""

from __future__ import annotations

import collections
import dataclasses
import itertools
from typing import Callable, Dict, List, Optional, Sequence, Tuple, Union

import numpy as np
from scipy import ndimage

from batt_jax.data.types import Grid, Task
from batt_jax.search import rule_grids

# The target of an object that keeps its colours.
KEEP = 10
# A colour-valued feature's value where there is no such colour.
NONE = 10
# (univalued, diagonal): one colour per object or many; 8-connected or 4.
SEGMENTATIONS = ((True, False), (True, True), (False, False), (False, True))
# Grids cut into more objects are not learned (noise, not objects).
MAX_OBJECTS = 60
ATTEMPTS = 2

FEATURES = (
    "color",        # its colour (the most common one of a many-coloured object)
    "size", "h", "w",  # cells; its box's height and width
    "rect",         # whether it fills its box
    "holes",        # cells it encloses (of any colour but its own)
    "border",       # whether it touches the grid's edge
    "rank_big", "rank_small",  # its size's rank from the largest / smallest (1 = first)
    "largest", "smallest",
    # How many objects of the grid share its shape (cells, any colour), its
    # pattern (shape and colours), its colour, its size.
    "shape_count", "pattern_count", "color_count", "size_count",
    "ncolors",      # its colours
    "sym_v", "sym_h",  # whether its shape is its own mirror image left-right / up-down
    "top_rank", "left_rank",  # rank of its top row / left column among the objects'
    "minor",        # its least common colour (NONE if it has one)
    "has_hole",
    "touch",        # the most common colour 4-next to it outside it (NONE if none)
    "touches",      # whether it has such a colour
    # The colour of the nearest cells beyond its box, within its columns
    # (up, down) or rows (left, right): a marker that names its colour.
    "up", "down", "left", "right",
    # The side (1-4: up, down, left, right) whose cells beyond its box hold
    # its own colour anywhere, 0 if none does, 5 if more than one.
    "own_side",
)
# Features whose value is a colour: a target may copy one.
COPIES = ("color", "minor", "touch", "up", "down", "left", "right")
# Move targets: the object slides this way until its next step would leave
# the grid or cover a cell that is not background.
MOVES = {"slide_up": (-1, 0), "slide_down": (1, 0), "slide_left": (0, -1),
         "slide_right": (0, 1)}
# Or it passes over every other colour and stops only before a cell of its
# own (or the edge): a piece that joins the line of its colour.
REACHES = {"reach_up": (-1, 0), "reach_down": (1, 0), "reach_left": (0, -1),
           "reach_right": (0, 1)}
# The feature naming the nearest colour on each move's side.
_SIDES = {"slide_up": "up", "slide_down": "down", "slide_left": "left", "slide_right": "right"}
# Or toward the side where the nearest colour beyond its box is its own, or
# one colour, on that side alone (else the object has no such target).
TOWARD = ("toward_own", "toward_own_side") + tuple(f"toward_{c}" for c in range(10))
_STEPS = {**MOVES, **REACHES}
# Or it shifts by a fixed number of cells, whatever it meets.
SHIFTS = {f"shift_{name[6:]}_{k}": (step, k) for name, step in MOVES.items() for k in (1, 2, 3)}


@dataclasses.dataclass(frozen=True)
class ObjectRule:
  """A learned object recolouring.

  Attributes:
    univalued: objects are one colour each (else any colours, connected
      against the background).
    diagonal: objects are 8-connected (else 4-connected).
    features: the features the table's keys read.
    table: (key, target) pairs, keys sorted: the features' values in
      `features` order; a target is KEEP, a colour, the name of a feature
      in `COPIES` whose colour the object takes, or a move (`MOVES`,
      `REACHES`, `TOWARD`, `SHIFTS`).
    ranked: the rule is over colour ranks: a grid is renamed by its own
      `rankcolors` ranks before, and the output renamed back after.
  """
  univalued: bool
  diagonal: bool
  features: Tuple[str, ...] = ()
  table: Tuple[Tuple[Tuple[int, ...], Union[int, str]], ...] = ()
  ranked: bool = False


def background_of(grid: np.ndarray) -> int:
  """The most common colour of `grid` (the smallest of equals)."""
  values, counts = np.unique(grid, return_counts=True)
  return int(values[counts.argmax()])


def segment(grid: np.ndarray, univalued: bool, diagonal: bool,
            background: Optional[int] = None) -> List[np.ndarray]:
  """The objects of `grid` as [h, w] masks: connected cells of one colour
  (`univalued`) or of any colours, other than `background` (by default the
  most common colour)."""
  if background is None:
    background = background_of(grid)
  structure = np.ones((3, 3), int) if diagonal else None
  layers = ([grid == c for c in np.unique(grid) if c != background] if univalued
            else [grid != background])
  masks = []
  for layer in layers:
    labels, n = ndimage.label(layer, structure=structure)
    masks += [labels == k for k in range(1, n + 1)]
  return masks


def _dense_rank(values: Sequence[int], descending: bool) -> List[int]:
  order = sorted(set(values), reverse=descending)
  return [order.index(v) + 1 for v in values]


def _most_common(cells: np.ndarray) -> int:
  if not cells.size:
    return NONE
  values, counts = np.unique(cells, return_counts=True)
  return int(values[counts.argmax()])


def _nearest(strips: np.ndarray, background: int) -> int:
  """The most common colour of the first strip (row of `strips`) holding any
  colour but the background; NONE if none does."""
  for strip in strips:
    cells = strip[strip != background]
    if cells.size:
      return _most_common(cells)
  return NONE


def object_features(grid: np.ndarray, masks: Sequence[np.ndarray]) -> List[Dict[str, int]]:
  """One dict of FEATURES per object mask of `grid`."""
  background = background_of(grid)
  rows, shapes, patterns, tops, lefts = [], [], [], [], []
  for mask in masks:
    ys, xs = np.nonzero(mask)
    box = (slice(ys.min(), ys.max() + 1), slice(xs.min(), xs.max() + 1))
    shape = mask[box]
    colors, counts = np.unique(grid[mask], return_counts=True)
    holes = int(ndimage.binary_fill_holes(shape).sum() - shape.sum())
    shapes.append(shape.tobytes() + bytes(shape.shape))
    patterns.append(np.where(shape, grid[box], -1).tobytes() + bytes(shape.shape))
    rows.append({
        "color": int(colors[counts.argmax()]), "size": int(shape.sum()),
        "h": shape.shape[0], "w": shape.shape[1], "rect": int(shape.all()),
        "holes": holes, "has_hole": int(holes > 0),
        "border": int(ys.min() == 0 or xs.min() == 0 or ys.max() == grid.shape[0] - 1
                      or xs.max() == grid.shape[1] - 1),
        "ncolors": len(colors), "minor": int(colors[counts.argmin()]) if len(colors) > 1 else NONE,
        "sym_v": int(np.array_equal(shape, shape[:, ::-1])),
        "sym_h": int(np.array_equal(shape, shape[::-1]))})
    tops.append(int(ys.min()))
    lefts.append(int(xs.min()))
    padded = np.pad(mask, 1)
    ring = (padded[:-2, 1:-1] | padded[2:, 1:-1] | padded[1:-1, :-2] | padded[1:-1, 2:]) & ~mask
    touch = _most_common(grid[ring & (grid != background)])
    y0, y1, x0, x1 = ys.min(), ys.max() + 1, xs.min(), xs.max() + 1
    rows[-1].update(
        touch=touch, touches=int(touch != NONE),
        up=_nearest(grid[:y0, x0:x1][::-1], background),
        down=_nearest(grid[y1:, x0:x1], background),
        left=_nearest(grid[y0:y1, :x0].T[::-1], background),
        right=_nearest(grid[y0:y1, x1:].T, background))
    strips = (grid[:y0, x0:x1], grid[y1:, x0:x1], grid[y0:y1, :x0], grid[y0:y1, x1:])
    sides = [k + 1 for k, strip in enumerate(strips) if np.any(strip == rows[-1]["color"])]
    rows[-1]["own_side"] = sides[0] if len(sides) == 1 else 5 * bool(sides)
  sizes = [r["size"] for r in rows]
  colors_ = [r["color"] for r in rows]
  big, small = _dense_rank(sizes, True), _dense_rank(sizes, False)
  top, left = _dense_rank(tops, False), _dense_rank(lefts, False)
  for k, r in enumerate(rows):
    r.update(rank_big=big[k], rank_small=small[k], largest=int(big[k] == 1),
             smallest=int(small[k] == 1), shape_count=shapes.count(shapes[k]),
             pattern_count=patterns.count(patterns[k]), color_count=colors_.count(colors_[k]),
             size_count=sizes.count(sizes[k]), top_rank=top[k], left_rank=left[k])
  return rows


def _objects(grid: Grid, univalued: bool, diagonal: bool
             ) -> Optional[Tuple[np.ndarray, List[np.ndarray]]]:
  """The grid and its objects; None if it has none or too many."""
  g = np.asarray(grid)
  masks = segment(g, univalued, diagonal)
  return None if not masks or len(masks) > MAX_OBJECTS else (g, masks)


def _inside(ys: np.ndarray, xs: np.ndarray, shape: Tuple[int, int]) -> bool:
  return ys.min() >= 0 and xs.min() >= 0 and ys.max() < shape[0] and xs.max() < shape[1]


def _along(mask: np.ndarray, step: Tuple[int, int]) -> Tuple[np.ndarray, np.ndarray]:
  """The object `mask`'s cells (rows, columns) at every shift k = 0, 1, ...
  by `step` that keeps it inside the grid: two [k, cells] arrays."""
  ys, xs = np.nonzero(mask)
  (h, w), (dy, dx) = mask.shape, step
  reach = min(h - 1 - ys.max() if dy > 0 else ys.min() if dy < 0 else h,
              w - 1 - xs.max() if dx > 0 else xs.min() if dx < 0 else w)
  ks = np.arange(reach + 1)[:, None]
  return ys[None] + ks * dy, xs[None] + ks * dx


def _blocked(mask: np.ndarray, ys: np.ndarray, xs: np.ndarray, step: Tuple[int, int],
             free: np.ndarray) -> np.ndarray:
  """[k] whether the object `mask`, at each row of its shifted cells (ys, xs)
  (`_along`), would leave the grid or cover a cell that is not `free` one
  `step` further on: its leading cells (those whose next cell is not its own)
  decide."""
  (h, w), (dy, dx) = mask.shape, step
  rows, cols = np.nonzero(mask)
  ahead_y, ahead_x = rows + dy, cols + dx
  inside = (ahead_y >= 0) & (ahead_x >= 0) & (ahead_y < h) & (ahead_x < w)
  leading = ~(inside & mask[ahead_y.clip(0, h - 1), ahead_x.clip(0, w - 1)])
  ny, nx = ys[:, leading] + dy, xs[:, leading] + dx
  out_of_grid = (ny < 0) | (nx < 0) | (ny >= h) | (nx >= w)
  return np.any(out_of_grid | ~free[ny.clip(0, h - 1), nx.clip(0, w - 1)], axis=1)


def _slid(mask: np.ndarray, step: Tuple[int, int], free: np.ndarray
          ) -> Tuple[np.ndarray, np.ndarray]:
  """The cells (rows, columns) of the object `mask` slid by `step` until its
  next step would leave the grid or cover a cell `free` is False at (its own
  cells aside). The last shift `_along` gives is always blocked."""
  ys, xs = _along(mask, step)
  k = int(np.argmax(_blocked(mask, ys, xs, step, free)))
  return ys[k], xs[k]


def _moves(grid: np.ndarray, output: np.ndarray, mask: np.ndarray, free: np.ndarray,
           reached: np.ndarray) -> Tuple[str, ...]:
  """The slides and reaches (`MOVES`, `REACHES`) that take the object `mask`
  to a place where the output shows it and it cannot move on from (against
  the output's own cells), and the shifts (`SHIFTS`) to where the output
  shows it; marks those places in `reached`."""
  pattern = grid[mask]
  found = []
  own = output != _most_common(pattern)
  for name, step in list(MOVES.items()) + list(REACHES.items()):
    ys, xs = _along(mask, step)
    shows = np.all(output[ys, xs] == pattern, axis=1)
    if not shows.any():
      continue
    blocked = _blocked(mask, ys, xs, step, own if name in REACHES else free)
    for k in np.nonzero(shows & blocked)[0]:
      # Every such place: in a stack, the object's own old place may show
      # another of its kind.
      found += [name] * (not found or found[-1] != name)
      reached[ys[k], xs[k]] = True
  ys, xs = np.nonzero(mask)
  for name, ((dy, dx), k) in SHIFTS.items():
    y, x = ys + k * dy, xs + k * dx
    if _inside(y, x, grid.shape) and np.array_equal(output[y, x], pattern):
      found.append(name)
      reached[y, x] = True
  return tuple(found)


def _outcomes(grid: np.ndarray, output: np.ndarray, masks: Sequence[np.ndarray]
              ) -> Optional[List[Tuple[Optional[int], bool, Tuple[str, ...]]]]:
  """Per object, the one colour it becomes (None: it keeps many), whether it
  keeps its cells, and, where a cell outside the objects changes, its moves
  (`_moves`); None if an object does none of these. A table fit to these is
  checked on the whole demos after."""
  outside = np.ones(grid.shape, bool)
  outcomes = []
  for mask in masks:
    outside &= ~mask
    colors = np.unique(output[mask])
    outcomes.append((int(colors[0]) if len(colors) == 1 else None,
                     np.array_equal(grid[mask], output[mask]), ()))
  if np.array_equal(grid[outside], output[outside]):
    return None if any(c is None and not kept for c, kept, _ in outcomes) else outcomes
  # Something moved onto the background (or was drawn there, which no
  # target explains and the demo check after rejects).
  free = output == background_of(output)
  reached = np.zeros(grid.shape, bool)
  moved = []
  for mask, (color, kept, _) in zip(masks, outcomes):
    moves = _moves(grid, output, mask, free, reached)
    if color is None and not kept and not moves:
      return None
    moved.append((color, kept, moves))
  changed = outside & (grid != output)
  return moved if np.all(reached[changed]) else None


def _toward(f: Dict[str, int], step_name: str) -> Tuple[str, ...]:
  """The toward-targets a move named `step_name` fits: a slide toward the
  object's own colour, or toward a colour, where that colour is the nearest
  beyond its box on that side and on no other; a reach toward the one side
  holding its colour beyond its box (`own_side`)."""
  if step_name in REACHES:
    return ("toward_own_side",) * (f["own_side"] == 1 + list(REACHES).index(step_name))
  side = _SIDES[step_name]
  color = f[side]
  if color == NONE or any(f[s] == color for s in _SIDES.values() if s != side):
    return ()
  return ("toward_own",) * (color == f["color"]) + (f"toward_{color}",)


def _explaining(f: Dict[str, int], color: Optional[int], kept: bool,
                moves: Tuple[str, ...] = ()) -> Tuple:
  """The targets that give an object `color` (None: it kept many colours):
  KEEP (if `kept`), the features it copies, its moves, the colour; a table
  prefers them in this order (`_VALUES`): a moved object's old cells are
  background, and the move, not that colour, is what explains it."""
  towards = tuple(t for t in TOWARD if any(t in _toward(f, m) for m in moves if m in _STEPS))
  if color is None:
    return (KEEP,) * kept + moves + towards
  return ((KEEP,) * kept + tuple(n for n in COPIES if f[n] == color) + moves + towards
          + (color,))


# Every target, in the order `_explaining` prefers them: bit k of an
# object's mask says whether _VALUES[k] explains it.
_VALUES = (KEEP,) + COPIES + tuple(MOVES) + tuple(REACHES) + TOWARD + tuple(SHIFTS) + tuple(
    range(10))


# The orders a table picks its targets in, each giving a table of its own
# where they differ: `_VALUES`' order, then moves toward a side before plain
# slides, then reaches before slides (keeping first in each). The whole-demo
# check decides: a key's objects may all fit a slide and a reach, and only
# one of them fits the objects of the other keys too.
_PREFERENCES = tuple(
    tuple(_VALUES.index(v) for v in (KEEP,) + first) + tuple(
        b for b, v in enumerate(_VALUES) if v not in (KEEP,) + first)
    for first in ((), TOWARD, tuple(REACHES)))


def _masks(targets: Sequence[Tuple]) -> np.ndarray:
  return np.array([sum(1 << _VALUES.index(t) for t in ts) for ts in targets], np.int64)


def _tables(rows: Sequence[Dict[str, int]], targets: Sequence[Tuple],
            tests: Sequence[Dict[str, int]],
            check: Callable[[ObjectRule], bool] = lambda rule: True) -> List[ObjectRule]:
  """The consistent tables of the fewest features that know every test key
  and pass `check` (segmentation left unset). A key's objects agree where
  some target explains them all (an AND of their `_masks`); the table gives
  the first such."""
  demo = np.array([[f[x] for x in FEATURES] for f in rows], np.int64)
  test = np.array([[f[x] for x in FEATURES] for f in tests], np.int64)
  # Dense ids of each feature's values, -1 for a test value no demo has.
  ids = np.empty_like(demo)
  test_ids = np.empty_like(test)
  sizes = []
  for c in range(len(FEATURES)):
    values, ids[:, c] = np.unique(demo[:, c], return_inverse=True)
    where = np.searchsorted(values, test[:, c]).clip(0, len(values) - 1)
    test_ids[:, c] = np.where(values[where] == test[:, c], where, -1)
    sizes.append(len(values))
  masks = _masks(targets)
  for n in range(3):
    found = []
    for columns in itertools.combinations(range(len(FEATURES)), n):
      if any(test_ids[:, c].min(initial=0) < 0 for c in columns):
        continue  # a test object's value no demo object has
      key, test_key, size = np.zeros(len(demo), np.int64), np.zeros(len(test), np.int64), 1
      for c in columns:
        key = key * sizes[c] + ids[:, c]
        test_key = test_key * sizes[c] + test_ids[:, c]
        size *= sizes[c]
      common = np.full(size, -1, np.int64)
      np.bitwise_and.at(common, key, masks)
      used = np.unique(key)
      if np.any(common[used] == 0) or not np.isin(test_key, used).all():
        continue
      names = tuple(FEATURES[c] for c in columns)
      keys = {k: tuple(demo[np.argmax(key == k), list(columns)].tolist()) for k in used.tolist()}
      tables = []
      for order in _PREFERENCES:
        # Each key's first target in this order that explains all its objects.
        table = {keys[k]: _VALUES[next(b for b in order if common[k] >> b & 1)] for k in keys}
        if table not in tables:
          tables.append(table)
          found.append((len(table), names, table))
    found.sort(key=lambda item: item[0])  # fewest keys first, stable
    rules = [ObjectRule(True, False, names, tuple(sorted(table.items())))
             for _, names, table in found]
    rules = [rule for rule in rules if check(rule)]
    if rules:
      return rules
  return []


def _paint(rule: ObjectRule, grid: np.ndarray, masks: Sequence[np.ndarray],
           features: Sequence[Dict[str, int]]) -> Optional[Grid]:
  """Recolours first; then the moving objects, lifted off together, slide one
  by one, the one furthest along its way first (so a column of falling
  objects stacks)."""
  out = grid.copy()
  table = dict(rule.table)
  background = background_of(grid)
  moving = []
  for mask, f in zip(masks, features):
    target = table.get(tuple(f[x] for x in rule.features))
    if target in TOWARD:
      sides = [m for m in _STEPS if target in _toward(f, m)]
      if len(sides) != 1:
        return None
      target = sides[0]
    if target in _STEPS:
      moving.append((mask, _STEPS[target], "reach" if target in REACHES else "slide"))
      continue
    if target in SHIFTS:
      moving.append((mask,) + SHIFTS[target])
      continue
    if isinstance(target, str):
      target = f[target]
      if target == NONE:
        return None
    if target is None:
      return None
    if target != KEEP:
      out[mask] = target
  for mask, _, _ in moving:
    out[mask] = background

  def lead(item):
    ys, xs = np.nonzero(item[0])
    return -int((ys * item[1][0] + xs * item[1][1]).max())

  for mask, step, how in sorted(moving, key=lead):
    if isinstance(how, str):  # a reach or a slide
      free = out != _most_common(grid[mask]) if how == "reach" else out == background
      cells = _slid(mask, step, free)
    else:  # a shift by `how` cells
      ys, xs = np.nonzero(mask)
      cells = ys + how * step[0], xs + how * step[1]
      if not _inside(*cells, out.shape):
        return None
    out[cells] = grid[mask]
  return rule_grids.as_grid(out)


def apply(rule: ObjectRule, grid: Grid) -> Optional[Grid]:
  """The rule on `grid`; None if it has no objects or too many, or an
  object's key is not in the table (or its target copies a colour it lacks)."""
  ranks = rule_grids.ranks(grid) if rule.ranked else np.arange(10)
  cut = _objects(ranks[np.asarray(grid)], rule.univalued, rule.diagonal)
  out = None if cut is None else _paint(rule, *cut, object_features(*cut))
  return None if out is None else rule_grids.rename(np.asarray(out), np.argsort(ranks))


def learn(task: Task, attempts: int = ATTEMPTS) -> List[Tuple[ObjectRule, Tuple[Grid, ...]]]:
  """Up to `attempts` rules with distinct test outputs, the most voted first,
  on the task's colours, then on its colours renamed by frequency rank (each
  sample's input's `rankcolors` ranks, as the search's "rankcolors" view and
  the cell rules do); none unless the demos keep their shape, some demo
  changes, and every demo is its objects recoloured or moved under some
  segmentation."""
  demos = rule_grids.demo_arrays([p.input for p in task.train], [p.output for p in task.train])
  if demos is None:
    return []
  tests = [np.asarray(p.input) for p in task.test]
  test_ranks = [rule_grids.ranks(t) for t in tests]
  kept: List[Tuple[ObjectRule, Tuple[Grid, ...]]] = []
  for ranked in (False, True):
    if ranked:
      learned = _learn(rule_grids.ranked_demos(demos), [r[t] for t, r in zip(tests, test_ranks)])
    else:
      learned = _learn(demos, tests)
    for rule, answers in learned:
      if ranked:  # back to the task's colours
        answers = tuple(rule_grids.rename(np.asarray(a), np.argsort(r))
                        for a, r in zip(answers, test_ranks))
      rule_grids.keep(kept, dataclasses.replace(rule, ranked=ranked), answers, attempts)
  return kept


def _learn(demos: Sequence[Tuple[np.ndarray, np.ndarray]], tests: Sequence[np.ndarray]
           ) -> List[Tuple[ObjectRule, Tuple[Grid, ...]]]:
  """`learn` on one naming of the colours: every rule, the most voted first."""
  found = []
  for univalued, diagonal in SEGMENTATIONS:
    rows, targets, demo_cuts = [], [], []
    for a, b in demos:
      cut = _objects(a, univalued, diagonal)
      outcomes = None if cut is None else _outcomes(a, b, cut[1])
      if outcomes is None:
        break
      features = object_features(*cut)
      rows += features
      targets += [_explaining(f, *o) for f, o in zip(features, outcomes)]
      demo_cuts.append((cut[0], cut[1], features, rule_grids.as_grid(b)))
    else:
      cuts = [_objects(t, univalued, diagonal) for t in tests]
      if any(c is None for c in cuts):
        continue
      cuts = [(g, masks, object_features(g, masks)) for g, masks in cuts]

      def reproduces(rule: ObjectRule) -> bool:
        # What each object does, taken together, must be the demo.
        return all(_paint(rule, g, masks, f) == b for g, masks, f, b in demo_cuts)

      for rule in _tables(rows, targets, [f for _, _, features in cuts for f in features],
                          reproduces):
        rule = dataclasses.replace(rule, univalued=univalued, diagonal=diagonal)
        answers = tuple(_paint(rule, *cut) for cut in cuts)
        if all(a is not None for a in answers):
          found.append((rule, answers))
  votes = collections.Counter(answers for _, answers in found)
  return sorted(found, key=lambda item: -votes[item[1]])  # stable: first found


def describe(rule: ObjectRule) -> str:
  cut = (f"{'one-colour' if rule.univalued else 'many-colour'} "
         f"{'8' if rule.diagonal else '4'}-connected objects")
  return (f"object rule: {cut} recoloured by ({', '.join(rule.features) or 'nothing'}); "
          f"{len(rule.table)} keys")


def record(rule: ObjectRule) -> dict:
  """JSON-ready form of the rule (`from_record` reads it back)."""
  return {"univalued": rule.univalued, "diagonal": rule.diagonal, "ranked": rule.ranked,
          "features": list(rule.features),
          "table": [[list(key), value] for key, value in rule.table]}


def from_record(data: dict) -> ObjectRule:
  return ObjectRule(bool(data["univalued"]), bool(data["diagonal"]), tuple(data["features"]),
                    tuple((tuple(key), value) for key, value in data["table"]),
                    bool(data.get("ranked", False)))


__all__ = ["ATTEMPTS", "COPIES", "FEATURES", "KEEP", "MAX_OBJECTS", "MOVES", "NONE",
           "ObjectRule", "REACHES", "SEGMENTATIONS", "SHIFTS", "TOWARD", "apply", "background_of",
           "describe", "from_record", "learn", "object_features", "record", "segment"]
