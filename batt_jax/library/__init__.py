"""The solver library: straight-line DSL programs, one per ARC-AGI-1 training task.

Programs live as package data in `solvers/*.py`; `solver_files()` lists them.
"""

import pathlib

LIBRARY_DIR = pathlib.Path(__file__).parent / "solvers"


def solver_files() -> list:
  """The library's program files, sorted."""
  return sorted(p for p in LIBRARY_DIR.glob("*.py") if p.name != "__init__.py")
