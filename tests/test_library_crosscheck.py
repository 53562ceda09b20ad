"""The all-pairs comparison of `python -m batt_jax.library.crosscheck`."""

import numpy as np

from batt_jax.library import crosscheck
from batt_jax.runtime.coordinator import ChunkResults


def _results(m_demo=3, m_test=2, p=2):
  rng = np.random.default_rng(0)
  return ChunkResults(
      demo_exact=rng.random((m_demo, p)) < 0.5, demo_cells=rng.random((m_demo, p)).astype(np.float32),
      test_cells=rng.integers(0, 10, (m_test, p, 30, 30)).astype(np.int8),
      test_hw=np.full((m_test, p, 2), 3, np.int32), test_valid=np.ones((m_test, p), bool))


def test_identical_results_have_no_mismatch():
  a, b = _results(), _results()
  out = crosscheck.compare(a, b, ["p0", "p1"])
  assert out["demo_mismatches"] == 0 and out["test_mismatches"] == 0
  assert out["programs_with_mismatches"] == {}
  assert out["demo_pairs"] == 6 and out["test_pairs"] == 4


def test_each_kind_of_disagreement_is_counted_for_its_program():
  a, b = _results(), _results()
  b.test_cells[1, 1, 0, 0] += 1        # a different grid
  b.test_valid[0, 0] = False           # valid on one backend only
  b.demo_exact[2, 1] = ~b.demo_exact[2, 1]
  out = crosscheck.compare(a, b, ["p0", "p1"])
  assert out["programs_with_mismatches"] == {"p0": {"demo": 0, "test": 1},
                                             "p1": {"demo": 1, "test": 1}}
  # Grids behind an invalid flag on both sides are not compared.
  c, d = _results(), _results()
  c.test_valid[:] = d.test_valid[:] = False
  d.test_cells[:] = 0
  assert crosscheck.compare(c, d, ["p0", "p1"])["test_mismatches"] == 0


def test_cell_scores_are_compared_to_the_last_bit():
  # Both backends round cell scores the same way (scoring.cell_fraction).
  a, b = _results(), _results()
  b.demo_cells[0, 0] = np.nextafter(b.demo_cells[0, 0], np.float32(1))
  assert crosscheck.compare(a, b, ["p0", "p1"])["programs_with_mismatches"] == {
      "p0": {"demo": 1, "test": 0}}
