"""The main job: every candidate program on every sample, then answers.

    result = engine.run(tasks, engine.RunConfig(library="default", mutations=2))
    result.submission   # Kaggle format
    result.report       # per task: best programs, demo score, correctness

Phases (timed): `programs` (parse + type-check the library), `build` (mutate,
merge, emit, import), `evaluate` (the compiled chunks over the mega-batch, or
the reference interpreter sequentially: the "standard mode"), `answer`.
Both backends fill the same `ChunkResults`, so their reports are comparable
field for field; the compiled one copies only the test candidates the
shortlists can take (`results.ShortlistPicker`), which the Accumulator reads
as it reads all of them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import time
from typing import Callable, Dict, List, Optional, Sequence

from absl import logging
import numpy as np

import codegen
from batt_jax.data.types import Task
from batt_jax.dsl import capacity
from batt_jax.dsl import encoding
from batt_jax.runtime import confirm as confirm_lib
from batt_jax.runtime import megabatch as mb
from batt_jax.runtime import nodewise
from batt_jax.runtime import progress as progress_lib
from batt_jax.runtime import reference_pool
from batt_jax.runtime import scoring
from batt_jax.runtime.coordinator import ChunkResults, Coordinator, Picker
from batt_jax.runtime.results import Accumulator, ProgramInfo
from batt_jax.runtime.store import ResultStore

BACKENDS = ("jax", "reference")
# How the jax backend runs a chunk: "fused", one XLA executable per chunk
# (coordinator.py); "nodewise", one small executable per distinct call,
# dispatched node by node (nodewise.py), which compiles far less and so can take
# the whole library as one chunk.
EXECUTIONS = ("fused", "nodewise")


@dataclasses.dataclass(frozen=True)
class RunConfig:
  """What to run and how.

  Attributes:
    library: "default" (the package's solvers) or paths, comma-separated.
    mutations: variants per library program (0: library only).
    seed: mutation seed.
    batch_size: samples per compiled call (split over the local devices).
    chunk_size: programs per emitted batt module.
    backend: "jax" (compiled) or "reference" (sequential interpreter).
    execution: with the jax backend, "fused" (one executable per chunk) or
      "nodewise" (one executable per distinct call, run node by node; give it
      a chunk_size of the whole library so that merging is global).
    run_dir: where per-batch results are written (None: not written).
    resume: reuse the results already in `run_dir`.
    time_budget_s: evaluation stops before a chunk once this much time has
      passed (None: no limit); tasks keep the answers found so far.
    reference_workers: with the reference backend, processes sharing out each
      chunk's programs (1: this process, sequentially).
    reference_niceness: added to those processes' nice value (Linux), so that
      work beside them (a search on the device) keeps the CPU it needs.
    compile_processes: nodewise: worker processes that compile what the
      executable cache lacks (`compile_workers`; 0: none; None: one per host
      CPU on accelerators, none on the CPU).
    chain_nodes: nodewise: which nodes read by one step alone are fused into
      that step's kernel ("auto", "off", "plain", "all":
      `NodewiseCoordinator.chain_nodes`; fewer kernel calls, a longer cold
      compile; auto: all on accelerators, off on the CPU).
    group_steps: nodewise: at most how many independent steps run as one
      executable ("auto" or a positive integer: `nodewise.group_size`; auto:
      16 on accelerators, 1 on the CPU).
    stack_steps: nodewise: whether a level's steps of one kernel tree run as
      one computation ("off" or "on": `nodewise.stack_mode`; off by default).
    confirm_answers: re-run what the answers and the report rest on with the
      reference interpreter and correct any value the devices got wrong
      (`confirm.confirm`; None: with the jax backend on accelerators).
  """
  library: str = "default"
  mutations: int = 0
  seed: int = 0
  batch_size: int = 256
  chunk_size: int = 64
  backend: str = "jax"
  execution: str = "fused"
  run_dir: Optional[str] = None
  resume: bool = False
  time_budget_s: Optional[float] = None
  reference_workers: int = 1
  reference_niceness: int = 0
  compile_processes: Optional[int] = None
  chain_nodes: str = "auto"
  group_steps: str = "auto"
  stack_steps: str = "off"
  confirm_answers: Optional[bool] = None


@dataclasses.dataclass
class RunResult:
  submission: Dict[str, list]
  report: Dict[str, dict]
  summary: Dict[str, object]
  timings: Dict[str, float]
  rejected_programs: List[str]


def program_infos(chunk: codegen.Chunk, candidates: Dict[str, codegen.Program]) -> List[ProgramInfo]:
  return [ProgramInfo(name, task, len(candidates[name].lines), lineage)
          for name, task, lineage in zip(chunk.program_ids, chunk.task_ids, chunk.lineage)]


def shortlist_pickers(accumulator: Accumulator, built: codegen.BuildResult,
                      candidates: Dict[str, codegen.Program]) -> Callable[[int], Picker]:
  """Chunk index -> its picker: only the test candidates the shortlists can take
  leave the device."""
  return lambda index: accumulator.picker(program_infos(built.chunks[index], candidates))


def make_coordinator(execution: str, batch_size: int, devices=None,
                     store: Optional[ResultStore] = None,
                     compile_processes: Optional[int] = None,
                     dispatch_threads: int = 1, chain_nodes: str = "auto",
                     group_steps: str = "auto", stack_steps: str = "off") -> Coordinator:
  """The coordinator that runs chunks the `execution` way (EXECUTIONS).

  `compile_processes`, `chain_nodes`, `group_steps`, `stack_steps` (nodewise only):
  as `RunConfig`'s;
  `dispatch_threads` (nodewise only): as `NodewiseCoordinator`'s.
  """
  if execution == "nodewise":
    return nodewise.NodewiseCoordinator(batch_size, devices=devices, store=store,
                                        compile_processes=compile_processes,
                                        dispatch_threads=dispatch_threads,
                                        chain_nodes=chain_nodes, group_steps=group_steps,
                                        stack_steps=stack_steps)
  return Coordinator(batch_size, devices=devices, store=store)


def chunk_items(built: codegen.BuildResult, execution: str) -> list:
  """(index, what the coordinator runs, programs) per chunk: a graph (nodewise) or a batt."""
  if execution == "nodewise":
    return [(c.index, graph, len(c.program_ids))
            for c, graph in zip(built.chunks, nodewise.chunk_graphs(built))]
  return [(c.index, c.batt, len(c.program_ids)) for c in built.chunks]


def reference_chunk(programs: Sequence[codegen.Program], batch: mb.MegaBatch) -> ChunkResults:
  """The standard mode: the reference interpreter, one (program, sample) at a time."""
  p = len(programs)
  demo, test = batch.demo, batch.test
  out = ChunkResults(
      demo_exact=np.zeros((len(demo), p), bool), demo_cells=np.zeros((len(demo), p), np.float32),
      test_cells=np.zeros((len(test), p, capacity.SIDE, capacity.SIDE), np.int8),
      test_hw=np.zeros((len(test), p, 2), np.int32), test_valid=np.zeros((len(test), p), bool))
  demo_inputs = [encoding.decode(encoding.Grid(cells=demo.cells[k], hw=demo.hw[k], valid=True), "Grid")
                 for k in range(len(demo))]
  demo_outputs = [encoding.decode(encoding.Grid(cells=demo.out_cells[k], hw=demo.out_hw[k], valid=True),
                                  "Grid") for k in range(len(demo))]
  test_inputs = [encoding.decode(encoding.Grid(cells=test.cells[k], hw=test.hw[k], valid=True), "Grid")
                 for k in range(len(test))]
  for j, program in enumerate(programs):
    for k, (grid, want) in enumerate(zip(demo_inputs, demo_outputs)):
      out.demo_exact[k, j], out.demo_cells[k, j] = scoring.reference_score(
          codegen.run_reference(program, grid), want)
    for k, grid in enumerate(test_inputs):
      got = codegen.run_reference(program, grid)
      if got is not None:
        enc = encoding.encode(got, "Grid")
        out.test_cells[k, j], out.test_hw[k, j] = enc.cells, enc.hw
        out.test_valid[k, j] = True
  return out


def _fingerprint(config: RunConfig, tasks: Sequence[Task], chunks) -> dict:
  digest = hashlib.sha256()
  for chunk in chunks:
    digest.update(chunk.source.encode())
  # Demo outputs too: the stored demo batches hold scores against them.
  digest.update(json.dumps([[t.id, [p.input for p in t.train + t.test],
                             [p.output for p in t.train]] for t in tasks]).encode())
  return {"programs_and_data": digest.hexdigest(), "batch_size": config.batch_size,
          "backend": config.backend}


def run(tasks: Sequence[Task], config: RunConfig) -> RunResult:
  """Evaluates the library (and its mutations) on `tasks` and answers them."""
  if config.backend not in BACKENDS:
    raise ValueError(f"backend must be one of {BACKENDS}, got {config.backend!r}")
  if config.execution not in EXECUTIONS:
    raise ValueError(f"execution must be one of {EXECUTIONS}, got {config.execution!r}")
  timings: Dict[str, float] = {}
  start = time.perf_counter()
  programs, errors = codegen.load_programs(config.library)
  for error in errors:
    logging.warning("program rejected: %s", error)
  timings["programs"] = time.perf_counter() - start

  start = time.perf_counter()
  built = codegen.build(programs, chunk_size=config.chunk_size, mutations=config.mutations,
                        seed=config.seed)
  candidates = {p.name: p for p in built.candidates}
  batch = mb.build(tasks)
  timings["build"] = time.perf_counter() - start

  start = time.perf_counter()
  accumulator = Accumulator(tasks, batch)
  store = None
  if config.run_dir:
    store = ResultStore(os.path.join(config.run_dir, "batches"),
                        _fingerprint(config, tasks, built.chunks), config.resume)
  deadline = None if config.time_budget_s is None else start + config.time_budget_s
  chunks_run = 0
  coordinator = None
  if config.backend == "jax":
    coordinator = make_coordinator(config.execution, config.batch_size, store=store,
                                   compile_processes=config.compile_processes,
                                   chain_nodes=config.chain_nodes,
                                   group_steps=config.group_steps,
                                   stack_steps=config.stack_steps)
  per_chunk = coordinator.batches_per_chunk(batch) if coordinator else 1
  if coordinator:
    logging.info("evaluating on %d local %s device(s), %d samples per call",
                 len(coordinator.devices), coordinator.devices[0].platform,
                 coordinator.batch_rows(batch))
  progress = progress_lib.Progress(per_chunk * len(built.chunks), f"evaluate ({config.backend})")
  if coordinator:
    stream = coordinator.run_chunks(chunk_items(built, config.execution), batch, progress,
                                    pickers=shortlist_pickers(accumulator, built, candidates))
  elif config.reference_workers > 1:
    stream = reference_pool.chunks(
        [(c.index, [candidates[n] for n in c.program_ids]) for c in built.chunks], batch,
        config.reference_workers, config.reference_niceness)
  else:
    stream = ((c.index, reference_chunk([candidates[n] for n in c.program_ids], batch))
              for c in built.chunks)
  for index, results in stream:
    accumulator.add_chunk(results, program_infos(built.chunks[index], candidates))
    chunks_run += 1
    if not coordinator:
      progress()
    if deadline is not None and time.perf_counter() > deadline and chunks_run < len(built.chunks):
      logging.warning("time budget spent: %d of %d chunks evaluated", chunks_run,
                      len(built.chunks))
      break
  stream.close()  # now, not at garbage collection: cancels compiles not yet started
  timings["evaluate"] = time.perf_counter() - start

  confirmation = None
  if _confirms(config, coordinator):
    start = time.perf_counter()
    confirmation = confirm_lib.confirm(accumulator, candidates)
    timings["confirm"] = time.perf_counter() - start

  start = time.perf_counter()
  submission = accumulator.submission()
  report = accumulator.report()
  timings["answer"] = time.perf_counter() - start

  evaluated = sum(len(c.program_ids) for c in built.chunks[:chunks_run])
  evaluations = evaluated * (len(batch.demo) + len(batch.test))
  known = [r["test_correct"] for r in report.values() if r["test_correct"] is not None]
  summary = {
      "tasks": len(tasks),
      "samples": len(batch.demo) + len(batch.test),
      "programs": built.stats.programs,
      "variants": built.stats.variants,
      "chunks": built.stats.chunks,
      "chunks_evaluated": chunks_run,
      "calls_before_merge": built.stats.calls_before,
      "calls_after_merge": built.stats.calls_after,
      "rejected_programs": len(errors),
      "demo_solved": sum(r["demo_solved"] for r in report.values()),
      "test_known": len(known),
      "test_correct": sum(bool(c) for c in known),
      "solved_by_transfer": sum(r["by_transfer"] and bool(r["test_correct"])
                                for r in report.values()),
      "evaluations": evaluations,
      "evaluations_per_s": evaluations / max(timings["evaluate"], 1e-9),
      "backend": config.backend,
      "execution": config.execution,
      "devices": len(coordinator.devices) if coordinator else 1,
      "halvings": coordinator.halvings if coordinator else 0,
      **(confirmation.summary() if confirmation else {}),
  }
  return RunResult(submission, report, summary, timings, [str(e) for e in errors])


def _confirms(config: RunConfig, coordinator: Optional[Coordinator]) -> bool:
  """Whether to confirm the answers (`RunConfig.confirm_answers`)."""
  if config.confirm_answers is not None:
    return config.confirm_answers
  return coordinator is not None and coordinator.devices[0].platform != "cpu"


def summary_table(result: RunResult, timings: bool = True) -> List[str]:
  """The run's printed summary: tasks solved, transfer, throughput, phase times."""
  s = result.summary
  rows = [
      ("backend", s["backend"]),
      ("tasks", s["tasks"]),
      ("samples", s["samples"]),
      ("programs", f"{s['programs']} library + {s['variants']} variants "
                   f"({s['rejected_programs']} rejected)"),
      ("chunks", f"{s['chunks_evaluated']}/{s['chunks']}"),
      ("calls merged", f"{s['calls_before_merge']} -> {s['calls_after_merge']}"),
      ("demo-solved tasks", s["demo_solved"]),
      ("test-correct tasks", f"{s['test_correct']}/{s['test_known']} with known solutions"),
      ("  by transfer", s["solved_by_transfer"]),
      ("evaluations", f"{s['evaluations']:,} ({s['evaluations_per_s']:,.0f}/s)"),
  ]
  if "device_faults" in s:
    rows.append(("confirmed", f"{s['confirmed_programs']} programs' demos and "
                 f"{s['confirmed_attempts']} attempts re-run by the reference: "
                 f"{s['device_faults']} device faults corrected"))
  if timings:
    rows += [(f"time {phase}", f"{seconds:.2f}s") for phase, seconds in result.timings.items()]
  return [f"{name:<20} {value}" for name, value in rows]
