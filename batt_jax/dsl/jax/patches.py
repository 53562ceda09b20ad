"""JAX: patch geometry (Object and Indices)."""

import jax.numpy as jnp

from batt_jax.dsl.encoding import Indices
from batt_jax.dsl.registry import implements


@implements("shift")
def shift(patch, offset):
  nonempty = jnp.any(patch.mask)
  # Canonical form keeps origin (0, 0) for the empty patch.
  return patch.replace(origin=jnp.where(nonempty, patch.origin + offset.value, 0))


@implements("toindices")
def toindices(patch):
  return Indices(mask=patch.mask, origin=patch.origin, valid=patch.valid)
