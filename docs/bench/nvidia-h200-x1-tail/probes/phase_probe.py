"""Where one run's wall time goes, phase by phase (host timeline), plus a dispatch microbench.

Usage (tree root): PYTHONPATH=. python .prof/phase_probe.py OUT_DIR
"""
import json, os, statistics, sys, tempfile, time
import numpy as np


def microbench(res):
  import jax, jax.numpy as jnp
  dev = jax.devices()[:1]
  out = {}
  for n in (1, 8, 32, 96):
    for kind in ("pmap", "jit"):
      body = lambda *xs: tuple(x + 1 for x in xs)
      f = jax.pmap(jax.vmap(body), devices=dev) if kind == "pmap" else jax.jit(jax.vmap(jax.vmap(body)))
      args = [jax.device_put(np.zeros((1, 4096, 8), np.int32), dev[0]) for _ in range(n)]
      c = f.lower(*args).compile(); o = c(*args); jax.block_until_ready(o)
      best = 1e9
      for _ in range(5):
        t = time.perf_counter()
        for _ in range(100): o = c(*args)
        dt = time.perf_counter() - t; jax.block_until_ready(o); best = min(best, dt / 100)
      out[f"{kind}_{n}in_{n}out_us"] = best * 1e6
    # packed: n inputs, 1 output (concat) and 1 input n outputs
    f = jax.pmap(jax.vmap(lambda *xs: jnp.concatenate([x + 1 for x in xs])), devices=dev)
    args = [jax.device_put(np.zeros((1, 4096, 8), np.int32), dev[0]) for _ in range(n)]
    c = f.lower(*args).compile(); o = c(*args)
    best = 1e9
    for _ in range(5):
      t = time.perf_counter()
      for _ in range(100): o = c(*args)
      dt = time.perf_counter() - t; jax.block_until_ready(o); best = min(best, dt / 100)
    out[f"pmap_{n}in_1out_us"] = best * 1e6
    g = jax.pmap(jax.vmap(lambda x: x + 1), devices=dev)
    big = jax.device_put(np.zeros((1, 4096, 8 * n), np.int32), dev[0])
    c = g.lower(big).compile(); o = c(big)
    best = 1e9
    for _ in range(5):
      t = time.perf_counter()
      for _ in range(100): o = c(big)
      dt = time.perf_counter() - t; jax.block_until_ready(o); best = min(best, dt / 100)
    out[f"pmap_1in_1out_x{n}_us"] = best * 1e6
    print(n, {k: round(v) for k, v in out.items() if f"_{n}" in k}, flush=True)
  res["microbench"] = out


def main():
  import jax
  from batt_jax.bench import workload, measure
  from batt_jax.dsl.jax import slots
  from batt_jax.runtime import engine, executable_cache, nodewise, coordinator, results
  out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
  res = {"device": jax.devices()[0].device_kind, "jax": jax.__version__}
  save = lambda: json.dump(res, open(os.path.join(out_dir, "phase_probe.json"), "w"), indent=1)
  if not os.environ.get("SKIP_MICRO"):
    microbench(res); save()
  slots.set_mode("on")
  spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400,
                       count=int(os.environ.get("PROBE_COUNT", 0)) or None)
  work = workload.build(spec, workload.load_tasks(spec))
  executable_cache.enable(tempfile.mkdtemp())
  coord = engine.make_coordinator("nodewise", 4096, devices=jax.devices()[:1],
                                  compile_processes=os.cpu_count())
  t = time.perf_counter(); c = measure.compile_chunks(work, coord, work.batch)
  res["compile_s"] = time.perf_counter() - t
  print("compiled", res["compile_s"], flush=True)
  measure.run_once(c, coord, work.batch)
  res["runs"] = [measure.run_once(c, coord, work.batch) for _ in range(3)]
  print("runs", res["runs"], flush=True)

  marks = []
  t0 = [0.0]
  def wrap(owner, name, label):
    original = getattr(owner, name)
    def timed(*a, **k):
      s = time.perf_counter(); r = original(*a, **k)
      marks.append((label, s - t0[0], time.perf_counter() - t0[0])); return r
    setattr(owner, name, timed)
    return original
  saved = [(coordinator.Coordinator, "_dispatch", wrap(coordinator.Coordinator, "_dispatch", "dispatch")),
           (coordinator, "_device_rows", wrap(coordinator, "_device_rows", "valid_rows")),
           (coordinator, "_picked_rows", wrap(coordinator, "_picked_rows", "picked_rows")),
           (results.ShortlistPicker, "add_demos", wrap(results.ShortlistPicker, "add_demos", "add_demos")),
           (results.ShortlistPicker, "pick", wrap(results.ShortlistPicker, "pick", "pick")),
           (results.Accumulator, "rank", wrap(results.Accumulator, "rank", "rank")),
           (jax, "device_get", wrap(jax, "device_get", "device_get"))]
  timelines = []
  for _ in range(5):
    marks.clear(); t0[0] = time.perf_counter()
    measure.run_once(c, coord, work.batch)
    timelines.append({"total": time.perf_counter() - t0[0], "marks": list(marks)})
  res["timelines"] = timelines
  for tl in timelines[-2:]:
    print(round(tl["total"], 4), [(m[0], round(m[1], 4), round(m[2], 4)) for m in tl["marks"]], flush=True)
  # Device finish: block on the step's outputs right after dispatch.
  original_dispatch = saved[0][2]
  def blocked(self, *a, **k):
    out = original_dispatch(self, *a, **k)
    s = time.perf_counter(); jax.block_until_ready(out)
    marks.append(("device_done", s - t0[0], time.perf_counter() - t0[0])); return out
  coordinator.Coordinator._dispatch = blocked
  blocked_tl = []
  for _ in range(3):
    marks.clear(); t0[0] = time.perf_counter()
    measure.run_once(c, coord, work.batch)
    blocked_tl.append({"total": time.perf_counter() - t0[0], "marks": list(marks)})
  res["blocked_timelines"] = blocked_tl
  for tl in blocked_tl:
    print(round(tl["total"], 4), [(m[0], round(m[1], 4), round(m[2], 4)) for m in tl["marks"]], flush=True)
  for owner, name, original in saved:
    setattr(owner, name, original)
  # constants and arrays per run
  ((_, step, _, _),) = c.steps
  res["constants"] = len(step.plan.constants)
  res["calls"] = len(step.calls)
  save()


if __name__ == "__main__":
  main()
