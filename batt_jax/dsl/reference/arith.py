"""Reference: arithmetic and logic on Integer, Point and Boolean."""

from batt_jax.dsl.reference.core import make_int, make_point
from batt_jax.dsl.registry import primitive


@primitive("add", "(N: Numerical, N) -> N")
def add(a, b):
  """Sum of two integers, or of two points element-wise."""
  if isinstance(a, tuple):
    return make_point(a[0] + b[0], a[1] + b[1])
  return make_int(a + b)
