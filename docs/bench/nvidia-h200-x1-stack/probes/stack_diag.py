"""Which programs' results differ between (chains, group, stack) sets, and where.

Usage (tree root): PYTHONPATH=. python stack_diag.py OUT_DIR NAME=chains:group:stack ...
The first set is the reference; env PROBE_PROGRAMS/PROBE_MUTATIONS/PROBE_COUNT/PROBE_ONLY
(comma-separated program names).
"""
import json, os, sys, tempfile, time
import numpy as np


def main():
  import jax
  from batt_jax.bench import workload
  from batt_jax.dsl.jax import slots
  from batt_jax.runtime import engine, executable_cache, nodewise
  out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
  sets = [(a.partition("=")[0], *a.partition("=")[2].split(":")) for a in sys.argv[2:]]
  slots.set_mode(os.environ.get("PROBE_SLOTS", "on"))
  executable_cache.enable(tempfile.mkdtemp())
  spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400,
                       programs=int(os.environ.get("PROBE_PROGRAMS", 0)),
                       mutations=int(os.environ.get("PROBE_MUTATIONS", 0)),
                       count=int(os.environ.get("PROBE_COUNT", 0)) or None)
  work = workload.build(spec, workload.load_tasks(spec))
  only = [n for n in os.environ.get("PROBE_ONLY", "").split(",") if n]
  graphs = nodewise.chunk_graphs(work.built)
  res = {"device": jax.devices()[0].device_kind, "sets": {s[0]: s[1:] for s in sets}}
  save = lambda: json.dump(res, open(os.path.join(out_dir, "stack_diag.json"), "w"), indent=1)
  got = {}
  batch = work.batch
  tasks = np.asarray(batch.task_ids)
  for name, chains, group, stack in sets:
    coord = engine.make_coordinator("nodewise", 4096, devices=jax.devices()[:1],
                                    compile_processes=os.cpu_count() if jax.default_backend() != "cpu" else 0,
                                    chain_nodes=chains, group_steps=group)
    coord.stack_steps = nodewise.stack_mode(stack)
    t = time.perf_counter()
    outs = []
    for chunk, graph in zip(work.built.chunks, graphs):
      outs.append((chunk, coord.run_chunk(chunk.index, graph, batch, len(chunk.program_ids))))
    res[f"run_{name}_s"] = time.perf_counter() - t
    got[name] = outs
    print(name, res[f"run_{name}_s"], flush=True)
    if len(got) > 1:
      ref = got[sets[0][0]]
      diffs = []
      for (chunk, a), (_, b) in zip(ref, outs):
        for j, prog in enumerate(chunk.program_ids):
          entry = {}
          for field, rows_task in (("demo_exact", batch.demo.task), ("demo_cells", batch.demo.task),
                                   ("test_cells", batch.test.task), ("test_hw", batch.test.task),
                                   ("test_valid", batch.test.task)):
            x, y = getattr(a, field)[:, j], getattr(b, field)[:, j]
            bad = np.nonzero((x != y).reshape(len(x), -1).any(axis=1))[0]
            if len(bad):
              entry[field] = [int(len(bad)), sorted(set(tasks[np.asarray(rows_task)[bad]].tolist()))[:8]]
          if entry:
            diffs.append([prog, entry])
      res[f"diff_{name}"] = diffs
      print(name, "differs in", len(diffs), "programs:", json.dumps(diffs[:20]), flush=True)
    save()


if __name__ == "__main__":
  main()
