"""JAX's persistent compilation cache, on by default, so a second run skips compiling."""

import os

import jax

DEFAULT_DIR = os.path.join(
    os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "batt_jax", "jax")


def enable(directory: str) -> None:
  """Caches every compiled executable under `directory` ('' or None: off)."""
  if not directory:
    return
  os.makedirs(directory, exist_ok=True)
  jax.config.update("jax_compilation_cache_dir", directory)
  # Cache everything that took noticeable time to compile (chunks do).
  jax.config.update("jax_persistent_cache_min_compile_time_secs", 0.5)
  jax.config.update("jax_persistent_cache_min_entry_size_bytes", 0)
