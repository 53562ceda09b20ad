"""The device's whole work, loop bodies included: command buffers off, one step a call.

Usage (tree root): PYTHONPATH=. python .prof/nocb_probe.py OUT_DIR
"""
import json, os, sys, tempfile, time


def main():
  import jax
  from batt_jax.bench import workload, measure
  from batt_jax.dsl.jax import slots
  from batt_jax.runtime import coordinator, engine, executable_cache
  coordinator.GPU_COMMAND_BUFFER = ""  # every kernel launched (and traced) on its own
  out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
  res = {"device": jax.devices()[0].device_kind, "jax": jax.__version__,
         "options": coordinator.compiler_options(jax.devices()[:1])}
  save = lambda: json.dump(res, open(os.path.join(out_dir, "nocb_probe.json"), "w"), indent=1)
  slots.set_mode("on")
  spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400,
                       count=int(os.environ.get("PROBE_COUNT", 0)) or None,
                       programs=int(os.environ.get("PROBE_PROGRAMS", 0)))
  work = workload.build(spec, workload.load_tasks(spec))
  executable_cache.enable(tempfile.mkdtemp())
  coord = engine.make_coordinator("nodewise", 4096, devices=jax.devices()[:1],
                                  compile_processes=os.cpu_count(), group_steps="1")
  t = time.perf_counter(); c = measure.compile_chunks(work, coord, work.batch)
  res["compile_s"] = time.perf_counter() - t; res["evaluations"] = work.evaluations; save()
  print("compiled", res["compile_s"], flush=True)
  res["first_run_s"] = measure.run_once(c, coord, work.batch)
  res["runs"] = [measure.run_once(c, coord, work.batch) for _ in range(2)]
  print("runs", res["first_run_s"], res["runs"], flush=True); save()
  prof = measure.profile_kernels(c, coord, work.batch, count=40)
  res["profile"] = prof
  save()
  ops = prof["ops"]
  print({k: ops.get(k) for k in ("wall_s", "op_s", "busy_s", "ops", "idle")}, flush=True)
  for e in ops.get("by_kind", [])[:15]:
    print("kind", round(e["seconds"] * 1e3, 1), e["calls"], e["kind"], flush=True)
  for e in prof["by_primitive"][:25]:
    print("prim", round(e["seconds"] * 1e3, 1), e["calls"], e["kernels"], e["primitive"], flush=True)


if __name__ == "__main__":
  main()
