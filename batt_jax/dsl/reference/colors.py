"""Reference: colours of grids and patches."""

from collections import Counter

from batt_jax.dsl.reference.core import is_object, make_int_set, require
from batt_jax.dsl.registry import primitive


def color_counts(element) -> Counter:
  """Colour -> number of cells, for a Grid or an Object."""
  if isinstance(element, tuple):
    return Counter(v for row in element for v in row)
  require(not element or is_object(element), "colour of Indices")
  return Counter(c for c, _ in element)


@primitive("mostcolor", "(G: Piece) -> Integer")
def mostcolor(element):
  """The most common colour of a grid or object; ties go to the smallest colour.

  Undefined for an empty object and for Indices (no colours).
  """
  counts = color_counts(element)
  require(bool(counts), "no colours")
  return min(counts, key=lambda c: (-counts[c], c))


@primitive("palette", "(G: Piece) -> IntegerSet")
def palette(element):
  """The set of colours of a grid or object (Indices: undefined)."""
  return make_int_set(color_counts(element))
