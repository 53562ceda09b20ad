"""Reference: combinators (they take and return callables).

A callable of the reference DSL raises (Undefined, or an arithmetic / lookup
error) where it is undefined; the closures built here let such errors
propagate, raise `Undefined` when called with an undefined (None) argument,
and check their own conditions (e.g. `power`'s count) when *called*, not when
built, as the JAX closures can only do.
"""

from batt_jax.dsl.reference.core import require
from batt_jax.dsl.registry import primitive

MAX_POWER = 30


def _defined(*args) -> None:
  require(all(a is not None for a in args), "undefined argument")


@primitive("compose", "((B) -> C, (A) -> B) -> (A) -> C")
def compose(outer, inner):
  """The callable x -> outer(inner(x)); undefined wherever either step is."""

  def composed(x):
    _defined(x)
    return outer(inner(x))

  return composed


@primitive("chain", "((C) -> D, (B) -> C, (A) -> B) -> (A) -> D")
def chain(h, g, f):
  """The callable x -> h(g(f(x))); undefined wherever any step is."""

  def chained(x):
    _defined(x)
    return h(g(f(x)))

  return chained


@primitive("fork", "((B, C) -> D, (A) -> B, (A) -> C) -> (A) -> D")
def fork(outer, a, b):
  """The callable x -> outer(a(x), b(x)); undefined wherever any of the three is."""

  def forked(x):
    _defined(x)
    return outer(a(x), b(x))

  return forked


@primitive("matcher", "((A) -> B: Any, B) -> (A) -> Boolean")
def matcher(function, target):
  """The predicate x -> (function(x) == target).

  Undefined wherever function is. B is bounded to the data types (callables
  cannot be compared).
  """

  def matches(x):
    _defined(x, target)
    return function(x) == target

  return matches


@primitive("rbind", "((A, B) -> C, B) -> (A) -> C")
def rbind(function, fixed):
  """The callable x -> function(x, fixed): fixes the second argument."""

  def bound(x):
    _defined(x, fixed)
    return function(x, fixed)

  return bound


@primitive("lbind", "((A, B) -> C, A) -> (B) -> C")
def lbind(function, fixed):
  """The callable y -> function(fixed, y): fixes the first argument."""

  def bound(y):
    _defined(y, fixed)
    return function(fixed, y)

  return bound


@primitive("power", "((A: Any) -> A, Integer) -> (A) -> A")
def power(function, n):
  """The callable x -> function(function(...function(x))), n applications.

  n == 0 gives the identity. Undefined (when called) unless 0 <= n <= 30, or
  if function is undefined at any step. A is bounded to the data types (the
  JAX version iterates in a loop whose carry is an encoded value).
  """

  def powered(x):
    _defined(x, n)
    require(0 <= n <= MAX_POWER, "power count out of range")
    for _ in range(n):
      x = function(x)
    return x

  return powered


@primitive("branch", "(Boolean, A, A) -> A")
def branch(condition, if_true, if_false):
  """if_true if condition else if_false (values or callables alike).

  Strict: undefined if any argument is, even the one not chosen. A callable
  not chosen is never called.
  """
  return if_true if condition else if_false
