"""Finds the first line where a program's JAX value departs from the reference.

    python -m batt_jax.library.diagnose solve_<task_id> [solve_...]

Runs each line of the program on every pair of its task twice: the reference
primitive on reference values, and the JAX primitive (eagerly, one sample) on
the encoded values; decodes the JAX value and compares. Prints the first
differing line with both values: the primitive to fix, with a real input.
"""

import sys

from batt_jax.data import embedded
from batt_jax.dsl import encoding
from batt_jax.dsl import registry
from batt_jax.dsl import types as T
import codegen
from codegen import typecheck


def _jax_arg(arg, env, constants):
  if arg.kind in ("input", "var"):
    return env[arg.name]
  if arg.kind == "const":
    c = constants[arg.name]
    return encoding.encode(c.value, c.type)
  return registry.get(arg.name).as_jax_callable()


def _ref_arg(arg, env, constants):
  if arg.kind in ("input", "var"):
    return env[arg.name]
  if arg.kind == "const":
    return constants[arg.name].value
  return registry.get(arg.name).as_reference_callable()


def first_divergence(program, grid):
  """(line, reference value, jax value) of the first differing line, or None."""
  types = typecheck.infer(program)
  constants = registry.CONSTANTS
  ref_env = {"I": grid}
  jax_env = {"I": encoding.encode(grid, "Grid")}
  for line in program.lines:
    prim = registry.get(line.primitive)
    ref_env[line.target] = prim.call_reference(*[_ref_arg(a, ref_env, constants) for a in line.args])
    jax_env[line.target] = prim.call_jax(*[_jax_arg(a, jax_env, constants) for a in line.args])
    t = types[line.target]
    if isinstance(t, T.Base):
      got = encoding.decode(jax_env[line.target], t.name)
      if got != ref_env[line.target]:
        return line, ref_env[line.target], got
  return None


def main(argv):
  programs, _ = codegen.load_programs("default")
  by_name = {p.name: p for p in programs}
  tasks = {t.id: t for t in embedded.load("arc1-train").tasks}
  for name in argv[1:]:
    program = by_name[name]
    task = tasks[program.task_id]
    for k, pair in enumerate(list(task.train) + list(task.test)):
      found = first_divergence(program, pair.input)
      if found:
        line, want, got = found
        print(f"{name} pair {k}: {line.location}: {line.render()}")
        print(f"  reference: {want!r}"[:2000])
        print(f"  jax:       {got!r}"[:2000])
        break
    else:
      print(f"{name}: every line agrees on every pair")


if __name__ == "__main__":
  main(sys.argv)
