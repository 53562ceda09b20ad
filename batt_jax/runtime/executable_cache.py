"""On-disk cache of compiled, serialized nodewise executables.

JAX's persistent compilation cache (`compile_cache.py`) skips XLA's compile
but not tracing and lowering, which for the whole library's ~485 nodewise
executables is most of a warm start (~41 s on an H100 host). This cache
stores each compiled executable itself (`jax.experimental.serialize_executable`),
with the output types its lowering gave, so that a warm start neither traces
nor compiles: `nodewise.NodewiseStep.compile` reads every entry, chains the
stored output types into the next steps' keys, and deserializes the
executables on its thread pool.

One file per executable, `<directory>/<name>-<sha256 of the key>.jexe`:

    MAGIC (8 bytes) | sha256 of the payload (32 bytes) | payload (pickle)

The payload holds the key text (checked on read: no silent hash collision),
the serialized executable with its argument and result pytree definitions,
and the output types. Files are written atomically (a temporary file in the
same directory, then `os.replace`), so readers, other processes included, see
a whole entry or none. An entry that cannot be read (truncated, corrupt, from
another format) or loaded is logged, deleted and compiled again; an executable
that cannot be serialized is logged once and simply not cached.

The key (`key_text`) names everything an executable depends on: the kernel
tree, its argument types and shapes, the devices (platform and its version,
kind, ids), jax and jaxlib versions, compiler options, XLA_FLAGS, the slot
compaction setting (`dsl/jax/slots.py`), and a
fingerprint of the source that defines kernel semantics (the DSL, codegen,
and the nodewise/scoring runtime). Change any of them and the entry is simply
not found; stale files are never read again (delete the directory to reclaim
the space).

Like JAX's own cache, entries are pickles: only point it at a directory you
trust.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
import pathlib
import pickle
import re
import threading
from typing import Any, Optional, Sequence

from absl import logging
import jax
import jax.numpy as jnp

from batt_jax.dsl.jax import slots
from batt_jax.runtime import store

MAGIC = b"BATTEXE1"
_MISSING_FUNCTION = re.compile(r"Function \S+ not found")
SUFFIX = ".jexe"
# Bumped when the key text or the payload change meaning.
_VERSION = 1

_directory: Optional[str] = None
_warned = set()
_warned_lock = threading.Lock()


def enable(directory: Optional[str]) -> None:
  """Reads and writes executables under `directory` ('' or None: off)."""
  global _directory
  _directory = directory or None


def directory() -> Optional[str]:
  """The cache directory, or None when the cache is off."""
  return _directory


def _warn_once(kind: str, message: str, *args) -> None:
  """Logs `message` the first time `kind` happens in this process (debug after)."""
  with _warned_lock:
    first = kind not in _warned
    _warned.add(kind)
  (logging.warning if first else logging.debug)(message, *args)


# --------------------------------------------------------------------------
# The key.

# Source whose bytes define what a kernel computes: the DSL (primitives,
# encodings, capacities), codegen (constants, graphs), and the runtime modules
# that build the node and score kernels. (package, subdirectory or file)
_SOURCES = (("batt_jax", "dsl"), ("codegen", ""), ("batt_jax", "runtime/nodewise.py"),
            ("batt_jax", "runtime/scoring.py"), ("batt_jax", "runtime/coordinator.py"))


@functools.lru_cache(maxsize=None)
def source_fingerprint() -> str:
  """sha256 over the path and bytes of every kernel-defining .py file (once per process)."""
  import importlib  # pylint: disable=g-import-not-at-top
  paths = set()
  for package, sub in _SOURCES:
    base = pathlib.Path(importlib.import_module(package).__file__).resolve().parent
    where = base / sub if sub else base
    found = list(where.rglob("*.py")) if where.is_dir() else [where]
    paths.update((f"{package}/{p.relative_to(base).as_posix()}", p) for p in found)
  digest = hashlib.sha256()
  for name, path in sorted(paths):
    digest.update(name.encode() + b"\0")
    try:
      digest.update(path.read_bytes())
    except OSError:
      digest.update(b"<missing>")
    digest.update(b"\0")
  return digest.hexdigest()


def describe_devices(devices: Sequence) -> str:
  """Platform, its version, kinds, count and ids: what an executable was built for."""
  first = devices[0]
  return (f"{first.platform}|{getattr(first.client, 'platform_version', '')}|"
          f"{sorted({d.device_kind for d in devices})}|{len(devices)}|"
          f"{[d.id for d in devices]}")


def signature_text(signature: tuple) -> str:
  """A kernel signature (treedef, (shape, dtype, weak_type)...) as deterministic text.

  Tree definitions print as class and field names (no object ids), shapes as
  tuples of ints, dtypes by name: the same in every process.
  """
  treedef, *leaves = signature
  return str(treedef) + "|" + ";".join(repr(tuple(leaf)) for leaf in leaves)


def environment_text(devices: Sequence, options: Optional[dict]) -> str:
  """What every executable depends on besides its own kernel, as key text lines:
  the devices, jax and jaxlib, compiler options, XLA_FLAGS, slot compaction
  (its mode, size threshold and tile count) and the DSL's, codegen's and the
  runtime's source (`source_fingerprint`)."""
  import jaxlib  # pylint: disable=g-import-not-at-top
  return "\n".join([
      f"devices={describe_devices(devices)}",
      f"jax={jax.__version__} jaxlib={jaxlib.__version__}",
      f"options={sorted((options or {}).items())!r}",
      f"xla_flags={os.environ.get('XLA_FLAGS', '')}",
      f"compact_slots={slots.enabled()} min_equations={slots.MIN_EQUATIONS} tiles={slots.TILES}",
      f"source={source_fingerprint()}",
  ])


def key_text(tree: Any, signature: tuple, devices: Sequence,
             options: Optional[dict]) -> str:
  """Everything a nodewise executable depends on, as text (its sha256 names the file)."""
  return "\n".join([
      f"batt_jax nodewise executable v{_VERSION}",
      f"tree={tree!r}",
      f"signature={signature_text(signature)}",
      environment_text(devices, options),
  ])


def path_for(name: str, text: str, root: Optional[str] = None) -> str:
  """The file of the entry with key `text` (`name`: a readable prefix, e.g. the kernel)."""
  digest = hashlib.sha256(text.encode()).hexdigest()
  return os.path.join(root or _directory or "", f"{name}-{digest}{SUFFIX}")


# --------------------------------------------------------------------------
# Entries.


@dataclasses.dataclass(frozen=True)
class Entry:
  """A cache entry read from disk, not yet loaded onto the devices.

  Attributes:
    path: its file.
    payload: the unpickled payload (executable bytes, pytree definitions).
    out_spec: the executable's result as a pytree of ShapeDtypeStructs.
  """
  path: str
  payload: dict
  out_spec: Any


def _drop(path: str, why: str) -> None:
  """Logs and deletes an entry that cannot be used (another compile rewrites it)."""
  logging.warning("executable cache: ignoring %s (%s); compiling it again", path, why)
  try:
    os.remove(path)
  except OSError:
    pass  # gone already, or read-only: it is overwritten when saved


def drop(name: str, text: str, why: str) -> None:
  """Deletes the entry for key `text` (if the cache is on), logging `why`: one
  that loaded but failed when it ran."""
  if _directory:
    _drop(path_for(name, text), why)


def is_broken_executable(error: Exception) -> bool:
  """Whether a run failed because the executable lacks code it calls.

  Seen on the CPU (jax 0.10.2): a search kernel's entry, written by one
  process, loaded in another and failed on its first run with `NOT_FOUND:
  Function bitcast_concatenate_fusion.1 not found`; compiling it again works.
  Waited for, the error reads `NOT_FOUND: Function ... not found`; fetched
  later, `INTERNAL: Error dispatching computation: Function ... not found`.
  """
  return _MISSING_FUNCTION.search(str(error)) is not None


def read(name: str, text: str) -> Optional[Entry]:
  """The entry for key `text`, or None (off, absent, or unusable: logged and deleted)."""
  if not _directory:
    return None
  path = path_for(name, text)
  try:
    with open(path, "rb") as fh:
      data = fh.read()
  except FileNotFoundError:
    return None
  except OSError as e:
    logging.warning("executable cache: cannot read %s: %s", path, e)
    return None
  header = len(MAGIC) + 32
  if len(data) < header or data[:len(MAGIC)] != MAGIC:
    _drop(path, "not an entry of this format")
    return None
  payload = data[header:]
  if hashlib.sha256(payload).digest() != data[len(MAGIC):header]:
    _drop(path, "checksum mismatch: truncated or corrupt")
    return None
  try:
    content = pickle.loads(payload)
    if content["key"] != text:
      _drop(path, "another key with the same digest")
      return None
    out_spec = jax.tree.unflatten(
        content["out_spec_tree"],
        [jax.ShapeDtypeStruct(shape, jnp.dtype(dtype), weak_type=weak)
         for shape, dtype, weak in content["out_spec_leaves"]])
  except Exception as e:  # pylint: disable=broad-except
    _drop(path, f"unreadable payload: {type(e).__name__}: {e}")
    return None
  return Entry(path, content, out_spec)


def load(entry: Entry, devices: Sequence) -> Optional[Any]:
  """The entry's executable loaded onto `devices`, or None (logged and deleted)."""
  from jax.experimental import serialize_executable  # pylint: disable=g-import-not-at-top
  content = entry.payload
  try:
    compiled = serialize_executable.deserialize_and_load(
        content["executable"], content["in_tree"], content["out_tree"],
        backend=devices[0].client, execution_devices=list(devices))
    # Guard against an entry whose stored types disagree with its executable:
    # the next steps' keys were chained from the stored ones.
    got = [(tuple(a.shape), str(a.dtype)) for a in jax.tree.leaves(compiled.out_info)]
    want = [(tuple(a.shape), str(a.dtype)) for a in jax.tree.leaves(entry.out_spec)]
    if got != want:
      raise ValueError(f"stored output types {want} != executable's {got}")
  except Exception as e:  # pylint: disable=broad-except
    _drop(entry.path, f"cannot load: {type(e).__name__}: {e}")
    return None
  return compiled


def save(name: str, text: str, compiled: Any, out_spec: Any,
         extra: Optional[dict] = None) -> bool:
  """Writes `compiled` (with its result types `out_spec`) as the entry for `text`.

  `extra`: picklable facts about the executable that its reader needs (they
  come back as `Entry.payload["extra"]`).

  Returns:
    Whether it was written. An executable that cannot be serialized, or a
    directory that cannot be written, is logged once and skipped: the run
    goes on without caching it.
  """
  if not _directory:
    return False
  from jax.experimental import serialize_executable  # pylint: disable=g-import-not-at-top
  try:
    executable, in_tree, out_tree = serialize_executable.serialize(compiled)
    leaves, spec_tree = jax.tree.flatten(out_spec)
    payload = pickle.dumps({
        "key": text, "executable": executable, "in_tree": in_tree, "out_tree": out_tree,
        "extra": dict(extra or {}),
        "out_spec_tree": spec_tree,
        "out_spec_leaves": [(tuple(a.shape), str(a.dtype), bool(getattr(a, "weak_type", False)))
                            for a in leaves]}, protocol=pickle.HIGHEST_PROTOCOL)
  except Exception as e:  # pylint: disable=broad-except
    _warn_once("serialize", "executable cache: cannot serialize %s (%s: %s); not caching "
               "such executables", name, type(e).__name__, e)
    return False
  path = path_for(name, text)
  try:
    store.write_atomic(path, MAGIC + hashlib.sha256(payload).digest() + payload)
  except OSError as e:
    _warn_once("write", "executable cache: cannot write %s: %s; not caching", path, e)
    return False
  return True
