"""JAX: colours of grids and patches."""

import jax.numpy as jnp

from batt_jax.dsl.encoding import Grid, Indices
from batt_jax.dsl.jax import core
from batt_jax.dsl.registry import implements


def color_counts(element):
  """([10] counts, defined) for a Grid or an Object; Indices are undefined."""
  if isinstance(element, Grid):
    return core.cell_counts(element.cells, core.grid_mask(element.hw)), core.TRUE
  if isinstance(element, Indices):
    return jnp.zeros(10, jnp.int32), ~jnp.any(element.mask)
  return core.cell_counts(element.colors, element.mask), core.TRUE


@implements("mostcolor")
def mostcolor(element):
  counts, ok = color_counts(element)
  # argmax returns the first maximum: ties go to the smallest colour.
  return core.integer(jnp.argmax(counts), ok & jnp.any(counts > 0))


@implements("palette")
def palette(element):
  counts, ok = color_counts(element)
  return core.int_set(jnp.arange(10), counts > 0, ok)
