"""One search job: tasks -> views -> enumerate -> confirmed answers -> report.

Used by `python -m batt_jax.search` and by the main run after its library
pass (`python -m batt_jax.run --search_time_budget=...`).
"""

from __future__ import annotations

import dataclasses
import time
from typing import Dict, List, Optional, Sequence, Tuple

from absl import logging
import jax

from batt_jax.data.types import Task
from batt_jax.runtime.progress import Progress
from batt_jax.search import answers as answers_lib
from batt_jax.search import enumerate as enumerate_lib
from batt_jax.search import tasks as tasks_lib
from batt_jax.search.transforms import CATALOGUE, Transform, by_name

MODES = ("enumerate",)


@dataclasses.dataclass(frozen=True)
class SearchConfig:
  """What to search and for how long.

  Attributes:
    mode: one of MODES.
    depth: most transforms composed.
    time_budget_s: seconds for the search (None: no limit); answers found
      before it runs out are kept.
    seed: unused by the enumeration (it is exhaustive to its depth in a fixed
      order); kept for reproducible reports.
    views: task views searched (tasks.VIEWS).
    chunk_rows: rows per compiled call.
    max_nodes: nodes kept per view per layer.
    transforms: names of the transforms searched (None: the whole catalogue).
    expand_nodes: nodes per view expanded in full into the next layer (None:
      all); the others are only screened for solutions.
    overlay: also try pairs of kept candidates painted one over the other.
  """
  mode: str = "enumerate"
  depth: int = 2
  time_budget_s: Optional[float] = 600.0
  seed: int = 0
  views: Tuple[str, ...] = ("identity", "dmirror")
  chunk_rows: int = 8192
  max_nodes: int = 300
  transforms: Optional[Tuple[str, ...]] = None
  expand_nodes: Optional[int] = None
  overlay: bool = True

  def catalogue(self) -> Tuple[Transform, ...]:
    if self.transforms is None:
      return CATALOGUE
    known = by_name()
    unknown = [n for n in self.transforms if n not in known]
    if unknown:
      raise ValueError(f"unknown transforms {unknown}; known: {sorted(known)}")
    return tuple(known[n] for n in self.transforms)


@dataclasses.dataclass
class SearchResult:
  """What a search produced.

  Attributes:
    answers: per task id, the confirmed attempts and their programs.
    submission: Kaggle entries for every task.
    report: JSON-ready summary and per-task details.
    programs_module: the found programs as a library module's text.
    stats: the enumeration's counters.
  """
  answers: Dict[str, answers_lib.TaskAnswer]
  submission: Dict[str, list]
  report: dict
  programs_module: str
  stats: enumerate_lib.Stats


def search(tasks: Sequence[Task], config: SearchConfig, progress: bool = False,
           fallback: Optional[Dict[str, list]] = None) -> SearchResult:
  """Runs the search over `tasks`; `fallback` (Kaggle entries) fills attempts left free."""
  if config.mode not in MODES:
    raise ValueError(f"unknown search mode {config.mode!r}; expected one of {MODES}")
  start = time.perf_counter()
  views = tasks_lib.views_of(tasks, config.views)
  catalogue = config.catalogue()
  engine = enumerate_lib.Search(views, enumerate_lib.Config(
      depth=config.depth, chunk_rows=config.chunk_rows, max_nodes=config.max_nodes,
      time_budget_s=config.time_budget_s, transforms=catalogue,
      expand_nodes=config.expand_nodes, overlay=config.overlay))
  logging.info("search: %d tasks, %d views, %d transforms, depth %d, budget %s s",
               len(tasks), len(views), len(catalogue), config.depth, config.time_budget_s)
  bars: List[Progress] = []

  def on_transform(done: int, total: int) -> None:
    if not bars or bars[-1].done >= bars[-1].total:
      bars.append(Progress(total, f"search layer {len(bars) + 1}", unit="transforms"))
    bars[-1]()

  solutions = engine.run(on_transform if progress else None)
  found = answers_lib.answer(tasks, views, solutions, catalogue)
  submission = answers_lib.submission(tasks, found, fallback)
  stats = engine.stats
  per_task = {}
  solved = correct = known = 0
  for task in tasks:
    a = found[task.id]
    ok = answers_lib.correct(task, submission[task.id])
    solved += bool(a.programs)
    if ok is not None:
      known += 1
      correct += ok
    per_task[task.id] = {
        "solutions": a.candidates, "rejected_by_reference": a.rejected,
        "programs": [answers_lib.describe_program(p) for p in a.programs],
        "test_correct": ok}
  device = jax.devices()[0]
  report = {
      "summary": {
          "tasks": len(tasks), "views": list(config.views), "depth": config.depth,
          "mode": config.mode, "transforms": len(catalogue),
          "tasks_with_solution": solved,
          "test_correct": correct if known else None, "tasks_with_known_answers": known,
          "evaluations": stats.evaluations, "screened": stats.screened,
          "candidates": stats.candidates,
          "new_candidates": stats.new_candidates, "layers": stats.layers,
          "overlay_solutions": stats.overlays,
          "search_seconds": round(stats.seconds, 3),
          "compile_seconds": round(stats.compile_seconds, 3),
          "evaluations_per_s": round(stats.evaluations_per_s, 1),
          "stopped_early": stats.stopped_early,
          "seconds": round(time.perf_counter() - start, 3),
          "device": f"{device.platform}:{device.device_kind}", "jax": jax.__version__,
      },
      "tasks": per_task,
      # Where the time went: seconds and full candidate rows per transform, slowest first.
      "per_transform": {name: {"seconds": round(sec, 3), "rows": rows}
                        for name, (sec, rows) in sorted(stats.per_transform.items(),
                                                        key=lambda kv: -kv[1][0])},
  }
  return SearchResult(found, submission, report, answers_lib.programs_module(found), stats)


def summary_lines(result: SearchResult) -> List[str]:
  s = result.report["summary"]
  lines = [
      f"tasks: {s['tasks']} (views {', '.join(s['views'])}); depth {s['depth']}; "
      f"{s['transforms']} transforms",
      f"tasks with a confirmed solution: {s['tasks_with_solution']}",
  ]
  if s["test_correct"] is not None:
    lines.append(f"test outputs right (2 attempts): {s['test_correct']} of "
                 f"{s['tasks_with_known_answers']}")
  lines.append(f"{s['evaluations']:,} evaluations in {s['search_seconds']:.1f} s "
               f"({s['evaluations_per_s']:,.0f}/s; first calls incl. compile "
               f"{s['compile_seconds']:.1f} s); layers kept {s['layers']}"
               + ("; stopped by the time budget" if s["stopped_early"] else ""))
  return lines


def after_library(tasks: Sequence[Task], library_submission: Dict[str, list],
                  library_report: Dict[str, dict], config: SearchConfig,
                  ) -> Tuple[Dict[str, list], dict]:
  """Searches the tasks the library left unsolved; merges both answers.

  A task whose demos a library program reproduces keeps the library's
  answer; the others are searched, and their search attempts come first, the
  library's best guesses filling what is left. Returns (submission, the
  search's report).
  """
  unsolved = [t for t in tasks if not library_report.get(t.id, {}).get("demo_solved")]
  logging.info("search after the library: %d of %d tasks unsolved by it", len(unsolved),
               len(tasks))
  if not unsolved:
    return dict(library_submission), {"summary": {"tasks": 0}, "tasks": {}}
  result = search(unsolved, config, progress=True,
                  fallback={t.id: library_submission[t.id] for t in unsolved
                            if t.id in library_submission})
  merged = dict(library_submission)
  merged.update(result.submission)
  return merged, result.report
