"""JAX: combinators (they take and return callables).

A returned callable is a `core.Closure` over the encoded values it captured;
`registry.Primitive.call_jax` ANDs the captured arguments' validity into the
closure's own `valid`, which every call's result and every primitive it is
passed to inherit. Each closure also ANDs in the validity of its own arguments.
"""

import jax
import jax.numpy as jnp
from jax import lax

from batt_jax.dsl.jax import core
from batt_jax.dsl.jax.arith import values_equal
from batt_jax.dsl.reference.combinators import MAX_POWER
from batt_jax.dsl.registry import implements


def _is_value(x) -> bool:
  return not core.is_callable_value(x)


def _and_valid(out, *values):
  """`out` with the validity of every encoded value among `values` ANDed in."""
  ok = out.valid if hasattr(out, "valid") else core.TRUE
  for v in values:
    if _is_value(v):
      ok = ok & v.valid
  if not _is_value(out):  # a callable: its results inherit the validity
    return core.Closure(lambda *args: _and_valid(out(*args), *values), ok)
  return out.replace(valid=ok)


@implements("compose")
def compose(outer, inner):

  def composed(x):
    return _and_valid(outer(inner(x)), x)

  return core.Closure(composed)


@implements("chain")
def chain(h, g, f):

  def chained(x):
    return _and_valid(h(g(f(x))), x)

  return core.Closure(chained)


@implements("fork")
def fork(outer, a, b):

  def forked(x):
    return _and_valid(outer(a(x), b(x)), x)

  return core.Closure(forked)


@implements("matcher")
def matcher(function, target):

  def matches(x):
    out = function(x)
    return _and_valid(core.boolean(values_equal(out, target)), out, target, x)

  return core.Closure(matches)


@implements("rbind")
def rbind(function, fixed):

  def bound(x):
    return _and_valid(function(x, fixed), x, fixed)

  return core.Closure(bound)


@implements("lbind")
def lbind(function, fixed):

  def bound(y):
    return _and_valid(function(fixed, y), fixed, y)

  return core.Closure(bound)


def _strong(tree):
  """The same arrays with strong (non-weak) dtypes: a stable loop carry."""
  return jax.tree.map(lambda a: jnp.asarray(a, dtype=jnp.asarray(a).dtype), tree)


@implements("power")
def power(function, n):

  def powered(x):
    count = jnp.clip(n.value, 0, MAX_POWER)
    start = _strong(x)

    def body(_, value):
      out = function(value)
      # The callable keeps the type (A -> A); keep the carry's exact dtypes.
      return jax.tree.map(lambda new, old: jnp.asarray(new, old.dtype), out, value)

    out = lax.fori_loop(0, count, body, start)
    in_range = (n.value >= 0) & (n.value <= MAX_POWER)
    return out.replace(valid=out.valid & x.valid & n.valid & in_range)

  return core.Closure(powered)


def _select(condition, if_true, if_false):
  """core.where for encoded values; for callables, a closure selecting their results."""
  if _is_value(if_true):
    return core.where(condition.value, if_true, if_false)

  def chosen(*args):
    picked = _select(condition, if_true(*args), if_false(*args))
    return _and_valid(picked, condition, *args)

  return core.Closure(chosen)


@implements("branch")
def branch(condition, if_true, if_false):
  # Values: the registry ANDs all three arguments' validity (strict, like the
  # reference). Callables: both are evaluated and the chosen result kept, so
  # the one not chosen may be undefined without harm.
  return _select(condition, if_true, if_false)
