"""Orientation views and images compared in the task's frame (search/frames.py)."""

import dataclasses

import numpy as np
import pytest

from batt_jax.dsl import encoding
from batt_jax.dsl import registry
from batt_jax.search import answers
from batt_jax.search import driver
from batt_jax.search import frames
from batt_jax.search import tasks as tasks_lib
from batt_jax.search.kernels import row_hashes
from codegen import interpret
from search_testing import A, B, C
from search_testing import grid as _grid
from search_testing import task as _task


def _encoded(grids):
  encoded = [encoding.encode(g, "Grid") for g in grids]
  return (np.stack([np.asarray(e.cells) for e in encoded]),
          np.stack([np.asarray(e.hw) for e in encoded]))


@pytest.mark.parametrize("view", frames.ORIENTATIONS)
def test_every_orientation_is_undone_on_real_grids(view, arc1_train_grids):
  """The view's grid, read back through its table, is the task's grid: on the
  device and on the host, and so are their hashes."""
  registry.load()
  forward = (registry.get(tasks_lib.VIEW_PRIMITIVES[view][0]).reference
             if view != "identity" else (lambda g: g))
  grids = list(arc1_train_grids)
  cells, hw = _encoded([forward(g) for g in grids])
  want_cells, want_hw = _encoded(grids)
  code = np.full(len(grids), frames.code_of(view), np.int32)
  got_cells, got_hw = frames.to_task_frame(cells, hw, code, np)
  np.testing.assert_array_equal(got_cells, want_cells)
  np.testing.assert_array_equal(got_hw, want_hw)
  want = row_hashes(want_cells, want_hw, np)
  for got in (frames.task_frame_hashes(cells, hw, code),
              frames.task_frame_hashes_host(cells, hw, code)):
    np.testing.assert_array_equal(np.asarray(got[0]), want[0])
    np.testing.assert_array_equal(np.asarray(got[1]), want[1])


def test_views_not_moved_have_code_zero():
  assert frames.code_of("identity") == 0 and frames.code_of("rankcolors") == 0
  assert frames.code_of("dmirror") != 0


def _search(tasks, names, views, **kwargs):
  config = driver.SearchConfig(depth=1, views=views, chunk_rows=256, max_nodes=50,
                               transforms=names, time_budget_s=None, **kwargs)
  return driver.search(tasks, config)


def test_a_direction_bound_transform_answers_in_a_mirrored_view():
  # The bottom half: tophalf alone cannot, tophalf in the hmirror view can.
  task = _task("t_bottom", lambda g: g[len(g) - len(g) // 2:],
               grids=(A, B, _grid([[1, 2], [3, 4], [5, 6], [7, 8], [9, 1], [2, 3]])))
  assert not _search([task], ("tophalf",), ("identity",)).answers["t_bottom"].programs
  result = _search([task], ("tophalf",), ("identity", "vmirror", "hmirror"))
  a = result.answers["t_bottom"]
  assert a.attempts[0][0] == ((7, 8), (9, 1), (2, 3))
  program = a.programs[0]
  assert [l.primitive for l in program.lines] == ["hmirror", "tophalf", "hmirror"]
  assert interpret.run(program, task.test[0].input) == task.test[0].output
  assert answers.correct(task, result.submission[task.id])


@pytest.mark.parametrize("view, undo", [("rot90", "rot270"), ("rot270", "rot90"),
                                        ("cmirror", "cmirror"), ("rot180", "rot180")])
def test_turned_views_are_undone_by_their_inverse(view, undo):
  registry.load()
  turn = registry.get(tasks_lib.VIEW_PRIMITIVES[view][0]).reference
  back = registry.get(undo).reference
  # tophalf of the turned grid, turned back.
  task = _task("t_turn", lambda g: back(turn(g)[:len(turn(g)) // 2]),
               grids=(B, C, _grid([[1, 2, 3], [4, 5, 6], [7, 8, 9], [1, 2, 3]])))
  result = _search([task], ("tophalf",), (view,))
  a = result.answers["t_turn"]
  assert [l.primitive for l in a.programs[0].lines] == [view, "tophalf", undo]
  assert interpret.run(a.programs[0], task.test[0].input) == task.test[0].output
  assert answers.correct(task, result.submission[task.id])


def test_orientation_views_keep_an_image_once():
  # replace commutes with every move: the dmirror and vmirror views' images are
  # the identity view's, moved, so with share_frames they are not new.
  task = _task("t_replace", lambda g: tuple(tuple(9 if v == 1 else v for v in row) for row in g))
  views = ("identity", "dmirror", "vmirror")
  shared = _search([task], ("replace",), views)
  alone = _search([task], ("replace",), views, share_frames=False)
  assert shared.answers["t_replace"].attempts == alone.answers["t_replace"].attempts
  assert answers.correct(task, shared.submission[task.id])
  # One view's worth of new images instead of three.
  assert alone.stats.new_candidates == 3 * shared.stats.new_candidates
  assert shared.report["summary"]["share_frames"] is True


def test_a_view_may_keep_fewer_nodes():
  task = _task("t_replace", lambda g: tuple(tuple(9 if v == 1 else v for v in row) for row in g))
  config = driver.SearchConfig(depth=2, views=("identity", "vmirror"), chunk_rows=256,
                               max_nodes=50, view_max_nodes=(("vmirror", 1),),
                               transforms=("replace", "hmirror"), time_budget_s=None,
                               share_frames=False)
  narrow = driver.search([task], config)
  wide = driver.search([task], dataclasses.replace(config, view_max_nodes=()))
  assert narrow.report["summary"]["view_max_nodes"] == {"vmirror": 1}
  assert answers.correct(task, narrow.submission[task.id])
  # Layer 1's nodes: the identity view's, and one of the vmirror view's.
  per_view = wide.stats.layers[0] // 2
  assert per_view > 1 and narrow.stats.layers[0] == per_view + 1


def test_unknown_views_and_bad_node_items_are_named():
  with pytest.raises(ValueError, match="unknown views \\['flip'\\]"):
    driver.SearchConfig(views=("identity", "flip")).check()
  with pytest.raises(ValueError, match="not searched: \\['vmirror'\\]"):
    driver.SearchConfig(views=("identity",), view_max_nodes=(("vmirror", 3),)).check()
  with pytest.raises(ValueError, match="'vmirror=3'"):
    driver.parse_view_max_nodes(["vmirror=3"])
  assert driver.parse_view_max_nodes(["vmirror:3", "rot90:10"]) == (("vmirror", 3),
                                                                     ("rot90", 10))
