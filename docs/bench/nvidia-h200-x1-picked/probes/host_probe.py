"""Where does a nodewise run's host time go? (probe; H200)

python .prof/host_probe.py OUT_DIR [programs] [count]
"""
import collections, gzip, glob, json, os, re, shutil, statistics, sys, tempfile, time
import jax
opts = {}
if os.environ.get("INFLIGHT"):
  opts["max_inflight_computations"] = int(os.environ["INFLIGHT"])
if os.environ.get("USE_TFRT"):
  opts["use_tfrt_gpu_client"] = True
if opts:
  jax.config.update("jax_pjrt_client_create_options", opts)
from batt_jax.bench import workload, measure, op_profile
from batt_jax.dsl.jax import slots
from batt_jax.runtime import engine, nodewise

out_dir = sys.argv[1]
programs = int(sys.argv[2]) if len(sys.argv) > 2 else 0
count = int(sys.argv[3]) if len(sys.argv) > 3 else None
os.makedirs(out_dir, exist_ok=True)
slots.set_mode("on")
res = {"device": str(jax.devices()[0].device_kind), "jax": jax.__version__}
def save():
  json.dump(res, open(os.path.join(out_dir, "host_probe.json"), "w"), indent=1)

spec = workload.Spec(data=("arc1-train", "arc1-eval"), count=count, programs=programs, chunk_size=400)
work = workload.build(spec, workload.load_tasks(spec))
coord = engine.make_coordinator("nodewise", 4096, devices=jax.devices()[:1], compile_processes=0 if os.environ.get("USE_TFRT") else None)
t = time.perf_counter()
compiled = measure.compile_chunks(work, coord, work.batch)
res["compile_s"] = time.perf_counter() - t
res["candidates"] = work.candidates; res["samples"] = work.samples
steps = [s for _, s, _, _ in compiled.steps]
res["plan_steps"] = sum(len(s.plan.steps) for s in steps)

def runs(threads, n=3):
  for s in steps: s.dispatch_threads = threads
  coord.dispatch_threads = threads
  coord.dispatch_s = 0.0
  ts = [measure.run_once(compiled, coord, work.batch) for _ in range(n)]
  return {"times": ts, "median": statistics.median(ts), "dispatch_s_per_run": coord.dispatch_s / n}

measure.run_once(compiled, coord, work.batch)
res["threads"] = {}
for th in ((1, 1) if os.environ.get("QUICK") else (1, 2, 4, 8, 1)):
  res["threads"][str(th) + ("b" if str(th) in res["threads"] else "")] = runs(th)
  print("threads", th, res["threads"], flush=True)
save()
for s in steps: s.dispatch_threads = 1
coord.dispatch_threads = 1

# Idle-device timing of every call, in plan order.
rows = coord.batch_rows(work.batch)
per = collections.defaultdict(lambda: [0.0, 0.0, 0, 0, 0])
calls = []
for step in steps:
  executables, score = step._compiled[rows]
  import numpy as np
  from batt_jax.runtime import megabatch as mb
  n = 1
  cells = np.zeros((n, rows, mb.S, mb.S), np.int8); hw = np.ones((n, rows, 2), np.int32) * 5
  sharding = score.input_shardings[0][-1]
  put = lambda tree: jax.device_put(tree, sharding)
  values = {("input", nodewise.INPUT): put(step._input(cells, hw))}
  for name in step.plan.constants:
    values[("const", name)] = put(step._constant(name, n, rows))
  for st, exe in zip(step.plan.steps, executables):
    args = [values[(o.kind, o.ref)] for o in st.leaves]
    jax.block_until_ready(args)
    t0 = time.perf_counter(); out = exe(*args); t1 = time.perf_counter()
    jax.block_until_ready(out); t2 = time.perf_counter()
    nin = len(jax.tree.leaves(args)); nout = len(jax.tree.leaves(out))
    name = nodewise.describe(st.tree)
    e = per[name]; e[0] += t1 - t0; e[1] += t2 - t0; e[2] += 1; e[3] = nin; e[4] = nout
    calls.append((t1 - t0, t2 - t0, nin, nout))
    values[("node", st.node)] = out
    for k in st.frees: del values[("node", k)]
host = [c[0] for c in calls]
res["idle_calls"] = {"calls": len(calls), "host_s": sum(host), "total_s": sum(c[1] for c in calls),
                     "host_median_us": 1e6 * statistics.median(host),
                     "host_p90_us": 1e6 * sorted(host)[int(.9 * len(host))],
                     "leaves_in_mean": statistics.mean(c[2] for c in calls),
                     "leaves_out_mean": statistics.mean(c[3] for c in calls)}
# host time by leaves bucket
buckets = collections.defaultdict(lambda: [0, 0.0])
for h, _, nin, nout in calls:
  b = buckets[(min(nin, 64) // 8 * 8, min(nout, 64) // 8 * 8)]; b[0] += 1; b[1] += h
res["idle_by_leaves"] = [{"in": k[0], "out": k[1], "calls": v[0], "host_us_mean": 1e6 * v[1] / v[0]}
                         for k, v in sorted(buckets.items())]
top = sorted(per.items(), key=lambda kv: -kv[1][0])[:40]
res["idle_top_host"] = [{"kernel": k[:160], "host_s": v[0], "total_s": v[1], "calls": v[2],
                         "in": v[3], "out": v[4]} for k, v in top]
# HLO stats of the top-host executables
save()
print("idle", res["idle_calls"], flush=True)

# Host trace: self time by event name per thread.
from jaxlib import _profile_data
scratch = tempfile.mkdtemp()
jax.profiler.start_trace(scratch)
t = time.perf_counter(); measure.run_once(compiled, coord, work.batch); wall = time.perf_counter() - t
jax.profiler.stop_trace()
f = sorted(glob.glob(os.path.join(scratch, "plugins", "profile", "*", "*.xplane.pb")))[-1]
res["trace_wall_s"] = wall
res["trace_bytes"] = os.path.getsize(f)
idx = re.compile(r"([._]\d+)+$")
data = _profile_data.ProfileData.from_file(f)
threads = []
for plane in list(data.planes):
  if not plane.name.startswith("/host"):
    continue
  for line in plane.lines:
    evs = sorted((e.start_ns, e.duration_ns, e.name) for e in line.events)
    if not evs: continue
    selft = collections.Counter(); incl = collections.Counter(); cnt = collections.Counter()
    stack = []  # (end, name, child_time)
    def pop_until(t):
      while stack and stack[-1][0] <= t:
        end, nm, child, dur = stack.pop()
        selft[nm] += dur - child
        if stack: stack[-1][2] += dur
    for s, d, nm in evs:
      pop_until(s)
      nm = idx.sub("", nm)[:120]
      incl[nm] += d; cnt[nm] += 1
      stack.append([s + d, nm, 0, d])
    pop_until(float("inf"))
    busy = sum(selft.values())
    threads.append({"plane": plane.name, "line": line.name, "events": len(evs), "busy_s": busy / 1e9,
                    "self_top": [(k, v / 1e9, cnt[k]) for k, v in selft.most_common(30)],
                    "incl_top": [(k, v / 1e9, cnt[k]) for k, v in incl.most_common(30)]})
threads.sort(key=lambda x: -x["busy_s"])
res["host_threads"] = threads[:8]
save()
try:
  sys.path.insert(0, os.path.dirname(__file__)); import gaps
  res["gaps"] = gaps.analyze(f)
except Exception as e:
  res["gaps"] = repr(e)
save()
if os.path.getsize(f) < 60e6:
  with open(f, "rb") as a, gzip.open(os.path.join(out_dir, "run.xplane.pb.gz"), "wb") as b:
    shutil.copyfileobj(a, b)
print(json.dumps(res["host_threads"][:2], indent=0)[:6000])
