"""Reference: patch geometry (Object and Indices)."""

from batt_jax.dsl.reference.core import cells_of, is_object, make_indices, make_object
from batt_jax.dsl.registry import primitive


@primitive("shift", "(P: Patch, Point) -> P")
def shift(patch, offset):
  """The patch moved by offset (rows, columns)."""
  di, dj = offset
  if not patch:
    return patch
  if is_object(patch):
    return make_object((c, (i + di, j + dj)) for c, (i, j) in patch)
  return make_indices((i + di, j + dj) for i, j in patch)


@primitive("toindices", "(Patch) -> Indices")
def toindices(patch):
  """The cells of a patch, without colours."""
  return make_indices(cells_of(patch))
