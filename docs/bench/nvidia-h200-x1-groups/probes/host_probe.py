"""Host time per executable call, grouped (16) and not, against its argument and result leaves.

Usage (tree root): PYTHONPATH=. python host_probe.py OUT_DIR
One process: the whole library compiled per variant (nodewise, chains auto,
compile workers); 5 runs each, timing every call's dispatch (no blocking), then
the same calls blocking once. host_probe.json. PROBE_COUNT: a smoke run.
"""
import json, os, statistics, sys, tempfile, time


def main():
  import jax
  from batt_jax.bench import workload, measure
  from batt_jax.dsl.jax import slots
  from batt_jax.runtime import engine, executable_cache, nodewise
  out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
  slots.set_mode("on")
  spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400,
                       count=int(os.environ.get("PROBE_COUNT", 0)) or None)
  work = workload.build(spec, workload.load_tasks(spec))
  res = {"device": jax.devices()[0].device_kind, "jax": jax.__version__}
  save = lambda: json.dump(res, open(os.path.join(out_dir, "host_probe.json"), "w"), indent=1)
  executable_cache.enable(tempfile.mkdtemp())
  for group in (16, 1):
    coord = engine.make_coordinator("nodewise", 4096, devices=jax.devices()[:1],
                                    compile_processes=os.cpu_count(), group_steps=str(group))
    t = time.perf_counter(); c = measure.compile_chunks(work, coord, work.batch)
    compile_s = time.perf_counter() - t
    ((_, step, _, _),) = c.steps
    measure.run_once(c, coord, work.batch)
    runs = [measure.run_once(c, coord, work.batch) for _ in range(3)]
    per_call = [[0.0, 0.0] for _ in step.calls]  # [dispatch s summed, blocking s summed]
    leaves_out = [0] * len(step.calls); leaves_in = [0] * len(step.calls)
    original = nodewise.NodewiseStep._in_order

    def timed(self, executables, values, block=False):
      for i, (call, executable) in enumerate(zip(self.calls, executables)):
        args = [values[(o.kind, o.ref)] for o in call.leaves]
        start = time.perf_counter()
        out = executable(*args)
        per_call[i][0] += time.perf_counter() - start
        if block:
          jax.block_until_ready(out)
          leaves_out[i] = len(jax.tree.leaves(out))
          leaves_in[i] = len(jax.tree.leaves(args))
          per_call[i][1] += time.perf_counter() - start
        for node, value in zip(call.nodes, call.values(out)):
          values[("node", node)] = value
        for k in call.frees:
          del values[("node", k)]
      return tuple(values[(o.kind, o.ref)] for o in self.plan.outputs)

    step._in_order = lambda ex, v: timed(step, ex, v)
    timed_runs = [measure.run_once(c, coord, work.batch) for _ in range(5)]
    step._in_order = lambda ex, v: timed(step, ex, v, block=True)
    blocked_run = measure.run_once(c, coord, work.batch)
    step.__dict__.pop("_in_order", None)
    calls = []
    for call, (d, b), lo, li in zip(step.calls, per_call, leaves_out, leaves_in):
      calls.append({"members": len(call.nodes), "arg_values": len(call.leaves),
                    "arg_arrays": li, "out_arrays": lo,
                    "dispatch_s": d / 5, "blocked_s": b})
    res[f"group{group}"] = {"compile_s": compile_s, "runs": runs, "timed_runs": timed_runs,
                            "blocked_run": blocked_run, "calls": len(step.calls),
                            "dispatch_total_s": sum(c["dispatch_s"] for c in calls),
                            "blocked_total_s": sum(c["blocked_s"] for c in calls),
                            "per_call": calls}
    print(group, {k: v for k, v in res[f"group{group}"].items() if k != "per_call"}, flush=True)
    save()


if __name__ == "__main__":
  main()
