"""Symmetry fills (batt_jax/search/symmetry_fill.py): masked cells restored from symmetries."""

import json

import numpy as np

from batt_jax.data.types import Pair, Task
from batt_jax.search import local_rules
from batt_jax.search import symmetry_fill
from tests.search_testing import grid, search_answers_by_rule


def _mirrored(rows):
  """A picture beside its mirror image: symmetric left-right."""
  a = np.asarray(rows)
  return np.hstack([a, a[:, ::-1]])


PICTURES = [_mirrored([[1, 2, 3], [4, 1, 2], [2, 2, 4], [3, 1, 1]]),
            _mirrored([[2, 3, 3], [1, 4, 4], [1, 2, 3], [4, 4, 1]]),
            _mirrored([[3, 1, 2], [2, 2, 1], [4, 3, 3], [1, 4, 2]])]
TEST = _mirrored([[4, 2, 1], [3, 3, 2], [1, 2, 4], [2, 1, 3]])
PATCHES = [(slice(0, 2), slice(4, 6)), (slice(1, 3), slice(0, 2)), (slice(2, 4), slice(3, 5)),
           (slice(1, 3), slice(4, 6))]


def _masked(picture, patch):
  out = picture.copy()
  out[patch] = 0
  return grid(out.tolist())


def _task(crop):
  def output(picture, patch):
    return grid((picture[patch] if crop else picture).tolist())

  pairs = [(_masked(p, m), output(p, m)) for p, m in zip(PICTURES + [TEST], PATCHES)]
  return Task("sym", tuple(Pair(a, b) for a, b in pairs[:-1]), (Pair(*pairs[-1]),))


def test_masked_cells_take_their_mirror_images_colours():
  masked = np.asarray(_masked(TEST, PATCHES[3]))
  assert np.array_equal(symmetry_fill.fill(masked, 0), TEST)
  assert symmetry_fill.fill(TEST, 0) is None  # nothing masked
  # A mask over a cell and its mirror image: nothing tells what was there.
  both = TEST.copy()
  both[0, 2:4] = 0
  assert symmetry_fill.fill(both, 0) is None


def test_periodic_pictures_are_filled_by_their_translations():
  row = np.array([1, 2, 3, 1, 2, 3, 1, 2, 3])
  picture = np.stack([np.roll(row, k) for k in range(6)])
  masked = picture.copy()
  masked[2:4, 3:6] = 0
  assert np.array_equal(symmetry_fill.fill(masked, 0), picture)


def test_the_whole_grid_or_the_patch_is_learned_from_the_demos():
  (rule, answers), = symmetry_fill.learn(_task(crop=False))
  assert rule == symmetry_fill.SymmetryFill(0, False) and answers == (grid(TEST.tolist()),)
  (rule, answers), = symmetry_fill.learn(_task(crop=True))
  assert rule.crop and answers == (grid(TEST[PATCHES[3]].tolist()),)


def test_no_fill_where_the_demo_output_keeps_the_mask_colour():
  task = _task(crop=False)
  kept = Task("kept", tuple(Pair(p.input, p.input) for p in task.train), task.test)
  assert symmetry_fill.learn(kept) == []


def test_a_record_reads_back_through_json_and_local_rules():
  rule, _ = symmetry_fill.learn(_task(crop=True))[0]
  record = json.loads(json.dumps(local_rules.record(rule)))
  assert local_rules.from_record(record) == rule
  assert local_rules.apply(rule, _masked(TEST, PATCHES[3])) == grid(TEST[PATCHES[3]].tolist())
  assert local_rules.describe(rule).startswith("symmetry fill: the cells of colour 0")


def test_a_real_task_is_answered_right_by_the_search():
  # A symmetric picture; the output is what its 0s hid (ARC-AGI-1 training).
  search_answers_by_rule(["f9012d9b"], "symmetry_fill_tasks", "symmetry fills answer")
