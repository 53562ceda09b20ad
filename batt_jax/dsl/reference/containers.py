"""Reference: containers and higher-order mapping.

Conventions shared by this family:
* "canonical order" is `core.ordered`: tuples keep their order, integer sets
  ascend, sets of patches follow the key of canon.py.
* A callable argument is evaluated on EVERY element (never lazily): if it is
  undefined on any element, the whole call is undefined, even where an earlier
  element would have settled the answer (`extract`, `argmax`, ...).
* Results are built with the reference.core constructors, so a result beyond a
  capacity (MAX_OBJECTS / MAX_INTS / MAX_GRIDS, a patch bounding box beyond
  SIDE, an Object cell with two colours) is undefined.
"""

from batt_jax.dsl import capacity
from batt_jax.dsl.reference import core
from batt_jax.dsl.reference.core import require
from batt_jax.dsl.registry import primitive

PARITY_HINTS = {
    # repeat: counts around the capacities (0..MAX_GRIDS+1, a few negatives).
    "repeat": {1: lambda k: (k % (capacity.MAX_GRIDS + 4)) - 2},
    # interval: small ranges, both directions, step 0 included.
    "interval": {0: lambda k: (k * 7) % 23 - 11,
                 1: lambda k: (k * 5) % 29 - 14,
                 2: lambda k: (k % 7) - 3},
    # sizefilter: small cell counts.
    "sizefilter": {1: lambda k: k % 6},
}


# --------------------------------------------------------------------------
# Private helpers.


def _set_of(items) -> frozenset:
  """A set of the same kind as its items: IntegerSet, Objects/IndicesSet, or a patch of cells."""
  items = frozenset(items)
  if not items:
    return frozenset()
  x = next(iter(items))
  if isinstance(x, int):
    return core.make_int_set(items)
  if isinstance(x, frozenset):
    return core.make_patch_set(items)
  if isinstance(x[1], tuple):  # (colour, (i, j)): an Object's cell
    return core.make_object(items)
  return core.make_indices(items)


def _tuple_of(items) -> tuple:
  """An IntegerList or GridTuple from its items, in order."""
  items = tuple(items)
  if not items:
    return ()
  if isinstance(items[0], int):
    return core.make_int_list(items)
  return core.make_grid_tuple(items)


def _like(container, items):
  """A container of the same kind as `container` (tuples keep `items` order)."""
  return _tuple_of(items) if isinstance(container, tuple) else _set_of(items)


def _merge(patches) -> frozenset:
  """Union of patches; an Object cell with two colours or a bbox beyond SIDE is undefined."""
  cells = frozenset()
  for p in patches:
    cells = cells | p
  return _set_of(cells)


def _items(container) -> tuple:
  return core.ordered(container)


# --------------------------------------------------------------------------
# Size and mapping.


@primitive("size", "(Sized) -> Integer")
def size(container):
  """Number of elements (of a container) or cells (of a patch)."""
  return len(container)


@primitive("apply", "((Elem[C]) -> R, C: Container) -> MapOf[C, R]")
def apply(function, container):
  """function applied to every element; a set result collapses duplicates.

  Undefined if function is undefined on any element.
  """
  results = [function(e) for e in core.ordered(container)]
  if isinstance(container, tuple):  # tuples stay tuples, in order
    if results and isinstance(results[0], tuple):
      return core.make_grid_tuple(results)
    return core.make_int_list(results)
  if results and isinstance(results[0], frozenset):
    return core.make_patch_set(results)
  return core.make_int_set(results)


@primitive("mapply", "((Elem[C]) -> P: Patch, C: Container) -> P")
def mapply(function, container):
  """Union of function(e) over every element e (the merge of `apply`).

  Empty container: the empty patch. Undefined if function is undefined on any
  element, if two results give one cell two colours, or if the union's
  bounding box exceeds SIDE.
  """
  return _merge([function(e) for e in _items(container)])


@primitive("papply", "((Elem[C], Elem[D]) -> R, C: Container, D: Container) -> MapOf[C, R]")
def papply(function, a, b):
  """function(a_k, b_k) for the k-th elements of a and b in canonical order.

  The result is a tuple (in order) if a is a tuple, else a set (duplicates
  collapse). Undefined unless a and b have the same number of elements, or if
  function is undefined on any pair.
  """
  xs, ys = _items(a), _items(b)
  require(len(xs) == len(ys), "papply: lengths differ")
  return _like(a, [function(x, y) for x, y in zip(xs, ys)])


# --------------------------------------------------------------------------
# Picking elements.


@primitive("first", "(C: Container) -> Elem[C]")
def first(container):
  """The first element in canonical order; undefined if empty."""
  items = _items(container)
  require(len(items) > 0, "first of empty")
  return items[0]


@primitive("last", "(C: Container) -> Elem[C]")
def last(container):
  """The last element in canonical order; undefined if empty."""
  items = _items(container)
  require(len(items) > 0, "last of empty")
  return items[-1]


@primitive("other", "(C: Container, Elem[C]) -> Elem[C]")
def other(container, value):
  """The element of a 2-element container that is not `value`.

  Undefined unless the container has exactly 2 elements of which exactly one
  equals value (so a tuple (x, x) is undefined for every value).
  """
  items = _items(container)
  require(len(items) == 2, "other: not 2 elements")
  require((items[0] == value) != (items[1] == value), "other: value not exactly one element")
  return items[1] if items[0] == value else items[0]


@primitive("extract", "(C: Container, (Elem[C]) -> Boolean) -> Elem[C]")
def extract(container, predicate):
  """The first element (canonical order) on which predicate holds.

  Undefined if none does, or if predicate is undefined on any element.
  """
  items = _items(container)
  flags = [predicate(e) for e in items]
  require(any(flags), "extract: no element satisfies")
  return items[flags.index(True)]


def _arg_best(container, function, better):
  items = _items(container)
  require(len(items) > 0, "argmax/argmin of empty")
  values = [function(e) for e in items]
  best = better(values)
  return items[values.index(best)], best


@primitive("argmax", "(C: Container, (Elem[C]) -> Integer) -> Elem[C]")
def argmax(container, function):
  """The first element (canonical order) with the largest function value.

  Undefined if empty or if function is undefined on any element.
  """
  return _arg_best(container, function, max)[0]


@primitive("argmin", "(C: Container, (Elem[C]) -> Integer) -> Elem[C]")
def argmin(container, function):
  """The first element (canonical order) with the smallest function value.

  Undefined if empty or if function is undefined on any element.
  """
  return _arg_best(container, function, min)[0]


@primitive("valmax", "(C: Container, (Elem[C]) -> Integer) -> Integer")
def valmax(container, function):
  """The largest function value over the elements.

  Undefined if empty or if function is undefined on any element.
  """
  return _arg_best(container, function, max)[1]


@primitive("valmin", "(C: Container, (Elem[C]) -> Integer) -> Integer")
def valmin(container, function):
  """The smallest function value over the elements.

  Undefined if empty or if function is undefined on any element.
  """
  return _arg_best(container, function, min)[1]


def _common(container, most: bool):
  items = _items(container)
  require(len(items) > 0, "mostcommon/leastcommon of empty")
  counts = [items.count(e) for e in items]
  best = max(counts) if most else min(counts)
  return items[counts.index(best)]


@primitive("mostcommon", "(C: Container) -> Elem[C]")
def mostcommon(container):
  """The element occurring most often; ties go to the first in canonical order.

  In a set every element occurs once, so this is its first element. Undefined
  if empty.
  """
  return _common(container, True)


@primitive("leastcommon", "(C: Container) -> Elem[C]")
def leastcommon(container):
  """The element occurring least often; ties go to the first in canonical order.

  In a set every element occurs once, so this is its first element. Undefined
  if empty.
  """
  return _common(container, False)


# --------------------------------------------------------------------------
# Integers.


@primitive("maximum", "(Integers) -> Integer")
def maximum(container):
  """The largest integer; undefined if empty."""
  require(len(container) > 0, "maximum of empty")
  return max(container)


@primitive("minimum", "(Integers) -> Integer")
def minimum(container):
  """The smallest integer; undefined if empty."""
  require(len(container) > 0, "minimum of empty")
  return min(container)


@primitive("total", "(Integers) -> Integer")
def total(container):
  """The sum of the integers (0 if empty); undefined beyond INT_LIMIT."""
  return core.make_int(sum(container))


@primitive("interval", "(Integer, Integer, Integer) -> IntegerList")
def interval(start, stop, step):
  """The integers start, start + step, ... strictly before stop (Python's range).

  Undefined for step 0 and beyond MAX_INTS elements; empty if stop is not
  beyond start in step's direction.
  """
  require(step != 0, "interval: step 0")
  values = range(start, stop, step)
  require(len(values) <= capacity.MAX_INTS, "interval: too many integers")
  return core.make_int_list(values)


@primitive("totuple", "(IntegerSet) -> IntegerList")
def totuple(container):
  """The integers of a set as a list, ascending."""
  return core.make_int_list(sorted(container))


@primitive("order", "(C: Integers, (Integer) -> Integer) -> IntegerList")
def order(container, key):
  """The integers sorted by key, stably (ties keep canonical order: list order,
  or ascending for a set). Undefined if key is undefined on any element.
  """
  items = _items(container)
  keys = [key(e) for e in items]
  ranked = sorted(range(len(items)), key=lambda k: keys[k])
  return core.make_int_list(items[k] for k in ranked)


# --------------------------------------------------------------------------
# Set algebra, filtering and building.


@primitive("merge", "(C: PatchSet) -> Elem[C]")
def merge(container):
  """The union of all patches of a set (the empty patch for an empty set).

  Undefined if two Objects give one cell two different colours, or if the
  union's bounding box exceeds SIDE.
  """
  return _merge(container)


@primitive("combine", "(C: Collection, C) -> C")
def combine(a, b):
  """Union of two sets or patches; concatenation (a then b) of two tuples.

  Undefined beyond a capacity, for an Object cell given two colours, or for a
  patch whose bounding box exceeds SIDE.
  """
  if isinstance(a, tuple):
    return _tuple_of(a + b)
  return _set_of(a | b)


@primitive("intersection", "(C: SetLike, C) -> C")
def intersection(a, b):
  """The elements (or cells; for Objects, (colour, cell) pairs) in both a and b."""
  return _set_of(a & b)


@primitive("difference", "(C: SetLike, C) -> C")
def difference(a, b):
  """The elements (or cells; for Objects, (colour, cell) pairs) of a not in b."""
  return _set_of(a - b)


@primitive("sizefilter", "(C: PatchSet, Integer) -> C")
def sizefilter(container, n):
  """The patches of the set that have exactly n cells."""
  return _set_of(p for p in container if len(p) == n)


@primitive("sfilter", "(C: Container, (Elem[C]) -> Boolean) -> C")
def sfilter(container, predicate):
  """The elements on which predicate holds (tuples keep their order).

  Undefined if predicate is undefined on any element.
  """
  items = _items(container)
  flags = [predicate(e) for e in items]
  return _like(container, [e for e, f in zip(items, flags) if f])


@primitive("mfilter", "(C: PatchSet, (Elem[C]) -> Boolean) -> Elem[C]")
def mfilter(container, predicate):
  """The union of the patches on which predicate holds (merge of sfilter).

  Undefined as sfilter and merge are.
  """
  return _merge(sfilter(container, predicate))


@primitive("contained", "(Elem[C], C: Container) -> Boolean")
def contained(value, container):
  """Whether value is an element of the container."""
  return value in container


@primitive("insert", "(Elem[C], C: Container) -> C")
def insert(value, container):
  """The set with value added, or the tuple with value appended at its end.

  Undefined beyond the container's capacity.
  """
  if isinstance(container, tuple):
    return _tuple_of(container + (value,))
  return _set_of(container | {value})


@primitive("remove", "(Elem[C], C: Container) -> C")
def remove(value, container):
  """The container without value (a tuple loses every occurrence, order kept)."""
  return _like(container, [e for e in _items(container) if e != value])


@primitive("singleton", "(E) -> SetOf[E]")
def singleton(value):
  """The set holding only value (an Object, Indices or Integer)."""
  if isinstance(value, frozenset):
    return core.make_patch_set([value])
  require(isinstance(value, int) and not isinstance(value, bool), "singleton: no set type")
  return core.make_int_set([value])


@primitive("repeat", "(E, Integer) -> TupleOf[E]")
def repeat(value, n):
  """The tuple of n copies of value (a Grid or an Integer).

  Empty for n = 0; undefined for n < 0 and beyond the tuple's capacity
  (MAX_GRIDS grids, MAX_INTS integers).
  """
  require(n >= 0, "repeat: negative count")
  if isinstance(value, int):
    require(n <= capacity.MAX_INTS, "repeat: too many integers")
    return core.make_int_list([value] * n)
  require(n <= capacity.MAX_GRIDS, "repeat: too many grids")
  return core.make_grid_tuple([value] * n)
