"""The canonical order of sets of patches, shared by both implementations.

Sets have no order, but `first`, `last`, `argmax` ties and the slot layout of
encoded containers need one, and it must be the same in the reference and in
the JAX DSL. A patch (an Object or an Indices) is ordered by the key

    (uppermost, leftmost, size, content_hash)

where `content_hash` is the wrapping uint32 sum, over the patch's cells
normalised to its bounding box, of HASH_TABLE[(row * SIDE + col) * 11 + slot],
slot being colour + 1 for an Object's cell and 0 for an Indices' cell. Two
distinct patches with equal keys would need a 32-bit hash collision at the same
corner and size; their relative order is then unspecified (documented in
WORKSPACE.md). Integers are ordered ascending.
"""

import numpy as np

from batt_jax.dsl import capacity

HASH_SLOTS = capacity.NUM_COLORS + 1
HASH_TABLE = np.random.RandomState(20201).randint(
    0, 2**32, size=capacity.SIDE * capacity.SIDE * HASH_SLOTS,
    dtype=np.uint64).astype(np.uint32)


def patch_key(patch) -> tuple:
  """The canonical key of a reference patch (frozenset of cells or of (colour, cell))."""
  if not patch:
    return (0, 0, 0, 0)
  cells = [(c[1], c[0] + 1) if _is_colored(c) else (c, 0) for c in patch]
  top = min(i for (i, _), _ in cells)
  left = min(j for (_, j), _ in cells)
  total = 0
  for (i, j), slot in cells:
    total += int(HASH_TABLE[((i - top) * capacity.SIDE + (j - left)) * HASH_SLOTS + slot])
  return (top, left, len(cells), total % (1 << 32))


def _is_colored(cell) -> bool:
  return isinstance(cell[1], tuple)


def ordered(container) -> tuple:
  """The elements of a reference container in canonical order."""
  if isinstance(container, tuple):
    return container
  items = list(container)
  if items and isinstance(items[0], frozenset):
    return tuple(sorted(items, key=patch_key))
  if items and isinstance(items[0], tuple):  # cells of a patch: row-major
    return tuple(sorted(items, key=lambda c: (c[1], c[0]) if _is_colored(c) else c))
  return tuple(sorted(items))
