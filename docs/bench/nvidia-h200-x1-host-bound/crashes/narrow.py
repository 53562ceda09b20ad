"""Which kernel faults under the DSL rewrites of dsl_rewrites.md (a probe, for a GPU).

Applies the rewrites to this process's JAX DSL (`core.to_frame`'s fit check
over the unshifted mask; `core.cell_counts` as packed sums), compiles the
whole library, then calls every kernel blocking, in plan order: the first
call that raises names the kernel, and its optimized HLO is written to OUT.
If none faults blocking, plain runs follow (a fault only there points at
overlap between executions, not at one kernel), then the run time and the
answers against the tree's own code, compiled after.

  CUDA_LAUNCH_BLOCKING=1 PYTHONPATH=. python \
      docs/bench/nvidia-h200-x1-host-bound/crashes/narrow.py OUT [to_frame,cell_counts]

QUICK=1: 20 programs x 10 tasks per dataset (a CPU check of the probe).
NO_COMMAND_BUFFERS=1: GPU executables without command buffers (CUDA graphs),
to see whether the fault needs them.
"""
import json, os, statistics, sys, time, traceback
import jax
import jax.numpy as jnp
from batt_jax.bench import measure, workload
from batt_jax.dsl import capacity
from batt_jax.dsl.jax import core, slots
from batt_jax.runtime import coordinator, engine, executable_cache, nodewise, results

out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
rewrites = (sys.argv[2] if len(sys.argv) > 2 else "to_frame,cell_counts").split(",")
quick = bool(os.environ.get("QUICK"))
if os.environ.get("NO_COMMAND_BUFFERS"):
  coordinator.GPU_COMMAND_BUFFER = ""
slots.set_mode("on"); executable_cache.enable(None)
res = {"device": jax.devices()[0].device_kind, "jax": jax.__version__, "rewrites": rewrites,
       "launch_blocking": os.environ.get("CUDA_LAUNCH_BLOCKING"),
       "command_buffer": coordinator.GPU_COMMAND_BUFFER}
save = lambda: json.dump(res, open(os.path.join(out_dir, "narrow.json"), "w"), indent=1)
S = core.S
original = {"to_frame": core.to_frame, "cell_counts": core.cell_counts}


def to_frame(patch, origin):
  """As core.to_frame; fits from the unshifted mask: every cell lands inside the frame."""
  di = patch.origin[0] - origin[0]
  dj = patch.origin[1] - origin[1]
  mask = core.shift_frame(patch.mask, di, dj, False)
  inside = (core.ROWS + di >= 0) & (core.ROWS + di < S) & (core.COLS + dj >= 0) & (core.COLS + dj < S)
  fits = ~jnp.any(patch.mask & ~inside)
  colors = core.patch_colors(patch)
  colors = core.shift_frame(colors, di, dj, 0) if colors is not None else None
  return mask, colors, fits


def cell_counts(cells, mask):
  """As core.cell_counts: colour c counted in 10-bit field c % 3 of word c // 3 (counts <= 900)."""
  c = cells.astype(jnp.int32)
  bits = jnp.where(mask, jnp.left_shift(jnp.uint32(1), (10 * (c % 3)).astype(jnp.uint32)),
                   jnp.uint32(0))
  words = [jnp.sum(jnp.where(c // 3 == w, bits, jnp.uint32(0)), dtype=jnp.uint32)
           for w in range(4)]
  return jnp.stack([(words[k // 3] >> (10 * (k % 3))) & 1023
                    for k in range(capacity.NUM_COLORS)]).astype(jnp.int32)


replacement = {"to_frame": to_frame, "cell_counts": cell_counts}


class Blocking:
  """An executable called blocking; the last one called is recorded."""
  last = None

  def __init__(self, exe, label):
    self.exe, self.label = exe, label

  def __call__(self, *args):
    Blocking.last = self.label
    return jax.block_until_ready(self.exe(*args))


spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400,
                     count=10 if quick else None, programs=20 if quick else 0)
work = workload.build(spec, workload.load_tasks(spec))
dev = jax.devices()[:1]


def compile_all():
  jax.clear_caches(); nodewise.clear_caches()
  coord = engine.make_coordinator("nodewise", 4096, devices=dev)
  start = time.perf_counter()
  compiled = measure.compile_chunks(work, coord, work.batch)
  return coord, compiled, time.perf_counter() - start


def answers(coord, compiled):
  acc = results.Accumulator(work.tasks, work.batch)
  cands = {p.name: p for p in work.built.candidates}
  for index, step, exe, n in compiled.steps:
    infos = engine.program_infos(work.built.chunks[index], cands)
    acc.add_chunk(coord.run_compiled(index, step, exe, work.batch, n,
                                     picker=acc.picker(infos)), infos)
  return acc.submission(), acc.report()


for name in rewrites:
  setattr(core, name, replacement[name])
coord, compiled, res["compile_s"] = compile_all(); save()
rows = coord.batch_rows(work.batch)
plain = {}
for _, step, _, _ in compiled.steps:
  executables, score = step._compiled[rows]
  plain[id(step)] = (executables, score)
  labels = [nodewise.describe(s.tree) for s in step.plan.steps]
  step._compiled[rows] = ([Blocking(e, l) for e, l in zip(executables, labels)], score)
try:
  res["blocking_run_s"] = measure.run_once(compiled, coord, work.batch)
  res["fault"] = None
except Exception as e:  # the probe's whole point: name the kernel that raised
  res["fault"] = {"kernel": Blocking.last, "error": repr(e)[:2000],
                  "traceback": traceback.format_exc()[-3000:]}
  for _, step, _, _ in compiled.steps:
    for wrapped in step._compiled[rows][0]:
      if wrapped.label == Blocking.last:
        with open(os.path.join(out_dir, "faulting_kernel.hlo.txt"), "w") as f:
          f.write(wrapped.exe.as_text())
        break
save(); print("fault", json.dumps(res["fault"])[:1500], flush=True)
if res["fault"] is None:
  for _, step, _, _ in compiled.steps:
    step._compiled[rows] = plain[id(step)]
  try:
    res["runs_s"] = [measure.run_once(compiled, coord, work.batch) for _ in range(3)]
    new = answers(coord, compiled)
    for name in rewrites:
      setattr(core, name, original[name])
    coord0, compiled0, res["compile_original_s"] = compile_all()
    res["runs_original_s"] = [measure.run_once(compiled0, coord0, work.batch) for _ in range(3)]
    old = answers(coord0, compiled0)
    res["same_answers"] = new == old
    res["median"] = {"rewrites": statistics.median(res["runs_s"]),
                     "original": statistics.median(res["runs_original_s"])}
  except Exception as e:
    res["plain_fault"] = repr(e)[:2000]
  save(); print({k: res.get(k) for k in ("median", "same_answers", "plain_fault")}, flush=True)
