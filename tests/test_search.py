"""The program search: transforms, the enumeration, answers and the entry point."""

import concurrent.futures
import dataclasses
import json
import os
import subprocess
import sys
import threading
import time

import jax
import numpy as np
import pytest

from batt_jax import data
from batt_jax.dsl import encoding
from batt_jax.runtime import compile_pool
from batt_jax.runtime import executable_cache
from batt_jax.search import answers
from batt_jax.search import call_rows as call_rows_lib
from batt_jax.search import driver
from batt_jax.search import enumerate as enumerate_lib
from batt_jax.search import kernels
from batt_jax.search import mutation
from batt_jax.search import tasks as tasks_lib
from batt_jax.search import transforms as transforms_lib
from codegen import interpret
from codegen import pipeline
from codegen.program import Location, Program
from search_testing import A, B, C
from search_testing import grid as _grid
from search_testing import task as _task

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SMALL = ("rot90", "hmirror", "replace", "upscale", "largest_object", "fill_enclosed",
         "lr_and")


def _rot90(g):
  return tuple(zip(*g[::-1]))


def _replace(g, a, b):
  return tuple(tuple(b if v == a else v for v in row) for row in g)


def test_catalogue_type_checks():
  transforms_lib.check_catalogue()


def test_variants_follow_the_palette_and_distinctness():
  replace = transforms_lib.by_name()["replace"]
  assert replace.variants([0, 3, 5]) == [(0, 3), (0, 5), (3, 0), (3, 5), (5, 0), (5, 3)]
  assert transforms_lib.by_name()["rot90"].variants([1, 2]) == [()]


@pytest.mark.parametrize("name", SMALL)
def test_transform_kernel_matches_the_reference_of_its_program(name, arc1_train_grids):
  """The compiled template equals the reference run of the rendered program."""
  _check_kernel(name, arc1_train_grids)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(set(transforms_lib.by_name()) - set(SMALL)))
def test_every_transform_kernel_matches_the_reference(name, arc1_train_grids):
  _check_kernel(name, arc1_train_grids)


def _check_kernel(name, arc1_train_grids):
  transform = transforms_lib.by_name()[name]
  grids = arc1_train_grids[::97][:12]
  view = tasks_lib.View("t", "identity", tuple(grids), (), (0, 1, 2, 3, 5))
  variants = transform.variants(view.palette)[:6]
  rows = [(g, v) for g in grids for v in variants]
  enc = [encoding.encode(g, "Grid") for g, _ in rows]
  cells = np.stack([e.cells for e in enc])
  hw = np.stack([e.hw for e in enc])
  params = np.array([v for _, v in rows], np.int32).reshape(len(rows), len(transform.params))
  params = params if params.shape[1] else np.zeros((len(rows), 1), np.int32)
  kernel = kernels._kernel(transform)
  zeros = np.zeros_like(cells)
  unchanged = np.zeros(cells.shape, bool)
  out_cells, out_hw, packed = kernel(cells, hw, params, zeros, hw, np.zeros(len(rows), bool),
                                     unchanged)
  valid = kernels.unpack(np.asarray(packed)).valid
  fixed = kernels.shares_prefix(transform)
  if fixed is not None:
    # Rows of one grid (and fixed parameters) share its prefix: same results.
    grid = np.repeat(np.arange(len(grids)), len(variants))
    keys = kernels.head_keys(fixed, grid, params)
    _, firsts, grid_of_row = np.unique(keys, return_index=True, return_inverse=True)
    assert len(firsts) < len(rows) or len(variants) == 1
    shared = kernels._shared_kernel(transform)(
        cells[firsts], hw[firsts], params[firsts], grid_of_row.astype(np.int32), params, zeros,
        hw, np.zeros(len(rows), bool), unchanged)
    for got, want in zip(shared, (out_cells, out_hw, packed)):
      np.testing.assert_array_equal(np.asarray(got), np.asarray(want))
  for k, (g, v) in enumerate(rows):
    expected = _reference(name, g, v)
    if expected is None:
      assert not valid[k], (name, v)
    else:
      assert valid[k], (name, v)
      h, w = out_hw[k]
      got = tuple(tuple(int(x) for x in row[:w]) for row in np.asarray(out_cells[k])[:h])
      assert got == expected, (name, v)


def _reference(name, grid, values=()):
  """The rendered program of one transform, run by the reference interpreter."""
  view = tasks_lib.View("t", "identity", (grid,), (), (0,))
  program = answers.program_of(view, (enumerate_lib.Step(name, tuple(values)),), 1)
  return interpret.run(program, grid)


# 30 rows: column 0 holds 14 cells (colours 1..9, 1..5) above 16 background cells; column 1
# a single 5 on top.
_TALL = [[1 + k % 9 if k < 14 else 0, 5 if k == 0 else 0] for k in range(30)]
_TALL_DOWN = [[1 + (k - 16) % 9 if k >= 16 else 0, 5 if k == 29 else 0] for k in range(30)]


@pytest.mark.parametrize("name, values, grid, expected", [
    # Cells fall (in order) until they rest on another cell or the bottom.
    ("gravity_down", (), [[0, 4, 0, 9], [0, 0, 0, 0], [0, 4, 6, 0], [1, 0, 0, 0]],
     [[0, 0, 0, 0], [0, 0, 0, 0], [0, 4, 0, 0], [1, 4, 6, 9]]),
    ("gravity_up", (), [[0, 4, 0, 9], [0, 0, 0, 0], [0, 4, 6, 0], [1, 0, 0, 0]],
     [[1, 4, 6, 9], [0, 4, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]),
    # The slowest case for 30 rows (14 stacked cells over 16 background cells; a lone cell
    # 29 cells from the end): the 29 written-out steps suffice.
    ("gravity_down", (), _TALL, _TALL_DOWN),
    ("gravity_up", (), _TALL[::-1], _TALL_DOWN[::-1]),
    # Background cells take the nearest colour up-left of them on their diagonal.
    ("smear_dr", (), [[6, 1, 0], [3, 0, 0], [0, 0, 0]], [[6, 1, 0], [3, 6, 1], [0, 3, 6]]),
    # Only the gap between two cells of one colour (nothing else between) is filled.
    ("connect_h_own", (), [[0, 3, 0, 0, 3], [2, 0, 2, 0, 5], [1, 0, 0, 0, 0]],
     [[0, 3, 3, 3, 3], [2, 2, 2, 0, 5], [1, 0, 0, 0, 0]]),
    # Cells outside every 2x2 block of non-background cells are erased.
    ("open_2x2", (), [[5, 5, 0, 0, 5], [5, 5, 0, 0, 0], [0, 0, 0, 0, 0], [0, 5, 5, 0, 0]],
     [[5, 5, 0, 0, 0], [5, 5, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]),
    # The piece between the separator lines that differs from the others.
    ("piece_odd", (), [[1, 1, 5, 1, 1], [1, 1, 5, 1, 2], [5, 5, 5, 5, 5], [1, 1, 5, 1, 1],
                       [1, 1, 5, 1, 1]], [[1, 1], [1, 2]]),
    # The ring around a background hole is recoloured; the open bar is not.
    ("recolor_closed", (3,), [[0, 0, 0, 0, 0, 0], [0, 1, 1, 1, 0, 0], [0, 1, 0, 1, 0, 1],
                              [0, 1, 1, 1, 0, 1], [0, 0, 0, 0, 0, 0]],
     [[0, 0, 0, 0, 0, 0], [0, 3, 3, 3, 0, 0], [0, 3, 0, 3, 0, 1], [0, 3, 3, 3, 0, 1],
      [0, 0, 0, 0, 0, 0]]),
    # Most and least common colours swapped.
    ("swap_most_least", (), [[4, 5, 4], [5, 5, 5], [4, 5, 4]], [[5, 4, 5], [4, 4, 4], [5, 4, 5]]),
    # The odd object out: the L among squares (whatever their colours), the square of
    # another colour among squares, the bar among single cells.
    ("crop_odd_shape", (1, 0), [[1, 1, 0, 2, 2], [1, 1, 0, 2, 2], [0, 0, 0, 0, 0],
                                [3, 3, 0, 4, 0], [3, 3, 0, 4, 4]], [[4, 0], [4, 4]]),
    ("crop_odd_pattern", (1, 0), [[1, 1, 0, 1, 1, 0], [1, 1, 0, 1, 1, 0], [0, 0, 0, 0, 0, 0],
                                  [1, 1, 0, 2, 2, 0], [1, 1, 0, 2, 2, 0], [0, 0, 0, 0, 0, 0]],
     [[2, 2], [2, 2]]),
    ("crop_odd_size", (1, 0), [[5, 0, 5, 0], [0, 0, 0, 0], [5, 0, 5, 5]], [[5, 5]]),
])
def test_added_transforms_on_hand_checked_grids(name, values, grid, expected):
  assert _reference(name, _grid(grid), values) == _grid(expected)


def _search(tasks, names, depth, views=("identity",)):
  config = driver.SearchConfig(depth=depth, views=views, chunk_rows=256, max_nodes=50,
                               transforms=names, time_budget_s=None)
  return driver.search(tasks, config)


def test_finds_a_two_step_composition_and_answers_the_test():
  task = _task("t_rot_replace", lambda g: _replace(_rot90(g), 1, 2))
  result = _search([task], ("rot90", "hmirror", "replace"), depth=2)
  a = result.answers["t_rot_replace"]
  assert a.attempts[0][0] == _replace(_rot90(C), 1, 2)
  assert answers.correct(task, result.submission[task.id])
  program = a.programs[0]
  # The program is library-form source that the pipeline reads back and the reference confirms.
  parsed, errors = pipeline.load_source(program.source)
  assert not errors and parsed[0].name == "solve_t_rot_replace__search1"
  assert interpret.run(parsed[0], C) == _replace(_rot90(C), 1, 2)
  assert result.report["summary"]["tasks_with_solution"] == 1
  assert result.report["summary"]["test_correct"] == 1


def test_depth_one_does_not_find_two_steps():
  task = _task("t_rot_replace", lambda g: _replace(_rot90(g), 1, 2))
  result = _search([task], ("rot90", "hmirror", "replace"), depth=1)
  assert not result.answers["t_rot_replace"].programs
  assert result.submission["t_rot_replace"][0]["attempt_1"] == [[0]]
  assert answers.correct(task, result.submission[task.id]) is False


def test_dmirror_view_is_undone_in_answers_and_programs():
  transpose = lambda g: tuple(zip(*g))  # noqa: E731
  # The left half is the transposed top half: only the dmirror view finds it with tophalf.
  task = _task("t_view", lambda g: tuple(row[:len(g[0]) // 2] for row in g),
               grids=(A, C, _grid([[1, 2, 3, 4], [5, 6, 7, 8]])))
  result = _search([task], ("tophalf",), depth=1, views=("identity", "dmirror"))
  a = result.answers["t_view"]
  assert a.attempts[0][0] == ((1, 2), (5, 6))
  lines = a.programs[0].lines
  assert [l.primitive for l in lines] == ["dmirror", "tophalf", "dmirror"]
  assert transpose(transpose(A)) == A


def test_rankcolors_view_solves_colour_roles_and_undoes_per_test_input():
  # Erase the shape: its colour and the background differ in every pair, so
  # no constant replace works on the task, but in ranks it is replace(1, 0).
  erase = lambda g: tuple(tuple(_most(g) for _ in row) for row in g)  # noqa: E731
  grids = (_grid([[3, 3, 3], [3, 7, 3], [3, 3, 3]]), _grid([[5, 5], [5, 5], [2, 5]]),
           _grid([[4, 1, 1, 1], [1, 1, 4, 1]]))
  task = _task("t_ranks", erase, grids=grids)
  assert not _search([task], ("replace",), depth=1).answers["t_ranks"].programs
  result = _search([task], ("replace",), depth=1, views=("identity", "rankcolors"))
  a = result.answers["t_ranks"]
  assert a.attempts[0][0] == ((1, 1, 1, 1), (1, 1, 1, 1))
  assert [l.primitive for l in a.programs[0].lines] == ["rankcolors", "replace", "unrankcolors"]
  assert interpret.run(a.programs[0], grids[2]) == ((1, 1, 1, 1), (1, 1, 1, 1))
  assert answers.correct(task, result.submission[task.id])


def _most(g):
  cells = [v for row in g for v in row]
  return max(sorted(set(cells)), key=cells.count)


def test_overlay_of_two_partial_candidates_solves_and_is_confirmed():
  def overlay(g):  # the grid's upside-down image painted over it where that is not 0
    flipped = g[::-1]
    return tuple(tuple(f if f else o for f, o in zip(fr, orow)) for fr, orow in zip(flipped, g))
  task = _task("t_overlay", overlay)
  result = _search([task], ("hmirror", "rot90"), depth=2)
  a = result.answers["t_overlay"]
  assert a.attempts[0][0] == overlay(C)
  assert a.rejected == 0
  assert [l.primitive for l in a.programs[0].lines][-3:] == ["ofcolor", "toobject", "paint"]
  assert "over the 0s of" in a.programs[0].source
  assert interpret.run(a.programs[0], C) == overlay(C)



def _paint(top, below):
  return tuple(tuple(t if t else b for t, b in zip(tr, br)) for tr, br in zip(top, below))


def test_overlay_of_three_candidates_needs_two_pieces_over_a_base():
  def smear(g):  # each cell also painted one row above and one below
    blank = ((0,) * len(g[0]),)
    return _paint(blank + g[:-1], _paint(g[1:] + blank, g))
  grids = (_grid([[0, 0, 0], [0, 3, 0], [0, 0, 0], [0, 0, 0]]),
           _grid([[0, 0, 0, 0], [0, 0, 0, 0], [4, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]),
           _grid([[0, 0, 0, 0], [0, 0, 2, 0], [0, 0, 0, 0]]))
  task = _task("t_smear", smear, grids=grids)

  def search(pieces):
    config = driver.SearchConfig(depth=2, views=("identity",), chunk_rows=256, max_nodes=50,
                                 transforms=("shift_down", "shift_up"), time_budget_s=None,
                                 overlay_pieces=pieces, local_rules=False)
    return driver.search([task], config).answers["t_smear"]

  assert not search(1).programs  # no one candidate covers what the base gets wrong
  a = search(2)
  assert a.attempts[0][0] == smear(grids[2]) == _grid([[0, 0, 2, 0]] * 3)
  assert a.programs[0].source.count("over the 0s of") == 2
  assert [l.primitive for l in a.programs[0].lines].count("paint") == 4  # 2 shifts, 2 overlays
  assert interpret.run(a.programs[0], grids[2]) == smear(grids[2])


def test_overlay_chains_pick_pieces_that_cover_the_base_s_wrong_cells():
  target = np.array([[[1, 2, 3, 0]]])
  shapes = np.array([[1, 4]])
  images = np.array([[[[1, 0, 0, 0]]], [[[0, 2, 0, 0]]], [[[0, 0, 3, 0]]], [[[5, 5, 5, 5]]],
                     [[[1, 2, 0, 0]]]])
  chains = enumerate_lib._overlay_chains
  # Node 4 over node 2 (or 2 over 4, the same set) paints the target.
  assert chains(images, target, shapes, 1) == [(2, 4)]
  assert chains(images[:4], target, shapes, 1) == []  # no node right on two of the cells
  # Without node 4, two pieces over a base, each set of nodes once; node 3
  # (wrong where the target is 0) is never a base.
  assert chains(images[:4], target, shapes, 2) == [(0, 1, 2)]

def test_a_recolouring_learned_from_the_demos_completes_a_candidate():
  recolor = {1: 2, 2: 1, 5: 3, 3: 4}  # a swap and a chain
  paint = lambda g: tuple(tuple(recolor.get(v, v) for v in row) for row in _rot90(g))  # noqa: E731
  test = _grid([[3, 0, 1], [2, 4, 0]])
  task = _task("t_recolor", paint, grids=(A, B, test))
  a = _search([task], ("rot90", "hmirror"), depth=1).answers["t_recolor"]
  assert a.attempts[0][0] == paint(test) == _grid([[1, 4], [4, 0], [0, 2]])
  # The demos show colours 1-4 (5 is never seen): the map learned is 1<->2, 3->4.
  assert [l.primitive for l in a.programs[0].lines] == ["rot90", "switch", "replace"]
  assert "recoloured {1: 2, 2: 1, 3: 4}" in a.programs[0].source
  assert interpret.run(a.programs[0], test) == paint(test)
  # A test input with a colour no demo showed gets no answer from the map.
  unseen = _task("t_unseen", paint, grids=(A, B, _grid([[5, 1], [0, 2]])))
  assert not _search([unseen], ("rot90", "hmirror"), depth=1).answers["t_unseen"].programs


def test_the_input_itself_recoloured_is_a_solution_of_no_transform():
  recolor = {1: 5, 5: 1, 2: 6, 3: 4}  # 0d3d703e's kind: a colour map and nothing else
  paint = lambda g: tuple(tuple(recolor.get(v, v) for v in row) for row in g)  # noqa: E731
  test = _grid([[3, 0, 1], [2, 2, 0]])
  task = _task("t_map", paint, grids=(A, B, test))
  result = _search([task], ("rot90", "hmirror"), depth=1)
  a = result.answers["t_map"]
  assert a.attempts[0][0] == paint(test) == _grid([[4, 0, 5], [6, 6, 0]])
  # The simplest solution comes first: the map alone, before any transform (the
  # demos never show 5, so 5 -> 1 is not learned: no cycle, three replaces).
  assert [l.primitive for l in a.programs[0].lines] == ["replace"] * 3
  assert "view identity: input, recoloured {1: 5, 2: 6, 3: 4}" in a.programs[0].source
  assert interpret.run(a.programs[0], test) == paint(test)
  # Demos whose outputs are no colour map of their inputs give no such solution.
  moved = _task("t_moved", _rot90, grids=(A, B, test))
  views = tasks_lib.views_of([moved], ("identity",))
  search = enumerate_lib.Search(views, enumerate_lib.Config(
      depth=1, chunk_rows=64, transforms=(transforms_lib.by_name()["hmirror"],)))
  assert not [s for s in search.run() if not s.steps]


def test_answers_rank_exact_before_recoloured_then_by_agreeing_solutions():
  # rot90 and rot270 both reproduce this symmetric demo and differ on the test
  # input. rot90 is found first, but two solutions (of two views: within one,
  # compositions with the same images are one candidate) agree on rot270's.
  demo = _grid([[1, 2, 1], [0, 0, 0], [1, 2, 1]])
  test = _grid([[1, 0, 1], [2, 0, 2], [2, 0, 2]])
  by_rot90, by_rot270 = _rot90(test), _rot90(_rot90(_rot90(test)))
  task = _task("t_votes", _rot90, grids=(demo, test))
  views = tasks_lib.views_of([task], ("identity", "identity"))
  step = lambda name: (enumerate_lib.Step(name, ()),)  # noqa: E731
  solutions = [enumerate_lib.Solution(0, step("rot90"), (by_rot90,), 0),
               enumerate_lib.Solution(0, step("rot270"), (by_rot270,), 1),
               enumerate_lib.Solution(1, step("rot270"), (by_rot270,), 2)]
  a = answers.answer([task], views, solutions)["t_votes"]
  assert a.attempts == [[by_rot270, by_rot90]]
  assert a.attempts == answers.answer([task], views, solutions[::-1])["t_votes"].attempts
  # replace[1, 2] and the input recoloured {1: 2} give the same answer: the
  # exact composition is the program shown first, the learned map second.
  task = _task("t_exact", lambda g: _replace(g, 1, 2))
  a = _search([task], ("replace",), depth=1).answers["t_exact"]
  assert a.attempts[0][0] == _replace(C, 1, 2)
  assert [l.primitive for l in a.programs[0].lines] == ["replace"]
  assert "view identity: replace[1, 2]'" in a.programs[0].source


def test_solutions_written_beside_the_answers_give_the_same_answers(tmp_path):
  task = _task("t_rot_replace", lambda g: _replace(_rot90(g), 1, 2))
  path = tmp_path / "solutions.jsonl"
  config = driver.SearchConfig(depth=2, views=("identity", "dmirror"), chunk_rows=256,
                               max_nodes=50, transforms=("rot90", "hmirror", "replace"),
                               time_budget_s=None, solutions_path=str(path))
  result = driver.search([task], config)
  records = [json.loads(line) for line in path.read_text().splitlines()]
  assert len(records) == result.answers[task.id].candidates >= 2
  assert [r["order"] for r in records] == list(range(len(records)))
  assert records[0]["description"] == "enumerative search, view identity: replace[1, 2] -> rot90"
  views = tasks_lib.views_of([task], config.views)
  again = answers.answer([task], views, answers.read_solutions(records), config.catalogue())
  assert again[task.id].attempts == result.answers[task.id].attempts
  assert ([p.source for p in again[task.id].programs]
          == [p.source for p in result.answers[task.id].programs])


def test_a_recolouring_is_kept_once_per_test_output():
  recolor = {1: 2, 2: 1}
  paint = lambda g: tuple(tuple(recolor.get(v, v) for v in row) for row in _rot90(g))  # noqa: E731
  task = _task("t_recolor_once", paint, grids=(A, B, _grid([[3, 0, 1], [2, 4, 0]])))
  views = tasks_lib.views_of([task], ("identity",))
  search = enumerate_lib.Search(views, enumerate_lib.Config(
      depth=2, chunk_rows=64, max_nodes=50, overlay=False,
      transforms=tuple(transforms_lib.by_name()[n] for n in ("rot90", "rot180", "rot270"))))
  solutions = search.run()
  # rot90, rot180 -> rot270 and rot270 -> rot180 all give the image recoloured.
  assert [s.colors for s in solutions] == [((1, 2), (2, 1))]
  assert search.stats.recolored == 1

def test_recolor_order_moves_each_cell_once():
  colors = ((1, 2), (2, 3), (3, 1), (4, 5), (6, 4), (7, 7))
  ops = answers.recolor_order(colors)
  assert ops == [("switch", 1, 2), ("switch", 1, 3), ("replace", 4, 5), ("replace", 6, 4)]
  grid = tuple(range(10))
  for primitive, a, b in ops:
    grid = tuple(b if v == a else a if v == b and primitive == "switch" else v for v in grid)
  assert grid == (0, 2, 3, 1, 5, 5, 4, 7, 8, 9)


def test_consistent_colors_merge_the_demo_rows_of_each_candidate():
  absent = kernels.ABSENT
  colors = np.full((5, 10), absent, np.int8)
  colors[0, 1], colors[1, 1], colors[1, 2] = 3, 3, 4  # candidate 0: 1->3 twice, 2->4
  colors[2, 2] = 9  # candidate 0's test row: not a demo, not counted
  colors[3, 1], colors[4, 1] = 3, 5  # candidate 1: 1->3 and 1->5
  is_demo = np.array([True, True, False, True, True])
  agree, merged = enumerate_lib.consistent_colors(colors, np.array([0, 3]), is_demo)
  assert agree.tolist() == [True, False]
  assert merged[0, 1] == 3 and merged[0, 2] == 4 and merged[0, 0] == absent

def test_colour_maps_unpack_only_the_rows_asked():
  rng = np.random.default_rng(0)
  packed = rng.integers(0, 2**32, size=(6, 6), dtype=np.uint64).astype(np.uint32)
  flags = kernels.unpack(packed)
  every = flags.colors_at(np.arange(6))
  shifts = np.arange(5, dtype=np.uint32) * 4
  nibbles = (packed[:, 4:6, None] >> shifts) & 0xF  # [rows, 2 words, 5 colours]
  assert every.shape == (6, 10) and every.dtype == np.int8
  np.testing.assert_array_equal(every, nibbles.reshape(6, 10))
  np.testing.assert_array_equal(flags.colors_at(np.array([4, 1])), every[[4, 1]])


def test_a_landed_chunks_device_work_waits_for_the_next_start():
  """`Search._defer`: chunk k's device work runs at chunk k+2's start (the device
  has finished k+1 by then), its host work after that start and before chunk k+1
  lands; everything is done when the loop ends."""
  search = object.__new__(enumerate_lib.Search)
  search._deadline, search._on_device = None, [0.0, 0.0]
  search._before_start, search._after_start = [], []
  events = []

  def dispatch(c0, c1):
    search._start_deferred()  # as `_inputs` does before its first device start
    events.append(f"start {c0}")
    return c0

  def land(c0, c1, flight):
    events.append(f"land {c0}")
    def on_device():
      events.append(f"device {c0}")
      return f"fetched {c0}"

    search._defer(on_device, lambda got: events.append(f"host {c0}: {got}"))

  assert search._pipelined([(0, 1), (1, 2), (2, 3)], dispatch, land, land_late=True)
  assert events == ["start 0", "start 1", "land 0", "device 0", "start 2", "host 0: fetched 0",
                    "land 1", "device 1", "host 1: fetched 1", "land 2", "device 2",
                    "host 2: fetched 2"]
  assert not search._before_start and not search._after_start

  # Out of time before chunk 2 starts: the queued work is done all the same,
  # and the chunk in flight lands (then its work is done) only if `land_late`.
  for land_late, late in ((True, ["land 1", "device 1", "host 1: fetched 1"]), (False, [])):
    events.clear()
    search._out_of_time = lambda: events.count("start 0") + events.count("start 1") == 2
    assert not search._pipelined([(0, 1), (1, 2), (2, 3)], dispatch, land, land_late)
    assert events == ["start 0", "start 1", "land 0", "device 0", "host 0: fetched 0"] + late
    assert not search._before_start and not search._after_start


@pytest.mark.parametrize("cores, order", [(2, ["rot90", "border", "keep_color"]),
                                          (16, ["keep_color", "rot90", "border"])])
def test_kernels_compile_longest_and_shortest_in_turn_only_on_wide_pools(
    monkeypatch, cores, order):
  monkeypatch.setattr(kernels.os, "cpu_count", lambda: cores)
  names = ("border", "keep_color", "rot90")  # 3, 5 and 1 template lines
  compilations = kernels.Compilations(
      tuple(transforms_lib.by_name()[n] for n in names), chunk_rows=32, memory_budget=None)
  try:
    assert list(compilations._futures) == order
  finally:
    compilations.close()


def test_compile_order_takes_the_longest_and_the_shortest_in_turn():
  by_name = transforms_lib.by_name()
  names = ("border", "keep_color", "rot90", "connect_h", "hmirror")  # 3, 5, 1, 10, 1 lines
  chosen = [by_name[n] for n in names]
  assert [t.name for t in kernels.compile_order(chosen, longest_too=False)] == [
      "rot90", "hmirror", "border", "keep_color", "connect_h"]
  assert [t.name for t in kernels.compile_order(chosen + chosen[:1], longest_too=True)] == [
      "connect_h", "rot90", "keep_color", "hmirror", "border"]


class _NeverReady:
  """Compilations whose kernels never finish compiling (a stuck XLA)."""

  loaded = ()

  def __init__(self, chunk_rows):
    self.chunk_rows = chunk_rows
    self.timeouts = []

  def first_ready(self, names, timeout=None):
    self.timeouts.append(timeout)
    time.sleep(timeout)
    return None


def test_a_budgeted_search_does_not_wait_past_its_budget_for_a_kernel():
  views = tasks_lib.views_of([_task("t_rot", _rot90)], ("identity",))
  stuck = _NeverReady(chunk_rows=64)
  search = enumerate_lib.Search(views, enumerate_lib.Config(
      depth=2, chunk_rows=64, time_budget_s=4.0,
      transforms=tuple(transforms_lib.by_name()[n] for n in ("rot90", "hmirror"))), stuck)
  start = time.monotonic()
  assert search.run() == []
  assert time.monotonic() - start < 10.0
  assert search.stats.stopped_early and search.stats.layers == [0]
  [(seconds, done)] = search.stats.expansions  # the first layer ended with no transform run
  assert done == 0 and seconds < 10.0
  # It waited once, for what was left of its budget (a budget of 1 s was
  # spent before the wait on a loaded 2-core CI machine: 4 s leaves room).
  assert len(stuck.timeouts) == 1 and 0.0 < stuck.timeouts[0] <= 4.0


def test_shape_keeping_transforms_skip_nodes_of_other_shapes():
  task = _task("t_vmirror", lambda g: tuple(row[::-1] for row in g))
  views = tasks_lib.views_of([task], ("identity",))
  search = enumerate_lib.Search(views, enumerate_lib.Config(
      depth=2, chunk_rows=64, max_nodes=50, overlay=False,
      transforms=tuple(transforms_lib.by_name()[n] for n in ("tophalf", "hmirror", "vmirror"))))
  solutions = search.run()
  assert [s.steps for s in solutions][0] == (enumerate_lib.Step("vmirror", ()),)
  # Layer 1 keeps tophalf(I) and hmirror(I); hmirror and vmirror of tophalf(I)
  # (not the outputs' shapes) are never screened.
  assert search.stats.pruned == 2


def test_keeps_shape_is_read_off_the_template_and_holds_on_real_grids():
  catalogue = transforms_lib.by_name()
  assert catalogue["fill_enclosed"].keeps_shape() and catalogue["blank"].keeps_shape()
  assert not catalogue["tophalf"].keeps_shape() and not catalogue["rot90"].keeps_shape()
  grids = [pair.input for task in data.load("arc1-train").tasks[:12] for pair in task.train[:1]]
  for transform in transforms_lib.CATALOGUE:
    if not transform.keeps_shape():
      continue
    for grid in grids:
      palette = sorted({v for row in grid for v in row})
      for values in transform.variants(palette)[:2]:
        lines = transform.render(values, "I", "O", iter(f"x{k}" for k in range(99)).__next__)
        program = Program(name="t", task_id="t", lines=tuple(lines), source="",
                          location=Location("<test>", 0))
        out = interpret.run(program, grid)
        if out is None:  # undefined on this grid
          continue
        assert (len(out), len(out[0])) == (len(grid), len(grid[0])), transform.name

def test_catalogue_name_stands_for_the_default_catalogue():
  config = driver.SearchConfig(transforms=("gravity_down", driver.CATALOGUE_NAME, "rot90"))
  names = [t.name for t in config.catalogue()]
  default = [t.name for t in transforms_lib.CATALOGUE]
  assert names == ["gravity_down"] + default  # rot90 once, where the catalogue has it
  with pytest.raises(ValueError, match="unknown transforms \\['no_such'\\]"):
    driver.SearchConfig(transforms=(driver.CATALOGUE_NAME, "no_such")).catalogue()


def test_a_kernel_over_the_memory_budget_runs_in_smaller_chunks():
  task = _task("t_rot_replace", lambda g: _replace(_rot90(g), 1, 2))
  names = ("rot90", "hmirror", "replace")
  views = tasks_lib.views_of([task], ("identity",))
  transforms = tuple(transforms_lib.by_name()[n] for n in names)
  config = enumerate_lib.Config(depth=2, chunk_rows=1024, max_nodes=50, transforms=transforms)
  compilations = kernels.Compilations(transforms, 1024, memory_budget=1)  # 1 byte
  try:
    small = enumerate_lib.Search(views, config, compilations)
    found = small.run()
  finally:
    compilations.close()
  # Halved down to the floor, each kernel runs its chunks at MIN_CHUNK_ROWS rows.
  assert small.stats.smaller_chunks == {n: kernels.MIN_CHUNK_ROWS for n in names}
  plain = enumerate_lib.Search(views, config)
  assert [(s.steps, s.test_outputs) for s in found] == [
      (s.steps, s.test_outputs) for s in plain.run()]
  assert plain.stats.smaller_chunks == {}  # no memory limit known on the CPU


def test_a_kernel_listed_in_call_rows_runs_in_its_fewer_rows(monkeypatch):
  task = _task("t_rot_replace", lambda g: _replace(_rot90(g), 1, 2))
  names = ("rot90", "hmirror", "replace")
  views = tasks_lib.views_of([task], ("identity",))
  transforms = tuple(transforms_lib.by_name()[n] for n in names)
  config = enumerate_lib.Config(depth=2, chunk_rows=1024, max_nodes=50, transforms=transforms)
  plain = enumerate_lib.Search(views, config)
  expected = [(s.steps, s.test_outputs) for s in plain.run()]
  monkeypatch.setitem(call_rows_lib.CALL_ROWS, "rot90", 256)
  monkeypatch.setitem(call_rows_lib.CALL_ROWS, "replace", 4096)  # never more than chunk_rows
  fewer = enumerate_lib.Search(views, config)
  assert [(s.steps, s.test_outputs) for s in fewer.run()] == expected
  assert fewer.stats.smaller_chunks == {"rot90": 256}
  assert fewer.stats.evaluations == plain.stats.evaluations


def test_call_rows_name_catalogue_transforms():
  assert set(call_rows_lib.CALL_ROWS) <= {t.name for t in transforms_lib.CATALOGUE}
  elbow, rot90 = transforms_lib.by_name()["elbow_parts"], transforms_lib.by_name()["rot90"]
  assert call_rows_lib.call_rows(elbow, 65536) == call_rows_lib.FEWER_ROWS
  assert call_rows_lib.call_rows(elbow, 4096) == 4096
  assert call_rows_lib.call_rows(rot90, 65536) == 65536


def test_background_tracing_waits_for_the_foreground_lowering():
  transforms = tuple(transforms_lib.by_name()[n] for n in ("rot90", "hmirror"))
  with compile_pool.foreground():  # as the library's lowering does
    compilations = kernels.Compilations(transforms, 256, background=True)
    time.sleep(0.5)
    assert compilations.lower_seconds == 0.0  # nothing traced meanwhile
  try:
    executable, _, _, rows = compilations.take("hmirror")  # traced once the lowering ended
    assert rows == 256 and compilations.lower_seconds > 0
    assert compilations.take("hmirror") is None  # taken once
  finally:
    compilations.close()


def test_first_ready_prefers_a_compiled_kernel_to_waiting():
  transforms = tuple(transforms_lib.by_name()[n] for n in ("rot90", "hmirror"))
  compilations = kernels.Compilations(transforms, 256)
  try:
    for name in ("rot90", "hmirror"):
      compilations.take(name)  # compiled; now no longer pending here
    slow, quick = concurrent.futures.Future(), concurrent.futures.Future()
    compilations._futures.update(slow=slow, quick=quick)
    quick.set_result(None)
    assert compilations.first_ready(["slow", "quick"]) == "quick"
    assert compilations.first_ready(["rot90", "slow"]) == "rot90"  # not pending: ready
    del compilations._futures["quick"]
    threading.Timer(0.2, slow.set_result, (None,)).start()
    assert compilations.first_ready(["slow"]) == "slow"  # none ready: waits for it
  finally:
    compilations.close()


def test_rows_within_predicts_the_rows_that_fit_the_budget():
  # Memory taken as proportional to rows: 20 GiB at 65,536 rows fits 8 GiB at 16,384.
  assert kernels.rows_within(20 << 30, 65536, 8 << 30) == 16384
  assert kernels.rows_within(8 << 30, 65536, 8 << 30) == 65536  # fits as it is
  assert kernels.rows_within(1 << 40, 65536, 1) == kernels.MIN_CHUNK_ROWS


def test_later_layers_run_the_cheapest_transforms_first(monkeypatch):
  clock = [0.0]
  monkeypatch.setattr(enumerate_lib.time, "monotonic", lambda: clock[0])
  names = ("replace", "rot90", "hmirror")  # layer 1 runs the shortest templates first
  cost = {"replace": 3.0, "rot90": 2.0, "hmirror": 1.0}

  class Search(enumerate_lib.Search):
    def _expand_with(self, transform, *args):
      ran.append(transform.name)
      if not self.stats.layers:
        clock[0] += cost[transform.name]
      return super()._expand_with(transform, *args)

  ran = []
  task = _task("t_rot_replace", lambda g: _replace(_rot90(g), 1, 2))
  config = enumerate_lib.Config(depth=2, chunk_rows=64, max_nodes=50, time_budget_s=1e6,
                                transforms=tuple(transforms_lib.by_name()[n] for n in names))
  # Every kernel compiled before the search starts: under a budget a kernel
  # still compiling gives way to one that is ready, which a loaded host decides.
  compilations = kernels.Compilations(config.transforms, config.chunk_rows)
  for future in compilations._futures.values():  # pylint: disable=protected-access
    future.result()
  Search(tasks_lib.views_of([task], ("identity",)), config, compilations).run()
  compilations.close()
  assert ran == ["replace", "rot90", "hmirror", "hmirror", "rot90", "replace"]
  ran.clear()  # without a time budget the order is fixed, layer after layer
  Search(tasks_lib.views_of([task], ("identity",)),
         dataclasses.replace(config, time_budget_s=None)).run()
  assert ran == ["replace", "rot90", "hmirror"] * 2


class _OutOfMemoryIn(enumerate_lib.Search):
  def _expand_with(self, transform, *args):
    if transform.name == "hmirror":
      raise jax.errors.JaxRuntimeError("RESOURCE_EXHAUSTED: Out of memory while trying to "
                                       "allocate 332.70GiB")
    return super()._expand_with(transform, *args)


def test_a_transform_out_of_device_memory_is_skipped_not_the_search():
  task = _task("t_rot_replace", lambda g: _replace(_rot90(g), 1, 2))
  search = _OutOfMemoryIn(tasks_lib.views_of([task], ("identity",)), enumerate_lib.Config(
      depth=2, chunk_rows=64, max_nodes=50,
      transforms=tuple(transforms_lib.by_name()[n] for n in ("rot90", "hmirror", "replace"))))
  solutions = search.run()
  assert search.stats.out_of_memory == ["hmirror", "hmirror"]  # once per layer
  assert solutions and all("hmirror" not in [step.transform for step in s.steps]
                           for s in solutions)
  assert solutions[0].test_outputs == (_replace(_rot90(C), 1, 2),)

class _OutOfTimeInLayer2(enumerate_lib.Search):
  def _expand(self, layer, keep, progress):
    if self.stats.layers:  # the budget runs out as layer 2 starts
      self.stats.stopped_early = True
      return None
    return super()._expand(layer, keep, progress)


def test_overlays_run_before_every_wider_layer():
  # Depth 3 whose budget ends as layer 2 starts: the overlay of two layer-1
  # candidates was already tried before it.
  def overlay(g):
    flipped = g[::-1]
    return tuple(tuple(f if f else o for f, o in zip(fr, orow)) for fr, orow in zip(flipped, g))
  views = tasks_lib.views_of([_task("t_overlay3", overlay)], ("identity",))
  search = _OutOfTimeInLayer2(views, enumerate_lib.Config(
      depth=3, chunk_rows=64, max_nodes=50,
      transforms=tuple(transforms_lib.by_name()[n] for n in ("hmirror", "rot90"))))
  solutions = search.run()
  assert search.stats.stopped_early and search.stats.overlays == 1
  assert [s.steps[0].transform for s in solutions] == ["hmirror"]
  assert solutions[0].test_outputs == (overlay(C),)


def test_kernels_compiled_ahead_give_the_same_search():
  task = _task("t_rot_replace", lambda g: _replace(_rot90(g), 1, 2))
  config = driver.SearchConfig(depth=2, views=("identity",), chunk_rows=256, max_nodes=50,
                               transforms=("rot90", "hmirror", "replace"), time_budget_s=None)
  compilations = driver.compile_ahead(config)
  ahead = driver.search([task], config, compilations=compilations)
  assert compilations.lower_seconds > 0  # traced on its own thread
  plain = driver.search([task], config)
  assert ahead.answers["t_rot_replace"].attempts == plain.answers["t_rot_replace"].attempts
  assert ahead.report["tasks"] == plain.report["tasks"]
  assert sorted(ahead.stats.compile_per_transform) == ["hmirror", "replace", "rot90"]
  # The mutation search has no kernels to compile ahead.
  assert driver.compile_ahead(dataclasses.replace(config, mode="mutate")) is None


def test_cached_kernels_are_loaded_not_traced_and_give_the_same_search(tmp_path, monkeypatch):
  directory = str(tmp_path / "executables")
  monkeypatch.setattr(executable_cache, "_directory", directory)  # off again after the test
  task = _task("t_rot_replace", lambda g: _replace(_rot90(g), 1, 2))
  config = driver.SearchConfig(depth=2, views=("identity",), chunk_rows=256, max_nodes=50,
                               transforms=("rot90", "hmirror", "replace"), time_budget_s=None)
  cold = driver.search([task], config, compilations=driver.compile_ahead(config))
  assert cold.stats.kernels_loaded == 0
  assert len(os.listdir(directory)) == 3  # one entry per kernel
  warm_kernels = driver.compile_ahead(config)
  warm = driver.search([task], config, compilations=warm_kernels)
  assert warm_kernels.loaded == {"rot90", "hmirror", "replace"}
  assert warm_kernels.lower_seconds == 0  # nothing traced
  assert warm.stats.kernels_loaded == 3
  assert warm.answers["t_rot_replace"].attempts == cold.answers["t_rot_replace"].attempts
  assert warm.report["tasks"] == cold.report["tasks"]
  # Other rows per call are another key: traced and compiled again.
  other = dataclasses.replace(config, chunk_rows=128)
  assert not driver.compile_ahead(other).loaded
  # An entry that reads but does not load (another jaxlib's, say) is compiled again.
  monkeypatch.setattr(executable_cache, "load", lambda entry, devices: None)
  unloadable = driver.compile_ahead(config)
  assert (driver.search([task], config, compilations=unloadable).report["tasks"]
          == cold.report["tasks"])
  assert not unloadable.loaded
  monkeypatch.undo()
  monkeypatch.setattr(executable_cache, "_directory", directory)
  # An entry that cannot be read is compiled again (and rewritten).
  for name in os.listdir(directory):
    with open(os.path.join(directory, name), "r+b") as fh:
      fh.seek(60)
      fh.write(b"garbage")
  again = driver.compile_ahead(config)
  assert driver.search([task], config, compilations=again).report["tasks"] == cold.report["tasks"]
  assert not again.loaded


def test_compile_all_fills_the_cache_a_search_then_loads(tmp_path, monkeypatch):
  directory = str(tmp_path / "executables")
  monkeypatch.setattr(executable_cache, "_directory", directory)
  config = driver.SearchConfig(depth=1, views=("identity",), chunk_rows=256, max_nodes=50,
                               transforms=("rot90", "hmirror", "replace"), time_budget_s=None)
  assert driver.compile_all(config) == (0, 3)
  assert len(os.listdir(directory)) == 3
  assert driver.compile_all(config) == (3, 0)
  warm_kernels = driver.compile_ahead(config)
  task = _task("t_rot", _rot90)
  assert driver.search([task], config, compilations=warm_kernels).stats.kernels_loaded == 3


def test_a_cached_kernel_that_fails_to_run_is_deleted_and_compiled_again(tmp_path,
                                                                         monkeypatch):
  directory = str(tmp_path / "executables")
  monkeypatch.setattr(executable_cache, "_directory", directory)
  task = _task("t_rot_replace", lambda g: _replace(_rot90(g), 1, 2))
  config = driver.SearchConfig(depth=2, views=("identity",), chunk_rows=256, max_nodes=50,
                               transforms=("rot90", "hmirror", "replace"), time_budget_s=None)
  cold = driver.search([task], config, compilations=driver.compile_ahead(config))
  real, failed = enumerate_lib.Search._expand_with, []

  def expand_with(self, transform, *args):  # hmirror's loaded kernel fails on its first run
    if transform.name == "hmirror" and not failed:
      failed.append(self._executable(transform) is not None)
      raise jax.errors.JaxRuntimeError(
          "NOT_FOUND: Function bitcast_concatenate_fusion.1 not found (type id: 1)")
    return real(self, transform, *args)

  monkeypatch.setattr(enumerate_lib.Search, "_expand_with", expand_with)
  warm_kernels = driver.compile_ahead(config)
  warm = driver.search([task], config, compilations=warm_kernels)
  assert failed == [True]
  assert warm.report["tasks"] == cold.report["tasks"]
  assert warm_kernels.loaded == {"rot90", "replace"}
  assert sorted(name.split("-")[0] for name in os.listdir(directory)) == ["replace", "rot90"]
  # A kernel compiled here (none was loaded) that fails is no cache's fault: raised.
  failed.clear()
  other = dataclasses.replace(config, chunk_rows=128)  # another key: nothing cached
  with pytest.raises(jax.errors.JaxRuntimeError, match="NOT_FOUND"):
    driver.search([task], other, compilations=driver.compile_ahead(other))


def test_calls_of_few_rows_run_on_tail_kernels_with_the_same_search(monkeypatch, tmp_path):
  monkeypatch.setattr(executable_cache, "_directory", str(tmp_path))  # saved, then loaded
  task = _task("t_rot_replace", lambda g: _replace(_rot90(g), 1, 2))
  config = driver.SearchConfig(depth=2, views=("identity", "dmirror"), chunk_rows=256,
                               max_nodes=50, transforms=("rot90", "replace", "connect_h"),
                               time_budget_s=None)
  tailed = dataclasses.replace(config, tail_rows=128)
  # No transform costly enough: no kernel requested for other rows.
  monkeypatch.setattr(enumerate_lib, "TAIL_CALL_S", 1e9)
  cheap = driver.compile_ahead(tailed)
  plain = driver.search([task], tailed, compilations=cheap)
  assert not cheap._requested and not plain.stats.tail_kernels
  monkeypatch.setattr(enumerate_lib, "TAIL_CALL_S", 0.0)
  compilations = driver.compile_ahead(tailed)
  for transform in tailed.catalogue():  # ready before the search, so that it uses them
    compilations.request(transform, 128)
    compilations.request(transform, 128)  # once
    assert compilations._requested[(transform.name, 128)].result()[2] == 128
  assert len(compilations._requested) == 3
  result = driver.search([task], tailed, compilations=compilations)
  assert sorted(result.stats.tail_kernels) == ["connect_h", "replace", "rot90"]
  assert result.report["summary"]["tail_kernels"] == result.stats.tail_kernels
  assert result.answers["t_rot_replace"].attempts == plain.answers["t_rot_replace"].attempts
  assert result.report["tasks"] == plain.report["tasks"]
  assert result.stats.new_candidates == plain.stats.new_candidates
  assert result.stats.layers == plain.stats.layers
  # Saved in the executable cache: a later run loads the tail kernels too.
  monkeypatch.setattr(kernels, "lower_kernel", None)  # would fail if anything were traced
  warm = driver.compile_ahead(tailed)
  warm.request(tailed.catalogue()[0], 128)
  assert warm._requested[(tailed.catalogue()[0].name, 128)].result()[1:] == (0.0, 128)
  for transform in tailed.catalogue():
    warm.take(transform.name)
  assert warm.loaded == {"rot90", "replace", "connect_h"}
  warm.close()


def test_candidates_are_chunked_at_the_tail_size_once_it_runs_faster_per_row():
  transforms = tuple(transforms_lib.by_name()[n] for n in ("rot90",))
  views = tasks_lib.views_of([_task("t", _rot90)], ("identity",))
  search = enumerate_lib.Search(views, enumerate_lib.Config(
      chunk_rows=256, tail_rows=32, transforms=transforms))
  rot90 = transforms[0]

  class Tails:  # stands for Compilations: the tail kernel is ready or not
    ready = False

    def requested(self, name, rows):
      return (lambda *args: None) if self.ready and (name, rows) == ("rot90", 32) else None

  search._compilations = Tails()
  assert search._rows_of(rot90) == 256  # nothing measured yet
  search._call_seconds[("rot90", 256)] = 1.0
  assert search._rows_of(rot90) == 256  # the tail kernel is not ready
  Tails.ready = True
  assert search._rows_of(rot90) == 32  # ready, not timed: a trial call
  search._call_seconds[("rot90", 32)] = 0.2  # slower per row than a full call
  assert search._rows_of(rot90) == 256
  search._call_seconds[("rot90", 32)] = 0.05  # 4x faster per row
  assert search._rows_of(rot90) == 32
  search.stats.smaller_chunks["rot90"] = 16  # compiled smaller to fit: no tail
  assert search._rows_of(rot90) == 16
  search._compilations = None


def test_kernels_compiled_for_other_chunk_rows_are_refused():
  transforms = tuple(transforms_lib.by_name()[n] for n in ("rot90",))
  compilations = kernels.Compilations(transforms, 64)
  try:
    views = tasks_lib.views_of([_task("t", _rot90)], ("identity",))
    with pytest.raises(ValueError, match="compiled for 64 rows"):
      enumerate_lib.Search(views, enumerate_lib.Config(chunk_rows=128, transforms=transforms),
                           compilations)
  finally:
    compilations.close()


def test_identical_images_are_not_counted_twice():
  task = _task("t_none", lambda g: _grid([[9]]))
  search = enumerate_lib.Search(tasks_lib.views_of([task], ("identity",)), enumerate_lib.Config(
      depth=3, chunk_rows=64, max_nodes=100,
      transforms=tuple(transforms_lib.by_name()[n] for n in ("rot90", "rot180"))))
  search.run()
  # Layer 1: rot90, rot180 are new images. Layer 2 (rot90 and rot180 of both): only
  # rot270 is new (rot180 is seen, rot180 twice is the input). Layer 3 (last) screens
  # rot90 of it on the first demo pair (rot180 keeps rot270's shape, not the 1x1
  # output's: pruned); it does not pass, so it does not run in full.
  assert search.stats.layers == [2, 1, 0]
  assert search.stats.new_candidates == 3
  assert search.stats.candidates == 2 + 4
  assert search.stats.screened == 1 and search.stats.pruned == 1
  assert search.solutions == []
  # Both kernels were compiled ahead, each timed.
  assert sorted(search.stats.compile_per_transform) == ["rot180", "rot90"]
  assert all(s > 0 for s in search.stats.compile_per_transform.values())


def test_screen_owners_are_the_first_item_of_each_key():
  view = np.array([0, 0, 1, 0, 1, 0])
  image = np.array([7, 8, 7, 7, 7, 8])
  assert enumerate_lib.screen_owners((view, image)).tolist() == [0, 1, 2, 0, 2, 1]


def test_nodes_with_one_first_demo_image_share_their_screens():
  # Colour 3 is absent from the first demo input, so replace(3, b) gives one first
  # demo image for every b: those layer-1 nodes differ only on the other samples, and
  # one of them screens for all. The answer needs b = 2, whichever node screened.
  grids = (_grid([[0, 1], [2, 0]]), _grid([[3, 1, 0], [0, 3, 2]]),
           _grid([[3, 0], [1, 3], [2, 2]]))
  task = _task("t_shared", lambda g: _rot90(_replace(g, 3, 2)), grids=grids)
  names = ("replace", "rot90")

  def run(share):
    search = enumerate_lib.Search(tasks_lib.views_of([task], ("identity",)), enumerate_lib.Config(
        depth=2, chunk_rows=32, max_nodes=100, share_screens=share,
        transforms=tuple(transforms_lib.by_name()[n] for n in names)))
    return search, search.run()

  shared, found = run(True)
  alone, expected = run(False)
  assert shared.stats.screens_shared > 0 and alone.stats.screens_shared == 0
  assert shared.stats.screened + shared.stats.screens_shared == alone.stats.screened
  assert found == expected
  assert any(s.test_outputs == (_rot90(_replace(grids[2], 3, 2)),) for s in found)
  # Of each transform's seconds, the host's wait for the device is a part.
  assert set(shared.stats.waited) == set(shared.stats.per_transform) == set(names)
  assert all(0 <= shared.stats.waited[n] <= shared.stats.per_transform[n][0] for n in names)
  # ...and so are the phases', which together take no longer than the transforms.
  phases = shared.stats.phases
  assert set(phases) == {"plan", "screen", "run"}
  assert all(0 <= wait + start <= seconds for seconds, wait, start in phases.values())
  assert sum(seconds for seconds, _, _ in phases.values()) <= sum(
      seconds for seconds, _ in shared.stats.per_transform.values())
  # Split by transform, the phases add up to the whole, and each screened
  # candidate is counted for its transform.
  by_transform = shared.stats.transform_phases
  assert set(by_transform) <= set(names)
  for phase, spent in phases.items():
    for k in range(3):
      assert np.isclose(sum(p.get(phase, (0.0,) * 3)[k] for p in by_transform.values()),
                        spent[k])
  assert all(0 < shared.stats.started[n] < shared.stats.per_transform[n][0] for n in names)
  assert sum(shared.stats.screened_per_transform.values()) == shared.stats.screened


def test_screen_plans_built_ahead_on_the_planning_thread_change_nothing(monkeypatch):
  # The next transform's screen candidates are built on a thread while this one
  # runs (`_prefetch`); the same search with every plan built in turn on the main
  # thread finds the same solutions with the same counters.
  grids = (_grid([[0, 1], [2, 0]]), _grid([[3, 1, 0], [0, 3, 2]]),
           _grid([[3, 0], [1, 3], [2, 2]]))
  task = _task("t_ahead", lambda g: _rot90(_replace(g, 3, 2)), grids=grids)
  names = ("replace", "rot90", "hmirror", "switch")
  threads = []
  plan_of = enumerate_lib.Search._screen_plan

  def recorded(self, *args):
    threads.append(threading.current_thread().name)
    return plan_of(self, *args)

  monkeypatch.setattr(enumerate_lib.Search, "_screen_plan", recorded)

  def run():
    search = enumerate_lib.Search(tasks_lib.views_of([task], ("identity", "dmirror")),
                                  enumerate_lib.Config(
        depth=2, chunk_rows=32, max_nodes=100,
        transforms=tuple(transforms_lib.by_name()[n] for n in names)))
    return search, search.run()

  ahead, found = run()
  assert any(name.startswith("search-plan") for name in threads)
  threads.clear()
  monkeypatch.setattr(enumerate_lib.Search, "_prefetch", lambda self, *args: None)
  in_turn, expected = run()
  assert threads and not any(name.startswith("search-plan") for name in threads)
  assert found == expected
  assert any(s.test_outputs == (_rot90(_replace(grids[2], 3, 2)),) for s in found)
  for counter in ("evaluations", "screened", "candidates", "new_candidates", "layers", "pruned",
                  "screens_shared", "same_images", "recolored", "overlays", "last_bases"):
    assert getattr(ahead.stats, counter) == getattr(in_turn.stats, counter), counter


def test_layers_keep_the_best_partial_scores_within_bounded_memory():
  # rot90 of the input is cell for cell closer to rot90 + replace than any other first
  # step, so keeping one node per layer (and compacting after every chunk) still finds it.
  task = _task("t_rot_replace", lambda g: _replace(_rot90(g), 1, 2))
  names = ("hmirror", "replace", "rot90")
  search = enumerate_lib.Search(tasks_lib.views_of([task], ("identity",)), enumerate_lib.Config(
      depth=2, chunk_rows=16, max_nodes=1, max_pending_rows=1,
      transforms=tuple(transforms_lib.by_name()[n] for n in names)))
  solutions = search.run()
  assert search.stats.layers == [1, 0]
  assert [s.transform for s in solutions[0].steps] == ["rot90", "replace"]


def test_expanding_only_the_best_nodes_still_screens_the_others():
  # Depth 3, but only the best node of layer 1 grows into layer 2: the two-step
  # solution through another layer-1 node is still found by screening.
  task = _task("t_mirror_replace", lambda g: _replace(g[::-1], 1, 2))
  names = ("rot90", "hmirror", "replace")
  search = enumerate_lib.Search(tasks_lib.views_of([task], ("identity",)), enumerate_lib.Config(
      depth=3, chunk_rows=32, max_nodes=100, expand_nodes=1, overlay=False,
      transforms=tuple(transforms_lib.by_name()[n] for n in names)))
  solutions = search.run()
  # (replace then hmirror gives the same images as hmirror then replace: one is kept.)
  assert any(sorted(s.transform for s in sol.steps) == ["hmirror", "replace"]
             for sol in solutions)
  full = tuple(transforms_lib.by_name()[n] for n in names)
  wide = enumerate_lib.Search(tasks_lib.views_of([task], ("identity",)), enumerate_lib.Config(
      depth=3, chunk_rows=32, max_nodes=100, overlay=False, transforms=full))
  wide.run()
  assert search.stats.layers[1] < wide.stats.layers[1]


def test_time_budget_stops_between_chunks():
  task = _task("t", lambda g: g)
  search = enumerate_lib.Search(tasks_lib.views_of([task], ("identity",)), enumerate_lib.Config(
      depth=2, chunk_rows=8, time_budget_s=0.0,
      transforms=(transforms_lib.by_name()["rot90"],)))
  search.run()
  assert search.stats.stopped_early and search.stats.evaluations == 0


def test_submission_fills_from_fallback_then_zeros():
  task = _task("t", lambda g: g)
  fallback = {"t": [{"attempt_1": [[7]], "attempt_2": [[8]]}]}
  sub = answers.submission([task], {}, fallback)
  assert sub == {"t": [{"attempt_1": [[7]], "attempt_2": [[8]]}]}


def test_cli_writes_outputs_and_rejects_unknown_transforms(tmp_path):
  task = _task("t_cli", lambda g: _rot90(_rot90(g)))
  challenges = tmp_path / "x_challenges.json"
  challenges.write_text(json.dumps({task.id: {
      "train": [{"input": p.input, "output": p.output} for p in task.train],
      "test": [{"input": p.input} for p in task.test]}}))
  env = dict(os.environ, PYTHONPATH=ROOT, JAX_PLATFORMS="cpu")
  base = [sys.executable, "-m", "batt_jax.search", f"--data={challenges}", "--depth=1",
          "--compile_cache=", f"--output={tmp_path}/s.json", f"--report={tmp_path}/r.json",
          f"--programs={tmp_path}/p.py"]
  done = subprocess.run(base + ["--transforms=rot90,rot180"], env=env, capture_output=True,
                        text=True, timeout=300)
  assert done.returncode == 0, done.stderr
  sub = json.loads((tmp_path / "s.json").read_text())
  assert sub["t_cli"][0]["attempt_1"] == [list(r) for r in _rot90(_rot90(task.test[0].input))]
  assert "solve_t_cli__search1" in (tmp_path / "p.py").read_text()
  report = json.loads((tmp_path / "r.json").read_text())
  assert report["summary"]["tasks_with_solution"] == 1
  bad = subprocess.run(base + ["--transforms=no_such"], env=env, capture_output=True, text=True,
                       timeout=300)
  assert bad.returncode == 1 and "unknown transforms" in bad.stderr


PARENT = '''
def solve_parent(I):
    O = replace(I, ONE, TWO)
    return O
'''


def test_mutation_search_finds_a_one_edit_variant_with_its_lineage():
  parents, errors = pipeline.load_source(PARENT)
  assert not errors
  task = _task("t_mut", lambda g: _replace(g, 1, 3))
  found, stats = mutation.search([task], {"t_mut": parents},
                                 mutation.MutationConfig(generations=2, children=40))
  assert len(found["t_mut"]) >= 1
  first = found["t_mut"][0]
  assert first.program.name == "solve_t_mut__mut1"
  assert first.test_outputs == (_replace(C, 1, 3),)
  assert "mutation of solve_parent" in first.program.source
  assert interpret.run(first.program, C) == _replace(C, 1, 3)
  assert stats.programs > 0 and stats.evaluations >= stats.programs * len(task.train)


def test_mutate_mode_seeds_from_the_library_report_and_answers(tmp_path):
  library = tmp_path / "lib.py"
  library.write_text(PARENT)
  task = _task("t_mut", lambda g: _replace(g, 1, 3))
  report = {"t_mut": {"best_programs": [{"name": "solve_parent"}]}}
  config = driver.SearchConfig(mode="mutate", generations=2, children=40, library=str(library),
                               time_budget_s=None)
  result = driver.search([task], config, library_report=report)
  assert answers.correct(task, result.submission["t_mut"])
  assert result.report["summary"]["tasks_with_solution"] == 1
  assert result.report["mutation"]["programs"] > 0
  assert "solve_t_mut__mut1" in result.programs_module


def test_cell_score():
  assert mutation.cell_score(_grid([[1, 2], [3, 4]]), _grid([[1, 2], [3, 5]])) == 0.75
  assert mutation.cell_score(_grid([[1, 2]]), _grid([[1], [2]])) == 0.0
  assert mutation.cell_score(None, _grid([[1]])) == 0.0


def test_last_layer_pieces_paint_over_kept_nodes_after_the_last_layer():
  # The target is the grid's 180-degree turn painted over it: the turn is two
  # transforms here (hmirror, vmirror), so only the last layer makes the piece.
  def turned_over(g):
    return _paint(tuple(row[::-1] for row in g[::-1]), g)
  task = _task("t_turned", turned_over)

  def search(last_pieces):
    config = driver.SearchConfig(depth=2, views=("identity",), chunk_rows=256, max_nodes=50,
                                 transforms=("hmirror", "vmirror"), time_budget_s=None,
                                 last_pieces=last_pieces)
    return driver.search([task], config)

  assert not search(0).answers["t_turned"].programs
  result = search(10)
  a = result.answers["t_turned"]
  assert a.attempts[0][0] == turned_over(C)
  assert result.report["summary"]["final_overlay_solutions"] >= 1
  assert result.report["summary"]["last_layer_pieces"] >= 1
  assert "over the 0s of" in a.programs[0].source
  assert [l.primitive for l in a.programs[0].lines][:2] in (["hmirror", "vmirror"],
                                                            ["vmirror", "hmirror"])
  assert interpret.run(a.programs[0], C) == turned_over(C)


def test_a_piece_is_right_wherever_not_0_and_paints_a_changed_cell():
  def scored(image, target, changed):
    cells = np.zeros((1, 30, 30), np.int8)
    out = np.zeros((1, 30, 30), np.int8)
    cells[0, :1, :4], out[0, :1, :4] = image, target
    mask = np.zeros((1, 30, 30), bool)
    mask[0, :1, :4] = changed
    hw = np.array([[1, 4]], np.int32)
    grid = encoding.Grid(cells=jax.numpy.asarray(cells), hw=jax.numpy.asarray(hw),
                         valid=jax.numpy.ones(1, bool))
    packed = kernels._scored(grid, out, hw, np.ones(1, bool), mask)[2]
    return bool(kernels.unpack(np.asarray(packed)).piece[0])

  target, changed = [1, 2, 3, 0], [False, False, True, False]
  assert scored([0, 0, 3, 0], target, changed)  # paints the changed cell right
  assert scored([1, 0, 3, 0], target, changed)
  assert not scored([1, 2, 0, 0], target, changed)  # right, but only where the input was
  assert not scored([0, 0, 3, 4], target, changed)  # wrong where not 0
  assert not scored([0, 0, 0, 0], target, changed)  # paints nothing


class _KeptNodes(enumerate_lib.Search):
  """A search that records its layers' kept nodes, its transforms run in `run_order`."""

  def __init__(self, *args, run_order=None, **kwargs):
    super().__init__(*args, **kwargs)
    self.run_order, self.kept = run_order, []

  def _ready_order(self):
    order = list(super()._ready_order())
    return iter(self.run_order(order) if self.run_order else order)

  def _next_layer(self, layer, pending):
    out = super()._next_layer(layer, pending)
    self.kept.append(sorted(out.lineage, key=repr))
    return out


def test_the_nodes_kept_do_not_depend_on_the_order_transforms_run_in():
  # No candidate has the outputs' shape: every score is 0, so which nodes a
  # layer keeps is down to the tie-break alone (the transforms' fixed order).
  task = _task("t_ties", lambda g: tuple(tuple(v for v in row for _ in range(2)) for row in g))
  views = tasks_lib.views_of([task], ("identity",))
  config = enumerate_lib.Config(depth=2, chunk_rows=64, max_nodes=2, last_pieces=0,
                                transforms=tuple(transforms_lib.by_name()[n] for n in (
                                    "rot90", "hmirror", "vmirror", "rot180", "dmirror")))
  runs = [_KeptNodes(views, config, run_order=order) for order in (None, lambda o: o[::-1])]
  for search in runs:
    search.run()
  assert runs[0].kept == runs[1].kept
  assert [len(k) for k in runs[0].kept] == [2]
  assert [step.transform for (step,) in runs[0].kept[0]] == ["hmirror", "rot90"]


def test_best_per_view_breaks_ties_by_rank_then_arrival():
  view = np.array([0, 0, 0, 1, 1])
  score = np.array([0.5, 0.5, 0.9, 0.1, 0.1], np.float32)
  best = enumerate_lib._best_per_view
  assert best(view, score, 2).tolist() == [True, False, True, True, True]
  assert best(view, score, 2, np.array([3, 1, 9, 0, 0])).tolist() == [
      False, True, True, True, True]
  assert best(view, score, 1, np.array([0, 0, 0, 5, 2])).tolist() == [
      False, False, True, False, True]


def test_time_left_after_the_last_layer_deepens_its_bases():
  # A quarter turn back is three quarter turns of rot90 (with hmirror, no two
  # transforms make it); the half turn gets all but the few coloured cells of
  # these mostly black square grids right: a base, whose next rot90 solves.
  def turned_back(g):
    return _rot90(_rot90(_rot90(g)))
  grids = tuple(_grid([[c if (i, j) in cells else 0 for j in range(6)] for i in range(6)])
                for c, cells in ((3, {(0, 1), (4, 2)}), (5, {(1, 4), (5, 5)}),
                                 (2, {(2, 0), (3, 3)})))
  task = _task("t_turned_back", turned_back, grids=grids)

  def search(deepen):
    config = driver.SearchConfig(depth=2, views=("identity",), chunk_rows=256, max_nodes=50,
                                 transforms=("rot90", "hmirror"), time_budget_s=None,
                                 deepen_bases=deepen)
    return driver.search([task], config)

  assert not search(False).answers["t_turned_back"].programs
  result = search(True)
  a = result.answers["t_turned_back"]
  assert a.attempts[0][0] == turned_back(grids[2])
  assert result.report["summary"]["deepened_bases"] >= 1
  assert [l.primitive for l in a.programs[0].lines] == ["rot90"] * 3
  assert interpret.run(a.programs[0], grids[2]) == turned_back(grids[2])


def test_last_layer_bases_take_pieces_after_the_last_layer():
  # The target is the grid painted over its 180-degree turn (two transforms
  # here): the turn is most of the target and right where the input is wrong,
  # a base; the input itself, right wherever it is not 0, the piece over it.
  def over_turned(g):
    return _paint(g, tuple(row[::-1] for row in g[::-1]))
  # The turn is wrong on some cells where it is not 0 (5 and 6 swapped): no piece.
  grids = (_grid([[0, 0, 0, 0], [0, 5, 0, 0], [0, 0, 6, 0], [0, 0, 0, 7]]),
           _grid([[0, 0, 0, 0, 0], [0, 3, 0, 0, 0], [0, 0, 0, 0, 2], [0, 0, 0, 4, 0]]),
           _grid([[0, 0, 4], [0, 0, 0], [6, 0, 0], [0, 1, 0]]))
  task = _task("t_over_turned", over_turned, grids=grids)

  def search(last_bases):
    config = driver.SearchConfig(depth=2, views=("identity",), chunk_rows=256, max_nodes=50,
                                 transforms=("hmirror", "vmirror"), time_budget_s=None,
                                 last_pieces=0, last_bases=last_bases)
    return driver.search([task], config)

  assert not search(0).answers["t_over_turned"].programs
  result = search(10)
  a = result.answers["t_over_turned"]
  assert a.attempts[0][0] == over_turned(grids[2])
  assert result.report["summary"]["last_layer_bases"] >= 1
  assert result.report["summary"]["final_overlay_solutions"] >= 1
  assert interpret.run(a.programs[0], grids[2]) == over_turned(grids[2])
  assert "input over the 0s of" in a.programs[0].source


def _shifted_down(g, k=4):
  width = len(g[0])
  return tuple([(0,) * width] * k) + g[:len(g) - k]


def test_deepened_layers_go_on_through_the_bases_the_one_before_kept():
  # Moving down 4 cells is four shift_down: depth 2 leaves the 2-cell move as a
  # base (most cells black and right), each deepened layer moves it once more.
  def dots(*cells):
    return _grid([[3 if (i, j) in cells else 0 for j in range(8)] for i in range(8)])
  grids = (dots((0, 1), (2, 5)), dots((1, 3), (3, 0)), dots((0, 6), (3, 2)))
  task = _task("t_down4", _shifted_down, grids=grids)

  def search(rounds):
    config = driver.SearchConfig(depth=2, views=("identity",), chunk_rows=256, max_nodes=50,
                                 transforms=("shift_down",), time_budget_s=None,
                                 deepen_rounds=rounds)
    return driver.search([task], config)

  one = search(1)
  assert not one.answers["t_down4"].programs
  assert one.report["summary"]["deepened_layers"] == [1]
  two = search(2)
  assert two.report["summary"]["deepened_layers"] == [1, 1]
  # Two layers, then two deepened ones, each running its one transform to the end.
  assert two.report["summary"]["layer_transforms"] == [1, 1, 1, 1]
  assert len(two.report["summary"]["layer_seconds"]) == 4
  a = two.answers["t_down4"]
  assert a.attempts[0][0] == _shifted_down(grids[2])
  assert [l.primitive for l in a.programs[0].lines].count("shift") == 4


def test_tasks_with_two_exact_answers_are_not_deepened():
  views = tasks_lib.views_of([_task("t_full", _rot90), _task("t_open", _rot90)],
                             ("identity", "dmirror"))
  search = enumerate_lib.Search(views, enumerate_lib.Config(transforms=()))
  full = [v for v, view in enumerate(views) if view.task_id == "t_full"]
  layer_view = np.arange(len(views))
  layer = enumerate_lib._Layer(None, None, layer_view, layer_view * 3,
                               [(enumerate_lib.Step("rot90", ()),)] * len(views))
  one, other = ((A,),), ((B,),)
  solution = enumerate_lib.Solution
  # One answer, or a second one only recoloured or painted over: still open.
  search.solutions = [solution(full[0], (), one, 0),
                      solution(full[0], (), other, 1, colors=((1, 2),)),
                      solution(full[1], (), other, 2, overlay=((),))]
  assert search._open_tasks(layer).view.tolist() == layer_view.tolist()
  search.solutions.append(solution(full[1], (), other, 3))  # differs, in another view
  assert search._open_tasks(layer).view.tolist() == layer_view.tolist()
  search.solutions.append(solution(full[0], (), other, 4))  # two exact answers in one view
  kept = search._open_tasks(layer)
  assert sorted(kept.view.tolist()) == [v for v in layer_view.tolist() if v not in full]
  assert kept.offset.tolist() == (kept.view * 3).tolist()


def test_cell_pick_params_are_colours_that_only_pick_the_inputs_cells():
  catalogue = transforms_lib.by_name()
  assert enumerate_lib.cell_pick_params(catalogue["replace"]) == (0,)  # b is painted
  assert enumerate_lib.cell_pick_params(catalogue["crop_color"]) == (0,)
  assert enumerate_lib.cell_pick_params(catalogue["recolor_touching"]) == (0, 1)
  # b picks I's objects of that colour (`colorfilter(objects(I, ...), {b})`); c is painted.
  assert enumerate_lib.cell_pick_params(catalogue["fill_enclosed"]) == (0,)
  assert enumerate_lib.cell_pick_params(catalogue["switch"]) == ()  # both colours painted
  assert enumerate_lib.cell_pick_params(catalogue["keep_color"]) == ()  # c is painted too
  assert enumerate_lib.cell_pick_params(catalogue["rot90"]) == ()


def test_colours_absent_from_a_node_run_once_and_answer_the_same(monkeypatch):
  # Colour 7 comes only with the outputs: replace[7, b] gives every input back,
  # whatever b, as do the other colours a node lacks; one of them stands for all.
  tasks = [_task("t_rot_seven", lambda g: _replace(_rot90(g), 1, 7)),
           _task("t_seven_only", lambda g: _replace(g, 0, 7))]
  names = ("rot90", "replace", "crop_color", "fill_enclosed", "connect_h")
  on = _search(tasks, names, depth=2)
  monkeypatch.setattr(enumerate_lib, "cell_pick_params", lambda transform: ())
  off = _search(tasks, names, depth=2)
  assert on.report["summary"]["same_images"] > 0
  assert off.report["summary"]["same_images"] == 0
  assert on.report["summary"]["evaluations"] < off.report["summary"]["evaluations"]
  for task in tasks:
    assert on.answers[task.id].attempts == off.answers[task.id].attempts
  assert on.answers["t_rot_seven"].attempts[0][0] == _replace(_rot90(C), 1, 7)
