"""Where a library's kernels reduce and move data, by DSL source line, without a device.

The GPU's op profile (`op_profile`) names XLA fusions, which say what kind of
work the device did (on one H200 most of it was reductions) but not which
DSL code asked for it. This census walks the jaxprs of a library's nodewise
kernels, as the runtime would build them for `rows` samples, and sums each
primitive's input elements by the DSL line that emitted it (loop and mapping
bodies included, once; each kernel weighted by its calls in the plan). It is
a static proxy for traffic, not a timing, and needs only the CPU:

    python -m batt_jax.bench.census --programs=0 --rows=3499
"""

from __future__ import annotations

import collections
import dataclasses
from typing import Any, Counter, Dict, List, Sequence, Tuple

from absl import app
from absl import flags
from absl import logging
import jax
# Private, but the one place that maps an equation to the user code that made it.
from jax._src import source_info_util  # pylint: disable=g-importing-member
import numpy as np

import codegen
from batt_jax.dsl.jax import slots
from batt_jax.runtime import compile_workers
from batt_jax.runtime import nodewise

REDUCTIONS = frozenset({"reduce_or", "reduce_and", "reduce_sum", "reduce_max", "reduce_min",
                        "reduce_prod", "reduce_xor", "argmax", "argmin", "cumsum", "cummax",
                        "cummin", "cumprod", "cumlogsumexp"})

_PROGRAMS = flags.DEFINE_integer("programs", 0, "The first this many library programs (0: all).",
                                 lower_bound=0)
_ROWS = flags.DEFINE_integer("rows", 3499, "Samples per kernel call (the batch's rows).",
                             lower_bound=1)
_TOP = flags.DEFINE_integer("top", 25, "Source lines to list.", lower_bound=1)


@dataclasses.dataclass
class Census:
  """Input elements by DSL source line (`file:line function`).

  Attributes:
    reduced: elements read by reductions, by source line.
    reduced_by_primitive: the same by reduction primitive.
    all_ops: elements read by every primitive, by source line.
    kernels: distinct executables walked.
  """
  reduced: Counter[str] = dataclasses.field(default_factory=collections.Counter)
  reduced_by_primitive: Counter[str] = dataclasses.field(default_factory=collections.Counter)
  all_ops: Counter[str] = dataclasses.field(default_factory=collections.Counter)
  kernels: int = 0


def _source(eqn) -> str:
  frame = source_info_util.user_frame(eqn.source_info.traceback)
  if frame is None:
    return "(jax)"
  return f"{frame.file_name.split('batt_jax/')[-1]}:{frame.start_line} {frame.function_name}"


def _elements(var) -> int:
  shape = getattr(getattr(var, "aval", None), "shape", None)
  return int(np.prod(shape)) if shape is not None else 0


def _walk(jaxpr, weight: int, out: Census) -> None:
  for eqn in jaxpr.eqns:
    n = weight * sum(_elements(v) for v in eqn.invars)
    where = _source(eqn)
    out.all_ops[where] += n
    if eqn.primitive.name in REDUCTIONS:
      out.reduced[where] += n
      out.reduced_by_primitive[eqn.primitive.name] += n
    for param in eqn.params.values():
      for sub in (param if isinstance(param, (tuple, list)) else (param,)):
        inner = getattr(sub, "jaxpr", sub)
        if hasattr(inner, "eqns"):
          _walk(inner, weight, out)


def take(graph: codegen.graph.Graph, rows: int, devices: Sequence[Any]) -> Census:
  """The census of `graph`'s nodewise kernels for batches of `rows` (nothing compiled)."""
  step = nodewise.NodewiseStep(graph, devices)
  calls = collections.Counter(s.tree for s in step.plan.steps)
  out = Census()
  for job in compile_workers.jobs(step, rows, include_made=True):
    closed = jax.make_jaxpr(nodewise.kernel(job.tree, step.devices))(*job.args)
    _walk(closed.jaxpr, calls[job.tree], out)
    out.kernels += 1
  return out


def shares(counter: Counter[str], top: int) -> List[Tuple[str, float]]:
  """The `top` entries with their share of the whole, largest first."""
  total = max(sum(counter.values()), 1)
  return [(key, n / total) for key, n in counter.most_common(top)]


def main(argv: Sequence[str]) -> None:
  del argv
  slots.set_mode("on")  # the mappings as a GPU run with --compact_slots=on builds them
  programs, errors = codegen.load_programs("default")
  if errors:
    logging.warning("%d library files did not load", len(errors))
  if _PROGRAMS.value:
    programs = programs[:_PROGRAMS.value]
  (graph,) = nodewise.chunk_graphs(codegen.build(programs, chunk_size=len(programs)))
  census = take(graph, _ROWS.value, jax.devices()[:1])
  logging.info("%d programs, %d kernels at %d rows", len(programs), census.kernels, _ROWS.value)
  for name, table in (("reduced elements by primitive", census.reduced_by_primitive),
                      ("reduced elements by source", census.reduced),
                      ("input elements of every primitive by source", census.all_ops)):
    logging.info("%s:", name)
    for key, share in shares(table, _TOP.value):
      logging.info("  %6.1f%%  %s", 100 * share, key)


if __name__ == "__main__":
  app.run(main)
