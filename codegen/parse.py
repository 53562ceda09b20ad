"""Parses library source into `Program`s, rejecting anything outside the form.

The accepted form, per function:

    def solve_<task_id>(I):
        ["docstring"]
        <var> = <primitive>(<name>, ...)     # one call per line
        ...
        O = <primitive>(<name>, ...)
        return O

where every argument is `I`, an earlier variable, a registry constant or a
primitive name. At module level a docstring, imports (ignored: library files
often start with `from dsl import *`) and such functions are allowed.

A bad function is reported as a `ProgramError` (`path:line: reason`) and the
others go on; a file that is not Python at all gives one error.
"""

from __future__ import annotations

import ast
import os
import re
from typing import Dict, List, Mapping, Optional, Tuple

from batt_jax.dsl import registry
from codegen.program import (INPUT, OUTPUT, Arg, Line, Location, Program,
                             ProgramError)

PREFIX = "solve_"
_TASK_ID = re.compile(r"solve_([0-9a-f]{8})")
_REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def display_path(path: str) -> str:
  """The path as shown in messages and headers: repository-relative if inside."""
  full = os.path.abspath(path)
  if full.startswith(_REPO_ROOT + os.sep):
    return os.path.relpath(full, _REPO_ROOT)
  return full


def task_id_of(name: str) -> str:
  """"solve_007bbfb7" and "solve_007bbfb7_2" -> "007bbfb7"; else the name's tail."""
  m = _TASK_ID.match(name)
  return m.group(1) if m else name[len(PREFIX):]


def parse_source(text: str, path: str = "<string>",
                 primitives: Optional[Mapping[str, registry.Primitive]] = None,
                 constants: Optional[Mapping[str, registry.Constant]] = None,
                 ) -> Tuple[List[Program], List[ProgramError]]:
  """Parses one module's text; returns its programs and the rejections."""
  primitives = registry.load() if primitives is None else primitives
  constants = registry.CONSTANTS if constants is None else constants
  try:
    module = ast.parse(text, filename=path)
  except SyntaxError as e:
    return [], [ProgramError(Location(path, e.lineno or 0), f"syntax error: {e.msg}")]
  lines = text.splitlines()
  programs, errors = [], []
  for k, stmt in enumerate(module.body):
    if k == 0 and _is_docstring(stmt):
      continue
    if isinstance(stmt, (ast.Import, ast.ImportFrom)):
      continue
    loc = Location(path, stmt.lineno)
    if not isinstance(stmt, ast.FunctionDef):
      errors.append(ProgramError(
          loc, f"only solver functions are allowed at module level, got {_describe(stmt)}"))
      continue
    try:
      source = "\n".join(lines[stmt.lineno - 1:stmt.end_lineno]) + "\n"
      programs.append(_Function(path, primitives, constants).parse(stmt, source))
    except ProgramError as e:
      errors.append(e)
  return programs, errors


def parse_file(path: str, **kwargs) -> Tuple[List[Program], List[ProgramError]]:
  with open(path, encoding="utf-8") as f:
    text = f.read()
  return parse_source(text, display_path(path), **kwargs)


def _is_docstring(stmt: ast.stmt) -> bool:
  return (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)
          and isinstance(stmt.value.value, str))


def _describe(node: ast.AST) -> str:
  return {
      ast.If: "an if statement", ast.For: "a for loop", ast.While: "a while loop",
      ast.AugAssign: "an augmented assignment", ast.AnnAssign: "an annotated assignment",
      ast.Expr: "an expression statement", ast.ClassDef: "a class",
      ast.Try: "a try statement", ast.With: "a with statement",
      ast.Return: "a return", ast.Assign: "an assignment",
  }.get(type(node), f"a {type(node).__name__} statement")


class _Function:
  """Parses one `def solve_...(I)`; the first violation raises ProgramError."""

  def __init__(self, path, primitives, constants):
    self.path = path
    self.primitives = primitives
    self.constants = constants

  def loc(self, node: ast.AST) -> Location:
    return Location(self.path, node.lineno)

  def fail(self, node: ast.AST, reason: str):
    raise ProgramError(self.loc(node), reason)

  def parse(self, fn: ast.FunctionDef, source: str) -> Program:
    if not fn.name.startswith(PREFIX):
      self.fail(fn, f"function {fn.name!r}: a solver's name must start with {PREFIX!r}")
    if fn.decorator_list:
      self.fail(fn, f"{fn.name}: decorators are not allowed")
    a = fn.args
    if (len(a.args) != 1 or a.args[0].arg != INPUT or a.posonlyargs or a.kwonlyargs
        or a.vararg or a.kwarg or a.defaults or a.args[0].annotation or fn.returns):
      self.fail(fn, f"{fn.name}: a solver takes exactly one argument, {INPUT}")
    body = list(fn.body)
    if body and _is_docstring(body[0]):
      body = body[1:]
    if not body or not isinstance(body[-1], ast.Return):
      self.fail(fn, f"{fn.name}: a solver must end with `return {OUTPUT}`")
    # Every target, to tell "used before assignment" from "unknown name".
    assigned_at: Dict[str, int] = {}
    for stmt in body[:-1]:
      if (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
          and isinstance(stmt.targets[0], ast.Name)):
        assigned_at.setdefault(stmt.targets[0].id, stmt.lineno)
    lines: List[Line] = []
    defined: Dict[str, int] = {}
    for stmt in body[:-1]:
      lines.append(self.parse_line(stmt, defined, assigned_at))
    ret = body[-1]
    if not (isinstance(ret.value, ast.Name) and ret.value.id == OUTPUT):
      self.fail(ret, f"a solver must return {OUTPUT}")
    if OUTPUT not in defined:
      self.fail(ret, f"{OUTPUT} is never assigned")
    return Program(name=fn.name, task_id=task_id_of(fn.name), lines=tuple(lines),
                   source=source, location=self.loc(fn))

  def parse_line(self, stmt: ast.stmt, defined: Dict[str, int],
                 assigned_at: Dict[str, int]) -> Line:
    if isinstance(stmt, ast.Return):
      self.fail(stmt, "return must be the last statement")
    if not isinstance(stmt, ast.Assign):
      self.fail(stmt, f"expected `variable = primitive(arguments)`, got {_describe(stmt)}")
    if len(stmt.targets) != 1 or not isinstance(stmt.targets[0], ast.Name):
      self.fail(stmt, "an assignment must have exactly one plain variable as target")
    target = stmt.targets[0].id
    if target == INPUT:
      self.fail(stmt, f"cannot assign to the input {INPUT}")
    if target in self.constants:
      self.fail(stmt, f"cannot assign to the constant {target}")
    if target in self.primitives:
      self.fail(stmt, f"cannot assign to the primitive name {target}")
    if target in defined:
      self.fail(stmt, f"{target} reassigned (first assigned on line {defined[target]})")
    call = stmt.value
    if isinstance(call, ast.Constant):
      self.fail(stmt, f"literal {call.value!r} is not allowed; use a named constant")
    if not isinstance(call, ast.Call):
      self.fail(stmt, "the right-hand side must be one primitive call")
    if not isinstance(call.func, ast.Name):
      self.fail(stmt, "the callee must be a primitive name (no nested or computed calls)")
    name = call.func.id
    if name not in self.primitives:
      if name in defined or name == INPUT:
        self.fail(stmt, f"calling the variable {name} is not supported; call a primitive")
      self.fail(stmt, f"unknown primitive {name!r}")
    if call.keywords:
      self.fail(stmt, f"{name}: keyword arguments are not allowed")
    args = tuple(self.parse_arg(stmt, name, k, a, defined, assigned_at)
                 for k, a in enumerate(call.args, 1))
    arity = self.primitives[name].signature.arity
    if len(args) != arity:
      self.fail(stmt, f"{name} takes {arity} arguments, got {len(args)}")
    defined[target] = stmt.lineno
    return Line(target, name, args, self.loc(stmt))

  def parse_arg(self, stmt, prim: str, k: int, node: ast.expr,
                defined: Dict[str, int], assigned_at: Dict[str, int]) -> Arg:
    where = f"{prim} argument {k}"
    if isinstance(node, ast.Call):
      self.fail(stmt, f"{where}: nested call; assign it to a variable first")
    if isinstance(node, ast.Constant):
      self.fail(stmt, f"{where}: literal {node.value!r} is not allowed; use a named constant")
    if isinstance(node, ast.Starred):
      self.fail(stmt, f"{where}: starred arguments are not allowed")
    if not isinstance(node, ast.Name):
      self.fail(stmt, f"{where}: must be a name, got a {type(node).__name__} expression")
    name = node.id
    if name == INPUT:
      return Arg("input", name)
    if name in defined:
      return Arg("var", name)
    if name in assigned_at:
      self.fail(stmt, f"{where}: {name} used before assignment (line {assigned_at[name]})")
    if name in self.constants:
      return Arg("const", name)
    if name in self.primitives:
      return Arg("prim", name)
    self.fail(stmt, f"{where}: unknown name {name!r}")
