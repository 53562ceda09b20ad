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

from batt_jax.dsl import encoding
from batt_jax.dsl import registry
from batt_jax.dsl import types as types_lib
from codegen import runtime as codegen_runtime
from codegen import typecheck
from codegen.program import Arg, Line, Location, Program, ProgramError

_LINE = re.compile(r"^(\w+) = (\w+)\((.*)\)$")
_PLACEHOLDER = re.compile(r"^\{(\w+)\}$")
_INTEGER_NAMES = ("ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN",
                  "EIGHT", "NINE", "TEN")


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
    return _INTEGER_NAMES[value]


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


_EXTENT = ("hs = objects(mk, T, F, T)", "a1 = compose(hfrontier, ulcorner)",
           "a2 = compose(hfrontier, lrcorner)", "a3 = fork(combine, a1, a2)",
           "a4 = compose(backdrop, a3)",
           "b1 = compose(vfrontier, ulcorner)", "b2 = compose(vfrontier, lrcorner)",
           "b3 = fork(combine, b1, b2)", "b4 = compose(backdrop, b3)", "hr = mapply(a4, hs)",
           "vc = mapply(b4, hs)")


# Lines: `rs` = the row numbers, `hf` = row number -> the row's cells.
_ROWS = ("h = height(I)", "rs = interval(ZERO, h, ONE)", "hf = compose(hfrontier, toivec)")


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
    # cce03e0d (alone); meant for c3e719e8 too (c = the most common colour, which varies
    # between its pairs), which the depth-2 search did not find.: a copy of the grid in place of
    # each
    # cell of colour c, the rest of the h*h x w*w canvas 0.
    Transform("fractal_of", (
        "dims = shape(I)", "h = height(I)", "w = width(I)", "cells = ofcolor(I, {c})",
        "blank = canvas(ZERO, dims)", "mk = fill(blank, ONE, cells)", "mh = hupscale(mk, w)",
        "big = vupscale(mh, h)", "t = repeatgrid(I, dims)", "sel = ofcolor(big, ONE)",
        "obj = toobject(sel, t)", "bd = shape(t)", "bb = canvas(ZERO, bd)",
        "O = paint(bb, obj)"), (COLOR,)),
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
)

# Searched only when named (`--transforms`, `SearchConfig.transforms`): XLA on a
# GPU host takes minutes over each (H200, 65,536 rows, 16 compiles at once:
# gravity 55 s, as a 29-step unrolled template, or 6 ms a row to run as the
# 16-slot `power` loop; connect_hv_own 173 s, connect_diag_own 179 s, four
# pointer-jumping smears each), more than a 10-minute search can spend for the
# one training task each solves.
OPTIONAL: Tuple[Transform, ...] = (
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
