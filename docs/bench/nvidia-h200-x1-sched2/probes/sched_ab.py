"""Command buffer scheduling A/B in one process, runs alternated.

Usage (tree root): PYTHONPATH=. python sched_ab.py OUT_DIR
Stage 1: XLA's default and CONCURRENT compiled (16 compile workers, which take
the parent's options), 7 alternating rounds. Stage 2 (if time allows):
CONCURRENT_REGIONS compiled too, 5 rounds over all three. Answers hashed per
mode; sched_ab.json saved after every step.
"""
import hashlib, json, os, statistics, sys, tempfile, time
import jax
from batt_jax.bench import workload, measure
from batt_jax.dsl.jax import slots
from batt_jax.runtime import coordinator as coordinator_lib, engine, executable_cache, nodewise, results

out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
slots.set_mode("on")
executable_cache.enable(tempfile.mkdtemp())
spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400)
work = workload.build(spec, workload.load_tasks(spec))
res = {"device": jax.devices()[0].device_kind, "jax": jax.__version__, "evaluations": work.evaluations}
save = lambda: json.dump(res, open(os.path.join(out_dir, "sched_ab.json"), "w"), indent=1)
comp = {}

def compile_mode(mode):
  name = mode or "default"
  coordinator_lib.GPU_COMMAND_BUFFER_SCHEDULING = mode
  jax.clear_caches(); nodewise.clear_caches()
  coord = engine.make_coordinator("nodewise", 4096, devices=jax.devices()[:1], compile_processes=16)
  t = time.perf_counter(); c = measure.compile_chunks(work, coord, work.batch)
  res[f"compile_{name}_s"] = time.perf_counter() - t
  measure.run_once(c, coord, work.batch)
  acc = results.Accumulator(work.tasks, work.batch)
  cands = {p.name: p for p in work.built.candidates}
  for index, step, exe, n in c.steps:
    infos = engine.program_infos(work.built.chunks[index], cands)
    acc.add_chunk(coord.run_compiled(index, step, exe, work.batch, n, picker=acc.picker(infos)), infos)
  rep = acc.report()
  blob = json.dumps([acc.submission(), rep], sort_keys=True, default=str)
  res[f"answers_{name}"] = [sum(1 for r in rep.values() if r["test_correct"]),
                            hashlib.sha256(blob.encode()).hexdigest()]
  comp[name] = (c, coord); save()
  print(name, res[f"compile_{name}_s"], res[f"answers_{name}"], flush=True)

def rounds(count, key):
  times = {k: [] for k in comp}
  for r in range(count):
    order = list(comp.items()) if r % 2 == 0 else list(reversed(comp.items()))
    for k, (c, coord) in order:
      times[k].append(measure.run_once(c, coord, work.batch))
    res[key] = times; save()
  res[key + "_median_s"] = {k: statistics.median(v) for k, v in times.items()}
  save(); print(key, res[key + "_median_s"], flush=True)

compile_mode(""); compile_mode("CONCURRENT")
rounds(7, "stage1")
compile_mode("CONCURRENT_REGIONS")
rounds(5, "stage2")
