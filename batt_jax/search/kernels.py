"""The search's device side: transform kernels, their scoring, their compilation.

A kernel runs one transform over a chunk of rows (a row is one sample of one
candidate: its grid and its parameter vector) and scores each result against
its target on the device (`_scored`): validity, demo match, recolouring,
overlay flags, partial score and two hashes come back to the host as one
[rows, 6] array, the grids stay on the device. `Compilations` lowers and
compiles a catalogue's kernels on a thread pool for a fixed number of rows per
call, and keeps the compiled executables in the executable cache
(`runtime/executable_cache.py`) when it is on: a warm start neither traces nor
compiles them. Everything a kernel computes is defined here, in the DSL and in
`transforms.Transform`: the cache key fingerprints exactly that source.
"""

from __future__ import annotations

from concurrent import futures
import dataclasses
import functools
import hashlib
import os
import threading
import time
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Union

from absl import logging
import jax
import jax.numpy as jnp
import numpy as np

from batt_jax.dsl import capacity
from batt_jax.dsl.encoding import Grid
from batt_jax.runtime import compile_pool
from batt_jax.runtime import executable_cache
from batt_jax.runtime.coordinator import compiler_options
from batt_jax.search import transforms as transforms_lib
from batt_jax.search.call_rows import call_rows
from batt_jax.search.transforms import Transform

S = capacity.SIDE
_HASH_WEIGHTS = np.random.default_rng(20201205).integers(
    1, 2**32, size=(2, S * S + 2), dtype=np.uint64).astype(np.uint32)


def row_hashes(cells, hw, xp=jnp):
  """Two independent 32-bit hashes of each grid: [R] uint32 each (wrapping sums).

  `xp` is jnp (in a kernel) or np (on the host): both wrap alike.
  """
  flat = xp.concatenate([cells.reshape(cells.shape[0], -1).astype(xp.uint32),
                         hw.astype(xp.uint32)], axis=1)
  w = xp.asarray(_HASH_WEIGHTS)
  return (flat * w[0]).sum(axis=1, dtype=xp.uint32), (flat * w[1]).sum(axis=1, dtype=xp.uint32)


# Primitives whose work is worth sharing between a transform's variants.
_HEAVY = frozenset({"objects", "fgpartition", "partition", "frontiers", "mapply", "mfilter",
                    "occurrences"})


def shares_prefix(transform: Transform) -> Optional[Tuple[int, ...]]:
  """The parameters a shared prefix may read (indices; () none), or None: no sharing.

  A transform shares when a prefix of its lines holds costly work
  (`_shared_kernel`). The prefix may read a parameter that varies slowest
  (e.g. `a` of `connect_h`: the rays of the colour-a objects, shared by every
  fill colour b): of the choices "no parameter" and "the first one", the one
  whose prefix holds more costly calls (ties: no parameter, more sharing).
  """
  if not transform.params:
    return None
  parsed = transform.parsed()
  best, best_heavy = None, 0
  for fixed in ((), (0,)) if len(transform.params) > 1 else ((),):
    prefix, _, _ = transform.split(tuple(transform.params[k].name for k in fixed))
    heavy = sum(parsed[k][1] in _HEAVY for k in prefix)
    if heavy > best_heavy:
      best, best_heavy = fixed, heavy
  return best


def head_keys(fixed: Sequence[int], grid: np.ndarray, params: np.ndarray) -> np.ndarray:
  """[rows] int64: the key of each row's shared prefix: its grid and `fixed` parameters."""
  key = grid.astype(np.int64)
  for k in fixed:
    key = key * 16 + params[:, k]  # parameters are colours, flags or small ints (< 16)
  return key


def _grids(cells, hw) -> Grid:
  return Grid(cells=cells, hw=hw, valid=jnp.ones(cells.shape[0], bool))


def _kernel(transform: Transform) -> Callable:
  """jit of: transform over rows, then validity, demo match, partial score, hashes."""
  transform.prepare()  # module constants and encoded constants are made outside the trace

  def run(cells, hw, params, out_cells, out_hw, is_demo, changed):
    out = jax.vmap(transform.apply)(_grids(cells, hw), params)
    return _scored(out, out_cells, out_hw, is_demo, changed)

  return jax.jit(run)


def _shared_kernel(transform: Transform) -> Callable:
  """As `_kernel`, with the prefix (`shares_prefix`) run once per distinct head.

  Takes [U] distinct heads (a grid and its parameter vector, of which the
  prefix reads only the `shares_prefix` ones) and [R] rows naming their head
  (`grid_of_row`): the prefix (e.g. `objects(I, ...)`) runs on the U heads,
  the suffix on the R rows with their parameters, so a node's variants that
  agree on the prefix's parameters share it.
  """
  transform.prepare()
  fixed = shares_prefix(transform)
  prefix, suffix, shared = transform.split(tuple(transform.params[k].name for k in fixed))

  def head(grid, params):
    env = transform.run_lines(prefix, {"I": grid}, params)
    return {name: env[name] for name in shared}

  def tail(env, params):
    return transform.run_lines(suffix, env, params)["O"]

  def run(cells, hw, head_params, grid_of_row, params, out_cells, out_hw, is_demo, changed):
    env = jax.vmap(head)(_grids(cells, hw), head_params)
    rows = jax.tree.map(lambda x: x[grid_of_row], env)
    return _scored(jax.vmap(tail)(rows, params), out_cells, out_hw, is_demo, changed)

  return jax.jit(run)


ABSENT = 15  # a colour the image does not show, in a packed colour map


def _color_words(cells, out_cells, inside):
  """[rows, 5] uint32: bit 16 * (a % 2) + b of word a // 2 is set iff some cell
  inside the target is colour a in the image and colour b in the target."""
  a = cells.astype(jnp.uint32)
  bit = jnp.left_shift(jnp.uint32(1), (a % 2) * 16 + out_cells.astype(jnp.uint32))
  words = [jax.lax.reduce(jnp.where(inside & (a // 2 == w), bit, jnp.uint32(0)),
                          jnp.uint32(0), jax.lax.bitwise_or, (1, 2)) for w in range(5)]
  return jnp.stack(words, axis=1)


def _color_map(words):
  """From `_color_words`: [rows] bool, whether each image colour meets one target
  colour only (the target is a recolouring of the image), and [rows, 2] uint32,
  that colour per image colour, 4 bits each (colours 0-4, then 5-9; ABSENT: unseen)."""
  fields = [(words[:, a // 2] >> (16 * (a % 2))) & 0x3FF for a in range(10)]
  function = jnp.all(jnp.stack([f & (f - 1) == 0 for f in fields]), axis=0)
  to = [jnp.where(f == 0, jnp.uint32(ABSENT), 31 - jax.lax.clz(f)) for f in fields]
  packed = [sum(to[a + 5 * k] << (4 * a) for a in range(5)) for k in range(2)]
  return function, jnp.stack(packed, axis=1).astype(jnp.uint32)


def _scored(out: Grid, out_cells, out_hw, is_demo, changed):
  """A kernel's results: the grids, and [rows, 6] uint32 of validity, demo match,
  recolouring match, overlay piece, base gain, partial score, hashes and colour
  map for the host."""
  same_shape = jnp.all(out.hw == out_hw, axis=1)
  comparable = out.valid & same_shape & is_demo  # a demo row, cell for cell
  equal = out.cells == out_cells
  exact = out.valid & same_shape & jnp.all(equal, axis=(1, 2))
  i = jnp.arange(S)
  inside = (i[None, :, None] < out_hw[:, :1, None]) & (i[None, None, :] < out_hw[:, 1:, None])
  right = jnp.sum(equal & inside, axis=(1, 2)) / jnp.maximum(1, out_hw[:, 0] * out_hw[:, 1])
  score = jnp.where(comparable, right, 0.0).astype(jnp.float32)
  h1, h2 = row_hashes(out.cells, out.hw)
  function, colors = _color_map(_color_words(out.cells, out_cells, inside))
  mapped = comparable & function
  # A piece: right wherever it is not 0, and right on some cell where the target
  # differs from the input (`changed`): an overlay may paint it over another
  # candidate, and it paints more than a copy of the input would.
  shown = (out.cells != 0) & inside
  piece = (comparable & jnp.any(shown & changed, axis=(1, 2))
           & ~jnp.any(shown & ~equal, axis=(1, 2)))
  # Right on some cell where the target differs from the input: a base that
  # improves on the input's own.
  gains = comparable & jnp.any(equal & changed & inside, axis=(1, 2))
  # What the host needs goes back as one [rows, 6] array: one transfer per chunk.
  flags = (out.valid.astype(jnp.uint32) | ((exact & is_demo).astype(jnp.uint32) << 1)
           | (mapped.astype(jnp.uint32) << 2) | (piece.astype(jnp.uint32) << 3)
           | (gains.astype(jnp.uint32) << 4))
  packed = jnp.stack([flags, jax.lax.bitcast_convert_type(score, jnp.uint32), h1, h2,
                      colors[:, 0], colors[:, 1]], axis=1)
  return out.cells, out.hw, packed


@dataclasses.dataclass(frozen=True)
class _Flags:
  """A kernel's packed results on the host, per row: [rows] each, and `colors`."""
  valid: np.ndarray
  exact: np.ndarray
  mapped: np.ndarray
  piece: np.ndarray
  gains: np.ndarray
  score: np.ndarray
  h1: np.ndarray
  h2: np.ndarray
  packed_colors: np.ndarray  # [rows, 2] uint32

  def colors_at(self, rows: np.ndarray) -> np.ndarray:
    """[len(rows), 10] int8: the target colour of each image colour on these
    rows (ABSENT: unseen). Unpacked only for the rows asked: screens never need
    it, and a run only the rows of candidates right up to a recolouring."""
    shifts = np.arange(5, dtype=np.uint32) * 4
    words = self.packed_colors[rows]
    return ((words[:, :, None] >> shifts) & 0xF).reshape(-1, 10).astype(np.int8)


def unpack(packed: np.ndarray) -> _Flags:
  flags = packed[:, 0]
  valid, exact, mapped, piece, gains = ((flags & (1 << bit)) != 0 for bit in range(5))
  return _Flags(valid, exact, mapped, piece, gains, packed[:, 1].view(np.float32),
                packed[:, 2], packed[:, 3], packed[:, 4:6])



# A search kernel may use this share of the device's memory (the layers' grids
# and the pending candidates hold the rest); one that needs more is compiled for
# fewer rows per call, down to MIN_CHUNK_ROWS.
MEMORY_FRACTION = 0.5
MIN_CHUNK_ROWS = 256
# `Compilations(memory_budget=...)`: the device's own (`device_memory_budget`).
DEVICE_BUDGET = "device"


def grid_rows(chunk_rows: int) -> int:
  """Distinct grids per chunk of a shared-prefix kernel (`_shared_kernel`)."""
  return max(1, chunk_rows // 4)


def kernel_of(transform: Transform) -> Callable:
  return _shared_kernel(transform) if shares_prefix(transform) is not None else _kernel(transform)


def lower_kernel(transform: Transform, rows: int):
  """The transform's kernel lowered for chunks of `rows` rows."""
  struct = jax.ShapeDtypeStruct
  shared = shares_prefix(transform) is not None
  width = max(1, len(transform.params))
  grids = grid_rows(rows) if shared else rows
  inputs = (struct((grids, S, S), jnp.int8), struct((grids, 2), jnp.int32))
  if shared:
    inputs += (struct((grids, width), jnp.int32), struct((rows,), jnp.int32))
  return kernel_of(transform).lower(
      *inputs, struct((rows, width), jnp.int32), struct((rows, S, S), jnp.int8),
      struct((rows, 2), jnp.int32), struct((rows,), jnp.bool_), struct((rows, S, S), jnp.bool_))


def needed_bytes(executable) -> int:
  """XLA's planned memory for one call of `executable` (temporaries + arguments +
  outputs; 0 where the backend does not say)."""
  m = executable.memory_analysis()
  if m is None:
    return 0
  return int(m.temp_size_in_bytes + m.argument_size_in_bytes + m.output_size_in_bytes)


def device_memory_budget(fraction: float = MEMORY_FRACTION) -> Optional[int]:
  """Bytes one search kernel may use on the first device (None: no limit known,
  as on the CPU): `fraction` of its memory, the rest left to the layers' grids."""
  stats = jax.devices()[0].memory_stats()
  if not stats or "bytes_limit" not in stats:
    return None
  return int(stats["bytes_limit"] * fraction)


def rows_within(needed: int, rows: int, budget: int) -> int:
  """`rows` halved until a kernel that needs `needed` bytes for `rows` rows would
  fit `budget`, its memory taken as proportional to its rows (at least
  MIN_CHUNK_ROWS)."""
  while rows > MIN_CHUNK_ROWS and needed > budget:
    rows, needed = rows // 2, needed // 2
  return rows


def _fitting_compile(transform: Transform, lowered, rows: int,
                     budget: Optional[int]) -> Tuple[Any, float, int]:
  """(executable, seconds, rows): compiled for `rows`, or for fewer if XLA's
  memory analysis exceeds `budget` (at least MIN_CHUNK_ROWS).

  The rows that fit are predicted from the first compile's memory, so a kernel
  that is too big compiles once more, not once per halving (a recompile costs
  as much as the first: its time hardly depends on the rows).
  """
  start = time.monotonic()
  options = compiler_options(jax.devices()[:1])
  executable = lowered.compile(compiler_options=options)
  while budget is not None and rows > MIN_CHUNK_ROWS and needed_bytes(executable) > budget:
    rows = min(rows // 2, rows_within(needed_bytes(executable), rows, budget))
    executable = lower_kernel(transform, rows).compile(compiler_options=options)
  return executable, time.monotonic() - start, rows


MANY_COMPILE_THREADS = 8  # compile pools this wide take the longest and shortest in turn
_CACHE_FORMAT = 1  # bump when a search kernel's calling convention changes


@functools.lru_cache(maxsize=None)
def kernel_source_fingerprint() -> str:
  """sha256 of the source that turns a template into a kernel: this module and
  the template interpreter (transforms.py up to its catalogue: `Param`,
  `Transform`, the line syntax). The templates themselves are keyed one by one
  (`cache_key`). Read as text: no `inspect`, whose class lookup parses the file
  and is not safe beside other threads doing the same."""
  with open(transforms_lib.__file__, encoding="utf-8") as fh:
    interpreter = fh.read().split(transforms_lib.CATALOGUE_MARKER, 1)[0]
  with open(__file__, encoding="utf-8") as fh:
    own = fh.read()
  return hashlib.sha256((own + "\0" + interpreter).encode()).hexdigest()


def cache_key(transform: Transform, rows: int, memory_budget: Optional[int]) -> str:
  """The executable cache's key of a transform's kernel compiled for `rows` rows
  (or for the fewer rows that fit `memory_budget`) on the first device."""
  devices = jax.devices()[:1]
  return "\n".join([
      f"batt_jax search kernel v{_CACHE_FORMAT}",
      f"transform={transform!r}",
      f"rows={rows} memory_budget={memory_budget}",
      f"kernel_source={kernel_source_fingerprint()}",
      executable_cache.environment_text(devices, compiler_options(devices)),
  ])


def compile_order(transforms: Sequence[Transform], longest_too: bool) -> List[Transform]:
  """Distinct transforms shortest template first (ties in the given order); with
  `longest_too`, the longest and the shortest of those left in turn."""
  shortest = list({t.name: t for t in sorted(transforms, key=lambda t: len(t.lines))}.values())
  if not longest_too:
    return shortest
  order, lo, hi = [], 0, len(shortest) - 1
  while lo <= hi:
    order.append(shortest[hi])
    hi -= 1
    if lo <= hi:
      order.append(shortest[lo])
      lo += 1
  return order


class Compilations:
  """A catalogue's kernels for chunk_rows rows, compiling on a thread pool.

  Tracing holds the GIL, XLA's compilation does not: the constructor traces
  each kernel and hands it to a worker while it traces the next, and returns
  without waiting for XLA. Made before a search (`batt_jax.run` makes it
  before the library pass), the kernels compile while other work runs; a
  `Search` takes each one when it first needs it (`take`), and runs its
  transforms shortest template first, so it waits at most for the first.

  A kernel whose compiled memory (XLA's analysis: temporaries, arguments and
  outputs) exceeds `memory_budget` is compiled again for the rows that fit
  (`rows_within`): its chunks are smaller, the search the same.

  With the executable cache on (`compile_cache.enable`), every kernel found
  there (`cache_key`) is loaded on the pool before any tracing, and every one
  compiled here is saved: a warm start neither traces nor compiles. (JAX's own
  compilation cache skips only XLA: tracing the catalogue's templates, one
  thread holding the GIL, took about 45 s of a warm H100 search's first layer.)

  The workers run `niceness` below the caller (`compile_pool`): made ahead
  (`compile_pool.BACKGROUND`), they leave the cores to the library's work first.
  With `background`, the tracing itself runs on a thread of its own, pausing
  while the run lowers what it waits for (`compile_pool.foreground`): so
  `batt_jax.run` traces the search's kernels while XLA compiles the library,
  not before the library is lowered.

  A search may also `request` a kernel for other rows (a costly transform's
  calls of few rows: `enumerate.Config.tail_rows`): loaded or compiled on the
  same pool, cached alike, and used once `requested` finds it ready.

  Attributes:
    chunk_rows: the rows of a compiled call (fewer for a kernel that needs it
      to fit, or that runs faster in fewer: `call_rows`).
    memory_budget: bytes a kernel may use (None: no limit); by default
      `device_memory_budget()`.
    lower_seconds: the time spent tracing and lowering (so far, with `background`).
    loaded: the transforms whose kernels came from the executable cache.
  """

  def __init__(self, transforms: Sequence[Transform], chunk_rows: int,
               memory_budget: Union[int, None, str] = DEVICE_BUDGET,
               niceness: int = compile_pool.LIBRARY, background: bool = False):
    self.chunk_rows = chunk_rows
    self.memory_budget = (device_memory_budget() if memory_budget == DEVICE_BUDGET
                          else memory_budget)
    workers = max(1, os.cpu_count() or 1)
    self._pool = compile_pool.pool(workers, niceness=niceness)
    # With many threads, the longest and the shortest templates in turn: the
    # long ones are the slowest to compile (on an H200 host, 55-180 s for the
    # templates of 70-175 lines, 9-12 s for 20-30 lines, a few seconds for
    # most), so they start early, while every other thread takes the next of
    # the short ones the search runs first: long ones alone filled all 16
    # threads of an H100 host for 8 minutes (2026-11-27) and no kernel was
    # ready. With few threads (a small CPU host, where compiling is what a time
    # budget runs out of), shortest first, the order the search runs them in.
    order = compile_order(transforms, longest_too=workers >= MANY_COMPILE_THREADS)
    self._futures: Dict[str, futures.Future] = {t.name: futures.Future() for t in order}
    # (name, rows) -> the kernel for other rows than chunk_rows (`request`).
    self._requested: Dict[Tuple[str, int], futures.Future] = {}
    self._closed = threading.Event()
    self.lower_seconds = 0.0
    self.loaded: set = set()
    # The tracer's own references: `take` drops a future from `_futures`,
    # possibly before its kernel is traced.
    work = [(t, self._futures[t.name]) for t in order]
    if background:
      threading.Thread(target=self._trace, args=(work, True), name="search-tracing",
                       daemon=True).start()
    else:
      self._trace(work, False)

  def _trace(self, work: Sequence[Tuple[Transform, futures.Future]], background: bool) -> None:
    """Queues the load of each cached kernel, then lowers each other one and
    queues its compile; either fulfils its future."""
    cached = executable_cache.directory() is not None
    keys = {t.name: cache_key(t, self.rows_of(t), self.memory_budget) if cached else None
            for t, _ in work}
    if cached:
      missing = []
      for transform, future in work:
        entry = executable_cache.read(transform.name, keys[transform.name])
        if entry is None:
          missing.append((transform, future))
          continue
        try:
          self._pool.submit(self._load, transform, entry, future, keys[transform.name])
        except RuntimeError:  # closed meanwhile
          return
      work = missing
    for transform, future in work:
      if background:
        compile_pool.wait_for_foreground()  # lowering that the run waits for goes first
      if self._closed.is_set():
        return
      start = time.monotonic()
      try:
        lowered = lower_kernel(transform, self.rows_of(transform))
      except Exception as e:  # pylint: disable=broad-except
        future.set_exception(e)  # raised where the search takes it
        continue
      finally:
        self.lower_seconds += time.monotonic() - start
      try:
        self._pool.submit(self._compile, transform, lowered, future, keys[transform.name])
      except RuntimeError:  # closed meanwhile
        return

  def _compile(self, transform: Transform, lowered, future: futures.Future,
               key: Optional[str], rows: Optional[int] = None) -> None:
    """Fulfils `future` with the kernel compiled for `rows` (default `rows_of`),
    saved under `key` (None: not cached)."""
    if not future.set_running_or_notify_cancel():
      return
    try:
      executable, seconds, rows = _fitting_compile(
          transform, lowered, rows or self.rows_of(transform), self.memory_budget)
    except Exception as e:  # pylint: disable=broad-except
      future.set_exception(e)
      return
    # Saved before the search gets it (milliseconds): a run that ends right
    # after has its cache complete. Nothing here may keep the future unset.
    if key is not None:
      try:
        executable_cache.save(transform.name, key, executable, executable.out_info,
                              extra={"rows": rows})
      except Exception as e:  # pylint: disable=broad-except
        logging.warning("search: kernel %s not cached: %s: %s", transform.name,
                        type(e).__name__, e)
    future.set_result((executable, seconds, rows))

  def _load(self, transform: Transform, entry: Optional[executable_cache.Entry],
            future: futures.Future, key: Optional[str], rows: Optional[int] = None) -> None:
    """Fulfils `future` with the cached kernel, or compiles it (and saves it under
    `key`) if there is no entry or it cannot be loaded (`executable_cache.load` has
    logged and deleted it).

    Without `rows`, a catalogue kernel: the entry's own rows (`rows_of`, or fewer
    where that fits the device), the load time reported and the transform counted
    in `loaded`. With `rows` (a `request`), only an entry for exactly those rows."""
    start = time.monotonic()
    saved = entry.payload.get("extra", {}).get("rows") if entry is not None else None
    usable = saved is not None and (rows is None or saved == rows)
    executable = executable_cache.load(entry, jax.devices()[:1]) if usable else None
    if executable is None:
      try:
        lowered = lower_kernel(transform, rows or self.rows_of(transform))
      except Exception as e:  # pylint: disable=broad-except
        if future.set_running_or_notify_cancel():
          future.set_exception(e)
        return
      self._compile(transform, lowered, future, key, rows)
      return
    if future.set_running_or_notify_cancel():
      if rows is None:
        self.loaded.add(transform.name)
      future.set_result((executable, time.monotonic() - start if rows is None else 0.0, saved))

  def rows_of(self, transform: Transform) -> int:
    """Rows per call of the transform's catalogue kernel, before any cut to fit
    the memory budget (`call_rows`)."""
    return call_rows(transform, self.chunk_rows)

  def request(self, transform: Transform, rows: int) -> None:
    """Starts loading (from the executable cache) or compiling the transform's
    kernel for `rows` rows on the pool, once; `requested` returns it when ready."""
    if (transform.name, rows) in self._requested or self._closed.is_set():
      return
    future = futures.Future()
    self._requested[(transform.name, rows)] = future
    try:
      self._pool.submit(self._request, transform, rows, future)
    except RuntimeError:  # closed meanwhile
      future.cancel()

  def _request(self, transform: Transform, rows: int, future: futures.Future) -> None:
    key = (cache_key(transform, rows, self.memory_budget)
           if executable_cache.directory() is not None else None)
    entry = executable_cache.read(transform.name, key) if key is not None else None
    self._load(transform, entry, future, key, rows)

  def requested(self, name: str, rows: int) -> Optional[Callable]:
    """The kernel `request`ed for `rows` rows if it is ready, and compiled for
    exactly those rows (one that needed fewer to fit the memory is not used)."""
    future = self._requested.get((name, rows))
    if future is None or not future.done() or future.cancelled() or future.exception():
      return None
    executable, _, got = future.result()
    return executable if got == rows else None

  def take(self, name: str) -> Optional[Tuple[Callable, float, float, int]]:
    """(executable, XLA seconds, seconds waited for it here, its rows per call);
    None if not compiled here, or already taken."""
    future = self._futures.pop(name, None)
    if future is None:
      return None
    start = time.monotonic()
    executable, seconds, rows = future.result()
    return executable, seconds, time.monotonic() - start, rows

  def drop_loaded(self, transform: Transform, why: str) -> bool:
    """Deletes the cache entry of a kernel loaded from it (see
    `executable_cache.is_broken_executable`), so that it is compiled again;
    False if the kernel was not loaded."""
    if transform.name not in self.loaded:
      return False
    self.loaded.discard(transform.name)
    executable_cache.drop(transform.name,
                          cache_key(transform, self.rows_of(transform), self.memory_budget), why)
    return True

  def first_ready(self, names: Sequence[str], timeout: Optional[float] = None
                  ) -> Optional[str]:
    """The first of `names` (in their order) that needs no wait: compiled, or
    not compiled here; if none is, waits for the first to finish compiling, up
    to `timeout` seconds (None: no limit), and returns None if none has."""
    pending = {}
    for name in names:
      future = self._futures.get(name)
      if future is None or future.done():
        return name
      pending[future] = name
    done, _ = futures.wait(pending, timeout=timeout, return_when=futures.FIRST_COMPLETED)
    return next((name for future, name in pending.items() if future in done), None)

  def close(self) -> None:
    """Stops tracing and drops the compilations not started; those running
    finish on their threads."""
    self._closed.set()
    self._pool.shutdown(wait=False, cancel_futures=True)
    for future in list(self._futures.values()) + list(self._requested.values()):
      future.cancel()
    self._futures.clear()
