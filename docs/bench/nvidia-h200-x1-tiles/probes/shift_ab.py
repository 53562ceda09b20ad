"""A/B in one process: core.shift_frame by one-hot products (new, GPUs) vs by pad+slice (gather)."""
import json, os, statistics, sys, time
import jax, jax.numpy as jnp
from batt_jax.bench import workload, measure
from batt_jax.dsl.jax import core, slots
from batt_jax.runtime import engine, executable_cache, nodewise, results

out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
quick = bool(os.environ.get("QUICK"))
slots.set_mode("on"); executable_cache.enable(None)
res = {"device": jax.devices()[0].device_kind, "jax": jax.__version__, "tiles": slots.TILES}
save = lambda: json.dump(res, open(os.path.join(out_dir, "shift_ab.json"), "w"), indent=1)
S = core.S
# Micro: a shift feeding a reduction, as to_frame's fit check.
import numpy as np
n = 20000 if quick else 200000
x = jnp.asarray(np.random.randint(0, 10, (n, S, S)).astype(np.int8))
di = jnp.asarray(np.random.randint(-8, 8, n)); dj = jnp.asarray(np.random.randint(-8, 8, n))
for name, f in (("slice", core._shift_by_slice), ("products", core._shift_by_products)):
  g = jax.jit(jax.vmap(lambda x, a, b: jnp.sum(f(x, a, b, 0) > 3) + jnp.sum(f(x > 5, a, b, False))))
  g(x, di, dj).block_until_ready(); t = time.perf_counter()
  for _ in range(5): g(x, di, dj).block_until_ready()
  res[f"micro_{name}_ms"] = (time.perf_counter() - t) / 5 * 1e3
print({k: v for k, v in res.items() if k.startswith("micro")}, flush=True); save()

spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400,
                     count=10 if quick else None, programs=20 if quick else 0)
work = workload.build(spec, workload.load_tasks(spec))
dev = jax.devices()[:1]
products = core.shift_frame
def by_slice(x, di, dj, fill=0):
  return core._shift_by_slice(x, jnp.clip(jnp.asarray(di, jnp.int32), -S, S),
                              jnp.clip(jnp.asarray(dj, jnp.int32), -S, S), fill)
comp = {}
for name, fn in (("products", products), ("slice", by_slice)):
  core.shift_frame = fn
  jax.clear_caches(); nodewise.clear_caches()
  coord = engine.make_coordinator("nodewise", 4096, devices=dev)
  t = time.perf_counter(); c = measure.compile_chunks(work, coord, work.batch)
  res[f"compile_{name}_s"] = time.perf_counter() - t
  res[f"first_run_{name}_s"] = measure.run_once(c, coord, work.batch)
  comp[name] = (c, coord); save(); print(name, res[f"compile_{name}_s"], res[f"first_run_{name}_s"], flush=True)
core.shift_frame = products
times = {k: [] for k in comp}
for r in range(1 if quick else 5):
  for k, (c, coord) in comp.items():
    times[k].append(measure.run_once(c, coord, work.batch))
res["times"] = times; res["median"] = {k: statistics.median(v) for k, v in times.items()}
save(); print(res["median"], flush=True)
subs = {}
for k, (c, coord) in comp.items():
  acc = results.Accumulator(work.tasks, work.batch)
  cands = {p.name: p for p in work.built.candidates}
  for index, step, exe, n_ in c.steps:
    infos = engine.program_infos(work.built.chunks[index], cands)
    acc.add_chunk(coord.run_compiled(index, step, exe, work.batch, n_, picker=acc.picker(infos)), infos)
  subs[k] = (acc.submission(), acc.report())
  res[f"test_correct_{k}"] = sum(1 for r in subs[k][1].values() if r["test_correct"])
res["same_answers"] = subs["products"] == subs["slice"]
res["peak"] = measure.peak_memory(dev)
save(); print("same", res["same_answers"], res.get("test_correct_products"), res.get("test_correct_slice"), res["peak"], flush=True)
