"""Reference: object extraction (connected components and partitions)."""

from batt_jax.dsl.reference.colors import mostcolor
from batt_jax.dsl.reference.core import make_indices, make_object, make_patch_set, require
from batt_jax.dsl.registry import primitive

FOUR = ((-1, 0), (1, 0), (0, -1), (0, 1))
EIGHT = FOUR + ((-1, -1), (-1, 1), (1, -1), (1, 1))


@primitive("objects", "(Grid, Boolean, Boolean, Boolean) -> Objects")
def objects(grid, univalued, diagonal, without_bg):
  """Connected components of a grid.

  univalued: a component holds one colour (else any non-background cells join);
  diagonal: 8-connectivity (else 4); without_bg: cells of the grid's
  `mostcolor` are left out. Undefined beyond MAX_OBJECTS components.
  """
  h, w = len(grid), len(grid[0])
  bg = mostcolor(grid) if without_bg else None
  seen = set()
  found = []
  steps = EIGHT if diagonal else FOUR
  for i in range(h):
    for j in range(w):
      if (i, j) in seen or grid[i][j] == bg:
        continue
      stack, cells = [(i, j)], []
      seen.add((i, j))
      while stack:
        a, b = stack.pop()
        cells.append((grid[a][b], (a, b)))
        for di, dj in steps:
          u, v = a + di, b + dj
          if 0 <= u < h and 0 <= v < w and (u, v) not in seen and grid[u][v] != bg:
            if not univalued or grid[u][v] == grid[a][b]:
              seen.add((u, v))
              stack.append((u, v))
      found.append(make_object(cells))
  return make_patch_set(found)


@primitive("partition", "(Grid) -> Objects")
def partition(grid):
  """One object per colour present: all cells of that colour."""
  by_color = {}
  for i, row in enumerate(grid):
    for j, c in enumerate(row):
      by_color.setdefault(c, []).append((c, (i, j)))
  return make_patch_set(make_object(cells) for cells in by_color.values())


@primitive("fgpartition", "(Grid) -> Objects")
def fgpartition(grid):
  """One object per colour present except the grid's `mostcolor`: all cells of that colour.

  A one-colour grid gives the empty set.
  """
  bg = mostcolor(grid)
  by_color = {}
  for i, row in enumerate(grid):
    for j, c in enumerate(row):
      if c != bg:
        by_color.setdefault(c, []).append((c, (i, j)))
  return make_patch_set(make_object(cells) for cells in by_color.values())


@primitive("frontiers", "(Grid) -> Objects")
def frontiers(grid):
  """The grid's full rows and full columns of a single colour, one object each.

  As in ARC-DSL, a uniform row and a uniform column that cross are two
  objects, not merged: both hold the crossing cell (necessarily of their
  common colour). Equal rows/columns collapse as set elements (a 1x1 grid gives
  one object). Undefined beyond MAX_OBJECTS objects (e.g. a one-colour 30x30
  grid has 60).
  """
  h, w = len(grid), len(grid[0])
  found = set()
  for i in range(h):
    if len(set(grid[i])) == 1:
      found.add(make_object((grid[i][j], (i, j)) for j in range(w)))
  for j in range(w):
    if len({grid[i][j] for i in range(h)}) == 1:
      found.add(make_object((grid[i][j], (i, j)) for i in range(h)))
  return make_patch_set(found)


@primitive("occurrences", "(Grid, Object) -> Indices")
def occurrences(grid, obj):
  """Upper-left corners (i, j) where the normalized object matches the grid.

  The object, moved so that its bounding box's corner is at (i, j), must lie
  fully inside the grid and agree with the grid's colour on each of its cells
  (cells of the bounding box outside the object are unconstrained). Empty if
  it occurs nowhere. Undefined for the empty object.
  """
  require(bool(obj), "empty object")
  top = min(i for _, (i, _) in obj)
  left = min(j for _, (_, j) in obj)
  cells = [(c, i - top, j - left) for c, (i, j) in obj]
  oh = max(a for _, a, _ in cells) + 1
  ow = max(b for _, _, b in cells) + 1
  h, w = len(grid), len(grid[0])
  return make_indices(
      (i, j) for i in range(h - oh + 1) for j in range(w - ow + 1)
      if all(grid[i + a][j + b] == c for c, a, b in cells))
