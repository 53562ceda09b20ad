"""Why the GPU idles in a run (whole library): Python's GC timed; runs with GC off; traces' gaps attributed to the host."""
import gc, glob, gzip, json, os, shutil, statistics, sys, tempfile, time
import jax
from batt_jax.bench import workload, measure
from batt_jax.dsl.jax import slots
from batt_jax.runtime import engine
sys.path.insert(0, os.path.dirname(__file__)); import gap_host

out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
quick = bool(os.environ.get("QUICK"))
slots.set_mode("on")
res = {"device": jax.devices()[0].device_kind, "jax": jax.__version__, "python": sys.version}
save = lambda: json.dump(res, open(os.path.join(out_dir, "gap_probe.json"), "w"), indent=1)
spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400,
                     count=10 if quick else None, programs=20 if quick else 0)
work = workload.build(spec, workload.load_tasks(spec))
coord = engine.make_coordinator("nodewise", 4096, devices=jax.devices()[:1])
t = time.perf_counter(); compiled = measure.compile_chunks(work, coord, work.batch)
res["compile_s"] = time.perf_counter() - t; save()
gc_log = []
def cb(phase, info, _t=[0]):
  if phase == "start": _t[0] = time.perf_counter()
  else: gc_log.append((info["generation"], time.perf_counter() - _t[0], info.get("collected", 0)))
gc.callbacks.append(cb)
def run(mode):
  if mode == "gc_off": gc.disable()
  try:
    return measure.run_once(compiled, coord, work.batch)
  finally:
    gc.enable()
run("base")
gc_log.clear(); res["gc_counts"] = gc.get_count(); res["gc_thresholds"] = gc.get_threshold()
res["objects"] = len(gc.get_objects())
times = {"base": [], "gc_off": []}; gcs = []
for r in range(1 if quick else 4):
  for mode in ("base", "gc_off"):
    gc_log.clear()
    times[mode].append(run(mode))
    if mode == "base":
      gcs.append({g: [sum(1 for x in gc_log if x[0] == g), sum(x[1] for x in gc_log if x[0] == g)] for g in (0, 1, 2)})
res["times"] = times; res["median"] = {m: statistics.median(v) for m, v in times.items()}
res["gc_per_base_run"] = gcs
print(res["median"], gcs, flush=True); save()
gc.collect(); gc.freeze()
res["frozen_times"] = [run("base") for _ in range(1 if quick else 3)]
print("frozen", res["frozen_times"], flush=True); save()
gc.unfreeze()
for mode in ("base", "gc_off"):
  scratch = tempfile.mkdtemp()
  if mode == "gc_off": gc.disable()
  jax.profiler.start_trace(scratch)
  t = time.perf_counter(); measure.run_once(compiled, coord, work.batch)
  res[f"trace_wall_{mode}_s"] = time.perf_counter() - t
  jax.profiler.stop_trace(); gc.enable()
  f = sorted(glob.glob(os.path.join(scratch, "plugins", "profile", "*", "*.xplane.pb")))[-1]
  res[f"xplane_{mode}_mb"] = os.path.getsize(f) / 1e6
  try:
    res[f"gaps_{mode}"] = gap_host.analyze(f)
  except Exception as e:
    res[f"gaps_{mode}"] = repr(e)
  if mode == "base" and os.path.getsize(f) < 150e6:
    with open(f, "rb") as src, gzip.open(os.path.join(out_dir, "base.xplane.pb.gz"), "wb") as dst:
      shutil.copyfileobj(src, dst)
  save()
  print(mode, json.dumps(res[f"gaps_{mode}"])[:2500], flush=True)
