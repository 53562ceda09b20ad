"""The primitive registry: name -> typed signature, reference and JAX functions.

Reference modules declare primitives with `@primitive(name, signature)`; JAX
modules attach their implementation with `@implements(name)`. `load()` imports
every family once and checks that each primitive has both.

Calling conventions, enforced here so that primitives need not repeat them:
* `Primitive.call_reference(*args)`: an invalid argument (None) gives None; an
  `Undefined` (or arithmetic / lookup / empty-sequence error) raised by the
  reference gives None.
* `Primitive.call_jax(*args)`: the result's `valid` is ANDed with every encoded
  argument's `valid`; callables are passed through untouched.
Constants that programs may name are registered with `constant(name, type, value)`.
"""

from __future__ import annotations

import dataclasses
import importlib
from typing import Any, Callable, Dict, Optional

import jax
import jax.numpy as jnp

from batt_jax.dsl import types as T
from batt_jax.dsl.encoding import Undefined

FAMILIES = ("arith", "combinators", "grids", "colors", "objects", "patches",
            "containers")

# Errors a reference primitive may raise on undefined input; anything else is a bug.
UNDEFINED_ERRORS = (Undefined, ArithmeticError, IndexError, ValueError,
                    StopIteration, KeyError)


@dataclasses.dataclass
class Primitive:
  """One DSL primitive."""
  name: str
  signature: T.Signature
  reference: Callable
  family: str
  jax: Optional[Callable] = None

  @property
  def doc(self) -> str:
    return (self.reference.__doc__ or "").strip()

  def call_reference(self, *args):
    if any(a is None for a in args):
      return None
    try:
      return self.reference(*args)
    except UNDEFINED_ERRORS:
      return None

  def call_jax(self, *args):
    out = self.jax(*args)
    ok = jnp.asarray(True)
    for a in args:
      if hasattr(a, "valid"):
        ok = ok & a.valid
    return out.replace(valid=out.valid & ok)

  @property
  def parity_hints(self) -> dict:
    """Argument generators for the parity sweep: position -> (k -> value).

    Declared in the family's reference module as PARITY_HINTS[name], for
    arguments whose meaningful range the generic pools do not cover.
    """
    module = importlib.import_module(self.reference.__module__)
    return getattr(module, "PARITY_HINTS", {}).get(self.name, {})

  def as_reference_callable(self) -> Callable:
    """The reference function as a DSL callable value (raises when undefined)."""
    return self.reference

  def as_jax_callable(self) -> Callable:
    return self.call_jax


@dataclasses.dataclass(frozen=True)
class Constant:
  name: str
  type: str
  value: Any


REGISTRY: Dict[str, Primitive] = {}
CONSTANTS: Dict[str, Constant] = {}
_family_of_module: Dict[str, str] = {}
_loaded = False


def primitive(name: str, signature: str) -> Callable:
  """Declares a primitive by its reference implementation."""
  sig = T.parse_signature(signature)

  def register(fn: Callable) -> Callable:
    if name in REGISTRY:
      raise ValueError(f"primitive {name!r} registered twice")
    family = fn.__module__.rsplit(".", 1)[-1]
    REGISTRY[name] = Primitive(name, sig, fn, family)
    return fn

  return register


def implements(name: str) -> Callable:
  """Attaches a JAX implementation to a declared primitive."""

  def register(fn: Callable) -> Callable:
    if name not in REGISTRY:
      raise ValueError(f"JAX implementation of undeclared primitive {name!r}")
    if REGISTRY[name].jax is not None:
      raise ValueError(f"JAX implementation of {name!r} given twice")
    REGISTRY[name].jax = fn
    return fn

  return register


def constant(name: str, type_name: str, value: Any) -> None:
  if name in CONSTANTS:
    raise ValueError(f"constant {name!r} registered twice")
  T.base(type_name)
  CONSTANTS[name] = Constant(name, type_name, value)


def load() -> Dict[str, Primitive]:
  """Imports every family (reference then JAX) and returns the registry.

  The first `get` may come inside a trace (a fresh process's first kernel).
  The families' module-level jnp constants are then still made eagerly: made
  inside the trace, they would belong to it, and every later kernel that
  closes over them would be lowered with them as extra inputs, which its
  serialized executable lacks when loaded in another process.
  """
  global _loaded
  if not _loaded:
    with jax.ensure_compile_time_eval():
      importlib.import_module("batt_jax.dsl.constants")
      for family in FAMILIES:
        importlib.import_module(f"batt_jax.dsl.reference.{family}")
      for family in FAMILIES:
        importlib.import_module(f"batt_jax.dsl.jax.{family}")
    _loaded = True
  return REGISTRY


def get(name: str) -> Primitive:
  load()
  if name not in REGISTRY:
    raise KeyError(f"unknown primitive {name!r}")
  return REGISTRY[name]


def missing_jax() -> list:
  return sorted(n for n, p in load().items() if p.jax is None)


def describe() -> list:
  """One record per primitive: name, family, signature, implementations, doc."""
  load()
  return [
      {"name": p.name, "family": p.family, "signature": str(p.signature),
       "reference": True, "jax": p.jax is not None,
       "doc": p.doc.splitlines()[0] if p.doc else ""}
      for p in sorted(REGISTRY.values(), key=lambda p: (p.family, p.name))
  ]
