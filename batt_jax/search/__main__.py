r"""Searches for programs that solve ARC tasks: `python -m batt_jax.search`.

--mode=enumerate composes the grid transforms of `batt_jax.search.transforms`
over every selected task at once (compiled batches, deduplicated per task);
--mode=mutate evolves each task's best library programs (ranked by a library
pass) with the code generator's mutation engine; --mode=both enumerates, then
mutates what is left. Programs that reproduce every demo pair are confirmed
by the reference interpreter, and the job writes:
  --output     a Kaggle submission (two attempts per test input);
  --report     per-task results, counts, timings and throughput (JSON);
  --programs   the found programs in the library's form (for --verify).

Only demo pairs guide the search; test outputs, where the data has them, are
read only to score the answers in the report.

  python -m batt_jax.search --data=arc1-eval --depth=2 --time_budget=600
"""

from __future__ import annotations

import json
import os
import time

from absl import app
from absl import flags
from absl import logging

import jax

from batt_jax import data
from batt_jax.dsl.jax import slots
from batt_jax.runtime import compile_cache
from batt_jax.runtime import coordinator
from batt_jax.runtime import engine
from batt_jax.runtime import submission as submission_lib
from batt_jax.runtime.store import write_atomic
from batt_jax.search import driver
from batt_jax.search import tasks as tasks_lib

_DATA = flags.DEFINE_string(
    "data", "arc1-eval",
    "An embedded dataset (arc1-train, arc1-eval, arc2-train, arc2-eval), a Kaggle "
    "*_challenges.json file or a directory of <task_id>.json files.")
_TASKS = flags.DEFINE_list("tasks", None, "Comma-separated task ids to keep (in this order).")
_COUNT = flags.DEFINE_integer("count", None, "Keep at most this many tasks.", lower_bound=0)
_MODE = flags.DEFINE_enum("mode", "enumerate", driver.MODES, "Which search to run.")
_DEPTH = flags.DEFINE_integer("depth", 2, "Most transforms composed.", lower_bound=1)
_TIME_BUDGET = flags.DEFINE_float("time_budget", 600.0, "Seconds for the whole search.")
_SEED = flags.DEFINE_integer(
    "seed", 0, "Mutation seed (the enumeration is exhaustive, in a fixed order).")
_VIEWS = flags.DEFINE_list(
    "views", list(tasks_lib.VIEWS),
    f"Task views searched (augmentations the DSL can undo), of {list(tasks_lib.KNOWN_VIEWS)}.")
_VIEW_MAX_NODES = flags.DEFINE_list(
    "view_max_nodes", [], "view:nodes items: --max_nodes for that view (e.g. vmirror:40, "
    "to search an orientation view narrower).")
_TAIL_ROWS = flags.DEFINE_integer(
    "tail_rows", 0, "A second call size, for a costly transform's calls of few rows (its "
    "kernel for these rows compiles in the background once a full call takes 0.25 s; "
    "0: none). E.g. 8192 beside --chunk_rows=65536.", lower_bound=0)
_SHARE_FRAMES = flags.DEFINE_bool(
    "share_frames", True, "The orientation views of a task (identity, dmirror, vmirror, ...) "
    "keep an image once, compared in the task's frame.")
_CHUNK_ROWS = flags.DEFINE_integer("chunk_rows", 8192, "Rows per compiled call.",
                                   lower_bound=1)
_MAX_NODES = flags.DEFINE_integer("max_nodes", 300,
                                  "Nodes kept per task view per layer (best partial scores).",
                                  lower_bound=1)
_EXPAND_NODES = flags.DEFINE_integer(
    "expand_nodes", None, "Nodes per task view expanded in full into the next layer "
    "(best partial scores; default all); the others are only screened for solutions.",
    lower_bound=1)
_OVERLAY = flags.DEFINE_bool("overlay", True,
                             "Also try kept candidates painted over one another.")
_OVERLAY_PIECES = flags.DEFINE_integer(
    "overlay_pieces", 3, "Overlays: the most candidates (right wherever not 0) painted over "
    "one base candidate.", lower_bound=1)
_LAST_PIECES = flags.DEFINE_integer(
    "last_pieces", driver.SearchConfig.last_pieces,
    "Overlays: last-layer candidates (right wherever not 0 on every demo) kept per task view "
    "as pieces for one more overlay pass after the last layer (0: none).", lower_bound=0)
_LAST_BASES = flags.DEFINE_integer(
    "last_bases", driver.SearchConfig.last_bases,
    "Overlays: last-layer candidates with the outputs' shapes and most demo cells right, kept "
    "per task view as bases for that pass (0: none).", lower_bound=0)
_DEEPEN_BASES = flags.DEFINE_bool(
    "deepen_bases", driver.SearchConfig.deepen_bases,
    "When the last layer ends inside the budget, one more layer over its bases (screened "
    "like a last layer): compositions one transform deeper through the nearest candidates.")
_DEEPEN_ROUNDS = flags.DEFINE_integer(
    "deepen_rounds", driver.SearchConfig.deepen_rounds,
    "The most such deepened layers: while the budget lasts, each runs over the bases the one "
    "before kept.", lower_bound=0)
_LOCAL_RULES = flags.DEFINE_bool(
    "local_rules", driver.SearchConfig.local_rules,
    "Also learn local rules (each output cell from its input cell's colour and features, "
    "a table consistent on the demos and complete on the test inputs); they answer after "
    "the exact solutions of 1-2 transforms.")
_RULES_BESIDE = flags.DEFINE_bool(
    "rules_beside", driver.SearchConfig.rules_beside,
    "Learn the local rules on a process beside the search (for 64 tasks or more) rather than "
    "after it, so that the budget keeps no time for them.")
_NODE_RULES = flags.DEFINE_integer(
    "node_rules", driver.SearchConfig.node_rules,
    "With each overlay pass, per identity view without a solution: the kept nodes of the "
    "outputs' shapes, most demo cells right first, that local rules are learned over (a rule "
    "from the node's image to the outputs is one more step).", lower_bound=0)
_GENERATIONS = flags.DEFINE_integer("generations", 3, "Mutation search: rounds.",
                                    lower_bound=1)
_CHILDREN = flags.DEFINE_integer("children", 16,
                                 "Mutation search: variants per parent per round.",
                                 lower_bound=1)
_LIBRARY = flags.DEFINE_string("library", "default",
                               "Mutation search: the programs mutated ('default' or paths).")
_LIBRARY_BACKEND = flags.DEFINE_enum(
    "library_backend", "jax", engine.BACKENDS,
    "Mutation search: how the library pass that ranks the parents runs.")
_LIBRARY_EXECUTION = flags.DEFINE_enum(
    "library_execution", "nodewise", engine.EXECUTIONS,
    "Mutation search, jax backend: fused or nodewise library pass.")
_TRANSFORMS = flags.DEFINE_list(
    "transforms", None, "Transforms searched (names; default: the catalogue; 'catalogue' "
    "among the names stands for it, e.g. catalogue,gravity_down).")
_OUTPUT = flags.DEFINE_string("output", "out/search_submission.json", "Kaggle submission.")
_REPORT = flags.DEFINE_string("report", "out/search_report.json", "Report (JSON).")
_PROGRAMS = flags.DEFINE_string("programs", "out/search_programs.py",
                                "Found programs, in the library's form.")
_SOLUTIONS = flags.DEFINE_string(
    "solutions", None, "Also write every solution found here, one JSON object a line, with "
    "its test outputs (to try another ranking without searching again).")
_COMPILE_CACHE = flags.DEFINE_string(
    "compile_cache", compile_cache.DEFAULT_DIR,
    "JAX persistent compilation cache directory ('' to disable).")
_COMPACT_SLOTS = flags.DEFINE_enum("compact_slots", "auto", slots.MODES, slots.FLAG_HELP)
_XLA_OPTIONS = flags.DEFINE_list("xla_options", [], coordinator.XLA_OPTIONS_FLAG_HELP)
_COMPILE_ONLY = flags.DEFINE_bool(
    "compile_only", False,
    "Only compile the enumeration's kernels (for --chunk_rows, --transforms) into the "
    "executable cache under --compile_cache, then exit: a later search or run on the same "
    "device kind and code starts warm.")


def _compile_only(config: driver.SearchConfig) -> int:
  if not _COMPILE_CACHE.value:
    logging.error("--compile_only needs --compile_cache: the kernels would be lost")
    return 1
  start = time.perf_counter()
  try:
    loaded, compiled = driver.compile_all(config)
  except ValueError as e:  # an unknown transform
    logging.error("%s", e)
    return 1
  logging.info("kernels for %d rows: %d compiled, %d loaded from %s, in %.1f s",
               config.chunk_rows, compiled, loaded, _COMPILE_CACHE.value,
               time.perf_counter() - start)
  return 0


def main(argv):
  if len(argv) > 1:
    raise app.UsageError(f"unexpected arguments: {' '.join(argv[1:])}")
  try:
    dataset = data.select(data.load(_DATA.value), _TASKS.value, 0, _COUNT.value)
  except data.DataError as e:
    logging.error("%s", e)
    return 1
  for error in dataset.rejected:
    logging.error("rejected: %s", error)
  compile_cache.enable(_COMPILE_CACHE.value)
  slots.set_mode(_COMPACT_SLOTS.value)
  if not coordinator.apply_xla_options_flag(_XLA_OPTIONS.value, jax.local_devices()):
    return 1
  try:
    view_max_nodes = driver.parse_view_max_nodes(_VIEW_MAX_NODES.value)
  except ValueError as e:
    logging.error("--view_max_nodes: %s", e)
    return 1
  config = driver.SearchConfig(
      mode=_MODE.value, depth=_DEPTH.value, time_budget_s=_TIME_BUDGET.value,
      seed=_SEED.value, views=tuple(_VIEWS.value), view_max_nodes=view_max_nodes,
      share_frames=_SHARE_FRAMES.value, tail_rows=_TAIL_ROWS.value,
      chunk_rows=_CHUNK_ROWS.value,
      max_nodes=_MAX_NODES.value, expand_nodes=_EXPAND_NODES.value, overlay=_OVERLAY.value,
      overlay_pieces=_OVERLAY_PIECES.value, last_pieces=_LAST_PIECES.value,
      last_bases=_LAST_BASES.value, deepen_bases=_DEEPEN_BASES.value,
      deepen_rounds=_DEEPEN_ROUNDS.value, local_rules=_LOCAL_RULES.value,
      rules_beside=_RULES_BESIDE.value, node_rules=_NODE_RULES.value,
      generations=_GENERATIONS.value, children=_CHILDREN.value, library=_LIBRARY.value,
      library_backend=_LIBRARY_BACKEND.value, library_execution=_LIBRARY_EXECUTION.value,
      transforms=tuple(_TRANSFORMS.value) if _TRANSFORMS.value else None,
      solutions_path=_SOLUTIONS.value)
  if _COMPILE_ONLY.value:
    return _compile_only(config)
  try:
    result = driver.search(dataset.tasks, config, progress=True)
  except ValueError as e:  # an unknown transform, view or mode
    logging.error("%s", e)
    return 1
  try:
    submission_lib.check(result.submission, dataset.tasks)
  except submission_lib.SubmissionError as e:
    logging.error("%s", e)
    return 1
  for path in (_OUTPUT.value, _REPORT.value, _PROGRAMS.value):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
  write_atomic(_OUTPUT.value, json.dumps(result.submission).encode())
  write_atomic(_REPORT.value, json.dumps(result.report, indent=1).encode())
  write_atomic(_PROGRAMS.value, result.programs_module.encode())
  for line in driver.summary_lines(result):
    logging.info("%s", line)
  logging.info("wrote %s, %s and %s", _OUTPUT.value, _REPORT.value, _PROGRAMS.value)
  return 0


if __name__ == "__main__":
  app.run(main)
