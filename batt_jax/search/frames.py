"""Images back in the task's frame, for deduplication across orientation views.

A view that turns or mirrors a task's grids (`tasks.ORIENTATIONS`) searches
the same compositions as the identity view on moved grids: a transform that
commutes with the move (most do: fills, recolourings, objects, crops) gives
the identity view's image, moved. Hashing every image as it stands in the
task's frame lets the search keep one node for both (`Search` groups the
orientation views of a task), so an orientation view adds only what its
direction-bound transforms see differently.

Every move here is a map of coordinates, read off the view's size (h, w):
the task-frame cell (r, c) holds the view cell
(r' = rr*r + rc*c + rh*(h-1) + rw*(w-1), c' = likewise), and a move that
transposes swaps the task frame's height and width.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np

from batt_jax.dsl import capacity
from batt_jax.search.kernels import row_hashes

S = capacity.SIDE

# Per orientation view: the view primitive (applied to the task's grids) and how
# a task-frame cell reads the view's grid, (rr, rc, rh, rw) for the row, the same
# for the column, and whether height and width swap. Checked against the
# reference primitives in frames_test.
_UNDO = {
    "identity": ((1, 0, 0, 0), (0, 1, 0, 0), False),
    "dmirror": ((0, 1, 0, 0), (1, 0, 0, 0), True),
    "cmirror": ((0, -1, 1, 0), (-1, 0, 0, 1), True),
    "vmirror": ((1, 0, 0, 0), (0, -1, 0, 1), False),
    "hmirror": ((-1, 0, 1, 0), (0, 1, 0, 0), False),
    "rot90": ((0, 1, 0, 0), (-1, 0, 0, 1), True),
    "rot180": ((-1, 0, 1, 0), (0, -1, 0, 1), False),
    "rot270": ((0, -1, 1, 0), (1, 0, 0, 0), True),
}
ORIENTATIONS = tuple(_UNDO)
# [orientations, 9] int32: the row's coefficients, the column's, the swap.
_TABLE = np.array([row + col + (int(swap),) for row, col, swap in _UNDO.values()], np.int32)


def code_of(view: str) -> int:
  """The orientation code of a view: its index in ORIENTATIONS (0: not moved)."""
  return ORIENTATIONS.index(view) if view in _UNDO else 0


def to_task_frame(cells, hw, code, xp=jnp):
  """Grids of views back in the task's frame.

  Args:
    cells: [R, S, S] grids (0 outside their size); hw: [R, 2] their sizes.
    code: [R] int orientation codes (`code_of`).
    xp: jnp (on the device) or np (on the host).

  Returns:
    ([R, S, S] cells, [R, 2] sizes) of the unmoved grids, 0 outside their size.
  """
  coef = xp.asarray(_TABLE)[code]  # [R, 9]
  h, w = hw[:, 0:1, None], hw[:, 1:2, None]
  swap = coef[:, 8:9, None] == 1
  out_h, out_w = xp.where(swap, w, h), xp.where(swap, h, w)
  r = xp.arange(S)[None, :, None]
  c = xp.arange(S)[None, None, :]

  def read(k):
    return (coef[:, k, None, None] * r + coef[:, k + 1, None, None] * c
            + coef[:, k + 2, None, None] * (h - 1) + coef[:, k + 3, None, None] * (w - 1))

  inside = (r < out_h) & (c < out_w)
  src_r = xp.clip(read(0), 0, S - 1)
  src_c = xp.clip(read(4), 0, S - 1)
  flat = cells.reshape(cells.shape[0], S * S)
  moved = xp.take_along_axis(flat, (src_r * S + src_c).reshape(cells.shape[0], S * S), axis=1)
  moved = xp.where(inside.reshape(cells.shape[0], S * S), moved, 0).reshape(cells.shape)
  return moved.astype(cells.dtype), xp.concatenate([out_h[:, :, 0], out_w[:, :, 0]], axis=1
                                                   ).astype(hw.dtype)


@jax.jit
def task_frame_hashes(cells, hw, code):
  """`row_hashes` of the grids back in the task's frame: [R] uint32 twice."""
  return row_hashes(*to_task_frame(cells, hw, code))


def task_frame_hashes_host(cells: np.ndarray, hw: np.ndarray, code: np.ndarray):
  """The same, on host arrays (no device op to compile per shape)."""
  return row_hashes(*to_task_frame(cells, hw, code, np), np)
