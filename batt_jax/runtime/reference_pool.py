"""The reference backend on several processes: a chunk's programs shared out.

The reference interpreter runs one (program, sample) at a time on one Python
thread; a library pass over a whole dataset (367 programs x 1,782 samples of
ARC-AGI-1 evaluation) is some 650 CPU-seconds of it. Spread over a host's
cores it takes less than the compiled path's cold compile, which is what a
single run with a time limit pays.

Workers are spawned, never forked (the parent runs JAX's threads), with JAX
kept off any accelerator (`JAX_PLATFORMS=cpu`, no visible CUDA devices):
they only interpret. Each gets the mega-batch once; a chunk's programs go out
in slices of `PROGRAMS_PER_TASK` and come back as `ChunkResults` joined
along the program axis, so results equal the one-process reference's.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from concurrent import futures
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

import numpy as np

from batt_jax.runtime import megabatch as mb
from batt_jax.runtime.coordinator import ChunkResults

PROGRAMS_PER_TASK = 8
_CHILD_ENVIRONMENT = {"JAX_PLATFORMS": "cpu", "CUDA_VISIBLE_DEVICES": ""}

_batch: Optional[mb.MegaBatch] = None  # a worker's mega-batch, sent once


def _start(batch: mb.MegaBatch, niceness: int) -> None:
  global _batch
  _batch = batch
  if niceness:
    os.nice(niceness)


def _evaluate(programs) -> ChunkResults:
  from batt_jax.runtime import engine  # pylint: disable=import-outside-toplevel
  return engine.reference_chunk(programs, _batch)


def join(parts: Sequence[ChunkResults]) -> ChunkResults:
  """ChunkResults of consecutive program slices as one (programs concatenated)."""
  return ChunkResults(**{field: np.concatenate([getattr(p, field) for p in parts], axis=1)
                         for field in ("demo_exact", "demo_cells", "test_cells", "test_hw",
                                       "test_valid")})


@contextlib.contextmanager
def child_environment(values: Optional[Dict[str, str]] = None):
  """Sets the environment that processes spawned inside inherit (the parent's JAX is set up
  already): `values`, by default a CPU-only JAX (reference workers, the rules process)."""
  values = _CHILD_ENVIRONMENT if values is None else values
  saved = {name: os.environ.get(name) for name in values}
  os.environ.update(values)
  try:
    yield
  finally:
    for name, value in saved.items():
      if value is None:
        os.environ.pop(name, None)
      else:
        os.environ[name] = value


def chunks(work: Sequence[Tuple[int, List]], batch: mb.MegaBatch, workers: int,
           niceness: int = 0) -> Iterator[Tuple[int, ChunkResults]]:
  """(index, results) per (index, programs) of `work`, in order, on `workers` processes
  (at `niceness` above this one's nice value).

  Closing the iterator early (a time budget) cancels the slices not started.
  """
  pool = futures.ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                     initializer=_start, initargs=(batch, niceness))
  pending = []
  try:
    # Workers spawn as slices are submitted: all of them inside the environment.
    with child_environment():
      for index, programs in work:
        slices = [programs[k:k + PROGRAMS_PER_TASK]
                  for k in range(0, len(programs), PROGRAMS_PER_TASK)] or [[]]
        pending.append((index, [pool.submit(_evaluate, s) for s in slices]))
    for index, parts in pending:
      yield index, join([part.result() for part in parts])
  finally:
    pool.shutdown(wait=True, cancel_futures=True)
