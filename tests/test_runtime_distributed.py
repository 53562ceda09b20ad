"""Multi-process runs: the split, the merge, and two real processes over loopback."""

import json

import pytest

from batt_jax.runtime import distributed
from batt_jax.runtime import engine
from batt_jax.runtime import submission

import runtime_testing as rt

# Five tasks: unequal shares (3 and 2) over two processes.
TASK_IDS = rt.TASK_IDS[:5]


def as_json(value):
  """What a value becomes once written and read back (tuples -> lists, ...)."""
  return json.loads(json.dumps(value))


@pytest.fixture(scope="module")
def tasks():
  return rt.tasks(TASK_IDS)


def config():
  """The fixture library as the CLI runs it by default (nodewise)."""
  return rt.config(execution="nodewise")


@pytest.fixture(scope="module")
def whole(tasks):
  """The one-process run of the same workload, executed as the CLI's default does."""
  return engine.run(tasks, config())


def test_share_is_a_deterministic_round_robin(tasks):
  shares = [[t.id for t in distributed.share(tasks, k, 3)] for k in range(3)]
  assert shares == [[TASK_IDS[0], TASK_IDS[3]], [TASK_IDS[1], TASK_IDS[4]], [TASK_IDS[2]]]
  assert sorted(sum(shares, [])) == sorted(TASK_IDS)
  assert distributed.share(tasks[:1], 1, 2) == []


def test_merged_parts_equal_the_whole_run(tasks, whole, tmp_path):
  """Parts of separate runs (as two processes write them) merge into the whole run."""
  for k in range(2):
    mine = distributed.share(tasks, k, 2)
    distributed.write_part(str(tmp_path), distributed.Cluster(k, 2), [t.id for t in mine],
                           engine.run(mine, config()))
  merged = distributed.merge(distributed.read_parts(str(tmp_path), tasks, 2), tasks)
  assert list(merged.submission) == list(TASK_IDS)
  assert merged.submission == as_json(whole.submission)
  assert merged.report == as_json(whole.report)
  assert list(merged.report) == list(whole.report)
  assert rt.comparable(merged.summary) == rt.comparable(whole.summary)
  assert merged.summary["processes"] == 2 and merged.summary["devices"] == 2
  assert set(merged.timings) == set(whole.timings)


def test_a_failed_or_foreign_part_is_refused(tasks, tmp_path):
  mine = [t.id for t in distributed.share(tasks, 0, 2)]
  distributed.write_part(str(tmp_path), distributed.Cluster(0, 2), mine, None)
  distributed.write_part(str(tmp_path), distributed.Cluster(1, 2), ["x"], None,
                         error="MemoryError: out of host memory")
  with pytest.raises(distributed.DistributedError,
                     match="process 1 failed: MemoryError: out of host memory"):
    distributed.read_parts(str(tmp_path), tasks, 2)
  distributed.write_part(str(tmp_path), distributed.Cluster(1, 2), ["x"], None)
  with pytest.raises(distributed.DistributedError, match="holds results of another run"):
    distributed.read_parts(str(tmp_path), tasks, 2)
  with pytest.raises(distributed.DistributedError, match="process 0 wrote no results"):
    distributed.read_parts(str(tmp_path / "empty"), tasks, 2, timeout_s=0)


@pytest.mark.parametrize("address, n, k, message", [
    ("127.0.0.1:1", 1, 0, "num_processes > 1"),
    (None, 2, 0, "coordinator_address"),
    ("127.0.0.1:1", 2, 2, r"process_id must be in \[0, 2\)"),
])
def test_initialize_checks_its_arguments(address, n, k, message):
  with pytest.raises(distributed.DistributedError, match=message):
    distributed.initialize(address, n, k)


def run_two(tmp_path, extra=((), ())):
  """Two CLI processes of one run over loopback; (exit codes, logs)."""
  address = f"127.0.0.1:{rt.free_port()}"
  common = ["--data=arc1-train", "--tasks=" + ",".join(TASK_IDS),
            "--library=" + rt.FIXTURE_LIBRARY, "--batch_size=8", "--chunk_size=4",
            "--num_processes=2", f"--coordinator_address={address}",
            f"--shared_dir={tmp_path / 'shared'}", f"--run_dir={tmp_path / 'runs'}"]
  procs = []
  for k in range(2):
    out = tmp_path / f"p{k}"
    procs.append(rt.popen_cli(
        [*common, f"--process_id={k}", f"--output={out / 'submission.json'}",
         f"--report={out / 'report.json'}", *extra[k]], tmp_path / f"p{k}.log"))
  try:
    codes = [p.wait(timeout=240) for p in procs]
  finally:
    for p in procs:
      if p.poll() is None:
        p.kill()
  return codes, [(tmp_path / f"p{k}.log").read_text() for k in range(2)]


@pytest.mark.parametrize("execution", ["nodewise", "fused"])
def test_two_processes_over_loopback_equal_one(tasks, whole, tmp_path, execution):
  if execution != "nodewise":
    whole = engine.run(tasks, rt.config(execution=execution))
  both = [f"--execution={execution}"]
  codes, logs = run_two(tmp_path, extra=(both, both))
  assert codes == [0, 0], "\n".join(log[-3000:] for log in logs)
  assert "process 0: 3 of 5 tasks" in logs[0] and "process 1: 2 of 5 tasks" in logs[1]
  assert "process 1: results written to" in logs[1]
  assert not (tmp_path / "p1" / "submission.json").exists()  # only process 0 writes
  assert sorted(p.name for p in (tmp_path / "shared").iterdir()) == ["part-00000.json",
                                                                      "part-00001.json"]
  # Each process kept its own per-batch results.
  assert sorted(p.name for p in (tmp_path / "runs").iterdir()) == ["process-00000",
                                                                    "process-00001"]

  answer = rt.read_json(tmp_path / "p0" / "submission.json")
  report = rt.read_json(tmp_path / "p0" / "report.json")
  submission.check(answer, tasks)
  assert answer == as_json(whole.submission)
  assert report["tasks"] == as_json(whole.report)
  assert list(report["tasks"]) == list(TASK_IDS)
  assert rt.comparable(report["summary"]) == rt.comparable(as_json(whole.summary))
  assert report["summary"]["processes"] == 2
  assert "test-correct tasks   4/5 with known solutions" in logs[0]

  if execution != "nodewise":
    return  # what follows is the run directory's and the processes' doing, not the execution's
  # One process fails (its --resume is refused): both exit 1, nobody hangs,
  # process 0 names the failure and leaves the outputs alone.
  codes, logs = run_two(tmp_path, extra=([*both, "--resume"],
                                        [*both, "--resume", "--batch_size=4"]))
  assert codes == [1, 1]
  assert ("process 1 failed: ResumeMismatch: " in logs[0] and
          "changed: batch_size (8 -> 4)" in logs[0]), logs[0][-3000:]
  assert rt.read_json(tmp_path / "p0" / "submission.json") == answer
