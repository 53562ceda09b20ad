"""Do stable buffer addresses stop the command buffer updates? One compile, runtime variants alternated.

A: as committed. B: no frees during a run (every value kept to the run's end), input and
constants put once and reused. C: B plus a pause after each run (deferred frees settle).
Then one profiled run each: host events (command_buffer::update count, cuGraphLaunch sum).
Usage (tree root): PYTHONPATH=. python .prof/stable_probe.py OUT_DIR
"""
import dataclasses, json, os, statistics, sys, tempfile, time


def main():
  import jax
  from batt_jax.bench import workload, measure, op_profile
  from batt_jax.dsl.jax import slots
  from batt_jax.runtime import engine, executable_cache, nodewise
  out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
  res = {"device": jax.devices()[0].device_kind, "jax": jax.__version__}
  save = lambda: json.dump(res, open(os.path.join(out_dir, "stable_probe.json"), "w"), indent=1)
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
  plain_calls = step.calls
  kept_calls = tuple(dataclasses.replace(call, frees=()) for call in plain_calls)
  original_call = nodewise.NodewiseStep.__call__
  cache = {}

  def cached_call(self, cells, hw, out_cells, out_hw, out_known):
    n, rows = cells.shape[:2]
    self.compile(rows)
    executables, score = self._compiled[rows]
    sharding = score.input_shardings[0][-1]
    put = lambda tree: jax.device_put(tree, sharding)
    key = (rows, cells.ctypes.data)
    if key not in cache:
      values = {("input", nodewise.INPUT): put(self._input(cells, hw))}
      for name in self.plan.constants:
        values[("const", name)] = put(self._constant(name, n, rows))
      cache[key] = (values, [put(a) for a in (out_cells, out_hw, out_known)])
    base, extra = cache[key]
    outputs = self._in_order(executables, dict(base))
    return score(outputs, *extra)

  def variant(name):
    if name == "A":
      step.calls = plain_calls; nodewise.NodewiseStep.__call__ = original_call
    else:
      step.calls = kept_calls; nodewise.NodewiseStep.__call__ = cached_call

  def run(name):
    variant(name)
    t = measure.run_once(c, coord, work.batch)
    if name == "C":
      time.sleep(0.3)
    return t

  names = ("A", "B", "C")
  for name in names:
    run(name)
  times = {n: [] for n in names}
  for r in range(5):
    for name in (names if r % 2 == 0 else names[::-1]):
      times[name].append(run(name))
  res["times"] = times
  res["median"] = {n: statistics.median(ts) for n, ts in times.items()}
  print(res["median"], flush=True); save()
  for name in names:
    variant(name)
    res[f"answers_{name}"] = measure.answers(c, coord, work)
  print({n: res[f"answers_{n}"] for n in names}, flush=True); save()
  original = op_profile.host
  op_profile.host = lambda planes: original(planes, count=200)
  for name in names:
    run(name); run(name)
    variant(name)
    prof = op_profile.trace(lambda: measure.run_once(c, coord, work.batch))
    top = prof["host"]["top"]
    upd = [e for e in top if e["event"].startswith("command_buffer::update")]
    launch = [e for e in top if e["event"].startswith("cuGraphLaunch")]
    summary = {"wall_s": prof["wall_s"], "busy_s": prof["busy_s"],
               "updates": sum(e["calls"] for e in upd), "update_s": sum(e["seconds"] for e in upd),
               "launches": sum(e["calls"] for e in launch), "launch_s": sum(e["seconds"] for e in launch),
               "top": top[:25]}
    res[f"profile_{name}"] = summary
    print(name, {k: v for k, v in summary.items() if k != "top"}, flush=True)
    save()
  res["memory"] = (jax.devices()[0].memory_stats() or {}).get("peak_bytes_in_use")
  save()


if __name__ == "__main__":
  main()
