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


def _gravity(name: str, direction: str, back: str) -> Transform:
  """Every non-background cell falls along `direction` (one cell per step, the grid's
  height in steps) until the next cell is not background: cells keep their order.

  The loop runs in `apply` over a one-grid GridTuple (the only way to call a callable on a
  grid), whose 16 slots all compute: with crop_common_shape the costliest kernels (about
  9 ms a row on the 2-core CPU, against 0.1 ms for a smear).
  """
  return Transform(name, (
      "bg = mostcolor(I)", "z = rbind(ofcolor, bg)", "fgc = fork(difference, asindices, z)",
      f"bk = rbind(shift, {back})", "free = compose(bk, z)", "m = fork(intersection, fgc, free)",
      "obj = fork(toobject, m, identity)", f"fw = rbind(shift, {direction})",
      "moved = compose(fw, obj)", "cleared = fork(cover, identity, m)",
      "step = fork(paint, cleared, moved)", "n = height(I)", "f = power(step, n)",
      "gs = repeat(I, ONE)", "out = apply(f, gs)", "O = first(out)"))


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
    Transform("gravitate_to", (
        "parts = fgpartition(I)", "as = colorfilter(parts, {a})", "bs = colorfilter(parts, {b})",
        "x = first(as)", "y = first(bs)", "off = gravitate(x, y)", "g = cover(I, x)",
        "moved = shift(x, off)", "O = paint(g, moved)"), (COLOR_A, COLOR_B), (("a", "b"),)),
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
    # 1e0a9b12 (alone).
    _gravity("gravity_down", "DOWN", "UP"),
    # 3906de3d (alone).
    _gravity("gravity_up", "UP", "DOWN"),
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
)


def by_name() -> Dict[str, Transform]:
  return {t.name: t for t in CATALOGUE}


def check_catalogue(catalogue: Sequence[Transform] = CATALOGUE) -> None:
  """Type-checks every template and their names; raises ProgramError naming the transform."""
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
