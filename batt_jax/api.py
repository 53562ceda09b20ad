"""The one-call API for notebooks: challenges in, Kaggle submission out."""

from __future__ import annotations

import json
import os
from typing import Any, Mapping, Optional, Sequence, Union

from absl import logging

from batt_jax import data
from batt_jax.runtime import compile_cache
from batt_jax.runtime import engine
from batt_jax.runtime import submission as submission_lib
from batt_jax.runtime.store import write_atomic
from batt_jax.search import driver

Source = Union[str, os.PathLike, Mapping[str, Any]]


def load_tasks(source: Source, solutions: Optional[Source] = None,
               tasks: Optional[Sequence[str]] = None) -> data.Dataset:
  """Loads and validates tasks; rejected ones are logged, the rest returned."""
  dataset = data.load(source, solutions)
  for error in dataset.rejected:
    logging.warning("rejected: %s", error)
  return data.select(dataset, tasks) if tasks else dataset


def solve(challenges: Source, *, output: Optional[str] = None,
          time_budget: Optional[float] = None, library: str = "default",
          mutations: int = 0, seed: int = 0, batch_size: int = 256, chunk_size: int = 64,
          execution: str = "nodewise",
          compile_cache_dir: Optional[str] = compile_cache.DEFAULT_DIR,
          search_time_budget: float = 0.0, search_depth: int = 2,
          ) -> dict:
  """Answers every test input of `challenges` (a Kaggle challenges file or dict).

  Runs the library (plus `mutations` variants per program) over every sample
  on the local devices, within `time_budget` seconds of evaluation if given,
  and returns the submission dict {task_id: [{"attempt_1": grid,
  "attempt_2": grid}, ...]}; writes it to `output` too (atomically) if given.
  With `search_time_budget` > 0, the tasks no library program solves are
  then searched (`batt_jax.search`, compositions of up to `search_depth`
  transforms) for that many seconds, and what it finds answers them first.
  `execution` is engine.EXECUTIONS': "nodewise" (one compiled kernel per
  distinct call, shared by every chunk) compiles less than "fused" (one
  executable per chunk) and ran more of the library in the same budget.
  Nothing is fetched from the network. Raises submission.SubmissionError
  rather than return (or write) a submission Kaggle would reject.
  """
  dataset = load_tasks(challenges)
  compile_cache.enable(compile_cache_dir)
  config = engine.RunConfig(library=library, mutations=mutations, seed=seed,
                            batch_size=batch_size, chunk_size=chunk_size,
                            execution=execution, time_budget_s=time_budget)
  result = engine.run(dataset.tasks, config)
  for line in engine.summary_table(result):
    logging.info("%s", line)
  answers = result.submission
  if search_time_budget > 0:
    answers, report = driver.after_library(
        dataset.tasks, result.submission, result.report,
        driver.SearchConfig(mode="both", depth=search_depth, time_budget_s=search_time_budget,
                            library=library))
    for line in driver.summary_lines_of(report):
      logging.info("search: %s", line)
  submission_lib.check(answers, dataset.tasks)
  if output:
    write_atomic(output, json.dumps(answers).encode())
  return answers
