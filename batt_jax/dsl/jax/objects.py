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


@implements("fgpartition")
def fgpartition(grid):
  inside = core.grid_mask(grid.hw)
  colors = jnp.arange(10, dtype=grid.cells.dtype)
  masks = (grid.cells[None] == colors[:, None, None]) & inside[None]
  bg = mostcolor(grid).value
  present = jnp.any(masks, axis=(1, 2)) & (jnp.arange(10) != bg)
  cells = jnp.where(masks, grid.cells[None], 0)
  norm = jax.vmap(lambda m, c: core.normalize_frame(m, c, jnp.zeros(2, jnp.int32)))
  masks, cells, origins = norm(masks, cells)
  return core.patch_set(masks, cells, origins, present)


@implements("frontiers")
def frontiers(grid):
  h, w = grid.hw[0], grid.hw[1]
  cells = grid.cells
  lanes = jnp.arange(S, dtype=jnp.int32)
  # Uniform rows (i < h) and columns (j < w), within the grid's extent.
  row_ok = jnp.all((core.COLS >= w) | (cells == cells[:, :1]), axis=1) & (lanes < h)
  col_ok = jnp.all((core.ROWS >= h) | (cells == cells[:1, :]), axis=0) & (lanes < w)
  # Row i becomes the frame's row 0 at origin (i, 0); column j the frame's column 0 at (0, j).
  row_mask = (core.ROWS == 0) & (core.COLS < w)
  col_mask = (core.COLS == 0) & (core.ROWS < h)
  row_colors = jnp.where(row_mask[None], cells[:, None, :], 0)
  col_colors = jnp.where(col_mask[None], cells.T[:, :, None], 0)
  masks = jnp.concatenate([jnp.broadcast_to(row_mask, (S, S, S)),
                           jnp.broadcast_to(col_mask, (S, S, S))])
  colors = jnp.concatenate([row_colors, col_colors]).astype(core.CELL_DTYPE)
  zeros = jnp.zeros(S, jnp.int32)
  origins = jnp.concatenate([jnp.stack([lanes, zeros], 1), jnp.stack([zeros, lanes], 1)])
  return core.patch_set(masks, colors, origins, jnp.concatenate([row_ok, col_ok]))


@implements("occurrences")
def occurrences(grid, obj):
  """Loops over the object's cells only (its size, <= S*S), each step an [S, S] compare.

  match[i, j] stays True while every object cell (a, b) seen so far has
  grid[i + a, j + b] == colour; the loop stops early once nothing matches.
  """
  n = core.patch_size(obj)
  (cell_ids,) = jnp.nonzero(obj.mask.reshape(-1), size=S * S, fill_value=0)
  inside = core.grid_mask(grid.hw)
  # Cells outside the grid hold -1 (matches no colour); padding bottom/right by S
  # makes window (a, b) of size S x S the grid shifted up-left by (a, b).
  padded = jnp.pad(jnp.where(inside, grid.cells, -1).astype(core.CELL_DTYPE),
                   ((0, S), (0, S)), constant_values=-1)
  flat_colors = obj.colors.reshape(-1)

  def cond(state):
    t, match = state
    return (t < n) & jnp.any(match)

  def body(state):
    t, match = state
    p = cell_ids[t]
    a, b = p // S, p % S
    window = lax.dynamic_slice(padded, (a, b), (S, S))
    return t + 1, match & (window == flat_colors[p])

  _, match = lax.while_loop(cond, body, (jnp.int32(0), inside))
  return core.make_indices(match & (n > 0), valid=n > 0)
