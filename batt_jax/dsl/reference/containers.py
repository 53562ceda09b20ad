"""Reference: containers and higher-order mapping."""

from batt_jax.dsl.reference import core
from batt_jax.dsl.registry import primitive


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
