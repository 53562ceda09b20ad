"""Mapping a DSL callable over a container's slots, computing only occupied ones.

`apply`, `mapply`, `sfilter`, `argmax`... call their callable on every slot of
a fixed-capacity container (K = 48 objects, N = 64 integers, G = 16 grids),
and the callers ignore the results on absent slots. Written per sample, that
is `jax.vmap(function)(elements)`; once the kernel is vmapped over a batch of
B samples it computes B x K results, though a typical ARC grid has a handful
of objects (and a filtered set often none), so most of that work is thrown
away, and nested mappings multiply it (K x K per sample).

`map_slots` gives the same values on every present slot, and computes only
those when it is batched: its batching rule (`jax.custom_batching.custom_vmap`)
flattens the [B, M] slots, lists the present ones first (`jnp.nonzero`), and
maps the callable over that list in tiles of B*M/TILES rows, as many tiles as
the batch's present slots fill (a `fori_loop` with a traced trip count), each
row gathering its slot and its sample's captured values, the results
scattered back into [B, M]. The work follows the slots present, whatever
their share, and the callable is compiled once. Results on absent slots are
zeros (so `valid` False): callers ignore them either way.

The callable may close over batched values of the enclosing kernel (a
`rbind(shift, x5)` captures x5): it is traced once to a jaxpr whose captured
values become explicit arguments. What the callable computes from them alone
(`lbind(manhattan, x)`'s distance field of x, a captured grid's objects) is
split off (partial evaluation) and computed once per sample, as vmap would,
not once per slot; its results are gathered per row. A nested mapping is
itself a `map_slots`, batched by its outer one's tile: its rule sees one batch
axis (the rows) and compacts them in turn, so a K x K nesting computes about
present x present rows. Callables of fewer than MIN_EQUATIONS equations map
every slot, as plain vmap.

The cost is compile time: XLA on a GPU host compiles these data-dependent
loops slowly (the whole library on an H100 host: 410 s cold, 123 s with
plain vmap; one mapping kernel alone over 4 minutes; compacting only each
kernel's outermost mapping was no faster to compile there and ran 6.5 s
instead of 4.9 s). On the CPU the compile grows by about 40%.
"""

from __future__ import annotations

import os
from typing import Any, Callable, Sequence

import jax
from jax import custom_batching
# No public API splits a jaxpr into what reads only some of its inputs and
# the rest (jax.linearize and remat use this one internally); its signature
# is the same in jax 0.10 and 0.11.
from jax._src.interpreters import partial_eval
from jax.extend import core as jax_extend_core
from jax import lax
import jax.numpy as jnp

# Whether mappings compact: "on", "off" (plain vmap: the same values, the run
# slower, XLA's compile faster) or "auto": on where the kernels run on the CPU
# (there compaction costs about 40% more compile for runs several times
# faster), off on accelerators, whose hosts compiled the data-dependent loops
# slowly (an H100 host: the whole library in 410 s cold with, 123 s without,
# for a run of 4.9 s against 22.4 s), so that a cold start stays short. That
# 410 s had autotuning on; with it off the library compiles compacted in
# 142-168 s in one process, 117 s with compile workers (2026-11-28), but the
# search's kernels have not been measured compacted since.
# BATT_COMPACT_SLOTS (auto, on/1, off/0) sets it at import; set_mode() (the
# entry points' --compact_slots) before tracing.
MODES = ("auto", "on", "off")
FLAG_HELP = ("Mapping primitives compute only the present slots of a batch (dsl/jax/slots.py): "
             "on; off; or auto, on for the CPU and off on accelerators, whose cold compile "
             "it lengthens several times while the run gets several times faster.")
_ENV = os.environ.get("BATT_COMPACT_SLOTS", "auto")
_mode = {"1": "on", "0": "off"}.get(_ENV, _ENV)
# The B x M slots are mapped in up to TILES tiles of M*B/TILES rows, as many as
# the present slots need: a batch filling 1/5 of the slots (typical of object
# sets) runs 7 of 32 tiles. One compiled copy of the callable serves every tile.
# The last tile is computed whole, so finer tiles waste less on sparse batches
# (filtered sets are often nearly empty), at a few more loop trips on dense
# ones: 32 rather than 8 ran the whole library on one H200 in 1.57 s instead
# of 1.86 s (same answers), and 40 programs x 30 tasks on the 2-core CPU in
# 2.7 s instead of 3.8 s; cold compile within 5% either way. Since then the
# count matters less: on one H200 (2026-11-29), 8, 16 and 32 tiles alternated
# in one process ran the library in 0.461, 0.438 and 0.462 s (medians, the
# runs overlapping; one process each had suggested 5-6% for 8 or 16).
# BATT_MAP_TILES sets it at import (compile workers inherit it), for A/Bs
# (docs/bench/nvidia-h200-x1-whatif/probes/slots_ab.py;
# docs/bench/nvidia-h200-x1-chains/tiles_ab.json).
TILES = int(os.environ.get("BATT_MAP_TILES", "32"))
# Callables smaller than this (jaxpr equations, nested ones included: `size`,
# `color`, `rbind(add, x)`) cost less than gathering their rows; they map
# over every slot as plain vmap does.
MIN_EQUATIONS = int(os.environ.get("BATT_MAP_MIN_EQUATIONS", "40"))

# jax.core.eval_jaxpr, or its successor under jax.extend where a release has one.
_eval_jaxpr = getattr(jax_extend_core, "eval_jaxpr", None) or jax.core.eval_jaxpr


def set_mode(mode: str) -> None:
  """Sets compaction for the kernels traced from now on (one of MODES)."""
  global _mode
  if mode not in MODES:
    raise ValueError(f"compact_slots must be one of {MODES}, not {mode!r}")
  _mode = mode


def enabled() -> bool:
  """Whether mappings traced now compact their slots."""
  if _mode not in MODES:
    raise ValueError(f"BATT_COMPACT_SLOTS must be one of {MODES} (or 1/0), not {_mode!r}")
  return _mode == "on" or (_mode == "auto" and jax.default_backend() == "cpu")


def _size(jaxpr) -> int:
  """Equations of a jaxpr, those of the jaxprs its equations hold included."""
  count = 0
  for eqn in jaxpr.eqns:
    count += 1
    for param in eqn.params.values():
      for sub in (param if isinstance(param, (tuple, list)) else (param,)):
        inner = getattr(sub, "jaxpr", sub)
        if hasattr(inner, "eqns"):
          count += _size(inner)
  return count


def map_slots(function: Callable[..., Any], elements: Sequence[Any], present: jax.Array) -> Any:
  """`jax.vmap(function)(*elements)` on the `present` slots; zeros elsewhere.

  Args:
    function: a DSL callable taking one element of each of `elements`.
    elements: batched element values, each with leading axis [M].
    present: [M] bool, the slots whose results the caller reads.

  Returns:
    The batched result value, [M] leading axis.
  """
  elements = tuple(elements)
  if not enabled():
    return jax.vmap(function)(*elements)
  example = jax.tree.map(lambda x: x[0], elements)
  closed, shape = jax.make_jaxpr(function, return_shape=True)(*example)
  out_tree = jax.tree.structure(shape)
  jaxpr, consts = closed.jaxpr, list(closed.consts)

  def one(captured, elems):
    out = _eval_jaxpr(jaxpr, captured, *jax.tree.leaves(elems))
    return jax.tree.unflatten(out_tree, out)

  if _size(jaxpr) < MIN_EQUATIONS:  # every slot, from the jaxpr already traced
    return jax.vmap(one, in_axes=(None, 0))(consts, elements)

  @custom_batching.custom_vmap
  def mapped(captured, present, elems):
    del present  # one sample: every slot is computed, as vmap would
    return jax.vmap(one, in_axes=(None, 0))(captured, elems)

  @mapped.def_vmap
  def _batched(batch, in_batched, captured, present, elems):
    captured_batched, present_batched, elems_batched = in_batched
    m = present.shape[-1]
    total = batch * m
    if not present_batched:
      present = jnp.broadcast_to(present, (batch, m))
    elems = jax.tree.map(
        lambda x, b: x if b else jnp.broadcast_to(x, (batch,) + x.shape), elems, elems_batched)
    flat = jax.tree.map(lambda x: x.reshape((total,) + x.shape[2:]), elems)
    flat_present = present.reshape(total)
    known, per_row, known_batched = _split(jaxpr, captured_batched)
    # Once per sample (per batch where nothing captured is batched): what
    # depends on the captured values alone.
    evaluate = lambda c: _eval_jaxpr(known.jaxpr, known.consts, *c)  # noqa: E731
    residual_axes = [0 if b else None for b in known_batched]
    if any(captured_batched):
      evaluate = jax.vmap(evaluate, in_axes=([0 if b else None for b in captured_batched],),
                          out_axes=residual_axes)
    residuals = evaluate(list(captured))
    tile = -(-total // TILES)
    # The present slots first, then `total` (out of range: gathers clamp, scatters drop).
    (index,) = jnp.nonzero(flat_present, size=tile * TILES, fill_value=total)

    def row(residual, elems):
      out = _eval_jaxpr(per_row.jaxpr, per_row.consts, *residual, *jax.tree.leaves(elems))
      return jax.tree.unflatten(out_tree, out)

    def run_tile(t, out):
      slot = lax.dynamic_slice(index, (t * tile,), (tile,))
      safe = jnp.minimum(slot, total - 1)
      res = [r[safe // m] if b else r for r, b in zip(residuals, known_batched)]
      picked = jax.tree.map(lambda x: x[safe], flat)
      rows = jax.vmap(row, in_axes=(residual_axes, 0))(res, picked)
      return jax.tree.map(lambda o, r: o.at[slot].set(r, mode="drop"), out, rows)

    zeros = jax.tree.map(lambda r: jnp.zeros((total,) + r.shape, r.dtype), shape)
    tiles = (jnp.sum(flat_present, dtype=jnp.int32) + tile - 1) // tile
    out = lax.fori_loop(0, tiles, run_tile, zeros)
    out = jax.tree.map(lambda r: r.reshape((batch, m) + r.shape[1:]), out)
    return out, jax.tree.map(lambda _: True, out)

  return mapped(consts, present, elements)


def _split(jaxpr, captured_batched: Sequence[bool]):
  """Splits a callable's jaxpr (captured values as constvars) by what it reads.

  Returns (known, per_row, batched): `known` maps the captured values to
  residuals, `per_row` maps (residuals, element leaves) to the outputs, and
  batched[i] says whether residual i depends on a batched captured value.
  """
  explicit = partial_eval.convert_constvars_jaxpr(jaxpr)
  captured = len(jaxpr.constvars)
  known, per_row, _, _ = partial_eval.partial_eval_jaxpr_nounits(
      jax_extend_core.ClosedJaxpr(explicit, ()),
      [False] * captured + [True] * len(jaxpr.invars), instantiate=True)
  # Dependence on batched inputs, equation by equation (an equation's outputs
  # depend on all its inputs: conservative, so never a batched value called
  # unbatched).
  batched = {v for v, b in zip(known.jaxpr.invars, captured_batched) if b}
  for eqn in known.jaxpr.eqns:
    if any(not isinstance(v, jax_extend_core.Literal) and v in batched for v in eqn.invars):
      batched.update(eqn.outvars)
  flags = [not isinstance(v, jax_extend_core.Literal) and v in batched
           for v in known.jaxpr.outvars]
  return known, per_row, flags
