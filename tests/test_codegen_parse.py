"""Parsing and type checking: each kind of bad input is rejected with file:line."""

import os

import pytest

import codegen
from batt_jax.dsl import types as T
from codegen import library
from codegen import parse
from codegen import typecheck

FIXTURES = os.path.join(os.path.dirname(__file__), "data", "programs")


def errors_of(text):
  programs, errors = codegen.load_source(text, "lib.py")
  return [p.name for p in programs], [str(e) for e in errors]


GOOD = """
def solve_00000001(I):
    x1 = rot90(I)
    O = rot90(x1)
    return O
"""


def test_fixture_library_parses_and_type_checks():
  programs, errors = codegen.load_programs(FIXTURES)
  assert errors == []
  assert [p.name for p in programs] == [
      "solve_3c9b0459", "solve_6150a2bd", "solve_ed36ccf7", "solve_4c4377d9",
      "solve_007bbfb7", "solve_0d3d703e", "solve_1e0a9b12", "solve_25ff71a9",
      "solve_a79310a0", "solve_b1948b0a"]
  p = programs[4]
  assert p.task_id == "007bbfb7"
  assert p.location == codegen.Location("tests/data/programs/solvers_fixture.py", 39)
  first = p.lines[0]
  assert (first.target, first.primitive) == ("x1", "objects")
  assert [(a.kind, a.name) for a in first.args] == [
      ("input", "I"), ("const", "T"), ("const", "F"), ("const", "T")]
  assert [(a.kind, a.name) for a in p.lines[1].args] == [("prim", "toindices"), ("var", "x1")]
  assert str(first.location) == "tests/data/programs/solvers_fixture.py:40"
  assert p.source.startswith("def solve_007bbfb7(I):\n    x1 = objects(I, T, F, T)\n")


@pytest.mark.parametrize("body, line, reason", [
    ("    x1 = rot90(I)\n    if x1:\n        O = rot90(x1)\n    return O",
     4, "expected `variable = primitive(arguments)`, got an if statement"),
    ("    x1 = 3\n    O = rot90(I)\n    return O",
     3, "literal 3 is not allowed; use a named constant"),
    ("    x1 = add(ONE, 2)\n    O = rot90(I)\n    return O",
     3, "add argument 2: literal 2 is not allowed; use a named constant"),
    ("    O = rot90(grid=I)\n    return O", 3, "rot90: keyword arguments are not allowed"),
    ("    O = rot90(rot90(I))\n    return O",
     3, "rot90 argument 1: nested call; assign it to a variable first"),
    ("    O = spin(I)\n    return O", 3, "unknown primitive 'spin'"),
    ("    O = rot90(I, I)\n    return O", 3, "rot90 takes 1 arguments, got 2"),
    ("    O = rot90(J)\n    return O", 3, "rot90 argument 1: unknown name 'J'"),
    ("    x1 = rot90(x2)\n    x2 = rot90(I)\n    O = rot90(x1)\n    return O",
     3, "rot90 argument 1: x2 used before assignment (line 4)"),
    ("    x1 = rot90(I)\n    x1 = rot90(x1)\n    O = rot90(x1)\n    return O",
     4, "x1 reassigned (first assigned on line 3)"),
    ("    x1 = rot90(I)\n    O = x1(I)\n    return O",
     4, "calling the variable x1 is not supported; call a primitive"),
    ("    T = rot90(I)\n    O = rot90(I)\n    return O", 3, "cannot assign to the constant T"),
    ("    I = rot90(I)\n    O = rot90(I)\n    return O", 3, "cannot assign to the input I"),
    ("    a, b = rot90(I)\n    O = rot90(I)\n    return O",
     3, "an assignment must have exactly one plain variable as target"),
    ("    O = rot90(I)\n    return I", 4, "a solver must return O"),
    ("    x1 = rot90(I)\n    return x1", 4, "a solver must return O"),
    ("    O = rot90(I)", 2, "solve_0000000a: a solver must end with `return O`"),
    ("    O = rot90(I)\n    return O\n    x1 = rot90(I)",
     2, "solve_0000000a: a solver must end with `return O`"),
    ("    return O", 3, "O is never assigned"),
    ("    O = P.rot90(I)\n    return O",
     3, "the callee must be a primitive name (no nested or computed calls)"),
])
def test_parse_errors_name_file_line_and_reason(body, line, reason):
  text = "\n" + "def solve_0000000a(I):\n" + body + "\n" + GOOD
  names, errors = errors_of(text)
  assert errors == [f"lib.py:{line}: {reason}"]
  assert names == ["solve_00000001"]  # the other program goes on


@pytest.mark.parametrize("text, reason", [
    ("def helper(I):\n    O = rot90(I)\n    return O\n",
     "function 'helper': a solver's name must start with 'solve_'"),
    ("def solve_0000000a(I, J):\n    O = rot90(I)\n    return O\n",
     "solve_0000000a: a solver takes exactly one argument, I"),
    ("X = 3\n", "only solver functions are allowed at module level, got an assignment"),
    ("class A:\n    pass\n", "only solver functions are allowed at module level, got a class"),
])
def test_module_level_errors(text, reason):
  assert errors_of(text) == ([], [f"lib.py:1: {reason}"])


def test_syntax_error_rejects_the_file():
  assert errors_of("def solve_0(I:\n") == ([], ["lib.py:1: syntax error: '(' was never closed"])


def test_docstrings_and_imports_are_allowed():
  text = '"""Module doc."""\nfrom dsl import *\nimport os\n\n' \
         'def solve_0000000b(I):\n    "Doc."\n    O = rot90(I)\n    return O\n'
  assert errors_of(text) == (["solve_0000000b"], [])


def test_duplicate_program_names_are_rejected():
  names, errors = errors_of(GOOD + GOOD)
  assert names == ["solve_00000001"]
  assert errors == ["lib.py:7: solve_00000001 defined again (first at lib.py:2)"]


@pytest.mark.parametrize("body, line, reason", [
    ("    x1 = objects(I, T, F, T)\n    O = rot90(x1)\n    return O",
     4, "rot90 argument 1: expected Grid, got Objects"),
    ("    x1 = objects(I, T, F, ONE)\n    O = rot90(I)\n    return O",
     3, "objects argument 4: expected Boolean, got Integer"),
    ("    x1 = add(ONE, UP)\n    O = rot90(I)\n    return O",
     3, "add argument 2: expected Integer, got Point"),
    ("    x1 = add(T, ONE)\n    O = rot90(I)\n    return O",
     3, "add argument 1: expected Numerical, got Boolean"),
    ("    x1 = objects(I, T, F, T)\n    x2 = apply(objects, x1)\n    O = rot90(I)\n    return O",
     4, "apply argument 1: expected a function of 1 arguments, got one of 4"),
    ("    x1 = palette(I)\n    O = size(x1)\n    return O", 4, "O must be a Grid, got Integer"),
])
def test_type_errors_name_the_argument(body, line, reason):
  names, errors = errors_of("\ndef solve_0000000c(I):\n" + body + "\n")
  assert (names, errors) == ([], [f"lib.py:{line}: {reason}"])


def test_inferred_types():
  programs, _ = codegen.load_programs(FIXTURES)
  env = typecheck.infer(programs[4])
  assert {k: str(v) for k, v in env.items()} == {
      "I": "Grid", "x1": "Objects", "x2": "IndicesSet", "x3": "Integer", "O": "Grid"}
  # A callable result may stay polymorphic; each use instantiates it anew.
  env = typecheck.infer(programs[8])
  assert T.type_str(env["x2"]) == "(A) -> A"
  assert T.type_str(env["x3"]) == "Objects" and T.type_str(env["x4"]) == "Object"


def test_task_ids():
  assert parse.task_id_of("solve_007bbfb7") == "007bbfb7"
  assert parse.task_id_of("solve_007bbfb7_2") == "007bbfb7"
  assert parse.task_id_of("solve_custom") == "custom"


def test_library_files(tmp_path, monkeypatch):
  (tmp_path / "b.py").write_text(GOOD)
  (tmp_path / "a.py").write_text("")
  (tmp_path / "__init__.py").write_text("")
  (tmp_path / "notes.txt").write_text("")
  assert library.files(str(tmp_path)) == [str(tmp_path / "a.py"), str(tmp_path / "b.py")]
  assert library.files(f"{tmp_path / 'b.py'},{tmp_path / 'a.py'}") == [
      str(tmp_path / "b.py"), str(tmp_path / "a.py")]
  with pytest.raises(FileNotFoundError):
    library.files(str(tmp_path / "missing"))
  # The packaged default folder may be missing or empty: an empty library.
  monkeypatch.setattr(library, "DEFAULT_DIR", str(tmp_path / "missing"))
  assert codegen.load_programs("default") == ([], [])
  result = codegen.build([])
  assert result.chunks == () and result.stats.calls_before == 0
