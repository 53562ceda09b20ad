"""The reference interpreter: runs a program line by line on the reference DSL.

This is the CPU "standard mode" and the oracle of the compiled path. Calls go
through `Primitive.call_reference`, so an undefined operation gives None and a
None argument makes the result None; the output is a grid (tuple of tuples)
or None.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional

from batt_jax.dsl import registry
from codegen.program import INPUT, OUTPUT, Arg, Program

Grid = tuple


def value_of(arg: Arg, env: Mapping[str, Any],
           primitives: Mapping[str, registry.Primitive],
           constants: Mapping[str, registry.Constant]) -> Any:
  if arg.kind in ("input", "var"):
    return env[arg.name]
  if arg.kind == "const":
    return constants[arg.name].value
  return primitives[arg.name].as_reference_callable()


def run(program: Program, grid: Grid,
        primitives: Optional[Mapping[str, registry.Primitive]] = None,
        constants: Optional[Mapping[str, registry.Constant]] = None,
        ) -> Optional[Grid]:
  """The program's output on `grid`, or None where it is undefined."""
  primitives = registry.load() if primitives is None else primitives
  constants = registry.CONSTANTS if constants is None else constants
  env = {INPUT: tuple(tuple(int(v) for v in row) for row in grid)}
  for line in program.lines:
    args = [value_of(a, env, primitives, constants) for a in line.args]
    env[line.target] = primitives[line.primitive].call_reference(*args)
  return env[OUTPUT]
