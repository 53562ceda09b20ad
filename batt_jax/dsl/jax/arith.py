"""JAX: arithmetic and logic on Integer, Point and Boolean."""

from batt_jax.dsl.encoding import Point
from batt_jax.dsl.jax import core
from batt_jax.dsl.registry import implements


@implements("add")
def add(a, b):
  if isinstance(a, Point):
    return core.point(a.value[0] + b.value[0], a.value[1] + b.value[1])
  return core.integer(a.value + b.value)
