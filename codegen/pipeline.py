"""The in-memory API: library files -> typed programs -> imported batt modules.

    programs, errors = load_programs("default")
    result = build(programs, chunk_size=64, mutations=2, seed=0)
    out = jax.jit(jax.vmap(result.chunks[0].batt))(grids)   # cells [B, P, 30, 30]

`build` emits each chunk's module and imports it from its source text, so the
runtime needs neither the CLI nor files on disk.
"""

from __future__ import annotations

import dataclasses
import hashlib
import linecache
import types as pytypes
from typing import Callable, Dict, List, Sequence, Tuple, Union

from absl import logging

from batt_jax.dsl import registry
from codegen import emit as emit_lib
from codegen import graph as graph_lib
from codegen import library
from codegen import mutate as mutate_lib
from codegen import parse
from codegen import typecheck
from codegen.program import Location, Program, ProgramError

DEFAULT_CHUNK_SIZE = 64


@dataclasses.dataclass(frozen=True)
class Chunk:
  """One emitted and imported module.

  Attributes:
    index: position among the build's chunks.
    module_name: the module's name (also its file stem when written out).
    source: the module's text.
    batt: its function: one encoded Grid -> Grid of cells [P, 30, 30],
      hw [P, 2], valid [P], slot k the output of program_ids[k].
    program_ids: the P program names, in slot order.
    task_ids: the ARC task of each slot.
    lineage: "library", or how the slot's mutant was derived.
    calls_before: lines of its programs (no merging).
    calls_after: calls its `batt` makes (merged, live).
  """
  index: int
  module_name: str
  source: str
  batt: Callable
  program_ids: Tuple[str, ...]
  task_ids: Tuple[str, ...]
  lineage: Tuple[str, ...]
  calls_before: int
  calls_after: int

  @property
  def lines(self) -> int:
    return self.source.count("\n")

  @property
  def bytes(self) -> int:
    return len(self.source.encode("utf-8"))


@dataclasses.dataclass(frozen=True)
class BuildStats:
  """Totals of a build.

  Attributes:
    programs: library programs given.
    variants: mutants added.
    chunks: modules emitted.
    calls_before: lines of all candidates (no merging).
    calls_after: calls emitted after merging, over all chunks.
  """
  programs: int
  variants: int
  chunks: int
  calls_before: int
  calls_after: int

  @property
  def savings(self) -> float:
    """Fraction of calls saved by merging."""
    return 1 - self.calls_after / self.calls_before if self.calls_before else 0.0


@dataclasses.dataclass(frozen=True)
class BuildResult:
  """The emitted chunks and the candidates they hold.

  Attributes:
    chunks: the modules, in order.
    candidates: every candidate program (library and variants), in slot order
      across chunks.
    stats: totals.
  """
  chunks: Tuple[Chunk, ...]
  candidates: Tuple[Program, ...]
  stats: BuildStats


def load_programs(spec: Union[None, str, Sequence[str]] = library.DEFAULT,
                  ) -> Tuple[List[Program], List[ProgramError]]:
  """Parses and type-checks the library; returns the good programs and the rejections.

  `spec`: "default" (the package's library/solvers/ folder), a path or
  comma-separated paths, or a sequence of paths (files or folders of *.py).
  """
  programs: List[Program] = []
  errors: List[ProgramError] = []
  for path in library.files(spec):
    parsed, bad = parse.parse_file(path)
    errors += bad
    programs += parsed
  return check_programs(programs, errors)


def load_source(text: str, path: str = "<string>",
                ) -> Tuple[List[Program], List[ProgramError]]:
  """As `load_programs`, from one module's text."""
  programs, errors = parse.parse_source(text, path)
  return check_programs(programs, errors)


def check_programs(programs: Sequence[Program], errors: Sequence[ProgramError] = (),
                   ) -> Tuple[List[Program], List[ProgramError]]:
  """Keeps the well-typed programs with unique names; the others join `errors`."""
  good: List[Program] = []
  errors = list(errors)
  first: Dict[str, Location] = {}
  for program in programs:
    if program.name in first:
      errors.append(ProgramError(
          program.location,
          f"{program.name} defined again (first at {first[program.name]})"))
      continue
    try:
      typecheck.infer(program)
    except ProgramError as e:
      errors.append(e)
      continue
    first[program.name] = program.location
    good.append(program)
  return good, errors


def build(programs: Sequence[Program], chunk_size: int = DEFAULT_CHUNK_SIZE,
          mutations: int = 0, seed: int = 0) -> BuildResult:
  """Mutates, merges, emits and imports `programs` (already type-checked).

  Candidates are each library program followed by its variants; every
  `chunk_size` of them make one module.
  """
  if chunk_size < 1:
    raise ValueError(f"chunk_size must be positive, got {chunk_size}")
  registry.load()
  variants = mutate_lib.mutate(programs, mutations, seed)
  candidates: List[Program] = []
  for program in programs:
    candidates.append(program)
    candidates += variants[program.name]
  groups = [candidates[i:i + chunk_size] for i in range(0, len(candidates), chunk_size)]
  files = tuple(dict.fromkeys(p.location.path for p in programs))
  chunks = []
  for index, group in enumerate(groups):
    graph = graph_lib.merge(group)
    header = emit_lib.Header(files, mutations, seed, index, len(groups))
    source = emit_lib.emit(group, graph, header)
    module_name = f"batt_chunk_{index:03d}"
    module = import_source(source, module_name)
    chunks.append(Chunk(
        index=index, module_name=module_name, source=source, batt=module.batt,
        program_ids=tuple(p.name for p in group),
        task_ids=tuple(p.task_id for p in group),
        lineage=tuple(p.describe_origin() for p in group),
        calls_before=graph.calls_before, calls_after=graph.calls_after))
  stats = BuildStats(
      programs=len(programs), variants=len(candidates) - len(programs),
      chunks=len(chunks), calls_before=sum(c.calls_before for c in chunks),
      calls_after=sum(c.calls_after for c in chunks))
  logging.info("built %d chunks: %d programs + %d variants, calls %d -> %d (%.1f%% saved)",
               stats.chunks, stats.programs, stats.variants, stats.calls_before,
               stats.calls_after, 100 * stats.savings)
  return BuildResult(chunks=tuple(chunks), candidates=tuple(candidates), stats=stats)


def import_source(source: str, module_name: str) -> pytypes.ModuleType:
  """Imports a generated module from its text (not entered in sys.modules)."""
  digest = hashlib.sha1(source.encode("utf-8")).hexdigest()[:12]
  filename = f"<codegen {module_name} {digest}>"
  # Registered so that tracebacks and jax's source info show the generated lines.
  linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
  module = pytypes.ModuleType(module_name)
  module.__file__ = filename
  exec(compile(source, filename, "exec"), module.__dict__)  # noqa: S102
  return module
