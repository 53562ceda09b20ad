"""Where GPU results of (chains, group, stack) sets part: node by node, then on the CPU.

Usage (tree root): PYTHONPATH=. python node_diag.py OUT_DIR NAME=chains:group:stack ...
Env PROBE_TARGETS: programs whose ancestors' values are kept and compared.
Values compare as the DSL reads them: rows whose `valid` differs, or valid in
both and some field differs. For every node that differs while its node
operands agree ("first divergences"), its kernel tree is run on the CPU on the
same operands (fetched from the first set), and each set's value is compared.
"""
import collections, dataclasses, json, os, sys, tempfile, time
import numpy as np


def main():
  import jax
  from batt_jax.bench import workload
  from batt_jax.dsl.jax import slots
  from batt_jax.runtime import executable_cache, nodewise
  from batt_jax.runtime import megabatch as mb
  out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
  sets = [(a.partition("=")[0], *a.partition("=")[2].split(":")) for a in sys.argv[2:]]
  slots.set_mode("on")
  executable_cache.enable(tempfile.mkdtemp())
  spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400,
                       programs=int(os.environ.get("PROBE_PROGRAMS", 0)),
                       count=int(os.environ.get("PROBE_COUNT", 0)) or None)
  work = workload.build(spec, workload.load_tasks(spec))
  (graph,) = nodewise.chunk_graphs(work.built)
  targets = os.environ["PROBE_TARGETS"].split(",")
  keep = set()
  stack_ = [graph.outputs[graph.program_names.index(t)].ref for t in targets]
  while stack_:
    k = stack_.pop()
    if k in keep: continue
    keep.add(k)
    stack_.extend(o.ref for o in graph.nodes[k].operands if o.kind == "node")
  res = {"device": jax.devices()[0].device_kind, "targets": targets, "keep": len(keep)}
  save = lambda: json.dump(res, open(os.path.join(out_dir, "node_diag.json"), "w"), indent=1, default=str)
  batch = work.batch
  captured = {}
  steps = {}
  from batt_jax.runtime import coordinator as coordinator_lib
  for name, chains, group, stack, *sched in sets:
    coordinator_lib.GPU_COMMAND_BUFFER_SCHEDULING = {"cc": "CONCURRENT", "ser": ""}[(sched or ["cc"])[0]]
    res[f"options_{name}"] = coordinator_lib.compiler_options(jax.devices()[:1])
    coord = nodewise.NodewiseCoordinator(4096, devices=jax.devices()[:1], chain_nodes=chains,
                                         group_steps=group, compile_processes=os.cpu_count())
    coord.stack_steps = nodewise.stack_mode(stack)
    step = coord.make_step(graph)
    step.calls = tuple(dataclasses.replace(c, frees=tuple(f for f in c.frees if f not in keep))
                       for c in step.calls)
    original = step._in_order
    got = []
    def capture(executables, values, original=original, got=got):
      out = original(executables, values)
      got.append({(k[1] if k[0] == "node" else k): jax.device_get(v) for k, v in values.items()
                  if k[0] != "node" or k[1] in keep})
      return out
    step._in_order = capture
    t = time.perf_counter()
    step.compile(coord.batch_rows(batch))
    coord.run_compiled(0, step, None, batch, len(graph.outputs))
    res[f"run_{name}_s"] = time.perf_counter() - t
    print(name, "batches", len(got), res[f"run_{name}_s"], flush=True)
    captured[name] = got[0]  # the first batch
    steps[name] = step
    save()

  def row_diff(a, b):
    va, vb = np.asarray(a.valid), np.asarray(b.valid)
    diff = va != vb
    both = va & vb
    for x, y in zip(jax.tree.leaves(a), jax.tree.leaves(b)):
      x, y = np.asarray(x), np.asarray(y)
      d = (x != y).reshape(x.shape[0] * x.shape[1], -1).any(axis=1).reshape(x.shape[:2])
      diff |= both & d
    return diff  # [n, rows]

  first = sets[0][0]
  trees = {s.node: s for s in steps[first].plan.steps}
  for name, *_ in sets[1:]:
    a, b = captured[first], captured[name]
    common = sorted(k for k in set(a) & set(b) if isinstance(k, int))
    differing = {}
    for k in common:
      d = row_diff(a[k], b[k])
      if d.any() or (os.environ.get("PROBE_FORCE") and k == common[-1]):
        differing[k] = d
    report = []
    for k, d in differing.items():
      node = graph.nodes[k]
      inputs_differ = [o.ref for o in node.operands if o.kind == "node" and o.ref in differing]
      report.append({"node": k, "primitive": node.primitive, "rows": int(d.sum()),
                     "operands": [f"{o.kind}:{o.ref}" for o in node.operands],
                     "node_operands_differing": inputs_differ})
    res[f"diff_{first}_{name}"] = {"compared": len(common), "differing": report}
    print(name, "vs", first, "compared", len(common), "differing", len(report), flush=True)
    for r in report:
      if not r["node_operands_differing"]:
        print("  FIRST", json.dumps(r), flush=True)
    save()

  # Re-evaluate each first divergence's node on the CPU from the first set's operand values.
  cpu = jax.devices("cpu")[:1]
  checks = []
  for name, *_ in sets[1:]:
    for r in res[f"diff_{first}_{name}"]["differing"]:
      if r["node_operands_differing"]:
        continue
      k = r["node"]
      plan_off = nodewise.plan(graph, "off")
      st = next(s for s in plan_off.steps if s.node == k)
      leaves = []
      ok = True
      for o in st.leaves:
        key = o.ref if o.kind == "node" else (o.kind, o.ref)
        if key not in captured[first]:
          ok = False
          break
        leaves.append(captured[first][key])
      if not ok:
        checks.append({"node": k, "skipped": "operands not captured"}); continue
      fn = jax.jit(jax.vmap(jax.vmap(lambda *ls: nodewise._evaluate(st.tree, iter(ls)))), backend="cpu")
      want = jax.device_get(fn(*leaves))
      entry = {"node": k, "tree": nodewise.describe(st.tree), "set": name}
      for s in (first, name):
        entry[f"{s}_rows_wrong"] = int(row_diff(want, captured[s][k]).sum())
      rows = np.nonzero(row_diff(want, captured[name][k]) | row_diff(want, captured[first][k]))
      entry["example_rows"] = [int(x) for x in rows[1][:5]]
      if len(rows[1]):
        r0 = rows[1][0]
        entry["example"] = {"operands": [jax.tree.map(lambda x: np.asarray(x)[0, r0].tolist(), l) for l in leaves],
                            "cpu": jax.tree.map(lambda x: np.asarray(x)[0, r0].tolist(), want),
                            first: jax.tree.map(lambda x: np.asarray(x)[0, r0].tolist(), captured[first][k]),
                            name: jax.tree.map(lambda x: np.asarray(x)[0, r0].tolist(), captured[name][k])}
      checks.append(entry)
      print("CHECK", json.dumps({x: y for x, y in entry.items() if x != "example"}), flush=True)
  for name, *_ in sets:
    own = {s.node: s for s in steps[name].plan.steps}
    for k in [int(x) for x in os.environ.get("PROBE_CHECK", "").split(",") if x]:
      if k not in own or k not in captured[name]:
        checks.append({"node": k, "set": name, "skipped": "not materialised"}); continue
      st = own[k]
      keys = [o.ref if o.kind == "node" else (o.kind, o.ref) for o in st.leaves]
      if any(key not in captured[name] for key in keys):
        checks.append({"node": k, "set": name, "skipped": "operands not captured"}); continue
      leaves = [captured[name][key] for key in keys]
      fn = jax.jit(jax.vmap(jax.vmap(lambda *ls, st=st: nodewise._evaluate(st.tree, iter(ls)))),
                   backend="cpu")
      want = jax.device_get(fn(*leaves))
      entry = {"node": k, "set": name, "tree": nodewise.describe(st.tree),
               "rows_wrong": int(row_diff(want, captured[name][k]).sum())}
      checks.append(entry)
      print("OWNCHECK", json.dumps(entry), flush=True)
  res["cpu_checks"] = checks
  save()


if __name__ == "__main__":
  main()
