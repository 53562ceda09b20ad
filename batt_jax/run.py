r"""The main job: every library program (and mutation) on every sample, then answers.

    python -m batt_jax.run --flagfile=configs/default.cfg
    python -m batt_jax.run --data=arc1-eval --output=out/submission.json \
        --report=out/report.json --mutations=2 --resume

Loads and validates the tasks (warning about every rejected task or file),
builds the library into compiled batt chunks, runs them over the mega-batch of
all samples (`--backend=jax`, sharded over the local devices) or runs the
reference interpreter sequentially (`--backend=reference`, the standard mode),
and writes the Kaggle submission and a per-task report. With
`--search_time_budget` the program search (`batt_jax/search/`) answers the
tasks the library left unsolved, after the library pass; or, with
`--library_beside_search`, over every task on the device while the library
pass runs on host processes, so that a `--wall_budget` goes to the search. `--summary_only`
stops after describing the data. The submission is checked against the Kaggle
format before it is written. The exit status is non-zero when nothing at all
could be loaded, or the run could not complete (a refused --resume, an invalid
submission, a failed process).

Several processes (or hosts) share one run through `jax.distributed`
(`--num_processes`, `--process_id`, `--coordinator_address`): each evaluates
its share of the tasks on its local devices and writes its results to
`--shared_dir`; process 0 merges them and writes the submission and report.
See `batt_jax/runtime/distributed.py`.
"""

from absl import app
from absl import flags
from absl import logging

from concurrent import futures
import dataclasses
import json
import os
import time
from typing import Optional, Tuple

import jax

from batt_jax import data
from batt_jax.data import summary
from batt_jax.dsl.jax import slots
from batt_jax.runtime import compile_cache
from batt_jax.runtime import coordinator
from batt_jax.runtime import distributed
from batt_jax.runtime import engine
from batt_jax.runtime import nodewise
from batt_jax.runtime import submission as submission_lib
from batt_jax.runtime.store import ResumeMismatch
from batt_jax.runtime.store import write_atomic
from batt_jax.search import driver
from batt_jax.search import kernels
from batt_jax.search import tasks as search_tasks

_DATA = flags.DEFINE_string(
    "data", "arc1-train",
    "An embedded dataset (arc1-train, arc1-eval, arc2-train, arc2-eval), a "
    "Kaggle *_challenges.json file (its sibling *_solutions.json is used if "
    "present) or a directory of <task_id>.json files.")
_SOLUTIONS = flags.DEFINE_string(
    "solutions", None,
    "A Kaggle *_solutions.json for --data, when not beside it under the "
    "matching name.")
_TASKS = flags.DEFINE_list(
    "tasks", None, "Comma-separated task ids to keep (in this order).")
_START = flags.DEFINE_integer(
    "start", 0, "Skip this many of the selected tasks.", lower_bound=0)
_COUNT = flags.DEFINE_integer(
    "count", None, "Keep at most this many tasks after --start.",
    lower_bound=0)
_SUMMARY_ONLY = flags.DEFINE_bool(
    "summary_only", False, "Only load, validate and describe the data.")
_LIBRARY = flags.DEFINE_string(
    "library", "default",
    "Solver programs: 'default' (the package's library) or comma-separated "
    "files / folders of *.py.")
_MUTATIONS = flags.DEFINE_integer(
    "mutations", 0, "Type-compatible variants per library program.", lower_bound=0)
_SEED = flags.DEFINE_integer("seed", 0, "Mutation seed.")
_BATCH_SIZE = flags.DEFINE_integer(
    "batch_size", 256, "Samples per compiled call, split over the local devices.",
    lower_bound=1)
_CHUNK_SIZE = flags.DEFINE_integer(
    "chunk_size", 64, "Programs per compiled batt module.", lower_bound=1)
_BACKEND = flags.DEFINE_enum(
    "backend", "jax", engine.BACKENDS,
    "jax: compiled, sharded over devices; reference: the sequential interpreter.")
_EXECUTION = flags.DEFINE_enum(
    "execution", "nodewise", engine.EXECUTIONS,
    "With --backend=jax: nodewise (one executable per distinct call, shared by "
    "the chunks, run node by node; compiles far less: on a GPU give it a "
    "--chunk_size of the whole library) or fused (one executable per chunk).")
_COMPILE_PROCESSES = flags.DEFINE_integer(
    "compile_processes", -1,
    "With --execution=nodewise: worker processes that compile the executables the "
    "executable cache lacks, which the run then loads (0: none, all in this process; -1: "
    "one per host CPU on accelerators, none on the CPU).", lower_bound=-1)
_CHAIN_NODES = flags.DEFINE_enum("chain_nodes", "auto", nodewise.CHAIN_CHOICES,
                                 nodewise.CHAIN_FLAG_HELP)
_GROUP_STEPS = flags.DEFINE_string("group_steps", "auto", nodewise.GROUP_FLAG_HELP)
flags.register_validator("group_steps", nodewise.is_group_choice,
                         "--group_steps must be auto or a positive integer")
_STACK_STEPS = flags.DEFINE_enum("stack_steps", "off", nodewise.STACK_CHOICES,
                                 nodewise.STACK_FLAG_HELP)
_CONFIRM_ANSWERS = flags.DEFINE_enum(
    "confirm_answers", "auto", ["auto", "on", "off"],
    "Re-run the programs the answers and the report rest on with the reference interpreter "
    "and correct any value the devices got wrong, logging it as a device fault "
    "(runtime/confirm.py; auto: with the jax backend on accelerators).")
_REFERENCE_WORKERS = flags.DEFINE_integer(
    "reference_workers", 1,
    "With --backend=reference: processes sharing out the programs (1: sequential). On a "
    "host with idle cores, a cold library pass so takes less than compiling it.",
    lower_bound=1)
_OUTPUT = flags.DEFINE_string(
    "output", "out/submission.json", "Kaggle submission file to write.")
_REPORT = flags.DEFINE_string(
    "report", "out/report.json", "Per-task report (JSON) to write.")
_RUN_DIR = flags.DEFINE_string(
    "run_dir", None, "Per-batch results for --resume (default: beside --output).")
_RESUME = flags.DEFINE_bool(
    "resume", False, "Reuse the per-batch results of an interrupted run.")
_TIMING = flags.DEFINE_bool("timing", True, "Log the time of each phase.")
_TIME_BUDGET = flags.DEFINE_float(
    "time_budget", None, "Seconds for evaluation; chunks left when it runs out are skipped.")
_COMPILE_CACHE = flags.DEFINE_string(
    "compile_cache", compile_cache.DEFAULT_DIR,
    "JAX persistent compilation cache directory, with the nodewise executable cache in "
    "its executables/ ('' to disable both).")
_COMPACT_SLOTS = flags.DEFINE_enum("compact_slots", "auto", slots.MODES, slots.FLAG_HELP)
_XLA_OPTIONS = flags.DEFINE_list("xla_options", [], coordinator.XLA_OPTIONS_FLAG_HELP)
_NUM_PROCESSES = flags.DEFINE_integer(
    "num_processes", 1, "Processes sharing the run (jax.distributed); 1: this one alone.",
    lower_bound=1)
_PROCESS_ID = flags.DEFINE_integer(
    "process_id", 0, "This process, 0..num_processes-1 (0 merges and writes the outputs).",
    lower_bound=0)
_COORDINATOR_ADDRESS = flags.DEFINE_string(
    "coordinator_address", None,
    "host:port of process 0's coordination service (with --num_processes > 1).")
_SEARCH_TIME_BUDGET = flags.DEFINE_float(
    "search_time_budget", 0.0,
    "Seconds of program search (python -m batt_jax.search) after the library pass, on the "
    "tasks the library left unsolved (0: no search).", lower_bound=0.0)
_WALL_BUDGET = flags.DEFINE_float(
    "wall_budget", None,
    "Seconds for the whole run, from its start (a time limit such as Kaggle's): the search "
    "gets what the library pass left of it, less a reserve for confirming and writing the "
    "answers, and at most --search_time_budget.", lower_bound=0.0)
_LIBRARY_BESIDE_SEARCH = flags.DEFINE_bool(
    "library_beside_search", False,
    "Run the library pass on host processes (--backend=reference, --reference_workers) "
    "while the search runs on the device over every task, instead of searching afterwards "
    "the tasks the library left unsolved: the search gets the whole wall budget. Answers "
    "merge the same way. Needs --search_mode=enumerate (the mutation search starts from the "
    "library pass's rankings).")
_SEARCH_MODE = flags.DEFINE_enum(
    "search_mode", "both", driver.MODES,
    "enumerate: compose transforms; mutate: evolve the library's best programs per task; "
    "both: enumerate, then mutate what is left.")
_SEARCH_DEPTH = flags.DEFINE_integer("search_depth", 2, "Most transforms the search composes.",
                                     lower_bound=1)
_SEARCH_TRANSFORMS = flags.DEFINE_list(
    "search_transforms", None, "Transforms the search composes (default: its catalogue; "
    "'catalogue' among the names stands for it, e.g. catalogue,gravity_down).")
_SEARCH_EXPAND_NODES = flags.DEFINE_integer(
    "search_expand_nodes", 0,
    "Nodes per task view (best partial scores) the search grows into its next layer; the "
    "others are only screened (0: all; bounds depth 3).", lower_bound=0)
_SEARCH_MAX_NODES = flags.DEFINE_integer(
    "search_max_nodes", driver.SearchConfig.max_nodes,
    "Nodes per task view (best partial scores) the search keeps from one layer for the next.",
    lower_bound=1)
_SEARCH_CHUNK_ROWS = flags.DEFINE_integer(
    "search_chunk_rows", 8192, "Rows per compiled search call (65536 suits an 80 GB GPU).",
    lower_bound=1)
_SEARCH_DEEPEN_BASES = flags.DEFINE_bool(
    "search_deepen_bases", driver.SearchConfig.deepen_bases,
    "When the search's last layer ends inside its budget, one more layer over that layer's "
    "bases (its candidates nearest a solution), screened like a last layer.")
_SEARCH_DEEPEN_ROUNDS = flags.DEFINE_integer(
    "search_deepen_rounds", driver.SearchConfig.deepen_rounds,
    "The most such deepened layers: while the budget lasts, each runs over the bases the one "
    "before kept.", lower_bound=0)
_SEARCH_LOCAL_RULES = flags.DEFINE_bool(
    "search_local_rules", driver.SearchConfig.local_rules,
    "The search also learns local rules (each output cell from its input cell's colour and "
    "features); they answer after the exact solutions of 1-2 transforms.")
_SEARCH_RULES_BESIDE = flags.DEFINE_bool(
    "search_rules_beside", driver.SearchConfig.rules_beside,
    "Learn the local rules on a process beside the search (for 64 tasks or more) rather than "
    "after it, so that the search's budget keeps no time for them.")
_SEARCH_NODE_RULES = flags.DEFINE_integer(
    "search_node_rules", driver.SearchConfig.node_rules,
    "Per identity view, the search's kept nodes (outputs' shapes, most demo cells right) that "
    "local rules are learned over, with each overlay pass.", lower_bound=0)
_SEARCH_VIEWS = flags.DEFINE_list(
    "search_views", list(search_tasks.VIEWS),
    f"Task views the search runs on, of {list(search_tasks.KNOWN_VIEWS)}.")
_SEARCH_VIEW_MAX_NODES = flags.DEFINE_list(
    "search_view_max_nodes", [], "view:nodes items: --search_max_nodes for that view.")
_SEARCH_TAIL_ROWS = flags.DEFINE_integer(
    "search_tail_rows", 0, "A second search call size, for a costly transform's calls of "
    "few rows (0: none; e.g. 8192 beside --search_chunk_rows=65536).", lower_bound=0)
_SEARCH_SOLUTIONS = flags.DEFINE_string(
    "search_solutions", None, "Also write every solution the search found here, one JSON "
    "object a line, with its test outputs (to try another ranking without searching again).")
_SHARED_DIR = flags.DEFINE_string(
    "shared_dir", None,
    "Directory every process can reach, for their per-task results "
    "(default: batt_shared beside --output).")


def load_selected() -> data.Dataset:
  """The dataset the flags ask for. Raises data.DataError."""
  dataset = data.load(_DATA.value, _SOLUTIONS.value)
  for error in dataset.rejected:  # an error: these tasks get no answer
    logging.error("rejected: %s", error)
  if not dataset.tasks:
    raise data.DataError(f"no task could be loaded from {_DATA.value}")
  selected = data.select(dataset, _TASKS.value, _START.value, _COUNT.value)
  logging.info("loaded %d tasks from %s (%d rejected); selected %d",
               len(dataset.tasks), dataset.name, len(dataset.rejected),
               len(selected.tasks))
  return selected


def main(argv):
  started = time.monotonic()  # --wall_budget counts from here
  if len(argv) > 1:
    raise app.UsageError(f"unexpected arguments: {' '.join(argv[1:])}")
  slots.set_mode(_COMPACT_SLOTS.value)  # before anything is traced
  cluster = None
  if _NUM_PROCESSES.value > 1:
    try:  # before anything touches the devices
      cluster = distributed.initialize(_COORDINATOR_ADDRESS.value, _NUM_PROCESSES.value,
                                       _PROCESS_ID.value)
    except distributed.DistributedError as e:
      logging.error("%s", e)
      return 1
  try:
    return _main(cluster, started)
  finally:
    if cluster:
      distributed.shutdown()


def _main(cluster: Optional[distributed.Cluster], started: float) -> int:
  try:
    dataset = load_selected()
  except data.DataError as e:
    logging.error("%s", e)
    return 1
  for line in summary.table(summary.summarize(dataset)):
    logging.info("%s", line)
  if _SUMMARY_ONLY.value:
    return 0
  if not coordinator.apply_xla_options_flag(_XLA_OPTIONS.value, jax.local_devices()):
    return 1
  compile_cache.enable(_COMPILE_CACHE.value)
  output_dir = os.path.dirname(os.path.abspath(_OUTPUT.value))
  config = engine.RunConfig(
      library=_LIBRARY.value, mutations=_MUTATIONS.value, seed=_SEED.value,
      batch_size=_BATCH_SIZE.value, chunk_size=_CHUNK_SIZE.value, backend=_BACKEND.value,
      execution=_EXECUTION.value, reference_workers=_REFERENCE_WORKERS.value,
      compile_processes=None if _COMPILE_PROCESSES.value < 0 else _COMPILE_PROCESSES.value,
      chain_nodes=_CHAIN_NODES.value, group_steps=_GROUP_STEPS.value,
      stack_steps=_STACK_STEPS.value,
      confirm_answers={"auto": None, "on": True, "off": False}[_CONFIRM_ANSWERS.value],
      run_dir=_RUN_DIR.value or os.path.join(output_dir, "batt_run"), resume=_RESUME.value,
      time_budget_s=_TIME_BUDGET.value)
  search_config = compilations = None
  if _LIBRARY_BESIDE_SEARCH.value:
    problem = _beside_problem(config)
    if problem:
      logging.error("--library_beside_search %s", problem)
      return 1
    # The library's processes take the CPU that the search (its host loop and its
    # kernels' compiles) leaves.
    config = dataclasses.replace(config, reference_niceness=BESIDE_NICENESS)
  if _SEARCH_TIME_BUDGET.value > 0:
    try:
      search_config = driver.SearchConfig(
          mode=_SEARCH_MODE.value, depth=_SEARCH_DEPTH.value,
          time_budget_s=_SEARCH_TIME_BUDGET.value, library=_LIBRARY.value,
          transforms=tuple(_SEARCH_TRANSFORMS.value) if _SEARCH_TRANSFORMS.value else None,
          expand_nodes=_SEARCH_EXPAND_NODES.value or None, chunk_rows=_SEARCH_CHUNK_ROWS.value,
          max_nodes=_SEARCH_MAX_NODES.value, deepen_bases=_SEARCH_DEEPEN_BASES.value,
          deepen_rounds=_SEARCH_DEEPEN_ROUNDS.value, local_rules=_SEARCH_LOCAL_RULES.value,
          rules_beside=_SEARCH_RULES_BESIDE.value, node_rules=_SEARCH_NODE_RULES.value,
          views=tuple(_SEARCH_VIEWS.value), tail_rows=_SEARCH_TAIL_ROWS.value,
          view_max_nodes=driver.parse_view_max_nodes(_SEARCH_VIEW_MAX_NODES.value),
          solutions_path=_SEARCH_SOLUTIONS.value)
      search_config.check()
    except ValueError as e:  # an unknown transform or view, a bad view:nodes item
      logging.error("%s", e)
      return 1
    if cluster is None or cluster.process_id == 0:  # the process that searches
      # XLA compiles the search's kernels on other threads while the library runs.
      compilations = driver.compile_ahead(search_config)
  try:
    return _run_and_search(dataset, config, cluster, output_dir, search_config, compilations,
                           started)
  finally:
    if compilations is not None:
      compilations.close()


# Nice value of the library's processes beside the search: the lowest, below the
# search's kernel compiles (compile_pool.BACKGROUND) that the search waits for.
BESIDE_NICENESS = 19


def _beside_problem(config: engine.RunConfig) -> Optional[str]:
  """Why the library pass cannot run beside the search (None: it can)."""
  if _SEARCH_TIME_BUDGET.value <= 0:
    return "needs a search (--search_time_budget)"
  if _SEARCH_MODE.value != "enumerate":
    return "needs --search_mode=enumerate"
  if config.backend != "reference":
    return "needs --backend=reference (the device is the search's)"
  if _NUM_PROCESSES.value > 1:
    return "runs in one process (--num_processes=1)"
  return None


def _within_wall_budget(search_config: Optional[driver.SearchConfig],
                        started: float) -> Optional[driver.SearchConfig]:
  """The search's config with the time --wall_budget leaves it now (None: no search)."""
  if search_config is None or _WALL_BUDGET.value is None:
    return search_config
  return driver.within_wall_budget(search_config, _WALL_BUDGET.value,
                                   time.monotonic() - started)


def _library_and_search(dataset: data.Dataset, config: engine.RunConfig,
                        search_config: driver.SearchConfig,
                        compilations: Optional[kernels.Compilations],
                        started: float) -> Tuple[engine.RunResult, dict, dict]:
  """The library pass on host processes while the search runs over every task:
  (the library's result, the merged submission, the search's report)."""
  search_config = _within_wall_budget(search_config, started)
  with futures.ThreadPoolExecutor(1, thread_name_prefix="library") as pool:
    library = pool.submit(engine.run, dataset.tasks, config)
    searched = None
    if search_config is not None:
      searched = driver.search(dataset.tasks, search_config, progress=True,
                               compilations=compilations)
    result = library.result()
  if searched is None:
    return result, result.submission, None
  submission = driver.merge_with_library(dataset.tasks, result.submission, result.report,
                                         searched)
  return result, submission, searched.report


def _run_and_search(dataset: data.Dataset, config: engine.RunConfig,
                    cluster: Optional[distributed.Cluster], output_dir: str,
                    search_config: Optional[driver.SearchConfig],
                    compilations: Optional[kernels.Compilations],
                    started: float) -> int:
  if search_config is not None and _LIBRARY_BESIDE_SEARCH.value:
    try:
      result, submission, search_report = _library_and_search(
          dataset, config, search_config, compilations, started)
      submission_lib.check(submission, dataset.tasks)
    except (ResumeMismatch, submission_lib.SubmissionError) as e:
      logging.error("%s", e)
      return 1
    return _write_outputs(dataset, result, submission, search_report)
  try:
    if cluster:
      shared_dir = _SHARED_DIR.value or os.path.join(output_dir, "batt_shared")
      result = distributed.run(dataset.tasks, config, cluster, shared_dir)
      if result is None:
        logging.info("process %d: results written to %s; process 0 writes the outputs",
                     cluster.process_id, shared_dir)
        return 0
    else:
      result = engine.run(dataset.tasks, config)
    submission_lib.check(result.submission, dataset.tasks)
  except (ResumeMismatch, distributed.DistributedError, submission_lib.SubmissionError) as e:
    logging.error("%s", e)
    return 1
  submission, search_report = result.submission, None
  search_config = _within_wall_budget(search_config, started)
  if search_config is not None:
    submission, search_report = driver.after_library(
        dataset.tasks, result.submission, result.report,
        search_config, compilations)
    try:
      submission_lib.check(submission, dataset.tasks)
    except submission_lib.SubmissionError as e:
      logging.error("%s", e)
      return 1
  return _write_outputs(dataset, result, submission, search_report)


def _write_outputs(dataset: data.Dataset, result: engine.RunResult, submission: dict,
                   search_report: Optional[dict]) -> int:
  """Logs the summaries and writes the submission and the report."""
  if search_report is not None:
    for line in driver.summary_lines_of(search_report):
      logging.info("search: %s", line)
  correct, known = driver.correct_count(dataset.tasks, submission)
  if search_report is not None and known:
    logging.info("library + search: test outputs right (2 attempts) on %d of %d tasks",
                 correct, known)
  write_atomic(_OUTPUT.value, json.dumps(submission).encode())
  write_atomic(_REPORT.value, json.dumps(
      {"summary": result.summary, "timings": result.timings, "tasks": result.report,
       "rejected_programs": result.rejected_programs, "search": search_report,
       "submission": {"test_correct": correct if known else None,
                      "tasks_with_known_answers": known,
                      "library_beside_search": _LIBRARY_BESIDE_SEARCH.value}},
      indent=1).encode())
  for line in engine.summary_table(result, timings=_TIMING.value):
    logging.info("%s", line)
  logging.info("wrote %s and %s", _OUTPUT.value, _REPORT.value)
  return 0


if __name__ == "__main__":
  app.run(main)
