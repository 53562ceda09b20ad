"""JAX: grid geometry."""

import jax.numpy as jnp

from batt_jax.dsl.jax import core
from batt_jax.dsl.registry import implements


@implements("rot90")
def rot90(grid):
  h, w = grid.hw[0], grid.hw[1]
  # out[i, j] = in[h - 1 - j, i]: the rotation of a padded grid is a gather.
  src_r = h - 1 - core.COLS
  src_c = core.ROWS
  cells = grid.cells[jnp.clip(src_r, 0, core.S - 1), jnp.clip(src_c, 0, core.S - 1)]
  return core.make_grid(cells, jnp.stack([w, h]))
