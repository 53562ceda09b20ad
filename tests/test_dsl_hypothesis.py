"""Parity on hypothesis-generated grids: sizes 1x1..30x30, one colour, all ten
colours, thin strips, and checkerboards that overflow the object capacity."""

import functools

import jax
from hypothesis import given, settings, strategies as st
import numpy as np

from batt_jax.dsl import encoding
from batt_jax.dsl import registry

# Grid-level primitives whose other arguments are flags or colours.
CASES = {
    "objects": [(True, False, True), (False, True, False), (True, True, False),
                (False, False, True)],
    "partition": [()], "fgpartition": [()], "frontiers": [()], "palette": [()],
    "mostcolor": [()], "leastcolor": [()], "compress": [()], "trim": [()],
    "rot90": [()], "dmirror": [()], "hperiod": [()], "vperiod": [()],
    "asobject": [()], "ofcolor": [(0,), (5,)], "replace": [(0, 9)], "switch": [(1, 2)],
    "rankcolors": [()],
}
TYPES = {bool: "Boolean", int: "Integer"}


@functools.lru_cache(maxsize=None)
def compiled(name: str, extra: tuple):
  prim = registry.get(name)
  consts = [encoding.encode(v, TYPES[type(v)]) for v in extra]
  return jax.jit(lambda g: prim.call_jax(g, *consts))


@st.composite
def grids(draw):
  h = draw(st.integers(1, 30))
  w = draw(st.integers(1, 30))
  kind = draw(st.sampled_from(["random", "one", "checker", "all", "few"]))
  if kind == "one":
    return ((draw(st.integers(0, 9)),) * w,) * h
  if kind == "checker":
    a, b = draw(st.integers(0, 9)), draw(st.integers(0, 9))
    return tuple(tuple(a if (i + j) % 2 else b for j in range(w)) for i in range(h))
  colors = 10 if kind in ("random", "all") else draw(st.integers(1, 3))
  cells = draw(st.lists(st.integers(0, colors - 1), min_size=h * w, max_size=h * w))
  if kind == "all" and h * w >= 10:
    cells[:10] = list(range(10))
  return tuple(tuple(cells[i * w:(i + 1) * w]) for i in range(h))


@settings(max_examples=60, deadline=None)
@given(grids())
def test_grid_primitives_agree_on_generated_grids(grid):
  registry.load()
  for name, extras in CASES.items():
    prim = registry.get(name)
    for extra in extras:
      want = prim.call_reference(grid, *extra)
      out = jax.device_get(compiled(name, extra)(encoding.encode(grid, "Grid")))
      got = encoding.decode(out, encoding.TYPE_OF[type(out)])
      assert got == want, f"{name}{extra} on {np.asarray(grid).shape}: {got!r} != {want!r}"
