"""Kernel calls grouped: several plan steps in one executable (a what-if for issue 7).

Usage (tree root): PYTHONPATH=. python group_probe.py OUT_DIR MODE:G [MODE:G ...]
  level:G  steps of one dependency level (independent of each other), at most
           G a group: their small kernels can run concurrently inside one
           command buffer, where separate calls run one after another;
  order:G  G consecutive steps of the plan (dependent ones too: XLA may fuse
           across them, and single-use values stay inside).
The whole library (nodewise, the tree's chain mode) is compiled as the bench
does; each grouping is traced here and compiled on a thread pool, then
replaces the step's `_in_order` (the same input, constants and scoring), so
answers are compared (`measure.answers`) and runs alternated in one process.
PROBE_COUNT / PROBE_PROGRAMS: a small smoke run (e.g. on the CPU); PROBE_CHAINS: the
base plan's chain mode (default auto).
group_probe.json after every step.
"""
import collections, json, os, statistics, sys, tempfile, time
from concurrent import futures


def groups_of(plan, mode, size):
  steps = list(plan.steps)
  if mode == "order":
    return [steps[i:i + size] for i in range(0, len(steps), size)]
  level = {}
  for s in steps:
    level[s.node] = 1 + max([level.get(o.ref, 0) for o in s.leaves if o.kind == "node"] or [0])
  by_level = collections.defaultdict(list)
  for s in steps:
    by_level[level[s.node]].append(s)
  return [ss[i:i + size] for l in sorted(by_level) for ss in (by_level[l],)
          for i in range(0, len(ss), size)]


def grouped(step, rows, mode, size, threads):
  """(runner replacing step._in_order, stats): the plan's steps `size` at a time."""
  import jax
  from batt_jax.runtime import nodewise
  from batt_jax.runtime.coordinator import compiler_options
  plan, devices = step.plan, step.devices
  groups = groups_of(plan, mode, size)
  where = {s.node: g for g, group in enumerate(groups) for s in group}
  last = {}
  for g, group in enumerate(groups):
    for s in group:
      for o in s.leaves:
        if o.kind == "node":
          last[o.ref] = max(last.get(o.ref, -1), g)
  kept = {o.ref for o in plan.outputs if o.kind == "node"}
  parts = []
  for g, group in enumerate(groups):
    inside = {s.node for s in group}
    ins = list(dict.fromkeys((o.kind, o.ref) for s in group for o in s.leaves
                             if not (o.kind == "node" and o.ref in inside)))
    outs = [s.node for s in group if s.node in kept or last.get(s.node, -1) > g]
    parts.append((group, ins, outs))

  def make(group, ins, outs):
    def fn(*args):
      values = dict(zip(ins, args))
      for s in group:
        values[("node", s.node)] = nodewise._evaluate(
            s.tree, iter([values[(o.kind, o.ref)] for o in s.leaves]))
      return tuple(values[("node", n)] for n in outs)
    fn.__name__ = f"group_{group[0].tree[1]}_{len(group)}"
    return jax.pmap(jax.vmap(fn), devices=devices)

  specs = step.leaf_specs(rows)
  options = compiler_options(devices)
  pool = futures.ThreadPoolExecutor(threads)
  compiling = []
  start = time.perf_counter()
  for g, (group, ins, outs) in enumerate(parts):
    if g % 20 == 0:  # progress, for a call cut short
      print(f"  lowering group {g} of {len(parts)} at {time.perf_counter() - start:.0f}s", flush=True)
    low = make(group, ins, outs).lower(*nodewise._lowerable([specs[k] for k in ins]))
    for n, spec in zip(outs, nodewise._spec(low.out_info)):
      specs[("node", n)] = spec
    compiling.append(pool.submit(low.compile, compiler_options=options))
  lower_s = time.perf_counter() - start
  executables = [f.result() for f in compiling]
  pool.shutdown()
  frees = collections.defaultdict(list)
  for n, g in last.items():
    if n not in kept:
      frees[g].append(("node", n))

  def in_order(_executables, values):
    for g, (executable, (_, ins, outs)) in enumerate(zip(executables, parts)):
      results = executable(*[values[k] for k in ins])
      for n, r in zip(outs, results):
        values[("node", n)] = r
      for k in frees[g]:
        values.pop(k, None)
    return tuple(values[(o.kind, o.ref)] for o in plan.outputs)

  return in_order, {"groups": len(groups), "steps": len(plan.steps), "lower_s": lower_s,
                    "compile_s": time.perf_counter() - start,
                    "largest": max(len(g) for g in groups)}


def main():
  import jax
  from batt_jax.bench import workload, measure
  from batt_jax.dsl.jax import slots
  from batt_jax.runtime import engine, executable_cache
  out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
  variants = [(arg.split(":")[0], int(arg.split(":")[1])) for arg in sys.argv[2:]]
  assert all(m in ("level", "order") for m, _ in variants), variants
  slots.set_mode("on")
  spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400,
                       count=int(os.environ.get("PROBE_COUNT", 0)) or None,
                       programs=int(os.environ.get("PROBE_PROGRAMS", 0)))
  work = workload.build(spec, workload.load_tasks(spec))
  res = {"device": jax.devices()[0].device_kind, "jax": jax.__version__,
         "evaluations": work.evaluations}
  save = lambda: json.dump(res, open(os.path.join(out_dir, "group_probe.json"), "w"), indent=1)
  executable_cache.enable(tempfile.mkdtemp())
  coord = engine.make_coordinator("nodewise", 4096, devices=jax.devices()[:1],
                                  compile_processes=os.cpu_count(),
                                  chain_nodes=os.environ.get("PROBE_CHAINS", "auto"))
  t = time.perf_counter(); c = measure.compile_chunks(work, coord, work.batch)
  res["compile_base_s"] = time.perf_counter() - t
  ((_, step, _, _),) = c.steps
  res["chain_nodes"] = coord.chain_nodes
  rows = coord.batch_rows(work.batch)
  runners = {"base": None}
  res["first_run_base_s"] = measure.run_once(c, coord, work.batch)
  res["answers_base"] = measure.answers(c, coord, work); save()
  print("base", res["compile_base_s"], res["answers_base"], flush=True)

  def use(name):
    if runners[name] is None:
      step.__dict__.pop("_in_order", None)
    else:
      step._in_order = runners[name]

  times = res.setdefault("times", {})

  def rounds(count):
    for r in range(count):
      order = list(runners) if r % 2 == 0 else list(reversed(runners))
      for name in order:
        use(name)
        times.setdefault(name, []).append(measure.run_once(c, coord, work.batch))
      save()

  for mode, size in variants:
    name = f"{mode}{size}"
    runners[name], res[f"stats_{name}"] = grouped(step, rows, mode, size, os.cpu_count())
    use(name)
    res[f"first_run_{name}_s"] = measure.run_once(c, coord, work.batch)
    res[f"answers_{name}"] = measure.answers(c, coord, work); save()
    print(name, res[f"stats_{name}"], res[f"answers_{name}"], flush=True)
    rounds(3)
  rounds(4)
  res["median_s"] = {k: statistics.median(v) for k, v in times.items()}
  save(); print(res["median_s"], flush=True)


if __name__ == "__main__":
  main()
