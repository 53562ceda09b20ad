"""XLA option A/B in one process: each option set compiled, runs alternated.

Usage (tree root): PYTHONPATH=. python options_ab.py OUT_DIR NAME=k:v,k:v NAME=...
(NAME=  with nothing after it: the tree's own options.) Extra options are
merged into `compiler_options` for the parent and its compile workers.
7 alternating rounds after all sets compile; answers hashed per set;
options_ab.json saved after every step.
"""
import hashlib, json, os, statistics, sys, tempfile, time


c_batch = []


def main():
  import jax
  from batt_jax.bench import workload, measure
  from batt_jax.dsl.jax import slots
  from batt_jax.runtime import compile_workers, coordinator as coordinator_lib, engine
  from batt_jax.runtime import executable_cache, nodewise, results
  out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
  sets = []
  for arg in sys.argv[2:]:
    name, _, text = arg.partition("=")
    sets.append((name, coordinator_lib.parse_compiler_options([kv for kv in text.split(",") if kv])))
  for name, extra in sets:  # XLA checks each option now, not after a set's compile
    coordinator_lib.set_extra_compiler_options(extra, jax.devices()[:1])
  coordinator_lib.set_extra_compiler_options({}, jax.devices()[:1])
  slots.set_mode("on")
  executable_cache.enable(tempfile.mkdtemp())
  spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400)
  work = workload.build(spec, workload.load_tasks(spec))
  res = {"device": jax.devices()[0].device_kind, "jax": jax.__version__,
         "evaluations": work.evaluations, "sets": dict(sets)}
  save = lambda: json.dump(res, open(os.path.join(out_dir, "options_ab.json"), "w"), indent=1)
  comp = {}
  c_batch.append(work.batch)
  for name, extra in sets:
    coordinator_lib.set_extra_compiler_options(extra, jax.devices()[:1])
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
    if len(comp) > 1:  # a few alternating rounds now, so a call cut short still compares
      rounds(comp, res, save, 3)
  rounds(comp, res, save, 4)
  res["median_s"] = {k: statistics.median(v) for k, v in res["times"].items()}
  save(); print(res["median_s"], flush=True)


def rounds(comp, res, save, count):
  from batt_jax.bench import measure
  times = res.setdefault("times", {})
  for r in range(count):
    order = list(comp.items()) if r % 2 == 0 else list(reversed(comp.items()))
    for k, (c, coord) in order:
      times.setdefault(k, []).append(measure.run_once(c, coord, c_batch[0]))
    save()


if __name__ == "__main__":
  main()
