"""JAX's persistent compilation cache, on by default, so a second run skips compiling.

`enable(directory)` also turns on the nodewise executable cache
(`executable_cache.py`) in `<directory>/executables`: serialized executables,
so that a warm nodewise start skips tracing too. A subdirectory rather than a
sibling, so that a cache given as a flag (a temporary directory, Kaggle's
working directory) keeps both inside it; JAX's cache only lists its own files
at the top level.
"""

import os

import jax

from batt_jax.runtime import executable_cache

DEFAULT_DIR = os.path.join(
    os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "batt_jax", "jax")
EXECUTABLES_SUBDIR = "executables"


def executables_dir(directory: str) -> str:
  """Where the executable cache of compilation cache `directory` lives."""
  return os.path.join(directory, EXECUTABLES_SUBDIR)


def enable(directory: str) -> None:
  """Caches every compiled executable under `directory` ('' or None: off).

  Both caches follow `directory`: '' or None turns the executable cache off
  (and leaves JAX's, off unless enabled before in this process, alone).
  """
  if not directory:
    executable_cache.enable(None)
    return
  os.makedirs(directory, exist_ok=True)
  jax.config.update("jax_compilation_cache_dir", directory)
  # Cache everything that took noticeable time to compile (chunks do).
  jax.config.update("jax_persistent_cache_min_compile_time_secs", 0.5)
  jax.config.update("jax_persistent_cache_min_entry_size_bytes", 0)
  executable_cache.enable(executables_dir(directory))
