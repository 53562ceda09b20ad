"""One search job: tasks -> views -> enumerate -> confirmed answers -> report.

Used by `python -m batt_jax.search` and by the main run after its library
pass (`python -m batt_jax.run --search_time_budget=...`).
"""

from __future__ import annotations

import collections
from concurrent import futures
import dataclasses
import json
import time
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from absl import logging
import jax

from batt_jax.data.types import Task
from batt_jax.runtime import compile_pool
from batt_jax.runtime import engine
from batt_jax.runtime.progress import Progress
from batt_jax.runtime.store import write_atomic
from batt_jax.search import answers as answers_lib
from batt_jax.search import enumerate as enumerate_lib
from batt_jax.search import kernels
from batt_jax.search import local_rules
from batt_jax.search import mutation
from batt_jax.search import object_rules
from batt_jax.search import output_tables
from batt_jax.search import panels
from batt_jax.search import rules_beside
from batt_jax.search import stamp_rules
from batt_jax.search import symmetry_fill
from batt_jax.search import tasks as tasks_lib
from batt_jax.search import tilings
from batt_jax.search.transforms import CATALOGUE, Transform, by_name
from codegen import pipeline
from codegen.program import Program

MODES = ("enumerate", "mutate", "both")
# In a list of transform names, the default catalogue (e.g. "catalogue,gravity_down"
# adds an optional transform to it).
CATALOGUE_NAME = "catalogue"
# With mode "both", the share of the time budget the enumeration gets first.
ENUMERATE_SHARE = 0.7


@dataclasses.dataclass(frozen=True)
class SearchConfig:
  """What to search and for how long.

  Attributes:
    mode: one of MODES.
    depth: most transforms composed.
    time_budget_s: seconds for the search (None: no limit); answers found
      before it runs out are kept.
    seed: the mutation search's seed (the enumeration is exhaustive to its
      depth, in a fixed order).
    views: task views searched (of tasks.KNOWN_VIEWS; default tasks.VIEWS).
    view_max_nodes: (view, nodes) pairs: `max_nodes` for that view
      (`enumerate.Config.view_max_nodes`; `parse_view_max_nodes` reads them).
    share_frames: the orientation views of a task keep an image once
      (`enumerate.Config.share_frames`).
    tail_rows: a second call size for a costly transform's calls of few rows
      (`enumerate.Config.tail_rows`; 0: none).
    chunk_rows: rows per compiled call.
    max_nodes: nodes kept per view per layer.
    transforms: names of the transforms searched (None: the default
      catalogue; CATALOGUE_NAME among them stands for it).
    expand_nodes: nodes per view expanded in full into the next layer (None:
      all); the others are only screened for solutions.
    overlay: also try kept candidates painted over one another.
    overlay_pieces: the most candidates painted over one base.
    last_pieces, last_bases: last-layer candidates kept per view as pieces and
      bases for one more overlay pass (`enumerate.Config.last_pieces`).
    deepen_bases: time left after the last layer goes to one more layer over
      its bases (`enumerate.Config.deepen_bases`).
    deepen_rounds: the most such layers, each over the bases of the one
      before (`enumerate.Config.deepen_rounds`).
    generations, parents, children: the mutation search's rounds, programs
      kept per task, and variants per parent per round.
    library: the programs mutated ("default" or paths).
    library_backend, library_execution: how the library pass that ranks the
      parents runs, when the caller has not run it already.
    solutions_path: where to write every solution the enumeration found, one
      JSON object a line (`answers.solution_records`; None: nowhere).
    node_rules: per identity view, nodes the enumeration learns local rules
      over (`enumerate.Config.node_rules`; 0: none).
    local_rules: also learn local rules (`local_rules.learn`, on the host;
      decision trees only count for the tasks the search leaves an attempt
      free); their answers rank among the found programs' (`answers.answer`).
      Learned after the enumeration, which keeps RULE_SECONDS a shape-keeping
      task of its budget for them, unless `rules_beside`. (Learned before the
      enumeration, they competed with a cold run's compiles: 193 s against
      25 s warm.)
    rules_beside: for RULES_BESIDE_MIN_TASKS tasks or more, learn the local
      rules on a process beside the enumeration instead (`rules_beside`, at
      nice 19), so that the budget keeps no time for them. (The ninth
      session's process, at the search's own priority, slowed the host loop
      about as much as it saved.)
  """
  mode: str = "enumerate"
  depth: int = 2
  time_budget_s: Optional[float] = 600.0
  seed: int = 0
  views: Tuple[str, ...] = tasks_lib.VIEWS
  view_max_nodes: Tuple[Tuple[str, int], ...] = ()
  share_frames: bool = enumerate_lib.Config.share_frames
  tail_rows: int = enumerate_lib.Config.tail_rows
  chunk_rows: int = 8192
  max_nodes: int = 300
  transforms: Optional[Tuple[str, ...]] = None
  expand_nodes: Optional[int] = None
  overlay: bool = True
  overlay_pieces: int = 3
  last_pieces: int = enumerate_lib.Config.last_pieces
  last_bases: int = enumerate_lib.Config.last_bases
  deepen_bases: bool = enumerate_lib.Config.deepen_bases
  deepen_rounds: int = enumerate_lib.Config.deepen_rounds
  generations: int = 3
  parents: int = 3
  children: int = 16
  library: str = "default"
  library_backend: str = "jax"
  library_execution: str = "nodewise"
  solutions_path: Optional[str] = None
  local_rules: bool = True
  rules_beside: bool = True
  node_rules: int = enumerate_lib.Config.node_rules

  def check(self) -> None:
    """Raises ValueError naming an unknown mode, view or transform."""
    if self.mode not in MODES:
      raise ValueError(f"unknown search mode {self.mode!r}; expected one of {MODES}")
    unknown = [v for v in self.views if v not in tasks_lib.KNOWN_VIEWS]
    if unknown:
      raise ValueError(f"unknown views {unknown}; known: {list(tasks_lib.KNOWN_VIEWS)}")
    unsearched = [v for v, _ in self.view_max_nodes if v not in self.views]
    if unsearched:
      raise ValueError(f"view_max_nodes names views not searched: {unsearched} "
                       f"(searched: {list(self.views)})")
    self.catalogue()

  def catalogue(self) -> Tuple[Transform, ...]:
    """The transforms named (CATALOGUE_NAME stands for the default catalogue),
    each once, in the order named. Raises ValueError for an unknown name."""
    if self.transforms is None:
      return CATALOGUE
    known = by_name()
    names = []
    for name in self.transforms:
      if name == CATALOGUE_NAME:
        names.extend(t.name for t in CATALOGUE)
      else:
        names.append(name)
    unknown = [n for n in names if n not in known]
    if unknown:
      raise ValueError(f"unknown transforms {unknown}; known: {CATALOGUE_NAME!r} and "
                       f"{sorted(known)}")
    return tuple(known[n] for n in dict.fromkeys(names))


@dataclasses.dataclass
class SearchResult:
  """What a search produced.

  Attributes:
    answers: per task id, the confirmed attempts and their programs.
    submission: Kaggle entries for every task.
    report: JSON-ready summary and per-task details.
    programs_module: the found programs as a library module's text.
    stats: the enumeration's counters.
    mutation_stats: the mutation search's counters (None if it did not run).
  """
  answers: Dict[str, answers_lib.TaskAnswer]
  submission: Dict[str, list]
  report: dict
  programs_module: str
  stats: enumerate_lib.Stats
  mutation_stats: Optional[mutation.MutationStats] = None


def parse_view_max_nodes(items: Sequence[str]) -> Tuple[Tuple[str, int], ...]:
  """("vmirror:40", ...) -> (("vmirror", 40), ...); ValueError naming a bad item."""
  pairs = []
  for item in items:
    view, _, count = item.partition(":")
    if not count.isdigit() or int(count) < 1:
      raise ValueError(f"view_max_nodes item {item!r}: expected view:nodes, nodes >= 1")
    pairs.append((view, int(count)))
  return tuple(pairs)


def library_parents(tasks: Sequence[Task], library_report: Mapping[str, dict],
                    library: str = "default") -> Dict[str, List[Program]]:
  """Per task, the library pass's best programs (its ranking: exact, then cells)."""
  programs, _ = pipeline.load_programs(library)
  by_name = {p.name: p for p in programs}
  return {t.id: [by_name[b["name"]] for b in library_report.get(t.id, {}).get(
      "best_programs", []) if b["name"] in by_name] for t in tasks}


def _library_pass(tasks: Sequence[Task], config: SearchConfig) -> Dict[str, dict]:
  logging.info("mutation search: ranking the library on %d tasks (%s, %s)", len(tasks),
               config.library_backend, config.library_execution)
  result = engine.run(tasks, engine.RunConfig(
      library=config.library, backend=config.library_backend,
      execution=config.library_execution, chunk_size=1 << 16, batch_size=4096))
  return result.report


# Seconds per task whose demos keep their shape that the search leaves for
# learning the local rules after it: the cell tables (about 0.06 s a task on
# one H100 host's CPU and on the 2-core CPU, ARC-AGI-1 evaluation), then the
# object rules and the cell decision trees (`_add_late_rules`, about 0.05 s on
# the 2-core CPU since the object rules move objects too), 2026-11-27; and the
# stamps (about 0.055 s on the 2-core CPU; the panel tables, tilings and output
# tables take under 1 ms a task), 2026-11-28.
RULE_SECONDS = 0.23
# Each kind of rule besides the cell's, with the report's count of the tasks
# it answers (in part) and the summary's words for it.
_RULE_KINDS = ((object_rules.ObjectRule, "object_rule_tasks", "object rules"),
               (stamp_rules.StampRule, "stamp_rule_tasks", "stamps"),
               (panels.PanelTable, "panel_table_tasks", "panel tables"),
               (tilings.Tiling, "tiling_tasks", "tilings"),
               (symmetry_fill.SymmetryFill, "symmetry_fill_tasks", "symmetry fills"),
               (output_tables.OutputTable, "output_table_tasks", "output tables"))
# Fewer tasks' rules are learned after the search, in its own process: spawning
# one (JAX imported there too) takes seconds.
RULES_BESIDE_MIN_TASKS = 64


def _add_late_rules(tasks: Sequence[Task], found: Mapping[str, answers_lib.TaskAnswer],
                    taught: Optional[Mapping[str, rules_beside.TaskRules]] = None) -> int:
  """Gives the attempts that everything else left free, in every task whose
  demos keep their shape, to the object rules' answers (`object_rules.learn`),
  then to the cell decision trees' (`local_rules.learn_trees`); returns for
  how many tasks they were learned.

  The object rules come this late although they, like the cell tables, must
  know every test key: on two or three demos a table of two object features
  fits by chance more often than a cell table (half of them were right on
  ARC-AGI-1 training), so a program found by the mutation search goes first.
  On ARC-AGI-1 training and ARC-AGI-2 training, ranking them here or with
  the cell tables answered the same tasks right (2026-11-27). The stamps,
  panel tables, tilings, symmetry fills and output tables (2026-11-28) rank
  with the cell tables instead (`rules_beside.RANKED`): an output table
  answered 27a28665 right there, which the search's two recoloured chance
  fits took the attempts of.

  `taught`: the rules learned beside the search (`rules_beside`), by task id;
  otherwise they are learned here."""
  free = [t for t in tasks if local_rules.keeps_shape(t)
          and len(found[t.id].attempts[0]) < answers_lib.ATTEMPTS]
  for task in free:
    known = list(zip(*found[task.id].attempts))
    rules = rules_beside.learn(task, rules_beside.LATE) if taught is None else taught[task.id]
    answers_lib.add_rules(found[task.id], task,
                          rules.late() + local_rules.learn_trees(task, known, grown=rules.trees))
  logging.info("local rules: object rules and decision trees for %d tasks", len(free))
  return len(free)


def _start_rules_beside(tasks: Sequence[Task]) -> Optional[futures.Future]:
  """`rules_beside.start(tasks)`; None where no process can be started (the
  rules are then learned after the search, with their time kept for them)."""
  try:
    return rules_beside.start(tasks)
  except Exception as e:  # pylint: disable=broad-except  # a host without processes loses no answer
    logging.error("local rules: no process beside the search (%s: %s); learning them after it",
                  type(e).__name__, e)
    return None


def _taught(beside: Optional[futures.Future]) -> Optional[Dict[str, rules_beside.TaskRules]]:
  """The rules learned beside the search, once learned; None without that
  process, or if it failed (then they are learned here: no answer is lost)."""
  if beside is None:
    return None
  try:
    taught, seconds = beside.result()
  except Exception as e:  # pylint: disable=broad-except  # a failed process loses no answer
    logging.error("local rules: their process beside the search failed (%s: %s); "
                  "learning them here", type(e).__name__, e)
    return None
  logging.info("local rules: learned beside the search in %.1f s", seconds)
  return taught


# Seconds the answers take once the search stops: the reference re-runs found
# programs, then the report and submission are written (2 s for 400 tasks on
# an H100 host, 2026-11-27: the 20 s kept before were mostly left unused).
WRAP_UP_S = 10.0


def within_wall_budget(config: SearchConfig, wall_budget: float,
                       elapsed: float) -> Optional[SearchConfig]:
  """`config` with the search budget that `wall_budget` leaves after `elapsed`
  seconds (None: no time left, no search)."""
  left = wall_budget - elapsed - WRAP_UP_S
  if left <= 0:
    logging.warning("no time left for the search: %.0f s of the %.0f s wall budget spent",
                    elapsed, wall_budget)
    return None
  budget = min(config.time_budget_s, left) if config.time_budget_s else left
  logging.info("search budget %.0f s: %.0f s of the %.0f s wall budget spent", budget,
               elapsed, wall_budget)
  return dataclasses.replace(config, time_budget_s=budget)


def compile_ahead(config: SearchConfig) -> Optional[kernels.Compilations]:
  """Starts compiling the enumeration's kernels (None if the mode has none), so
  that XLA works on them while the caller does something else first."""
  if config.mode not in ("enumerate", "both"):
    return None
  catalogue = config.catalogue()
  compilations = kernels.Compilations(catalogue, config.chunk_rows,
                                             niceness=compile_pool.BACKGROUND,
                                             background=True)
  logging.info("search: %d kernels tracing and compiling in the background",
               len(catalogue))
  return compilations


def compile_all(config: SearchConfig) -> Tuple[int, int]:
  """Compiles (or loads, from the executable cache) every kernel of the
  enumeration, waiting for each, and returns (loaded, compiled): with the
  cache on (`compile_cache.enable`), a later search on the same device kind
  then starts warm."""
  catalogue = config.catalogue()
  compilations = kernels.Compilations(catalogue, config.chunk_rows)
  try:
    for transform in catalogue:
      compilations.take(transform.name)
  finally:
    compilations.close()
  return len(compilations.loaded), len(catalogue) - len(compilations.loaded)


def search(tasks: Sequence[Task], config: SearchConfig, progress: bool = False,
           fallback: Optional[Dict[str, list]] = None,
           library_report: Optional[Mapping[str, dict]] = None,
           compilations: Optional[kernels.Compilations] = None) -> SearchResult:
  """Runs the search over `tasks`; `fallback` (Kaggle entries) fills attempts left free.

  `library_report`: the runtime's per-task report of a library pass over
  `tasks`, whose rankings seed the mutation search (run here if absent).
  `compilations`: the enumeration's kernels from `compile_ahead(config)`
  (compiled here if absent); closed when the search ends.
  """
  config.check()
  start = time.perf_counter()
  views = tasks_lib.views_of(tasks, config.views)
  catalogue = config.catalogue()
  budget = config.time_budget_s
  beside = (_start_rules_beside(tasks) if config.local_rules and config.rules_beside
            and len(tasks) >= RULES_BESIDE_MIN_TASKS else None)
  if budget is not None and config.local_rules and beside is None:
    # The local rules are learned after the enumeration (they do not steer
    # it), when no kernel compiles beside them and the search has shown where
    # attempts are left free; the budget keeps them their time.
    budget = max(0.0, budget - RULE_SECONDS * sum(local_rules.keeps_shape(task) for task in tasks))
  enumerate_budget = budget * ENUMERATE_SHARE if (budget and config.mode == "both") else budget
  engine_ = enumerate_lib.Search(views, enumerate_lib.Config(
      depth=config.depth, chunk_rows=config.chunk_rows, max_nodes=config.max_nodes,
      time_budget_s=enumerate_budget, transforms=catalogue,
      expand_nodes=config.expand_nodes, overlay=config.overlay,
      overlay_pieces=config.overlay_pieces, last_pieces=config.last_pieces,
      last_bases=config.last_bases, deepen_bases=config.deepen_bases,
      node_rules=config.node_rules,
      deepen_rounds=config.deepen_rounds,
      share_frames=config.share_frames, view_max_nodes=config.view_max_nodes,
      tail_rows=config.tail_rows), compilations)
  solutions = []
  if config.mode in ("enumerate", "both"):
    logging.info("search: %d tasks, %d views, %d transforms, depth %d, budget %s s",
                 len(tasks), len(views), len(catalogue), config.depth, enumerate_budget)
    bars: List[Progress] = []

    def on_transform(done: int, total: int) -> None:
      if not bars or bars[-1].done >= bars[-1].total:
        bars.append(Progress(total, f"search layer {len(bars) + 1}", unit="transforms"))
      bars[-1]()

    solutions = engine_.run(on_transform if progress else None)
  if compilations is not None:
    compilations.close()
  rules_start = time.perf_counter()
  learned: Dict[str, List[answers_lib.LearnedRule]] = {}
  taught = _taught(beside)
  if taught is not None:
    learned = {task.id: taught[task.id].ranked() for task in tasks}
  elif config.local_rules:
    learned = {task.id: rules_beside.learn(task, rules_beside.RANKED).ranked() for task in tasks}
  if config.local_rules:
    logging.info("local rules: %d of %d tasks have one (%.1f s%s)",
                 sum(map(bool, learned.values())), len(tasks), time.perf_counter() - rules_start,
                 "" if taught is None else " waited for the process beside the search")
  rules_seconds = time.perf_counter() - rules_start
  if config.solutions_path:
    write_atomic(config.solutions_path, "".join(
        json.dumps(r) + "\n" for r in answers_lib.solution_records(views, solutions)).encode())
  found = answers_lib.answer(tasks, views, solutions, catalogue, learned)
  mutation_stats = None
  if config.mode in ("mutate", "both"):
    left = [t for t in tasks if not found[t.id].programs]
    report = library_report if library_report is not None else _library_pass(left, config)
    parents = library_parents(left, report, config.library)
    remaining = None if budget is None else max(
        0.0, config.time_budget_s - (time.perf_counter() - start))
    logging.info("mutation search: %d tasks, %d generations of %d children per parent, "
                 "budget %s s", len(left), config.generations, config.children, remaining)
    founds, mutation_stats = mutation.search(left, parents, mutation.MutationConfig(
        generations=config.generations, parents=config.parents, children=config.children,
        seed=config.seed, time_budget_s=remaining))
    for task_id, items in founds.items():
      answers_lib.add_found(found[task_id], [f.program for f in items],
                            [f.test_outputs for f in items])
  tree_start = time.perf_counter()
  tree_tasks = _add_late_rules(tasks, found, taught) if config.local_rules else 0
  tree_seconds = time.perf_counter() - tree_start
  submission = answers_lib.submission(tasks, found, fallback)
  stats = engine_.stats
  per_task = {}
  solved = guessed = correct = known = 0
  kinds = collections.Counter()
  for task in tasks:
    a = found[task.id]
    ok = answers_lib.correct(task, submission[task.id])
    # A tree's answer is a guess (it fits any demos), not a solution.
    solved += bool(a.programs or not all(map(local_rules.is_guess, a.rules)))
    guessed += any(map(local_rules.is_guess, a.rules))
    kinds.update({type(r) for r in a.rules})
    if ok is not None:
      known += 1
      correct += ok
    per_task[task.id] = {
        "solutions": a.candidates, "rejected_by_reference": a.rejected,
        "programs": [answers_lib.describe_program(p) for p in a.programs],
        "attempts_from": list(a.sources),
        "test_correct": ok}
    if a.rules:
      per_task[task.id]["local_rules"] = [
          {"description": local_rules.describe(r), **local_rules.record(r),
           **({} if p is None else {"over": p.source})}
          for r, p in zip(a.rules, a.rule_programs)]
  device = jax.devices()[0]
  report = {
      "summary": {
          "tasks": len(tasks), "views": list(config.views),
          "view_max_nodes": dict(config.view_max_nodes), "share_frames": config.share_frames,
          "depth": config.depth,
          "mode": config.mode, "transforms": len(catalogue),
          "tasks_with_solution": solved,
          # Tasks answered (in part) by a local rule (of the input, or over a
          # node's image), and the seconds learning the input's took after the
          # search (with the rules learned beside it: the wait for them).
          "local_rule_tasks": sum(not all(map(local_rules.is_guess, found[t.id].rules))
                                  for t in tasks),
          "local_rules_seconds": round(rules_seconds, 3),
          "local_rules_beside": taught is not None,
          # Tasks the trees were learned for (attempts left free), tasks a
          # tree answered (in part), and the seconds of the late rules
          # (object rules and trees: `_add_late_rules`).
          "local_tree_tasks": tree_tasks, "local_tree_answered": guessed,
          "local_tree_seconds": round(tree_seconds, 3),
          # Of the tasks with a local rule, those answered (in part) by each
          # other kind (`_RULE_KINDS`: object rules, stamps, panel tables...).
          **{count: kinds[kind] for kind, count, _ in _RULE_KINDS},
          "test_correct": correct if known else None, "tasks_with_known_answers": known,
          "evaluations": stats.evaluations, "screened": stats.screened,
          "candidates": stats.candidates,
          "new_candidates": stats.new_candidates, "layers": stats.layers,
          "overlay_solutions": stats.overlays, "recolored_solutions": stats.recolored,
          "last_layer_pieces": stats.last_pieces, "last_layer_bases": stats.last_bases,
          "final_overlay_solutions": stats.final_overlays,
          "deepened_bases": stats.deepened, "deepened_layers": stats.deepened_layers,
          "screens_shared": stats.screens_shared,
          "tail_rows": config.tail_rows, "tail_kernels": stats.tail_kernels,
          # Per expanded layer (the layers, then the deepened ones): seconds, and
          # the transforms run to the end of it.
          "layer_seconds": [round(seconds, 3) for seconds, _ in stats.expansions],
          "layer_transforms": [done for _, done in stats.expansions],
          "same_images": stats.same_images,
          # Nodes local rules were learned over, the solutions they gave, seconds.
          "node_rules": stats.node_rules, "node_rule_solutions": stats.node_rule_solutions,
          "node_rule_seconds": round(stats.node_rule_seconds, 3),
          # The transforms' seconds by phase (`Stats.phases`), and of each the
          # wait for results and the device starts (which block on a GPU while
          # the device is behind): the rest is the host's work.
          "phases": {name: {"seconds": round(sec, 3), "waited": round(wait, 3),
                            "started": round(start, 3)}
                     for name, (sec, wait, start) in stats.phases.items()},
          "pruned": stats.pruned,
          "search_seconds": round(stats.seconds, 3),
          "compile_seconds": round(stats.compile_seconds, 3),
          "evaluations_per_s": round(stats.evaluations_per_s, 1),
          "stopped_early": stats.stopped_early,
          # Kernels compiled for fewer rows per call to fit the device, and
          # transforms skipped in a layer for running out of its memory.
          "smaller_chunks": dict(stats.smaller_chunks),
          "out_of_memory": list(stats.out_of_memory),
          "kernels_loaded": stats.kernels_loaded,
          "seconds": round(time.perf_counter() - start, 3),
          "device": f"{device.platform}:{device.device_kind}", "jax": jax.__version__,
      },
      "mutation": None if mutation_stats is None else {
          "evaluations": mutation_stats.evaluations, "programs": mutation_stats.programs,
          "seconds": round(mutation_stats.seconds, 3),
          "evaluations_per_s": round(mutation_stats.evaluations_per_s, 1),
          "stopped_early": mutation_stats.stopped_early},
      "tasks": per_task,
      # Where the time went: seconds and full candidate rows per transform,
      # slowest first; of those seconds, the wait for results and the device
      # starts; by phase, each [seconds, waiting, starting]; candidates screened.
      "per_transform": {name: {"seconds": round(sec, 3), "rows": rows,
                               "waited": round(stats.waited.get(name, 0.0), 3),
                               "started": round(stats.started.get(name, 0.0), 3),
                               "screened": stats.screened_per_transform.get(name, 0),
                               "phases": {phase: [round(x, 3) for x in spent] for phase, spent
                                          in stats.transform_phases.get(name, {}).items()}}
                        for name, (sec, rows) in sorted(stats.per_transform.items(),
                                                        key=lambda kv: -kv[1][0])},
      # XLA seconds per transform kernel compiled ahead (several at once), slowest first.
      "compile_per_transform": {name: round(sec, 3) for name, sec in sorted(
          stats.compile_per_transform.items(), key=lambda kv: -kv[1])},
  }
  return SearchResult(found, submission, report, answers_lib.programs_module(found), stats,
                      mutation_stats)


def summary_lines(result: SearchResult) -> List[str]:
  return summary_lines_of(result.report)


def summary_lines_of(report: dict) -> List[str]:
  """A search report's summary as log lines."""
  s = report["summary"]
  if not s.get("tasks"):
    return ["nothing to search"]
  lines = [
      f"tasks: {s['tasks']} (views {', '.join(s['views'])}); depth {s['depth']}; "
      f"{s['transforms']} transforms",
      f"tasks with a confirmed solution: {s['tasks_with_solution']}"
      + (f" ({s['local_rule_tasks']} with a local rule, learned in "
         f"{s['local_rules_seconds']:.1f} s)" if s.get("local_rule_tasks") else "")
      + "".join(f"; {words} answer {s[count]}" for _, count, words in _RULE_KINDS
                if s.get(count))
      + (f"; decision trees guessed for {s['local_tree_answered']} of the "
         f"{s['local_tree_tasks']} tasks with attempts free ({s['local_tree_seconds']:.1f} s)"
         if s.get("local_tree_tasks") else ""),
  ]
  if s["test_correct"] is not None:
    lines.append(f"test outputs right (2 attempts): {s['test_correct']} of "
                 f"{s['tasks_with_known_answers']}")
  if s["mode"] != "mutate":
    lines.append(f"{s['evaluations']:,} evaluations in {s['search_seconds']:.1f} s "
                 f"({s['evaluations_per_s']:,.0f}/s; first calls incl. compile "
                 f"{s['compile_seconds']:.1f} s, {s.get('kernels_loaded', 0)} kernels from the "
                 f"executable cache); layers kept {s['layers']}; per expanded layer, seconds "
                 f"{[round(x) for x in s.get('layer_seconds', [])]} and transforms run "
                 f"{s.get('layer_transforms', [])}"
                 + ("; stopped by the time budget" if s["stopped_early"] else ""))
    lines.append(f"solutions by overlay {s['overlay_solutions']:,} ("
                 f"{s.get('final_overlay_solutions', 0):,} with the last layer's "
                 f"{s.get('last_layer_pieces', 0):,} pieces and "
                 f"{s.get('last_layer_bases', 0):,} bases; "
                 f"{s.get('deepened_bases', 0):,} bases deepened in "
                 f"{len(s.get('deepened_layers', []))} layers), by recolouring "
                 f"{s['recolored_solutions']:,}; {s['pruned']:,} candidates pruned by shape")
    if s.get("phases"):
      lines.append("transforms' seconds by phase (waiting for results + starting device "
                   "work): " + ", ".join(
          f"{name} {p['seconds']:.1f} ({p['waited']:.1f} + {p.get('started', 0.0):.1f})"
          for name, p in s["phases"].items()))
  m = report.get("mutation")
  if m:
    lines.append(f"mutation search: {m['programs']:,} variants, {m['evaluations']:,} "
                 f"evaluations in {m['seconds']:.1f} s ({m['evaluations_per_s']:,.0f}/s)"
                 + ("; stopped by the time budget" if m["stopped_early"] else ""))
  return lines


def _unsolved_by_library(tasks: Sequence[Task],
                         library_report: Mapping[str, dict]) -> List[Task]:
  """The tasks whose demos no library program reproduces."""
  return [t for t in tasks if not library_report.get(t.id, {}).get("demo_solved")]


def _guesses(tasks: Sequence[Task], library_submission: Mapping[str, list]) -> Dict[str, list]:
  """The library's entries for `tasks` (its best guesses where it solved none)."""
  return {t.id: library_submission[t.id] for t in tasks if t.id in library_submission}


def after_library(tasks: Sequence[Task], library_submission: Dict[str, list],
                  library_report: Dict[str, dict], config: SearchConfig,
                  compilations: Optional[kernels.Compilations] = None,
                  ) -> Tuple[Dict[str, list], dict]:
  """Searches the tasks the library left unsolved; merges both answers.

  A task whose demos a library program reproduces keeps the library's
  answer; the others are searched, and their search attempts come first, the
  library's best guesses filling what is left. Returns (submission, the
  search's report). `compilations`: as for `search`.
  """
  unsolved = _unsolved_by_library(tasks, library_report)
  logging.info("search after the library: %d of %d tasks unsolved by it", len(unsolved),
               len(tasks))
  if not unsolved:
    if compilations is not None:
      compilations.close()
    return dict(library_submission), {"summary": {"tasks": 0}, "tasks": {}}
  result = search(unsolved, config, progress=True, compilations=compilations,
                  fallback=_guesses(unsolved, library_submission),
                  library_report=library_report)
  merged = dict(library_submission)
  merged.update(result.submission)
  return merged, result.report


def merge_with_library(tasks: Sequence[Task], library_submission: Dict[str, list],
                       library_report: Dict[str, dict], result: SearchResult) -> Dict[str, list]:
  """A search over every task merged with a library pass run beside it, as
  `after_library` merges: a task whose demos a library program reproduces keeps
  the library's answer; the others take the search's attempts first and the
  library's best guesses after."""
  unsolved = _unsolved_by_library(tasks, library_report)
  merged = dict(library_submission)
  merged.update(answers_lib.submission(unsolved, result.answers,
                                       _guesses(unsolved, library_submission)))
  return merged


def correct_count(tasks: Sequence[Task], submission: Mapping[str, list]) -> Tuple[int, int]:
  """(tasks whose every test output is among its attempts, tasks whose outputs are known)."""
  verdicts = [answers_lib.correct(t, submission[t.id]) for t in tasks if t.id in submission]
  known = [v for v in verdicts if v is not None]
  return sum(known), len(known)
