"""`python -m batt_jax.run` as a subprocess: outputs, logs, exit status, bad input."""

import json

from batt_jax.runtime import submission
from batt_jax.search import driver

import runtime_testing as rt

TASK_IDS = ("3c9b0459", "4c4377d9", "a79310a0")
SMALL = ["--library=" + rt.FIXTURE_DIR, "--batch_size=8", "--chunk_size=4"]


def test_end_to_end_then_a_refused_resume(tmp_path):
  output, report = tmp_path / "submission.json", tmp_path / "report.json"
  args = ["--data=arc1-train", "--tasks=" + ",".join(TASK_IDS), *SMALL,
          f"--output={output}", f"--report={report}"]
  done = rt.run_cli(args)
  assert done.returncode == 0, done.stderr[-3000:]
  tasks = rt.tasks(TASK_IDS)
  answer = rt.read_json(output)
  submission.check(answer, tasks)
  written = rt.read_json(report)
  assert set(written) == {"summary", "timings", "tasks", "rejected_programs", "search",
                          "submission"}
  assert written["search"] is None  # no --search_time_budget
  assert written["submission"]["test_correct"] == 2
  assert list(written["tasks"]) == list(TASK_IDS)
  assert {t for t, r in written["tasks"].items() if r["test_correct"]} == {"3c9b0459", "a79310a0"}
  assert written["summary"]["test_correct"] == 2
  for line in ("tasks                3", "chunks               3/3",
               "test-correct tasks   2/3 with known solutions", "time evaluate",
               f"wrote {output} and {report}"):
    assert line in done.stderr, line
  assert (tmp_path / "batt_run" / "batches" / "run.json").exists()

  refused = rt.run_cli([*args, "--resume", "--batch_size=4"])
  assert refused.returncode == 1
  assert "holds results of another configuration (changed: batch_size (8 -> 4))" in refused.stderr
  assert "Traceback" not in refused.stderr
  assert rt.read_json(output) == answer  # the earlier outputs are left alone


def test_search_after_the_library_answers_what_it_left(tmp_path):
  output, report = tmp_path / "submission.json", tmp_path / "report.json"
  done = rt.run_cli(["--data=arc1-train", "--tasks=" + ",".join(TASK_IDS), *SMALL,
                     "--backend=reference", "--search_time_budget=120", "--search_depth=1",
                     "--search_mode=enumerate", "--wall_budget=3600",
                     "--search_transforms=rot90,vconcat_hmirror_first",
                     f"--output={output}", f"--report={report}"])
  assert done.returncode == 0, done.stderr[-3000:]
  written = rt.read_json(report)
  # The fixture library solves two tasks; the search is run on the third alone and solves it.
  assert written["search"]["summary"]["tasks"] == 1
  assert written["search"]["summary"]["test_correct"] == 1
  assert written["search"]["tasks"]["4c4377d9"]["test_correct"]
  answer = rt.read_json(output)
  tasks = rt.tasks(TASK_IDS)
  submission.check(answer, tasks)
  expected = [list(r) for r in tasks[1].test[0].output]
  assert answer["4c4377d9"][0]["attempt_1"] == expected
  assert "search: tasks with a confirmed solution: 1" in done.stderr
  assert "search budget 120 s: " in done.stderr  # the wall budget leaves more than that
  assert "library + search: test outputs right (2 attempts) on 3 of 3 tasks" in done.stderr
  assert written["submission"] == {"test_correct": 3, "tasks_with_known_answers": 3,
                                   "library_beside_search": False}


def test_library_beside_the_search_merges_the_same_answers(tmp_path):
  output, report = tmp_path / "submission.json", tmp_path / "report.json"
  args = ["--data=arc1-train", "--tasks=" + ",".join(TASK_IDS), *SMALL,
          "--search_time_budget=120", "--search_depth=1", "--search_mode=enumerate",
          "--wall_budget=3600", "--search_transforms=rot90,vconcat_hmirror_first",
          "--library_beside_search", f"--output={output}", f"--report={report}"]
  refused = rt.run_cli(args)  # the compiled library would share the search's device
  assert refused.returncode == 1
  assert "--library_beside_search needs --backend=reference" in refused.stderr
  done = rt.run_cli(args + ["--backend=reference", "--reference_workers=2"])
  assert done.returncode == 0, done.stderr[-3000:]
  written = rt.read_json(report)
  assert written["search"]["summary"]["tasks"] == 3  # every task, searched beside the library
  assert written["search"]["tasks"]["4c4377d9"]["test_correct"]
  assert written["submission"] == {"test_correct": 3, "tasks_with_known_answers": 3,
                                   "library_beside_search": True}
  answer = rt.read_json(output)
  tasks = rt.tasks(TASK_IDS)
  submission.check(answer, tasks)
  for task in tasks:
    assert answer[task.id][0]["attempt_1"] == [list(r) for r in task.test[0].output]
  assert "library + search: test outputs right (2 attempts) on 3 of 3 tasks" in done.stderr


def test_the_search_gets_what_the_wall_budget_leaves():
  config = driver.SearchConfig(time_budget_s=375.0)
  left = driver.within_wall_budget(config, 570.0, elapsed=300.0)
  assert left.time_budget_s == 570.0 - 300.0 - driver.WRAP_UP_S
  assert left.depth == config.depth and left.transforms == config.transforms
  assert driver.within_wall_budget(config, 570.0, elapsed=100.0).time_budget_s == 375.0
  assert driver.within_wall_budget(config, 570.0, elapsed=560.0) is None  # no time: no search


def test_summary_only(tmp_path):
  output = tmp_path / "submission.json"
  done = rt.run_cli(["--data=arc1-train", "--count=3", "--summary_only", f"--output={output}"])
  assert done.returncode == 0, done.stderr[-3000:]
  assert "tasks" in done.stderr and "rejected            0" in done.stderr
  assert not output.exists()


def _challenges(tasks):
  grid = lambda g: [list(row) for row in g]  # noqa: E731
  return {t.id: {"train": [{"input": grid(p.input), "output": grid(p.output)} for p in t.train],
                 "test": [{"input": grid(p.input)} for p in t.test]} for t in tasks}


def test_a_malformed_task_is_named_and_the_rest_still_run(tmp_path):
  tasks = rt.tasks(("3c9b0459", "b1948b0a"))
  raw = _challenges(tasks)
  raw["deadbeef"] = {"train": [{"input": [[1, 2], [3]], "output": [[1]]}],
                     "test": [{"input": [[1]]}]}
  path = tmp_path / "mixed_challenges.json"
  path.write_text(json.dumps(raw))
  output = tmp_path / "submission.json"
  done = rt.run_cli([f"--data={path}", *SMALL, f"--output={output}",
                     f"--report={tmp_path / 'report.json'}"])
  assert done.returncode == 0, done.stderr[-3000:]
  errors = [line for line in done.stderr.splitlines() if line.startswith("E")]
  assert any(str(path) in line and "task deadbeef" in line and "train[0].input" in line
             for line in errors), errors
  answer = rt.read_json(output)
  assert set(answer) == {"3c9b0459", "b1948b0a"}
  submission.check(answer, tasks)
  for task in tasks:  # both are solved by the fixture library
    assert answer[task.id][0]["attempt_1"] == [list(r) for r in task.test[0].output]


def test_an_unreadable_file_exits_non_zero_without_a_traceback(tmp_path):
  path = tmp_path / "broken_challenges.json"
  path.write_text('{"aaaa0001": {"train": [')
  done = rt.run_cli([f"--data={path}", f"--output={tmp_path / 's.json'}"])
  assert done.returncode == 1
  assert str(path) in done.stderr and "no task could be loaded" in done.stderr
  assert "Traceback" not in done.stderr
  assert not (tmp_path / "s.json").exists()


def test_a_file_of_only_malformed_tasks_exits_non_zero(tmp_path):
  path = tmp_path / "bad_challenges.json"
  path.write_text(json.dumps({"x": {"train": [], "test": []}, "y": [1, 2]}))
  done = rt.run_cli([f"--data={path}", f"--output={tmp_path / 's.json'}"])
  assert done.returncode == 1
  assert "task x" in done.stderr and "task y" in done.stderr
  assert f"no task could be loaded from {path}" in done.stderr
  assert "Traceback" not in done.stderr


def test_an_unknown_search_view_is_named_without_a_traceback(tmp_path):
  done = rt.run_cli(["--data=arc1-train", "--tasks=" + TASK_IDS[0], *SMALL,
                     "--search_time_budget=60", "--search_mode=enumerate",
                     "--search_views=identity,flip", f"--output={tmp_path / 's.json'}"])
  assert done.returncode == 1
  assert "unknown views ['flip']" in done.stderr
  assert "Traceback" not in done.stderr
