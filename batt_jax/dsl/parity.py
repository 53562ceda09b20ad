"""Parity of the JAX DSL with the reference, on real ARC grids.

For a primitive, `cases()` builds argument tuples from pools of reference
values of each DSL type, all derived from real grids (objects and patches are
extracted by the reference itself). `check()` runs the reference on each case,
runs the JAX implementation under `jit(vmap(...))` on the encoded cases,
decodes, and returns the mismatches (validity included).

Type variables are tried at every member of their bound; callable parameters
at every registered primitive whose signature fits (up to a few).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
from typing import Callable, Dict, List, Optional, Sequence

import jax
import numpy as np

from batt_jax.dsl import encoding
from batt_jax.dsl import registry
from batt_jax.dsl import types as T

INTEGERS = (-2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
POINTS = ((0, 0), (1, 1), (-1, 0), (0, 1), (1, 0), (0, -1), (2, 3), (3, 2),
          (-1, -1), (1, -1), (5, 5), (0, 2), (2, 0), (3, 3), (-2, 4), (4, 1))
MAX_CALLABLES = 4
MAX_INSTANTIATIONS = 6


@dataclasses.dataclass
class Pools:
  """Reference values of every DSL type, built from a list of grids."""
  values: Dict[str, list]

  @classmethod
  def from_grids(cls, grids: Sequence[tuple]) -> "Pools":
    prims = registry.load()
    call = lambda name, *a: prims[name].call_reference(*a) if name in prims else None
    grids = [tuple(map(tuple, g)) for g in grids]
    values: Dict[str, list] = {t: [] for t in T.BASE_TYPES}
    values["Grid"] = list(grids)
    values["Integer"] = list(INTEGERS)
    values["Boolean"] = [False, True]
    values["Point"] = list(POINTS)
    for k, g in enumerate(grids):
      flags = [(True, False, True), (False, False, True), (True, True, False),
               (False, True, True)][k % 4]
      objs = call("objects", g, *flags)
      if objs is None or not objs:
        objs = call("partition", g)
      if objs:
        ordered = encoding.canon.ordered(objs)
        values["Objects"].append(objs)
        obj = ordered[k % len(ordered)]
        values["Object"].append(obj)
        values["Indices"].append(frozenset(loc for _, loc in obj))
        values["IndicesSet"].append(
            frozenset(frozenset(loc for _, loc in o) for o in ordered))
        values["IntegerList"].append(tuple(len(o) for o in ordered[:8]))
      palette = frozenset(v for row in g for v in row)
      values["IntegerSet"].append(palette)
      halves = call("hsplit", g, 2) or call("vsplit", g, 2)
      values["GridTuple"].append(halves or (g, grids[(k + 1) % len(grids)]))
    # The empty patch is a value like any other: its edge cases need checking.
    values["Indices"].insert(0, frozenset())
    values["Object"].insert(0, frozenset())
    for t in values:
      if not values[t]:
        raise ValueError(f"no values of type {t} from these grids")
    return cls(values)

  def pick(self, type_name: str, k: int):
    pool = self.values[type_name]
    return pool[k % len(pool)]


def _members(var: T.Var) -> List[str]:
  return sorted(var.bound) if var.bound is not None else list(T.BASE_TYPES)


def instantiations(sig: T.Signature) -> List[dict]:
  """Concrete assignments of the signature's variables (first-order params only)."""
  names: Dict[str, T.Var] = {}

  def collect(t):
    if isinstance(t, T.Var):
      names.setdefault(t.name, t)
    elif isinstance(t, T.Fn):
      for a in t.args + (t.ret,):
        collect(a)
    elif isinstance(t, T.App):
      for a in t.args:
        collect(a)

  for p in sig.params:
    if not isinstance(p, T.Fn):
      collect(p)
  if not names:
    return [{}]
  choices = [[(n, m) for m in _members(v)] for n, v in names.items()]
  # Diagonal first: every member of every variable appears before any repeats,
  # so a cap on instantiations still covers each type (Objects in argmax, ...).
  widest = max(len(c) for c in choices)
  ordered = [tuple(c[i % len(c)] for c in choices) for i in range(widest)]
  ordered += [combo for combo in itertools.islice(itertools.product(*choices), 200)
              if combo not in ordered]
  return [dict(combo) for combo in ordered[:MAX_INSTANTIATIONS * 4]]


def _substitute(t: T.Type, assignment: dict) -> T.Type:
  s = T.Subst()
  for name, base in assignment.items():
    s.binding[name] = T.Base(base)
  return s.resolve(t)


def callables_for(fn_type: T.Fn) -> List[str]:
  """Registered primitives (with both implementations) that fit `fn_type`."""
  out = []
  for name, prim in sorted(registry.load().items()):
    if prim.jax is None or prim.signature.arity != len(fn_type.args):
      continue
    if any(isinstance(p, T.Fn) for p in prim.signature.params):
      continue
    try:
      T.unify(T.instantiate(fn_type), T.instantiate(prim.signature.as_fn()), T.Subst(), [])
    except T.TypeCheckError:
      continue
    out.append(name)
  return out


@dataclasses.dataclass
class CaseSet:
  """Cases of one primitive at one instantiation of its types."""
  prim: registry.Primitive
  arg_types: List[T.Type]
  ret_type: str
  callables: Dict[int, str]  # parameter position -> primitive name passed
  args: List[tuple]  # reference arguments (callable slots hold None)

  @property
  def label(self) -> str:
    parts = [self.callables.get(i) or str(t) for i, t in enumerate(self.arg_types)]
    return f"{self.prim.name}({', '.join(parts)}) -> {self.ret_type}"


def returns_callable(prim: registry.Primitive) -> bool:
  """Combinators return callables: compared by applying them (test_dsl_combinators)."""
  return isinstance(prim.signature.ret, T.Fn)


def cases(prim: registry.Primitive, pools: Pools, n: int,
          hints: Optional[Dict[int, Callable[[int], object]]] = None) -> List[CaseSet]:
  """Builds up to `n` cases per instantiation of `prim`'s types.

  `hints` maps a parameter position to a function k -> reference value, for
  arguments whose useful range the pools do not cover.
  """
  hints = prim.parity_hints if hints is None else hints
  out = []
  for assignment in instantiations(prim.signature)[:MAX_INSTANTIATIONS * 4]:
    arg_types = [_substitute(p, assignment) for p in prim.signature.params]
    fn_slots = {i: t for i, t in enumerate(arg_types) if isinstance(t, T.Fn)}
    callable_lists = [callables_for(t)[:MAX_CALLABLES] for t in fn_slots.values()]
    if any(not c for c in callable_lists):
      continue
    for combo in itertools.product(*callable_lists) if fn_slots else [()]:
      chosen = dict(zip(fn_slots, combo))
      concrete = [T.instantiate(registry.get(chosen[i]).signature.as_fn())
                  if i in chosen else t for i, t in enumerate(arg_types)]
      try:
        ret = T.check_call(prim.signature, concrete)
      except T.TypeCheckError:
        continue
      if not isinstance(ret, T.Base):
        continue
      if not all(isinstance(t, T.Base) for i, t in enumerate(concrete) if i not in chosen):
        continue
      args = []
      for k in range(n):
        row = []
        for i, t in enumerate(concrete):
          if i in chosen:
            row.append(None)
          elif hints and i in hints:
            row.append(hints[i](k))
          else:
            # Offset each parameter so that pairs of same-typed args differ.
            row.append(pools.pick(t.name, k * (i + 1) + i * 7))
        args.append(tuple(row))
      out.append(CaseSet(prim, concrete, ret.name, chosen, args))
      if len(out) >= MAX_INSTANTIATIONS:
        return out
  return out


@functools.lru_cache(maxsize=None)
def _compiled(prim_name: str, types_key: tuple, callables_key: tuple):
  prim = registry.get(prim_name)
  chosen = dict(callables_key)

  def one(*encoded):
    args, it = [], iter(encoded)
    for i in range(len(types_key)):
      args.append(registry.get(chosen[i]).as_jax_callable() if i in chosen else next(it))
    return prim.call_jax(*args)

  return jax.jit(jax.vmap(one))


def run_reference(case: CaseSet) -> list:
  out = []
  for row in case.args:
    args = [registry.get(case.callables[i]).as_reference_callable() if i in case.callables
            else a for i, a in enumerate(row)]
    out.append(case.prim.call_reference(*args))
  return out


CHUNK = 256  # samples per compiled call: one shape, bounded memory


def run_jax(case: CaseSet) -> list:
  """Encodes, runs under jit(vmap) and decodes every case of `case`."""
  fn = _compiled(case.prim.name, tuple(str(t) for t in case.arg_types),
                 tuple(sorted(case.callables.items())))
  out = []
  for start in range(0, len(case.args), CHUNK):
    rows = list(case.args[start:start + CHUNK])
    n = len(rows)
    rows += [rows[-1]] * (min(CHUNK, len(case.args)) - n)  # pad: one compiled shape
    columns = []
    for i, t in enumerate(case.arg_types):
      if i not in case.callables:
        columns.append(encoding.stack([encoding.encode(row[i], t.name) for row in rows]))
    result = jax.device_get(fn(*columns))
    for k in range(n):
      raw = encoding.unstack(result, k)
      value = encoding.decode(raw, case.ret_type)
      if value is not None and not _canonical(raw, value, case.ret_type):
        value = NonCanonical(value)
      out.append(value)
  return out


class NonCanonical:
  """A JAX result that decodes right but is not in canonical form (a bug:
  `equality` compares encodings field by field)."""

  def __init__(self, value):
    self.value = value

  def __repr__(self):
    return f"NonCanonical({self.value!r})"


def _canonical(raw, value, type_name: str) -> bool:
  """Whether an encoded result equals the canonical encoding of its value."""
  canonical = encoding.encode(value, type_name)
  return all(np.array_equal(np.asarray(raw[k]), np.asarray(canonical[k])) and
             np.asarray(raw[k]).dtype == np.asarray(canonical[k]).dtype
             for k in canonical.keys())


def edge_grids() -> List[tuple]:
  """Synthetic edge cases: extreme sizes, one colour, all colours, capacity overflow."""
  rng = np.random.RandomState(0)
  grids = [((0,),), ((7,),), ((3,) * 30,) * 30, tuple((5,) for _ in range(30)),
           ((1,) * 30,), tuple(tuple(range(10)) for _ in range(3)),
           tuple(tuple((i + j) % 2 * 4 for j in range(30)) for i in range(30)),
           tuple(tuple(int(v) for v in row) for row in rng.randint(0, 10, (30, 30))),
           tuple(tuple(int(v) for v in row) for row in rng.randint(0, 3, (13, 17))),
           ((0, 0), (0, 0)), ((2, 0, 2), (0, 2, 0), (2, 0, 2))]
  return grids


def check(case: CaseSet, limit: int = 5) -> List[str]:
  """Mismatches between reference and JAX on every case ('' if none)."""
  expected = run_reference(case)
  got = run_jax(case)
  bad = []
  for row, e, g in zip(case.args, expected, got):
    if e is not None:
      # The reference result must itself be encodable (capacities enforced).
      e_enc = encoding.decode(encoding.encode(e, case.ret_type), case.ret_type)
      if e_enc != e:
        bad.append(f"{case.label}: reference result exceeds the encoding: {_short(e)}")
        continue
    if e != g:
      bad.append(f"{case.label}: args={_short(row)} reference={_short(e)} jax={_short(g)}")
    if len(bad) >= limit:
      break
  return bad


def _short(x, n=300) -> str:
  s = repr(x)
  return s if len(s) <= n else s[:n] + "..."
