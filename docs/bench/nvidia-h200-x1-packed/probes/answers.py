"""The whole library's answers on this tree (submission + per-task report) to OUT/answers_TAG.json."""
import hashlib, json, os, sys, time
import jax
from batt_jax.bench import workload, measure
from batt_jax.dsl.jax import slots
from batt_jax.runtime import engine, results

out_dir, tag = sys.argv[1], sys.argv[2]; os.makedirs(out_dir, exist_ok=True)
slots.set_mode("on")
spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400)
work = workload.build(spec, workload.load_tasks(spec))
chain = {"chain_nodes": os.environ["CHAIN"]} if "CHAIN" in os.environ else {}  # else the default
coord = engine.make_coordinator("nodewise", 4096, devices=jax.devices()[:1], **chain)
t = time.perf_counter(); compiled = measure.compile_chunks(work, coord, work.batch)
compile_s = time.perf_counter() - t
acc = results.Accumulator(work.tasks, work.batch)
cands = {p.name: p for p in work.built.candidates}
for index, step, exe, n in compiled.steps:
  infos = engine.program_infos(work.built.chunks[index], cands)
  acc.add_chunk(coord.run_compiled(index, step, exe, work.batch, n, picker=acc.picker(infos)), infos)
sub, rep = acc.submission(), acc.report()
blob = json.dumps([sub, rep], sort_keys=True, default=str)
res = {"tag": tag, "device": jax.devices()[0].device_kind, "compile_s": compile_s,
       "test_correct": sum(1 for r in rep.values() if r["test_correct"]),
       "sha256": hashlib.sha256(blob.encode()).hexdigest(), "submission": sub, "report": rep}
json.dump(res, open(os.path.join(out_dir, f"answers_{tag}.json"), "w"), default=str)
print(tag, res["test_correct"], res["sha256"], round(compile_s, 1), flush=True)
