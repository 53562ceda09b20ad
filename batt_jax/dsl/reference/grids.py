"""Reference: grid geometry."""

from batt_jax.dsl.reference.core import make_grid
from batt_jax.dsl.registry import primitive


@primitive("rot90", "(Grid) -> Grid")
def rot90(grid):
  """The grid rotated a quarter turn clockwise."""
  return make_grid(zip(*grid[::-1]))
