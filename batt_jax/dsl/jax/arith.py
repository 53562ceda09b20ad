"""JAX: arithmetic and logic on Integer, Point and Boolean."""

import jax.numpy as jnp

from batt_jax.dsl import capacity
from batt_jax.dsl.encoding import Point
from batt_jax.dsl.jax import core
from batt_jax.dsl.registry import implements


def _numeric(like, values, valid=core.TRUE):
  """An Integer ([] values) or a Point ([2] values) of the same kind as `like`."""
  if isinstance(like, Point):
    return core.point(values[0], values[1], valid)
  return core.integer(values, valid)


def _nonzero(b):
  """(divisor with zeros replaced by 1, all components nonzero)."""
  ok = jnp.all(b.value != 0)
  return jnp.where(b.value == 0, 1, b.value), ok


@implements("identity")
def identity(x):
  return x


@implements("add")
def add(a, b):
  if isinstance(a, Point):
    return core.point(a.value[0] + b.value[0], a.value[1] + b.value[1])
  return core.integer(a.value + b.value)


@implements("subtract")
def subtract(a, b):
  return _numeric(a, a.value - b.value)


@implements("multiply")
def multiply(a, b):
  # |a * b| <= L  <=>  b == 0 or |a| <= L // |b|: decided before the int32
  # product can wrap (operands reach 2**20, products 2**40).
  abs_b = jnp.abs(b.value)
  fits = (abs_b == 0) | (jnp.abs(a.value) <= capacity.INT_LIMIT // jnp.maximum(abs_b, 1))
  return _numeric(a, a.value * b.value, jnp.all(fits))


@implements("divide")
def divide(a, b):
  divisor, ok = _nonzero(b)
  return _numeric(a, jnp.floor_divide(a.value, divisor), ok)


@implements("modulo")
def modulo(a, b):
  divisor, ok = _nonzero(b)
  return core.integer(jnp.remainder(a.value, divisor), ok)


@implements("invert")
def invert(x):
  return _numeric(x, -x.value)


@implements("absolute")
def absolute(x):
  return _numeric(x, jnp.abs(x.value))


@implements("double")
def double(x):
  return _numeric(x, 2 * x.value)


@implements("halve")
def halve(x):
  return _numeric(x, jnp.floor_divide(x.value, 2))


@implements("increment")
def increment(x):
  return _numeric(x, x.value + 1)


@implements("decrement")
def decrement(x):
  return _numeric(x, x.value - 1)


@implements("sign")
def sign(x):
  return _numeric(x, jnp.sign(x.value))


@implements("crement")
def crement(x):
  return core.integer(x.value + jnp.sign(x.value))


@implements("even")
def even(x):
  return core.boolean((x.value & 1) == 0)


@implements("positive")
def positive(x):
  return core.boolean(x.value > 0)


@implements("toivec")
def toivec(x):
  return core.point(x.value, 0)


@implements("tojvec")
def tojvec(x):
  return core.point(0, x.value)


@implements("astuple")
def astuple(a, b):
  return core.point(a.value, b.value)


@implements("row")
def row(p):
  return core.integer(p.value[0])


@implements("col")
def col(p):
  return core.integer(p.value[1])


@implements("flip")
def flip(b):
  return core.boolean(~b.value)


@implements("both")
def both(a, b):
  return core.boolean(a.value & b.value)


@implements("either")
def either(a, b):
  return core.boolean(a.value | b.value)


def values_equal(a, b):
  """[] bool: whether two encoded values of one type are equal (validity aside).

  Canonical encodings (encoding.py) make this a comparison of every field.
  """
  if type(a) is not type(b):
    raise TypeError(f"equality of {type(a).__name__} and {type(b).__name__}")
  same = core.TRUE
  for key in a.keys():
    if key != "valid":
      same = same & jnp.all(a[key] == b[key])
  return same


@implements("equality")
def equality(a, b):
  return core.boolean(values_equal(a, b))


@implements("greater")
def greater(a, b):
  return core.boolean(a.value > b.value)
