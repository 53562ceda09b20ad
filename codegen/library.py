"""Finds library files: the packaged default folder, or paths given by the user."""

from __future__ import annotations

import glob
import os
from typing import List, Sequence, Union

import batt_jax

DEFAULT = "default"
DEFAULT_DIR = os.path.join(os.path.dirname(batt_jax.__file__), "library", "solvers")


def files(spec: Union[None, str, Sequence[str]] = DEFAULT) -> List[str]:
  """The .py files named by `spec`, in a stable order.

  `spec` is "default" (or None) for the package's `library/solvers/` folder,
  a comma-separated string of paths, or a sequence of paths; a folder stands
  for every `*.py` in it (sorted, `__init__.py` excluded). A missing default
  folder is an empty library; a missing explicit path is an error.
  """
  if spec is None:
    spec = DEFAULT
  if isinstance(spec, str):
    spec = [s for s in spec.split(",") if s]
  out: List[str] = []
  for path in spec:
    if path == DEFAULT:
      if os.path.isdir(DEFAULT_DIR):
        out += _folder(DEFAULT_DIR)
    elif os.path.isdir(path):
      out += _folder(path)
    elif os.path.isfile(path):
      out.append(path)
    else:
      raise FileNotFoundError(f"no library file or folder {path!r}")
  return out


def _folder(path: str) -> List[str]:
  return [f for f in sorted(glob.glob(os.path.join(path, "*.py")))
          if os.path.basename(f) != "__init__.py"]
