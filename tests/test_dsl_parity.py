"""Parity of every registered primitive: JAX under jit(vmap) == reference, validity included.

The fast test draws cases from a sample of ARC-AGI-1 training grids plus
synthetic edge grids; the slow sweep (marked `slow`) from every grid of
ARC-AGI-1 training and evaluation.
"""

import functools

import pytest

from batt_jax.dsl import parity
from batt_jax.dsl import registry

from conftest import arc1_grids

PRIMITIVES = sorted(n for n, p in registry.load().items() if not parity.returns_callable(p))
CALLABLE_RESULTS = sorted(n for n, p in registry.load().items() if parity.returns_callable(p))
FAST_CASES = 24


@functools.lru_cache(maxsize=None)
def fast_pools():
  grids = arc1_grids("train")[::40] + parity.edge_grids()
  return parity.Pools.from_grids(grids)


@functools.lru_cache(maxsize=None)
def full_pools():
  return parity.Pools.from_grids(arc1_grids("train") + arc1_grids("eval") + parity.edge_grids())


def _assert_parity(name, pools, n):
  prim = registry.get(name)
  assert prim.jax is not None, f"{name} has no JAX implementation"
  case_sets = parity.cases(prim, pools, n)
  assert case_sets, f"no well-typed cases could be built for {name}"
  bad = []
  for case in case_sets:
    bad += parity.check(case)
  assert not bad, "\n".join(bad)


@pytest.mark.parametrize("name", PRIMITIVES)
def test_parity_fast(name):
  _assert_parity(name, fast_pools(), FAST_CASES)


@pytest.mark.slow
@pytest.mark.parametrize("name", PRIMITIVES)
def test_parity_all_arc1_grids(name):
  pools = full_pools()
  _assert_parity(name, pools, len(pools.values["Grid"]))


@pytest.mark.parametrize("name", CALLABLE_RESULTS)
def test_callable_results_are_tested_by_application(name):
  """A primitive returning a callable cannot be decoded; its parity is checked
  by applying the callable under jit(vmap) in test_dsl_combinators.py."""
  import pathlib  # pylint: disable=import-outside-toplevel
  source = (pathlib.Path(__file__).parent / "test_dsl_combinators.py").read_text()
  assert f"def test_{name}" in source or f'"{name}"' in source, (
      f"{name} returns a callable but no combinator test applies it")
