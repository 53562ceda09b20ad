"""Cell scores: the same bits from the compiled path and the reference engine."""

import jax
import jax.numpy as jnp
import numpy as np

from batt_jax.dsl import encoding
from batt_jax.runtime import scoring


def test_cell_fraction_is_the_same_compiled_and_in_python_for_every_grid_size():
  total = np.repeat(np.arange(1, 901), np.arange(2, 902))  # every right in 0..total
  right = np.concatenate([np.arange(t + 1) for t in range(1, 901)])
  got = np.asarray(jax.jit(scoring.cell_fraction)(jnp.asarray(right, jnp.int32),
                                                  jnp.asarray(total, jnp.int32)))
  assert got.dtype == np.float32
  want = np.array([scoring.cell_fraction(int(r), int(t)) for r, t in zip(right, total)],
                  np.float32)
  assert got.tobytes() == want.tobytes()
  assert np.abs(want.astype(np.float64) - right / total).max() <= 2.0 ** -22
  assert (want[right == total] == 1.0).all() and (want[right == 0] == 0.0).all()


def test_scores_of_candidates():
  def grid(rows):
    return encoding.encode(tuple(tuple(r) for r in rows), "Grid")

  expected = grid([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
  candidates = [grid([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), grid([[1, 2, 3], [4, 0, 6], [7, 8, 0]]),
                grid([[1, 2], [4, 5]])]
  stacked = jax.tree.map(lambda *x: jnp.stack(x), *candidates)
  scores = jax.jit(scoring.score_candidates)(stacked, expected)
  np.testing.assert_array_equal(scores.exact, [True, False, False])
  np.testing.assert_array_equal(scores.shape, [True, True, False])
  assert np.asarray(scores.cells).tolist() == [1.0, scoring.cell_fraction(7, 9), 0.0]
