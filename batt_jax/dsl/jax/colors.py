"""JAX: colours of grids and patches; painting, filling, recolouring."""

import jax
import jax.numpy as jnp
from jax import lax

from batt_jax.dsl import capacity
from batt_jax.dsl.encoding import Grid, Indices, Object
from batt_jax.dsl.jax import core
from batt_jax.dsl.registry import implements

_BIG = jnp.iinfo(jnp.int32).max
_COLORS = jnp.arange(capacity.NUM_COLORS, dtype=jnp.int32)


def color_counts(element):
  """([10] counts, defined) for a Grid or an Object; Indices are undefined."""
  if isinstance(element, Grid):
    return core.cell_counts(element.cells, core.grid_mask(element.hw)), core.TRUE
  if isinstance(element, Indices):
    return jnp.zeros(10, jnp.int32), ~core.rows_nonempty(element.rows)
  cells = jax.vmap(core.rows_of_color, (None, 0))(element.planes, _COLORS)  # [10, S]
  return jnp.sum(lax.population_count(cells), axis=1, dtype=jnp.int32), core.TRUE


def is_color(value):
  """Whether an int32 value is a colour 0..9."""
  return (value >= 0) & (value < capacity.NUM_COLORS)


def _as_cell(value):
  """A colour value as a cell (only meaningful where `is_color`)."""
  return jnp.clip(value, 0, capacity.NUM_COLORS - 1).astype(core.CELL_DTYPE)


def _with_cells(grid, cells, valid=core.TRUE):
  """The grid with new cells (same shape), canonical."""
  return core.make_grid(cells, grid.hw, valid)


def _background(grid):
  counts = core.cell_counts(grid.cells, core.grid_mask(grid.hw))
  return jnp.argmax(counts).astype(core.CELL_DTYPE)


def _patch_on_grid(grid, patch):
  """[S, S] bool: the patch's cells that lie inside the grid (canvas coordinates)."""
  mask, _ = core.to_canvas(patch)
  return mask & core.grid_mask(grid.hw)


@implements("mostcolor")
def mostcolor(element):
  counts, ok = color_counts(element)
  # argmax returns the first maximum: ties go to the smallest colour.
  return core.integer(jnp.argmax(counts), ok & jnp.any(counts > 0))


@implements("leastcolor")
def leastcolor(element):
  counts, ok = color_counts(element)
  present = counts > 0
  # argmin returns the first minimum: ties go to the smallest colour.
  return core.integer(jnp.argmin(jnp.where(present, counts, _BIG)), ok & jnp.any(present))


@implements("palette")
def palette(element):
  counts, ok = color_counts(element)
  return core.int_set(jnp.arange(10), counts > 0, ok)


@implements("colorcount")
def colorcount(element, value):
  counts, ok = color_counts(element)
  v = value.value
  return core.integer(counts[jnp.clip(v, 0, 9)], ok & is_color(v))


@implements("numcolors")
def numcolors(element):
  counts, ok = color_counts(element)
  return core.integer(jnp.sum(counts > 0), ok)


@implements("color")
def color(obj):
  counts, _ = color_counts(obj)
  present = counts > 0
  return core.integer(jnp.argmax(present), jnp.sum(present) == 1)


@implements("ofcolor")
def ofcolor(grid, value):
  v = value.value
  mask = (grid.cells == _as_cell(v)) & core.grid_mask(grid.hw)
  return core.make_indices(mask, valid=is_color(v))


@implements("replace")
def replace(grid, old, new):
  a, b = old.value, new.value
  cells = jnp.where(grid.cells == _as_cell(a), _as_cell(b), grid.cells)
  return _with_cells(grid, cells, is_color(a) & is_color(b))


@implements("switch")
def switch(grid, a, b):
  ca, cb = _as_cell(a.value), _as_cell(b.value)
  cells = jnp.where(grid.cells == ca, cb, jnp.where(grid.cells == cb, ca, grid.cells))
  return _with_cells(grid, cells, is_color(a.value) & is_color(b.value))


def _color_ranks(grid):
  """[10] int32 rank of each colour, as the reference's `color_ranks`.

  Every colour gets a distinct key: count * 16 + (15 - c) if present (>= 22),
  -1 - c if absent (< 0, larger for smaller colours). A colour's rank is the
  number of colours with a larger key.
  """
  counts = core.cell_counts(grid.cells, core.grid_mask(grid.hw))
  c = jnp.arange(capacity.NUM_COLORS, dtype=jnp.int32)
  key = jnp.where(counts > 0, counts * 16 + (15 - c), -1 - c)
  return jnp.sum(key[None, :] > key[:, None], axis=1).astype(jnp.int32)


def _map_cells(grid, table):
  """The grid's cells v replaced by table[v] (a [10] colour table)."""
  index = jnp.clip(grid.cells.astype(jnp.int32), 0, capacity.NUM_COLORS - 1)
  return _with_cells(grid, table[index].astype(core.CELL_DTYPE))


@implements("rankcolors")
def rankcolors(grid):
  return _map_cells(grid, _color_ranks(grid))


@implements("unrankcolors")
def unrankcolors(grid, ref):
  rank = _color_ranks(ref)
  c = jnp.arange(capacity.NUM_COLORS, dtype=jnp.int32)
  # colour_of[r] = the colour c with rank[c] == r (ranks are a permutation).
  colour_of = jnp.sum(jnp.where(rank[None, :] == c[:, None], c[None, :], 0), axis=1)
  return _map_cells(grid, colour_of)


@implements("fill")
def fill(grid, value, patch):
  v = value.value
  cells = jnp.where(_patch_on_grid(grid, patch), _as_cell(v), grid.cells)
  return _with_cells(grid, cells, is_color(v))


@implements("underfill")
def underfill(grid, value, patch):
  v = value.value
  where = _patch_on_grid(grid, patch) & (grid.cells == _background(grid))
  return _with_cells(grid, jnp.where(where, _as_cell(v), grid.cells), is_color(v))


@implements("paint")
def paint(grid, obj):
  mask, colors = core.to_canvas(obj)
  cells = jnp.where(mask, colors, grid.cells)
  return _with_cells(grid, cells)


@implements("underpaint")
def underpaint(grid, obj):
  mask, colors = core.to_canvas(obj)
  mask = mask & (grid.cells == _background(grid))
  return _with_cells(grid, jnp.where(mask, colors, grid.cells))


@implements("cover")
def cover(grid, patch):
  cells = jnp.where(_patch_on_grid(grid, patch), _background(grid), grid.cells)
  return _with_cells(grid, cells)


@implements("recolor")
def recolor(value, patch):
  v = value.value
  return Object(rows=patch.rows, planes=core.solid_planes(patch.rows, _as_cell(v)),
                origin=patch.origin, valid=is_color(v))


@implements("toobject")
def toobject(patch, grid):
  return core.make_object(_patch_on_grid(grid, patch), grid.cells)


@implements("asobject")
def asobject(grid):
  # A valid grid is at least 1x1 and sits at the origin: already canonical.
  # Cells outside hw are already 0 (canonical grid).
  rows = core.grid_rows(grid.hw)
  return Object(rows=rows, planes=core.color_planes(grid.cells, rows),
                origin=jnp.zeros(2, jnp.int32), valid=core.TRUE)


@implements("asindices")
def asindices(grid):
  return Indices(rows=core.grid_rows(grid.hw), origin=jnp.zeros(2, jnp.int32), valid=core.TRUE)


@implements("index")
def index(grid, loc):
  i, j = loc.value[0], loc.value[1]
  inside = (i >= 0) & (i < grid.hw[0]) & (j >= 0) & (j < grid.hw[1])
  value = grid.cells[jnp.clip(i, 0, core.S - 1), jnp.clip(j, 0, core.S - 1)]
  return core.integer(value, inside)


@implements("colorfilter")
def colorfilter(objs, value):
  v = value.value
  present = jnp.arange(objs.rows.shape[0]) < objs.count
  # Single-coloured with colour v <=> non-empty and every cell is v.
  same = jnp.all(jax.vmap(core.rows_of_color, (0, None))(objs.planes, _as_cell(v)) == objs.rows,
                 axis=1)
  keep = present & core.rows_nonempty(objs.rows) & same
  # Filtering keeps the canonical order and distinctness: compaction suffices.
  count, rows, planes, origin = core.compact(keep, objs.rows, objs.planes, objs.origin)
  return objs.replace(rows=rows, planes=planes, origin=origin, count=count,
                      valid=is_color(v))
