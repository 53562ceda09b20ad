"""The benchmark's workload: tasks, candidate programs, their chunks, the mega-batch.

A workload is what `engine.run` evaluates: every candidate (library program
or mutant) on every sample (demo and test input) of the selected tasks. The
benchmark builds it exactly as the engine does, so its figures describe the
engine's work.
"""

from __future__ import annotations

import dataclasses
import time
from typing import List, Sequence, Tuple

from absl import logging
import numpy as np

import codegen
from batt_jax import data
from batt_jax.data.types import Task
from batt_jax.runtime import megabatch as mb


@dataclasses.dataclass(frozen=True)
class Spec:
  """What to evaluate.

  Attributes:
    data: dataset names or paths (`data.load` specs).
    count: tasks taken from the start of each dataset (None: all).
    library: "default" or comma-separated paths of solver programs.
    programs: keep only the first this many library programs (0: all); lets
      slow hosts (a CPU) run a real but smaller library.
    mutations: variants per library program.
    seed: mutation seed.
    chunk_size: candidates per compiled chunk.
  """
  data: Tuple[str, ...] = ("arc1-train",)
  count: int | None = None
  library: str = "default"
  programs: int = 0
  mutations: int = 0
  seed: int = 0
  chunk_size: int = 64


@dataclasses.dataclass(frozen=True)
class Workload:
  """A built workload.

  Attributes:
    spec: what it was built from.
    tasks: the selected tasks.
    built: the codegen build (chunks and candidates).
    batch: the mega-batch of every sample.
    rejected_programs: library programs that failed to parse or type-check.
    build_s: seconds to load and type-check the library, build the chunks and
      encode the mega-batch (not the data loading).
  """
  spec: Spec
  tasks: Tuple[Task, ...]
  built: codegen.BuildResult
  batch: mb.MegaBatch
  rejected_programs: int
  build_s: float

  @property
  def candidates(self) -> int:
    return len(self.built.candidates)

  @property
  def samples(self) -> int:
    return len(self.batch.demo) + len(self.batch.test)

  @property
  def evaluations(self) -> int:
    """(program, sample) pairs of the workload."""
    return self.candidates * self.samples

  def describe(self) -> dict:
    """The workload's sizes, for the report."""
    stats = self.built.stats
    return {"data": list(self.spec.data), "tasks": len(self.tasks), "samples": self.samples,
            "demo_samples": len(self.batch.demo), "test_samples": len(self.batch.test),
            "library_programs": stats.programs, "variants": stats.variants,
            "candidates": self.candidates, "rejected_programs": self.rejected_programs,
            "chunks": stats.chunks, "chunk_size": self.spec.chunk_size,
            "calls_before_merge": stats.calls_before, "calls_after_merge": stats.calls_after,
            "evaluations": self.evaluations, "build_s": self.build_s}


def load_tasks(spec: Spec) -> Tuple[Task, ...]:
  """The first `spec.count` tasks of each dataset, in order."""
  tasks: List[Task] = []
  for source in spec.data:
    dataset = data.select(data.load(source), count=spec.count)
    tasks += dataset.tasks
  if not tasks:
    raise data.DataError(f"no tasks selected from {', '.join(spec.data)}")
  return tuple(tasks)


def build(spec: Spec, tasks: Sequence[Task]) -> Workload:
  """Loads the library and builds the chunks and mega-batch of `tasks` (timed)."""
  start = time.perf_counter()
  programs, errors = codegen.load_programs(spec.library)
  if spec.programs:
    programs = programs[:spec.programs]
  built = codegen.build(programs, chunk_size=spec.chunk_size, mutations=spec.mutations,
                        seed=spec.seed)
  batch = mb.build(tasks)
  build_s = time.perf_counter() - start
  logging.info("workload: %d tasks, %d samples, %d candidates in %d chunks (built in %.1fs)",
               len(tasks), len(batch.demo) + len(batch.test), len(built.candidates),
               len(built.chunks), build_s)
  return Workload(spec, tuple(tasks), built, batch, len(errors), build_s)


def _tile(samples: mb.SampleSet, rows: int) -> mb.SampleSet:
  """`samples` repeated cyclically to exactly `rows` rows."""
  index = np.arange(rows) % len(samples)
  return mb.SampleSet(**{f.name: getattr(samples, f.name)[index]
                         for f in dataclasses.fields(mb.SampleSet)})


def filled(batch: mb.MegaBatch, size: int) -> mb.MegaBatch:
  """`batch` with its demo and test sets each tiled to a whole number of `size` batches.

  Sweeps measure throughput at a batch size; without filling, a workload
  smaller than the batch would run mostly padding and the figure would
  describe the workload, not the batch size. Every tiled row is a real sample,
  evaluated in full.
  """
  def rows(n: int) -> int:
    return max(1, -(-n // size)) * size

  demo = _tile(batch.demo, rows(len(batch.demo))) if len(batch.demo) else batch.demo
  test = _tile(batch.test, rows(len(batch.test))) if len(batch.test) else batch.test
  return mb.MegaBatch(batch.task_ids, demo, test)
