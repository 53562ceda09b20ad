"""The sampling profiler counts where the main thread spends wall time."""

import json
import os
import subprocess
import sys
import threading
import time

from batt_jax.bench import stack_sampler

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _sleeps_in_a_named_function():
  time.sleep(0.3)


def test_samples_land_in_the_function_the_thread_blocks_in():
  sampler = stack_sampler.Sampler(threading.get_ident(), 0.005)
  sampler.start()
  _sleeps_in_a_named_function()
  sampler.stop()
  summary = sampler.summary()
  inclusive = dict(map(tuple, summary["inclusive"]))
  key = "test_stack_sampler.py:_sleeps_in_a_named_function"
  # Most samples of a 0.3 s sleep at 5 ms fall inside it.
  assert inclusive[key] >= 0.5 * summary["samples"] and summary["samples"] >= 20


def test_runs_a_module_and_writes_its_counts(tmp_path):
  out = tmp_path / "prof.json"
  script = "import time\nt = time.time()\nwhile time.time() - t < 0.3: pass\n"
  module = tmp_path / "busy_module.py"
  module.write_text(script)
  env = dict(os.environ, PYTHONPATH=f"{ROOT}{os.pathsep}{tmp_path}")
  subprocess.run([sys.executable, "-m", "batt_jax.bench.stack_sampler", str(out), "-m",
                  "busy_module"], check=True, env=env, cwd=tmp_path, timeout=120)
  summary = json.loads(out.read_text())
  leaf = dict(map(tuple, summary["leaf"]))
  assert summary["samples"] > 10
  assert sum(n for k, n in leaf.items() if k.startswith("busy_module.py:")) > 0.5 * summary["samples"]
