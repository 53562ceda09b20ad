"""The compile probe for search transforms (search/probe.py)."""

import json

import pytest

from batt_jax.search import kernels
from batt_jax.search import probe
from batt_jax.search import transforms as transforms_lib
from runtime_testing import run_module


def test_probe_compiles_each_kernel_and_reads_its_figures():
  # fill_box shares its prefix across a grid's rows: its kernel reads grids and rows.
  named = probe.resolve(["rot90", "crop_odd_size", "fill_box"])
  assert kernels.shares_prefix(named[2]) is not None
  grids = ([[1, 2, 0], [0, 2, 0], [3, 3, 3]], [[5, 0], [0, 5]])
  result = probe.probe(named, rows=kernels.MIN_CHUNK_ROWS, threads=2, limit_s=600,
                       time_calls=1, grids=grids)
  assert result.unfinished == ()
  assert sorted(result.compiled) == ["crop_odd_size", "fill_box", "rot90"]
  for transform in named:
    figures = result.compiled[transform.name]
    assert figures.lines == len(transform.lines)
    assert 0 < figures.trace_s <= figures.total_s
    assert figures.memory_gib > 0
    assert figures.run_us_per_row > 0
  # A 7-line template over objects plans more memory than one rotation.
  assert result.compiled["crop_odd_size"].memory_gib > result.compiled["rot90"].memory_gib
  assert result.to_json()["compiled"]["rot90"]["lines"] == 1


def test_probe_names_the_kernels_not_compiled_within_its_limit():
  # One thread, no time: the first compile is still running, the second never starts.
  result = probe.probe(probe.resolve(["rot90", "rot180"]), rows=kernels.MIN_CHUNK_ROWS,
                       threads=1, limit_s=0.0)
  assert result.compiled == {}
  assert sorted(result.unfinished) == ["rot180", "rot90"]


def test_call_inputs_repeat_the_grids_as_their_own_targets():
  rot90 = probe.resolve(["rot90"])[0]
  grids = ([[1, 2]], [[3], [4]])
  cells, hw, params, out_cells, out_hw, demo, unchanged = probe.call_inputs(
      rot90, 4, *probe.encode_grids(grids))
  assert hw.tolist() == [[1, 2], [2, 1], [1, 2], [2, 1]]
  assert (out_cells == cells).all() and (out_hw == hw).all()
  assert params.shape == (4, 1) and not params.any()
  assert demo.all() and not unchanged.any()


def test_unmeasured_lists_the_catalogue_a_report_did_not_compile():
  names = [t.name for t in transforms_lib.CATALOGUE]
  report = {"search": {"compile_per_transform": {n: 10.0 for n in names[2:]}}}
  assert probe.unmeasured(report) == names[:2]
  # A search's own report (not wrapped in a run's) reads the same.
  assert probe.unmeasured(report["search"]) == names[:2]


def test_resolve_expands_the_catalogue_and_names_unknown_transforms():
  everything = probe.resolve(["catalogue", "crop_odd_color", "rot90"])
  assert len(everything) == len(transforms_lib.CATALOGUE) + 1  # rot90 once, optional one added
  assert everything[-1].name == "crop_odd_color"
  with pytest.raises(ValueError, match="no_such_transform"):
    probe.resolve(["rot90", "no_such_transform"])


def test_cli_writes_the_figures(tmp_path):
  out = tmp_path / "probe.json"
  done = run_module("batt_jax.search.probe", [
      "--transforms=rot90", "--baseline=", f"--rows={kernels.MIN_CHUNK_ROWS}", "--threads=1",
      "--time_calls=0", f"--out={out}"])
  assert done.returncode == 0, done.stderr[-2000:]
  written = json.loads(out.read_text())
  assert list(written["compiled"]) == ["rot90"]
  assert written["rows"] == kernels.MIN_CHUNK_ROWS and written["unfinished"] == []
  assert written["compiled"]["rot90"]["run_us_per_row"] is None  # --time_calls=0
  assert written["device"] and written["jax"]


def test_cli_without_transforms_is_a_usage_error():
  done = run_module("batt_jax.search.probe", [])
  assert done.returncode != 0
  assert "--transforms or --unmeasured_in" in done.stderr
