"""batt_jax: compiled evaluation of ARC program libraries with JAX.

The public API (everything else is implementation):

    import batt_jax
    submission = batt_jax.solve("arc-agi_test_challenges.json", time_budget=600,
                                output="submission.json")

* `solve`: the one call for a Kaggle notebook (offline): challenges in,
  submission out.
* `load_tasks`: ARC data from Kaggle JSON, a task directory or an embedded set.
* `RunConfig`, `evaluate`: the main job with every knob (the absl entry
  point `python -m batt_jax.run` is a thin layer over them).
"""

from batt_jax.api import load_tasks, solve
from batt_jax.runtime.engine import RunConfig, RunResult
from batt_jax.runtime.engine import run as evaluate

__all__ = ["RunConfig", "RunResult", "evaluate", "load_tasks", "solve"]
__version__ = "0.1.0"
