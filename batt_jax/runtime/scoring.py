"""Scores candidate grids against expected outputs, on the device.

`score_candidates` runs inside the compiled call right after a batt, so only
small per-(sample, program) scores leave the device, not every candidate grid.
"""

from __future__ import annotations

import chex
import jax.numpy as jnp

from batt_jax.dsl.encoding import Grid


@chex.dataclass(frozen=True)
class Scores:
  """Per-(sample, program) agreement of candidates with the expected output.

  Attributes:
    exact: [P] bool, the candidate is valid and equals the expected grid.
    shape: [P] bool, the candidate is valid and has the expected height/width.
    cells: [P] float32, fraction of the expected grid's cells the candidate
      gets right (0 unless `shape`), as `cell_fraction` rounds it.
    valid: [P] bool, the candidate is a valid grid.
  """
  exact: chex.Array
  shape: chex.Array
  cells: chex.Array
  valid: chex.Array


# Cell scores are fractions right / total rounded to multiples of 2^-21: an
# integer division, the same on every backend and in the reference engine
# (a float32 division is not: the GPU's differs from the CPU's in the last
# place). 900 cells x 2^21 fits int32; two fractions of one sample differ by
# at least 1/900, far above the rounding.
_SCALE = 1 << 21


def cell_fraction(right, total):
  """right / total to the nearest multiple of 2^-21 (Python ints or int32 arrays)."""
  return ((right * _SCALE + total // 2) // total) * (1.0 / _SCALE)


def reference_score(got, want) -> tuple:
  """(exact, cells) of a reference output `got` (tuple rows, or None where
  undefined) against `want`, as `score_candidates` scores the encoded ones."""
  if got is None or len(got) != len(want) or len(got[0]) != len(want[0]):
    return False, 0.0
  right = sum(a == b for ra, rb in zip(got, want) for a, b in zip(ra, rb))
  return got == want, cell_fraction(right, len(want) * len(want[0]))


def score_candidates(candidates: Grid, expected: Grid) -> Scores:
  """candidates: Grid with [P] leading axis; expected: one Grid (may be invalid)."""
  chex.assert_rank(candidates.cells, 3)
  chex.assert_shape(expected.cells, candidates.cells.shape[1:])
  inside = ((jnp.arange(candidates.cells.shape[1])[:, None] < expected.hw[0]) &
            (jnp.arange(candidates.cells.shape[2])[None, :] < expected.hw[1]))
  shape = candidates.valid & expected.valid & jnp.all(candidates.hw == expected.hw, axis=-1)
  same = (candidates.cells == expected.cells[None]) & inside[None]
  right = jnp.sum(same, axis=(1, 2), dtype=jnp.int32)
  total = jnp.maximum(expected.hw[0] * expected.hw[1], 1)
  cells = jnp.where(shape, cell_fraction(right, total), 0.0).astype(jnp.float32)
  exact = shape & (right == total)
  return Scores(exact=exact, shape=shape, cells=cells, valid=candidates.valid)

