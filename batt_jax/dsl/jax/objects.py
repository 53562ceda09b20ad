"""JAX: object extraction (connected components and partitions)."""

import jax
import jax.numpy as jnp
from jax import lax

from batt_jax.dsl import canon
from batt_jax.dsl.encoding import Objects
from batt_jax.dsl.jax import core
from batt_jax.dsl.jax.colors import mostcolor
from batt_jax.dsl.registry import implements

S, K = core.S, core.K
FOUR = ((-1, 0), (1, 0), (0, -1), (0, 1))
EIGHT = FOUR + ((-1, -1), (-1, 1), (1, -1), (1, 1))
_NONE = S * S  # label of cells outside every component
_INDEX = jnp.arange(S * S, dtype=jnp.int32).reshape(S, S)
assert S <= 32, "occurrences packs a grid row into one uint32"
_HASH = jnp.asarray(canon.HASH_TABLE, dtype=jnp.uint32).reshape(S * S, canon.HASH_SLOTS)


def _static_shift(x, di, dj, fill):
  """out[a, b] = x[a + di, b + dj] (static offsets), `fill` off the frame."""
  padded = jnp.pad(x, 1, constant_values=fill)
  return padded[1 + di:1 + di + S, 1 + dj:1 + dj + S]


def label_components(cells, member, univalued, diagonal):
  """[S, S] int32: each member cell's smallest row-major index in its component.

  Label equivalence (min-label hooking of roots, then pointer jumping) inside
  `lax.while_loop`. Each round:
    1. m[x]: the smallest label among x and its linked neighbours;
    2. every label (a cell index, the "root" that x points to) is hooked to the
       smallest m[x] over the cells x pointing at it (a scatter-min), so a
       whole group merges with a neighbouring group in one round;
    3. two pointer jumps (label <- label's label).
  Labels always name a cell of the same component and never exceed a cell's
  own index, and a round that changes nothing implies equal labels across
  every link, so the fixed point is the component's smallest index. Rounds
  grow ~logarithmically: on ARC-AGI-1 (train + eval) at most 5, and at most 5
  on 30x30 spirals/snakes, versus up to 57 for plain min-propagation.
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
  sentinel = jnp.array([_NONE], jnp.int32)

  def step(labels):
    m = labels
    for (di, dj), link in links:
      m = jnp.minimum(m, jnp.where(link, _static_shift(labels, di, dj, _NONE), _NONE))
    # Hooking: ref[r] = min(labels[r], min{m[x] : labels[x] == r}); slot _NONE absorbs
    # non-members (their m is _NONE, so it stays _NONE).
    flat = jnp.concatenate([labels.reshape(-1), sentinel])
    ref = flat.at[labels.reshape(-1)].min(m.reshape(-1))
    best = jnp.minimum(m, ref[labels])
    for _ in range(2):  # pointer jumping
      flat = jnp.concatenate([best.reshape(-1), sentinel])
      best = jnp.minimum(best, flat[best])
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
  """Objects from a labelling of the member cells, built directly in canonical order.

  `labels` gives each member cell the smallest row-major index of its group
  (a connected component, or any partition of the members: `_color_groups`)
  and `_NONE` elsewhere. Every per-group quantity of the canonical key (top, left, size, content
  hash) is an O(S^2) segment reduction over the label map, so only the K output
  slots are ever materialised, once, already sorted. Components are disjoint
  and non-empty, hence distinct: no de-duplication is needed. More than K
  components is invalid (capacity).
  """
  roots = member & (labels == _INDEX)
  count = jnp.sum(roots, dtype=jnp.int32)
  lab = labels.reshape(-1)  # _NONE (one past the last cell) for non-members
  # A root is its component's smallest row-major index, so its row is the top.
  i = jnp.broadcast_to(core.ROWS, (S, S)).reshape(-1)
  j = jnp.broadcast_to(core.COLS, (S, S)).reshape(-1)
  left = jnp.full(S * S + 1, S, jnp.int32).at[lab].min(j)
  size = jnp.zeros(S * S + 1, jnp.int32).at[lab].add(1)
  # Content hash of canon.py: cell (i, j) of colour c adds HASH[i - top, j - left, c + 1].
  top_cell = (labels // S).reshape(-1)
  left_cell = left[lab]
  pos = jnp.clip((i - top_cell) * S + (j - left_cell), 0, S * S - 1)
  cell_hash = _HASH[pos, cells.reshape(-1).astype(jnp.int32) + 1]
  cell_hash = jnp.where(member.reshape(-1), cell_hash, jnp.uint32(0))
  hashes = jnp.zeros(S * S + 1, jnp.uint32).at[lab].add(cell_hash)
  # The first K roots in row-major order (beyond K the result is invalid anyway).
  (root_ids,) = jnp.nonzero(roots.reshape(-1), size=K, fill_value=_NONE)
  present = root_ids < _NONE
  tops = jnp.where(present, root_ids // S, 0)
  lefts = jnp.where(present, left[root_ids], 0)
  keys = ((~present).astype(jnp.int32), tops, lefts, size[root_ids], hashes[root_ids], root_ids)
  absent, tops, lefts, _, _, root_ids = lax.sort(keys, num_keys=6)
  present = absent == 0
  # Gather each slot's normalised frame from the bottom/right-padded label map.
  pad = ((0, S), (0, S))
  frame = jax.vmap(lambda x, t, l: lax.dynamic_slice(x, (t, l), (S, S)), (None, 0, 0))
  masks = frame(jnp.pad(labels, pad, constant_values=_NONE), tops, lefts)
  masks = (masks == root_ids[:, None, None]) & present[:, None, None]
  rows = core.pack_rows(masks)
  planes = jax.vmap(core.color_planes)(frame(jnp.pad(cells, pad), tops, lefts), rows)
  origins = jnp.stack([tops, lefts], axis=1)
  return Objects(rows=rows, planes=planes, origin=origins,
                 count=jnp.minimum(count, K), valid=valid & (count <= K))


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


def _color_groups(grid, member):
  """Objects of the member cells grouped by colour (a partition of them).

  Each cell is labelled with the row-major index of the first cell of its
  colour, which is exactly the labelling `components_to_objects` expects.
  """
  slot = jnp.where(member, grid.cells.astype(jnp.int32), 10)
  first = jnp.full(11, _NONE, jnp.int32).at[slot.reshape(-1)].min(_INDEX.reshape(-1))
  labels = jnp.where(member, first[slot], _NONE)
  return components_to_objects(grid.cells, labels, member, core.TRUE)


@implements("partition")
def partition(grid):
  return _color_groups(grid, core.grid_mask(grid.hw))


@implements("fgpartition")
def fgpartition(grid):
  bg = mostcolor(grid).value
  return _color_groups(grid, core.grid_mask(grid.hw) & (grid.cells != bg))


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
  row_colors = jnp.broadcast_to(cells[:, None, :], (S, S, S))
  col_colors = jnp.broadcast_to(cells.T[:, :, None], (S, S, S))
  rows = jnp.concatenate([jnp.broadcast_to(core.pack_rows(row_mask), (S, S)),
                          jnp.broadcast_to(core.pack_rows(col_mask), (S, S))])
  colors = jnp.concatenate([row_colors, col_colors])
  planes = jax.vmap(core.color_planes)(colors, rows)
  zeros = jnp.zeros(S, jnp.int32)
  origins = jnp.concatenate([jnp.stack([lanes, zeros], 1), jnp.stack([zeros, lanes], 1)])
  return core.patch_set(rows, planes, origins, jnp.concatenate([row_ok, col_ok]))


@implements("occurrences")
def occurrences(grid, obj):
  """Row bitsets: every (object row a, corner row i, corner column j) is O(1) word ops.

  Each grid row and each object row becomes a 30-bit set per colour bit-plane
  (the encoding's 4 planes of colour + 1) plus an occupancy set. Object row a
  placed at corner (i, j)
  mismatches where its shifted occupancy bits hit a cell outside the grid or a
  cell whose colour differs in any plane (XOR). All S x S x S triples are
  evaluated at once (fused into one reduction over a): ~15 integer ops each,
  no loop, and no dependence on the object's size. Corners where the bounding
  box would stick out are excluded first, so no bit is ever shifted past 31.
  """
  pad = ((0, 0), (0, S))  # rows i + a up to 2S - 2 read empty rows
  extent = core.grid_rows(grid.hw)
  grid_planes = jnp.pad(core.color_planes(grid.cells, extent), pad)  # [4, 2S]
  grid_inside = jnp.pad(extent, (0, S))  # [2S]
  obj_planes = obj.planes  # [4, S]
  obj_rows = obj.rows  # [S]
  n = core.patch_size(obj)
  _, _, bottom, right, _ = core.rows_bbox(obj.rows)
  fits = (core.ROWS + bottom < grid.hw[0]) & (core.COLS + right < grid.hw[1])
  a = jnp.arange(S)[:, None, None]
  rows = a + jnp.arange(S)[None, :, None]  # [a, i, 1]: grid row i + a
  j = jnp.arange(S, dtype=jnp.uint32)[None, None, :]
  placed = obj_rows[a] << j  # [a, 1, j]
  bad = placed & ~grid_inside[rows]
  for k in range(4):
    bad = bad | (placed & (grid_planes[k][rows] ^ (obj_planes[k][a] << j)))
  match = jnp.all(bad == 0, axis=0) & fits & (n > 0)
  return core.make_indices(match, valid=n > 0)
