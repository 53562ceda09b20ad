"""A/B in one process: --group_calls vs single calls (whole library, picked test candidates).

Grouped first, cold: its compile time is the grouped cold compile and the peak
memory after its first run is the grouped run's.
"""
import glob, json, os, statistics, sys, tempfile, time
import jax
from batt_jax.bench import workload, measure
from batt_jax.dsl.jax import slots
from batt_jax.runtime import engine, results
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "nvidia-h200-x1-picked", "probes"))
import gaps  # the previous session's probe helper

out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
limit = int(os.environ.get("GROUP_LIMIT", "0"))
if limit:
  from batt_jax.runtime import nodewise
  nodewise.GROUP_LIMIT = limit
slots.set_mode("on")
res = {"device": jax.devices()[0].device_kind, "jax": jax.__version__, "group_limit": limit}
save = lambda: json.dump(res, open(os.path.join(out_dir, "group_ab.json"), "w"), indent=1)
quick = bool(os.environ.get("QUICK"))
spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400,
                     count=10 if quick else None, programs=20 if quick else 0)
work = workload.build(spec, workload.load_tasks(spec))
dev = jax.devices()[:1]
coords = {m: engine.make_coordinator("nodewise", 4096, devices=dev, group_calls=(m == "grouped"))
          for m in ("grouped", "single")}
compiled = {}
for mode in ("grouped", "single"):
  t = time.perf_counter(); compiled[mode] = measure.compile_chunks(work, coords[mode], work.batch)
  res[f"compile_{mode}_s"] = time.perf_counter() - t
  res[f"compile_{mode}"] = compiled[mode].timings()
  res[f"calls_{mode}"] = sum(len(step.plan.steps) for _, step, _, _ in compiled[mode].steps)
  res[f"first_run_{mode}_s"] = measure.run_once(compiled[mode], coords[mode], work.batch)
  res[f"peak_after_{mode}"] = measure.peak_memory(dev)
  print(mode, res[f"compile_{mode}_s"], res[f"first_run_{mode}_s"], res[f"peak_after_{mode}"], flush=True)
  save()
times = {"grouped": [], "single": []}
for r in range(1 if quick else 5):
  for mode in ("single", "grouped"):
    times[mode].append(measure.run_once(compiled[mode], coords[mode], work.batch))
res["times"] = times
res["median"] = {m: statistics.median(v) for m, v in times.items()}
print(res["median"], flush=True); save()
subs = {}
for mode in ("single", "grouped"):
  acc = results.Accumulator(work.tasks, work.batch)
  cands = {p.name: p for p in work.built.candidates}
  for index, step, exe, n in compiled[mode].steps:
    infos = engine.program_infos(work.built.chunks[index], cands)
    acc.add_chunk(coords[mode].run_compiled(index, step, exe, work.batch, n, picker=acc.picker(infos)), infos)
  subs[mode] = (acc.submission(), acc.report())
res["same_answers"] = subs["single"] == subs["grouped"]
res["test_correct"] = sum(1 for r in subs["grouped"][1].values() if r["test_correct"])
print("same", res["same_answers"], res["test_correct"], flush=True); save()
for mode in ("grouped",):
  scratch = tempfile.mkdtemp()
  jax.profiler.start_trace(scratch)
  t = time.perf_counter(); measure.run_once(compiled[mode], coords[mode], work.batch)
  res[f"trace_wall_{mode}_s"] = time.perf_counter() - t
  jax.profiler.stop_trace()
  f = sorted(glob.glob(os.path.join(scratch, "plugins", "profile", "*", "*.xplane.pb")))[-1]
  try:
    g = gaps.analyze(f); res[f"streams_{mode}"] = g.get("streams")
  except Exception as e:
    res[f"streams_{mode}"] = repr(e)
  save()
print(json.dumps(res.get("streams_grouped"))[:1500])
