"""The packed-row mask and colour-plane helpers of dsl/jax/core.py against
plain numpy definitions.

Masks come from real ARC grids (one per colour present), with the empty and
full masks added; shifts cover every offset that keeps some cell in the frame
and some that keep none.
"""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from conftest import arc1_grids
from batt_jax.dsl.jax import core

S = core.S


@pytest.fixture(scope="module")
def arc_cells():
  grids = arc1_grids("train")[::25]
  cells = np.zeros((len(grids), S, S), np.int8)
  masks = []
  for i, g in enumerate(grids):
    a = np.asarray(g, np.int8)
    cells[i, :a.shape[0], :a.shape[1]] = a
    inside = np.zeros((S, S), bool)
    inside[:a.shape[0], :a.shape[1]] = True
    masks.append(inside)
    masks.extend(inside & (cells[i] == c) for c in np.unique(a))
  masks += [np.zeros((S, S), bool), np.ones((S, S), bool)]
  return cells, np.stack(masks)


def _shifted(mask, di, dj):
  out = np.zeros_like(mask)
  for a, b in zip(*np.nonzero(mask)):
    if 0 <= a + di < S and 0 <= b + dj < S:
      out[a + di, b + dj] = True
  return out


def test_pack_and_unpack_rows(arc_cells):
  _, masks = arc_cells
  words = np.asarray(jax.jit(jax.vmap(core.pack_rows))(masks))
  assert words.dtype == np.uint32
  want = (masks.astype(np.uint64) << np.arange(S, dtype=np.uint64)).sum(axis=-1)
  np.testing.assert_array_equal(words, want)
  np.testing.assert_array_equal(np.asarray(jax.jit(core.unpack_rows)(words)), masks)
  sizes = np.asarray(jax.jit(jax.vmap(core.rows_size))(words))
  np.testing.assert_array_equal(sizes, masks.sum(axis=(1, 2)))


def test_shift_rows_of_masks(arc_cells):
  _, masks = arc_cells
  rng = np.random.default_rng(0)
  n = len(masks)
  di = rng.integers(-S - 3, S + 4, n)
  dj = rng.integers(-S - 3, S + 4, n)
  di[:4], dj[:4] = (0, 29, -29, 31), (0, -29, 29, -31)
  shifted = lambda m, i, j: core.unpack_rows(core.shift_rows(core.pack_rows(m), i, j))
  got = np.asarray(jax.jit(jax.vmap(shifted))(masks, di, dj))
  for k in range(n):
    np.testing.assert_array_equal(got[k], _shifted(masks[k], di[k], dj[k]), err_msg=f"{k}")


def test_rows_bbox(arc_cells):
  _, masks = arc_cells
  bbox = lambda m: core.rows_bbox(core.pack_rows(m))
  top, left, bottom, right, nonempty = map(np.asarray, jax.jit(jax.vmap(bbox))(masks))
  for k, m in enumerate(masks):
    rows, cols = np.nonzero(m)
    if not len(rows):  # the empty mask: (0, 0, S - 1, S - 1), not non-empty
      assert (top[k], left[k], bottom[k], right[k], nonempty[k]) == (0, 0, S - 1, S - 1, False)
      continue
    got = (top[k], left[k], bottom[k], right[k], nonempty[k])
    assert got == (rows.min(), cols.min(), rows.max(), cols.max(), True), k


def test_to_frame_fits_only_when_no_cell_is_lost(arc_cells):
  _, masks = arc_cells
  masks = masks[masks.any(axis=(1, 2))]
  n = len(masks)
  rng = np.random.default_rng(1)
  origins = rng.integers(-5, 6, (n, 2)).astype(np.int32)
  frames = origins - rng.integers(0, 8, (n, 2)).astype(np.int32)

  def frame(mask, origin, to):
    patch = core.make_indices(mask, origin)
    shifted, _, fits = core.to_frame(patch, to)
    return core.unpack_rows(shifted), fits, core.patch_mask(patch), patch.origin

  got, fits, normal, origin = map(np.asarray, jax.jit(jax.vmap(frame))(masks, origins, frames))
  for k in range(n):
    want = _shifted(normal[k], *(origin[k] - frames[k]))
    np.testing.assert_array_equal(got[k], want)
    assert fits[k] == (want.sum() == normal[k].sum()), k
  assert fits.any() and not fits.all()


def test_cell_counts(arc_cells):
  cells, masks = arc_cells
  rows = np.arange(len(masks)) % len(cells)
  got = np.asarray(jax.jit(jax.vmap(core.cell_counts))(cells[rows], masks))
  for k, r in enumerate(rows):
    want = np.bincount(cells[r][masks[k]], minlength=10)
    np.testing.assert_array_equal(got[k], want)
  full = np.asarray(core.cell_counts(jnp.full((S, S), 9, jnp.int8), jnp.ones((S, S), bool)))
  np.testing.assert_array_equal(full, [0] * 9 + [S * S])
  # More cells than a packed field counts: the one-hot sums.
  many = np.asarray(core.cell_counts(jnp.full((2, S, S), 4, jnp.int8), jnp.ones((2, S, S), bool)))
  np.testing.assert_array_equal(many, [0] * 4 + [2 * S * S] + [0] * 5)


def test_colour_planes(arc_cells):
  """Planes of colour + 1 on a mask: their round trip, their cells, each
  colour's cells, a solid colour, and shifts, against numpy on ARC grids."""
  cells, masks = arc_cells
  rows = np.arange(len(masks)) % len(cells)
  colours, words = cells[rows], np.asarray(jax.vmap(core.pack_rows)(masks))
  planes = np.asarray(jax.jit(jax.vmap(core.color_planes))(colours, words))
  assert planes.shape == (len(masks), 4, S) and not np.any(planes >> S)
  values = (colours.astype(np.int64) + 1) * masks
  np.testing.assert_array_equal(
      np.asarray(jax.jit(jax.vmap(core.plane_values))(planes)), values)
  np.testing.assert_array_equal(np.asarray(jax.jit(jax.vmap(core.plane_colors))(planes)),
                                np.where(masks, colours, 0))
  np.testing.assert_array_equal(np.bitwise_or.reduce(planes, axis=1), words)  # the cells
  by_colour = jax.jit(jax.vmap(jax.vmap(core.rows_of_color, (None, 0)), (0, None)))
  got = np.asarray(by_colour(planes, jnp.arange(10)))  # [n, 10, S]
  for c in range(10):
    want = np.asarray(jax.vmap(core.pack_rows)(masks & (colours == c)))
    np.testing.assert_array_equal(got[:, c], want, err_msg=f"colour {c}")
    solid = np.asarray(jax.vmap(core.solid_planes, (0, None))(words, c))
    np.testing.assert_array_equal(np.asarray(jax.vmap(core.plane_values)(solid)),
                                  (c + 1) * masks)
  rng = np.random.default_rng(1)
  di, dj = rng.integers(-S - 3, S + 4, len(masks)), rng.integers(-S - 3, S + 4, len(masks))
  moved = np.asarray(jax.jit(jax.vmap(core.shift_planes))(planes, di, dj))
  shifted = np.asarray(jax.vmap(core.plane_values)(moved))
  for k in range(len(masks)):
    want = np.zeros((S, S), np.int64)
    for a, b in zip(*np.nonzero(masks[k])):
      if 0 <= a + di[k] < S and 0 <= b + dj[k] < S:
        want[a + di[k], b + dj[k]] = values[k, a, b]
    np.testing.assert_array_equal(shifted[k], want, err_msg=f"{k}")
