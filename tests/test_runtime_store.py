"""Resumable runs: a killed run resumes with only the missing batches."""

import dataclasses
import json

import numpy as np
import pytest

from batt_jax.runtime import engine
from batt_jax.runtime import store as store_lib

import runtime_testing as rt

# Per chunk, with batches of 8: 4 batches of the 20 demo then 6 test samples
# (the third holds both); three chunks.
BATCHES = 3 * 4
KILLED_AFTER = 5


class Killed(Exception):
  """Stands for SIGKILL: nothing after it runs."""


@pytest.fixture
def counted_puts(monkeypatch):
  """Keys written by ResultStore.put; raises Killed once `limit[0]` are written."""
  real_put = store_lib.ResultStore.put
  keys, limit = [], [None]

  def put(self, key, arrays):
    if limit[0] is not None and len(keys) >= limit[0]:
      raise Killed(key)
    real_put(self, key, arrays)
    keys.append(key)

  monkeypatch.setattr(store_lib.ResultStore, "put", put)
  return keys, limit


def test_killed_run_resumes_with_only_the_missing_batches(tmp_path, counted_puts):
  tasks = rt.tasks()
  keys, limit = counted_puts
  uninterrupted = engine.run(tasks, rt.config(run_dir=str(tmp_path / "whole")))
  assert len(keys) == BATCHES
  all_keys = set(keys)

  keys.clear()
  limit[0] = KILLED_AFTER
  run_dir = str(tmp_path / "killed")
  with pytest.raises(Killed):
    engine.run(tasks, rt.config(run_dir=run_dir))
  batches = tmp_path / "killed" / "batches"
  assert len(list(batches.glob("*.npz"))) == KILLED_AFTER
  assert not list(batches.glob("*.tmp"))  # only whole files
  first = set(keys)

  keys.clear()
  limit[0] = None
  resumed = engine.run(tasks, rt.config(run_dir=run_dir, resume=True))
  assert len(keys) == BATCHES - KILLED_AFTER
  assert set(keys) == all_keys - first
  assert len(list(batches.glob("*.npz"))) == BATCHES
  assert resumed.submission == uninterrupted.submission
  assert resumed.report == uninterrupted.report
  assert rt.comparable(resumed.summary) == rt.comparable(uninterrupted.summary)
  # The stored batches are the uninterrupted run's, bit for bit.
  for path in (tmp_path / "whole" / "batches").glob("*.npz"):
    with np.load(path) as want, np.load(batches / path.name) as got:
      assert sorted(want.files) == sorted(got.files)
      for name in want.files:
        np.testing.assert_array_equal(want[name], got[name])

  # Without --resume the directory starts over.
  keys.clear()
  engine.run(tasks[:1], rt.config(run_dir=run_dir))
  assert len(list(batches.glob("*.npz"))) == len(keys)


def test_resume_with_another_configuration_is_refused(tmp_path):
  fingerprint = {"programs_and_data": "abc", "batch_size": 8, "backend": "jax"}
  store_lib.ResultStore(tmp_path, fingerprint, resume=False).put(
      "chunk0000_demo_00000", {"exact": np.zeros((2, 3), bool)})
  with pytest.raises(store_lib.ResumeMismatch) as error:
    store_lib.ResultStore(tmp_path, {**fingerprint, "batch_size": 4}, resume=True)
  message = str(error.value)
  assert str(tmp_path) in message
  assert "batch_size (8 -> 4)" in message
  assert "without --resume" in message
  assert "programs_and_data" not in message  # only what changed is named
  # Refusing leaves the results alone; the same configuration resumes them.
  same = store_lib.ResultStore(tmp_path, fingerprint, resume=True)
  assert same.count() == 1
  assert same.get("chunk0000_demo_00000")["exact"].shape == (2, 3)
  assert json.loads((tmp_path / "run.json").read_text()) == fingerprint


def test_engine_refuses_to_resume_other_data(tmp_path):
  tasks = rt.tasks()
  run_dir = str(tmp_path)
  engine.run(tasks[:1], rt.config(run_dir=run_dir, chunk_size=10))
  with pytest.raises(store_lib.ResumeMismatch, match="programs_and_data"):
    engine.run(tasks[:2], rt.config(run_dir=run_dir, chunk_size=10, resume=True))
  # A changed demo output changes the stored demo scores: refused too.
  task = tasks[0]
  first = dataclasses.replace(task.train[0], output=((0,),))
  changed = dataclasses.replace(task, train=(first,) + task.train[1:])
  with pytest.raises(store_lib.ResumeMismatch, match="programs_and_data"):
    engine.run([changed], rt.config(run_dir=run_dir, chunk_size=10, resume=True))
