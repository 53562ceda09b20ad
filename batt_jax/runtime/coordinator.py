"""Runs batt chunks over the mega-batch, `jax.pmap`-ed over the local devices.

For each chunk, the demo samples go through `demo_step` (batt, then scoring
against the expected outputs: only [b, P] scores come back) and the test
samples through `test_step` (batt only: the [b, P] candidate grids come back).
Each logical batch is split evenly over the devices; a last partial batch is
padded by repeating its last sample, and the padding is cut before anything
is kept. A batch that does not fit in device memory is halved and retried,
down to one sample per device, and the halving is logged. Results are written
per (chunk, phase, batch) through a `ResultStore`, so a killed run resumes
with only the missing batches.
"""

from __future__ import annotations

import dataclasses
from typing import Callable, Dict, Optional, Sequence

from absl import logging
import jax
import jax.numpy as jnp
import numpy as np

from batt_jax.dsl.encoding import Grid
from batt_jax.runtime import megabatch as mb
from batt_jax.runtime.scoring import score_candidates
from batt_jax.runtime.store import ResultStore


@dataclasses.dataclass
class ChunkResults:
  """Host-side results of one chunk over the whole mega-batch.

  Attributes:
    demo_exact: [M_demo, P] bool; demo_cells: [M_demo, P] float32.
    test_cells: [M_test, P, 30, 30] int8; test_hw: [M_test, P, 2] int32;
    test_valid: [M_test, P] bool.
  """
  demo_exact: np.ndarray
  demo_cells: np.ndarray
  test_cells: np.ndarray
  test_hw: np.ndarray
  test_valid: np.ndarray


def make_steps(batt: Callable, devices: Sequence):
  """(demo_step, test_step) of one batt, each pmap(vmap(...)) over [devices, b]."""

  def demo(cells, hw, out_cells, out_hw, out_known):
    candidates = batt(Grid(cells=cells, hw=hw, valid=jnp.asarray(True)))
    scores = score_candidates(candidates, Grid(cells=out_cells, hw=out_hw, valid=out_known))
    return scores.exact, scores.cells

  def test(cells, hw):
    candidates = batt(Grid(cells=cells, hw=hw, valid=jnp.asarray(True)))
    return candidates.cells, candidates.hw, candidates.valid

  demo_step = jax.pmap(jax.vmap(demo), devices=devices)
  test_step = jax.pmap(jax.vmap(test), devices=devices)
  demo_step.phase, test_step.phase = "demo", "test"
  return demo_step, test_step


# On the CPU, compile time dominates small runs: skipping LLVM's expensive
# passes halves it (measured: 14-17 -> 6-8 CPU-s for an 8-program chunk) at a
# small cost in run time. Accelerators keep their full optimisation.
CPU_COMPILER_OPTIONS = {"xla_backend_optimization_level": 0,
                        "xla_llvm_disable_expensive_passes": True}


def compiler_options(devices) -> Optional[dict]:
  return CPU_COMPILER_OPTIONS if devices[0].platform == "cpu" else None


def _is_out_of_memory(error: Exception) -> bool:
  return "RESOURCE_EXHAUSTED" in str(error) or "Out of memory" in str(error)


class Coordinator:
  """Runs chunks over a mega-batch with a fixed batch size on the local devices."""

  def __init__(self, batch_size: int, devices: Optional[Sequence] = None,
               store: Optional[ResultStore] = None):
    self.devices = list(devices or jax.local_devices())
    n = len(self.devices)
    self.batch_size = max(n, (batch_size // n) * n)  # a multiple of the devices
    self.store = store
    self.halvings = 0
    self._executables: Dict[tuple, Callable] = {}

  def _executable(self, step, shaped: Sequence[np.ndarray]):
    """`step` compiled for these shapes (once per chunk), with the platform's options."""
    key = (step.phase,) + tuple(a.shape for a in shaped)
    if key not in self._executables:
      lowered = step.lower(*shaped)
      self._executables[key] = lowered.compile(compiler_options=compiler_options(self.devices))
    return self._executables[key]

  def _call(self, step, arrays: Sequence[np.ndarray], rows: int):
    """Runs `step` on `rows` samples (padded to a device multiple), halving on OOM."""
    n = len(self.devices)
    size = -(-rows // n) * n
    padded = [mb.pad_rows(a, size) for a in arrays]
    try:
      shaped = [a.reshape((n, size // n) + a.shape[1:]) for a in padded]
      out = jax.device_get(self._executable(step, shaped)(*shaped))
      return [o.reshape((size,) + o.shape[2:])[:rows] for o in out]
    except Exception as error:  # pylint: disable=broad-except
      if not _is_out_of_memory(error) or size <= n:
        raise
      self.halvings += 1
      half = -(-rows // 2)
      logging.warning("batch of %d samples did not fit in device memory: halving to %d",
                      rows, half)
      first = self._call(step, [a[:half] for a in arrays], half)
      second = self._call(step, [a[half:] for a in arrays], rows - half)
      return [np.concatenate([x, y]) for x, y in zip(first, second)]

  def _phase(self, key: str, step, samples: mb.SampleSet, fields: Sequence[str],
             names: Sequence[str], progress: Optional[Callable[[], None]]) -> Dict[str, np.ndarray]:
    parts = {name: [] for name in names}
    for b, rows in enumerate(mb.batches(len(samples), self.batch_size)):
      batch_key = f"{key}_{b:05d}"
      result = self.store.get(batch_key) if self.store else None
      if result is None:
        arrays = [getattr(samples, f)[rows] for f in fields]
        out = self._call(step, arrays, rows.stop - rows.start)
        result = dict(zip(names, out))
        if self.store:
          self.store.put(batch_key, result)
      for name in names:
        parts[name].append(result[name])
      if progress:
        progress()
    return {name: np.concatenate(p) if p else None for name, p in parts.items()}

  def run_chunk(self, index: int, batt: Callable, batch: mb.MegaBatch, num_programs: int,
                progress: Optional[Callable[[], None]] = None) -> ChunkResults:
    self._executables.clear()  # executables belong to one chunk's batt
    demo_step, test_step = make_steps(batt, self.devices)
    demo = self._phase(f"chunk{index:04d}_demo", demo_step, batch.demo,
                       ("cells", "hw", "out_cells", "out_hw", "out_known"),
                       ("exact", "cells"), progress)
    test = self._phase(f"chunk{index:04d}_test", test_step, batch.test, ("cells", "hw"),
                       ("cells", "hw", "valid"), progress)
    p = num_programs
    empty = lambda *shape, dtype: np.zeros(shape, dtype)  # noqa: E731
    return ChunkResults(
        demo_exact=demo["exact"] if demo["exact"] is not None else empty(0, p, dtype=bool),
        demo_cells=demo["cells"] if demo["cells"] is not None else empty(0, p, dtype=np.float32),
        test_cells=test["cells"] if test["cells"] is not None else empty(0, p, 30, 30, dtype=np.int8),
        test_hw=test["hw"] if test["hw"] is not None else empty(0, p, 2, dtype=np.int32),
        test_valid=test["valid"] if test["valid"] is not None else empty(0, p, dtype=bool))

  def batches_per_chunk(self, batch: mb.MegaBatch) -> int:
    return (len(mb.batches(len(batch.demo), self.batch_size)) +
            len(mb.batches(len(batch.test), self.batch_size)))
