"""Infers the type of every variable of a program, or says which line is wrong.

Each line is checked with `types.check_call` against its primitive's
signature. An argument's type is the variable's inferred type, the constant's
declared type, or for a primitive passed as a value its signature as a
callable (`Signature.as_fn()`; `check_call` instantiates it afresh at every
use, so a primitive stays polymorphic). `I` is a Grid and `O` must be one.

A data result must be concrete (a base type). A callable result may stay
polymorphic: `rbind(shift, UP)` is `(P: Patch) -> P`, and each later use
instantiates it anew.
"""

from __future__ import annotations

from typing import Dict, Mapping, Optional

from batt_jax.dsl import registry
from batt_jax.dsl import types as T
from codegen.program import INPUT, OUTPUT, Arg, Line, Program, ProgramError

GRID = T.Base("Grid")
Env = Dict[str, T.Type]


def arg_type(arg: Arg, env: Env,
             primitives: Mapping[str, registry.Primitive],
             constants: Mapping[str, registry.Constant]) -> T.Type:
  if arg.kind == "input":
    return GRID
  if arg.kind == "var":
    return env[arg.name]
  if arg.kind == "const":
    return T.base(constants[arg.name].type)
  return primitives[arg.name].signature.as_fn()


def _acceptable_result(t: T.Type) -> bool:
  if isinstance(t, T.Fn):
    return True
  return T.is_concrete(t)


def check_line(line: Line, env: Env,
               primitives: Mapping[str, registry.Primitive],
               constants: Mapping[str, registry.Constant]) -> T.Type:
  """The result type of one line given the types so far; raises ProgramError."""
  prim = primitives[line.primitive]
  for name in [line.primitive] + [a.name for a in line.args if a.kind == "prim"]:
    if primitives[name].jax is None:
      raise ProgramError(line.location, f"{name} has no JAX implementation yet")
  types = [arg_type(a, env, primitives, constants) for a in line.args]
  try:
    result = T.check_call(prim.signature, types)
  except T.TypeCheckError as e:
    raise ProgramError(line.location, f"{line.primitive} {e}") from None
  if not _acceptable_result(result):
    raise ProgramError(line.location,
                       f"{line.primitive}: result type {T.type_str(result)} is not concrete")
  return result


def infer(program: Program,
          primitives: Optional[Mapping[str, registry.Primitive]] = None,
          constants: Optional[Mapping[str, registry.Constant]] = None,
          start: int = 0, env: Optional[Env] = None) -> Env:
  """Variable -> type for the whole program; raises ProgramError.

  `start` and `env` let a caller that changed only lines >= start reuse the
  types of the unchanged prefix (the mutation engine does).
  """
  primitives = registry.load() if primitives is None else primitives
  constants = registry.CONSTANTS if constants is None else constants
  env = {INPUT: GRID} if env is None else dict(env)
  for line in program.lines[start:]:
    env[line.target] = check_line(line, env, primitives, constants)
  out = env.get(OUTPUT)
  if out != GRID:
    where = next((l.location for l in program.lines if l.target == OUTPUT),
                 program.location)
    raise ProgramError(where, f"{OUTPUT} must be a Grid, got {T.type_str(out)}")
  return env


def prefix_env(program: Program, types: Env, stop: int) -> Env:
  """The types of `I` and the variables assigned before line `stop`."""
  env = {INPUT: GRID}
  for line in program.lines[:stop]:
    env[line.target] = types[line.target]
  return env
