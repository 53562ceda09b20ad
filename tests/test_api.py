"""`batt_jax.solve`: a challenges dict in, a valid Kaggle submission out, offline."""

import json

import pytest

import batt_jax
from batt_jax.runtime import engine
from batt_jax.runtime import submission

import runtime_testing as rt

TASK_IDS = ("3c9b0459", "4c4377d9", "b1948b0a")


def challenges(tasks):
  """The Kaggle challenges form of `tasks` (test outputs left out)."""
  grid = lambda g: [list(row) for row in g]  # noqa: E731
  return {t.id: {"train": [{"input": grid(p.input), "output": grid(p.output)} for p in t.train],
                 "test": [{"input": grid(p.input)} for p in t.test]} for t in tasks}


@pytest.fixture
def run_results(monkeypatch):
  """The RunResults of the engine runs made through `solve`."""
  results, real_run = [], engine.run

  def spy(*args, **kwargs):
    results.append(real_run(*args, **kwargs))
    return results[-1]

  monkeypatch.setattr(engine, "run", spy)
  return results


def solve(tasks, **kwargs):
  return batt_jax.solve(challenges(tasks), library=rt.FIXTURE_LIBRARY, batch_size=8,
                        chunk_size=4, compile_cache_dir="", **kwargs)


def test_solve_writes_a_valid_submission(tmp_path, run_results):
  tasks = rt.tasks(TASK_IDS)
  output = tmp_path / "out" / "submission.json"
  answer = solve(tasks, output=str(output), time_budget=600)
  assert json.loads(output.read_text()) == answer
  submission.check(answer, tasks)
  for task in tasks:
    expected = [list(row) for row in task.test[0].output]
    assert (answer[task.id][0]["attempt_1"] == expected) == (task.id in rt.SOLVED)
  (result,) = run_results
  assert result.summary["chunks_evaluated"] == result.summary["chunks"] == 3
  assert result.summary["test_known"] == 0  # the dict carries no solutions


def test_a_tiny_time_budget_stops_after_the_first_chunk(tmp_path, run_results):
  tasks = rt.tasks(TASK_IDS)
  answer = solve(tasks, output=str(tmp_path / "submission.json"), time_budget=1e-6)
  (result,) = run_results
  assert result.summary["chunks_evaluated"] == 1 < result.summary["chunks"]
  # Every test input is still answered (what the first chunk found, else [[0]]).
  submission.check(answer, tasks)
  # The first chunk holds solve_3c9b0459 (rotate by 180), not solve_b1948b0a.
  assert answer["3c9b0459"][0]["attempt_1"] == [list(r) for r in tasks[0].test[0].output]
  assert answer["b1948b0a"][0]["attempt_1"] != [list(r) for r in tasks[2].test[0].output]


def test_load_tasks_keeps_the_good_tasks_of_a_dict():
  tasks = rt.tasks(TASK_IDS[:2])
  raw = challenges(tasks)
  raw["bad"] = {"train": [{"input": [[1, 2], [3]], "output": [[1]]}], "test": [{"input": [[1]]}]}
  dataset = batt_jax.load_tasks(raw)
  assert [t.id for t in dataset.tasks] == list(TASK_IDS[:2])
  assert [e.task_id for e in dataset.rejected] == ["bad"]
