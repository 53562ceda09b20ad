"""Slot compaction settings A/B in one process: each set compiled, runs alternated.

Usage (tree root): PYTHONPATH=. python slots_ab.py OUT_DIR NAME=VAR:value,... NAME=...
where VAR is BATT_MAP_TILES or BATT_MAP_MIN_EQUATIONS (NAME= alone: the
tree's own settings), e.g. `t32= t16=BATT_MAP_TILES:16 t8=BATT_MAP_TILES:8`.
(PROBE_COUNT=3 PROBE_PROGRAMS=8 for a smoke run on the CPU.)
Each set goes into the environment (the compile workers read it at import)
and into `slots` (this process), in a fresh executable cache so that it
compiles cold (the cache key holds both settings). Answers per set
(`measure.answers`); 3 alternating rounds after each set from the second, 4
at the end; slots_ab.json after every step.
"""
import json, os, statistics, sys, tempfile, time

SETTINGS = {"BATT_MAP_TILES": "TILES", "BATT_MAP_MIN_EQUATIONS": "MIN_EQUATIONS"}
DEFAULTS = {}  # the tree's own values, read before any set changes them


def main():
  import jax
  from batt_jax.bench import workload, measure
  from batt_jax.dsl.jax import slots
  from batt_jax.runtime import engine, executable_cache, nodewise
  out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
  sets = []
  for arg in sys.argv[2:]:
    name, _, text = arg.partition("=")
    sets.append((name, dict((k, int(v)) for k, v in (kv.split(":") for kv in text.split(",") if kv))))
  unknown = {k for _, env in sets for k in env} - set(SETTINGS)
  if unknown:
    raise SystemExit(f"unknown settings {sorted(unknown)}; known: {sorted(SETTINGS)}")
  slots.set_mode("on")
  DEFAULTS.update({var: getattr(slots, attr) for var, attr in SETTINGS.items()})
  # PROBE_COUNT / PROBE_PROGRAMS: a small smoke run (e.g. on the CPU).
  spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400,
                       count=int(os.environ.get("PROBE_COUNT", 0)) or None,
                       programs=int(os.environ.get("PROBE_PROGRAMS", 0)))
  work = workload.build(spec, workload.load_tasks(spec))
  res = {"device": jax.devices()[0].device_kind, "jax": jax.__version__,
         "evaluations": work.evaluations, "sets": dict(sets)}
  save = lambda: json.dump(res, open(os.path.join(out_dir, "slots_ab.json"), "w"), indent=1)
  comp = {}
  for name, env in sets:
    for var, attr in SETTINGS.items():
      value = env.get(var, DEFAULTS[var])
      os.environ[var] = str(value)
      setattr(slots, attr, value)
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
      rounds(comp, res, save, 3, work.batch)
  rounds(comp, res, save, 4, work.batch)
  res["median_s"] = {k: statistics.median(v) for k, v in res["times"].items()}
  save(); print(res["median_s"], flush=True)


def rounds(comp, res, save, count, batch):
  from batt_jax.bench import measure
  times = res.setdefault("times", {})
  for r in range(count):
    order = list(comp.items()) if r % 2 == 0 else list(reversed(comp.items()))
    for k, (c, coord) in order:
      times.setdefault(k, []).append(measure.run_once(c, coord, batch))
    save()


if __name__ == "__main__":
  main()
