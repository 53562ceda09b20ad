"""Sharding over 1, 2 and 4 (simulated) CPU devices gives the same results.

Each run is a subprocess: `--xla_force_host_platform_device_count` must be set
before JAX initialises its backend.
"""

import pytest

import runtime_testing as rt


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
  """device count -> (report, submission, stderr) of the same workload."""
  out = {}
  for devices in (1, 2, 4):
    folder = tmp_path_factory.mktemp(f"devices{devices}")
    # Batches of 6: 20 demo samples leave a partial last batch; on 4 devices
    # the batch becomes 4 (a multiple of the devices) and the 6 test samples
    # leave 2.
    done = rt.run_cli(
        ["--data=arc1-train", "--tasks=" + ",".join(rt.TASK_IDS), "--library=" + rt.FIXTURE_DIR,
         "--batch_size=6", "--chunk_size=4", f"--output={folder / 'submission.json'}",
         f"--report={folder / 'report.json'}"],
        env={"XLA_FLAGS": f"--xla_force_host_platform_device_count={devices}"})
    assert done.returncode == 0, done.stderr[-3000:]
    out[devices] = (rt.read_json(folder / "report.json"),
                    rt.read_json(folder / "submission.json"), done.stderr)
  return out


@pytest.mark.parametrize("devices, per_call", [(1, 6), (2, 6), (4, 4)])
def test_runs_on_the_devices_asked_for(runs, devices, per_call):
  report, _, log = runs[devices]
  assert report["summary"]["devices"] == devices
  assert f"evaluating on {devices} local cpu device(s), {per_call} samples per call" in log


@pytest.mark.parametrize("devices", [2, 4])
def test_same_results_as_one_device(runs, devices):
  report, answer, _ = runs[devices]
  one_report, one_answer, _ = runs[1]
  assert answer == one_answer
  assert report["tasks"] == one_report["tasks"]
  assert rt.comparable(report["summary"]) == rt.comparable(one_report["summary"])
  assert report["rejected_programs"] == one_report["rejected_programs"]


def test_results_are_the_known_ones(runs):
  report, _, _ = runs[1]
  assert {t for t, r in report["tasks"].items() if r["test_correct"]} == rt.SOLVED
