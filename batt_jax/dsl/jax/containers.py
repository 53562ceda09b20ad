"""JAX: containers and higher-order mapping."""

import jax
import jax.numpy as jnp

from batt_jax.dsl import types as T
from batt_jax.dsl.encoding import TYPE_OF, Indices, Object
from batt_jax.dsl.jax import core
from batt_jax.dsl.registry import implements


@implements("size")
def size(container):
  if isinstance(container, (Object, Indices)):
    return core.integer(core.patch_size(container))
  return core.integer(container.count)


@implements("apply")
def apply(function, container):
  elems = core.elements(container)
  results = jax.vmap(function)(elems)
  ordered = TYPE_OF[type(container)] in T.ORDERED_CONTAINERS
  return core.collect(results, elems.valid, jnp.asarray(True), ordered)
