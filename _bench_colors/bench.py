"""GPU benchmark: objects (old vs new labelling/assembly) and occurrences."""
import time, sys
import numpy as np, jax, jax.numpy as jnp
from jax import lax
import batt_jax.dsl.reference.colors, batt_jax.dsl.reference.objects  # noqa: declare
from batt_jax.dsl.jax import core, objects as O, colors as C  # noqa
from batt_jax.dsl import registry
from batt_jax.dsl.encoding import Grid, Object, Boolean

S, K, _NONE, _INDEX = O.S, O.K, O._NONE, O._INDEX
EIGHT = O.EIGHT
_ss = O._static_shift
print(jax.devices(), flush=True)
d = np.load('_bench_colors/data.npz')
REP = int(sys.argv[1]) if len(sys.argv) > 1 else 4
cells = jnp.asarray(np.tile(d['cells'], (REP, 1, 1)))
hw = jnp.asarray(np.tile(d['hw'], (REP, 1)))
B = cells.shape[0]
grid = Grid(cells=cells, hw=hw, valid=jnp.ones(B, bool))
obj = Object(mask=jnp.asarray(np.tile(d['omask'], (REP, 1, 1))), colors=jnp.asarray(np.tile(d['ocolors'], (REP, 1, 1))),
             origin=jnp.asarray(np.tile(d['oorigin'], (REP, 1))), valid=jnp.ones(B, bool))
print("batch", B, flush=True)

def old_label(cells, member, univalued, diagonal):
  links = []
  for di, dj in EIGHT:
    link = member & _ss(member, di, dj, False)
    link = link & jnp.where(univalued, cells == _ss(cells, di, dj, -1), True)
    if di != 0 and dj != 0:
      link = link & diagonal
    links.append(((di, dj), link))
  def step(labels):
    best = labels
    for (di, dj), link in links:
      best = jnp.minimum(best, jnp.where(link, _ss(labels, di, dj, _NONE), _NONE))
    flat = jnp.concatenate([best.reshape(-1), jnp.array([_NONE], jnp.int32)])
    best = jnp.minimum(best, flat[best])
    return jnp.where(member, best, _NONE)
  def body(state):
    labels, _ = state
    new = step(labels)
    return new, jnp.any(new != labels)
  start = jnp.where(member, _INDEX, _NONE)
  return lax.while_loop(lambda s: s[1], body, (start, jnp.asarray(True)))[0]

def old_c2o(cells, labels, member, valid):
  roots = member & (labels == _INDEX)
  count = jnp.sum(roots, dtype=jnp.int32)
  (root_ids,) = jnp.nonzero(roots.reshape(-1), size=K + 1, fill_value=_NONE)
  masks = labels[None] == root_ids[:, None, None]
  present = root_ids < _NONE
  masks = masks & present[:, None, None]
  colors = jnp.where(masks, cells[None], 0)
  norm = jax.vmap(lambda m, c: core.normalize_frame(m, c, jnp.zeros(2, jnp.int32)))
  masks, colors, origins = norm(masks, colors)
  return core.patch_set(masks, colors, origins, present, valid & (count <= K))

def make(label, c2o):
  def one(g, u, dg, w):
    inside = core.grid_mask(g.hw)
    bg = C.mostcolor(g).value
    member = inside & ~(w & (g.cells == bg))
    return c2o(g.cells, label(g.cells, member, u, dg), member, core.TRUE)
  return jax.jit(jax.vmap(one, in_axes=(0, None, None, None)))

def bench(fn, *args, reps=10):
  out = fn(*args); jax.block_until_ready(out)
  ts = []
  for _ in range(reps):
    t = time.perf_counter(); out = fn(*args); jax.block_until_ready(out); ts.append(time.perf_counter() - t)
  return out, 1000 * float(np.median(ts)), 1000 * float(np.min(ts))

variants = {"old": make(old_label, old_c2o), "newlabel_oldasm": make(O.label_components, old_c2o),
            "new": make(O.label_components, O.components_to_objects)}
FLAGS = [(True, False, True), (False, False, True), (True, True, False), (False, True, True), (False, False, False)]
rows = []
for flags in FLAGS:
  outs = {}
  for name, fn in variants.items():
    out, med, mn = bench(fn, grid, *flags)
    outs[name] = out
    rows.append((str(flags), name, med, mn))
    print(flags, name, f"median {med:.2f} ms min {mn:.2f} ms", flush=True)
  a, b = outs["old"], outs["new"]
  va = np.asarray(a.valid); assert (va == np.asarray(b.valid)).all()
  for k in a.keys():
    assert (np.asarray(a[k])[va] == np.asarray(b[k])[va]).all(), k
print("old == new on GPU for all flags", flush=True)

def prim(name):
  p = registry.REGISTRY[name]
  return jax.jit(jax.vmap(p.call_jax))
for name, args in [("occurrences", (grid, obj)), ("frontiers", (grid,)), ("fgpartition", (grid,)),
                   ("partition", (grid,)), ("paint", (grid, obj)), ("toobject", (obj, grid))]:
  _, med, mn = bench(prim(name), *args)
  print(name, f"median {med:.2f} ms min {mn:.2f} ms", flush=True)
