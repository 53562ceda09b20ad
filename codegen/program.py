"""The parsed form of a solver program: lines of one DSL call each.

A program of the library reads

    def solve_007bbfb7(I):
        x1 = objects(I, T, F, T)
        x2 = apply(toindices, x1)
        O = rot90(I)
        return O

and is held as a `Program` of `Line`s whose arguments are `Arg`s naming an
earlier variable, the input `I`, a registry constant or a primitive (passed as
a value). Everything here is immutable and hashable, so that programs, lines
and edits can be compared and used as keys.
"""

from __future__ import annotations

import dataclasses
from typing import Optional, Tuple

INPUT = "I"
OUTPUT = "O"
ARG_KINDS = ("input", "var", "const", "prim")


@dataclasses.dataclass(frozen=True)
class Location:
  """Where a program element was written.

  Attributes:
    path: the file as displayed in messages (relative to the repository root
      when inside it, or a pseudo-name such as "<string>").
    line: 1-based line number in that file.
  """
  path: str
  line: int

  def __str__(self) -> str:
    return f"{self.path}:{self.line}"


@dataclasses.dataclass(frozen=True)
class Arg:
  """One argument of a call.

  Attributes:
    kind: "input" (the grid `I`), "var" (an earlier variable), "const" (a
      registry constant such as `T` or `UP`) or "prim" (a primitive passed as a
      callable value, such as `toindices` in `apply(toindices, x1)`).
    name: the name as written.
  """
  kind: str
  name: str

  def __post_init__(self):
    if self.kind not in ARG_KINDS:
      raise ValueError(f"unknown argument kind {self.kind!r}")


@dataclasses.dataclass(frozen=True)
class Line:
  """One assignment `target = primitive(*args)`.

  Attributes:
    target: the variable assigned (`x3`, or `O` for the output).
    primitive: the registry name of the primitive called.
    args: the arguments, in order.
    location: where the line was written (a mutant keeps its parent's).
  """
  target: str
  primitive: str
  args: Tuple[Arg, ...]
  location: Location

  def render(self) -> str:
    return f"{self.target} = {self.primitive}({', '.join(a.name for a in self.args)})"


@dataclasses.dataclass(frozen=True)
class Lineage:
  """How a mutant was derived.

  Attributes:
    parent: name of the library program it was derived from.
    edits: human-readable substitutions, e.g. "x2: argument 2 UP -> DOWN".
  """
  parent: str
  edits: Tuple[str, ...]

  def describe(self) -> str:
    return f"mutation of {self.parent}: " + "; ".join(self.edits)


@dataclasses.dataclass(frozen=True)
class Program:
  """A solver program.

  Attributes:
    name: unique program id, e.g. "solve_007bbfb7" or "solve_007bbfb7__m2".
    task_id: the ARC task it solves, e.g. "007bbfb7".
    lines: the calls, in order; the last assigns `O`.
    source: its source text (the library's, or rendered for a mutant).
    location: where its `def` was written.
    lineage: None for a library program; how a mutant was derived otherwise.
  """
  name: str
  task_id: str
  lines: Tuple[Line, ...]
  source: str
  location: Location
  lineage: Optional[Lineage] = None

  def describe_origin(self) -> str:
    return "library" if self.lineage is None else self.lineage.describe()


class ProgramError(Exception):
  """A rejected program (or file): `path:line: reason`."""

  def __init__(self, location: Location, reason: str):
    super().__init__(f"{location}: {reason}")
    self.location = location
    self.reason = reason


def render(name: str, lines: Tuple[Line, ...], doc: Optional[str] = None) -> str:
  """Source text of a program in the library's form."""
  out = [f"def {name}({INPUT}):"]
  if doc:
    out.append(f"    {doc!r}")
  out += [f"    {line.render()}" for line in lines]
  out.append(f"    return {OUTPUT}")
  return "\n".join(out) + "\n"
