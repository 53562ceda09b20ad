"""The flagfiles under configs/ name only flags their entry module defines."""

import pytest

from runtime_testing import REPO, run_python

# Each flagfile and the module whose flags it sets.
_ENTRY = {"default.cfg": "batt_jax.run", "kaggle.cfg": "batt_jax.run",
          "search_eval.cfg": "batt_jax.run", "bench.cfg": "batt_jax.bench.__main__"}


def test_every_flagfile_has_an_entry_module():
  assert sorted(p.name for p in (REPO / "configs").glob("*.cfg")) == sorted(_ENTRY)


@pytest.mark.parametrize("name", sorted(_ENTRY))
def test_flagfile_parses_against_its_entry_module(name):
  # absl rejects a flag the module does not define, naming it. The flags are only
  # parsed (nothing runs), so paths such as Kaggle's need not exist here.
  code = (f"import {_ENTRY[name]}\nfrom absl import flags\n"
          f"flags.FLAGS(['prog', '--flagfile=configs/{name}'])\nprint('parsed')")
  result = run_python(["-c", code], timeout=120)
  assert result.returncode == 0, result.stderr[-2000:]
  assert result.stdout.strip().endswith("parsed")


def test_an_unknown_flag_in_a_flagfile_is_named(tmp_path):
  bad = tmp_path / "bad.cfg"
  bad.write_text("--data=arc1-eval\n--no_such_flag=1\n")
  code = f"import batt_jax.run\nfrom absl import flags\nflags.FLAGS(['prog', '--flagfile={bad}'])"
  result = run_python(["-c", code], timeout=120)
  assert result.returncode != 0
  assert "no_such_flag" in result.stderr
