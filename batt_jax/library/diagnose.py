"""Finds the first line where a library program's JAX value departs from the reference.

    python -m batt_jax.library.diagnose solve_<task_id> [solve_...]

For each program, replays it on every pair of its ARC-AGI-1 training task with
`codegen.diagnose.first_divergence` (both DSL implementations, line by line)
and prints the first differing line with both values: the primitive to fix,
with a real input.
"""

import sys

import codegen
from batt_jax.data import embedded
from codegen import diagnose


def main(argv):
  programs, _ = codegen.load_programs("default")
  by_name = {p.name: p for p in programs}
  tasks = {t.id: t for t in embedded.load("arc1-train").tasks}
  for name in argv[1:]:
    program = by_name[name]
    task = tasks[program.task_id]
    for k, pair in enumerate(list(task.train) + list(task.test)):
      found = diagnose.first_divergence(program, pair.input)
      if found:
        print(f"{name} pair {k}: {found}")
        break
    else:
      print(f"{name}: every line agrees on every pair")


if __name__ == "__main__":
  main(sys.argv)
