"""Reference: object extraction (connected components and partitions)."""

from batt_jax.dsl.reference.colors import mostcolor
from batt_jax.dsl.reference.core import make_object, make_patch_set
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
