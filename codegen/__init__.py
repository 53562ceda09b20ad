"""Code generation for batt: ARC solver libraries -> compiled JAX functions.

Pipeline, one module each: parse (source -> Program), typecheck, graph (merge
with common-subexpression elimination), mutate (type-compatible variants),
emit (one Python module per chunk), pipeline (the in-memory API), interpret (the
reference interpreter, the compiled path's oracle). `python -m codegen` writes
the modules and a manifest to a folder.
"""

from codegen.interpret import run as run_reference
from codegen.pipeline import (BuildResult, BuildStats, Chunk, build, check_programs,
                              load_programs, load_source)
from codegen.program import Arg, Line, Lineage, Location, Program, ProgramError

__all__ = [
    "Arg", "BuildResult", "BuildStats", "Chunk", "Line", "Lineage", "Location",
    "Program", "ProgramError", "build", "check_programs", "load_programs",
    "load_source", "run_reference",
]
