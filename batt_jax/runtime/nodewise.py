"""Runs a merged graph node by node: one small compiled kernel per distinct call.

The fused mode (`coordinator.py`) compiles a whole chunk's `batt` as one XLA
executable, whose compile time grows with the chunk (~0.1 CPU-s per merged
call). Here every node of the merged graph (`codegen.graph.Graph`) runs as its
own `pmap(vmap(...))` kernel, dispatched from Python, every intermediate value
staying on the device as a batched encoded pytree with leading axes
[devices, b]. A kernel is compiled once per distinct call (primitive names,
how callables are nested, argument types and shapes), so a library costs as
many compiles as it has distinct calls, not merged calls, and one chunk may
hold the whole library (common subexpressions merged globally).

Callable values (`rbind(shift, UP)`, `compose(...)`, a primitive passed as a
value) cannot be materialised as arrays, so they are fused into the kernels
that consume them: a kernel evaluates an expression tree whose internal nodes
are callable-producing calls and whose leaves are array-valued operands (the
input, constants, array-valued nodes). Constants are leaves like any other,
broadcast to the batch once: never Python literals in a trace, so programs
that differ only in a constant share kernels.

    coordinator = NodewiseCoordinator(batch_size=256)
    for index, results in coordinator.run_chunks([(0, graph, num_programs)], batch):
      ...   # ChunkResults, as Coordinator's

On accelerators two more fusions cut the number of executable calls, each
of which costs a gap on the device whatever its size: a node that one step
alone reads is computed inside that step (`chain`), and up to `group_size`
independent steps of one dependency level run as one executable (`calls`).
Grouped executables are keyed by their members, so they are shared only by
plans that make the same group.

An intermediate is freed after its last use (reference counts over the
calls), so device memory holds the live frontier of the graph plus the
programs' outputs, which are stacked into [b, P] and scored by
`score_candidates` in a kernel of their own.

Executables are kept in this process (`_EXECUTABLES`) and, when
`compile_cache.enable` has turned it on, on disk (`executable_cache.py`):
serialized after compiling, loaded by the next process instead of tracing,
lowering and compiling (JAX's persistent cache only skips the compiling).
"""

from __future__ import annotations

from concurrent import futures
import collections
import dataclasses
import functools
import gc
import os
import threading
import time
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Tuple

from absl import logging
import jax
import jax.numpy as jnp
import numpy as np

from batt_jax.dsl import registry
from batt_jax.dsl import types as T
from batt_jax.dsl.encoding import Grid
from batt_jax.runtime import compile_pool
from batt_jax.runtime import executable_cache
from batt_jax.runtime import megabatch as mb
from batt_jax.runtime.coordinator import (ChunkResults, Coordinator, Picker, compiler_options,
                                          scored)
import codegen
from codegen import graph as graph_lib
from codegen import runtime as codegen_runtime
from codegen import typecheck
from codegen.graph import Graph, Operand
from codegen.program import INPUT, Arg

# An expression tree, hashable, that is also the kernel's key:
#   ("leaf",)                         the next array-valued argument
#   ("prim", name)                    a primitive passed as a value
#   ("call", name, (subtree, ...))    a call of a primitive
Tree = Tuple

LEAF: Tree = ("leaf",)

# Module level: one wrapper per tree (and device set), one executable per
# (tree, device set, argument shapes); later chunks, batches and coordinators
# reuse them. _OUT_SPECS holds each executable's result types as its lowering
# gave them (or the executable cache stored them), so that the next steps'
# keys come out the same whichever way an executable was made.
_KERNELS: Dict[Tuple[Tree, Tuple], Callable] = {}
_EXECUTABLES: Dict[Tuple, Any] = {}
_OUT_SPECS: Dict[Tuple, Any] = {}

# Whether steps on the CPU use the executable cache too. Off: on this 2-core
# CPU (jax 0.10.2), a process that loaded the 114 executables of 24 library
# programs x 20 tasks failed on every try in `fill` (`Function
# select_bitcast_fusion not found`), and so did `fill` compiled again in that
# process, though the same entry loaded alone ran, as did a process that
# compiled everything; a jaxlib fault we could not narrow down. On the CPU a warm
# start therefore traces and lowers again (JAX's own compilation cache still
# skips XLA's compile); accelerators load from the cache as before.
CPU_EXECUTABLE_CACHE = False


def has_members(tree: Tree) -> bool:
  """Whether `tree` is a group's or a stack's (`Call`): its executable returns
  one value per member, in a tuple."""
  return tree[0] in ("group", "stack")


def describe(tree: Tree) -> str:
  """A kernel's tree as a call expression, leaves as `_`: `apply(rbind(shift, _), _)`;
  a group's (`Call`) as its members', `[partition(_); fill(_, _, _)]`."""
  if tree[0] == "group":
    return "[" + "; ".join(describe(member) for member, _ in tree[1]) + "]"
  if tree[0] == "stack":
    counts = collections.Counter(member for member, _ in tree[1])
    return "[" + "; ".join(describe(member) + (f" x{k}" if k > 1 else "")
                           for member, k in counts.items()) + "]"
  if tree[0] == "leaf":
    return "_"
  if tree[0] == "prim":
    return tree[1]
  return f"{tree[1]}(" + ", ".join(describe(t) for t in tree[2]) + ")"


def _evaluate(tree: Tree, leaves: Iterator[Any]) -> Any:
  """The value of `tree`, taking array arguments from `leaves` in depth-first order."""
  if tree[0] == "leaf":
    return next(leaves)
  if tree[0] == "prim":
    return registry.get(tree[1]).as_jax_callable()
  args = [_evaluate(t, leaves) for t in tree[2]]
  return registry.get(tree[1]).call_jax(*args)


def _evaluate_group(tree: Tree, leaves: Sequence[Any]) -> Tuple[Any, ...]:
  """A group's (`Call`) values: each member's tree on the leaves its indices pick."""
  return tuple(_evaluate(member, iter([leaves[i] for i in picks])) for member, picks in tree[1])


def _avals(value: Any) -> Tuple:
  return tuple((a.shape, a.dtype, bool(getattr(a, "weak_type", False)))
               for a in jax.tree.leaves(value))


def _evaluate_stack(tree: Tree, leaves: Sequence[Any]) -> Tuple[Any, ...]:
  """A stacked group's values: as `_evaluate_group`'s, but the members that
  share a tree run as one computation over a new leading axis.

  Meant for a device whose time goes to the number of its operations, most
  of them small: k members with one tree then cost one operation each where
  they cost k (on one H200 that saved nothing: `stack_mode`). Members are
  stacked only where their leaves' shapes and
  dtypes agree (checked here, at trace time: `calls` stacks by the DSL's
  types), and a leaf that every member reads from one operand is passed
  once, unstacked (`in_axes` None), not copied k times.
  """
  members = tree[1]
  buckets: Dict[Tuple, List[int]] = collections.defaultdict(list)
  for m, (member, picks) in enumerate(members):
    buckets[(member,) + tuple(_avals(leaves[i]) for i in picks)].append(m)
  out: List[Any] = [None] * len(members)
  for key, ms in buckets.items():
    member = key[0]
    if len(ms) == 1:
      (m,) = ms
      out[m] = _evaluate(member, iter([leaves[i] for i in members[m][1]]))
      continue
    picks = [members[m][1] for m in ms]
    args, axes = [], []
    for position in zip(*picks):
      if len(set(position)) == 1:
        args.append(leaves[position[0]])
        axes.append(None)
      else:
        args.append(jax.tree.map(lambda *xs: jnp.stack(xs), *[leaves[i] for i in position]))
        axes.append(0)
    stacked = jax.vmap(lambda *xs, member=member: _evaluate(member, iter(xs)),
                       in_axes=tuple(axes))(*args)
    for j, m in enumerate(ms):
      out[m] = jax.tree.map(lambda a, j=j: a[j], stacked)
  return tuple(out)


def kernel_name(tree: Tree) -> str:
  """The executable's name, `node_<primitive>` (the outermost call's), or
  `group<n>_<primitive>` / `stack<n>_<primitive>` (the first member's); worker processes and the
  executable cache's paths use it too."""
  if has_members(tree):
    return f"{tree[0]}{len(tree[1])}_{tree[1][0][0][1]}"
  return f"node_{tree[1]}"


def kernel(tree: Tree, devices: Sequence) -> Callable:
  """pmap(vmap(...)) of `tree` over [devices, b]: (*leaves) -> its encoded value
  (a group's: the tuple of its members' values).

  One wrapper per (tree, devices); jax re-specialises it by the leaves' types
  and shapes, so the same tree serves an Integer and a Point argument.
  """
  key = (tree, tuple(devices))
  if key not in _KERNELS:
    def fn(*leaves):
      if tree[0] == "group":
        return _evaluate_group(tree, leaves)
      if tree[0] == "stack":
        return _evaluate_stack(tree, leaves)
      return _evaluate(tree, iter(leaves))
    fn.__name__ = kernel_name(tree)
    _KERNELS[key] = jax.pmap(jax.vmap(fn), devices=devices)
  return _KERNELS[key]


def clear_caches() -> None:
  """Forgets every kernel and executable (as a fresh process; the on-disk caches stay)."""
  _KERNELS.clear()
  _EXECUTABLES.clear()
  _OUT_SPECS.clear()


# Each executable compiled on the CPU maps its code into the process (about
# 25 mappings a plan step: 60 programs' 562 steps held 16,445), and Linux
# caps a process's mappings (vm.max_map_count, 65,530 by default); past
# the cap LLVM aborts the process ("Unable to allocate section memory").
# The README's CPU run held 49,399 after 17 of its 23 chunks (about 3,000
# a chunk of 16 programs). Above this share of the cap a coordinator
# forgets every executable before its next chunk (`make_room`), leaving
# room for a chunk of about 50 programs; the chunk then compiles what it
# needs again, XLA's part from the persistent compilation cache.
MAPPING_SHARE = 0.8


def mappings() -> Optional[Tuple[int, int]]:
  """(memory mappings this process holds, the kernel's cap on them), or None
  where they cannot be read (not Linux)."""
  try:
    with open("/proc/self/maps", "rb") as f:
      used = sum(1 for _ in f)
    with open("/proc/sys/vm/max_map_count") as f:
      cap = int(f.read())
  except (OSError, ValueError):
    return None
  return used, cap


def make_room() -> bool:
  """Forgets every kernel and executable when the process holds more than
  MAPPING_SHARE of the memory mappings it may (`mappings`); whether it did.

  Only executables nothing else holds are unmapped: call it between
  chunks, when the last chunk's step is gone. A single chunk that needs
  more than the cap still fails: raise the cap (`sysctl
  vm.max_map_count=262144`) or make chunks smaller.
  """
  use = mappings()
  if use is None or use[0] <= MAPPING_SHARE * use[1]:
    return False
  logging.warning("nodewise: the process holds %d of the %d memory mappings Linux allows it "
                  "(vm.max_map_count), most of them compiled executables: forgetting them "
                  "before the next chunk, which compiles what it needs again (raise the cap "
                  "to keep them)", use[0], use[1])
  clear_caches()
  jax.clear_caches()
  gc.collect()
  return True


def kernel_count() -> int:
  """Distinct kernels made so far (trees x device sets)."""
  return len(_KERNELS)


def executable_count() -> int:
  """Executables made so far, compiled or loaded (kernels x argument types and shapes)."""
  return len(_EXECUTABLES)


def _score(outputs, out_cells, out_hw, out_known):
  """One sample: stacks the P program outputs (as batt does) and scores them."""
  candidates = Grid(cells=jnp.stack([o.cells for o in outputs]),
                    hw=jnp.stack([o.hw for o in outputs]),
                    valid=jnp.stack([o.valid for o in outputs]))
  return scored(candidates, out_cells, out_hw, out_known)


def _score_kernel(devices: Sequence) -> Callable:
  key = (("score",), tuple(devices))
  if key not in _KERNELS:
    _KERNELS[key] = jax.pmap(jax.vmap(_score), devices=devices)
  return _KERNELS[key]


def chunk_graphs(built: codegen.BuildResult) -> List[Graph]:
  """The merged graph of each chunk of a build (the graph its `batt` was emitted from)."""
  by_name = {p.name: p for p in built.candidates}
  return [graph_lib.merge([by_name[name] for name in chunk.program_ids])
          for chunk in built.chunks]


# --------------------------------------------------------------------------
# Planning: which nodes hold arrays, each one's tree and leaves, last uses.


def node_types(graph: Graph) -> List[T.Type]:
  """The type of every node, by `check_call` over the graph as codegen.typecheck does.

  The signature alone does not say whether a result is callable: `branch`
  returns its arguments' type `A`, a callable when given callables; the
  per-call type does.
  """
  primitives = registry.load()
  types: List[T.Type] = []
  for node in graph.nodes:
    types.append(T.check_call(primitives[node.primitive].signature,
                              [operand_type(o, types) for o in node.operands]))
  return types


def operand_type(o: Operand, types: Sequence[T.Type]) -> T.Type:
  """An operand's type: a node's from `types` (`node_types`), a constant's,
  the input's or a primitive's as codegen.typecheck gives it."""
  if o.kind == "node":
    return types[o.ref]
  return typecheck.arg_type(Arg(o.kind, o.ref), {}, registry.load(), registry.CONSTANTS)


@dataclasses.dataclass(frozen=True)
class Step:
  """One kernel call: an array-valued node with its fused callable operands.

  Attributes:
    node: the graph node it computes.
    tree: the kernel's expression tree (its key).
    leaves: the array-valued operands, in the tree's depth-first order.
    frees: nodes whose last use this step is (freed after it).
    types: the leaves' DSL types, named (`T.Type` text): steps of one tree
      whose leaves have the same types can be stacked (`calls`).
  """
  node: int
  tree: Tree
  leaves: Tuple[Operand, ...]
  frees: Tuple[int, ...]
  types: Tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class Plan:
  """A graph as a sequence of kernel calls.

  Attributes:
    steps: one per materialised array-valued node, in topological order.
    outputs: the programs' output operands (the graph's), in slot order.
    constants: the constant names the steps use.
    callables: callable nodes fused into their consumers (never materialised).
    chained: array-valued nodes with one consumer, fused into it (`chain`).
  """
  steps: Tuple[Step, ...]
  outputs: Tuple[Operand, ...]
  constants: Tuple[str, ...]
  callables: int
  chained: int = 0


# How `plan` chains single-use array-valued nodes into their consumers (`chain`).
CHAIN_MODES = ("off", "plain", "all")
# What a coordinator takes: a mode, or "auto" (`chain_mode`).
CHAIN_CHOICES = ("auto",) + CHAIN_MODES
CHAIN_FLAG_HELP = (
    "With --execution=nodewise: fuse array-valued nodes that one kernel call alone reads "
    "into that call. all: every such node (the whole library in 930 calls instead of "
    "1,379; on one H200 it ran 6% faster than plain in alternating runs, the same "
    "answers, and compiled cold in 106 s); plain: only where neither kernel holds a "
    "callable, so no mapping kernel is compiled twice; off: none; auto: all on "
    "accelerators, off on the CPU (there a cold compile is most of a run).")


def chain_mode(choice: str, devices: Sequence) -> str:
  """The CHAIN_MODES entry that `choice` (CHAIN_CHOICES) means on `devices`.

  "auto" is "all" on accelerators and "off" on the CPU. On one H200
  (2026-11-29, eleventh session; one process, runs alternated, the same
  answers) the whole library ran in 0.385 s with "all" against 0.410 s with
  "plain" (faster in each of 6 paired rounds), cold compiles 119 s and 140 s
  on that host; the bench then gave 0.359 s (106 s cold) for the library and
  0.412 s (56 s cold) for 40 programs + 9 mutations each. Earlier, "plain"
  had been chosen over "all" for its compile (95 s against 133 s in one
  process, 2026-11-28): mapping kernels are compiled again inside each chain
  that ends in them. With the compile in worker processes that no longer
  shows: the library's 624 executables (801 with "plain") compiled in 106 s,
  within the tenth session's 96-122 s for "plain". On the 2-core CPU
  chains ran faster but compiled longer (40 programs x 30 tasks: 1.69 s
  instead of 1.90 s a run, 118 s instead of 105 s of compile with "plain"),
  and there a cold compile is most of a run.
  """
  if choice not in CHAIN_CHOICES:
    raise ValueError(f"chain_nodes must be one of {CHAIN_CHOICES}, not {choice!r}")
  if choice != "auto":
    return choice
  return "off" if devices[0].platform == "cpu" else "all"


def is_plain(tree: Tree) -> bool:
  """Whether a kernel tree calls no callable: primitives on arrays only, nested or not.

  A tree holding a callable (a mapping's `fork(recolor, color, ...)`) is
  where a kernel's compile time goes; plain trees compile in a fraction of it.
  """
  return tree == LEAF or (tree[0] == "call" and all(is_plain(t) for t in tree[2]))


def chain(raw: Sequence[Tuple[int, Tree, Tuple[Operand, ...]]], outputs: Sequence[Operand],
          plain_only: bool = False):
  """Fuses each array-valued node used once (and not a program output) into its user.

  `raw` holds (node, tree, leaves) per array-valued node in topological
  order. A node whose value one step alone reads is computed inside that
  step's kernel, its tree in place of the leaf: the step's arguments are then
  the fused node's own, in the same depth-first order. A run makes about a
  third as many kernel calls (the whole library: 2,986 -> 930), and a call
  costs the device a launch gap and the host its dispatch whatever its size;
  the value computed is the same, and nodes several steps read are still
  computed once. With `plain_only`, a node is fused only where both its tree
  and its user's are plain (`is_plain`): each kernel holding a callable then
  stays one shared executable instead of being compiled again inside every
  chain that ends in it. Returns (the remaining steps as (node, tree,
  leaves), how many nodes were fused).
  """
  uses = collections.Counter(o.ref for _, _, leaves in raw for o in leaves if o.kind == "node")
  kept_alive = {o.ref for o in outputs if o.kind == "node"}
  fusible = {node for node, _, _ in raw if uses[node] == 1 and node not in kept_alive}
  if plain_only:
    plain = {node for node, tree, _ in raw if is_plain(tree)}
    users = {o.ref: node for node, _, leaves in raw for o in leaves if o.kind == "node"}
    fusible = {node for node in fusible if node in plain and users[node] in plain}
  fused: Dict[int, Tuple[Tree, Tuple[Operand, ...]]] = {}
  steps = []
  for node, tree, leaves in raw:
    operands = iter(leaves)
    new_leaves: List[Operand] = []

    def substitute(t: Tree) -> Tree:
      if t == LEAF:
        o = next(operands)
        if o.kind == "node" and o.ref in fusible:
          sub_tree, sub_leaves = fused.pop(o.ref)
          new_leaves.extend(sub_leaves)
          return sub_tree
        new_leaves.append(o)
        return t
      if t[0] == "prim":
        return t
      return ("call", t[1], tuple(substitute(x) for x in t[2]))

    entry = (substitute(tree), tuple(new_leaves))
    if node in fusible:
      fused[node] = entry
    else:
      steps.append((node,) + entry)
  return steps, len(fusible)


def _frees(reads: Sequence[Sequence[Operand]],
           outputs: Sequence[Operand]) -> Dict[int, List[int]]:
  """Position -> the nodes whose last read is at that position of `reads`;
  the programs' outputs live to the end (position len(reads))."""
  last: Dict[int, int] = {}
  for position, leaves in enumerate(reads):
    for o in leaves:
      if o.kind == "node":
        last[o.ref] = position
  for o in outputs:
    if o.kind == "node":
      last[o.ref] = len(reads)
  frees: Dict[int, List[int]] = collections.defaultdict(list)
  for node, position in last.items():
    frees[position].append(node)
  return frees


def plan(graph: Graph, chains: str = "off") -> Plan:
  """Fuses callable-valued nodes into their consumers, and single-use
  array-valued ones too as `chains` says (CHAIN_MODES: "plain", "all";
  `chain`); orders frees by last use."""
  if chains not in CHAIN_MODES:
    raise ValueError(f"chains must be one of {CHAIN_MODES}, not {chains!r}")
  types = node_types(graph)
  is_callable = [isinstance(t, T.Fn) for t in types]

  # Per callable node: (tree, leaves), built once and inlined into each consumer.
  inlined: Dict[int, Tuple[Tree, Tuple[Operand, ...]]] = {}

  def operand(o: Operand) -> Tuple[Tree, Tuple[Operand, ...]]:
    if o.kind == "prim":
      return ("prim", o.ref), ()
    if o.kind == "node" and is_callable[o.ref]:
      return inlined[o.ref]
    return LEAF, (o,)

  def call(node) -> Tuple[Tree, Tuple[Operand, ...]]:
    parts = [operand(o) for o in node.operands]
    tree = ("call", node.primitive, tuple(t for t, _ in parts))
    return tree, tuple(leaf for _, leaves in parts for leaf in leaves)

  raw = []
  for node in graph.nodes:
    if is_callable[node.index]:
      inlined[node.index] = call(node)
    else:
      raw.append((node.index,) + call(node))
  chained = 0
  if chains != "off":
    raw, chained = chain(raw, graph.outputs, plain_only=chains == "plain")
  frees = _frees([leaves for _, _, leaves in raw], graph.outputs)
  steps = tuple(Step(node, tree, leaves, tuple(sorted(frees[s])),
                     tuple(str(operand_type(o, types)) for o in leaves))
                for s, (node, tree, leaves) in enumerate(raw))
  constants = sorted({o.ref for s in steps for o in s.leaves if o.kind == "const"})
  return Plan(steps=steps, outputs=graph.outputs, constants=tuple(constants),
              callables=sum(is_callable), chained=chained)


# --------------------------------------------------------------------------
# Calls: the plan's steps as executables, one step or a group of them each.


@dataclasses.dataclass(frozen=True)
class Call:
  """One executable call of a run: one plan step, or a group of independent ones.

  Attributes:
    kernel: the executable's key: the step's tree, or for a group
      ("group", ((member tree, indices into `leaves`), ...)), or
      ("stack", ...) the same where members of one tree run stacked
      (`_evaluate_stack`).
    leaves: the array-valued operands, the executable's arguments in order
      (a group's members share the ones they have in common).
    nodes: the nodes whose values it returns, one per step, in order.
    frees: nodes whose last use this call is (freed after it).
  """
  kernel: Tree
  leaves: Tuple[Operand, ...]
  nodes: Tuple[int, ...]
  frees: Tuple[int, ...]

  def values(self, out: Any) -> Tuple[Any, ...]:
    """Its executable's result as one value per node of `nodes`."""
    return out if has_members(self.kernel) else (out,)


# Steps grouped per executable when `group_steps` is "auto" on accelerators.
AUTO_GROUP = 16
GROUP_FLAG_HELP = (
    "With --execution=nodewise: run up to this many independent steps (of one dependency "
    "level) as one executable; 1: each step its own. On one H200 groups of 16 ran the "
    "whole library in 0.345 s against 0.382 s (one process, alternated, the same answers; "
    "groups of 64: the same as 16). auto: %d on accelerators, 1 on the CPU, where the "
    "compile (longer for groups) is most of a run." % AUTO_GROUP)


def is_group_choice(choice: Any) -> bool:
  """Whether `choice` is "auto" or a positive integer (as text or int)."""
  if choice == "auto":
    return True
  try:
    return int(choice) >= 1
  except (TypeError, ValueError):
    return False


def group_size(choice: Any, devices: Sequence) -> int:
  """Steps per executable that `choice` ("auto" or a positive integer) means on `devices`.

  "auto" is AUTO_GROUP on accelerators and 1 on the CPU. Groups do not
  shrink the device's work; they save the gap between executables (launch,
  buffer hand-over, the host's dispatch): on one H200 (2026-11-29, twelfth
  session, whole library, chains of every single-use node, one process,
  runs alternated, the same answers) 930 calls ran in 0.382 s and 63
  groups of at most 16 in 0.345 s; 22 groups of at most 64 in 0.344 s
  against 0.384 s. The bench then gave 0.339 s for the library (cold
  compile 105 s, 63 executables) and 0.326 s for 40 programs + 9 mutations
  each (0.412 s the session before). Values live longer (levels run in
  order): the library's peak device memory went from 3.8 to 7.2 GiB, which
  the coordinator's halving on running out of memory covers on smaller
  devices. Either way the device works about 0.27 s of a run (its trace
  shows 0.17 s: loop bodies inside CUDA graphs are not traced) and ends
  70 ms after the host has enqueued the last call (thirteenth session,
  docs/bench/nvidia-h200-x1-tail/). On the 2-core CPU (60
  programs x 100 tasks) groups of 16 ran 7.04 s against 7.88 s but
  compiled 151 s against 114 s, and there a cold compile is most of a run.
  """
  if not is_group_choice(choice):
    raise ValueError(f"group_steps must be 'auto' or a positive integer, not {choice!r}")
  if choice == "auto":
    return 1 if devices[0].platform == "cpu" else AUTO_GROUP
  return int(choice)


# At most this many steps of one tree run as one stacked member (`calls`):
# their stacked operands and temporaries are that many times one step's.
STACK_MAX = 32
STACK_CHOICES = ("off", "on")
STACK_FLAG_HELP = (
    "With --execution=nodewise: on: run the steps of one dependency level that share a kernel "
    "tree (and operand types) as one computation over a new leading axis, k of them costing "
    "the device one operation each instead of k. off (the default): each step its own "
    "computation. On one H200 the whole library ran no faster stacked (0.312 s against "
    "0.308 s, chains of every single-use node; 0.410 s unchained; docs/BENCHMARKS.md).")


def stack_mode(choice: str) -> bool:
  """Whether `choice` (STACK_CHOICES) stacks steps (`calls`).

  Off unless asked for. The device's time looked like the number of its
  operations (one H200, thirteenth session, command buffers off, 180
  programs: 41,130 operations in 0.201 s, 4.9 us each on batches of 4,096
  rows), so that stacking the 930 steps of the whole library's plan into
  758 members should have saved time; it did not: 0.312 s against 0.308 s
  in alternating runs, the same answers (fourteenth session,
  docs/bench/nvidia-h200-x1-stack/). Unchained, 2,986 steps stack into
  1,429 members, and the run took 0.410 s.
  """
  if choice not in STACK_CHOICES:
    raise ValueError(f"stack_steps must be one of {STACK_CHOICES}, not {choice!r}")
  return choice == "on"


def levels(plan_: Plan) -> Dict[int, int]:
  """Each step's node's dependency level: 1 + the deepest node it reads (1: none)."""
  level: Dict[int, int] = {}
  for s in plan_.steps:
    level[s.node] = 1 + max([level[o.ref] for o in s.leaves if o.kind == "node"], default=0)
  return level


def calls(plan_: Plan, size: int = 1, stack: bool = False) -> Tuple[Call, ...]:
  """The plan as executable calls: each step alone (`size` 1), or grouped.

  Groups hold at most `size` steps of one dependency level (`levels`), so
  that none reads another's value, in plan order within a level; levels run
  in order. A group of one is its step's own kernel, so it shares the
  executable an ungrouped run makes. Frees follow the calls' order. Values
  then live longer than in plan order: at the whole library's peak about
  1.9x the bytes (1.59 MB a row against 0.85 MB).

  With `stack`, a level's steps of one tree whose leaves have the same types
  (`Step.types`) are also gathered, up to STACK_MAX of them, into one
  member run over a new leading axis (a "stack" kernel, `_evaluate_stack`);
  `size` then counts such members, not steps.
  """
  size = max(size, 1)
  if size == 1 and not stack:
    return tuple(Call(s.tree, s.leaves, (s.node,), s.frees) for s in plan_.steps)
  level = levels(plan_)
  by_level: Dict[int, List[Step]] = collections.defaultdict(list)
  for s in plan_.steps:
    by_level[level[s.node]].append(s)
  groups: List[List[Step]] = []
  for _, members in sorted(by_level.items()):
    if not stack:
      groups.extend(members[i:i + size] for i in range(0, len(members), size))
      continue
    same: Dict[Tuple, List[Step]] = collections.defaultdict(list)
    for s in members:
      same[(s.tree, s.types)].append(s)
    units = [steps[i:i + STACK_MAX] for steps in same.values()
             for i in range(0, len(steps), STACK_MAX)]
    groups.extend([s for unit in units[i:i + size] for s in unit]
                  for i in range(0, len(units), size))
  frees = _frees([[o for s in members for o in s.leaves] for members in groups],
                 plan_.outputs)
  out = []
  for c, members in enumerate(groups):
    nodes = tuple(s.node for s in members)
    if len(members) == 1:
      (s,) = members
      out.append(Call(s.tree, s.leaves, nodes, tuple(sorted(frees[c]))))
      continue
    leaves = tuple(dict.fromkeys(o for s in members for o in s.leaves))
    index = {o: i for i, o in enumerate(leaves)}
    stacked = stack and len({s.tree for s in members}) < len(members)
    kernel_tree = ("stack" if stacked else "group",
                   tuple((s.tree, tuple(index[o] for o in s.leaves)) for s in members))
    out.append(Call(kernel_tree, leaves, nodes, tuple(sorted(frees[c]))))
  return tuple(out)


# --------------------------------------------------------------------------
# Compiling a plan for one batch size, and running it.


def _spec(tree) -> Any:
  """ShapeDtypeStructs of a pytree of arrays (or of ShapeDtypeStructs)."""
  return jax.tree.map(lambda a: jax.ShapeDtypeStruct(a.shape, a.dtype,
                                                     weak_type=getattr(a, "weak_type", False)),
                      tree)


def _lowerable(specs: Sequence[Any]) -> Sequence[Any]:
  """What a kernel is lowered with: its arguments' specs, or in a multi-process
  run (jax.distributed) zeros of their shapes, since pmap's lowering there
  makes global arrays with `np.asarray`, which abstract shapes fail (as in
  `Coordinator._shaped_example`)."""
  if jax.process_count() == 1:
    return specs
  return jax.tree.map(lambda s: np.zeros(s.shape, s.dtype), list(specs))


def _signature(specs: Sequence[Any]) -> Tuple:
  """Hashable types and shapes of kernel arguments."""
  leaves, treedef = jax.tree.flatten(list(specs))
  return (treedef,) + tuple((a.shape, str(a.dtype), bool(getattr(a, "weak_type", False)))
                            for a in leaves)


def _input_example(n: int, rows: int) -> Dict[str, np.ndarray]:
  s = mb.S
  return {"cells": np.zeros((n, rows, s, s), np.int8), "hw": np.zeros((n, rows, 2), np.int32),
          "out_cells": np.zeros((n, rows, s, s), np.int8),
          "out_hw": np.zeros((n, rows, 2), np.int32), "out_known": np.zeros((n, rows), bool)}


def _broadcast(value: Any, n: int, rows: int) -> Any:
  """An encoded value repeated over [n, rows] (host arrays)."""
  return jax.tree.map(lambda a: np.broadcast_to(np.asarray(a), (n, rows) + np.shape(a)), value)


@dataclasses.dataclass
class CompileStats:
  """What making a plan's executables for one batch size cost.

  Attributes:
    kernels: distinct kernel trees of the plan.
    executables: distinct (tree, argument types) the plan needs.
    compiled: executables compiled now (traced, lowered and compiled by XLA).
    loaded: executables loaded now from the executable cache on disk
      (neither traced nor compiled).
    saved: executables written to the executable cache now.
    lower_s: seconds tracing and lowering (main thread; each executable's
      compile starts on the thread pool as soon as it is lowered).
    load_s: seconds reading cache entries (main thread) and loading them
      (wall, on the thread pool).
    compile_s: wall seconds waiting, after the lowering, for the compiles
      (and saves) still running on the thread pool: lower_s + load_s +
      compile_s is the wall time of making the executables.
    slowest: the executables XLA took longest to compile now, as
      (kernel tree described, seconds), slowest first (at most SLOWEST);
      a worker's time includes its lowering.
    worker_processes: processes that compiled executables first
      (`compile_workers`; 0: none), worker_compiled: how many, written to the
      executable cache and then counted in `loaded`, workers_s: their wall
      seconds, before the rest.
  The rest of the `executables` were made before in this process.
  """
  kernels: int = 0
  executables: int = 0
  compiled: int = 0
  loaded: int = 0
  saved: int = 0
  lower_s: float = 0.0
  load_s: float = 0.0
  compile_s: float = 0.0
  slowest: List[Tuple[str, float]] = dataclasses.field(default_factory=list)
  worker_processes: int = 0
  worker_compiled: int = 0
  workers_s: float = 0.0


SLOWEST = 10


class NodewiseStep:
  """A plan made callable like the fused mode's step.

  `step(cells, hw, out_cells, out_hw, out_known)` on host arrays [n, b, ...]
  returns the fused step's dict ("exact", "score" [n, b, P]; "cells", "hw",
  "valid" the candidates) as device arrays. Executables are looked up per
  batch size; `compile(rows)` makes them ahead, compiling on a thread pool.
  The plan's steps run as `calls` (`group` steps at most an executable).

  With `dispatch_threads` > 1 the executables are called from that many
  threads, each as soon as its operands' calls have returned (`_dispatch`);
  the values are the same. Meant to overlap the calls' host work (XLA's
  thunks, launches, command buffer updates) where it runs without the GIL,
  it gained nothing: on one H200 (whole library, 2026-11-28) 2, 4 and 8
  threads ran in 2.21-2.30 s against 2.22-2.23 s with one, since most of a
  call's host time there is waiting on the device (the GPU client's
  in-flight limit), not work.
  """

  def __init__(self, graph: Graph, devices: Sequence, workers: int = 1,
               profile: bool = False, processes: int = 0, dispatch_threads: int = 1,
               chains: str = "off", group: int = 1, stack: bool = False):
    self.graph = graph
    self.dispatch_threads = dispatch_threads
    self.plan = plan(graph, chains)
    self.calls = calls(self.plan, group, stack)
    self.devices = list(devices)
    self.workers = workers
    self.processes = processes
    self.profile = profile
    # Host seconds spent calling the executables (enqueuing them, when the
    # device runs behind); the coordinator collects it.
    self.dispatch_s = 0.0
    # rows per device -> per step executable, and the score executable.
    self._compiled: Dict[int, Tuple[List[Any], Any]] = {}
    # rows per device -> the constants on the devices, by (kind, ref).
    self._constants: Dict[int, Dict[Tuple[str, Any], Any]] = {}
    self.stats: Dict[int, CompileStats] = {}
    # kernel description -> [seconds, calls], filled when profiling.
    self.timings: Dict[str, List[float]] = collections.defaultdict(lambda: [0.0, 0])

  def _constant(self, name: str, n: int, rows: int) -> Any:
    return _broadcast(codegen_runtime.encoded_constant(name), n, rows)

  def _input(self, cells, hw) -> Grid:
    return Grid(cells=cells, hw=hw, valid=np.ones(cells.shape[:2], bool))

  def leaf_specs(self, rows: int) -> Dict[Tuple[str, Any], Any]:
    """The types of the input and the constants over [devices, rows]: the
    leaves every kernel's argument types start from, by (kind, ref)."""
    n = len(self.devices)
    example = _input_example(n, rows)
    specs: Dict[Tuple[str, Any], Any] = {
        ("input", INPUT): _spec(self._input(example["cells"], example["hw"]))}
    for name in self.plan.constants:
      specs[("const", name)] = _spec(self._constant(name, n, rows))
    return specs

  def compile(self, rows: int) -> CompileStats:
    """Makes every executable for batches of [devices, rows] (no-op if done).

    Each executable comes, first found first, from this process
    (`_EXECUTABLES`), from the executable cache on disk when it is on
    (`executable_cache`; on the CPU only with CPU_EXECUTABLE_CACHE: loaded on
    the thread pool, neither traced nor compiled), or from tracing and
    lowering it here and compiling it on the thread pool (then saved to the
    executable cache). With the cache on and
    `processes` > 1, worker processes first compile what is missing from it
    (`compile_workers`), so that all of it is then loaded.
    """
    if rows in self._compiled:
      return self.stats[rows]
    use_disk = executable_cache.directory() is not None and (
        self.devices[0].platform != "cpu" or CPU_EXECUTABLE_CACHE)
    farmed = None
    if use_disk and self.processes > 1:
      # It imports this module: imported here, once a step compiles.
      from batt_jax.runtime import compile_workers  # pylint: disable=g-import-not-at-top
      farmed = compile_workers.compile_plan(self, rows, self.processes)
    stats = self._make(rows, use_disk)
    if farmed is not None:
      stats.worker_processes = farmed.processes
      stats.worker_compiled = farmed.compiled
      stats.workers_s = farmed.seconds
      stats.slowest = sorted(stats.slowest + farmed.slowest, key=lambda x: -x[1])[:SLOWEST]
    return stats

  def _make(self, rows: int, use_disk: bool) -> CompileStats:
    pool = compile_pool.pool(self.workers)
    try:
      return self._make_on(pool, rows, use_disk)
    finally:
      pool.shutdown(wait=True, cancel_futures=True)

  def _make_on(self, pool: futures.Executor, rows: int, use_disk: bool) -> CompileStats:
    """`_make` with `pool`: each executable compiles there as soon as it is lowered."""
    n = len(self.devices)
    stats = CompileStats(kernels=len({c.kernel for c in self.calls}))
    example = _input_example(n, rows)
    specs = self.leaf_specs(rows)
    options = compiler_options(self.devices)
    devices = tuple(self.devices)
    lowered: Dict[Tuple, Any] = {}  # executable key -> Lowered
    compiling: Dict[Tuple, futures.Future] = {}  # executable key -> its compile on the pool
    found: Dict[Tuple, executable_cache.Entry] = {}  # executable key -> entry, to load
    # Executable key -> (cache file name, cache key text, () -> Lowered), for
    # every executable not in memory: to load, compile, save, or lower again.
    sources: Dict[Tuple, Tuple[str, str, Callable[[], Any]]] = {}
    read_s = 0.0

    def build(key: Tuple) -> Tuple[Any, bool, float]:
      start = time.perf_counter()
      executable = lowered[key].compile(compiler_options=options)
      seconds = time.perf_counter() - start
      name, text, _ = sources[key]
      saved = use_disk and executable_cache.save(name, text, executable,
                                                 _spec(lowered[key].out_info))
      return executable, saved, seconds

    def lower(key: Tuple) -> Any:
      """Lowers `key`'s executable and queues its compile; its result types."""
      lowered[key] = low = sources[key][2]()
      compiling[key] = pool.submit(build, key)  # XLA compiles it while the next is lowered
      return _spec(low.out_info)

    def prepare(key: Tuple, name: str, make: Callable[[], Callable], args) -> Any:
      """The result types of `key`'s executable; queues it to load or compile if not in memory."""
      nonlocal read_s
      if key in _EXECUTABLES:
        return _OUT_SPECS[key]
      text = executable_cache.key_text(key[0], key[2], devices, options) if use_disk else ""
      sources[key] = (name, text, lambda: make().lower(*_lowerable(args)))
      if use_disk:
        start = time.perf_counter()
        entry = executable_cache.read(name, text)
        read_s += time.perf_counter() - start
        if entry is not None:  # its stored result types chain into the next keys
          found[key] = entry
          return entry.out_spec
      return lower(key)

    keys: List[Tuple] = []
    out_specs: Dict[Tuple, Any] = {}
    start = time.perf_counter()
    with compile_pool.foreground():  # the run waits for this: tracing ahead pauses
      for call in self.calls:
        args = [specs[(o.kind, o.ref)] for o in call.leaves]
        key = (call.kernel, devices, _signature(args))
        if key not in out_specs:
          out_specs[key] = prepare(key, kernel_name(call.kernel),
                                   functools.partial(kernel, call.kernel, self.devices), args)
        for node, spec in zip(call.nodes, call.values(out_specs[key])):
          specs[("node", node)] = spec
        keys.append(key)
      outputs = tuple(specs[(o.kind, o.ref)] for o in self.plan.outputs)
      score_args = (outputs, _spec(example["out_cells"]), _spec(example["out_hw"]),
                    _spec(example["out_known"]))
      score_key = (("score",), devices, _signature(score_args))
      prepare(score_key, "score", functools.partial(_score_kernel, self.devices), score_args)
    stats.lower_s = time.perf_counter() - start - read_s
    stats.executables = len(out_specs) + 1

    start = time.perf_counter()
    loaded = dict(zip(found, pool.map(lambda e: executable_cache.load(e, self.devices),
                                      found.values())))
    stats.load_s = read_s + time.perf_counter() - start
    chained_wrong = False
    for key, executable in loaded.items():
      if executable is not None:
        _EXECUTABLES[key] = executable
        _OUT_SPECS[key] = found[key].out_spec
        stats.loaded += 1
        continue
      # Unloadable (logged and deleted): compile it after all.
      start = time.perf_counter()
      out_spec = lower(key)
      stats.lower_s += time.perf_counter() - start
      chained_wrong |= _signature([out_spec]) != _signature([found[key].out_spec])
    if chained_wrong:
      # The entry's stored result types were wrong, so were the keys chained
      # from them: start again from what is in memory, without the disk.
      logging.warning("executable cache: an entry's result types were wrong; making this "
                      "plan's executables again without the cache")
      return self._make_on(pool, rows, use_disk=False)

    # What is left of the compiles once everything is lowered (they overlap it).
    start = time.perf_counter()
    done = {key: future.result() for key, future in compiling.items()}
    stats.compile_s = time.perf_counter() - start
    for key, (executable, saved, _) in done.items():
      _EXECUTABLES[key] = executable
      _OUT_SPECS[key] = _spec(lowered[key].out_info)
      stats.saved += int(saved)
    stats.compiled = len(done)
    slowest = sorted(done, key=lambda k: -done[k][2])[:SLOWEST]
    stats.slowest = [(describe(k[0]) if k[0] != ("score",) else "score", done[k][2])
                     for k in slowest]
    logging.info("nodewise: %d steps in %d calls, %d kernels, %d executables (%d loaded, %d "
                 "compiled now, %d saved) for batches of %dx%d: lower %.1fs, load %.1fs, "
                 "compile %.1fs (after lowering; the rest overlapped it)",
                 len(self.plan.steps), len(self.calls), stats.kernels, stats.executables,
                 stats.loaded, stats.compiled, stats.saved, n, rows, stats.lower_s, stats.load_s,
                 stats.compile_s)
    self._compiled[rows] = ([_EXECUTABLES[k] for k in keys], _EXECUTABLES[score_key])
    self.stats[rows] = stats
    return stats

  def __call__(self, cells, hw, out_cells, out_hw, out_known) -> Dict[str, jax.Array]:
    n, rows = cells.shape[:2]
    self.compile(rows)
    executables, score = self._compiled[rows]
    # The input goes to the device once per batch, the constants once per batch size,
    # sharded as the kernels take them.
    sharding = score.input_shardings[0][-1]
    put = lambda tree: jax.device_put(tree, sharding)  # noqa: E731
    start_dispatch = time.perf_counter()
    values: Dict[Tuple[str, Any], Any] = {("input", INPUT): put(self._input(cells, hw))}
    if rows not in self._constants:  # the same every batch: put once per batch size
      self._constants[rows] = {("const", name): put(self._constant(name, n, rows))
                               for name in self.plan.constants}
    values.update(self._constants[rows])
    if self.dispatch_threads > 1 and not self.profile:
      outputs = self._dispatch(executables, values)
    else:
      outputs = self._in_order(executables, values)
    scored_out = score(outputs, *[put(a) for a in (out_cells, out_hw, out_known)])
    self.dispatch_s += time.perf_counter() - start_dispatch
    return scored_out

  def _in_order(self, executables: Sequence[Any], values: Dict[Tuple[str, Any], Any]) -> tuple:
    """Makes every call (`self.calls`) in order, from this thread; the plan's outputs.

    Profiling waits for each call and times it. A node's value is dropped
    after its last use (the call's `frees`).
    """
    for call, executable in zip(self.calls, executables):
      args = [values[(o.kind, o.ref)] for o in call.leaves]
      if self.profile:
        start = time.perf_counter()
        out = jax.block_until_ready(executable(*args))
        entry = self.timings[describe(call.kernel)]
        entry[0] += time.perf_counter() - start
        entry[1] += 1
      else:
        out = executable(*args)
      for node, value in zip(call.nodes, call.values(out)):
        values[("node", node)] = value
      for k in call.frees:  # its last use: give the device memory back now
        del values[("node", k)]
    return tuple(values[(o.kind, o.ref)] for o in self.plan.outputs)

  def _dispatch(self, executables: Sequence[Any], values: Dict[Tuple[str, Any], Any]) -> tuple:
    """Makes every call from `dispatch_threads` threads; the plan's outputs.

    Calls are queued in order and each waits for its operands' calls
    (futures, one per call, giving its `Call.values`), which were queued
    before it: a FIFO pool has started all of them by then, so none waits
    forever. A node's value is dropped once its last consumer's call has
    returned, as `_in_order`'s `frees` do.
    """
    outputs = {o.ref for o in self.plan.outputs if o.kind == "node"}
    waiting = collections.Counter(o.ref for c in self.calls for o in c.leaves
                                  if o.kind == "node")
    made: Dict[int, Tuple[futures.Future, int]] = {}  # node -> (its call, its position)
    lock = threading.Lock()

    def run(call_, executable, producers):
      args = [producers[o.ref][0].result()[producers[o.ref][1]] if o.kind == "node"
              else values[(o.kind, o.ref)] for o in call_.leaves]
      out = call_.values(executable(*args))
      with lock:
        for o in call_.leaves:
          if o.kind == "node":
            waiting[o.ref] -= 1
            if not waiting[o.ref] and o.ref not in outputs:
              made.pop(o.ref, None)
      return out

    with futures.ThreadPoolExecutor(self.dispatch_threads,
                                    thread_name_prefix="batt_dispatch") as pool:
      for call_, executable in zip(self.calls, executables):
        with lock:
          producers = {o.ref: made[o.ref] for o in call_.leaves if o.kind == "node"}
          future = pool.submit(run, call_, executable, producers)
          for position, node in enumerate(call_.nodes):
            made[node] = (future, position)
      return tuple(made[o.ref][0].result()[made[o.ref][1]] if o.kind == "node"
                   else values[(o.kind, o.ref)] for o in self.plan.outputs)


class NodewiseCoordinator(Coordinator):
  """A Coordinator whose chunks are merged graphs run node by node.

  Same interface as `Coordinator` (`run_chunks`, `run_chunk`, `batch_rows`,
  `batches_per_chunk`, ChunkResults, OOM halving, the ResultStore), with a
  `codegen.graph.Graph` where the fused mode takes a `batt`. Compiling costs
  one executable per distinct kernel, shared by every chunk, so a chunk may be
  the whole library.

  Attributes (beyond Coordinator's):
    profile: time every kernel call (blocking on its result) into `timings`.
    compile_processes: worker processes that compile what the executable
      cache lacks (`compile_workers`; 0 or 1: none). Default: one per host
      CPU on accelerators, none on the CPU, whose cores the run itself needs
      and whose compiles are fewer (small libraries).
    timings: kernel description -> [seconds, calls], over every step run.
    dispatch_threads: host threads calling a step's kernels (NodewiseStep;
      1: the plan's order, from the calling thread).
    dispatch_s: host seconds spent calling the kernels, over every step run
      (when the device runs behind, that is enqueuing them).
    chain_nodes: which array-valued nodes read by one step alone are fused
      into that step's kernel (`chain`), one of CHAIN_MODES: given as one of
      CHAIN_CHOICES and resolved by `chain_mode` (which gives the measured
      trade-offs). "plain" fuses only where neither tree holds a callable,
      so no mapping kernel is compiled twice; "all" fuses every such node,
      compiling mapping kernels again inside the chains that end in them;
      "off" none. The default, "auto": all on accelerators, off on the CPU.
    group_steps: at most how many independent steps one executable runs
      (`calls`; 1: each step its own), given as "auto" or a positive integer
      and resolved by `group_size` (which gives the measured trade-offs):
      AUTO_GROUP on accelerators, 1 on the CPU.
    stack_steps: whether a level's steps of one tree run stacked, as one
      computation (`calls`, `_evaluate_stack`), given as one of
      STACK_CHOICES ("off" by default; `stack_mode` gives the measurements).
    compile_stats: one CompileStats per (chunk index, rows) compiled.
  """

  def __init__(self, batch_size: int, devices: Optional[Sequence] = None,
               store=None, compile_workers: Optional[int] = None, profile: bool = False,
               compile_processes: Optional[int] = None, dispatch_threads: int = 1,
               chain_nodes: str = "auto", group_steps: Any = "auto",
               stack_steps: str = "off"):
    super().__init__(batch_size, devices=devices, store=store,
                     compile_workers=compile_workers)
    self.chain_nodes = chain_mode(chain_nodes, self.devices)
    self.group_steps = group_size(group_steps, self.devices)
    self.stack_steps = stack_mode(stack_steps)
    if compile_processes is None:
      on_cpu = self.devices[0].platform == "cpu"
      compile_processes = 0 if on_cpu else (os.cpu_count() or 1)
    self.compile_processes = compile_processes
    self.dispatch_threads = dispatch_threads
    self.profile = profile
    self.timings: Dict[str, List[float]] = collections.defaultdict(lambda: [0.0, 0])
    self.dispatch_s = 0.0
    self.compile_stats: List[CompileStats] = []

  def make_step(self, graph: Graph) -> NodewiseStep:
    return NodewiseStep(graph, self.devices, self.compile_workers, self.profile,
                        self.compile_processes, self.dispatch_threads, self.chain_nodes,
                        self.group_steps, self.stack_steps)

  def compile_step(self, graph: Graph, size: int):
    """(step, step) with every kernel compiled for batches of `size` (fused: (step, exe)).

    First forgets every executable if the process is near its cap on memory
    mappings (`make_room`), so that a long run of chunks goes on.
    """
    make_room()
    step = self.make_step(graph)
    self.compile_stats.append(step.compile(size // len(self.devices)))
    return step, step

  def _executable(self, step: NodewiseStep, shaped: Sequence[np.ndarray]):
    return step  # compiles per batch size on first use (after an OOM halving too)

  def run_compiled(self, index: int, step, executable, batch: mb.MegaBatch, num_programs: int,
                   progress: Optional[Callable[[], None]] = None,
                   picker: Optional[Picker] = None) -> ChunkResults:
    del executable  # the step holds its executables
    out = self._run_compiled(index, step, batch, num_programs, self.batch_rows(batch), progress,
                             picker)
    self._collect(step)
    return out

  def run_chunk(self, index: int, graph: Graph, batch: mb.MegaBatch, num_programs: int,
                progress: Optional[Callable[[], None]] = None,
                picker: Optional[Picker] = None) -> ChunkResults:
    step, _ = self.compile_step(graph, self.batch_rows(batch))
    return self.run_compiled(index, step, None, batch, num_programs, progress, picker)

  def run_chunks(self, chunks: Sequence[Tuple[int, Graph, int]], batch: mb.MegaBatch,
                 progress: Optional[Callable[[], None]] = None,
                 pickers: Optional[Callable[[int], Picker]] = None,
                 ) -> Iterator[Tuple[int, ChunkResults]]:
    """Yields (index, results) per (index, graph, num_programs).

    No compiling ahead across chunks: a chunk's kernels compile on the pool
    when it starts, and later chunks reuse them. `pickers` as `Coordinator`'s.
    """
    for index, graph, num_programs in chunks:
      yield index, self.run_chunk(index, graph, batch, num_programs, progress,
                                  pickers(index) if pickers else None)

  def _collect(self, step: NodewiseStep) -> None:
    self.dispatch_s += step.dispatch_s
    step.dispatch_s = 0.0
    for name, (seconds, calls) in step.timings.items():
      self.timings[name][0] += seconds
      self.timings[name][1] += calls
    step.timings.clear()

  def top_kernels(self, count: int = 10) -> List[Tuple[str, float, int]]:
    """The `count` kernels with the most run time: (description, seconds, calls)."""
    ranked = sorted(self.timings.items(), key=lambda item: -item[1][0])
    return [(name, seconds, int(calls)) for name, (seconds, calls) in ranked[:count]]
