"""Merges programs into one dataflow graph with common-subexpression elimination.

Nodes are hash-consed on (primitive, operands): an identical call on identical
operands is one node, computed once and shared by every program that makes
it. Operands are the input grid, constants and primitive names (leaves), or
earlier nodes. Nodes no program output depends on are dropped (a library line
whose value is never used costs nothing at run time).
"""

from __future__ import annotations

import dataclasses
from typing import Dict, List, Sequence, Tuple, Union

from codegen.program import INPUT, OUTPUT, Program


@dataclasses.dataclass(frozen=True)
class Operand:
  """An argument of a node.

  Attributes:
    kind: "input", "const", "prim" (a primitive passed as a value) or "node".
    ref: the constant or primitive name ("I" for the input), or a node index.
  """
  kind: str
  ref: Union[str, int]


INPUT_OPERAND = Operand("input", INPUT)


@dataclasses.dataclass(frozen=True)
class Node:
  """One call of the merged graph.

  Attributes:
    index: position in `Graph.nodes` (operands refer to smaller indices).
    primitive: the primitive called.
    operands: its arguments.
  """
  index: int
  primitive: str
  operands: Tuple[Operand, ...]


@dataclasses.dataclass(frozen=True)
class Graph:
  """The merged dataflow of a set of programs.

  Attributes:
    nodes: live nodes in topological order, `nodes[k].index == k`.
    outputs: for each program, in order, the operand its `O` is (a node).
    program_names: the programs, in the order of `outputs`.
    calls_before: lines of all programs (calls without merging).
    calls_shared: distinct calls after hash-consing, dead ones included.
  """
  nodes: Tuple[Node, ...]
  outputs: Tuple[Operand, ...]
  program_names: Tuple[str, ...]
  calls_before: int
  calls_shared: int

  @property
  def calls_after(self) -> int:
    """Calls actually emitted: distinct and live."""
    return len(self.nodes)


class Interner:
  """Hash-conses calls; `add` returns a program's output operand.

  Two programs have the same dataflow exactly when their outputs are the same
  operand of one interner (used by the mutation engine to drop duplicates).
  """

  def __init__(self):
    self.calls: List[Tuple[str, Tuple[Operand, ...]]] = []
    self._index: Dict[Tuple[str, Tuple[Operand, ...]], int] = {}

  def intern(self, primitive: str, operands: Tuple[Operand, ...]) -> Operand:
    key = (primitive, operands)
    if key not in self._index:
      self._index[key] = len(self.calls)
      self.calls.append(key)
    return Operand("node", self._index[key])

  def add(self, program: Program) -> Operand:
    env: Dict[str, Operand] = {INPUT: INPUT_OPERAND}
    for line in program.lines:
      operands = tuple(env[a.name] if a.kind in ("input", "var") else Operand(a.kind, a.name)
                       for a in line.args)
      env[line.target] = self.intern(line.primitive, operands)
    return env[OUTPUT]


def merge(programs: Sequence[Program]) -> Graph:
  """The merged, dead-code-free graph of `programs`."""
  interner = Interner()
  outputs = [interner.add(p) for p in programs]
  live = set()
  stack = [o.ref for o in outputs if o.kind == "node"]
  while stack:
    k = stack.pop()
    if k in live:
      continue
    live.add(k)
    stack.extend(o.ref for o in interner.calls[k][1] if o.kind == "node")
  # Interning order is topological: an operand is interned before its user.
  renumber = {old: new for new, old in enumerate(sorted(live))}

  def remap(o: Operand) -> Operand:
    return Operand("node", renumber[o.ref]) if o.kind == "node" else o

  nodes = tuple(Node(renumber[k], interner.calls[k][0],
                     tuple(remap(o) for o in interner.calls[k][1]))
                for k in sorted(live))
  return Graph(nodes=nodes, outputs=tuple(remap(o) for o in outputs),
               program_names=tuple(p.name for p in programs),
               calls_before=sum(len(p.lines) for p in programs),
               calls_shared=len(interner.calls))
