"""The DSL's type vocabulary, primitive signatures and their unification.

Every DSL value has one of the *base types* below. Signatures are written as
strings in a small language and parsed once, at registration:

    rot90:   (Grid) -> Grid
    shift:   (P: Patch, Point) -> P          # P is a type variable bounded by Patch
    first:   (C: Container) -> Elem[C]       # Elem is a type function
    apply:   ((Elem[C]) -> R, C: Container) -> MapOf[C, R]
    compose: ((B) -> C, (A) -> B) -> (A) -> C

A union name (``Patch``) written bare, without a variable, stands for a
variable of its own, bounded by that union, at each occurrence. A single upper-case letter
that is not a declared name is a free type variable.

`check_call` unifies the argument types of a call with a signature and returns
the result type, or raises `TypeCheckError` saying which argument is wrong.
The code generator's type checker and mutation engine use it; so does the
registry, to validate signatures at import time.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import Dict, Mapping, Optional, Sequence, Tuple, Union

BASE_TYPES: Tuple[str, ...] = (
    "Grid",  # a 2-D array of colours 0..9, 1x1 to 30x30
    "Object",  # a set of (colour, cell) pairs, one colour per cell
    "Indices",  # a set of cells (row, column); coordinates may be negative
    "Objects",  # a set of Object
    "IndicesSet",  # a set of Indices
    "Integer",  # a bounded integer, |x| <= INT_LIMIT
    "Boolean",
    "Point",  # an integer pair (row, column): a location, offset or shape
    "IntegerSet",  # a set of Integer, ascending order
    "IntegerList",  # a tuple of Integer, order and repeats kept
    "GridTuple",  # a tuple of Grid
)

UNIONS: Dict[str, frozenset] = {
    "Patch": frozenset({"Object", "Indices"}),
    "Piece": frozenset({"Grid", "Object", "Indices"}),
    "Numerical": frozenset({"Integer", "Point"}),
    # Containers iterate over elements that are DSL values themselves.
    "Container": frozenset(
        {"Objects", "IndicesSet", "IntegerSet", "IntegerList", "GridTuple"}),
    "SetContainer": frozenset({"Objects", "IndicesSet", "IntegerSet"}),
    # Anything with a size: containers and patches.
    "Sized": frozenset(
        {"Objects", "IndicesSet", "IntegerSet", "IntegerList", "GridTuple",
         "Object", "Indices"}),
    "Integers": frozenset({"IntegerSet", "IntegerList"}),
    "PatchSet": frozenset({"Objects", "IndicesSet"}),
    # Containers and patches: what combine/intersection/difference accept.
    "Collection": frozenset(
        {"Objects", "IndicesSet", "IntegerSet", "IntegerList", "GridTuple",
         "Object", "Indices"}),
    "SetLike": frozenset({"Objects", "IndicesSet", "IntegerSet", "Object", "Indices"}),
    "Any": frozenset(BASE_TYPES),
}

# Element type of each container, and the container that holds an element
# type, for sets and for tuples.
ELEMENT: Dict[str, str] = {
    "Objects": "Object",
    "IndicesSet": "Indices",
    "IntegerSet": "Integer",
    "IntegerList": "Integer",
    "GridTuple": "Grid",
}
SET_OF: Dict[str, str] = {"Object": "Objects", "Indices": "IndicesSet",
                          "Integer": "IntegerSet"}
TUPLE_OF: Dict[str, str] = {"Integer": "IntegerList", "Grid": "GridTuple"}
ORDERED_CONTAINERS = frozenset({"IntegerList", "GridTuple"})


class TypeCheckError(TypeError):
  """An ill-typed call or an unparsable signature."""


# --------------------------------------------------------------------------
# Type terms.


@dataclasses.dataclass(frozen=True)
class Base:
  name: str

  def __str__(self):
    return self.name


@dataclasses.dataclass(frozen=True)
class Var:
  """A type variable; `bound` is the set of base types it may stand for."""
  name: str
  bound: Optional[frozenset] = None

  def __str__(self):
    return self.name


@dataclasses.dataclass(frozen=True)
class Fn:
  """A callable type: argument types and result type."""
  args: Tuple["Type", ...]
  ret: "Type"

  def __str__(self):
    return "(" + ", ".join(map(str, self.args)) + ") -> " + str(self.ret)


@dataclasses.dataclass(frozen=True)
class App:
  """A type function applied to types: Elem[C], SetOf[T], TupleOf[T], MapOf[C, R]."""
  fn: str
  args: Tuple["Type", ...]

  def __str__(self):
    return f"{self.fn}[" + ", ".join(map(str, self.args)) + "]"


Type = Union[Base, Var, Fn, App]
TYPE_FUNCTIONS = ("Elem", "SetOf", "TupleOf", "MapOf")


@dataclasses.dataclass(frozen=True)
class Signature:
  """A parsed primitive signature."""
  params: Tuple[Type, ...]
  ret: Type
  text: str

  @property
  def arity(self) -> int:
    return len(self.params)

  def as_fn(self) -> Fn:
    return Fn(self.params, self.ret)

  def __str__(self):
    return self.text


# --------------------------------------------------------------------------
# Parsing.

_TOKEN = re.compile(r"\s*(->|[A-Za-z_][A-Za-z0-9_]*|[()\[\],:])")


def _tokenize(text: str):
  pos, out = 0, []
  text = text.strip()
  while pos < len(text):
    m = _TOKEN.match(text, pos)
    if not m:
      raise TypeCheckError(f"cannot parse signature {text!r} at {pos}")
    out.append(m.group(1))
    pos = m.end()
  return out


class _Parser:
  """Recursive descent over: type := fn | app | name [':' bound]."""

  def __init__(self, text: str):
    self.text = text
    self.toks = _tokenize(text)
    self.i = 0
    self.vars: Dict[str, Var] = {}

  def peek(self):
    return self.toks[self.i] if self.i < len(self.toks) else None

  def take(self, expected=None):
    tok = self.peek()
    if tok is None or (expected is not None and tok != expected):
      raise TypeCheckError(
          f"signature {self.text!r}: expected {expected!r}, got {tok!r}")
    self.i += 1
    return tok

  def parse_signature(self) -> Signature:
    params = self.parse_tuple()
    self.take("->")
    ret = self.parse_type()
    if self.peek() is not None:
      raise TypeCheckError(f"signature {self.text!r}: trailing {self.peek()!r}")
    return Signature(tuple(params), ret, self.text)

  def parse_tuple(self):
    self.take("(")
    items = []
    if self.peek() != ")":
      items.append(self.parse_type())
      while self.peek() == ",":
        self.take(",")
        items.append(self.parse_type())
    self.take(")")
    return items

  def parse_type(self) -> Type:
    if self.peek() == "(":
      args = self.parse_tuple()
      self.take("->")
      return Fn(tuple(args), self.parse_type())
    name = self.take()
    if name in TYPE_FUNCTIONS:
      self.take("[")
      args = [self.parse_type()]
      while self.peek() == ",":
        self.take(",")
        args.append(self.parse_type())
      self.take("]")
      return App(name, tuple(args))
    if self.peek() == ":":  # a declared, bounded variable: "P: Patch"
      self.take(":")
      bound_name = self.take()
      if bound_name not in UNIONS:
        raise TypeCheckError(f"signature {self.text!r}: unknown bound {bound_name}")
      var = Var(name, UNIONS[bound_name])
      if name in self.vars and self.vars[name].bound not in (None, var.bound):
        raise TypeCheckError(f"signature {self.text!r}: {name} bound twice")
      self.vars[name] = var
      return var
    if name in BASE_TYPES:
      return Base(name)
    if name in UNIONS:  # each bare occurrence is its own variable
      return Var(f"?{name}@{self.i}", UNIONS[name])
    if len(name) <= 2 and name[0].isupper():
      return self.vars.setdefault(name, Var(name, None))
    raise TypeCheckError(f"signature {self.text!r}: unknown type {name!r}")


def parse_signature(text: str) -> Signature:
  """Parses "(T1, T2) -> R" into a `Signature`; declared variables are shared."""
  parser = _Parser(text)
  sig = parser.parse_signature()
  # A variable declared with a bound anywhere carries that bound everywhere.
  return _map_vars(sig, lambda v: parser.vars.get(v.name, v))


def parse_type(text: str) -> Type:
  parser = _Parser(text)
  t = parser.parse_type()
  return t


def _map_type(t: Type, f) -> Type:
  if isinstance(t, Var):
    return f(t)
  if isinstance(t, Fn):
    return Fn(tuple(_map_type(a, f) for a in t.args), _map_type(t.ret, f))
  if isinstance(t, App):
    return App(t.fn, tuple(_map_type(a, f) for a in t.args))
  return t


def _map_vars(sig: Signature, f) -> Signature:
  return Signature(tuple(_map_type(p, f) for p in sig.params),
                   _map_type(sig.ret, f), sig.text)


_fresh = itertools.count()


def instantiate(t: Type) -> Type:
  """Renames every variable of `t` to a fresh one, consistently by name.

  (A bare union in a signature was already given a name of its own per
  occurrence by the parser.)
  """
  names: Dict[str, Var] = {}

  def fresh(v: Var) -> Var:
    if v.name not in names:
      names[v.name] = Var(f"{v.name}#{next(_fresh)}", v.bound)
    return names[v.name]

  return _map_type(t, fresh)


# --------------------------------------------------------------------------
# Unification.


class Subst:
  """A substitution of type variables, with bound narrowing."""

  def __init__(self):
    self.binding: Dict[str, Type] = {}
    self.bounds: Dict[str, Optional[frozenset]] = {}

  def resolve(self, t: Type) -> Type:
    """Applies the substitution and evaluates type functions where possible."""
    if isinstance(t, Var):
      if t.name in self.binding:
        return self.resolve(self.binding[t.name])
      bound = self.bounds.get(t.name, t.bound)
      return Var(t.name, bound)
    if isinstance(t, Fn):
      return Fn(tuple(self.resolve(a) for a in t.args), self.resolve(t.ret))
    if isinstance(t, App):
      args = tuple(self.resolve(a) for a in t.args)
      value = _apply_type_function(t.fn, args)
      return value if value is not None else App(t.fn, args)
    return t


def _apply_type_function(fn: str, args: Sequence[Type]) -> Optional[Type]:
  """Evaluates a type function on resolved arguments; None if not yet known."""
  if not all(isinstance(a, Base) for a in args):
    return None
  names = [a.name for a in args]
  if fn == "Elem":
    result = ELEMENT.get(names[0])
  elif fn == "SetOf":
    result = SET_OF.get(names[0])
  elif fn == "TupleOf":
    result = TUPLE_OF.get(names[0])
  elif fn == "MapOf":  # the container `apply` builds: tuples stay tuples
    table = TUPLE_OF if names[0] in ORDERED_CONTAINERS else SET_OF
    result = table.get(names[1])
  else:
    result = None
  if result is None:
    raise TypeCheckError(f"{fn}[{', '.join(names)}] is not a DSL type")
  return Base(result)


def _occurs(name: str, t: Type, s: Subst) -> bool:
  t = s.resolve(t)
  if isinstance(t, Var):
    return t.name == name
  if isinstance(t, Fn):
    return any(_occurs(name, a, s) for a in t.args + (t.ret,))
  if isinstance(t, App):
    return any(_occurs(name, a, s) for a in t.args)
  return False


def unify(a: Type, b: Type, s: Subst, deferred: list) -> None:
  """Makes `a` and `b` equal under `s`, or raises TypeCheckError."""
  a, b = s.resolve(a), s.resolve(b)
  if a == b:
    return
  if isinstance(a, App) or isinstance(b, App):
    deferred.append((a, b))  # retried once more variables are known
    return
  if isinstance(b, Var) and not isinstance(a, Var):
    a, b = b, a
  if isinstance(a, Var):
    if isinstance(b, Var):
      if a.bound is None:
        bound = b.bound
      elif b.bound is None:
        bound = a.bound
      else:
        bound = a.bound & b.bound
        if not bound:
          raise TypeCheckError(f"no type is both {_bound_str(a)} and {_bound_str(b)}")
      s.bounds[b.name] = bound
      s.binding[a.name] = Var(b.name, bound)
      return
    if isinstance(b, Base):
      if a.bound is not None and b.name not in a.bound:
        raise TypeCheckError(f"expected {_bound_str(a)}, got {b.name}")
    elif a.bound is not None:  # a function cannot stand for a bounded variable
      raise TypeCheckError(f"expected {_bound_str(a)}, got a function {b}")
    if _occurs(a.name, b, s):
      raise TypeCheckError(f"recursive type {a} ~ {b}")
    s.binding[a.name] = b
    return
  if isinstance(a, Base) and isinstance(b, Base):
    raise TypeCheckError(f"expected {a.name}, got {b.name}")
  if isinstance(a, Fn) and isinstance(b, Fn):
    if len(a.args) != len(b.args):
      raise TypeCheckError(
          f"expected a function of {len(a.args)} arguments, got one of {len(b.args)}")
    for x, y in zip(a.args, b.args):
      unify(x, y, s, deferred)
    unify(a.ret, b.ret, s, deferred)
    return
  raise TypeCheckError(f"expected {a}, got {b}")


def _bound_str(v: Var) -> str:
  if v.bound is None:
    return "any type"
  for name, members in UNIONS.items():
    if members == v.bound:
      return name
  return "one of " + "|".join(sorted(v.bound))


def _invert(app: App, result: Base, s: Subst) -> bool:
  """Solves `app == result` for the variable inside `app`, if it has one.

  Elem[C] == X narrows C's bound to the containers whose element is X (binding
  C when only one is left); SetOf[E] / TupleOf[E] == X binds E (both are
  one-to-one). Returns whether the equation was absorbed.
  """
  if len(app.args) != 1 or not isinstance(app.args[0], Var):
    return False
  var = app.args[0]
  table = {"Elem": ELEMENT, "SetOf": SET_OF, "TupleOf": TUPLE_OF}.get(app.fn)
  if table is None:
    return False
  inputs = {k for k, v in table.items() if v == result.name}
  if var.bound is not None:
    inputs &= var.bound
  if not inputs:
    raise TypeCheckError(f"no {_bound_str(var)} has {app.fn} {result.name}")
  if len(inputs) == 1:
    s.binding[var.name] = Base(next(iter(inputs)))
  else:
    s.bounds[var.name] = frozenset(inputs)
  return True


def _settle(s: Subst, deferred: list) -> None:
  """Retries deferred equations until none can progress."""
  progress = True
  while deferred and progress:
    progress = False
    pending, deferred[:] = list(deferred), []
    for a, b in pending:
      ra, rb = s.resolve(a), s.resolve(b)
      if isinstance(ra, App) and isinstance(rb, App) and ra == rb:
        progress = True
        continue
      if isinstance(rb, App) and not isinstance(ra, App):
        ra, rb = rb, ra
      if isinstance(ra, App) and isinstance(rb, Base) and _invert(ra, rb, s):
        progress = True
        continue
      if isinstance(ra, App) or isinstance(rb, App):
        deferred.append((ra, rb))
      else:
        unify(ra, rb, s, deferred)
        progress = True


def check_call(sig: Signature, arg_types: Sequence[Type]) -> Type:
  """Returns the result type of calling `sig` with `arg_types`.

  Fewer arguments than parameters is an error here: partial application is
  spelled with `rbind`/`lbind` in programs. Raises `TypeCheckError` naming the
  offending argument (1-based).
  """
  if len(arg_types) != sig.arity:
    raise TypeCheckError(f"takes {sig.arity} arguments, got {len(arg_types)}")
  fn = instantiate(sig.as_fn())
  s, deferred = Subst(), []
  for i, (p, a) in enumerate(zip(fn.args, arg_types), 1):
    try:
      unify(p, instantiate(a), s, deferred)
      _settle(s, deferred)
    except TypeCheckError as e:
      raise TypeCheckError(f"argument {i}: {e}") from None
  _settle(s, deferred)
  ret = s.resolve(fn.ret)
  for a, b in list(deferred):
    if _narrow_leftover(s.resolve(a), s.resolve(b), ret, s):
      deferred.remove((a, b))
  if deferred:
    raise TypeCheckError("cannot infer " + ", ".join(str(s.resolve(a)) for a, _ in deferred))
  return s.resolve(fn.ret)


def _narrow_leftover(a: Type, b: Type, ret: Type, s: Subst) -> bool:
  """Absorbs a leftover `F[V] == W` between variables, where that is sound.

  V is narrowed to the types F maps into W's bound. The equation may then be
  dropped when W is not part of the result (its only constraint was its
  bound, which every remaining V now satisfies), e.g. compose(size, singleton).
  """
  if isinstance(b, App):
    a, b = b, a
  if not (isinstance(a, App) and len(a.args) == 1 and isinstance(a.args[0], Var)
          and isinstance(b, Var)):
    return False
  table = {"Elem": ELEMENT, "SetOf": SET_OF, "TupleOf": TUPLE_OF}.get(a.fn)
  if table is None or _occurs(b.name, ret, s):
    return False
  var = a.args[0]
  inputs = {k for k, v in table.items() if b.bound is None or v in b.bound}
  if var.bound is not None:
    inputs &= var.bound
  if not inputs:
    raise TypeCheckError(f"no {_bound_str(var)} has {a.fn} in {_bound_str(b)}")
  s.bounds[var.name] = frozenset(inputs)
  return True


def is_concrete(t: Type) -> bool:
  """True when `t` has no variables and no unevaluated type functions."""
  if isinstance(t, Base):
    return True
  if isinstance(t, Fn):
    return all(is_concrete(a) for a in t.args) and is_concrete(t.ret)
  return False


def compatible(value: Type, wanted: Type) -> bool:
  """Whether a value of type `value` can stand where `wanted` is expected."""
  try:
    unify(instantiate(wanted), instantiate(value), Subst(), [])
    return True
  except TypeCheckError:
    return False


def base(name: str) -> Base:
  if name not in BASE_TYPES:
    raise TypeCheckError(f"unknown type {name!r}")
  return Base(name)


def type_str(t: Type, names: Optional[Mapping[str, str]] = None) -> str:
  """Prints a type with variables renamed A, B, ... for messages."""
  names = dict(names or {})

  def rename(v: Var) -> Var:
    if v.name not in names:
      names[v.name] = chr(ord("A") + len(names))
    return Var(names[v.name], v.bound)

  return str(_map_type(t, rename))
