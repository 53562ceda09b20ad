r"""Compiled == reference for every (program, sample) pair of a library and a dataset.

`python -m batt_jax.library --verify` runs each program on its own task. This
runs EVERY program on EVERY sample (demo and test inputs of every task) on
both backends and compares, pair by pair: demo exactness and cell score,
test-output validity and grid. The compiled side is the whole library merged
into one graph run by the nodewise executor (or fused chunks); the reference
side is the interpreter, split over processes by programs.

  python -m batt_jax.library.crosscheck --data=arc1-train --json=out/crosscheck.json
"""

from __future__ import annotations

from concurrent import futures
import dataclasses
import json
import multiprocessing
import os
import time

from absl import app
from absl import flags
from absl import logging
import numpy as np

import codegen
from batt_jax.data import embedded
from batt_jax.runtime import engine
from batt_jax.runtime import megabatch as mb
from batt_jax.runtime.coordinator import ChunkResults
from batt_jax.runtime.store import write_atomic

_DATA = flags.DEFINE_string("data", "arc1-train", "Embedded dataset.")
_COUNT = flags.DEFINE_integer("count", None, "First this many tasks (default: all).")
_LIBRARY = flags.DEFINE_string("library", "default", "Library: 'default' or paths.")
_EXECUTION = flags.DEFINE_enum("execution", "nodewise", engine.EXECUTIONS,
                               "How the compiled side runs.")
_CHUNK_SIZE = flags.DEFINE_integer("chunk_size", 1 << 16,
                                   "Programs per compiled chunk (nodewise: all in one).")
_BATCH_SIZE = flags.DEFINE_integer("batch_size", 512, "Samples per compiled call.")
_WORKERS = flags.DEFINE_integer("workers", os.cpu_count() or 1,
                                "Processes for the reference side.")
_JSON = flags.DEFINE_string("json", None, "Write the comparison here.")

# Every array of a chunk's results has a [samples, programs] leading shape.
_FIELDS = tuple(f.name for f in dataclasses.fields(ChunkResults))


def _reference_part(args):
  programs, tasks = args
  return engine.reference_chunk(programs, mb.build(tasks))


def compare(jax_results: ChunkResults, ref: ChunkResults, names) -> dict:
  """Per program, the pairs where the backends disagree."""
  # Cell scores are exact on both sides (scoring.cell_fraction): no tolerance.
  demo = ((jax_results.demo_exact != ref.demo_exact) |
          (jax_results.demo_cells != ref.demo_cells))
  valid = jax_results.test_valid != ref.test_valid
  both = jax_results.test_valid & ref.test_valid
  grids = both & (np.any(jax_results.test_hw != ref.test_hw, axis=-1) | np.any(
      jax_results.test_cells != ref.test_cells, axis=(-1, -2)))
  test = valid | grids
  per_program = {names[j]: {"demo": int(demo[:, j].sum()), "test": int(test[:, j].sum())}
                 for j in range(len(names)) if demo[:, j].any() or test[:, j].any()}
  return {"programs": len(names), "demo_pairs": int(demo.size), "test_pairs": int(test.size),
          "demo_mismatches": int(demo.sum()), "test_mismatches": int(test.sum()),
          "programs_with_mismatches": per_program}


def main(argv):
  del argv
  tasks = embedded.load(_DATA.value).tasks[:_COUNT.value]
  programs, errors = codegen.load_programs(_LIBRARY.value)
  for e in errors:
    logging.error("%s", e)
  batch = mb.build(tasks)
  built = codegen.build(programs, chunk_size=_CHUNK_SIZE.value)
  by_name = {p.name: p for p in programs}
  order = [name for chunk in built.chunks for name in chunk.program_ids]
  start = time.perf_counter()
  coordinator = engine.make_coordinator(_EXECUTION.value, _BATCH_SIZE.value)
  parts = [r for _, r in coordinator.run_chunks(engine.chunk_items(built, _EXECUTION.value),
                                                batch)]
  compiled = ChunkResults(**{f: np.concatenate([getattr(p, f) for p in parts], axis=1)
                             for f in _FIELDS})
  compiled_s = time.perf_counter() - start
  logging.info("compiled: %d programs x %d samples in %.1f s", len(order),
               len(batch.demo) + len(batch.test), compiled_s)
  start = time.perf_counter()
  workers = max(1, _WORKERS.value)
  slices = [order[k::workers] for k in range(workers)]
  # spawn, not fork: the parent holds JAX's threads.
  with futures.ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
    refs = list(pool.map(_reference_part, [([by_name[n] for n in s], tasks) for s in slices]))
  reference_s = time.perf_counter() - start
  position = {name: j for j, name in enumerate(order)}
  ref = ChunkResults(**{f: np.zeros_like(getattr(compiled, f)) for f in _FIELDS})
  for s, part in zip(slices, refs):
    cols = [position[n] for n in s]
    for f in _FIELDS:
      getattr(ref, f)[:, cols] = getattr(part, f)
  result = compare(compiled, ref, order)
  result.update(data=_DATA.value, tasks=len(tasks), samples=len(batch.demo) + len(batch.test),
                execution=_EXECUTION.value, compiled_seconds=round(compiled_s, 1),
                reference_seconds=round(reference_s, 1), reference_workers=workers)
  logging.info("%d programs x %d samples: %d of %d demo pairs and %d of %d test pairs differ "
               "(compiled %.0f s, reference %.0f s on %d processes)", len(order),
               result["samples"], result["demo_mismatches"], result["demo_pairs"],
               result["test_mismatches"], result["test_pairs"], compiled_s, reference_s, workers)
  if _JSON.value:
    write_atomic(_JSON.value, json.dumps(result, indent=1).encode())
  return 0 if not result["programs_with_mismatches"] else 1


if __name__ == "__main__":
  app.run(main)
