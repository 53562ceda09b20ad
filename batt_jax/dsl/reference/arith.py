"""Reference: arithmetic and logic on Integer, Point and Boolean.

Numerical primitives work on an Integer, or on a Point element-wise (both
coordinates). Every Integer result must stay within |x| <= INT_LIMIT (as must
every coordinate of a Point result): beyond, the result is undefined.
"""

from batt_jax.dsl.reference.core import make_int, make_point, require
from batt_jax.dsl.registry import primitive


def _is_point(x) -> bool:
  return isinstance(x, tuple)


def _unary(x, op):
  """op applied to an Integer, or to each coordinate of a Point."""
  if _is_point(x):
    return make_point(op(x[0]), op(x[1]))
  return make_int(op(x))


def _binary(a, b, op):
  """op applied to two Integers, or to two Points coordinate by coordinate."""
  if _is_point(a):
    return make_point(op(a[0], b[0]), op(a[1], b[1]))
  return make_int(op(a, b))


@primitive("identity", "(A) -> A")
def identity(x):
  """The argument itself (any value, callables included)."""
  return x


@primitive("add", "(N: Numerical, N) -> N")
def add(a, b):
  """Sum of two integers, or of two points element-wise."""
  if isinstance(a, tuple):
    return make_point(a[0] + b[0], a[1] + b[1])
  return make_int(a + b)


@primitive("subtract", "(N: Numerical, N) -> N")
def subtract(a, b):
  """a - b, for integers or element-wise for points."""
  return _binary(a, b, lambda x, y: x - y)


@primitive("multiply", "(N: Numerical, N) -> N")
def multiply(a, b):
  """a * b, for integers or element-wise for points.

  Undefined if a product exceeds INT_LIMIT in magnitude.
  """
  return _binary(a, b, lambda x, y: x * y)


def _floordiv(x, y):
  require(y != 0, "division by zero")
  return x // y


@primitive("divide", "(N: Numerical, N) -> N")
def divide(a, b):
  """Floor division a // b (rounds toward minus infinity, like Python).

  Element-wise for points. Undefined if a divisor (any coordinate of a point
  divisor) is zero.
  """
  return _binary(a, b, _floordiv)


@primitive("modulo", "(Integer, Integer) -> Integer")
def modulo(a, b):
  """Python's a % b: the remainder takes the sign of b. Undefined if b == 0."""
  require(b != 0, "modulo by zero")
  return make_int(a % b)


@primitive("invert", "(N: Numerical) -> N")
def invert(x):
  """Negation -x (element-wise for points)."""
  return _unary(x, lambda v: -v)


@primitive("absolute", "(N: Numerical) -> N")
def absolute(x):
  """Absolute value |x| (element-wise for points)."""
  return _unary(x, abs)


@primitive("double", "(N: Numerical) -> N")
def double(x):
  """2 * x (element-wise for points); undefined beyond INT_LIMIT."""
  return _unary(x, lambda v: 2 * v)


@primitive("halve", "(N: Numerical) -> N")
def halve(x):
  """x // 2, rounding toward minus infinity (halve(-3) == -2); element-wise for points."""
  return _unary(x, lambda v: v // 2)


@primitive("increment", "(N: Numerical) -> N")
def increment(x):
  """x + 1 (both coordinates of a point); undefined beyond INT_LIMIT."""
  return _unary(x, lambda v: v + 1)


@primitive("decrement", "(N: Numerical) -> N")
def decrement(x):
  """x - 1 (both coordinates of a point); undefined beyond -INT_LIMIT."""
  return _unary(x, lambda v: v - 1)


def _sign(v):
  return (v > 0) - (v < 0)


@primitive("sign", "(N: Numerical) -> N")
def sign(x):
  """-1, 0 or 1 by the sign of x (element-wise for points)."""
  return _unary(x, _sign)


@primitive("crement", "(Integer) -> Integer")
def crement(x):
  """Moves x one step away from zero: 0 stays 0, x > 0 gives x + 1, x < 0 gives x - 1.

  Undefined beyond INT_LIMIT.
  """
  return make_int(x + _sign(x))


@primitive("even", "(Integer) -> Boolean")
def even(x):
  """Whether x is divisible by 2 (0 and negative even numbers included)."""
  return x % 2 == 0


@primitive("positive", "(Integer) -> Boolean")
def positive(x):
  """Whether x > 0 (0 is not positive)."""
  return x > 0


@primitive("toivec", "(Integer) -> Point")
def toivec(x):
  """The point (x, 0): a vertical (row) offset."""
  return make_point(x, 0)


@primitive("tojvec", "(Integer) -> Point")
def tojvec(x):
  """The point (0, x): a horizontal (column) offset."""
  return make_point(0, x)


@primitive("astuple", "(Integer, Integer) -> Point")
def astuple(a, b):
  """The point (a, b)."""
  return make_point(a, b)


@primitive("row", "(Point) -> Integer")
def row(p):
  """The first coordinate (row) of a point."""
  return make_int(p[0])


@primitive("col", "(Point) -> Integer")
def col(p):
  """The second coordinate (column) of a point."""
  return make_int(p[1])


@primitive("flip", "(Boolean) -> Boolean")
def flip(b):
  """Logical not."""
  return not b


@primitive("both", "(Boolean, Boolean) -> Boolean")
def both(a, b):
  """Logical and (strict: undefined if either argument is)."""
  return bool(a and b)


@primitive("either", "(Boolean, Boolean) -> Boolean")
def either(a, b):
  """Logical or (strict: undefined if either argument is)."""
  return bool(a or b)


@primitive("equality", "(A: Any, A) -> Boolean")
def equality(a, b):
  """Whether two values of one type are equal.

  Sets compare as sets (order-free), tuples element by element in order,
  grids cell by cell (shapes included). Callables cannot be compared: the
  signature bounds A to the DSL's data types.
  """
  return a == b


@primitive("greater", "(Integer, Integer) -> Boolean")
def greater(a, b):
  """Whether a > b (strictly)."""
  return a > b
