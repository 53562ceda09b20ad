"""Per-call time of search kernels at several call sizes (the record of a measurement).

Run from the repository root on the device (2026-11-26, one H100):
  PYTHONPATH=. python docs/bench/search/h100_kernel_call_sizes.py \
      piece_colors,piece_odd,piece_fill_mark,crop_most_of_color_on_black,elbow_parts,\
piece_fullest_cells,dashed_rays_right,connect_hv,replace 65536,8192
Each kernel is compiled for each size (16 threads), then called on real ARC-AGI-1
training inputs (tiled), once to warm up and three times timed (the minimum is
kept); writes $OUT/tail_calls.json (here: h100_kernel_call_sizes.json).
"""
import json, os, sys, time
from concurrent import futures
import numpy as np
import jax, jax.numpy as jnp
from batt_jax import data
from batt_jax.dsl import encoding
from batt_jax.search import kernels, transforms

names = sys.argv[1].split(',')
sizes = [int(x) for x in sys.argv[2].split(',')]
by = transforms.by_name()
grids = [p.input for t in data.load('arc1-train').tasks for p in t.train][:2000]
enc = [encoding.encode(g, 'Grid') for g in grids]
cells = np.stack([np.asarray(e.cells) for e in enc]); hw = np.stack([np.asarray(e.hw) for e in enc])

def inputs(t, rows):
  shared = kernels.shares_prefix(t) is not None
  width = max(1, len(t.params))
  g = kernels.grid_rows(rows) if shared else rows
  idx = np.arange(g) % len(cells)
  args = [jnp.asarray(cells[idx]), jnp.asarray(hw[idx])]
  params = np.ones((rows, width), np.int32)
  if shared:
    args += [jnp.asarray(params[:g]), jnp.asarray((np.arange(rows) % g).astype(np.int32))]
  ridx = np.arange(rows) % len(cells)
  args += [jnp.asarray(params), jnp.asarray(cells[ridx]), jnp.asarray(hw[ridx]),
           jnp.asarray(np.ones(rows, bool)), jnp.asarray(np.ones((rows, 30, 30), bool))]
  return args

def build(name, rows):
  t0 = time.time()
  exe = kernels.lower_kernel(by[name], rows).compile()
  return name, rows, exe, time.time() - t0

out = {}
with futures.ThreadPoolExecutor(16) as pool:
  jobs = [pool.submit(build, n, r) for n in names for r in sizes]
  for job in futures.as_completed(jobs):
    name, rows, exe, ct = job.result()
    args = inputs(by[name], rows)
    jax.block_until_ready(exe(*args))
    ts = []
    for _ in range(3):
      t0 = time.time(); jax.block_until_ready(exe(*args)); ts.append(time.time() - t0)
    out.setdefault(name, {})[rows] = {"compile_s": round(ct, 1), "call_s": round(min(ts), 4)}
    print(name, rows, out[name][rows], flush=True)
os.makedirs(os.environ.get('OUT', '/tmp'), exist_ok=True)
json.dump({"device": str(jax.devices()[0].device_kind), "jax": jax.__version__, "calls": out},
          open(os.path.join(os.environ.get('OUT', '/tmp'), 'tail_calls.json'), 'w'), indent=1)
