"""The grid-to-grid transforms the enumerative search composes.

A transform is a short straight-line template in the library's own DSL, with
`{name}` placeholders for its constant parameters (colours, factors, flags):

    Transform("replace", ("O = replace(I, {a}, {b})",), (COLOR_A, COLOR_B))

The template is the single source of truth: it is type-checked against the
registry's signatures, run by the JAX DSL (every placeholder a traced argument,
so all constant variants of a transform share one compiled kernel), and
rendered into the library's form when a composition solves a task, so the
reference interpreter and `python -m batt_jax.library --verify` can check it.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import jax.numpy as jnp

from batt_jax.dsl import constants
from batt_jax.dsl import encoding
from batt_jax.dsl import registry
from batt_jax.dsl import types as types_lib
from codegen import runtime as codegen_runtime
from codegen import typecheck
from codegen.program import Arg, Line, Location, Program, ProgramError

_LINE = re.compile(r"^(\w+) = (\w+)\((.*)\)$")
_PLACEHOLDER = re.compile(r"^\{(\w+)\}$")
# Where this module's template interpreter ends and its catalogue begins: the
# source above it is part of the key of a cached kernel (search/kernels.py).
CATALOGUE_MARKER = "\n# ---- The catalogue. ----\n"


def integer_name(value: int) -> str:
  """The registry constant that writes a small integer (a colour, a factor): ZERO..TEN."""
  return constants.INTEGER_NAMES[value]


# Grid primitives whose result has the shape of their first argument.
_SHAPE_KEEPING = frozenset({"fill", "paint", "underfill", "underpaint", "replace", "switch",
                            "cover", "move", "cellwise", "hmirror", "vmirror", "rot180"})


@dataclasses.dataclass(frozen=True)
class Param:
  """A constant parameter of a transform.

  Attributes:
    name: the placeholder, `{name}` in the template.
    kind: "color" (a colour of the task: 0..9 seen in its grids), "int" (the
      fixed `values`) or "bool".
    values: the candidate values of an "int" parameter.
  """
  name: str
  kind: str
  values: Tuple[int, ...] = ()

  @property
  def type_name(self) -> str:
    return "Boolean" if self.kind == "bool" else "Integer"

  def domain(self, palette: Sequence[int]) -> Tuple[int, ...]:
    if self.kind == "color":
      return tuple(palette)
    if self.kind == "bool":
      return (0, 1)
    return self.values

  def constant_name(self, value: int) -> str:
    """The registry constant a value is written as in a rendered program."""
    if self.kind == "bool":
      return "T" if value else "F"
    return integer_name(value)


@dataclasses.dataclass(frozen=True)
class Transform:
  """One family of grid-to-grid functions.

  Attributes:
    name: unique, e.g. "replace".
    lines: the template, one `target = primitive(args)` per line, reading the
      grid `I` and assigning `O` last; other targets are local names.
    params: the placeholders' parameters, in the order of the kernel's
      `params` vector.
    distinct: parameter pairs whose values must differ (e.g. replace a by b).
  """
  name: str
  lines: Tuple[str, ...]
  params: Tuple[Param, ...] = ()
  distinct: Tuple[Tuple[str, str], ...] = ()

  def keeps_shape(self) -> bool:
    """Whether the template's result always has its input's shape, read off the
    lines: `I`, and grids made from one of that shape by a primitive that keeps
    its first argument's shape (`fill`, `paint`, `replace`, mirrors...), or by
    `canvas` of such a grid's `shape`. False where that does not show it."""
    same = {"I"}
    dims = set()  # names holding shape(a grid of I's shape)
    for target, primitive, args in self.parsed():
      if primitive in _SHAPE_KEEPING and args and args[0] in same:
        same.add(target)
      elif primitive == "canvas" and len(args) == 2 and args[1] in dims:
        same.add(target)
      elif primitive == "shape" and args and args[0] in same:
        dims.add(target)
      elif primitive == "branch" and len(args) == 3 and args[1] in same and args[2] in same:
        same.add(target)
    return "O" in same

  def variants(self, palette: Sequence[int]) -> List[Tuple[int, ...]]:
    """Every parameter vector for a task whose colours are `palette`."""
    index = {p.name: k for k, p in enumerate(self.params)}
    out = []
    for values in itertools.product(*(p.domain(palette) for p in self.params)):
      if all(values[index[a]] != values[index[b]] for a, b in self.distinct):
        out.append(tuple(values))
    return out

  def parsed(self) -> List[Tuple[str, str, Tuple[str, ...]]]:
    """(target, primitive, args) per template line."""
    out = []
    for text in self.lines:
      match = _LINE.match(text.strip())
      if not match:
        raise ValueError(f"transform {self.name}: cannot read line {text!r}")
      args = tuple(a.strip() for a in match.group(3).split(",")) if match.group(3) else ()
      out.append((match.group(1), match.group(2), args))
    return out

  def render(self, values: Sequence[int], source: str, target: Optional[str],
             fresh: Callable[[], str]) -> List[Line]:
    """The template as program lines reading `source`, assigning `target` last.

    Local names get fresh variables from `fresh` (as does the result when
    `target` is None, after the locals, so names read in order); placeholders
    become the registry constants of `values`.
    """
    by_name = {p.name: (p, v) for p, v in zip(self.params, values)}
    names = {"I": source}
    lines = []
    parsed = self.parsed()
    for k, (out, primitive, args) in enumerate(parsed):
      rendered = []
      for a in args:
        placeholder = _PLACEHOLDER.match(a)
        if placeholder:
          param, value = by_name[placeholder.group(1)]
          rendered.append(Arg("const", param.constant_name(value)))
        elif a in names:
          rendered.append(Arg("input" if names[a] == "I" else "var", names[a]))
        elif a in registry.CONSTANTS:
          rendered.append(Arg("const", a))
        else:
          rendered.append(Arg("prim", a))
      names[out] = (target or fresh()) if k == len(parsed) - 1 else fresh()
      lines.append(Line(names[out], primitive, tuple(rendered),
                        Location(f"<transform {self.name}>", k + 1)))
    return lines

  def apply(self, grid: encoding.Grid, params: jnp.ndarray) -> encoding.Grid:
    """The transform on one encoded grid (no batch axis); params: [len(params)] int32."""
    return self.run_lines(range(len(self.lines)), {"I": grid}, params)["O"]

  def split(self, fixed: Sequence[str] = ()
            ) -> Tuple[Tuple[int, ...], Tuple[int, ...], Tuple[str, ...]]:
    """(prefix, suffix, shared): line indices, and the names passed between them.

    The prefix is every line that reads no parameter outside `fixed` (names),
    directly or not: its values are the same for every variant with the same
    `fixed` values, so they can be computed once per (grid, fixed values) and
    shared (`shared`: the prefix values, "I" included, that the suffix reads).
    Callables never cross: a prefix line giving a callable that the suffix
    needs is run again in the suffix.
    """
    registry.load()
    parsed = self.parsed()
    placeholders = {f"{{{p.name}}}" for p in self.params if p.name not in fixed}
    varying = set()
    for out, _, args in parsed:
      if any(a in placeholders or a in varying for a in args):
        varying.add(out)
    callable_line = {out: isinstance(registry.get(primitive).signature.ret, types_lib.Fn)
                     for out, primitive, _ in parsed}
    needed = set()  # prefix callables the suffix runs again
    for out, _, args in reversed(parsed):
      if out in varying or out in needed:
        needed.update(a for a in args if callable_line.get(a) and a not in varying)
    suffix = tuple(k for k, (out, _, _) in enumerate(parsed) if out in varying or out in needed)
    prefix = tuple(k for k in range(len(parsed)) if k not in suffix)
    local = {parsed[k][0] for k in suffix}
    shared = sorted({a for k in suffix for a in parsed[k][2]
                     if (a == "I" or a in {parsed[j][0] for j in prefix}) and a not in local})
    return prefix, suffix, tuple(shared)

  def run_lines(self, lines: Sequence[int], env: Dict[str, object],
                params: jnp.ndarray) -> Dict[str, object]:
    """`env` extended by the template lines `lines` (indices, in order), on one grid."""
    env = dict(env)
    index = {p.name: k for k, p in enumerate(self.params)}
    parsed = self.parsed()
    for line in lines:
      out, primitive, args = parsed[line]
      values = []
      for a in args:
        placeholder = _PLACEHOLDER.match(a)
        if placeholder:
          param = self.params[index[placeholder.group(1)]]
          v = params[index[placeholder.group(1)]]
          if param.kind == "bool":
            values.append(encoding.Boolean(value=v != 0, valid=jnp.asarray(True)))
          else:
            values.append(encoding.Integer(value=v.astype(jnp.int32), valid=jnp.asarray(True)))
        elif a in env:
          values.append(env[a])
        elif a in registry.CONSTANTS:
          values.append(codegen_runtime.encoded_constant(a))
        else:
          values.append(registry.get(a).as_jax_callable())
      env[out] = registry.get(primitive).call_jax(*values)
    return env

  def prepare(self) -> None:
    """Loads the registry and encodes the template's constants, before any tracing.

    Both are cached at first use; made inside a trace they would be tracers
    that leak out of it.
    """
    registry.load()
    for _, _, args in self.parsed():
      for a in args:
        if a in registry.CONSTANTS:
          codegen_runtime.encoded_constant(a)

  def check(self) -> None:
    """Type-checks the template (placeholders at a representative value); raises ProgramError."""
    counter = itertools.count(1)
    lines = self.render([0 if p.kind != "int" else p.values[0] for p in self.params], "I",
                        "O", lambda: f"x{next(counter)}")
    program = Program(name=f"transform_{self.name}", task_id=self.name, lines=tuple(lines),
                      source="\n".join(self.lines), location=Location("<transforms>", 0))
    typecheck.infer(program)


# ---- The catalogue. ----

COLOR = Param("c", "color")
COLOR_A = Param("a", "color")
COLOR_B = Param("b", "color")
FACTOR = Param("k", "int", (2, 3, 4))
SPLIT = Param("k", "int", (2, 3))
UNIVALUED = Param("u", "bool")
DIAGONAL = Param("d", "bool")
WITHOUT_BG = Param("w", "bool")


def _unary(name: str, primitive: str) -> Transform:
  return Transform(name, (f"O = {primitive}(I)",))


def _object_pick(name: str, chooser: str, key: str) -> Transform:
  return Transform(name, (
      "objs = objects(I, {u}, {d}, T)",
      f"obj = {chooser}(objs, {key})",
      "O = subgrid(obj, I)",
  ), (UNIVALUED, DIAGONAL))


def _odd_object(name: str, key_lines: Tuple[str, ...], key: str) -> Transform:
  """The object (its connectivity a parameter) whose `key` the fewest objects share, cropped:
  the odd one out by colour, by shape... `key_lines` define `key` where it is not a primitive."""
  return Transform(name, ("objs = objects(I, {u}, {d}, T)",) + key_lines + (
      f"m = lbind(matcher, {key})", "s = lbind(sfilter, objs)", "f = chain(size, s, m)",
      f"h = compose(f, {key})", "obj = argmin(objs, h)", "O = subgrid(obj, I)",
  ), (UNIVALUED, DIAGONAL))


def _patch_fill(name: str, mapper: str, fill: str = "fill") -> Transform:
  return Transform(name, (
      "objs = objects(I, T, F, T)",
      f"cells = mapply({mapper}, objs)",
      f"O = {fill}(I, {{c}}, cells)",
  ), (COLOR,))


def _symmetrise(name: str, mirror: str) -> Transform:
  return Transform(name, (
      f"m = {mirror}(I)",
      "obj = asobject(m)",
      "O = underpaint(I, obj)",
  ))


def _mirror_concat(name: str, concat: str, mirror: str, first: bool) -> Transform:
  pair = "I, m" if first else "m, I"
  return Transform(name, (f"m = {mirror}(I)", f"O = {concat}({pair})"))


def _halves_logic(name: str, split: Tuple[str, str], mask: Tuple[str, ...]) -> Transform:
  """Colour c where the two halves' background (0) cells satisfy a set relation."""
  a, b = split
  return Transform(name, (
      f"l = {a}(I)", f"r = {b}(I)",
      "zl = ofcolor(l, ZERO)", "zr = ofcolor(r, ZERO)",
  ) + mask + (
      "dims = shape(l)", "blank = canvas(ZERO, dims)", "O = fill(blank, {c}, m)",
  ), (COLOR,))


def _keep_object(name: str, chooser: str) -> Transform:
  """Only the object picked by size, on a blank canvas of the background."""
  return Transform(name, (
      "objs = objects(I, {u}, {d}, T)", f"obj = {chooser}(objs, size)", "bg = mostcolor(I)",
      "dims = shape(I)", "blank = canvas(bg, dims)", "O = paint(blank, obj)"),
      (UNIVALUED, DIAGONAL))


def _shift_all(name: str, direction: str) -> Transform:
  """The whole grid moved one cell, the vacated side filled with the background."""
  return Transform(name, (
      "bg = mostcolor(I)", "obj = asobject(I)", f"moved = shift(obj, {direction})",
      "dims = shape(I)", "blank = canvas(bg, dims)", "O = paint(blank, moved)"))


_OF_COLOR_A = ("objs = objects(I, T, F, T)", "own = colorfilter(objs, {a})")


def _around(name: str, neighbours: str) -> Transform:
  """Background cells next to (the centre of) each object of colour a get colour b."""
  return Transform(name, _OF_COLOR_A + (
      f"f = compose({neighbours}, center)", "ring = mapply(f, own)",
      "O = underfill(I, {b}, ring)"), (COLOR_A, COLOR_B), (("a", "b"),))


def _rays(directions: Sequence[str]) -> Tuple[str, ...]:
  """Lines `<d>d` = rays from each `own` object's centre in each direction."""
  out = []
  for d in directions:
    key = d[0].lower()
    out += [f"{key}0 = rbind(shoot, {d})", f"{key} = compose({key}0, center)",
            f"{key}{key} = mapply({key}, own)"]
  return tuple(out)


def _stack(name: str, first: str, second: str) -> Transform:
  """The halves overlaid: the first half's background cells take the second's."""
  return Transform(name, (
      "bg = mostcolor(I)", f"t = {first}(I)", f"s = {second}(I)", "m = ofcolor(t, bg)",
      "src = toobject(m, s)", "O = paint(t, src)"))


def _smear(direction: str, source: str, target: str, tag: str) -> Tuple[str, ...]:
  """Lines making `target`: `source` with every background cell (colour `bg`, a name the
  template defines) taking the colour of the nearest non-background cell behind it along
  `direction` (a Point constant), or staying background if there is none.

  Pointer jumping: round k fills the background cells of the last round's grid from the
  cell 2**k steps back (steps 1, 2, 4, 8, 16 reach 31 cells), so five rounds of
  grid-wide operations replace a 30-step loop. A non-background cell stops the cells
  behind it (each takes the colour of the nearest one).
  """
  lines = []
  grid = source
  step = direction
  for k in range(5):
    if k:
      lines.append(f"{tag}d{k} = double({step})")
      step = f"{tag}d{k}"
    out = target if k == 4 else f"{tag}g{k}"
    lines += [f"{tag}o{k} = asobject({grid})", f"{tag}s{k} = shift({tag}o{k}, {step})",
              f"{tag}p{k} = paint({grid}, {tag}s{k})", f"{tag}z{k} = ofcolor({grid}, bg)",
              f"{tag}t{k} = toobject({tag}z{k}, {tag}p{k})", f"{out} = paint({grid}, {tag}t{k})"]
    grid = out
  return tuple(lines)


def _move_toward(name: str, offset: str) -> Transform:
  """The colour-a part moves by `offset(a part, b part)` (a Point-valued primitive:
  `gravitate` until adjacent, `position` one step toward it)."""
  return Transform(name, (
      "parts = fgpartition(I)", "as = colorfilter(parts, {a})", "bs = colorfilter(parts, {b})",
      "x = first(as)", "y = first(bs)", f"off = {offset}(x, y)", "g = cover(I, x)",
      "moved = shift(x, off)", "O = paint(g, moved)"), (COLOR_A, COLOR_B), (("a", "b"),))


def _gravity(name: str, direction: str, back: str) -> Transform:
  """Every non-background cell falls along `direction` (one cell per step) until the next
  cell is not background: cells keep their order (each line is compacted towards its end).

  One step: the cells `back` of a background cell (the background cells shifted by `back`)
  take the background colour and their old colours land one cell along `direction`
  (background cells moving onto background cells change nothing). Written out 29 times
  (SIDE - 1): a line of h cells is compacted within h - 1 steps (the k-th cell from the end
  arrives by step max over the cells j <= k of (distance_j + k - j) <= h - 1), after which
  a step changes nothing, so this equals the first form's `power(step, height(I))`, which
  ran the step on a one-grid GridTuple (16 slots) in a loop and cost about 7 times more.
  """
  lines = ["bg = mostcolor(I)"]
  grid = "I"
  for k in range(29):
    out = "O" if k == 28 else f"g{k}"
    lines += [f"z{k} = ofcolor({grid}, bg)", f"u{k} = shift(z{k}, {back})",
              f"o{k} = toobject(u{k}, {grid})", f"v{k} = shift(o{k}, {direction})",
              f"c{k} = fill({grid}, bg, u{k})", f"{out} = paint(c{k}, v{k})"]
    grid = out
  return Transform(name, tuple(lines))


# The pieces of a grid cut by full uniform rows and columns (frontiers): the 4-connected
# components of the other cells, as Indices.
_PIECES = ("fs = frontiers(I)", "lines = merge(fs)", "li = toindices(lines)", "all = asindices(I)",
           "rest = difference(all, li)", "dims = shape(I)", "blank = canvas(ZERO, dims)",
           "mark = fill(blank, ONE, rest)", "comps = objects(mark, T, F, F)",
           "pieces = colorfilter(comps, ONE)", "tobj = rbind(toobject, I)")

# As _PIECES, cut only by the full uniform rows and columns not of the background colour
# (`bg`): blank rows / columns between marks stay inside the pieces.
_FG_PIECES = ("bg = mostcolor(I)", "fs = frontiers(I)", "fb = colorfilter(fs, bg)",
              "fs2 = difference(fs, fb)", "lines = merge(fs2)", "li = toindices(lines)",
              "all = asindices(I)", "rest = difference(all, li)", "dims = shape(I)",
              "blank = canvas(ZERO, dims)", "mark = fill(blank, ONE, rest)",
              "comps = objects(mark, T, F, F)", "pieces = colorfilter(comps, ONE)",
              "tobj = rbind(toobject, I)")

# Lines: `bg` = the background colour, `all` = every cell, `fg` = the other cells.
_FG_CELLS = ("bg = mostcolor(I)", "z = ofcolor(I, bg)", "all = asindices(I)",
             "fg = difference(all, z)")

def _earlier_overlap():
  """Lines: `ov` = the cells of `tl0` (top-left corners of k x k squares, k = 2 or 3 as `k3`
  says) with another corner of `tl0` before them in reading order whose square overlaps
  theirs (a corner c is in shift(tl0, o) when c - o is in tl0)."""
  names = {-2: "NEG_TWO", -1: "NEG_ONE", 0: "ZERO", 1: "ONE", 2: "TWO"}
  small = [(0, 1), (1, -1), (1, 0), (1, 1)]
  big = [(0, 2), (1, -2), (1, 2)] + [(2, j) for j in range(-2, 3)]
  lines = []
  for tag, offsets in (("p", small), ("q", big)):
    for n, (i, j) in enumerate(offsets):
      lines += [f"{tag}o{n} = astuple({names[i]}, {names[j]})",
                f"{tag}s{n} = shift(tl0, {tag}o{n})"]
      if n:
        prev = f"{tag}s0" if n == 1 else f"{tag}u{n - 1}"
        lines.append(f"{tag}u{n} = combine({prev}, {tag}s{n})")
  lines += [f"qa = combine(pu{len(small) - 1}, qu{len(big) - 1})",
            f"o3 = branch(k3, qa, pu{len(small) - 1})", "ov = intersection(tl0, o3)"]
  return tuple(lines)


_EARLIER_OVERLAP = _earlier_overlap()


# The background components (objects of the grid's most common colour).
_BG_REGIONS = ("bg = mostcolor(I)", "objs = objects(I, T, F, F)", "own = colorfilter(objs, bg)")


_NOR = ("m = intersection(zl, zr)",)
_AND = ("all = asindices(l)", "any0 = combine(zl, zr)", "m = difference(all, any0)")
_XOR = ("any0 = combine(zl, zr)", "both0 = intersection(zl, zr)", "m = difference(any0, both0)")
_OR = ("all = asindices(l)", "both0 = intersection(zl, zr)", "m = difference(all, both0)")


def _over(a, b, c, d):
  """Lines: `O` = the cells where smears a, b agree (else the background), under the
  non-background cells where smears c, d agree."""
  return (f"h = cellwise({a}, {b}, bg)",
          f"v = cellwise({c}, {d}, bg)", "vz = ofcolor(v, bg)", "vall = asindices(v)",
          "vfg = difference(vall, vz)", "vo = toobject(vfg, v)", "O = paint(h, vo)")


def _fill_from(source, holes, vector, out, tag):
  """`out` = `source` with its cells `holes` taking the colour of `source` shifted by `vector`."""
  return (f"{tag}o = asobject({source})", f"{tag}s = shift({tag}o, {vector})",
          f"{tag}p = paint({source}, {tag}s)", f"{tag}t = toobject({holes}, {tag}p)",
          f"{out} = paint({source}, {tag}t)")


def _fill_round(source, vectors):
  """Holes (colour 0, `z0` in `source`) filled from `source` shifted by each vector in turn;
  the last result is `O`."""
  lines = ()
  for k, v in enumerate(vectors):
    out = "O" if k == len(vectors) - 1 else f"g{k + 1}"
    lines += _fill_from(source, f"z{k}", v, out, f"f{k + 1}")
    if out != "O":
      lines += (f"z{k + 1} = ofcolor({out}, ZERO)",)
    source = out
  return lines


def _fractal(name: str, colour_lines: Tuple[str, ...], params=()) -> Transform:
  """A copy of the grid in place of each of its `cells` (set by `colour_lines`), the rest
  of the h*h x w*w canvas 0."""
  return Transform(name, (
      "dims = shape(I)", "h = height(I)", "w = width(I)") + colour_lines + (
      "blank = canvas(ZERO, dims)", "mk = fill(blank, ONE, cells)", "mh = hupscale(mk, w)",
      "big = vupscale(mh, h)", "t = repeatgrid(I, dims)", "sel = ofcolor(big, ONE)",
      "obj = toobject(sel, t)", "bd = shape(t)", "bb = canvas(ZERO, bd)",
      "O = paint(bb, obj)"), params)


def _renamed(lines, target):
  """The template lines with the result `O` assigned to `target` instead."""
  return tuple(f"{target} = " + line[4:] if line.startswith("O = ") else line for line in lines)


def _band(patch, frontier, out):
  """Lines: `out` = the full rows (`hfrontier`) or columns (`vfrontier`) that `patch` spans."""
  return (f"{out}1 = ulcorner({patch})", f"{out}2 = lrcorner({patch})",
          f"{out}3 = {frontier}({out}1)", f"{out}4 = {frontier}({out}2)",
          f"{out}5 = combine({out}3, {out}4)", f"{out} = backdrop({out}5)")


_EXTENT = ("hs = objects(mk, T, F, T)", "a1 = compose(hfrontier, ulcorner)",
           "a2 = compose(hfrontier, lrcorner)", "a3 = fork(combine, a1, a2)",
           "a4 = compose(backdrop, a3)",
           "b1 = compose(vfrontier, ulcorner)", "b2 = compose(vfrontier, lrcorner)",
           "b3 = fork(combine, b1, b2)", "b4 = compose(backdrop, b3)", "hr = mapply(a4, hs)",
           "vc = mapply(b4, hs)")


# Lines: `rs` = the row numbers, `hf` = row number -> the row's cells.
_ROWS = ("h = height(I)", "rs = interval(ZERO, h, ONE)", "hf = compose(hfrontier, toivec)")


def _diag_rounds(n):
  """Lines: cells of colour c of `g0` take the colour of the nearest cell of another colour
  up-left of them on their diagonal, within 2**n - 1 steps (pointer jumping as in `_smear`:
  round k reads the cells 2**k steps back); the last result is `O`."""
  lines = ()
  step = "UNITY"
  for k in range(n):
    if k:
      lines += (f"d{k} = double({step})",)
      step = f"d{k}"
    src, out = f"g{k}", ("O" if k == n - 1 else f"g{k + 1}")
    lines += (f"z{k + 1} = ofcolor({src}, {{c}})", f"o{k + 1} = asobject({src})",
              f"s{k + 1} = shift(o{k + 1}, {step})", f"p{k + 1} = paint({src}, s{k + 1})",
              f"q{k + 1} = toobject(z{k + 1}, p{k + 1})", f"{out} = paint({src}, q{k + 1})")
  return lines


# Lines: `rank` = colour -> how many distinct cell counts of the colours `cs` exceed its own
# (0 = the most common colour), `cnt` = colour -> its cell count.
_RANK = ("cnt = lbind(colorcount, I)", "rb = lbind(rbind, greater)", "q = compose(rb, cnt)",
         "sel = lbind(sfilter, cs)", "rank = chain(size, sel, q)")


def _dedupe_rows(src, out, tag):
  """Lines making `out`: `src` without every row equal to the row above it (runs of equal
  rows kept once). The dropped rows are the full rows of 1 in the mask of cells equal to the
  cell above (row 0 is never dropped); each kept row moves up by the number dropped above it.
  """
  t = tag
  return (f"{t}a = asobject({src})", f"{t}s = shift({t}a, DOWN)",
          f"{t}same = intersection({t}a, {t}s)", f"{t}dims = shape({src})",
          f"{t}bl = canvas(ZERO, {t}dims)", f"{t}m = fill({t}bl, ONE, {t}same)",
          f"{t}fs = frontiers({t}m)", f"{t}ones = colorfilter({t}fs, ONE)",
          f"{t}hs = sfilter({t}ones, hline)", f"{t}ds = apply(uppermost, {t}hs)",
          f"{t}h = height({src})", f"{t}all = interval(ZERO, {t}h, ONE)",
          f"{t}in = rbind(contained, {t}ds)", f"{t}nd = compose(flip, {t}in)",
          f"{t}kept = sfilter({t}all, {t}nd)", f"{t}lb = lbind(sfilter, {t}ds)",
          f"{t}g1 = lbind(lbind, greater)", f"{t}g2 = compose({t}lb, {t}g1)",
          f"{t}cn = compose(size, {t}g2)", f"{t}off = chain(toivec, invert, {t}cn)",
          f"{t}to = rbind(toobject, {src})", f"{t}ro = chain({t}to, hfrontier, toivec)",
          f"{t}mv = fork(shift, {t}ro, {t}off)", f"{t}cells = mapply({t}mv, {t}kept)",
          f"{t}n = size({t}kept)", f"{t}w = width({src})", f"{t}d = astuple({t}n, {t}w)",
          f"{t}b2 = canvas(ZERO, {t}d)", f"{out} = paint({t}b2, {t}cells)")


def _spread(source, steps, out, tag):
  """Lines: `out` = the cells of `source` (Indices, inside the grid) and those up to 31 cells
  from one along either way of a direction, within `all` (the grid's cells): rounds of shifts
  by `steps` (Point names: the direction's 1, 2, 4, 8 and 16 multiples) both ways,
  pointer-jumped; each shifted set is cut to the grid before it is combined (a patch must fit
  a 30 x 30 box)."""
  lines = []
  cur = source
  for k, step in enumerate(steps):
    nxt = out if k == len(steps) - 1 else f"{tag}r{k}"
    lines += [f"{tag}b{k} = invert({step})", f"{tag}p{k} = shift({cur}, {step})",
              f"{tag}q{k} = shift({cur}, {tag}b{k})", f"{tag}x{k} = intersection({tag}p{k}, all)",
              f"{tag}y{k} = intersection({tag}q{k}, all)",
              f"{tag}u{k} = combine({tag}x{k}, {tag}y{k})",
              f"{nxt} = combine({cur}, {tag}u{k})"]
    cur = nxt
  return tuple(lines)


def _sweep(src, direction, out, tag):
  """Lines: `out` = the cells of `src` (Indices) slid along `direction` (a Point constant) to
  the grid's border, every position kept: 5 doubling rounds (steps 1, 2, 4, 8, 16 reach 31
  cells). Rounds 3 to 5 are clipped to the grid (`all`, a name the template defines) so the
  set stays within it; the first two grow it by 3 cells at most, so `src` may span up to 27
  cells along each axis (beyond that a patch wider than the grid is undefined)."""
  lines = []
  cur, step = src, direction
  for k in range(5):
    if k:
      lines.append(f"{tag}d{k} = double({step})")
      step = f"{tag}d{k}"
    nxt = out if k == 4 else f"{tag}s{k}"
    if k < 2:
      lines += [f"{tag}h{k} = shift({cur}, {step})", f"{nxt} = combine({cur}, {tag}h{k})"]
    else:
      lines += [f"{tag}h{k} = shift({cur}, {step})",
                f"{tag}c{k} = intersection({tag}h{k}, all)",
                f"{nxt} = combine({cur}, {tag}c{k})"]
    cur = nxt
  return tuple(lines)


def _corner_mark(k, corner, direction):
  """Lines: `c{k}` = the most common colour of the marks `mk` in the quadrant beyond the
  `corner` of `blk` (from the cell diagonally outside it, `direction`, to the grid's same
  corner; `all` = every cell), `i{k}` = that corner cell; except for k = 4, `g{k}` = `g{k-1}`
  with that cell in that colour."""
  lines = (f"p{k} = {corner}(blk)", f"x{k} = add(p{k}, {direction})", f"e{k} = {corner}(all)",
           f"s{k} = initset(x{k})", f"t{k} = insertcell(e{k}, s{k})", f"b{k} = backdrop(t{k})",
           f"m{k} = intersection(mk, b{k})", f"o{k} = toobject(m{k}, I)",
           f"c{k} = mostcolor(o{k})", f"i{k} = initset(p{k})")
  return lines + ((f"g{k} = fill(g{k - 1}, c{k}, i{k})",) if k < 4 else ())


CATALOGUE: Tuple[Transform, ...] = (
    # Symmetries of the square.
    _unary("rot90", "rot90"), _unary("rot180", "rot180"), _unary("rot270", "rot270"),
    _unary("hmirror", "hmirror"), _unary("vmirror", "vmirror"),
    _unary("dmirror", "dmirror"), _unary("cmirror", "cmirror"),
    # Parts of the grid.
    _unary("tophalf", "tophalf"), _unary("bottomhalf", "bottomhalf"),
    _unary("lefthalf", "lefthalf"), _unary("righthalf", "righthalf"),
    _unary("trim", "trim"), _unary("compress", "compress"),
    Transform("crop_color", ("cells = ofcolor(I, {c})", "O = subgrid(cells, I)"), (COLOR,)),
    Transform("crop_foreground", (
        "objs = objects(I, F, T, T)", "cells = merge(objs)", "O = subgrid(cells, I)")),
    _object_pick("largest_object", "argmax", "size"),
    _object_pick("smallest_object", "argmin", "size"),
    _object_pick("most_colorful_object", "argmax", "numcolors"),
    Transform("largest_color_part", (
        "parts = fgpartition(I)", "part = argmax(parts, size)", "O = subgrid(part, I)")),
    Transform("smallest_color_part", (
        "parts = fgpartition(I)", "part = argmin(parts, size)", "O = subgrid(part, I)")),
    Transform("first_hsplit", ("parts = hsplit(I, {k})", "O = first(parts)"), (SPLIT,)),
    Transform("last_hsplit", ("parts = hsplit(I, {k})", "O = last(parts)"), (SPLIT,)),
    Transform("first_vsplit", ("parts = vsplit(I, {k})", "O = first(parts)"), (SPLIT,)),
    Transform("last_vsplit", ("parts = vsplit(I, {k})", "O = last(parts)"), (SPLIT,)),
    # Scale and repetition.
    Transform("upscale", ("O = upscale(I, {k})",), (FACTOR,)),
    Transform("downscale", ("O = downscale(I, {k})",), (FACTOR,)),
    Transform("hupscale", ("O = hupscale(I, {k})",), (SPLIT,)),
    Transform("vupscale", ("O = vupscale(I, {k})",), (SPLIT,)),
    Transform("hrepeat", ("O = hconcat(I, I)",)),
    Transform("vrepeat", ("O = vconcat(I, I)",)),
    Transform("tile", (
        "pt = astuple({a}, {b})", "O = repeatgrid(I, pt)"),
        (Param("a", "int", (1, 2, 3, 4)), Param("b", "int", (1, 2, 3, 4)))),
    Transform("upscale_tile", (
        "big = upscale(I, THREE)", "row = hconcat(I, I)", "row3 = hconcat(row, I)",
        "col = vconcat(row3, row3)", "tiled = vconcat(col, row3)",
        "O = cellwise(big, tiled, {c})"), (COLOR,)),
    _mirror_concat("hconcat_vmirror", "hconcat", "vmirror", True),
    _mirror_concat("hconcat_vmirror_first", "hconcat", "vmirror", False),
    _mirror_concat("vconcat_hmirror", "vconcat", "hmirror", True),
    _mirror_concat("vconcat_hmirror_first", "vconcat", "hmirror", False),
    # Colours.
    Transform("replace", ("O = replace(I, {a}, {b})",), (COLOR_A, COLOR_B), (("a", "b"),)),
    Transform("switch", ("O = switch(I, {a}, {b})",), (COLOR_A, COLOR_B), (("a", "b"),)),
    Transform("keep_color", (
        "bg = mostcolor(I)", "cells = ofcolor(I, {c})", "dims = shape(I)",
        "blank = canvas(bg, dims)", "O = fill(blank, {c}, cells)"), (COLOR,)),
    Transform("blank", ("dims = shape(I)", "O = canvas({c}, dims)"), (COLOR,)),
    # Halves overlaid cell by cell.
    Transform("overlay_lr", (
        "l = lefthalf(I)", "r = righthalf(I)", "O = cellwise(l, r, {c})"), (COLOR,)),
    Transform("overlay_tb", (
        "t = tophalf(I)", "b = bottomhalf(I)", "O = cellwise(t, b, {c})"), (COLOR,)),
    # Drawing on the grid.
    _patch_fill("fill_delta", "delta"),
    _patch_fill("fill_box", "box"),
    _patch_fill("fill_inbox", "inbox"),
    _patch_fill("fill_outbox", "outbox", "underfill"),
    _patch_fill("fill_backdrop", "backdrop", "underfill"),
    Transform("fill_enclosed", (
        "objs = objects(I, T, F, F)", "bgs = colorfilter(objs, {b})",
        "touches = rbind(bordering, I)", "inner = compose(flip, touches)",
        "cells = mfilter(bgs, inner)", "O = fill(I, {c}, cells)"),
        (COLOR_B, COLOR), (("b", "c"),)),
    Transform("hlines", (
        "objs = objects(I, T, F, T)", "own = colorfilter(objs, {c})",
        "line = compose(hfrontier, center)", "lines = mapply(line, own)",
        "O = fill(I, {c}, lines)"), (COLOR,)),
    Transform("vlines", (
        "objs = objects(I, T, F, T)", "own = colorfilter(objs, {c})",
        "line = compose(vfrontier, center)", "lines = mapply(line, own)",
        "O = fill(I, {c}, lines)"), (COLOR,)),
    Transform("recolor_largest", (
        "objs = objects(I, T, F, T)", "obj = argmax(objs, size)",
        "O = fill(I, {c}, obj)"), (COLOR,)),
    Transform("recolor_smallest", (
        "objs = objects(I, T, F, T)", "obj = argmin(objs, size)",
        "O = fill(I, {c}, obj)"), (COLOR,)),
    Transform("remove_singletons", (
        "objs = objects(I, F, T, T)", "small = sizefilter(objs, ONE)",
        "cells = merge(small)", "O = cover(I, cells)")),
    _symmetrise("symmetrise_v", "vmirror"),
    _symmetrise("symmetrise_h", "hmirror"),
    _symmetrise("symmetrise_d", "dmirror"),
    _symmetrise("symmetrise_rot180", "rot180"),
    # Halves combined as masks (ARC's and / or / xor / nor puzzles).
    _halves_logic("lr_nor", ("lefthalf", "righthalf"), _NOR),
    _halves_logic("lr_and", ("lefthalf", "righthalf"), _AND),
    _halves_logic("lr_xor", ("lefthalf", "righthalf"), _XOR),
    _halves_logic("lr_or", ("lefthalf", "righthalf"), _OR),
    _halves_logic("tb_nor", ("tophalf", "bottomhalf"), _NOR),
    _halves_logic("tb_and", ("tophalf", "bottomhalf"), _AND),
    _halves_logic("tb_xor", ("tophalf", "bottomhalf"), _XOR),
    _halves_logic("tb_or", ("tophalf", "bottomhalf"), _OR),
    # Colour chosen by the grid itself (generalises to unseen colours).
    Transform("crop_least_color", (
        "c = leastcolor(I)", "cells = ofcolor(I, c)", "O = subgrid(cells, I)")),
    Transform("most_color_cell", ("c = mostcolor(I)", "O = canvas(c, UNITY)")),
    Transform("least_color_cell", ("c = leastcolor(I)", "O = canvas(c, UNITY)")),
    Transform("largest_object_color_cell", (
        "objs = objects(I, T, T, T)", "obj = argmax(objs, size)", "c = color(obj)",
        "O = canvas(c, UNITY)")),
    Transform("recolor_foreground", (
        "objs = objects(I, F, T, T)", "cells = merge(objs)", "O = fill(I, {c}, cells)"),
        (COLOR,)),
    Transform("least_to", (
        "c = leastcolor(I)", "O = replace(I, c, {b})"), (COLOR_B,)),
    Transform("border", (
        "all = asindices(I)", "edge = box(all)", "O = fill(I, {c}, edge)"), (COLOR,)),
    _object_pick("tallest_object", "argmax", "height"),
    _object_pick("widest_object", "argmax", "width"),
    Transform("symmetric_mask", (
        "m = vmirror(I)", "O = cellwise(I, m, {c})"), (COLOR,)),

    # Added from ARC-1 training priors (depth-1 hits noted per transform family).
    # Crops chosen by a property of the object.
    Transform("crop_common_shape", (
        "objs = objects(I, {u}, {d}, T)", "f = lbind(occurrences, I)", "g = compose(size, f)",
        "obj = argmax(objs, g)", "O = subgrid(obj, I)"), (UNIVALUED, DIAGONAL)),
    Transform("crop_most_of_color", (
        "objs = objects(I, F, F, T)", "f = rbind(colorcount, {c})", "obj = argmax(objs, f)",
        "O = subgrid(obj, I)"), (COLOR,)),
    Transform("crop_corner", ("dims = astuple({k}, {k})", "O = crop(I, ORIGIN, dims)"), (SPLIT,)),
    Transform("crop_period", (
        "w = hperiod(I)", "h = vperiod(I)", "dims = astuple(h, w)", "O = crop(I, ORIGIN, dims)")),
    Transform("vsplit_odd", (
        "parts = vsplit(I, {k})", "f = fork(equality, dmirror, identity)", "g = compose(flip, f)",
        "O = extract(parts, g)"), (SPLIT,)),
    Transform("keep_middle_column", (
        "w = width(I)", "h = halve(w)", "p = tojvec(h)", "line = vfrontier(p)",
        "all = asindices(I)", "rest = difference(all, line)", "bg = mostcolor(I)",
        "O = fill(I, bg, rest)")),
    _keep_object("keep_largest", "argmax"),
    _keep_object("keep_smallest", "argmin"),
    # Moves.
    _shift_all("shift_down", "DOWN"),
    _shift_all("shift_up", "UP"),
    _move_toward("gravitate_to", "gravitate"),
    # Tilings of the grid's symmetries.
    Transform("rot_tile", (
        "a = rot90(I)", "b = rot180(I)", "c = rot270(I)", "top = hconcat(I, a)",
        "bot = hconcat(c, b)", "O = vconcat(top, bot)")),
    Transform("mirror_tile", (
        "m = vmirror(I)", "top = hconcat(I, m)", "bot = hmirror(top)", "O = vconcat(top, bot)")),
    # Halves overlaid with background as transparent.
    _stack("stack_tb", "tophalf", "bottomhalf"),
    _stack("stack_bt", "bottomhalf", "tophalf"),
    Transform("fold_lr", (
        "bg = mostcolor(I)", "t = lefthalf(I)", "r = righthalf(I)", "s = vmirror(r)",
        "m = ofcolor(t, bg)", "src = toobject(m, s)", "O = paint(t, src)")),
    # Outputs computed from counts and colours of the grid.
    Transform("most_color_canvas", ("c = mostcolor(I)", "dims = shape(I)", "O = canvas(c, dims)")),
    Transform("upscale_by_colors", ("n = numcolors(I)", "k = decrement(n)", "O = upscale(I, k)")),
    Transform("fg_count_row", (
        "p = palette(I)", "c = other(p, ZERO)", "n = colorcount(I, c)", "dims = astuple(ONE, n)",
        "O = canvas(c, dims)")),
    Transform("count_diagonal", (
        "objs = objects(I, T, F, T)", "n = size(objs)", "dims = astuple(n, n)",
        "blank = canvas(ZERO, dims)", "line = shoot(ORIGIN, UNITY)", "O = fill(blank, {c}, line)"),
        (COLOR,)),
    Transform("symmetry_flag", (
        "m = vmirror(I)", "s = equality(I, m)", "c = branch(s, {a}, {b})",
        "O = canvas(c, UNITY)"), (COLOR_A, COLOR_B), (("a", "b"),)),
    # Drawing around and between cells of a colour.
    _around("neighbors_of", "neighbors"),
    _around("dneighbors_of", "dneighbors"),
    _around("ineighbors_of", "ineighbors"),
    Transform("connect_h", _OF_COLOR_A + _rays(("RIGHT", "LEFT")) + (
        "m = intersection(rr, ll)", "O = underfill(I, {b}, m)"), (COLOR_A, COLOR_B)),
    Transform("connect_hv", _OF_COLOR_A + _rays(("RIGHT", "LEFT", "UP", "DOWN")) + (
        "h = intersection(rr, ll)", "v = intersection(uu, dd)", "m = combine(h, v)",
        "O = underfill(I, {b}, m)"), (COLOR_A, COLOR_B)),
    Transform("cross_of_color", _OF_COLOR_A + (
        "h = compose(hfrontier, center)", "v = compose(vfrontier, center)",
        "rows = mapply(h, own)", "cols = mapply(v, own)", "m = combine(rows, cols)",
        "O = underfill(I, {b}, m)"), (COLOR_A, COLOR_B)),
    Transform("connect_pairs", (
        "parts = fgpartition(I)", "f = fork(connect, ulcorner, lrcorner)",
        "g = fork(recolor, color, f)", "lines = mapply(g, parts)", "O = underpaint(I, lines)")),
    Transform("shoot_down_own", (
        "objs = objects(I, T, F, T)", "ray = rbind(shoot, DOWN)", "line = compose(ray, center)",
        "f = fork(recolor, color, line)", "rays = mapply(f, objs)", "O = paint(I, rays)")),
    Transform("delta_of_color", (
        "cells = ofcolor(I, {a})", "m = delta(cells)", "O = fill(I, {b}, m)"),
        (COLOR_A, COLOR_B), (("a", "b"),)),
    Transform("fill_part_backdrop", (
        "parts = fgpartition(I)", "f = fork(recolor, color, backdrop)", "objs = mapply(f, parts)",
        "O = paint(I, objs)")),
    Transform("fill_interior", (
        "objs = objects(I, T, F, T)", "f = compose(backdrop, inbox)", "cells = mapply(f, objs)",
        "O = fill(I, {c}, cells)"), (COLOR,)),
    Transform("fill_frontiers", (
        "fs = frontiers(I)", "cells = merge(fs)", "O = fill(I, {c}, cells)"), (COLOR,)),
    Transform("outbox_size", (
        "objs = objects(I, T, F, T)", "s = sizefilter(objs, {k})", "cells = mapply(outbox, s)",
        "O = underfill(I, {c}, cells)"), (Param("k", "int", (1, 2, 3, 4)), COLOR)),
    # Recolouring objects of a colour by size (background objects included).
    Transform("recolor_big_of", (
        "objs = objects(I, T, F, F)", "own = colorfilter(objs, {a})", "g = rbind(greater, ONE)",
        "f = compose(g, size)", "cells = mfilter(own, f)", "O = fill(I, {b}, cells)"),
        (COLOR_A, COLOR_B), (("a", "b"),)),
    Transform("recolor_single_of", (
        "objs = objects(I, T, F, F)", "own = colorfilter(objs, {a})", "s = sizefilter(own, ONE)",
        "cells = merge(s)", "O = fill(I, {b}, cells)"), (COLOR_A, COLOR_B), (("a", "b"),)),

    # Added from ARC-1 training tasks the catalogue above left unsolved at depth 2; the
    # training tasks each solves are noted (alone, or composed as written). Directions:
    # the dmirror view turns down into right and up into left.
    # Cells moved or extended with their own colour.
    # d13f3404 (pad_double -> smear_dr).
    Transform("smear_dr", ("bg = mostcolor(I)",) + _smear("UNITY", "I", "O", "s")),
    # 22168020 (alone): background cells between two cells of one colour on a row (nothing
    # else between them) take that colour.
    Transform("connect_h_own", ("bg = mostcolor(I)",) + _smear("RIGHT", "I", "r", "r")
              + _smear("LEFT", "I", "l", "l") + ("O = cellwise(r, l, bg)",)),
    # 623ea044, ea786f4a (alone): both diagonals through each object's centre, own colour.
    Transform("diagonals_own", (
        "objs = objects(I, T, F, T)", "a1 = rbind(shoot, UNITY)", "a2 = rbind(shoot, NEG_UNITY)",
        "b1 = rbind(shoot, UP_RIGHT)", "b2 = rbind(shoot, DOWN_LEFT)", "a = fork(combine, a1, a2)",
        "b = fork(combine, b1, b2)", "x = fork(combine, a, b)", "xc = compose(x, center)",
        "f = fork(recolor, color, xc)", "cells = mapply(f, objs)", "O = underpaint(I, cells)")),
    # d13f3404 (pad_double -> smear_dr): the grid in the top-left of a canvas twice its size.
    Transform("pad_double", (
        "bg = mostcolor(I)", "dims = shape(I)", "big = double(dims)", "blank = canvas(bg, big)",
        "obj = asobject(I)", "O = paint(blank, obj)")),
    # Colours computed from the grid (they follow colours that change between pairs).
    # 31aa019c (keep_least_color -> fill_outbox).
    Transform("keep_least_color", (
        "c = leastcolor(I)", "cells = ofcolor(I, c)", "bg = mostcolor(I)", "dims = shape(I)",
        "blank = canvas(bg, dims)", "O = fill(blank, c, cells)")),
    # b94a9452 (crop_foreground -> swap_most_least), f76d97a5 (replace -> swap_most_least).
    Transform("swap_most_least", ("a = mostcolor(I)", "b = leastcolor(I)", "O = switch(I, a, b)")),
    # aabf363d (recolor_fg_least -> remove_singletons).
    Transform("recolor_fg_least", (
        "objs = objects(I, F, T, T)", "c = leastcolor(I)", "cells = merge(objs)",
        "O = fill(I, c, cells)")),
    # Objects and background regions chosen by a property.
    # 810b9b61, b2862040 (alone): objects that enclose background (a hole) get colour c.
    Transform("recolor_closed", _BG_REGIONS + (
        "b = rbind(bordering, I)", "inner = compose(flip, b)", "holes = mfilter(own, inner)",
        "hi = toindices(holes)", "fg = objects(I, T, F, T)", "meet = lbind(intersection, hi)",
        "f = chain(positive, size, meet)", "g = compose(f, delta)", "cells = mfilter(fg, g)",
        "O = fill(I, {c}, cells)"), (COLOR,)),
    # 6455b5f5 (recolor_smallest_regions -> recolor_largest_region).
    Transform("recolor_largest_region", _BG_REGIONS + (
        "obj = argmax(own, size)", "O = fill(I, {c}, obj)"), (COLOR,)),
    # Every background region of the smallest size (ties: all of them).
    Transform("recolor_smallest_regions", _BG_REGIONS + (
        "n = valmin(own, size)", "s = sizefilter(own, n)", "cells = merge(s)",
        "O = fill(I, {c}, cells)"), (COLOR,)),
    # Noise removed.
    # 7f4411dc (alone): non-background cells in no 2x2 block of non-background cells are erased.
    Transform("open_2x2", (
        "bg = mostcolor(I)", "z = ofcolor(I, bg)", "all = asindices(I)", "fg = difference(all, z)",
        "u = shift(fg, UP)", "l = shift(fg, LEFT)", "ul = shift(fg, NEG_UNITY)",
        "c1 = intersection(fg, u)", "c2 = intersection(l, ul)", "cor = intersection(c1, c2)",
        "r = shift(cor, RIGHT)", "d = shift(cor, DOWN)", "rd = shift(cor, UNITY)",
        "k1 = combine(cor, r)", "k2 = combine(d, rd)", "keep = combine(k1, k2)",
        "gone = difference(fg, keep)", "O = cover(I, gone)")),
    # Parts picked from the grid.
    # 2dc579da, 88a62173 (alone): the piece (between full uniform rows / columns) whose
    # content no other piece has.
    Transform("piece_odd", _PIECES + (
        "g = compose(normalize, tobj)", "m = lbind(matcher, g)", "s = lbind(sfilter, pieces)",
        "f = chain(size, s, m)", "h = compose(f, g)", "p = argmin(pieces, h)",
        "O = subgrid(p, I)")),
    # 9ecd008a (alone): the mirror image under the cells of colour c (a hole to restore).
    Transform("mirror_crop_color", (
        "cells = ofcolor(I, {c})", "m = vmirror(I)", "O = subgrid(cells, m)"), (COLOR,)),
    # a87f7484 (alone): the grid cut into square parts along its long side; the part whose
    # background pattern no other part has.
    Transform("split_odd", (
        "p = portrait(I)", "t = dmirror(I)", "g = branch(p, I, t)", "h = height(g)",
        "w = width(g)", "n = divide(h, w)", "parts = vsplit(g, n)", "bg = mostcolor(I)",
        "z = rbind(ofcolor, bg)", "m = lbind(matcher, z)", "s = lbind(sfilter, parts)",
        "mz = compose(m, z)", "f = chain(size, s, mz)", "x = argmin(parts, f)", "y = dmirror(x)",
        "O = branch(p, x, y)")),
    # a68b268e (alone): the four quadrants overlaid, background transparent, the top-left on
    # top, then top-right, bottom-left, bottom-right (an odd middle row / column is dropped).
    Transform("overlay_quadrants", (
        "bg = mostcolor(I)", "t = tophalf(I)", "b = bottomhalf(I)", "tl = lefthalf(t)",
        "tr = righthalf(t)", "bl = lefthalf(b)", "br = righthalf(b)", "m0 = ofcolor(tl, bg)",
        "s0 = toobject(m0, tr)", "x0 = paint(tl, s0)", "m1 = ofcolor(x0, bg)",
        "s1 = toobject(m1, bl)", "x1 = paint(x0, s1)", "m2 = ofcolor(x1, bg)",
        "s2 = toobject(m2, br)", "O = paint(x1, s2)")),
    # b9b7f026, de1cd16c (alone): the colour of the object whose bounding box it fills least.
    Transform("sparsest_color_cell", (
        "objs = objects(I, T, F, {w})", "f = compose(size, delta)", "obj = argmax(objs, f)",
        "c = color(obj)", "O = canvas(c, UNITY)"), (WITHOUT_BG,)),
    # From ARC-AGI-1 training tasks the 129 above left unsolved at depth 2 (2026-11-26):
    # each names the tasks it solves, alone or composed.
    # 08ed6ac7, 6e82a1ae (alone): every object recoloured by the dense rank of its size
    # (1 = the largest size, 2 = the next distinct size, ...).
    Transform("recolor_size_rank", (
        "objs = objects(I, T, F, T)", "sz = apply(size, objs)", "rb = lbind(rbind, greater)",
        "p = compose(rb, size)", "sel = lbind(sfilter, sz)", "cnt = chain(size, sel, p)",
        "col = compose(increment, cnt)", "f = fork(recolor, col, identity)",
        "cells = mapply(f, objs)", "O = paint(I, cells)")),
    # 60b61512 (alone): fill_delta with 8-connected objects (the background cells of each
    # one's bounding box get colour c).
    Transform("fill_delta_diag", (
        "objs = objects(I, T, T, T)", "cells = mapply(delta, objs)", "O = fill(I, {c}, cells)"),
        (COLOR,)),
    # 1190e5a7, 780d0b14 (alone): the pieces between full uniform rows / columns, one cell
    # each, in their most common colour.
    Transform("piece_colors", _PIECES + (
        "x = mostcolor(lines)", "pc = compose(mostcolor, tobj)", "cor = compose(initset, ulcorner)",
        "f = fork(recolor, pc, cor)", "marks = mapply(f, pieces)", "bgc = canvas(x, dims)",
        "g = paint(bgc, marks)", "O = compress(g)")),
    # 25d8a9c8 (alone): the uniform rows in colour c on a blank (0) grid.
    Transform("uniform_rows_mask", (
        "fs = frontiers(I)", "h = sfilter(fs, hline)", "cells = merge(h)", "dims = shape(I)",
        "blank = canvas(ZERO, dims)", "O = fill(blank, {c}, cells)"), (COLOR,)),
    # 29623171 (alone): the pieces between full uniform rows / columns holding the most cells of
    # the least colour are filled with it, the others cleared.
    Transform("piece_fullest", _PIECES + (
        "c = leastcolor(I)", "bg = mostcolor(I)", "f = rbind(colorcount, c)",
        "g = compose(f, tobj)",
        "n = valmax(pieces, g)", "m = matcher(g, n)", "best = mfilter(pieces, m)",
        "cleared = fill(I, bg, rest)", "O = fill(cleared, c, best)")),
    # 2bee17df (alone): the uniform rows and columns inside the grid's frame get colour c.
    Transform("fill_inner_frontiers", (
        "t = trim(I)", "fs = frontiers(t)", "m = merge(fs)", "cells = shift(m, UNITY)",
        "O = fill(I, {c}, cells)"), (COLOR,)),
    # 44d8ac46 (alone): enclosed background regions (not touching the border) that are full
    # squares get colour c.
    Transform("fill_enclosed_squares", (
        "bg = mostcolor(I)", "objs = objects(I, T, F, F)", "own = colorfilter(objs, bg)",
        "b = rbind(bordering, I)", "inner = compose(flip, b)", "holes = sfilter(own, inner)",
        "sq0 = sfilter(holes, square)", "bs = compose(size, backdrop)",
        "full = fork(equality, size, bs)", "sq = sfilter(sq0, full)",
        "cells = merge(sq)", "O = fill(I, {c}, cells)"), (COLOR,)),
    # 0dfd9992, 29ec7d0e, 484b58aa (alone): a periodic pattern with holes (colour 0) repaired:
    # the periods are those of the rows / columns without holes, and each hole takes the colour
    # one period to its left, right, above or below (the first that is not a hole,
    # in two rounds).
    Transform("repair_periodic", (
        "z0 = ofcolor(I, ZERO)", "dims = shape(I)", "c1 = canvas(ONE, dims)",
        "mk = fill(c1, ZERO, z0)")
        + _EXTENT + (
        "gr = fill(I, ZERO, hr)", "gc = fill(I, ZERO, vc)", "p = hperiod(gr)", "q = vperiod(gc)",
        "e = tojvec(p)", "w = invert(e)", "s = toivec(q)", "n = invert(s)")
        + _fill_round("I", ("e", "w", "s", "n", "e", "w", "s", "n"))),
    # 1e32b0e9 (alone): the pattern of the top-left piece (between full uniform rows /
    # columns) stamped onto every piece, in the colour of the dividing lines, under the rest.
    Transform("stamp_first_piece", _PIECES + (
        "x = mostcolor(lines)", "bg = mostcolor(I)", "m = matcher(ulcorner, ORIGIN)",
        "p0 = extract(pieces, m)", "z = ofcolor(I, bg)", "pi = toindices(p0)",
        "t0 = difference(pi, z)",
        "sh = lbind(shift, t0)", "f = compose(sh, ulcorner)", "cells = mapply(f, pieces)",
        "O = underfill(I, x, cells)")),
    # 3de23699 (alone): what the cells of the least colour frame (their bounding box without
    # its border), its foreground painted in that colour.
    Transform("inside_least_marks", (
        "c = leastcolor(I)", "cells = ofcolor(I, c)", "s = subgrid(cells, I)", "t = trim(s)",
        "bg = mostcolor(I)", "z = ofcolor(t, bg)", "all = asindices(t)", "fg = difference(all, z)",
        "O = fill(t, c, fg)")),
    # 5117e062 (alone): the object (multicoloured, 8-connected) holding the most cells of the
    # grid's least colour, cropped and painted in its own most common colour.
    Transform("crop_marked_object", (
        "c = leastcolor(I)", "objs = objects(I, F, T, T)", "f = rbind(colorcount, c)",
        "obj = argmax(objs, f)", "k = mostcolor(obj)", "s = subgrid(obj, I)", "n = normalize(obj)",
        "cells = toindices(n)", "O = fill(s, k, cells)")),
    # 6773b310 (alone): one cell per piece (between full uniform rows / columns): colour c for
    # the pieces holding the most cells of the least colour, 0 for the others. (`cor1` repeats
    # `cor`: a callable read by both the shared prefix and the per-colour suffix must not be
    # shared, or Transform.split moves it out of the prefix that still reads it.)
    Transform("piece_fullest_cells", _PIECES + (
        "x = mostcolor(lines)", "lc = leastcolor(I)", "f = rbind(colorcount, lc)",
        "g = compose(f, tobj)",
        "n = valmax(pieces, g)", "m = matcher(g, n)", "best = sfilter(pieces, m)",
        "other = difference(pieces, best)", "cor = compose(initset, ulcorner)",
        "cor1 = compose(initset, ulcorner)", "k1 = lbind(recolor, {c})", "f1 = compose(k1, cor1)",
        "k0 = lbind(recolor, ZERO)", "f0 = compose(k0, cor)", "a = mapply(f1, best)",
        "b = mapply(f0, other)", "bgc = canvas(x, dims)", "g1 = paint(bgc, a)",
        "g2 = paint(g1, b)", "O = compress(g2)"), (COLOR,)),
    # 178fcbfb (vlines -> hlines_except): rows through objects not of colour c, own colour.
    Transform("hlines_except", (
        "objs = objects(I, T, F, T)", "own = colorfilter(objs, {c})",
        "rest = difference(objs, own)",
        "h = compose(hfrontier, center)", "f = fork(recolor, color, h)", "lines = mapply(f, rest)",
        "O = paint(I, lines)"), (COLOR,)),

    # ea32f347 (-> replace[5, 4]), a61f2674 (-> replace[5, 0]): the largest object gets
    # colour a, the smallest colour b.
    Transform("recolor_extremes", (
        "objs = objects(I, T, F, T)", "big = argmax(objs, size)", "small = argmin(objs, size)",
        "g = fill(I, {a}, big)", "O = fill(g, {b}, small)"), (COLOR_A, COLOR_B), (("a", "b"),)),
    # b230c067 (-> replace[8, 1]): the object whose shape fewest objects share gets colour c.
    Transform("recolor_rare_shape", (
        "objs = objects(I, T, T, T)", "m = lbind(matcher, normalize)", "s = lbind(sfilter, objs)",
        "f = chain(size, s, m)", "h = compose(f, normalize)", "obj = argmin(objs, h)",
        "O = fill(I, {c}, obj)"), (COLOR,)),
    # dc433765 (alone): the cells of colour a move one step toward those of colour b.
    _move_toward("step_to", "position"),
    # b8825c91 (alone): cells of colour c (noise on a symmetric picture) take the colour of
    # their mirror image: left-right, then up-down, then left-right again.
    Transform("heal_symmetry", (
        "m1 = vmirror(I)", "z1 = ofcolor(I, {c})", "o1 = toobject(z1, m1)", "g1 = paint(I, o1)",
        "m2 = hmirror(g1)", "z2 = ofcolor(g1, {c})", "o2 = toobject(z2, m2)",
        "g2 = paint(g1, o2)", "m3 = vmirror(g2)", "z3 = ofcolor(g2, {c})",
        "o3 = toobject(z3, m3)", "O = paint(g2, o3)"), (COLOR,)),
    # cf98881b (alone): the three side-by-side panels (separators dropped) overlaid, the
    # background transparent, the left panel on top, then the middle one.
    Transform("overlay_thirds", (
        "parts = hsplit(I, THREE)", "a = first(parts)", "c = last(parts)", "dims = shape(a)",
        "ww = width(I)", "p = width(a)", "d = subtract(ww, p)", "s = halve(d)", "st = tojvec(s)",
        "b = crop(I, st, dims)", "bg = mostcolor(I)", "m0 = ofcolor(a, bg)",
        "s0 = toobject(m0, b)", "x0 = paint(a, s0)", "m1 = ofcolor(x0, bg)",
        "s1 = toobject(m1, c)", "O = paint(x0, s1)")),
    # 8d5021e8 (hconcat_vmirror_first -> mirror_vtile3): the grid between two upside-down
    # copies of itself.
    Transform("mirror_vtile3", ("m = hmirror(I)", "t = vconcat(m, I)", "O = vconcat(t, m)")),
    # 963e52fc (alone): the grid twice as wide, its rows continued with their period.
    Transform("extend_period_h", (
        "p = hperiod(I)", "h = height(I)", "w = width(I)", "w2 = double(w)", "cd = astuple(h, p)",
        "c = crop(I, ORIGIN, cd)", "q = add(w2, p)", "q1 = decrement(q)", "k = divide(q1, p)",
        "rc = astuple(ONE, k)", "t = repeatgrid(c, rc)", "od = astuple(h, w2)",
        "O = crop(t, ORIGIN, od)")),
    # cce03e0d (alone): a copy of the grid in place of each cell of colour c, the rest of
    # the h*h x w*w canvas 0. Meant for c3e719e8 too, whose c (the most common colour)
    # varies between its pairs, so a constant c cannot solve it.
    _fractal("fractal_of", ("cells = ofcolor(I, {c})",), (COLOR,)),
    # e9614598 (alone): a plus of colour b at the centre of the cells of colour a.
    Transform("centre_plus", (
        "cells = ofcolor(I, {a})", "p = center(cells)", "n = dneighbors(p)", "x = insertcell(p, n)",
        "O = underfill(I, {b}, x)"), (COLOR_A, COLOR_B), (("a", "b"),)),
    # c9f8e694 (alone): cells of colour c take the colour of their row's first cell.
    Transform("recolor_by_row_head", _ROWS + (
        "ix = lbind(index, I)", "ci = compose(ix, toivec)", "f = fork(recolor, ci, hf)",
        "rows = mapply(f, rs)", "p = paint(I, rows)", "z = ofcolor(I, {c})",
        "obj = toobject(z, p)", "O = paint(I, obj)"), (COLOR,)),
    # e26a3af2 (alone): stripes cleaned of noise: every row takes its most common colour, or
    # every column does, whichever leaves more colours (the stripes' direction).
    Transform("stripe_majority", _ROWS + (
        "tobj = rbind(toobject, I)", "mc = chain(mostcolor, tobj, hf)",
        "f = fork(recolor, mc, hf)", "rows = mapply(f, rs)", "a = paint(I, rows)",
        "t = dmirror(I)", "w = width(I)", "cs = interval(ZERO, w, ONE)",
        "tobj2 = rbind(toobject, t)", "mc2 = chain(mostcolor, tobj2, hf)",
        "f2 = fork(recolor, mc2, hf)", "cols = mapply(f2, cs)", "bt = paint(t, cols)",
        "b = dmirror(bt)", "na = numcolors(a)", "nb = numcolors(b)", "g = greater(nb, na)",
        "O = branch(g, b, a)")),
    # 4938f0c2, 4c5c2cf0: the foreground mirrored left-right, up-down and both about the
    # centre of the colour part that is itself symmetric both ways (a pattern completed
    # around a symmetric centre piece).
    Transform("mirror4_about_center_part", (
        "parts = fgpartition(I)", "f = fork(equality, identity, vmirror)",
        "g = fork(equality, identity, hmirror)", "h = fork(both, f, g)",
        "ctr = extract(parts, h)", "bg = mostcolor(I)", "z = ofcolor(I, bg)",
        "all = asindices(I)", "fgi = difference(all, z)", "fg = toobject(fgi, I)",
        "a = ulcorner(ctr)", "b = lrcorner(ctr)", "s = add(a, b)", "p = ulcorner(fg)",
        "q = lrcorner(fg)", "t = add(p, q)", "off = subtract(s, t)", "di = row(off)",
        "dj = col(off)", "vi = toivec(di)", "vj = tojvec(dj)", "hm = hmirror(fg)",
        "vm = vmirror(fg)", "hv = hmirror(vm)", "m1 = shift(hm, vi)", "m2 = shift(vm, vj)",
        "m3 = shift(hv, off)", "g1 = paint(I, m1)", "g2 = paint(g1, m2)", "O = paint(g2, m3)")),
    # 694f12f3: the interior of the largest object (0 is the background) gets colour a, the
    # smallest's colour b.
    Transform("fill_interior_extremes", (
        "all = objects(I, T, F, F)", "bgs = colorfilter(all, ZERO)",
        "objs = difference(all, bgs)", "big = argmax(objs, size)", "small = argmin(objs, size)",
        "i1 = inbox(big)", "b1 = backdrop(i1)", "i2 = inbox(small)", "b2 = backdrop(i2)",
        "g = fill(I, {a}, b1)", "O = fill(g, {b}, b2)"), (COLOR_A, COLOR_B), (("a", "b"),)),
    # 5521c0d9: every object moves up by its own height.
    Transform("lift_by_height", (
        "objs = objects(I, T, F, T)", "up = chain(toivec, invert, height)",
        "f = fork(shift, identity, up)", "moved = mapply(f, objs)", "all = merge(objs)",
        "g = cover(I, all)", "O = paint(g, moved)")),
    # 49d1d64f: the grid framed by copies of its edge rows / columns, the corners 0.
    Transform("pad_edges", (
        "h = height(I)", "w = width(I)", "r = astuple(ONE, w)", "tr = crop(I, ORIGIN, r)",
        "h1 = decrement(h)", "bp = toivec(h1)", "br = crop(I, bp, r)", "g = vconcat(tr, I)",
        "g2 = vconcat(g, br)", "h2 = height(g2)", "c = astuple(h2, ONE)",
        "lc = crop(g2, ORIGIN, c)", "w1 = decrement(w)", "rp = tojvec(w1)",
        "rc = crop(g2, rp, c)", "g3 = hconcat(lc, g2)", "g4 = hconcat(g3, rc)",
        "all = asindices(g4)", "cn = corners(all)", "O = fill(g4, ZERO, cn)")),
    # 54d82841: the bottom-row cell below each object's centre gets colour c.
    Transform("mark_below_objects", (
        "objs = objects(I, T, F, T)", "h = height(I)", "h1 = decrement(h)",
        "f = compose(vfrontier, center)", "cols = mapply(f, objs)", "r = toivec(h1)",
        "bot = hfrontier(r)", "m = intersection(cols, bot)", "O = fill(I, {c}, m)"), (COLOR,)),
    # 2c608aff: every object in line with the largest one (sharing a row or a column)
    # extends in its own colour until it touches it.
    Transform("extend_to_largest", (
        "objs = objects(I, T, F, T)", "big = argmax(objs, size)", "rest = remove(big, objs)",
        "g = rbind(gravitate, big)", "e = fork(add, center, g)", "ln = fork(connect, center, e)",
        "f = fork(recolor, color, ln)", "hm = rbind(hmatching, big)",
        "vm = rbind(vmatching, big)", "al = fork(either, hm, vm)", "ok = sfilter(rest, al)",
        "cells = mapply(f, ok)", "O = paint(I, cells)")),
    # 85c4e7cd: the concentric square rings' colours in reverse order (outermost <-> innermost).
    Transform("reverse_rings", (
        "h = height(I)", "w = width(I)", "h1 = decrement(h)", "w1 = decrement(w)",
        "h2 = increment(h)", "n = halve(h2)", "n1 = decrement(n)", "ks = interval(ZERO, n, ONE)",
        "dg = fork(astuple, identity, identity)", "ri = lbind(subtract, h1)",
        "ci = lbind(subtract, w1)", "lr = fork(astuple, ri, ci)", "lrs = compose(initset, lr)",
        "pts = fork(insertcell, dg, lrs)", "ring = compose(box, pts)",
        "back = lbind(subtract, n1)", "ix = lbind(index, I)", "cp = chain(ix, dg, back)",
        "f = fork(recolor, cp, ring)", "cells = mapply(f, ks)", "O = paint(I, cells)")),
    # 73251a56: cells of colour c (holes in a picture symmetric under transposition) take the
    # colour of their mirror image across the main diagonal; holes left (on the diagonal)
    # then take the colour of the nearest other cell up-left of them (within 15 steps).
    Transform("heal_dmirror", (
        "m = dmirror(I)", "z = ofcolor(I, {c})", "o = toobject(z, m)", "g0 = paint(I, o)")
        + _diag_rounds(4), (COLOR,)),
    # 2204b7a8: cells of the least colour take the colour of the nearer of two opposite border
    # lines: the top and bottom rows if the top corners agree, else the left and right columns.
    Transform("recolor_least_by_side", (
        "c = leastcolor(I)", "cells = ofcolor(I, c)", "h = height(I)", "w = width(I)",
        "h1 = decrement(h)", "w1 = decrement(w)", "tl = index(I, ORIGIN)", "tr0 = tojvec(w1)",
        "tr = index(I, tr0)", "bl0 = toivec(h1)", "bl = index(I, bl0)", "hz = equality(tl, tr)",
        "t = tophalf(I)", "ti = asindices(t)", "ct = intersection(cells, ti)",
        "cb = difference(cells, ti)", "gh1 = fill(I, tl, ct)", "gh = fill(gh1, bl, cb)",
        "l = lefthalf(I)", "li = asindices(l)", "cl = intersection(cells, li)",
        "cr = difference(cells, li)", "gv1 = fill(I, tl, cl)", "gv = fill(gv1, tr, cr)",
        "O = branch(hz, gh, gv)")),
    # 6cdd2623: rows whose two end cells both have the least colour are drawn in it, likewise
    # columns; everything else is cleared to the background (noise removed).
    Transform("connect_border_pairs_least", (
        "bg = mostcolor(I)", "h = height(I)", "w = width(I)", "h1 = decrement(h)",
        "w1 = decrement(w)", "cd = astuple(h, ONE)", "lc = crop(I, ORIGIN, cd)",
        "rp = tojvec(w1)", "rc = crop(I, rp, cd)", "m = cellwise(lc, rc, bg)",
        "rg = hupscale(m, w)", "rd = astuple(ONE, w)", "tr = crop(I, ORIGIN, rd)",
        "bp = toivec(h1)", "br = crop(I, bp, rd)", "n = cellwise(tr, br, bg)",
        "cg = vupscale(n, h)", "c = leastcolor(I)", "k1 = ofcolor(rg, c)", "k2 = ofcolor(cg, c)",
        "k = combine(k1, k2)", "dims = shape(I)", "blank = canvas(bg, dims)",
        "O = fill(blank, c, k)")),
    # 1caeab9d: the cells of every colour move up or down together so that their top row is
    # that of colour c.
    Transform("align_to_color", (
        "objs = fgpartition(I)", "k = ofcolor(I, {c})", "u = uppermost(k)",
        "d = lbind(subtract, u)", "v = chain(toivec, d, uppermost)",
        "f = fork(shift, identity, v)", "moved = mapply(f, objs)", "all = merge(objs)",
        "g = cover(I, all)", "O = paint(g, moved)"), (COLOR,)),
    # 3ac3eb23: the cells of the top row with their lower diagonal neighbours (own colour),
    # those two rows repeated down the grid (a zigzag).
    Transform("zigzag_down", (
        "objs = objects(I, T, F, T)", "n = compose(ineighbors, center)",
        "f = fork(recolor, color, n)", "cells = mapply(f, objs)", "g = paint(I, cells)",
        "h = height(I)", "w = width(I)", "d2 = astuple(TWO, w)", "top = crop(g, ORIGIN, d2)",
        "k = astuple(h, ONE)", "t = repeatgrid(top, k)", "dims = shape(I)",
        "O = crop(t, ORIGIN, dims)")),
    # 4be741c5: the colours of a striped grid in order, left to right as a row if the top row
    # shows more colours than the left column, else top to bottom as a column.
    Transform("stripe_colors", (
        "pal = palette(I)", "n = size(pal)", "h = height(I)", "w = width(I)",
        "rd = astuple(ONE, w)", "tr = crop(I, ORIGIN, rd)", "cd = astuple(h, ONE)",
        "lc = crop(I, ORIGIN, cd)", "a = numcolors(tr)", "b = numcolors(lc)", "hz = greater(a, b)",
        "t = dmirror(I)", "g = branch(hz, I, t)", "of = lbind(ofcolor, g)",
        "lg = lbind(lbind, greater)", "k = compose(leftmost, of)", "ks = apply(k, pal)",
        "p = compose(lg, k)", "s = lbind(sfilter, ks)", "r = chain(size, s, p)",
        "c = chain(initset, tojvec, r)", "f = fork(recolor, identity, c)", "x = mapply(f, pal)",
        "d = astuple(ONE, n)", "bl = canvas(ZERO, d)", "row = paint(bl, x)", "col = dmirror(row)",
        "O = branch(hz, row, col)")),
    # 2281f1f4: background cells in a column marked in the top row and a row marked in the
    # right column get colour c.
    Transform("mark_product_top_right", (
        "bg = mostcolor(I)", "h = height(I)", "w = width(I)", "w1 = decrement(w)",
        "rd = astuple(ONE, w)", "tr = crop(I, ORIGIN, rd)", "cd = astuple(h, ONE)",
        "rp = tojvec(w1)", "rc = crop(I, rp, cd)", "g1 = vupscale(tr, h)", "g2 = hupscale(rc, w)",
        "z1 = ofcolor(g1, bg)", "z2 = ofcolor(g2, bg)", "z = combine(z1, z2)",
        "all = asindices(I)", "m = difference(all, z)", "O = underfill(I, {c}, m)"), (COLOR,)),
    # 23581191: the row and the column through each object's centre in its own colour; cells
    # where a row meets another object's column get colour c.
    Transform("crosses_own", (
        "objs = objects(I, T, F, T)", "hc = compose(hfrontier, center)",
        "vc = compose(vfrontier, center)", "fh = fork(recolor, color, hc)",
        "fv = fork(recolor, color, vc)", "rows = mapply(fh, objs)", "cols = mapply(fv, objs)",
        "g = paint(I, rows)", "g2 = paint(g, cols)", "ri = toindices(rows)",
        "ci = toindices(cols)", "x = intersection(ri, ci)", "fg = merge(objs)",
        "fi = toindices(fg)", "m = difference(x, fi)", "O = fill(g2, {c}, m)"), (COLOR,)),
    # 1f642eb9: every other object is copied onto the largest object: moved toward it until
    # touching, then one step further (its facing cells take the object's colour).
    Transform("project_onto_largest", (
        "objs = objects(I, T, F, T)", "big = argmax(objs, size)", "rest = remove(big, objs)",
        "g = rbind(gravitate, big)", "st = compose(sign, g)", "off = fork(add, g, st)",
        "f = fork(shift, identity, off)", "moved = mapply(f, rest)", "O = paint(I, moved)")),
    # 3618c87e: the cells of the least colour move down together until the lowest reaches the
    # bottom row (covering what is there); their old cells take the background colour.
    Transform("drop_least_to_bottom", (
        "c = leastcolor(I)", "bg = mostcolor(I)", "cells = ofcolor(I, c)", "h = height(I)",
        "h1 = decrement(h)", "lo = lowermost(cells)", "d = subtract(h1, lo)", "v = toivec(d)",
        "moved = shift(cells, v)", "g = fill(I, bg, cells)", "O = fill(g, c, moved)")),
    # f5b8619d (fg_vlines[8] -> tile[2, 2]): the background cells of every column holding a
    # non-background cell get colour c.
    # (An 8-connected object spans a run of columns: its bounding box's columns are exactly
    # the columns it holds cells in.)
    Transform("fg_vlines", (
        "objs = objects(I, F, T, T)", "b1 = compose(vfrontier, ulcorner)",
        "b2 = compose(vfrontier, lrcorner)", "b3 = fork(combine, b1, b2)",
        "b4 = compose(backdrop, b3)", "lines = mapply(b4, objs)",
        "O = underfill(I, {c}, lines)"), (COLOR,)),
    # ba26e723 (alone, k=3), d406998b (alone, k=2 from the right): the non-black cells of every
    # k-th column (from the left, or with r from the right) get colour c.
    Transform("recolor_kth_columns", (
        "w = width(I)", "w1 = decrement(w)", "s0 = interval(ZERO, w, {k})", "nk = invert({k})",
        "s1 = interval(w1, NEG_ONE, nk)", "s = branch({r}, s1, s0)",
        "f = compose(vfrontier, tojvec)", "cols = mapply(f, s)", "z = ofcolor(I, ZERO)",
        "cells = difference(cols, z)", "O = fill(I, {c}, cells)"),
        (COLOR, Param("k", "int", (2, 3)), Param("r", "bool"))),
    # d2abd087 (recolor_size[6, 2] -> replace[5, 1]): the objects of k cells get colour c.
    Transform("recolor_size", (
        "objs = objects(I, T, F, T)", "s = sizefilter(objs, {k})", "cells = merge(s)",
        "O = fill(I, {c}, cells)"), (Param("k", "int", (2, 3, 4, 5, 6)), COLOR)),
    # 88a10436, e76a88a6 (alone): the most colourful object stamped, centre on centre, over
    # every object (8-connected, multicoloured).
    Transform("stamp_colorful", (
        "objs = objects(I, F, T, T)", "src = argmax(objs, numcolors)", "n = normalize(src)",
        "cn = center(n)", "f0 = rbind(subtract, cn)", "off = compose(f0, center)",
        "sh = lbind(shift, n)", "f = compose(sh, off)", "all = mapply(f, objs)",
        "O = paint(I, all)")),
    # d9fac9be (alone): the colour marked inside the object that leaves the most background in
    # its bounding box (a ring around a mark): the most common non-background colour among
    # its bounding box's other cells, as one cell.
    Transform("hollow_mark_color", (
        "bg = mostcolor(I)", "objs = objects(I, T, F, T)", "f = compose(size, delta)",
        "obj = argmax(objs, f)", "d = delta(obj)", "z = ofcolor(I, bg)", "m = difference(d, z)",
        "o = toobject(m, I)", "c = mostcolor(o)", "O = canvas(c, UNITY)")),
    # f8ff0b80 (alone), f8b3ba0a (alone, w): the colours other than the background (and with
    # w the most common of them), most common first, as a column on 0.
    Transform("color_rank_column", (
        "bg = mostcolor(I)", "p = palette(I)", "fg0 = remove(bg, p)",
        "cnt0 = lbind(colorcount, I)", "top = argmax(fg0, cnt0)", "fg1 = remove(top, fg0)",
        "fgs = branch({w}, fg1, fg0)", "cs = apply(cnt0, fgs)") + _RANK + (
        "pt = chain(initset, toivec, rank)", "f = fork(recolor, identity, pt)",
        "cells = mapply(f, fgs)", "n = size(cs)", "dims = astuple(n, ONE)",
        "blank = canvas(ZERO, dims)", "O = paint(blank, cells)"), (WITHOUT_BG,)),
    # 9af7a82c (alone): a bar chart on 0: one column per colour, most common first, as tall as
    # the colour's cell count.
    Transform("color_histogram", (
        "p = palette(I)", "cnt0 = lbind(colorcount, I)", "cs = apply(cnt0, p)") + _RANK + (
        "a = compose(tojvec, rank)", "e1 = compose(decrement, cnt)", "b = fork(astuple, e1, rank)",
        "ln = fork(connect, a, b)", "f = fork(recolor, identity, ln)", "cells = mapply(f, p)",
        "h = maximum(cs)", "n = size(cs)", "dims = astuple(h, n)", "blank = canvas(ZERO, dims)",
        "O = paint(blank, cells)")),
    # eb5a1d5d (alone), 90c28cc7 (dedupe -> crop_foreground): runs of equal rows, then of
    # equal columns, kept once.
    Transform("dedupe", _dedupe_rows("I", "a", "r") + ("t = dmirror(a)",)
              + _dedupe_rows("t", "b", "c") + ("O = dmirror(b)",)),
    # d8c310e9 (alone): the rows continued to the right edge with the period of the part up to
    # the last non-background column (the background beyond it taken as unknown).
    Transform("continue_period_h", (
        "bg = mostcolor(I)", "z = ofcolor(I, bg)", "all = asindices(I)", "fg = difference(all, z)",
        "r = rightmost(fg)", "r1 = increment(r)", "h = height(I)", "cd = astuple(h, r1)",
        "c = crop(I, ORIGIN, cd)", "p = hperiod(c)", "pd = astuple(h, p)",
        "u = crop(I, ORIGIN, pd)",
        "w = width(I)", "q = add(w, p)", "q1 = decrement(q)", "k = divide(q1, p)",
        "rc = astuple(ONE, k)", "t = repeatgrid(u, rc)", "od = shape(I)",
        "O = crop(t, ORIGIN, od)")),
    # 8eb1be9a (alone): the band of rows holding the non-background cells repeated up and down
    # over the whole grid, in phase with where it is.
    Transform("tile_band_v", (
        "bg = mostcolor(I)", "z = ofcolor(I, bg)", "all = asindices(I)", "fg = difference(all, z)",
        "top = uppermost(fg)", "hb = height(fg)", "w = width(I)", "bd = astuple(hb, w)",
        "st = toivec(top)", "b = crop(I, st, bd)", "h = height(I)", "m = modulo(top, hb)",
        "s0 = subtract(hb, m)", "s = modulo(s0, hb)", "e = add(h, s)", "e1 = add(e, hb)",
        "e2 = decrement(e1)", "k = divide(e2, hb)", "rc = astuple(k, ONE)", "t = repeatgrid(b, rc)",
        "so = toivec(s)", "od = shape(I)", "O = crop(t, so, od)")),
    # eb281b96 (alone): the rows swept down, back up and down again, bouncing on the first and
    # last rows without repeating them (rows 0..h-1, h-2..0, 1..h-1, h-2..0).
    Transform("bounce_tile_v", (
        "h = height(I)", "w = width(I)", "h1 = decrement(h)", "d = astuple(h1, w)",
        "m = hmirror(I)", "a = crop(m, DOWN, d)", "y = crop(I, DOWN, d)", "x = vconcat(I, a)",
        "x2 = vconcat(x, y)", "O = vconcat(x2, a)")),
    # 928ad970 (alone): the outline just inside the bounding box of the cells of the least
    # common colour (marks), drawn on the background in the colour of the largest object.
    Transform("frame_inside_marks", (
        "objs = objects(I, T, F, T)", "obj = argmax(objs, size)", "c = color(obj)",
        "lc = leastcolor(I)", "m = ofcolor(I, lc)", "b = inbox(m)", "O = underfill(I, c, b)")),
    # ddf7fa4f (alone): every object takes the colour of the mark (non-background cell) on the
    # top row above it (its columns' top cells; the least such colour if several).
    Transform("recolor_by_top_mark", (
        "bg = mostcolor(I)", "objs = objects(I, T, F, T)", "top = hfrontier(ORIGIN)",
        "b1 = compose(vfrontier, ulcorner)", "b2 = compose(vfrontier, lrcorner)",
        "b3 = fork(combine, b1, b2)", "b4 = compose(backdrop, b3)", "it = lbind(intersection, top)",
        "seg = compose(it, b4)", "so = rbind(toobject, I)", "pal = chain(palette, so, seg)",
        "rb = lbind(remove, bg)", "mk = chain(first, rb, pal)", "f = fork(recolor, mk, identity)",
        "cells = mapply(f, objs)", "O = paint(I, cells)")),
    # e9afcf9a (alone): every other column (the odd ones) turned upside down.
    Transform("flip_odd_columns", (
        "m = hmirror(I)", "w = width(I)", "s = interval(ONE, w, TWO)",
        "f = compose(vfrontier, tojvec)", "cols = mapply(f, s)", "obj = toobject(cols, m)",
        "O = paint(I, obj)")),
    # c444b776 (alone): the content of the piece (between full uniform rows / columns) with the
    # most non-background cells copied into every piece, at the same place in it.
    # (Pieces here are cut by the uniform rows / columns not of the background colour.)
    Transform("copy_fullest_piece", (
        "bg = mostcolor(I)", "fs = frontiers(I)", "fb = colorfilter(fs, bg)",
        "fs2 = difference(fs, fb)", "lines = merge(fs2)", "li = toindices(lines)",
        "all = asindices(I)", "rest = difference(all, li)", "dims = shape(I)",
        "blank = canvas(ZERO, dims)", "mark = fill(blank, ONE, rest)",
        "comps = objects(mark, T, F, F)", "pieces = colorfilter(comps, ONE)",
        "z = ofcolor(I, bg)", "dz = rbind(difference, z)",
        "key = chain(size, dz, toindices)", "p0 = argmax(pieces, key)", "pi = toindices(p0)",
        "fgc = difference(pi, z)", "src = toobject(fgc, I)", "u0 = ulcorner(p0)",
        "neg = invert(u0)",
        "n = shift(src, neg)", "sh = lbind(shift, n)", "f2 = compose(sh, ulcorner)",
        "cells = mapply(f2, pieces)", "O = paint(I, cells)")),
    # 2026-11-26, later: from the training tasks still unsolved on those lists.
    # 7ddcd7ec (alone): every single cell (a 4-connected object of one cell) shoots a ray in
    # its own colour away from the largest object (`position` from it), over the background.
    Transform("singles_shoot_away", (
        "objs = objects(I, T, F, T)", "big = argmax(objs, size)", "s = sizefilter(objs, ONE)",
        "p = lbind(position, big)", "ray = fork(shoot, center, p)", "f = fork(recolor, color, ray)",
        "cells = mapply(f, s)", "O = underpaint(I, cells)")),
    # 25d487eb (alone): a ray of the least colour from its cells' centre through the centre of
    # the non-background cells and beyond, over the background.
    Transform("shoot_least_through_center", (
        "c = leastcolor(I)", "m = ofcolor(I, c)", "bg = mostcolor(I)", "z = ofcolor(I, bg)",
        "all = asindices(I)", "fg = difference(all, z)", "a = center(m)", "d = position(m, fg)",
        "r = shoot(a, d)", "O = underfill(I, c, r)")),
    # 321b1fc6 (alone): the most colourful object (4-connected, multicoloured) replaces every
    # other object (stamped centre on centre) and leaves its own place.
    Transform("stamp_colorful_move", (
        "objs = objects(I, F, F, T)", "src = argmax(objs, numcolors)", "rest = remove(src, objs)",
        "n = normalize(src)", "cn = center(n)", "f0 = rbind(subtract, cn)",
        "off = compose(f0, center)", "sh = lbind(shift, n)", "f = compose(sh, off)",
        "all = mapply(f, rest)", "g = cover(I, src)", "O = paint(g, all)")),
    # 6b9890af (alone): the largest object (a frame) cropped, with the smallest object scaled
    # up by the whole factor that fits its height inside the frame, pasted in its top-left.
    Transform("fit_into_frame", (
        "objs = objects(I, F, T, T)", "fr = argmax(objs, size)", "sm = argmin(objs, size)",
        "s = subgrid(fr, I)", "t = subgrid(sm, I)", "i = inbox(fr)", "hi = height(i)",
        "ht = height(t)", "k = divide(hi, ht)", "u = upscale(t, k)", "o = asobject(u)",
        "m = shift(o, UNITY)", "O = paint(s, m)")),
    # a2fd1cf0, d4a91cb9 (alone): an elbow line of colour c joining the centres of the two
    # colour parts: along the row of the lower colour's part, then the column of the higher's.
    Transform("elbow_parts", (
        "parts = fgpartition(I)", "a = argmin(parts, color)", "b = argmax(parts, color)",
        "pa = center(a)", "pb = center(b)", "i = row(pa)", "j = col(pb)", "k = astuple(i, j)",
        "l1 = connect(pa, k)", "l2 = connect(k, pb)", "m = combine(l1, l2)",
        "O = underfill(I, {c}, m)"), (COLOR,)),
    # ce9e57f2 (alone): the lower half (floor(h/2) rows) of every object gets colour c.
    Transform("recolor_lower_half", (
        "objs = objects(I, T, F, T)", "hi = compose(increment, height)",
        "off = chain(toivec, halve, hi)", "sh = fork(shift, identity, off)",
        "low = fork(intersection, identity, sh)", "cells = mapply(low, objs)",
        "O = fill(I, {c}, cells)"), (COLOR,)),
    # a1570a43 (alone): the largest colour part moves so that its centre is the centre of the
    # smallest colour part (e.g. into a frame of corner marks).
    Transform("center_largest_on_smallest", (
        "parts = fgpartition(I)", "a = argmax(parts, size)", "b = argmin(parts, size)",
        "p = center(b)", "q = center(a)", "d = subtract(p, q)", "g = cover(I, a)",
        "m = shift(a, d)", "O = paint(g, m)")),
    # dc0a314f (alone): the hole of colour c in a symmetric picture, restored from its mirror
    # image left-right, where that overlaps the hole from the one up-down, and cropped.
    Transform("heal_crop_color", (
        "z = ofcolor(I, {c})", "m1 = vmirror(I)", "m2 = hmirror(I)", "s1 = subgrid(z, m1)",
        "s2 = subgrid(z, m2)", "t = ofcolor(s1, {c})", "o = toobject(t, s2)",
        "O = paint(s1, o)"), (COLOR,)),
    # a3df8b1e (alone), e179c5f4 (bounce_up -> replace[0, 8]): a ray of the least common colour
    # from the bottom-left corner going up diagonally, bouncing off the left and right edges
    # (row h-1-k holds its cell in column |((k + w-1) mod 2(w-1)) - (w-1)|).
    Transform("bounce_up", (
        "h = height(I)", "w = width(I)", "h1 = decrement(h)", "w1 = decrement(w)",
        "q = add(h1, w1)", "p = double(w1)", "rs = interval(ZERO, h, ONE)",
        "a = lbind(subtract, q)", "m = rbind(modulo, p)", "s = rbind(subtract, w1)",
        "t0 = compose(m, a)", "t = chain(absolute, s, t0)", "pt = fork(astuple, identity, t)",
        "f = compose(initset, pt)", "cells = mapply(f, rs)", "c = leastcolor(I)",
        "O = fill(I, c, cells)")),
    # a5f85a15 (alone): in every object (8-connected), the cells of its 2nd, 4th, ... rows get
    # colour c (every other cell of a diagonal line).
    Transform("recolor_alternate_rows", (
        "objs = objects(I, T, T, T)", "h = height(I)", "rs = interval(ONE, h, TWO)",
        "hf = compose(hfrontier, toivec)", "odd = mapply(hf, rs)", "sh = lbind(shift, odd)",
        "v = compose(toivec, uppermost)", "rf = compose(sh, v)",
        "x = fork(intersection, toindices, rf)", "cells = mapply(x, objs)",
        "O = fill(I, {c}, cells)"), (COLOR,)),
    # ba97ae07 (alone): the cells of each colour part's bounding box that hold other colours
    # take the part's colour (of two crossing bars, the one cut by the other comes on top).
    Transform("fill_part_delta", (
        "parts = fgpartition(I)", "f = fork(recolor, color, delta)", "cells = mapply(f, parts)",
        "O = paint(I, cells)")),
    # b548a754 (alone): the largest object, a frame around a filling, stretched to the smallest
    # object (a mark): the bounding box of both gets the frame's colour on its border and the
    # filling's (the cell inside the top-left corner) within.
    Transform("stretch_to_mark", (
        "objs = objects(I, F, F, T)", "big = argmax(objs, size)", "small = argmin(objs, size)",
        "all = combine(big, small)", "u = ulcorner(big)", "oc = index(I, u)", "u1 = add(u, UNITY)",
        "ic = index(I, u1)", "bd = backdrop(all)", "bx = box(all)", "g = fill(I, ic, bd)",
        "O = fill(g, oc, bx)")),
    # 97999447 (alone): a dashed ray to the right from every object's centre: its own colour
    # at even distances, colour c at odd ones (over the background).
    Transform("dashed_rays_right", (
        "objs = objects(I, T, F, T)", "d = double(RIGHT)", "r2 = rbind(shoot, d)",
        "e = compose(r2, center)", "f = fork(recolor, color, e)", "a = mapply(f, objs)",
        "ad = rbind(add, RIGHT)", "p1 = compose(ad, center)", "e2 = compose(r2, p1)",
        "b = mapply(e2, objs)", "g = underpaint(I, a)", "O = underfill(g, {c}, b)"), (COLOR,)),
    # 8efcae92 (alone; crop_most_of_color fails it, its blue objects outnumbering the black
    # cells): crop_most_of_color with black (0) as the background whatever the most common
    # colour: the 4-connected component of non-black cells holding the most cells of colour c,
    # cropped.
    Transform("crop_most_of_color_on_black", (
        "z = ofcolor(I, ZERO)", "dims = shape(I)", "bl = canvas(ONE, dims)",
        "mk = fill(bl, ZERO, z)", "comps = objects(mk, T, F, F)", "ps = colorfilter(comps, ONE)",
        "to = rbind(toobject, I)", "cc = rbind(colorcount, {c})", "f = compose(cc, to)",
        "p = argmax(ps, f)", "O = subgrid(p, I)"), (COLOR,)),
    # bb43febb (alone; fill_interior fails its test, where the objects outnumber the black
    # cells): fill_interior with black (0) as the background: the cells inside the border of
    # each 4-connected component of non-black cells' bounding box get colour c.
    Transform("fill_interior_on_black", (
        "z = ofcolor(I, ZERO)", "dims = shape(I)", "bl = canvas(ONE, dims)",
        "mk = fill(bl, ZERO, z)", "comps = objects(mk, T, F, F)", "ps = colorfilter(comps, ONE)",
        "f = compose(backdrop, inbox)", "cells = mapply(f, ps)", "O = fill(I, {c}, cells)"),
        (COLOR,)),

    # Generic building blocks written from training tasks the search left unsolved;
    # each names the tasks it makes test-correct.
    # d9fac9be (rankcolors view: crop_largest_of_color[0] -> crop_largest_of_color[2]): the
    # largest object (4-connected) of colour c, cropped (a frame or shape of c among noise
    # that also holds c; meant for 1c786137, whose frame colour varies). The objects
    # are those of a mask of c's cells: a noisy grid's own objects overflow MAX_OBJECTS.
    Transform("crop_largest_of_color", (
        "cells = ofcolor(I, {c})", "dims = shape(I)", "blank = canvas(ZERO, dims)",
        "mk = fill(blank, ONE, cells)", "objs = objects(mk, T, F, T)", "obj = argmax(objs, size)",
        "O = subgrid(obj, I)"), (COLOR,)),
    # 5c0a986e (diag_ray_of[1, up, left] -> diag_ray_of[2, down, right]): every object of
    # colour c shoots a diagonal ray in its own colour from its centre, up (v) or down, left
    # (h) or right, over the background.
    Transform("diag_ray_of", (
        "objs = objects(I, T, F, T)", "own = colorfilter(objs, {c})", "vd = branch({v}, UP, DOWN)",
        "hd = branch({h}, LEFT, RIGHT)", "dir = add(vd, hd)", "ray = rbind(shoot, dir)",
        "f = compose(ray, center)", "cells = mapply(f, own)", "O = underfill(I, {c}, cells)"),
        (COLOR, Param("v", "bool"), Param("h", "bool"))),
    # 83302e8f (alone + recolouring, or replace -> fill_rect_regions): the background
    # regions (4-connected) that are full rectangles (as many cells as their bounding box:
    # closed rooms, bands) get colour c.
    Transform("fill_rect_regions", _BG_REGIONS + (
        "bs = compose(size, backdrop)", "full = fork(equality, size, bs)",
        "rects = mfilter(own, full)", "O = fill(I, {c}, rects)"), (COLOR,)),
    # 54d9e175 (alone, its colours recoloured 1-4 -> 6-9): every piece (between full uniform
    # rows / columns not of the background colour) flooded with its least common colour (the
    # mark it holds).
    Transform("piece_fill_mark", _FG_PIECES + (
        "lc = compose(leastcolor, tobj)", "f = fork(recolor, lc, identity)",
        "cells = mapply(f, pieces)", "O = paint(I, cells)")),
    # 137eaa0f (alone): the objects (8-connected, multicoloured) assembled on their cell of
    # colour c (each moved so that cell is at one place), cropped to the result on a blank (0)
    # canvas.
    Transform("assemble_on_color", (
        "objs = objects(I, F, T, T)", "cs = ofcolor(I, {c})", "meet = lbind(intersection, cs)",
        "p = chain(ulcorner, meet, toindices)", "off = compose(invert, p)",
        "f = fork(shift, identity, off)", "moved = mapply(f, objs)", "n = normalize(moved)",
        "dims = shape(n)", "blank = canvas(ZERO, dims)", "O = paint(blank, n)"), (COLOR,)),
    # 6e19193c: every object (4-connected) missing one cell of its bounding box (an L in a
    # 2x2) shoots a ray in its own colour out of that gap, diagonally away from the cell
    # opposite it, starting one step beyond the gap, over the background.
    Transform("shoot_from_gap", (
        "objs = objects(I, T, F, T)", "one = compose(size, delta)", "m = matcher(one, ONE)",
        "ls = sfilter(objs, m)", "gp = compose(ulcorner, delta)",
        "s = fork(add, ulcorner, lrcorner)",
        "g2 = compose(double, gp)", "dir = fork(subtract, g2, s)", "st = fork(add, gp, dir)",
        "ray = fork(shoot, st, dir)", "f = fork(recolor, color, ray)", "cells = mapply(f, ls)",
        "O = underpaint(I, cells)")),
    # bdad9b1f: every line segment (a 4-connected object one cell thick, two cells or more)
    # extended across the grid along its own direction in its own colour; the cells where a
    # row meets a column get colour c.
    Transform("extend_segments", (
        "objs = objects(I, T, F, T)", "two = sizefilter(objs, ONE)", "segs = difference(objs, two)",
        "hs = sfilter(segs, hline)", "vs = sfilter(segs, vline)",
        "hc = compose(hfrontier, center)", "vc = compose(vfrontier, center)",
        "fh = fork(recolor, color, hc)", "fv = fork(recolor, color, vc)",
        "rows = mapply(fh, hs)", "cols = mapply(fv, vs)", "g = paint(I, rows)",
        "g2 = paint(g, cols)", "ri = toindices(rows)", "ci = toindices(cols)",
        "x = intersection(ri, ci)", "O = fill(g2, {c}, x)"), (COLOR,)),
    # b6afb2da (fill_interior_on_black[1] -> recolor_corners[2], recoloured 1 -> 2, 2 -> 1,
    # 5 -> 4): the four
    # corners of every (multicoloured, 4-connected) object's bounding box get colour c.
    Transform("recolor_corners", (
        "objs = objects(I, F, F, T)", "cells = mapply(corners, objs)",
        "O = fill(I, {c}, cells)"), (COLOR,)),
    # 2013d3e2 (alone): the top-left quarter of the foreground's bounding box (one quadrant of
    # a symmetric picture).
    Transform("crop_quadrant", (
        "objs = objects(I, F, T, T)", "cells = merge(objs)", "s = subgrid(cells, I)",
        "l = lefthalf(s)", "O = tophalf(l)")),
    # d4f3cd78 (fill_interior[8] -> leak_from_gap[8]): every object (4-connected) missing one
    # cell of its bounding box's border shoots a ray of colour c out of that gap, away from
    # the box's inside (the gap's neighbour within), over the background.
    Transform("leak_from_gap", (
        "objs = objects(I, T, F, T)", "gap = fork(difference, box, toindices)",
        "one = compose(size, gap)", "m = matcher(one, ONE)", "ls = sfilter(objs, m)",
        "gp = compose(ulcorner, gap)", "nb = compose(dneighbors, gp)",
        "ib = compose(backdrop, inbox)", "ic = fork(intersection, nb, ib)",
        "ip = compose(ulcorner, ic)", "dir = fork(subtract, gp, ip)", "ray = fork(shoot, gp, dir)",
        "cells = mapply(ray, ls)", "O = underfill(I, {c}, cells)"),
        (COLOR,)),
    # 67a423a3 (alone): the ring around the crossing (the non-background cells whose four
    # neighbours are all non-background, as where two lines cross; their bounding box) gets
    # colour c.
    Transform("ring_crossings", (
        "bg = mostcolor(I)", "z = ofcolor(I, bg)", "all = asindices(I)", "fg = difference(all, z)",
        "u = shift(fg, UP)", "d = shift(fg, DOWN)", "l = shift(fg, LEFT)", "r = shift(fg, RIGHT)",
        "v = intersection(u, d)", "h = intersection(l, r)", "x0 = intersection(v, h)",
        "x = intersection(x0, fg)", "ring = outbox(x)", "O = fill(I, {c}, ring)"),
        (COLOR,)),
    # 3f7978a0 (alone): the bounding box of colour c's cells grown by one row above and below
    # (bars of c with end caps of another colour), cropped.
    Transform("crop_color_capped", (
        "cs = ofcolor(I, {c})", "u = shift(cs, UP)", "d = shift(cs, DOWN)", "a = combine(u, d)",
        "O = subgrid(a, I)"), (COLOR,)),
    # 8d510a79: the objects of colour c extend in their own colour toward the largest object
    # until touching it (v false), or away from it to the border (v true), over the background.
    Transform("reach_largest_of", (
        "objs = objects(I, T, F, T)", "big = argmax(objs, size)", "own = colorfilter(objs, {c})",
        "g = rbind(gravitate, big)", "e = fork(add, center, g)", "to = fork(connect, center, e)",
        "s = compose(sign, g)", "n = compose(invert, s)", "aw = fork(shoot, center, n)",
        "a = mapply(to, own)", "b = mapply(aw, own)", "cells = branch({v}, b, a)",
        "O = underfill(I, {c}, cells)"), (COLOR, Param("v", "bool"))),
    # 2bcee788 (alone, recoloured 0 -> 3): the picture's cells not of colour c mirrored across
    # its edge where the marks of colour c lie (beside it), painted over them.
    Transform("mirror_onto_marker", (
        "m = ofcolor(I, {c})", "bg = mostcolor(I)", "z = ofcolor(I, bg)", "all = asindices(I)",
        "fg = difference(all, z)", "b0 = difference(fg, m)", "body = toobject(b0, I)",
        "d = position(body, m)", "s = shape(body)", "hz = multiply(d, s)",
        "ov = multiply(hz, DOWN)", "oh = multiply(hz, RIGHT)", "vm = vmatching(body, m)",
        "off = branch(vm, ov, oh)", "h = hmirror(body)", "v = vmirror(body)",
        "r = branch(vm, h, v)", "moved = shift(r, off)", "O = paint(I, moved)"), (COLOR,)),
    # 6ecd11f4 (alone): the most colourful object (8-connected), cropped, masked by the largest
    # one's shape scaled down to its size: its cells where that shape is black (0) are erased.
    Transform("stencil_colorful", (
        "objs = objects(I, F, T, T)", "sm = argmax(objs, numcolors)", "big = argmax(objs, size)",
        "a = subgrid(sm, I)", "b = subgrid(big, I)", "ha = height(a)", "hb = height(b)",
        "f = divide(hb, ha)", "d = downscale(b, f)", "z = ofcolor(d, ZERO)",
        "O = fill(a, ZERO, z)")),
    # 36fdfd69 (alone): delta_of_color per group: the cells of the bounding box of each group
    # of colour a's cells (8-connected once each cell is grown to a 2x2 block: gaps of one cell
    # bridged) that hold other colours get colour b. The groups are objects of a mask: a noisy
    # grid's own objects overflow MAX_OBJECTS.
    Transform("delta_of_color_groups", (
        "cs = ofcolor(I, {a})", "r = shift(cs, RIGHT)", "h = combine(cs, r)", "d = shift(h, DOWN)",
        "dl = combine(h, d)", "dims = shape(I)", "blank = canvas(ZERO, dims)",
        "mk = fill(blank, ONE, dl)", "objs = objects(mk, T, T, T)", "f = lbind(intersection, cs)",
        "g = chain(delta, f, toindices)", "cells = mapply(g, objs)", "O = fill(I, {b}, cells)"),
        (COLOR_A, COLOR_B), (("a", "b"),)),
    # c3e719e8 (alone): fractal_of with c the grid's most common colour (a copy of the grid
    # in place of each cell of that colour, the rest of the h*h x w*w canvas 0).
    _fractal("fractal_of_most", ("c = mostcolor(I)", "cells = ofcolor(I, c)")),
    # b190f7f5 (alone): the grid's two halves (side by side, or stacked if it is taller than
    # wide): the one with fewer colours is a stencil, the other is blown up cell by cell into
    # copies of it (each cell an h x w block of its colour where the stencil is not 0).
    Transform("stencil_halves", (
        "p = portrait(I)", "t = dmirror(I)", "g = branch(p, t, I)", "l = lefthalf(g)",
        "r = righthalf(g)", "nl = numcolors(l)", "nr = numcolors(r)", "s = greater(nl, nr)",
        "pat = branch(s, l, r)", "msk = branch(s, r, l)", "dims = shape(pat)", "h = height(pat)",
        "w = width(pat)", "a = hupscale(pat, w)", "b = vupscale(a, h)",
        "tl = repeatgrid(msk, dims)", "z = ofcolor(tl, ZERO)", "res = fill(b, ZERO, z)",
        "rt = dmirror(res)", "O = branch(p, rt, res)")),
    # caa06a1f (alone, s): the pattern in the top-left (the cells not of the bottom-right
    # corner's colour, periodic both ways) continued over the whole grid, read from column 0,
    # or with s one column on.
    Transform("continue_pattern", (
        "all = asindices(I)", "lr = lrcorner(all)", "f = index(I, lr)", "z = ofcolor(I, f)",
        "rest = difference(all, z)", "g = subgrid(rest, I)", "p = hperiod(g)", "q = vperiod(g)",
        "ud = astuple(q, p)", "u = crop(g, ORIGIN, ud)", "h = height(I)", "w = width(I)",
        "hq = add(h, q)", "k1 = divide(hq, q)", "wp = add(w, p)", "k2 = divide(wp, p)",
        "kk = astuple(k1, k2)", "t = repeatgrid(u, kk)", "st = branch({s}, RIGHT, ORIGIN)",
        "dims = shape(I)", "O = crop(t, st, dims)"), (Param("s", "bool"),)),
    # 46f33fce (downscale_any[2] -> upscale[4]): downscale by k where each k x k block takes
    # the colour of its non-background cells (the first, left to right then top to bottom,
    # over the background), not only its top-left cell's.
    Transform("downscale_any", _FG_CELLS + (
        "k3 = equality({k}, THREE)", "o = toobject(fg, I)", "l2 = double(LEFT)",
        "dl = branch(k3, l2, LEFT)", "a = shift(o, LEFT)", "b = shift(o, dl)",
        "g1 = underpaint(I, a)", "g2 = underpaint(g1, b)", "z2 = ofcolor(g2, bg)",
        "fg2 = difference(all, z2)", "o2 = toobject(fg2, g2)", "u2 = double(UP)",
        "du = branch(k3, u2, UP)", "c = shift(o2, UP)", "d = shift(o2, du)",
        "g3 = underpaint(g2, c)", "g4 = underpaint(g3, d)", "O = downscale(g4, {k})"),
        (SPLIT,)),
    # 80af3007 (crop_foreground -> fractal_of_scaled[3]): a picture drawn k times too large
    # turned into its fractal: each k x k block where the picture is drawn shows the picture
    # at its true size (the picture downscaled by k), the others black (0).
    Transform("fractal_of_scaled", (
        "p = downscale(I, {k})", "kk = astuple({k}, {k})", "t = repeatgrid(p, kk)",
        "O = cellwise(I, t, ZERO)"), (SPLIT,)),
    # 3631a71a (alone): noise of colour c healed on a picture symmetric across its diagonal
    # and both axes, whose centre lies k/2 cells past the grid's (k border rows and columns
    # missing at the bottom and right): each noise cell takes its mirror image's colour across
    # the diagonal, then left-right, then up-down, then the diagonal again.
    Transform("heal_symmetry_shifted", (
        "z0 = ofcolor(I, {c})", "d0 = dmirror(I)", "o0 = toobject(z0, d0)", "g0 = paint(I, o0)",
        "kv = tojvec({k})", "v = vmirror(g0)", "va = asobject(v)", "vs = shift(va, kv)",
        "vp = paint(g0, vs)", "z1 = ofcolor(g0, {c})", "o1 = toobject(z1, vp)",
        "g1 = paint(g0, o1)", "ki = toivec({k})", "hm = hmirror(g1)", "ha = asobject(hm)",
        "hs = shift(ha, ki)", "hp = paint(g1, hs)", "z2 = ofcolor(g1, {c})",
        "o2 = toobject(z2, hp)", "g2 = paint(g1, o2)", "z3 = ofcolor(g2, {c})",
        "d3 = dmirror(g2)", "o3 = toobject(z3, d3)", "O = paint(g2, o3)"),
        (COLOR, Param("k", "int", (0, 1, 2)))),
    # 05269061 (alone): diagonal stripes of period 3 completed: every cell takes the colour
    # (not the background) seen on the cells of its stripe class ((i + j) mod 3, or with d
    # (i - j) mod 3).
    Transform("complete_diag_stripes", (
        "bg = mostcolor(I)", "t0 = canvas(ZERO, THREE_BY_THREE)", "l0 = connect(RIGHT, DOWN)",
        "l1 = insertcell(TWO_BY_TWO, l0)", "l2 = connect(ZERO_BY_TWO, TWO_BY_ZERO)",
        "t1 = fill(t0, ONE, l1)", "t2 = fill(t1, TWO, l2)",
        "t3 = vmirror(t2)", "t = branch({d}, t3, t2)", "tt = astuple(TEN, TEN)",
        "big = repeatgrid(t, tt)", "dims = shape(I)", "G = crop(big, ORIGIN, dims)",
        "c0 = ofcolor(G, ZERO)", "o0 = toobject(c0, I)", "p0 = palette(o0)",
        "q0 = remove(bg, p0)", "k0 = first(q0)",
        "c1 = ofcolor(G, ONE)", "o1 = toobject(c1, I)", "p1 = palette(o1)",
        "q1 = remove(bg, p1)", "k1 = first(q1)",
        "c2 = ofcolor(G, TWO)", "o2 = toobject(c2, I)", "p2 = palette(o2)",
        "q2 = remove(bg, p2)", "k2 = first(q2)",
        "g1 = fill(I, k0, c0)", "g2 = fill(g1, k1, c1)", "O = fill(g2, k2, c2)"), (DIAGONAL,)),
    # 6d0160f0 (alone): the piece (between full uniform rows / columns) holding the cell of
    # colour c moved to the piece at that cell's place within it (equal pieces, separators
    # one cell wide), without its cells of the separators' colour; every piece's old content
    # cleared to black (0).
    Transform("move_piece_to_mark", _PIECES + (
        "cs = ofcolor(I, {c})", "m = ulcorner(cs)", "nz = lbind(intersection, cs)",
        "ti = compose(nz, toindices)", "hm = chain(positive, size, ti)",
        "p = extract(pieces, hm)", "u = ulcorner(p)",
        "rel = subtract(m, u)", "sd = shape(p)", "st = increment(sd)", "to = multiply(rel, st)",
        "off = subtract(to, u)", "sc = mostcolor(lines)", "sep = ofcolor(I, sc)",
        "pi = toindices(p)", "keep = difference(pi, sep)", "o = toobject(keep, I)",
        "mv = shift(o, off)", "allp = merge(pieces)",
        "g = fill(I, ZERO, allp)", "O = paint(g, mv)"), (COLOR,)),
    # bc1d5164 (alone): the four k x k corner blocks of the grid overlaid, the background
    # transparent, the top-left on top, then top-right, bottom-left, bottom-right (blocks
    # may overlap or leave a middle band out).
    Transform("overlay_corners", (
        "bg = mostcolor(I)", "kk = astuple({k}, {k})", "h = height(I)", "w = width(I)",
        "hk = subtract(h, {k})", "wk = subtract(w, {k})", "pr = tojvec(wk)", "pb = toivec(hk)",
        "pd = astuple(hk, wk)", "tl = crop(I, ORIGIN, kk)", "tr = crop(I, pr, kk)",
        "bl = crop(I, pb, kk)", "br = crop(I, pd, kk)", "m0 = ofcolor(tl, bg)",
        "s0 = toobject(m0, tr)", "x0 = paint(tl, s0)", "m1 = ofcolor(x0, bg)",
        "s1 = toobject(m1, bl)", "x1 = paint(x0, s1)", "m2 = ofcolor(x1, bg)",
        "s2 = toobject(m2, br)", "O = paint(x1, s2)"), (FACTOR,)),
    # d90796e8 (recolor_touching[3, 2, 8] -> recolor_touching[2, 8, 0]): cells of colour a
    # with a cell of colour b beside them (4-neighbours) get colour c.
    Transform("recolor_touching", (
        "as = ofcolor(I, {a})", "bs = ofcolor(I, {b})", "u = shift(bs, UP)", "d = shift(bs, DOWN)",
        "l = shift(bs, LEFT)", "r = shift(bs, RIGHT)", "ud = combine(u, d)", "lr = combine(l, r)",
        "nb = combine(ud, lr)", "cells = intersection(as, nb)", "O = fill(I, {c}, cells)"),
        (COLOR_A, COLOR_B, COLOR), (("a", "b"), ("a", "c"))),
    # 8731374e (crop_solid_of_color[0, 3] -> cross_of_least, rankcolors view): the bounding box
    # of the k x k blocks (k = 2 or 3) of colour c's cells, cropped: a solid rectangle of c among
    # noise that also holds c (single cells and thin strands of c are left out).
    Transform("crop_solid_of_color", (
        "s = ofcolor(I, {c})", "l1 = shift(s, LEFT)", "u1 = shift(s, UP)",
        "d1 = shift(s, NEG_UNITY)",
        "a1 = intersection(s, l1)", "b1 = intersection(u1, d1)", "c2 = intersection(a1, b1)",
        "l2 = shift(c2, LEFT)", "u2 = shift(c2, UP)", "d2 = shift(c2, NEG_UNITY)",
        "a2 = intersection(c2, l2)", "b2 = intersection(u2, d2)", "c3 = intersection(a2, b2)",
        "k3 = equality({k}, THREE)", "tl = branch(k3, c3, c2)", "k1 = decrement({k})",
        "kv = astuple(k1, k1)", "br = shift(tl, kv)", "b = combine(tl, br)", "O = subgrid(b, I)"),
        (COLOR, SPLIT)),
    # 4612dd53 (alone): dashed lines completed: the rows and the columns of the foreground's
    # bounding box that more than half fill get their background cells there coloured c.
    Transform("complete_lines", _FG_CELLS + (
        "bx = backdrop(fg)", "h = height(I)", "w = width(I)", "rs = interval(ZERO, h, ONE)",
        "cs = interval(ZERO, w, ONE)", "inb = lbind(intersection, bx)",
        "inf = lbind(intersection, fg)", "sr = chain(inb, hfrontier, toivec)",
        "nr = chain(size, inf, sr)", "dr = compose(double, nr)",
        "tr = compose(size, sr)", "okr = fork(greater, dr, tr)", "gr = sfilter(rs, okr)",
        "rows = mapply(sr, gr)", "sc = chain(inb, vfrontier, tojvec)", "nc = chain(size, inf, sc)",
        "dc = compose(double, nc)", "tc = compose(size, sc)", "okc = fork(greater, dc, tc)",
        "gc = sfilter(cs, okc)", "cols = mapply(sc, gc)", "m = combine(rows, cols)",
        "O = underfill(I, {c}, m)"), (COLOR,)),
    # 77fdfe62 (alone, k = 2): corner keys: the grid with k rings cropped off (k = 0, 1, 2: the keys
    # and a frame), its non-black cells recoloured by quadrant with the colour of the grid's
    # corner cell on that side (an odd middle row / column goes with the bottom / right).
    Transform("quadrants_by_corner_keys", (
        "h = height(I)", "w = width(I)", "h1 = decrement(h)", "w1 = decrement(w)",
        "ptr = tojvec(w1)", "pbl = toivec(h1)", "pbr = astuple(h1, w1)", "ktl = index(I, ORIGIN)",
        "ktr = index(I, ptr)", "kbl = index(I, pbl)", "kbr = index(I, pbr)",
        "kk = astuple({k}, {k})", "k2 = double({k})", "hh = subtract(h, k2)",
        "ww = subtract(w, k2)", "dims = astuple(hh, ww)", "g = crop(I, kk, dims)",
        "z = ofcolor(g, ZERO)",
        "all = asindices(g)", "fg = difference(all, z)", "t = tophalf(g)", "l = lefthalf(g)",
        "ti = asindices(t)", "li = asindices(l)", "top = intersection(fg, ti)",
        "bot = difference(fg, ti)", "q1 = intersection(top, li)", "q2 = difference(top, li)",
        "q3 = intersection(bot, li)", "q4 = difference(bot, li)", "x1 = fill(g, ktl, q1)",
        "x2 = fill(x1, ktr, q2)", "x3 = fill(x2, kbl, q3)", "O = fill(x3, kbr, q4)"),
        (Param("k", "int", (0, 1, 2)),)),
    # 8e5a5113 (alone): panels of rotations: the first square panel (side the grid's height)
    # copied into the panels to its right (separators one cell wide), each turned a further
    # quarter turn clockwise (90, 180, 270 degrees).
    Transform("rotation_panels", (
        "h = height(I)", "dims = astuple(h, h)", "p = crop(I, ORIGIN, dims)", "a = rot90(p)",
        "b = rot180(p)", "c = rot270(p)", "s1 = increment(h)", "o1 = tojvec(s1)", "o2 = double(o1)",
        "o3 = add(o1, o2)", "x = asobject(a)", "y = asobject(b)", "z = asobject(c)",
        "xs = shift(x, o1)", "ys = shift(y, o2)", "zs = shift(z, o3)", "g1 = paint(I, xs)",
        "g2 = paint(g1, ys)", "O = paint(g2, zs)")),
    # 3bdb4ada (alone, c = 0): every object (4-connected) perforated: its cells at an odd row
    # and an odd column offset from its bounding box's top-left corner get colour c (a solid
    # bar or block of odd size becomes a grid of holes).
    Transform("perforate", (
        "objs = objects(I, T, F, T)", "h = height(I)", "w = width(I)",
        "rs = interval(ONE, h, TWO)", "cs = interval(ONE, w, TWO)",
        "hf = compose(hfrontier, toivec)", "vf = compose(vfrontier, tojvec)",
        "rows = mapply(hf, rs)", "cols = mapply(vf, cs)", "odd = intersection(rows, cols)",
        "sh = lbind(shift, odd)", "rf = compose(sh, ulcorner)",
        "x = fork(intersection, toindices, rf)", "cells = mapply(x, objs)",
        "O = fill(I, {c}, cells)"), (COLOR,)),
    # 0a938d79 (alone): two marks continued as stripes: across the grid's long side, the full
    # columns (rows if it is taller than wide) through the first mark and the second, in their
    # colours, repeated with twice their distance as the period up to the far edge.
    Transform("stripes_from_two_marks", (
        "p = portrait(I)", "t = dmirror(I)", "g = branch(p, t, I)", "bg = mostcolor(g)",
        "z = ofcolor(g, bg)", "all = asindices(g)", "fg = difference(all, z)",
        "a = leftmost(fg)", "b = rightmost(fg)", "ja = tojvec(a)", "jb = tojvec(b)",
        "va = vfrontier(ja)", "vb = vfrontier(jb)", "ma = intersection(fg, va)",
        "mb = intersection(fg, vb)", "oa = toobject(ma, g)", "ob = toobject(mb, g)",
        "ka = color(oa)", "kb = color(ob)", "d = subtract(b, a)", "d2 = double(d)",
        "w = width(g)", "sa = interval(a, w, d2)", "sb = interval(b, w, d2)",
        "f = compose(vfrontier, tojvec)", "la = mapply(f, sa)", "lb = mapply(f, sb)",
        "g1 = fill(g, ka, la)", "g2 = fill(g1, kb, lb)", "rt = dmirror(g2)",
        "O = branch(p, rt, g2)")),
    # 017c7c7b (replace[1, 2] -> continue_period_v[0]): the grid extended downward, continuing
    # its vertical period (the smallest p with every row equal to the row p below it), to 3/2
    # of its height, or with t twice its height.
    Transform("continue_period_v", (
        "q = vperiod(I)", "w = width(I)", "h = height(I)", "pd = astuple(q, w)",
        "u = crop(I, ORIGIN, pd)", "hh = halve(h)", "h3 = add(h, hh)", "h2 = double(h)",
        "n = branch({t}, h2, h3)", "nq = add(n, q)", "k = divide(nq, q)", "rc = astuple(k, ONE)",
        "r = repeatgrid(u, rc)", "od = astuple(n, w)", "O = crop(r, ORIGIN, od)"),
        (Param("t", "bool"),)),
    # bd4472b8 (alone): a key row spelled out: the rows below the first two (the key and a
    # separator) take the key's colours in turn, one full row each, repeating to the bottom.
    Transform("key_row_stripes", (
        "w = width(I)", "h = height(I)", "rd = astuple(ONE, w)", "top = crop(I, ORIGIN, rd)",
        "col = dmirror(top)", "bar = hupscale(col, w)", "h2 = subtract(h, TWO)",
        "k0 = add(h2, w)", "k = divide(k0, w)", "rc = astuple(k, ONE)",
        "t = repeatgrid(bar, rc)", "d = astuple(h2, w)", "c = crop(t, ORIGIN, d)",
        "o = asobject(c)", "s = shift(o, TWO_BY_ZERO)", "O = paint(I, s)")),
    # a61ba2ce (alone, c = 0): four corner pieces assembled: the objects (4-connected) with
    # the background at one corner of their bounding box (one piece per corner), each put in
    # the quadrant of a square twice the first's size where that corner faces the centre, on
    # a canvas of colour c.
    Transform("assemble_corner_pieces", (
        "objs = objects(I, T, F, T)", "bg = mostcolor(I)", "ix = lbind(index, I)",
        "isbg = lbind(equality, bg)", "m1 = chain(isbg, ix, lrcorner)",
        "m2 = chain(isbg, ix, llcorner)", "m3 = chain(isbg, ix, urcorner)",
        "m4 = chain(isbg, ix, ulcorner)",
        "o1 = extract(objs, m1)", "o2 = extract(objs, m2)", "o3 = extract(objs, m3)",
        "o4 = extract(objs, m4)", "d = shape(o1)", "zj = multiply(d, RIGHT)",
        "zi = multiply(d, DOWN)", "n1 = normalize(o1)", "n2 = normalize(o2)",
        "n3 = normalize(o3)", "n4 = normalize(o4)", "t2 = shift(n2, zj)", "t3 = shift(n3, zi)",
        "t4 = shift(n4, d)", "a = combine(n1, t2)", "b = combine(t3, t4)",
        "ab = combine(a, b)", "dims = double(d)", "blank = canvas({c}, dims)",
        "O = paint(blank, ab)"), (COLOR,)),
    # 29c11459 (alone): the marks on the left and right edges extended along their rows to
    # meet in the middle column (odd widths), which gets colour c on those rows.
    Transform("edges_meet_middle", (
        "h = height(I)", "w = width(I)", "cd = astuple(h, ONE)", "lc = crop(I, ORIGIN, cd)",
        "w1 = decrement(w)", "rp = tojvec(w1)", "rc = crop(I, rp, cd)", "lf = hupscale(lc, w)",
        "rf = hupscale(rc, w)", "a = lefthalf(lf)", "b = righthalf(rf)", "hw = halve(w)",
        "mp = tojvec(hw)", "m0 = crop(I, mp, cd)", "bg = mostcolor(I)", "zl = ofcolor(lc, bg)",
        "zr = ofcolor(rc, bg)", "z = intersection(zl, zr)", "al = asindices(lc)",
        "ml = difference(al, z)", "mid = fill(m0, {c}, ml)", "x = hconcat(a, mid)",
        "O = hconcat(x, b)"), (COLOR,)),
    # The odd object out, cropped: the one whose shape (with or without its colours) or size
    # the fewest objects share. A family written for the pattern, not for a task: alone
    # (depth 1) crop_odd_pattern makes 88a62173, 1cf80156, b94a9452 and fcb5c309 (these two
    # recoloured) test-correct, tasks other transforms solve as well.
    _odd_object("crop_odd_pattern", (), "normalize"),
    _odd_object("crop_odd_shape", ("k = compose(toindices, normalize)",), "k"),
    _odd_object("crop_odd_size", (), "size"),
)

# Searched only when named (`--transforms`, `SearchConfig.transforms`): XLA on a
# GPU host takes minutes over each (H200, 65,536 rows, 16 compiles at once:
# gravity 55 s, as a 29-step unrolled template, or 6 ms a row to run as the
# 16-slot `power` loop; connect_hv_own 173 s, connect_diag_own 179 s, four
# pointer-jumping smears each), more than a 10-minute search can spend for the
# one training task each solves; attach_to_own_line runs a gravitate per object
# (about 6.5x connect_h's cost a row on the CPU).
OPTIONAL: Tuple[Transform, ...] = (
    # The odd object out by colour: 4.3x connect_h's cost a row on the CPU and 51 GiB at
    # 65,536 rows there (`color` of every object under the per-object `sfilter`), where the
    # pattern key, which tells colours apart as well, costs 0.8x and 19 GiB.
    _odd_object("crop_odd_color", (), "color"),
    # 1e0a9b12 (alone).
    _gravity("gravity_down", "DOWN", "UP"),
    # 3906de3d (alone).
    _gravity("gravity_up", "UP", "DOWN"),
    # 40853293 (alone): background cells between two cells of one colour on a row or a column
    # (nothing else between them) take that colour; the columns' on top.
    Transform("connect_hv_own", ("bg = mostcolor(I)",) + _smear("RIGHT", "I", "r", "r")
              + _smear("LEFT", "I", "l", "l") + _smear("DOWN", "I", "d", "d")
              + _smear("UP", "I", "u", "u") + _over("r", "l", "d", "u")),
    # 1f876c06 (alone): the same along both diagonals.
    Transform("connect_diag_own", ("bg = mostcolor(I)",) + _smear("UNITY", "I", "a", "a")
              + _smear("NEG_UNITY", "I", "b", "b") + _smear("UP_RIGHT", "I", "c", "c")
              + _smear("DOWN_LEFT", "I", "e", "e") + _over("a", "b", "c", "e")),
    # 1a07d186: objects off the full uniform lines move until they touch the line of their own
    # colour; those whose colour has no line are erased.
    Transform("attach_to_own_line", (
        "bg = mostcolor(I)", "fs = frontiers(I)", "fb = colorfilter(fs, bg)",
        "ls = difference(fs, fb)", "li = merge(ls)", "g0 = cover(I, li)",
        "objs = objects(g0, T, F, T)", "lc = apply(color, ls)", "has = rbind(contained, lc)",
        "hc = compose(has, color)", "ok = sfilter(objs, hc)", "lm = lbind(matcher, color)",
        "ex = lbind(extract, ls)", "pick = chain(ex, lm, color)",
        "off = fork(gravitate, identity, pick)", "f = fork(shift, identity, off)",
        "moved = mapply(f, ok)", "all = merge(objs)", "g = cover(I, all)",
        "O = paint(g, moved)")),
    # Written from unsolved training tasks like the catalogue's generic building blocks, but
    # each needs 13-28 GiB for a 65,536-row chunk (XLA's memory analysis on the CPU): on an
    # H100 such kernels compile twice (the second time for fewer rows) and, nine at once,
    # held a cold search's first layer for minutes (2026-11-26).
    # ae3edfdc (gather_to[7, 1] -> gather_to[3, 2]): every object of colour a moves toward the
    # cells of colour b until it touches them.
    Transform("gather_to", (
        "objs = objects(I, T, F, T)", "own = colorfilter(objs, {a})", "bs = ofcolor(I, {b})",
        "g = rbind(gravitate, bs)", "f = fork(shift, identity, g)", "moved = mapply(f, own)",
        "all = merge(own)", "c = cover(I, all)", "O = paint(c, moved)"),
        (COLOR_A, COLOR_B), (("a", "b"),)),
    # f9012d9b (alone): repair_periodic, cropped to the holes (colour 0): what the periodic
    # pattern has under them.
    Transform("repair_periodic_crop", (
        "z0 = ofcolor(I, ZERO)", "dims = shape(I)", "c1 = canvas(ONE, dims)",
        "mk = fill(c1, ZERO, z0)")
        + _EXTENT + (
        "gr = fill(I, ZERO, hr)", "gc = fill(I, ZERO, vc)", "p = hperiod(gr)", "q = vperiod(gc)",
        "e = tojvec(p)", "w = invert(e)", "s = toivec(q)", "n = invert(s)")
        + _renamed(_fill_round("I", ("e", "w", "s", "n", "e", "w", "s", "n")), "rep")
        + ("O = subgrid(z0, rep)",)),
    # ec883f72 (alone): diagonal rays away from the four corners of the container (the colour
    # part with the largest bounding box), starting just outside them, in the colour of the
    # part with the smallest bounding box (what it holds), over the background.
    Transform("container_corner_rays", (
        "parts = fgpartition(I)", "bs = compose(size, backdrop)", "ct = argmax(parts, bs)",
        "held = argmin(parts, bs)", "c = color(held)", "o = outbox(ct)", "p1 = ulcorner(o)",
        "p2 = urcorner(o)", "p3 = llcorner(o)", "p4 = lrcorner(o)", "r1 = shoot(p1, NEG_UNITY)",
        "r2 = shoot(p2, UP_RIGHT)", "r3 = shoot(p3, DOWN_LEFT)", "r4 = shoot(p4, UNITY)",
        "a = combine(r1, r2)", "b = combine(r3, r4)", "rays = combine(a, b)",
        "O = underfill(I, c, rays)")),
    # 99fa7670 (alone): every object shoots a ray right in its own colour from its centre; at
    # the right edge the rays turn down: the last column's cells below a ray's row take its
    # colour, down to the next ray.
    Transform("rays_right_turn_down", (
        "objs = objects(I, T, F, T)", "rr = rbind(shoot, RIGHT)", "ray = compose(rr, center)",
        "f = fork(recolor, color, ray)", "rays = mapply(f, objs)", "g = paint(I, rays)",
        "w = width(I)", "w1 = decrement(w)", "h = height(I)", "cr = compose(row, center)",
        "ups = apply(cr, objs)", "u0 = minimum(ups)", "rs = interval(u0, h, ONE)",
        "lg = lbind(lbind, greater)", "pr = compose(lg, increment)", "sel = lbind(sfilter, ups)",
        "top = chain(maximum, sel, pr)", "ix = lbind(index, g)", "pt = rbind(astuple, w1)",
        "src = chain(ix, pt, top)", "dst = compose(initset, pt)", "f2 = fork(recolor, src, dst)",
        "col = mapply(f2, rs)", "O = paint(g, col)")),
    # a3325580 (alone): the objects of the largest size as bars: one column per object, left
    # to right as they lie (by their leftmost column), in its colour, as tall as that size.
    Transform("largest_objects_bars", (
        "objs = objects(I, T, F, T)", "n = valmax(objs, size)", "big = sizefilter(objs, n)",
        "ls = apply(leftmost, big)", "lg = lbind(lbind, greater)", "p = compose(lg, leftmost)",
        "sel = lbind(sfilter, ls)", "rank = chain(size, sel, p)", "top = compose(tojvec, rank)",
        "n1 = decrement(n)", "mk = lbind(astuple, n1)", "bot = compose(mk, rank)",
        "ln = fork(connect, top, bot)", "f = fork(recolor, color, ln)", "cells = mapply(f, big)",
        "k = size(big)", "dims = astuple(n, k)", "blank = canvas(ZERO, dims)",
        "O = paint(blank, cells)")),
    # e21d9049 (alone): the foreground's horizontal bar (its cells with a foreground cell
    # beside them) repeated along its row, with its width as the period, and its vertical bar
    # (cells with one above or below) along its column, likewise: a cross continued to the
    # borders.
    Transform("continue_cross", (
        "bg = mostcolor(I)", "z = ofcolor(I, bg)", "all = asindices(I)", "fg = difference(all, z)",
        "l = shift(fg, LEFT)", "r = shift(fg, RIGHT)", "lr = combine(l, r)",
        "hs = intersection(fg, lr)", "u = shift(fg, UP)", "d = shift(fg, DOWN)",
        "ud = combine(u, d)", "vs = intersection(fg, ud)", "ho = toobject(hs, I)",
        "vo = toobject(vs, I)", "p = width(hs)", "q = height(vs)", "l0 = leftmost(hs)",
        "pk0 = divide(l0, p)", "pk = increment(pk0)", "pm = multiply(pk, p)", "ps = invert(pm)",
        "w = width(I)", "pe = subtract(w, l0)", "hk = interval(ps, pe, p)",
        "u0 = uppermost(vs)", "qk0 = divide(u0, q)", "qk = increment(qk0)",
        "qm = multiply(qk, q)", "qs = invert(qm)", "h = height(I)", "qe = subtract(h, u0)",
        "vk = interval(qs, qe, q)", "hsh = lbind(shift, ho)", "hf = compose(hsh, tojvec)",
        "vsh = lbind(shift, vo)", "vf = compose(vsh, toivec)", "hc = mapply(hf, hk)",
        "vc = mapply(vf, vk)", "g = paint(I, hc)", "O = paint(g, vc)")),
    # 7c008303 (alone): a key through a stencil: the smallest piece (between full uniform rows /
    # columns not of the background colour) scaled up to the largest piece's height, blanked
    # where the largest piece holds the background.
    Transform("key_through_stencil", _FG_PIECES + (
        "key = argmin(pieces, size)", "pat = argmax(pieces, size)", "k = subgrid(key, I)",
        "p = subgrid(pat, I)", "hk = height(k)", "hp = height(p)", "f = divide(hp, hk)",
        "u = upscale(k, f)", "z = ofcolor(p, bg)", "O = fill(u, bg, z)")),
    # 363442ee (alone): a template stamped on marks: the non-background cells off the full
    # uniform rows / columns and not of colour c (the template) copied, centre on centre, over
    # every object (4-connected) of colour c.
    Transform("stamp_on_color", _FG_CELLS + (
        "fs = frontiers(I)", "fl = merge(fs)", "fi = toindices(fl)", "cs = ofcolor(I, {c})",
        "p0 = difference(fg, fi)", "p1 = difference(p0, cs)", "src = toobject(p1, I)",
        "n = normalize(src)", "cn = center(n)", "objs = objects(I, T, F, T)",
        "own = colorfilter(objs, {c})", "f0 = rbind(subtract, cn)", "off = compose(f0, center)",
        "sh = lbind(shift, n)", "f = compose(sh, off)", "stamps = mapply(f, own)",
        "O = paint(I, stamps)"), (COLOR,)),
    # 09629e4f (alone): the piece (between full uniform rows / columns) with the most black (0)
    # cells spread over the layout: every piece filled with the colour of that piece's cell
    # at the piece's own place in the layout (equal pieces, separators one cell wide).
    Transform("spread_sparsest_piece", _PIECES + (
        "z = ofcolor(I, ZERO)", "nz = lbind(intersection, z)", "cnt = chain(size, nz, toindices)",
        "sp = argmax(pieces, cnt)", "src = subgrid(sp, I)", "sd = shape(src)",
        "st = increment(sd)", "dv = rbind(divide, st)", "pos = compose(dv, ulcorner)",
        "at = lbind(index, src)", "col = compose(at, pos)", "f = fork(recolor, col, identity)",
        "cells = mapply(f, pieces)", "O = paint(I, cells)")),
    # XLA on an H100 takes minutes over these two at 65,536 rows (bridge_objects 139 s,
    # fill_squares_of over 170 s, alone on the host; 8-30 s for most templates).
    # d6ad076f (alone): a bridge of colour c between two objects facing each other: the cells
    # between them, across the rows (or columns) both span less one at each side.
    Transform("bridge_objects", (
        "objs = objects(I, T, F, T)", "a = first(objs)", "b = last(objs)")
        + _band("a", "hfrontier", "ra") + _band("b", "hfrontier", "rb")
        + _band("a", "vfrontier", "ca") + _band("b", "vfrontier", "cb") + (
        "rab = intersection(ra, rb)", "cab = intersection(ca, cb)", "ru = shift(rab, UP)",
        "rd = shift(rab, DOWN)", "re = intersection(ru, rd)", "cl = shift(cab, LEFT)",
        "cr = shift(cab, RIGHT)", "ce = intersection(cl, cr)", "m = combine(re, ce)",
        "ab = combine(a, b)", "bd = backdrop(ab)", "x = intersection(m, bd)", "da = backdrop(a)",
        "db = backdrop(b)", "y = difference(x, da)", "z = difference(y, db)",
        "O = fill(I, {c}, z)"), (COLOR,)),
    # 6cf79266 (alone): every k x k square of cells of colour a (k = 2 or 3) gets colour c;
    # of overlapping squares, only those no square before them (reading order) overlaps.
    Transform("fill_squares_of", (
        "z = ofcolor(I, {a})", "k3 = equality({k}, THREE)", "u1 = shift(z, UP)",
        "v1 = intersection(z, u1)", "u2 = shift(v1, UP)", "v2 = intersection(z, u2)",
        "v = branch(k3, v2, v1)", "l1 = shift(v, LEFT)", "h1 = intersection(v, l1)",
        "l2 = shift(h1, LEFT)", "h2 = intersection(v, l2)", "tl0 = branch(k3, h2, h1)")
        + _EARLIER_OVERLAP + (
        "tl = difference(tl0, ov)",
        "d1 = shift(tl, DOWN)", "e1 = combine(tl, d1)", "d2 = shift(e1, DOWN)",
        "e2 = combine(e1, d2)", "e = branch(k3, e2, e1)", "r1 = shift(e, RIGHT)",
        "f1 = combine(e, r1)", "r2 = shift(f1, RIGHT)", "f2 = combine(f1, r2)",
        "cells = branch(k3, f2, f1)", "O = fill(I, {c}, cells)"),
        (COLOR_A, COLOR, SPLIT), (("a", "c"),)),
    # Written on 2026-11-27 and compiled too slowly for a cold search's catalogue:
    # on an H100 host, 16 kernels at once, 65,536 rows (docs/bench/search/
    # h100_compile_probe_240.json): gather_marks_to_corners 171 s, pour_right_down
    # 108 s, mirror_across_brackets 92 s; cross_of_least and slide_to_marked_corners
    # were not done after 200 s (most templates: 7-30 s). With them in the catalogue
    # a cold H100 run's first layer found no kernel ready in 9 minutes.
    # 8731374e (crop_solid_of_color[0, 3] -> cross_of_least, rankcolors view): the rows and
    # the columns through the cells of the grid's least common colour get that colour (the
    # spans are pointer-jumped over masks: no objects).
    Transform("cross_of_least", (
        "c = leastcolor(I)", "s = ofcolor(I, c)", "all = asindices(I)", "e1 = double(RIGHT)",
        "e2 = double(e1)", "e3 = double(e2)", "e4 = double(e3)", "n1 = double(DOWN)",
        "n2 = double(n1)", "n3 = double(n2)", "n4 = double(n3)")
        + _spread("s", ("RIGHT", "e1", "e2", "e3", "e4"), "rows", "h")
        + _spread("s", ("DOWN", "n1", "n2", "n3", "n4"), "cols", "v") + (
        "m = combine(rows, cols)", "O = fill(I, c, m)")),
    # f8a8fe49, 6855a6e4 (alone): the cells of neither the background nor colour b (the marks)
    # mirrored across the brackets of colour b: split at the midline between b's outermost
    # rows, each half is reflected across the outermost row of b on its side (columns instead
    # when b's top row holds fewer cells than its left column: brackets facing sideways).
    Transform("mirror_across_brackets", (
        "b0 = ofcolor(I, {b})", "u0 = ulcorner(b0)", "hr = hfrontier(u0)", "vr = vfrontier(u0)",
        "nh0 = intersection(b0, hr)", "nv0 = intersection(b0, vr)", "nh = size(nh0)",
        "nv = size(nv0)", "hz = greater(nh, nv)", "t0 = dmirror(I)", "g = branch(hz, I, t0)",
        "b = ofcolor(g, {b})", "bg = mostcolor(g)", "z = ofcolor(g, bg)", "all = asindices(g)",
        "fg = difference(all, z)", "a = difference(fg, b)", "t = uppermost(b)", "u = lowermost(b)",
        "s = add(t, u)", "mid = halve(s)", "w = width(g)", "w1 = decrement(w)",
        "c1 = astuple(mid, w1)", "o1 = initset(ORIGIN)", "ln = insertcell(c1, o1)",
        "ub = backdrop(ln)",
        "sa = intersection(a, ub)", "sb = difference(a, ub)", "oa = toobject(sa, g)",
        "ob = toobject(sb, g)", "ma = hmirror(oa)", "mb = hmirror(ob)", "ta = uppermost(sa)",
        "la = lowermost(sa)", "ka = add(ta, la)", "t2 = double(t)", "da = subtract(t2, ka)",
        "va = toivec(da)", "ra = shift(ma, va)", "tb = uppermost(sb)", "lb = lowermost(sb)",
        "kb = add(tb, lb)", "u2 = double(u)", "db = subtract(u2, kb)", "vb = toivec(db)",
        "rb = shift(mb, vb)", "cl = fill(g, bg, a)", "p1 = paint(cl, ra)", "r = paint(p1, rb)",
        "rt = dmirror(r)", "O = branch(hz, r, rt)"), (COLOR_B,)),
    # 1f0c79e5 (alone): the foreground slides diagonally to the border toward each corner of
    # its bounding box that holds a cell of colour a (a mark), leaving its trail in its other
    # cells' colour.
    Transform("slide_to_marked_corners", _FG_CELLS + (
        "ms = ofcolor(I, {a})", "b0 = difference(fg, ms)", "bo = toobject(b0, I)",
        "c = mostcolor(bo)")
        + _sweep("fg", "NEG_UNITY", "aw", "a") + _sweep("fg", "UP_RIGHT", "bw", "b")
        + _sweep("fg", "DOWN_LEFT", "ew", "e") + _sweep("fg", "UNITY", "fw", "f") + (
        "ap = ulcorner(fg)", "bp = urcorner(fg)", "ep = llcorner(fg)", "fp = lrcorner(fg)",
        "ai = index(I, ap)", "bi = index(I, bp)", "ei = index(I, ep)", "fi = index(I, fp)",
        "ao = equality(ai, {a})", "bo2 = equality(bi, {a})", "eo = equality(ei, {a})",
        "fo = equality(fi, {a})", "ar = branch(ao, aw, fg)", "br = branch(bo2, bw, fg)",
        "er = branch(eo, ew, fg)", "fr = branch(fo, fw, fg)", "x = combine(ar, br)",
        "y = combine(er, fr)", "cells = combine(x, y)", "O = fill(I, c, cells)"), (COLOR_A,)),
    # d89b689b (alone): marks gathered onto a block of colour a: each corner cell of the
    # block's bounding box takes the colour of the marks (other non-background cells) in the
    # quadrant beyond that corner (diagonally outside it, to the grid's corner); the marks
    # are erased.
    Transform("gather_marks_to_corners", _FG_CELLS + (
        "blk = ofcolor(I, {a})", "mk = difference(fg, blk)", "g0 = cover(I, mk)")
        + _corner_mark(1, "ulcorner", "NEG_UNITY") + _corner_mark(2, "urcorner", "UP_RIGHT")
        + _corner_mark(3, "llcorner", "DOWN_LEFT") + _corner_mark(4, "lrcorner", "UNITY")
        + ("O = fill(g3, c4, i4)",), (COLOR_A,)),
    # 99fa7670 (alone; the optional rays_right_turn_down's rule, written with grid smears
    # instead of a ray object per cell): every non-background cell pours its colour rightward
    # over the background up to the next cell, and down the last column: each background
    # cell there takes the colour of the nearest cell above it.
    Transform("pour_right_down", ("bg = mostcolor(I)",) + _smear("RIGHT", "I", "g", "r") + (
        "h = height(I)", "w = width(I)", "w1 = decrement(w)", "cp = tojvec(w1)",
        "cd = astuple(h, ONE)", "col = crop(g, cp, cd)") + _smear("DOWN", "col", "cs", "d") + (
        "o = asobject(cs)", "s = shift(o, cp)", "O = paint(g, s)")),
    # Its kernel needs 33.0 GiB for 65,536 rows on an H100 (5.6 GiB on the CPU):
    # over the ~13 GiB that keeps a kernel to one compile there.
    # 09629e4f (alone, k = 3; the optional spread_sparsest_piece's rule, with the pieces cut
    # by vsplit / hsplit instead of found as objects): the grid cut into a k x k layout of
    # pieces (one-cell separators dropped); the piece with the most black (0) cells spread
    # over the layout: every piece filled with the colour of that piece's cell at the piece's
    # own place, the full uniform rows and columns (separators) kept.
    Transform("spread_sparsest_split", (
        "bands = vsplit(I, {k})", "oz = rbind(ofcolor, ZERO)", "zc = compose(size, oz)",
        "hs = rbind(hsplit, {k})", "am = rbind(argmax, zc)", "best = compose(am, hs)",
        "bs = apply(best, bands)", "src = argmax(bs, zc)", "h = height(src)", "w = width(src)",
        "h1 = increment(h)", "w1 = increment(w)", "a = hupscale(src, w1)", "u = vupscale(a, h1)",
        "dims = shape(I)", "c = crop(u, ORIGIN, dims)", "fs = frontiers(I)", "fl = merge(fs)",
        "O = paint(c, fl)"), (SPLIT,)),
)


def by_name() -> Dict[str, Transform]:
  """Every transform, the optional ones included."""
  return {t.name: t for t in CATALOGUE + OPTIONAL}


def check_catalogue(catalogue: Optional[Sequence[Transform]] = None) -> None:
  """Type-checks every template (default: all, the optional ones included) and their
  names; raises ProgramError naming the transform."""
  if catalogue is None:
    catalogue = CATALOGUE + OPTIONAL
  registry.load()
  seen = set()
  for t in catalogue:
    if t.name in seen:
      raise ValueError(f"transform {t.name!r} defined twice")
    seen.add(t.name)
    try:
      t.check()
    except ProgramError as error:
      raise ProgramError(error.location, f"transform {t.name}: {error.reason}") from None
