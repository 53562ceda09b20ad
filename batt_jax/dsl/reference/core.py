"""Value constructors of the reference DSL: they enforce the capacities.

Every reference primitive builds its result through these, so that a result
the encodings cannot hold raises `Undefined` here exactly where the JAX DSL
marks its result invalid.
"""

from batt_jax.dsl import capacity
from batt_jax.dsl.canon import ordered  # noqa: F401  (re-exported for families)
from batt_jax.dsl.encoding import Undefined


def require(condition: bool, why: str = "undefined") -> None:
  if not condition:
    raise Undefined(why)


def make_int(x) -> int:
  x = int(x)
  require(abs(x) <= capacity.INT_LIMIT, "integer out of range")
  return x


def make_point(i, j) -> tuple:
  return (make_int(i), make_int(j))


def make_grid(rows) -> tuple:
  """A grid from rows; undefined unless 1 <= height, width <= SIDE and rows are even."""
  grid = tuple(tuple(int(v) for v in row) for row in rows)
  require(1 <= len(grid) <= capacity.SIDE, "grid height out of range")
  width = len(grid[0])
  require(1 <= width <= capacity.SIDE, "grid width out of range")
  require(all(len(r) == width for r in grid), "ragged grid")
  return grid


def _check_bbox(rows, cols) -> None:
  if rows:
    require(max(rows) - min(rows) < capacity.SIDE and
            max(cols) - min(cols) < capacity.SIDE, "patch larger than SIDE")


def make_indices(cells) -> frozenset:
  cells = frozenset((int(i), int(j)) for i, j in cells)
  _check_bbox([i for i, _ in cells], [j for _, j in cells])
  return cells


def make_object(cells) -> frozenset:
  """An Object from (colour, (i, j)) pairs; a cell with two colours is undefined."""
  cells = frozenset((int(c), (int(i), int(j))) for c, (i, j) in cells)
  locs = [loc for _, loc in cells]
  require(len(set(locs)) == len(locs), "object cell with two colours")
  _check_bbox([i for i, _ in locs], [j for _, j in locs])
  return cells


def make_patch_set(patches) -> frozenset:
  """A set of Object or of Indices; undefined beyond MAX_OBJECTS elements."""
  patches = frozenset(patches)
  require(len(patches) <= capacity.MAX_OBJECTS, "too many patches")
  return patches


def make_int_set(values) -> frozenset:
  values = frozenset(make_int(v) for v in values)
  require(len(values) <= capacity.MAX_INTS, "too many integers")
  return values


def make_int_list(values) -> tuple:
  values = tuple(make_int(v) for v in values)
  require(len(values) <= capacity.MAX_INTS, "too many integers")
  return values


def make_grid_tuple(grids) -> tuple:
  grids = tuple(make_grid(g) for g in grids)
  require(len(grids) <= capacity.MAX_GRIDS, "too many grids")
  return grids


def is_object(patch) -> bool:
  """Whether a non-empty reference patch is an Object (cells carry colours)."""
  first = next(iter(patch))
  return isinstance(first[1], tuple)


def cells_of(patch) -> frozenset:
  """The cells (i, j) of an Object or Indices."""
  if not patch:
    return frozenset()
  return frozenset(c[1] for c in patch) if is_object(patch) else patch
