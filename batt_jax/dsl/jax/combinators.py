"""JAX: combinators."""

from batt_jax.dsl.registry import implements  # noqa: F401
