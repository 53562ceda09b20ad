"""Dispatch threads on the grouped plan (alternated runs), then one run's full host profile.

Usage (tree root): PYTHONPATH=. python .prof/threads_probe.py OUT_DIR
"""
import json, os, statistics, sys, tempfile, time


def main():
  import jax
  from batt_jax.bench import workload, measure, op_profile
  from batt_jax.dsl.jax import slots
  from batt_jax.runtime import engine, executable_cache
  out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
  res = {"device": jax.devices()[0].device_kind, "jax": jax.__version__}
  save = lambda: json.dump(res, open(os.path.join(out_dir, "threads_probe.json"), "w"), indent=1)
  slots.set_mode("on")
  spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400,
                       count=int(os.environ.get("PROBE_COUNT", 0)) or None)
  work = workload.build(spec, workload.load_tasks(spec))
  executable_cache.enable(tempfile.mkdtemp())
  coord = engine.make_coordinator("nodewise", 4096, devices=jax.devices()[:1],
                                  compile_processes=os.cpu_count())
  t = time.perf_counter(); c = measure.compile_chunks(work, coord, work.batch)
  res["compile_s"] = time.perf_counter() - t
  ((_, step, _, _),) = c.steps
  measure.run_once(c, coord, work.batch)
  variants = (1, 2, 4, 8)
  times = {v: [] for v in variants}
  for _ in range(4):
    for v in variants:
      step.dispatch_threads = v
      times[v].append(measure.run_once(c, coord, work.batch))
  res["runs"] = {v: {"times": ts, "median": statistics.median(ts)} for v, ts in times.items()}
  answers = {}
  for v in (1, 4):
    step.dispatch_threads = v
    answers[v] = measure.answers(c, coord, work)
  res["answers"] = answers
  print(json.dumps(res["runs"]), answers, flush=True)
  save()
  step.dispatch_threads = 1
  original = op_profile.host
  op_profile.host = lambda planes: original(planes, count=80)
  prof = op_profile.trace(lambda: measure.run_once(c, coord, work.batch))
  res["profile"] = {k: prof[k] for k in ("wall_s", "op_s", "busy_s", "ops", "host", "idle")}
  for e in prof["host"]["top"][:40]:
    print(round(e["seconds"] * 1e3, 2), e["calls"], e["event"], flush=True)
  save()


if __name__ == "__main__":
  main()
