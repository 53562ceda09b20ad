"""Reference: combinators."""

from batt_jax.dsl.registry import primitive  # noqa: F401
