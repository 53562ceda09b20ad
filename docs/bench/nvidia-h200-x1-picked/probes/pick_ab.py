"""A/B in one process: test candidates picked on the device vs all copied (whole library)."""
import glob, json, os, statistics, sys, tempfile, time
import jax
from batt_jax.bench import workload, measure
from batt_jax.dsl.jax import slots
from batt_jax.runtime import engine, results
sys.path.insert(0, os.path.dirname(__file__)); import gaps

out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
slots.set_mode("on")
res = {"device": jax.devices()[0].device_kind, "jax": jax.__version__}
save = lambda: json.dump(res, open(os.path.join(out_dir, "pick_ab.json"), "w"), indent=1)
spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400)
work = workload.build(spec, workload.load_tasks(spec))
coord = engine.make_coordinator("nodewise", 4096, devices=jax.devices()[:1])
t = time.perf_counter(); compiled = measure.compile_chunks(work, coord, work.batch)
res["compile_s"] = time.perf_counter() - t
pickers = compiled.pickers
measure.run_once(compiled, coord, work.batch)
times = {"picked": [], "all": []}
for r in range(5):
  for mode in ("all", "picked"):
    compiled.pickers = pickers if mode == "picked" else None
    times[mode].append(measure.run_once(compiled, coord, work.batch))
res["times"] = times
res["median"] = {m: statistics.median(v) for m, v in times.items()}
print(res["median"], flush=True); save()
# Same answers either way.
subs = {}
for mode in ("all", "picked"):
  acc = results.Accumulator(work.tasks, work.batch)
  cands = {p.name: p for p in work.built.candidates}
  for index, step, exe, n in compiled.steps:
    infos = engine.program_infos(work.built.chunks[index], cands)
    picker = acc.picker(infos) if mode == "picked" else None
    acc.add_chunk(coord.run_compiled(index, step, exe, work.batch, n, picker=picker), infos)
  subs[mode] = (acc.submission(), acc.report())
res["same_answers"] = subs["all"] == subs["picked"]
res["test_correct"] = sum(1 for r in subs["picked"][1].values() if r["test_correct"])
print("same", res["same_answers"], res["test_correct"], flush=True); save()
compiled.pickers = pickers
scratch = tempfile.mkdtemp()
jax.profiler.start_trace(scratch)
t = time.perf_counter(); measure.run_once(compiled, coord, work.batch); res["trace_wall_s"] = time.perf_counter() - t
jax.profiler.stop_trace()
f = sorted(glob.glob(os.path.join(scratch, "plugins", "profile", "*", "*.xplane.pb")))[-1]
try:
  g = gaps.analyze(f); res["streams"] = g.get("streams")
except Exception as e:
  res["streams"] = repr(e)
save()
print(json.dumps(res.get("streams"))[:1500])
