"""Object rules (batt_jax/search/object_rules.py): objects, features, learning, answers."""

import json

import numpy as np
import pytest

from batt_jax import data
from batt_jax.data.types import Pair, Task
from batt_jax.search import answers
from batt_jax.search import driver
from batt_jax.search import local_rules
from batt_jax.search import object_rules
from codegen.program import Location, Program
from tests.search_testing import RULES_ONLY, grid

G = np.array([[0, 2, 2, 0, 0, 0],
              [0, 2, 2, 0, 3, 0],
              [0, 0, 0, 0, 3, 4],
              [5, 5, 5, 0, 0, 0],
              [5, 0, 5, 0, 0, 1],
              [5, 5, 5, 0, 0, 0]])


def test_segmentations_cut_the_grid_into_objects():
  sizes = lambda masks: sorted(int(m.sum()) for m in masks)
  # One colour per object: the 2s, the 3s, the 4, the 5s, the 1.
  assert sizes(object_rules.segment(G, True, False)) == [1, 1, 2, 4, 8]
  # Many colours: the 3s and the 4 touch.
  assert sizes(object_rules.segment(G, False, False)) == [1, 3, 4, 8]
  # The background is the most common colour, not 0.
  assert sizes(object_rules.segment(np.where(G == 0, 7, G), True, True)) == [1, 1, 2, 4, 8]


def test_object_features_on_a_hand_checked_grid():
  masks = object_rules.segment(G, True, False)
  rows = {int(G[m][0]): f for m, f in zip(masks, object_rules.object_features(G, masks))}
  assert rows[5]["size"] == 8 and rows[5]["holes"] == 1 and rows[5]["has_hole"] == 1
  assert rows[5]["largest"] == 1 and rows[5]["rank_big"] == 1 and rows[5]["border"] == 1
  assert (rows[5]["h"], rows[5]["w"], rows[5]["rect"]) == (3, 3, 0)
  assert rows[2]["rect"] == 1 and rows[2]["rank_big"] == 2 and rows[2]["border"] == 1
  # The 4 and the 1 share their shape (one cell) and their size.
  assert rows[4]["shape_count"] == rows[1]["shape_count"] == 2 and rows[4]["size_count"] == 2
  assert rows[4]["pattern_count"] == 1 and rows[4]["smallest"] == 1
  assert rows[3]["touch"] == 4 and rows[4]["touch"] == 3 and rows[1]["touches"] == 0
  assert rows[3]["sym_v"] == 1 and rows[3]["sym_h"] == 1
  # The nearest colours beyond each side of the box.
  assert (rows[3]["up"], rows[3]["down"], rows[3]["left"], rows[3]["right"]) == (10, 10, 2, 4)
  assert (rows[1]["up"], rows[1]["left"]) == (4, 5)
  assert rows[2]["top_rank"] == 1 and rows[5]["left_rank"] == 1 and rows[1]["left_rank"] == 4
  many = object_rules.segment(G, False, False)
  mixed = [f for f in object_rules.object_features(G, many) if f["ncolors"] == 2]
  assert len(mixed) == 1 and mixed[0]["color"] == 3 and mixed[0]["minor"] == 4


def _task(demos, tests):
  return Task("t", tuple(Pair(grid(a), grid(b)) for a, b in demos),
              tuple(Pair(grid(t), None) for t in tests))


def _square(g, y, x, c, n=2):
  g = np.array(g)
  g[y:y + n, x:x + n] = c
  return g


# Objects with a hole turn 8; the others keep their colour.
_HOLE = [[1, 1, 1], [1, 0, 1], [1, 1, 1]]


def _ell(g, y, x, c):
  g = np.array(g)
  g[y:y + 2, x] = c
  g[y + 1, x + 1] = c
  return g


def _with_ring(g, y, x, c):
  g = np.array(g)
  g[y:y + 3, x:x + 3] = np.where(np.array(_HOLE) == 1, c, g[y:y + 3, x:x + 3])
  return g


_Z = np.zeros((7, 8), int)
_HOLE_DEMOS = [
    (_square(_with_ring(_Z, 0, 0, 2), 4, 4, 3), _square(_with_ring(_Z, 0, 0, 8), 4, 4, 3)),
    (_with_ring(_ell(_Z, 0, 5, 2), 3, 1, 3), _with_ring(_ell(_Z, 0, 5, 2), 3, 1, 8)),
]
# A dot: a size, height and width no demo object has.
_HOLE_TEST = _square(_with_ring(_Z, 4, 0, 2), 0, 5, 2, 1)


def test_a_table_of_one_feature_recolours_whole_objects():
  task = _task(_HOLE_DEMOS, [_HOLE_TEST])
  (rule, outputs), *_ = object_rules.learn(task)
  # `holes` (how many) and `has_hole` explain the demos alike; `holes` is first.
  assert rule.features == ("holes",) and not rule.ranked
  assert dict(rule.table) == {(0,): object_rules.KEEP, (1,): 8}
  expected = _with_ring(_HOLE_TEST, 4, 0, 8)
  assert outputs == (grid(expected.tolist()),)
  assert all(object_rules.apply(rule, p.input) == p.output for p in task.train)
  assert object_rules.from_record(json.loads(json.dumps(object_rules.record(rule)))) == rule
  # The cell rules answer through the same functions.
  assert local_rules.apply(rule, task.test[0].input) == outputs[0]
  assert local_rules.from_record(json.loads(json.dumps(local_rules.record(rule)))) == rule
  assert local_rules.describe(rule).startswith("object rule: one-colour 4-connected objects")


def test_a_target_may_copy_a_colour_the_object_sees():
  # Each grey block takes the colour of the marker above it (never the same
  # colour twice on the demos, so no table of colours could answer).
  def scene(markers, fill):
    g = np.zeros((6, 7), int)
    out = g.copy()
    for x, c in markers:
      g[0, x] = out[0, x] = c
      g[3:5, x:x + 2] = 5
      out[3:5, x:x + 2] = c if fill else 5
    return g, out

  demos = [tuple(a for a in (scene([(0, 2), (4, 3)], False)[0], scene([(0, 2), (4, 3)], True)[1])),
           (scene([(1, 4)], False)[0], scene([(1, 4)], True)[1])]
  test = scene([(0, 6), (3, 7)], False)[0]
  learned = object_rules.learn(_task(demos, [test]))
  assert learned, "no rule"
  rule, outputs = learned[0]
  assert outputs == (grid(scene([(0, 6), (3, 7)], True)[1]),)
  assert "up" in dict(rule.table).values()


def test_a_table_answers_only_test_keys_the_demos_have():
  task = _task(_HOLE_DEMOS, [_HOLE_TEST])
  (holes, _), *_ = object_rules.learn(task)
  assert holes.features == ("holes",)
  # Two holes: no demo object has as many, so `holes` cannot say; other
  # tables (`rank_big`, `has_hole`) can.
  two = np.zeros((6, 8), int)
  two[0:4, 0:5] = 2
  two[1, 1] = two[2, 3] = 0
  assert object_rules.apply(holes, grid(two.tolist())) is None
  (rule, outputs), *_ = object_rules.learn(_task(_HOLE_DEMOS, [two]))
  assert rule.features != ("holes",)
  assert outputs == (grid(np.where(two == 2, 8, 0).tolist()),)


def test_no_rule_where_an_object_splits_or_the_background_changes():
  g = _square(np.zeros((4, 4), int), 0, 0, 3)
  split = np.array(g)
  split[0, 0] = 4
  assert object_rules.learn(_task([(g, split)], [g])) == []
  background = np.array(g)
  background[3, 3] = 4
  assert object_rules.learn(_task([(g, background)], [g])) == []
  assert object_rules.learn(_task([(g, g)], [g])) == []
  assert object_rules.learn(_task([([[1, 0]], [[1], [0]])], [[[1, 0]]])) == []


def test_objects_slide_until_blocked_and_stack_in_order():
  # Everything falls: a block onto the floor, a dot onto the block, and a
  # dot already on the floor stays (sliding 0 and keeping are one target).
  def fallen(g):
    out = np.zeros_like(g)
    for x in range(g.shape[1]):
      cells = [v for v in g[:, x] if v]
      out[g.shape[0] - len(cells):, x] = cells
    return out

  def scene(dots):
    g = np.zeros((6, 5), int)
    for y, x, c in dots:
      g[y, x] = c
    return g

  demos = [scene([(0, 1, 3), (2, 1, 4), (5, 3, 2)]), scene([(1, 0, 2), (3, 4, 3), (0, 4, 4)])]
  test = scene([(0, 2, 4), (1, 2, 3), (3, 2, 2), (4, 0, 3)])
  learned = object_rules.learn(_task([(g, fallen(g)) for g in demos], [test]))
  assert learned, "no rule"
  rule, outputs = learned[0]
  assert outputs == (grid(fallen(test).tolist()),)
  assert set(dict(rule.table).values()) == {"slide_down"}
  assert local_rules.describe(rule).startswith("object rule")
  assert object_rules.from_record(json.loads(json.dumps(object_rules.record(rule)))) == rule


def test_an_object_slides_toward_the_side_its_colour_is_on():
  # Each dot moves toward the wall of its own colour until it meets it; the
  # walls swap sides between demos, so no table of colours to directions fits.
  def scene(left, right, dots, moved):
    g = np.zeros((7, 7), int)
    g[:, 0], g[:, 6] = left, right
    for y, x, c in dots:
      g[y, (1 if c == left else 5) if moved else x] = c
    return g

  demo_dots = [[(1, 3, 2), (4, 2, 3)], [(2, 4, 2), (5, 4, 3)]]
  demos = [(scene(2, 3, demo_dots[0], False), scene(2, 3, demo_dots[0], True)),
           (scene(3, 2, demo_dots[1], False), scene(3, 2, demo_dots[1], True))]
  test = [(3, 3, 3), (5, 2, 2)]
  learned = object_rules.learn(_task(demos, [scene(3, 2, test, False)]))
  assert learned, "no rule"
  assert learned[0][1] == (grid(scene(3, 2, test, True).tolist()),)
  assert "toward_own" in dict(learned[0][0].table).values()


def test_objects_shift_by_a_fixed_step_over_what_is_in_the_way():
  # 3s move two cells right, 4s one cell down, whatever lies there; a slide
  # would stop at the wall of 5s.
  def scene(dots, moved):
    g = np.zeros((6, 8), int)
    g[:, 4] = 5
    for y, x, c in dots:
      dy, dx = ((0, 2) if c == 3 else (1, 0)) if moved else (0, 0)
      g[y + dy, x + dx] = c
    return g

  demo_dots = [[(0, 3, 3), (2, 1, 4)], [(4, 3, 3), (1, 6, 4), (3, 0, 4)]]
  demos = [(scene(d, False), scene(d, True)) for d in demo_dots]
  test = [(5, 3, 3), (0, 0, 4), (2, 5, 3)]
  learned = object_rules.learn(_task(demos, [scene(test, False)]))
  assert learned, "no rule"
  rule, outputs = learned[0]
  assert outputs == (grid(scene(test, True).tolist()),)
  assert {"shift_right_2", "shift_down_1"} <= set(dict(rule.table).values())


def test_every_target_has_a_bit_of_an_int64_mask():
  assert len(object_rules._VALUES) <= 63  # pylint: disable=protected-access


def test_no_move_where_cells_are_drawn_beyond_what_moved():
  g = np.zeros((5, 5), int)
  g[0, 2] = 4
  out = np.zeros_like(g)
  out[4, 2] = 4
  out[4, 0] = 1  # drawn, not moved
  assert object_rules.learn(_task([(g, out)], [g])) == []


def _arc1_train(task_id):
  return next(t for t in data.load("arc1-train").tasks if t.id == task_id)


@pytest.mark.parametrize("task_id, features, ranked", [
    ("b2862040", ("has_hole",), False),      # shapes with a hole turn blue
    ("d90796e8", ("color", "touch"), False),  # a 3 touching a 2 turns 8, the 2 goes
    ("b230c067", ("shape_count",), False),   # the shape that occurs once turns red
    ("776ffc46", ("shape_count", "left"), True),
    ("1e0a9b12", (), False),                 # every cell falls to the floor
    ("ae3edfdc", ("color",), False),         # satellites close in on their centre
    # Each dot joins the line of its colour, over any other; the rest go.
    ("1a07d186", ("rank_big", "own_side"), False),
])
def test_learns_real_training_rules_that_answer_the_test(task_id, features, ranked):
  task = _arc1_train(task_id)
  (rule, outputs), *_ = object_rules.learn(task)
  assert (rule.features, rule.ranked) == (features, ranked)
  assert outputs == tuple(p.output for p in task.test)
  assert local_rules.reproduces(rule, task)


def test_object_rules_take_the_attempts_left_free_before_the_cell_trees():
  task = _arc1_train("b2862040")  # no cell table fits
  assert local_rules.learn(task, tree=False) == []
  answer = {task.id: answers.TaskAnswer(task.id, [[] for _ in task.test], [], 0, 0)}
  assert driver._add_late_rules([task], answer) == 1
  table, tree = answer[task.id].rules
  assert isinstance(table, object_rules.ObjectRule) and not local_rules.is_guess(table)
  assert isinstance(tree, local_rules.LocalRule) and local_rules.is_guess(tree)
  assert answer[task.id].attempts[0][0] == task.test[0].output
  assert answer[task.id].sources[0].startswith("object rule:")
  full = {task.id: answers.TaskAnswer(task.id, [[task.test[0].input, task.test[0].input[::-1]]],
                                      [], 0, 0)}
  assert driver._add_late_rules([task], full) == 0 and not full[task.id].rules


def test_a_mutation_program_answers_before_an_object_rule():
  task = _arc1_train("b2862040")
  wrong = tuple(p.input for p in task.test)
  answer = answers.TaskAnswer(task.id, [[] for _ in task.test], [], 0, 0)
  program = Program(name="solve_x__mut1", task_id=task.id, lines=(), source="",
                    location=Location("<mutation>", 0))
  answers.add_found(answer, [program], [wrong])
  driver._add_late_rules([task], {task.id: answer})
  assert answer.attempts[0] == [wrong[0], task.test[0].output]


def test_the_search_counts_an_object_rule_s_answer_as_a_solution():
  task = _arc1_train("b2862040")
  result = driver.search([task], RULES_ONLY)
  summary = result.report["summary"]
  assert summary["test_correct"] == 1 and summary["tasks_with_solution"] == 1
  assert summary["object_rule_tasks"] == 1 and summary["local_rule_tasks"] == 1
  assert any("object rules answer 1" in line for line in driver.summary_lines(result))
  rules = result.report["tasks"][task.id]["local_rules"]
  assert rules[0]["objects"]["features"] == ["has_hole"]
  assert local_rules.from_record(rules[0]) == object_rules.learn(task)[0][0]
