"""Device time by DSL source line (command buffers off, every kernel visible), then a TILES A/B.

Phase 1: every kernel call runs blocking inside a TraceAnnotation; the trace's
GPU operations are attributed to the call whose window holds them, and each
fusion to the DSL source lines in its HLO metadata (the executable's as_text).
Phase 2 (TILES env, e.g. 32): command buffers back on; the library compiled
with slots.TILES = BASE_TILES (env, default 8) and with TILES, runs alternated.
"""
import collections, glob, json, os, re, statistics, sys, tempfile, time
import jax
from jaxlib import _profile_data
from batt_jax.bench import workload, measure
from batt_jax.dsl.jax import slots
from batt_jax.runtime import coordinator as coordinator_lib, engine, executable_cache, nodewise

out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
quick = bool(os.environ.get("QUICK"))
slots.set_mode("on")
executable_cache.enable(None)
res = {"device": jax.devices()[0].device_kind, "jax": jax.__version__}
save = lambda: json.dump(res, open(os.path.join(out_dir, "line_probe.json"), "w"), indent=1)
spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400,
                     count=10 if quick else None, programs=20 if quick else 0)
work = workload.build(spec, workload.load_tasks(spec))
dev = jax.devices()[:1]

_FRAME_REF = re.compile(r'stack_frame_id=(\d+)')
_OLD_META = re.compile(r'source_file="([^"]+)" source_line=(\d+)')


def _frames(text):
  """stack_frame_id -> 'file:line function' (the frame's own location: JAX's innermost user frame)."""
  tables = {"FileNames": {}, "FunctionNames": {}, "FileLocations": {}, "StackFrames": {}}
  cur = None
  for line in text.splitlines():
    if line.strip() in tables:
      cur = tables[line.strip()]; continue
    if cur is None: continue
    if not line.strip():
      continue
    if line.startswith(("%", "ENTRY", "ROOT")) or "{" in line and "=" not in line.split("{")[0] and not line[0].isdigit():
      cur = None; continue
    m = re.match(r'^(\d+) (.*)$', line.strip())
    if not m: cur = None; continue
    cur[int(m.group(1))] = m.group(2)
  names = {k: v.strip('"') for k, v in tables["FileNames"].items()}
  fns = {k: v.strip('"') for k, v in tables["FunctionNames"].items()}
  locs = {}
  for k, v in tables["FileLocations"].items():
    d = dict(re.findall(r'(\w+)=(\d+)', v))
    locs[k] = f"{os.path.basename(names.get(int(d.get('file_name_id', 0)), '?'))}:{d.get('line')} {fns.get(int(d.get('function_name_id', 0)), '?')}"
  frames = {}
  for k, v in tables["StackFrames"].items():
    d = dict(re.findall(r'(\w+)=(\d+)', v))
    frames[k] = locs.get(int(d.get("file_location_id", 0)), "?")
  return frames


def sources(text):
  """op name (dots as underscores) -> Counter of 'file:line fn' in it and its called computation."""
  frames = _frames(text)
  comps, cur = {}, None
  for line in text.splitlines():
    m = re.match(r'^(?:ENTRY )?%([\w.\-]+) \(.*\{\s*$', line)
    if m:
      cur = m.group(1); comps[cur] = []
      continue
    if cur is not None:
      comps[cur].append(line)

  def refs(line):
    c = collections.Counter(frames.get(int(i), "?") for i in _FRAME_REF.findall(line))
    for f, l in _OLD_META.findall(line):
      c[f"{os.path.basename(f)}:{l}"] += 1
    return c

  out = {}
  for name, lines in comps.items():
    for line in lines:
      m = re.match(r'^\s*(?:ROOT )?%([\w.\-]+) = ', line)
      if not m:
        continue
      c = refs(line)
      for called in re.findall(r'(?:calls|body|condition|to_apply)=%([\w.\-]+)', line):
        for l2 in comps.get(called, []):
          c.update(refs(l2))
      out[m.group(1).replace(".", "_")] = c
  return out


class Named:
  def __init__(self, exe, label):
    self.exe, self.label = exe, label
  def __call__(self, *args):
    with jax.profiler.TraceAnnotation(self.label):
      return jax.block_until_ready(self.exe(*args))


def phase1():
  coordinator_lib.GPU_COMMAND_BUFFER = ""
  coord = engine.make_coordinator("nodewise", 4096, devices=dev)
  t = time.perf_counter(); compiled = measure.compile_chunks(work, coord, work.batch)
  res["p1_compile_s"] = time.perf_counter() - t
  rows = coord.batch_rows(work.batch)
  labels = {}
  exes = {}
  for _, step, _, _ in compiled.steps:
    executables, score = step._compiled[rows]
    wrapped = []
    for i, (s, exe) in enumerate(zip(step.plan.steps, executables)):
      label = f"K{len(labels)}"
      labels[label] = (nodewise.describe(s.tree), id(exe))
      exes[id(exe)] = exe
      wrapped.append(Named(exe, label))
    step._compiled[rows] = (wrapped, score)
  res["p1_untraced_s"] = measure.run_once(compiled, coord, work.batch)
  scratch = tempfile.mkdtemp()
  jax.profiler.start_trace(scratch)
  t = time.perf_counter(); measure.run_once(compiled, coord, work.batch)
  res["p1_traced_s"] = time.perf_counter() - t
  jax.profiler.stop_trace()
  save()
  f = sorted(glob.glob(os.path.join(scratch, "plugins", "profile", "*", "*.xplane.pb")))[-1]
  planes = list(_profile_data.ProfileData.from_file(f).planes)
  windows = []
  for p in planes:
    if p.name.startswith("/host:"):
      for line in p.lines:
        for e in line.events:
          if e.name in labels:
            windows.append((e.start_ns, e.start_ns + e.duration_ns, e.name))
  windows.sort()
  starts = [w[0] for w in windows]
  import bisect
  ops = []
  gpu = any(p.name.startswith("/device:") for p in planes)
  for p in planes:
    if p.name.startswith("/device:") or (not gpu and p.name == "/host:CPU"):
      for line in p.lines:
        if line.name.startswith("Stream") or (not gpu and line.name.startswith("tf_XLA")):
          for e in line.events:
            i = bisect.bisect_right(starts, e.start_ns) - 1
            lab = windows[i][2] if i >= 0 and e.start_ns < windows[i][1] + 50_000 else None
            ops.append((lab, e.name, e.duration_ns / 1e9))
  res["p1_ops"] = len(ops); res["p1_unattributed_s"] = sum(d for l, _, d in ops if l is None)
  res["p1_device_s"] = sum(d for _, _, d in ops)
  text_cache = {}
  by_line = collections.Counter(); by_file_fn = collections.Counter(); by_kernel = collections.Counter()
  by_op = collections.Counter(); unknown = collections.Counter(); top_src = {}
  for lab, name, d in ops:
    if lab is None:
      continue
    kernel, eid = labels[lab]
    by_kernel[kernel] += d
    if eid not in text_cache:
      try:
        text_cache[eid] = sources(exes[eid].as_text())
      except Exception as e:
        text_cache[eid] = {}
    src = text_cache[eid].get(name.replace(".", "_"))
    if not src:
      unknown[re.sub(r"[._]\d+$", "", name)] += d
      continue
    dsl = collections.Counter({k: v for k, v in src.items() if k != "?"}) or src
    total = sum(dsl.values())
    for k, v in dsl.items():
      by_line[k] += d * v / total  # split by how many of the fusion's ops come from each line
    by_op[(re.sub(r"[._]\d+$", "", name), dsl.most_common(1)[0][0])] += d
  res["p1_by_line"] = by_line.most_common(60)
  res["p1_by_op_line"] = [(k[0], k[1], v) for k, v in by_op.most_common(60)]
  res["p1_unknown"] = unknown.most_common(20)
  res["p1_by_kernel"] = [(k[:160], v) for k, v in by_kernel.most_common(40)]
  save()
  print("phase1", res["p1_traced_s"], res["p1_device_s"], res["p1_unattributed_s"], flush=True)
  for k, v in by_line.most_common(25): print(f"  {v:8.4f} {k}")


def phase2(tiles):
  coordinator_lib.GPU_COMMAND_BUFFER = "FUSION,CUBLAS,CUBLASLT,CUSTOM_CALL,CUDNN,WHILE,CONDITIONAL"
  comp = {}
  base = int(os.environ.get("BASE_TILES", "8"))
  for name, t_ in ((f"t{base}", base), (f"t{tiles}", tiles)):
    slots.TILES = t_
    jax.clear_caches(); nodewise.clear_caches()
    coord = engine.make_coordinator("nodewise", 4096, devices=dev)
    t = time.perf_counter(); c = measure.compile_chunks(work, coord, work.batch)
    res[f"p2_compile_{name}_s"] = time.perf_counter() - t
    measure.run_once(c, coord, work.batch)
    comp[name] = (c, coord); save()
    print(name, res[f"p2_compile_{name}_s"], flush=True)
  times = {k: [] for k in comp}
  for r in range(5):
    for k, (c, coord) in comp.items():
      times[k].append(measure.run_once(c, coord, work.batch))
    res["p2_times"] = times; save()
  res["p2_median"] = {k: statistics.median(v) for k, v in times.items()}
  save(); print(res["p2_median"], flush=True)


if os.environ.get("PHASE1", "1") == "1":
  phase1()
if os.environ.get("TILES"):
  phase2(int(os.environ["TILES"]))
