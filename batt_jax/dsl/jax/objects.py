"""JAX: object extraction (connected components and partitions)."""

import jax
import jax.numpy as jnp
from jax import lax

from batt_jax.dsl.jax import core
from batt_jax.dsl.jax.colors import mostcolor
from batt_jax.dsl.registry import implements

S, K = core.S, core.K
FOUR = ((-1, 0), (1, 0), (0, -1), (0, 1))
EIGHT = FOUR + ((-1, -1), (-1, 1), (1, -1), (1, 1))
_NONE = S * S  # label of cells outside every component
_INDEX = jnp.arange(S * S, dtype=jnp.int32).reshape(S, S)


def _static_shift(x, di, dj, fill):
  """out[a, b] = x[a + di, b + dj] (static offsets), `fill` off the frame."""
  padded = jnp.pad(x, 1, constant_values=fill)
  return padded[1 + di:1 + di + S, 1 + dj:1 + dj + S]


def label_components(cells, member, univalued, diagonal):
  """[S, S] int32: each member cell's smallest row-major index in its component.

  Min-label propagation with pointer jumping inside `lax.while_loop`: each
  round takes the minimum over connected neighbours, then jumps every label to
  its label's label, so long snakes converge in O(log) rounds, not O(length).
  """
  links = []
  static = isinstance(diagonal, bool)
  for di, dj in ((EIGHT if diagonal else FOUR) if static else EIGHT):
    other = _static_shift(member, di, dj, False)
    link = member & other
    same = cells == _static_shift(cells, di, dj, -1)
    link = link & jnp.where(univalued, same, True)
    if not static and di != 0 and dj != 0:  # traced flag: mask diagonal links
      link = link & diagonal
    links.append(((di, dj), link))

  def step(labels):
    best = labels
    for (di, dj), link in links:
      best = jnp.minimum(best, jnp.where(link, _static_shift(labels, di, dj, _NONE), _NONE))
    flat = jnp.concatenate([best.reshape(-1), jnp.array([_NONE], jnp.int32)])
    best = jnp.minimum(best, flat[best])  # pointer jumping
    return jnp.where(member, best, _NONE)

  def cond(state):
    return state[1]

  def body(state):
    labels, _ = state
    new = step(labels)
    return new, jnp.any(new != labels)

  start = jnp.where(member, _INDEX, _NONE)
  labels, _ = lax.while_loop(cond, body, (start, jnp.asarray(True)))
  return labels


def components_to_objects(cells, labels, member, valid):
  """Objects from component labels: the first K+1 roots, canonicalised."""
  roots = member & (labels == _INDEX)
  count = jnp.sum(roots, dtype=jnp.int32)
  # Indices of the first K+1 roots in row-major order (K+1 detects overflow).
  (root_ids,) = jnp.nonzero(roots.reshape(-1), size=K + 1, fill_value=_NONE)
  masks = labels[None] == root_ids[:, None, None]
  present = root_ids < _NONE
  masks = masks & present[:, None, None]
  colors = jnp.where(masks, cells[None], 0)
  norm = jax.vmap(lambda m, c: core.normalize_frame(m, c, jnp.zeros(2, jnp.int32)))
  masks, colors, origins = norm(masks, colors)
  return core.patch_set(masks, colors, origins, present, valid & (count <= K))


def _objects(grid, univalued, diagonal, without_bg):
  inside = core.grid_mask(grid.hw)
  bg = mostcolor(grid).value
  member = inside & ~(without_bg & (grid.cells == bg))
  labels = label_components(grid.cells, member, univalued, diagonal)
  return components_to_objects(grid.cells, labels, member, core.TRUE)


@implements("objects")
def objects(grid, univalued, diagonal, without_bg):
  # Diagonal links are always computed and masked by the traced flag, so one
  # compiled program serves both connectivities.
  return _objects(grid, univalued.value, diagonal.value, without_bg.value)


@implements("partition")
def partition(grid):
  inside = core.grid_mask(grid.hw)
  colors = jnp.arange(10, dtype=grid.cells.dtype)
  masks = (grid.cells[None] == colors[:, None, None]) & inside[None]
  present = jnp.any(masks, axis=(1, 2))
  cells = jnp.where(masks, grid.cells[None], 0)
  norm = jax.vmap(lambda m, c: core.normalize_frame(m, c, jnp.zeros(2, jnp.int32)))
  masks, cells, origins = norm(masks, cells)
  return core.patch_set(masks, cells, origins, present)
