"""Shared by the runtime tests: a small real workload and the CLI in a subprocess.

The workload is six ARC-AGI-1 training tasks and the fixture library
(tests/data/programs/solvers_fixture.py, ten programs in three chunks of four).
Which of the tasks the fixture programs solve was worked out by hand and
checked against both backends:
  3c9b0459, 6150a2bd  rotate by 180 degrees   (solve_3c9b0459 and solve_6150a2bd
                      are the same program: each solves both tasks, and each
                      task's own program ranks first, so neither is counted
                      as solved by transfer);
  ed36ccf7            rotate by 270 degrees   (solve_ed36ccf7);
  a79310a0            shift the shape down, recolour it 2 (solve_a79310a0);
  b1948b0a            replace 6 by 2          (solve_b1948b0a).
4c4377d9 (mirror and stack) is solved by none of them.
"""

from __future__ import annotations

import json
import os
import pathlib
import socket
import subprocess
import sys
from typing import Dict, Optional, Sequence

from batt_jax import data
from batt_jax.runtime import engine

REPO = pathlib.Path(__file__).resolve().parents[1]
FIXTURE_LIBRARY = str(REPO / "tests" / "data" / "programs" / "solvers_fixture.py")
FIXTURE_DIR = str(REPO / "tests" / "data" / "programs")

TASK_IDS = ("3c9b0459", "6150a2bd", "ed36ccf7", "4c4377d9", "a79310a0", "b1948b0a")
SOLVED = frozenset({"3c9b0459", "6150a2bd", "ed36ccf7", "a79310a0", "b1948b0a"})
BY_TRANSFER = frozenset()
NUM_DEMOS, NUM_TESTS = 20, 6  # of TASK_IDS

# Summary fields that depend on the machine, not on the results.
VOLATILE_SUMMARY = ("evaluations_per_s", "devices", "halvings", "processes")


def tasks(ids: Sequence[str] = TASK_IDS):
  return data.select(data.load("arc1-train"), list(ids)).tasks


def config(**overrides) -> engine.RunConfig:
  settings = dict(library=FIXTURE_LIBRARY, batch_size=8, chunk_size=4)
  settings.update(overrides)
  return engine.RunConfig(**settings)


def comparable(summary: Dict[str, object]) -> Dict[str, object]:
  return {k: v for k, v in summary.items() if k not in VOLATILE_SUMMARY}


def _env(extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
  env = dict(os.environ)
  env["PYTHONPATH"] = os.pathsep.join(
      [str(REPO)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
  env.update(extra or {})
  return env


_RUN = ("-m", "batt_jax.run", "--compile_cache=")  # python's arguments before the run's


def _command(args: Sequence[str]):
  return [sys.executable, *_RUN, *args]


def run_cli(args: Sequence[str], env: Optional[Dict[str, str]] = None,
            timeout: float = 300) -> subprocess.CompletedProcess:
  """`python -m batt_jax.run ARGS` from the repository root (no compile cache)."""
  return run_python([*_RUN, *args], timeout, env)


def run_module(module: str, args: Sequence[str], timeout: float = 300) -> subprocess.CompletedProcess:
  """`python -m MODULE ARGS` from the repository root."""
  return run_python(["-m", module, *args], timeout)


def run_python(args: Sequence[str], timeout: float = 300,
               env: Optional[Dict[str, str]] = None) -> subprocess.CompletedProcess:
  """`python ARGS` from the repository root (`env` added to the environment)."""
  return subprocess.run([sys.executable, *args], cwd=REPO, env=_env(env), capture_output=True,
                        text=True, timeout=timeout, check=False)


def popen_cli(args: Sequence[str], log_path) -> subprocess.Popen:
  """`run_cli` in the background, stdout and stderr to `log_path`."""
  with open(log_path, "w") as log:  # the child keeps its own copy of the file
    return subprocess.Popen(_command(args), cwd=REPO, env=_env(), stdout=log,
                            stderr=subprocess.STDOUT)


def read_json(path):
  return json.loads(pathlib.Path(path).read_text())


def free_port() -> int:
  with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    return s.getsockname()[1]
