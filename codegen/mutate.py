"""Type-compatible mutations of programs: a few single substitutions each.

A variant of a program differs from it by one substitution:
* constant: a constant argument replaced by another constant of the same type;
* callable: a primitive passed as a value replaced by another primitive;
* variable: a variable argument (or `I`) replaced by an earlier variable (or
  `I`) of a compatible type;
* primitive: the called primitive replaced by another of the same arity.
Every variant is type-checked as a whole (the edited line and every line
after it); one that fails is never emitted. A variant whose dataflow equals
that of a library program or of an earlier variant (the same output node once
hash-consed) is dropped.

Determinism: the candidate edits of a program are enumerated in a fixed order
(registry names sorted) and drawn with `random.Random(f"{seed}:{name}")`, so
the same library, registry and seed give the same variants.
"""

from __future__ import annotations

import dataclasses
import random
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from batt_jax.dsl import registry
from batt_jax.dsl import types as T
from codegen import typecheck
from codegen.graph import Interner
from codegen.program import INPUT, Arg, Line, Lineage, Program, ProgramError, render

EDIT_KINDS = ("constant", "callable", "variable", "primitive")
SUFFIX = "__m"
# Edits tried per variant asked before giving up on a program: bounds the
# cost on programs whose edits are mostly ill-typed or duplicates.
ATTEMPTS_PER_VARIANT = 64


@dataclasses.dataclass(frozen=True)
class Edit:
  """One substitution in one line.

  Attributes:
    line: index of the edited line in `Program.lines`.
    kind: one of EDIT_KINDS.
    position: 1-based argument position, or 0 for the called primitive.
    new: the replacing name (constant, primitive or variable).
  """
  line: int
  kind: str
  position: int
  new: str

  def apply(self, lines: Tuple[Line, ...]) -> Tuple[Line, ...]:
    old = lines[self.line]
    if self.position == 0:
      line = dataclasses.replace(old, primitive=self.new)
    else:
      kind = {"constant": "const", "callable": "prim"}.get(self.kind)
      if kind is None:
        kind = "input" if self.new == INPUT else "var"
      args = list(old.args)
      args[self.position - 1] = Arg(kind, self.new)
      line = dataclasses.replace(old, args=tuple(args))
    return lines[:self.line] + (line,) + lines[self.line + 1:]

  def describe(self, lines: Tuple[Line, ...]) -> str:
    old = lines[self.line]
    if self.position == 0:
      return f"{old.target}: {old.primitive} -> {self.new}"
    was = old.args[self.position - 1].name
    return f"{old.target}: {old.primitive} argument {self.position} {was} -> {self.new}"


def candidate_edits(program: Program, types: typecheck.Env,
                    primitives: Mapping[str, registry.Primitive],
                    constants: Mapping[str, registry.Constant],
                    ) -> Dict[str, List[Edit]]:
  """Every single substitution worth type-checking, by kind, in a fixed order."""
  by_arity: Dict[int, List[str]] = {}
  for name in sorted(primitives):
    if primitives[name].jax is not None:
      by_arity.setdefault(primitives[name].signature.arity, []).append(name)
  by_type: Dict[str, List[str]] = {}
  for name in sorted(constants):
    by_type.setdefault(constants[name].type, []).append(name)

  edits: Dict[str, List[Edit]] = {k: [] for k in EDIT_KINDS}
  earlier = [INPUT]
  for i, line in enumerate(program.lines):
    arity = primitives[line.primitive].signature.arity
    edits["primitive"] += [Edit(i, "primitive", 0, p)
                           for p in by_arity.get(arity, []) if p != line.primitive]
    for k, arg in enumerate(line.args, 1):
      if arg.kind == "const":
        edits["constant"] += [Edit(i, "constant", k, c)
                              for c in by_type[constants[arg.name].type] if c != arg.name]
      elif arg.kind == "prim":
        fn_arity = primitives[arg.name].signature.arity
        edits["callable"] += [Edit(i, "callable", k, p)
                              for p in by_arity.get(fn_arity, []) if p != arg.name]
      else:
        wanted = types[arg.name]
        edits["variable"] += [Edit(i, "variable", k, v) for v in earlier
                              if v != arg.name and T.compatible(types[v], wanted)]
    earlier.append(line.target)
  return edits


def mutate(programs: Sequence[Program], mutations: int, seed: int,
           primitives: Optional[Mapping[str, registry.Primitive]] = None,
           constants: Optional[Mapping[str, registry.Constant]] = None,
           ) -> Dict[str, List[Program]]:
  """Up to `mutations` well-typed, distinct variants of each program, by name.

  `programs` must already type-check. Fewer variants come back for a program
  whose substitutions run out (ill-typed or duplicates) or after
  `ATTEMPTS_PER_VARIANT * mutations` edits tried.
  """
  primitives = registry.load() if primitives is None else primitives
  constants = registry.CONSTANTS if constants is None else constants
  interner = Interner()
  seen = {interner.add(p) for p in programs}
  variants: Dict[str, List[Program]] = {}
  for program in programs:
    variants[program.name] = []
    if mutations <= 0:
      continue
    rng = random.Random(f"{seed}:{program.name}")
    types = typecheck.infer(program, primitives, constants)
    pools = candidate_edits(program, types, primitives, constants)
    for kind in EDIT_KINDS:
      rng.shuffle(pools[kind])
    attempts = ATTEMPTS_PER_VARIANT * mutations
    while len(variants[program.name]) < mutations and attempts > 0:
      kinds = [k for k in EDIT_KINDS if pools[k]]
      if not kinds:
        break
      attempts -= 1
      edit = pools[rng.choice(kinds)].pop()
      candidate = dataclasses.replace(program, lines=edit.apply(program.lines))
      try:
        typecheck.infer(candidate, primitives, constants, start=edit.line,
                        env=typecheck.prefix_env(program, types, edit.line))
      except ProgramError:
        continue
      output = interner.add(candidate)
      if output in seen:
        continue
      seen.add(output)
      name = f"{program.name}{SUFFIX}{len(variants[program.name]) + 1}"
      lineage = Lineage(program.name, (edit.describe(program.lines),))
      variants[program.name].append(dataclasses.replace(
          candidate, name=name, source=render(name, candidate.lines, lineage.describe()),
          lineage=lineage))
  return variants
