"""Stacking A/B in one process: each (chains, group, stack) set compiled, runs alternated.

Usage (tree root): PYTHONPATH=. python stack_ab.py OUT_DIR NAME=chains:group:stack ...
Env: PROBE_PROGRAMS, PROBE_MUTATIONS (the workload), PROBE_ROUNDS (default 7).
Answers hashed per set; stack_ab.json saved after every step.
"""
import hashlib, json, os, statistics, sys, tempfile, time

c_batch = []


def main():
  import jax
  from batt_jax.bench import workload, measure
  from batt_jax.dsl.jax import slots
  from batt_jax.runtime import engine, executable_cache, nodewise, results
  out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
  sets = []
  for arg in sys.argv[2:]:
    name, _, text = arg.partition("=")
    chains, group, stack = text.split(":")
    sets.append((name, chains, group, stack))
  slots.set_mode("on")
  executable_cache.enable(tempfile.mkdtemp())
  spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400,
                       programs=int(os.environ.get("PROBE_PROGRAMS", 0)),
                       mutations=int(os.environ.get("PROBE_MUTATIONS", 0)),
                       count=int(os.environ.get("PROBE_COUNT", 0)) or None)
  work = workload.build(spec, workload.load_tasks(spec))
  res = {"device": jax.devices()[0].device_kind, "jax": jax.__version__,
         "evaluations": work.evaluations, "sets": {s[0]: s[1:] for s in sets}}
  save = lambda: json.dump(res, open(os.path.join(out_dir, "stack_ab.json"), "w"), indent=1)
  comp = {}
  c_batch.append(work.batch)
  for name, chains, group, stack in sets:
    coord = engine.make_coordinator("nodewise", 4096, devices=jax.devices()[:1],
                                    compile_processes=os.cpu_count(), chain_nodes=chains,
                                    group_steps=group)
    coord.stack_steps = nodewise.stack_mode(stack)
    t = time.perf_counter(); c = measure.compile_chunks(work, coord, work.batch)
    res[f"compile_{name}_s"] = time.perf_counter() - t
    res[f"calls_{name}"] = sum(len(step.calls) for _, step, _, _ in c.steps)
    res[f"executables_{name}"] = sum(s.executables for s in coord.compile_stats)
    res[f"first_run_{name}_s"] = measure.run_once(c, coord, work.batch)
    acc = results.Accumulator(work.tasks, work.batch)
    cands = {p.name: p for p in work.built.candidates}
    for index, step, exe, n in c.steps:
      infos = engine.program_infos(work.built.chunks[index], cands)
      acc.add_chunk(coord.run_compiled(index, step, exe, work.batch, n, picker=acc.picker(infos)), infos)
    rep = acc.report()
    blob = json.dumps([acc.submission(), rep], sort_keys=True, default=str)
    res[f"answers_{name}"] = [sum(1 for r in rep.values() if r["test_correct"]),
                              hashlib.sha256(blob.encode()).hexdigest()]
    stats = jax.devices()[0].memory_stats() or {}
    res[f"peak_after_{name}_gib"] = stats.get("peak_bytes_in_use", 0) / 2**30
    comp[name] = (c, coord); save()
    print(name, res[f"compile_{name}_s"], res[f"calls_{name}"], res[f"answers_{name}"],
          res[f"first_run_{name}_s"], flush=True)
    if len(comp) > 1:
      rounds(comp, res, save, 2)
  rounds(comp, res, save, int(os.environ.get("PROBE_ROUNDS", 5)))
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
