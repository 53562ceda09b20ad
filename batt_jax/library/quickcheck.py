"""Runs library programs on their tasks with the reference DSL, directly as Python.

`python -m batt_jax.library.quickcheck --show TASK_ID ...` prints tasks;
`python -m batt_jax.library.quickcheck FILE [FILE ...]` executes each
`solve_<task_id>` of the files with every primitive and constant bound to its
reference implementation, on every demo and test pair of ARC-AGI-1 training
task <task_id>, and prints pass/fail per program. It is the authors' quick
loop; `python -m batt_jax.library --verify` is the full check of both backends.
"""

import pathlib
import sys
import traceback

from batt_jax.data import embedded
from batt_jax.dsl import registry


def namespace() -> dict:
  """Every primitive's reference function and every constant's value, by name."""
  ns = {name: p.reference for name, p in registry.load().items()}
  ns.update({c.name: c.value for c in registry.CONSTANTS.values()})
  return ns


def arc1_tasks() -> dict:
  """ARC-AGI-1 training tasks by id (the data layer's embedded set)."""
  return {task.id: task for task in embedded.load("arc1-train").tasks}


def check_file(path, tasks) -> list:
  """[(function name, task id, passed, detail)] for each solver in the file."""
  ns = namespace()
  source = pathlib.Path(path).read_text()
  exec(compile(source, str(path), "exec"), ns)  # pylint: disable=exec-used
  out = []
  # The code generator must accept the program too (form and types).
  import codegen  # pylint: disable=import-outside-toplevel
  _, errors = codegen.load_source(source, str(path))
  # attribute each error to the function starting closest above it
  by_line = sorted((fn.__code__.co_firstlineno, name) for name, fn in ns.items()
                   if name.startswith("solve_") and callable(fn))
  rejected = {}
  for error in errors:
    owner = None
    for first, name in by_line:
      if first <= error.location.line:
        owner = name
    if owner:
      rejected[owner] = str(error)
  for name, fn in sorted(ns.items()):
    if not name.startswith("solve_") or not callable(fn):
      continue
    task_id = name[len("solve_"):].split("__")[0]
    task = tasks.get(task_id)
    if name in rejected:
      out.append((name, task_id, False, "rejected by the code generator: " + rejected[name]))
      continue
    if task is None:
      out.append((name, task_id, False, "not an ARC-AGI-1 training task"))
      continue
    detail = ""
    passed = True
    for k, pair in enumerate(task.train + task.test):
      grid, want = pair.input, pair.output
      try:
        got = fn(grid)
      except Exception:  # the authoring loop shows where a program breaks
        got = None
        detail = traceback.format_exc(limit=-2).strip().splitlines()[-1]
      if got != want:
        passed = False
        detail = detail or f"pair {k}: wrong output"
        break
    out.append((name, task_id, passed, detail))
  return out


def main(argv):
  if len(argv) > 2 and argv[1] == "--show":
    for task_id in argv[2:]:
      print(show(task_id))
    return
  tasks = arc1_tasks()
  total = passed = 0
  for path in argv[1:]:
    for name, _, ok, detail in check_file(path, tasks):
      total += 1
      passed += ok
      print(f"{'PASS' if ok else 'FAIL'} {name} {detail}")
  print(f"{passed}/{total} passed")



def show(task_id: str) -> str:
  """The demo and test grids of an ARC-AGI-1 training task, as text."""
  task = arc1_tasks()[task_id]
  lines = [f"task {task_id}"]
  for kind in ("train", "test"):
    for k, pair in enumerate(getattr(task, kind)):
      for side in ("input", "output"):
        grid = getattr(pair, side)
        lines.append(f"{kind}[{k}].{side} {len(grid)}x{len(grid[0])}")
        lines += ["  " + "".join(str(v) for v in row) for row in grid]
  return "\n".join(lines)


if __name__ == "__main__":
  main(sys.argv)
