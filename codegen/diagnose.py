"""Finds where the compiled path and the reference part ways, line by line.

When a batt slot disagrees with `interpret.run`, `first_divergence` replays the
program eagerly on both DSL implementations and returns the first line whose
data value (decoded) differs: the primitive to look at. Callable values are
skipped (they cannot be compared); their effect shows at the next data line.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Optional

import jax
import jax.numpy as jnp

from batt_jax.dsl import encoding
from batt_jax.dsl import registry
from batt_jax.dsl import types as T
from codegen import interpret
from codegen import typecheck
from codegen.program import INPUT, Line, Program
from codegen.runtime import C, P


@dataclasses.dataclass(frozen=True)
class Divergence:
  """The first line whose JAX value decodes differently from the reference.

  Attributes:
    line: the line.
    type_name: its result's DSL type.
    jax_value: the decoded JAX value (None: invalid).
    reference_value: the reference value (None: undefined).
  """
  line: Line
  type_name: str
  jax_value: Any
  reference_value: Any

  def __str__(self) -> str:
    return (f"{self.line.location}: {self.line.render()} ({self.type_name}): "
            f"jax {str(self.jax_value)[:200]} != reference {str(self.reference_value)[:200]}")


def first_divergence(program: Program, grid) -> Optional[Divergence]:
  """The first diverging line of `program` on `grid`, or None if all agree."""
  primitives = registry.load()
  types = typecheck.infer(program)
  grid = tuple(tuple(int(v) for v in row) for row in grid)
  ref = {INPUT: grid}
  enc = {INPUT: jax.tree.map(jnp.asarray, encoding.encode(grid, "Grid"))}
  for line in program.lines:
    ref_args = [interpret.value_of(a, ref, primitives, registry.CONSTANTS) for a in line.args]
    jax_args = [enc[a.name] if a.kind in ("input", "var")
                else getattr(C if a.kind == "const" else P, a.name) for a in line.args]
    prim = primitives[line.primitive]
    ref[line.target] = prim.call_reference(*ref_args)
    enc[line.target] = prim.call_jax(*jax_args)
    t = types[line.target]
    if isinstance(t, T.Base):
      got = encoding.decode(enc[line.target], t.name)
      if got != ref[line.target]:
        return Divergence(line, t.name, got, ref[line.target])
  return None
