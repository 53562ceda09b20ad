"""One plan call's executable on the GPU against the CPU, on random operands.

Usage (tree root): PYTHONPATH=. python call_probe.py OUT_DIR NODE[:stack] ...
Builds the whole library's plan (chains off, groups of 16; `stack`: stacked),
takes the call computing NODE, runs it on [1, 4096] random operands on the
first device and on the CPU, and compares each member's value (valid-masked).
Each as the runtime compiles it, then without command buffers, then with
them scheduled serially, with autotuning, and with XLA's defaults. Writes each executable's optimised HLO.
"""
import json, os, sys
import numpy as np


def main():
  import jax
  from batt_jax.bench import workload
  from batt_jax.dsl.jax import slots
  from batt_jax.runtime import compile_workers, nodewise
  out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
  slots.set_mode("on")
  spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400)
  work = workload.build(spec, workload.load_tasks(spec))
  (graph,) = nodewise.chunk_graphs(work.built)
  types = nodewise.node_types(graph)
  plan = nodewise.plan(graph, "off")
  rows = 4096
  rng = np.random.default_rng(0)
  res = {"device": jax.devices()[0].device_kind}
  for arg in sys.argv[2:]:
    node, _, mode = arg.partition(":")
    node = int(node)
    calls = nodewise.calls(plan, 16, stack=mode == "stack")
    call = next(c for c in calls if node in c.nodes)
    specs = {}
    step = nodewise.NodewiseStep(graph, jax.devices()[:1])
    base = step.leaf_specs(rows)
    leaves = []
    for o in call.leaves:
      if o.kind == "node":
        spec_ = compile_workers._type_spec(types[o.ref], 1, rows)
      else:
        spec_ = base[(o.kind, o.ref)]
      def make(s, name):
        if s.dtype == np.bool_:
          return np.ones(s.shape, bool) if name == "valid" else rng.random(s.shape) < 0.5
        if str(types[o.ref] if o.kind == "node" else "") == "Point":
          return rng.integers(0, 10, s.shape).astype(s.dtype)
        return rng.integers(0, 10, s.shape).astype(s.dtype)
      if o.kind == "node":
        value = type(spec_)(**{f: make(getattr(spec_, f), f) for f in spec_.keys()})
      elif o.kind == "input":
        value = nodewise._broadcast(None, 1, rows) if False else None
        cells = rng.integers(0, 10, (1, rows, 30, 30)).astype(np.int8)
        hw = np.full((1, rows, 2), 30, np.int32)
        value = step._input(cells, hw)
      else:
        value = step._constant(o.ref, 1, rows)
      leaves.append(value)
    gpu = nodewise.kernel(call.kernel, jax.devices()[:1])
    cpu = nodewise.kernel(call.kernel, jax.devices("cpu")[:1])
    from batt_jax.runtime import coordinator as coordinator_lib
    lowered = gpu.lower(*leaves)
    want = call.values(jax.device_get(cpu(*leaves)))
    base = coordinator_lib.compiler_options(jax.devices()[:1])
    # The runtime's options, then each of them undone.
    variants = {"default": base}
    if base:
      variants["no_command_buffers"] = dict(base, xla_gpu_enable_command_buffer="")
      variants["serial"] = {k: v for k, v in base.items()
                            if k != "xla_gpu_command_buffer_scheduling_mode"}
      variants["autotune"] = {k: v for k, v in base.items() if k != "xla_gpu_autotune_level"}
      variants["xla_defaults"] = {}
    entry = {"kernel": nodewise.describe(call.kernel)}
    for variant, options in variants.items():
      compiled = lowered.compile(compiler_options=options)
      with open(os.path.join(out_dir, f"call_{node}_{mode or 'group'}_{variant}.hlo.txt"),
                "w") as f:
        f.write(compiled.as_text())
      got = call.values(jax.device_get(compiled(*leaves)))
      got2 = call.values(jax.device_get(compiled(*leaves)))
      members = []
      for n, g, g2, w in zip(call.nodes, got, got2, want):
        va, vb = np.asarray(g.valid), np.asarray(w.valid)
        diff = va != vb
        for x, y in zip(jax.tree.leaves(g), jax.tree.leaves(w)):
          x, y = np.asarray(x), np.asarray(y)
          diff |= va & vb & (x != y).reshape(x.shape[0], x.shape[1], -1).any(-1)
        again = any(not np.array_equal(np.asarray(x), np.asarray(y))
                    for x, y in zip(jax.tree.leaves(g), jax.tree.leaves(g2)))
        members.append({"node": n, "primitive": graph.nodes[n].primitive,
                        "rows_wrong": int(diff.sum()), "valid": int(vb.sum()),
                        "rerun_differs": again})
      entry[variant] = members
    res[arg] = entry
    print(arg, json.dumps(entry), flush=True)
    json.dump(res, open(os.path.join(out_dir, "call_probe.json"), "w"), indent=1)


if __name__ == "__main__":
  main()
