"""What generated batt modules import: the primitives `P` and constants `C`.

`P.<name>` is the registry's JAX callable for a primitive (`call_jax`: the
result is invalid when any argument is), so a generated line reads like the
library's: `x7 = P.objects(I, T, F, T)`, and `P.toindices` is the primitive
passed as a value. `C.<name>` is a registry constant encoded as JAX arrays.
Lookups go through the registry on use, so primitives registered after this
module was imported are found too.
"""

from __future__ import annotations

import functools
from typing import Any, Callable

import jax
import jax.numpy as jnp

from batt_jax.dsl import encoding
from batt_jax.dsl import registry


class _Primitives:
  """Attribute access to the registry's JAX callables."""

  def __getattr__(self, name: str) -> Callable:
    try:
      return registry.get(name).as_jax_callable()
    except KeyError:
      raise AttributeError(name) from None


@functools.lru_cache(maxsize=None)
def encoded_constant(name: str) -> Any:
  """The registry constant `name` as an encoded value of JAX arrays."""
  registry.load()
  constant = registry.CONSTANTS[name]
  return jax.tree.map(jnp.asarray, encoding.encode(constant.value, constant.type))


class _Constants:
  """Attribute access to encoded registry constants."""

  def __getattr__(self, name: str) -> Any:
    try:
      return encoded_constant(name)
    except KeyError:
      raise AttributeError(name) from None


P = _Primitives()
C = _Constants()
