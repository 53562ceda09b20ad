"""What a run's device operations are: per kernel, calls, operations and seconds; by duration.

Command buffers off (every operation visible), every kernel call blocking inside
a TraceAnnotation; each GPU operation is attributed to the call whose window
holds it. Workloads (env WORKLOADS, comma-separated): `library` (the whole
library) and `mutations` (40 programs + 9 mutations each), x 3,499 ARC-AGI-1
samples; env CHAIN: the chain mode (default off). Usage: PYTHONPATH=. python
op_census.py OUT_DIR
"""
import bisect, collections, glob, json, os, re, sys, tempfile, time
import jax
from jaxlib import _profile_data
from batt_jax.bench import workload, measure
from batt_jax.dsl.jax import slots
from batt_jax.runtime import coordinator as coordinator_lib, engine, executable_cache, nodewise

res = {}
BINS = [2e-6, 3e-6, 5e-6, 10e-6, 30e-6, 100e-6, 1e-3, 1e9]


class Named:
  def __init__(self, exe, label):
    self.exe, self.label = exe, label
  def __call__(self, *args):
    with jax.profiler.TraceAnnotation(self.label):
      return jax.block_until_ready(self.exe(*args))


def census(name, spec):
  r = res.setdefault(name, {})
  work = workload.build(spec, workload.load_tasks(spec))
  coord = engine.make_coordinator("nodewise", 4096, devices=dev, compile_processes=16,
                                  chain_nodes=os.environ.get("CHAIN", "off"))
  t = time.perf_counter(); compiled = measure.compile_chunks(work, coord, work.batch)
  r["compile_s"] = time.perf_counter() - t
  rows = coord.batch_rows(work.batch)
  labels = {}
  for _, step, _, _ in compiled.steps:
    executables, score = step._compiled[rows]
    wrapped = []
    for s, exe in zip(step.plan.steps, executables):
      label = f"K{len(labels)}"
      labels[label] = nodewise.describe(s.tree)
      wrapped.append(Named(exe, label))
    step._compiled[rows] = (wrapped, score)
    r["calls"] = len(step.plan.steps)
  r["untraced_s"] = measure.run_once(compiled, coord, work.batch)
  scratch = tempfile.mkdtemp()
  jax.profiler.start_trace(scratch)
  t = time.perf_counter(); measure.run_once(compiled, coord, work.batch)
  r["traced_s"] = time.perf_counter() - t
  jax.profiler.stop_trace()
  f = sorted(glob.glob(os.path.join(scratch, "plugins", "profile", "*", "*.xplane.pb")))[-1]
  planes = list(_profile_data.ProfileData.from_file(f).planes)
  windows = sorted((e.start_ns, e.start_ns + e.duration_ns, e.name)
                   for p in planes if p.name.startswith("/host:") for line in p.lines
                   for e in line.events if e.name in labels)
  starts = [w[0] for w in windows]
  ops = []
  for p in planes:
    if p.name.startswith("/device:"):
      for line in p.lines:
        if line.name.startswith("Stream"):
          for e in line.events:
            i = bisect.bisect_right(starts, e.start_ns) - 1
            lab = windows[i][2] if i >= 0 and e.start_ns < windows[i][1] + 50_000 else None
            ops.append((lab, e.name, e.duration_ns / 1e9))
  r["ops"] = len(ops); r["device_s"] = sum(d for _, _, d in ops)
  hist = collections.OrderedDict((f"<{b * 1e6:g}us", [0, 0.0]) for b in BINS)
  for _, _, d in ops:
    for b in BINS:
      if d < b:
        h = hist[f"<{b * 1e6:g}us"]; h[0] += 1; h[1] += d; break
  r["duration_bins"] = hist
  per = collections.defaultdict(lambda: [0, 0, 0.0])  # kernel -> [calls, ops, seconds]
  calls = collections.Counter(labels[w[2]] for w in windows)
  for lab, _, d in ops:
    k = labels.get(lab, "?")
    per[k][1] += 1; per[k][2] += d
  for k, c in calls.items():
    per[k][0] = c
  ranked = sorted(per.items(), key=lambda kv: -kv[1][2])
  r["kernels"] = [(k[:160], c, n, s) for k, (c, n, s) in ranked[:80]]
  r["ops_per_call_weighted"] = sum(n for _, (c, n, s) in per.items()) / max(1, sum(calls.values()))
  # How concentrated: the costliest kernels' share.
  total = r["device_s"]
  r["share_top"] = {n: sum(s for _, (_, _, s) in ranked[:n]) / total for n in (10, 30, 100)}
  by_op = collections.Counter(); by_op_n = collections.Counter()
  for _, name_, d in ops:
    kind = re.sub(r"[._]\d+$", "", name_); by_op[kind] += d; by_op_n[kind] += 1
  r["by_op"] = [(k, by_op_n[k], v) for k, v in by_op.most_common(25)]
  # The long operations (>= 100 us) by kernel and operation kind; the short
  # ones (< 5 us: launch-bound) by kernel.
  big, big_n, small, small_s = (collections.Counter() for _ in range(4))
  for lab, name_, d in ops:
    key = (labels.get(lab, "?")[:120], re.sub(r"[._]\d+$", "", name_))
    if d >= 100e-6:
      big[key] += d; big_n[key] += 1
    elif d < 5e-6:
      small[key[0]] += 1; small_s[key[0]] += d
  r["big_ops"] = [(k, o, big_n[(k, o)], v) for (k, o), v in big.most_common(40)]
  r["small_ops"] = [(k, n, small_s[k]) for k, n in small.most_common(25)]
  save()
  print(name, {k: r[k] for k in ("compile_s", "calls", "untraced_s", "traced_s", "ops", "device_s")},
        flush=True)
  print(" bins", dict(hist), flush=True)
  for k, c, n, s in r["kernels"][:25]:
    print(f"  {s:7.4f}s {c:4d} calls {n:6d} ops  {k[:100]}")


def save():
  json.dump(res, open(os.path.join(sys.argv[1], "op_census.json"), "w"), indent=1)


def main():
  global dev
  os.makedirs(sys.argv[1], exist_ok=True)
  slots.set_mode("on")
  # Compile workers write the executables here and the run loads them. (The
  # first run of this probe lacked the __main__ guard, so the spawned workers
  # died and the library compiled in this process, 127 s.)
  executable_cache.enable(tempfile.mkdtemp())
  coordinator_lib.GPU_COMMAND_BUFFER = ""
  res.update(device=jax.devices()[0].device_kind, jax=jax.__version__)
  dev = jax.devices()[:1]
  for name in os.environ.get("WORKLOADS", "library,mutations").split(","):
    if name == "library":
      spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400)
    else:
      spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400, programs=40,
                           mutations=9)
    jax.clear_caches(); nodewise.clear_caches()
    census(name, spec)


if __name__ == "__main__":
  main()
