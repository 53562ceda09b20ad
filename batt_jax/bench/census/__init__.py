"""Where a library's kernels reduce and move data, by DSL source line, without a device.

The GPU's op profile (`op_profile`) names XLA fusions, which say what kind of
work the device did (on one H200 most of it was reductions) but not which
DSL code asked for it. This census walks the jaxprs of a library's nodewise
kernels, as the runtime would build them for `rows` samples, and sums each
primitive's input elements by the DSL line that emitted it (loop and mapping
bodies included, once; each kernel weighted by its calls in the plan, shared
evenly among the argument types it is made for). It is a static proxy for
traffic, not a timing, and needs only the CPU:

    python -m batt_jax.bench.census --programs=0 --rows=3499
"""

from __future__ import annotations

import collections
import dataclasses
from typing import Any, Counter, List, Sequence, Tuple

import jax
# Private, but the one place that maps an equation to the user code that made it.
from jax._src import source_info_util  # pylint: disable=g-importing-member
import numpy as np

import codegen
from batt_jax.runtime import compile_workers
from batt_jax.runtime import nodewise

REDUCTIONS = frozenset({"reduce_or", "reduce_and", "reduce_sum", "reduce_max", "reduce_min",
                        "reduce_prod", "reduce_xor", "argmax", "argmin", "cumsum", "cummax",
                        "cummin", "cumprod", "cumlogsumexp"})


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


def _walk(jaxpr, weight: float, out: Census) -> None:
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
  jobs = compile_workers.jobs(step, rows, include_made=True)
  # A tree made for several argument types shares its calls among them.
  signatures = collections.Counter(job.tree for job in jobs)
  out = Census()
  for job in jobs:
    closed = jax.make_jaxpr(nodewise.kernel(job.tree, step.devices))(*job.args)
    _walk(closed.jaxpr, calls[job.tree] / signatures[job.tree], out)
    out.kernels += 1
  return out


def shares(counter: Counter[str], top: int) -> List[Tuple[str, float]]:
  """The `top` entries with their share of the whole, largest first."""
  total = max(sum(counter.values()), 1)
  return [(key, n / total) for key, n in counter.most_common(top)]
