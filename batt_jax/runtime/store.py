"""Atomic, resumable storage of per-batch results.

Each result is one `.npz` file written to a temporary name and renamed into
place, so a run killed at any point leaves only whole files; `--resume` reuses
them. The run directory holds a `run.json` fingerprint of everything that
determines the results (programs, data, batch size); resuming with a different
fingerprint is refused rather than mixing results.
"""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import tempfile
from typing import Dict, Optional

import numpy as np


class ResumeMismatch(RuntimeError):
  """The run directory holds results of a different configuration."""


class ResultStore:
  """A directory of `<key>.npz` results."""

  def __init__(self, root, fingerprint: dict, resume: bool):
    self.root = pathlib.Path(root)
    meta = self.root / "run.json"
    if self.root.exists() and not resume:
      shutil.rmtree(self.root)
    self.root.mkdir(parents=True, exist_ok=True)
    if meta.exists():
      previous = json.loads(meta.read_text())
      if previous != fingerprint:
        changed = ", ".join(
            f"{key} ({previous.get(key)!r} -> {fingerprint.get(key)!r})"
            for key in sorted(set(previous) | set(fingerprint))
            if previous.get(key) != fingerprint.get(key))
        raise ResumeMismatch(
            f"{self.root} holds results of another configuration (changed: {changed}); "
            "run without --resume to start over, or with another --run_dir")
    else:
      write_atomic(meta, json.dumps(fingerprint, indent=1, sort_keys=True).encode())

  def path(self, key: str) -> pathlib.Path:
    return self.root / f"{key}.npz"

  def get(self, key: str) -> Optional[Dict[str, np.ndarray]]:
    path = self.path(key)
    if not path.exists():
      return None
    with np.load(path) as data:
      return {k: data[k] for k in data.files}

  def put(self, key: str, arrays: Dict[str, np.ndarray]) -> None:
    fd, tmp = tempfile.mkstemp(dir=self.root, suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
      np.savez(fh, **arrays)
    os.replace(tmp, self.path(key))

  def count(self) -> int:
    return len(list(self.root.glob("*.npz")))


def write_atomic(path, data: bytes) -> None:
  """Writes `data` to `path` through a temporary file and a rename.

  Readers see the whole file or none; a failed write leaves no temporary file.
  """
  path = pathlib.Path(path)
  path.parent.mkdir(parents=True, exist_ok=True)
  fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
  try:
    with os.fdopen(fd, "wb") as fh:
      fh.write(data)
    os.replace(tmp, path)
  except BaseException:
    try:
      os.remove(tmp)
    except OSError:
      pass
    raise
