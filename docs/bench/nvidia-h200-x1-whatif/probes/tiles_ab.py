"""TILES A/B in one process: each tile count compiled (own executable cache), runs alternated.

Usage (tree root): PYTHONPATH=. python tiles_ab.py OUT_DIR 32 16 8
(PROBE_COUNT=3 PROBE_PROGRAMS=8 for a smoke run on the CPU.)
Each set sets BATT_MAP_TILES (read by the compile workers at import) and
slots.TILES (the parent), in a fresh executable cache so that it compiles
cold (the cache key holds the tile count since this probe's commit).
Answers hashed per set; 3 alternating rounds after each set from the
second, 4 at the end; tiles_ab.json after every step.
"""
import json, os, statistics, sys, tempfile, time

c_batch = []


def main():
  import jax
  from batt_jax.bench import workload, measure
  from batt_jax.dsl.jax import slots
  from batt_jax.runtime import engine, executable_cache, nodewise
  out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
  sets = [int(t) for t in sys.argv[2:]]
  slots.set_mode("on")
  # PROBE_COUNT / PROBE_PROGRAMS: a small smoke run (e.g. on the CPU).
  spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400,
                       count=int(os.environ.get("PROBE_COUNT", 0)) or None,
                       programs=int(os.environ.get("PROBE_PROGRAMS", 0)))
  work = workload.build(spec, workload.load_tasks(spec))
  c_batch.append(work.batch)
  res = {"device": jax.devices()[0].device_kind, "jax": jax.__version__,
         "evaluations": work.evaluations, "sets": sets}
  save = lambda: json.dump(res, open(os.path.join(out_dir, "tiles_ab.json"), "w"), indent=1)
  comp = {}
  for tiles in sets:
    name = f"tiles{tiles}"
    os.environ["BATT_MAP_TILES"] = str(tiles)
    slots.TILES = tiles
    executable_cache.enable(tempfile.mkdtemp())
    jax.clear_caches(); nodewise.clear_caches()
    coord = engine.make_coordinator("nodewise", 4096, devices=jax.devices()[:1], compile_processes=16)
    t = time.perf_counter(); c = measure.compile_chunks(work, coord, work.batch)
    res[f"compile_{name}_s"] = time.perf_counter() - t
    res[f"first_run_{name}_s"] = measure.run_once(c, coord, work.batch)
    res[f"answers_{name}"] = measure.answers(c, coord, work)
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
