"""Which formulations of `connect` the GPU computes rightly inside the
stacked executable that miscomputes it (call_probe.py: node 2794, stacked).

Usage (tree root): PYTHONPATH=. python connect_variants.py OUT_DIR
1. A minimal pattern on its own: d: [7, 4096, 2] -> (d[..., 1] == 0,
   max(|d[..., 0]|, |d[..., 1]|), (d[..., 0] > 0) == (d[..., 1] > 0)), each
   transposed to [4096, 7], as XLA fused it in the wrong executable.
2. The stacked executable itself with each formulation of connect swapped
   in, on [1, 4096] random operands, against the CPU's values (the current
   formulation, which the CPU computes rightly). Writes each optimised HLO.
"""
import json, os, sys
import numpy as np


def variants():
  import jax.numpy as jnp
  from jax import lax
  from batt_jax.dsl.jax import patches
  S, ROWS, COLS = patches.S, patches.ROWS, patches.COLS

  def body(a, b, di, dj, n):
    horizontal, vertical = di == 0, dj == 0
    same_sign = (di > 0) == (dj > 0)
    mask = jnp.where(
        horizontal, (ROWS == 0) & (COLS <= n),
        jnp.where(vertical, (COLS == 0) & (ROWS <= n),
                  jnp.where(same_sign, (ROWS == COLS) & (ROWS <= n), ROWS + COLS == n)))
    aligned = horizontal | vertical | (jnp.abs(di) == jnp.abs(dj))
    return patches._indices(mask & aligned, jnp.minimum(a, b), ~aligned | (n < S))

  def negmax(a, b):
    a, b = a.value, b.value
    di, dj = b[0] - a[0], b[1] - a[1]
    return body(a, b, di, dj, jnp.maximum(jnp.maximum(di, -di), jnp.maximum(dj, -dj)))

  def reduce(a, b):
    a, b = a.value, b.value
    d = b - a
    return body(a, b, d[0], d[1], jnp.max(jnp.abs(d)))

  def barrier(a, b):
    a, b = a.value, b.value
    di, dj = lax.optimization_barrier((b[0] - a[0], b[1] - a[1]))
    return body(a, b, di, dj, jnp.maximum(jnp.abs(di), jnp.abs(dj)))

  def span(a, b):
    # n from the bounding box: max - min per axis, no abs and no sign.
    a, b = a.value, b.value
    lo, hi = jnp.minimum(a, b), jnp.maximum(a, b)
    ext = hi - lo
    di, dj = b[0] - a[0], b[1] - a[1]
    return body(a, b, di, dj, jnp.maximum(ext[0], ext[1]))

  return {"current": patches.connect, "negmax": negmax, "reduce": reduce,
          "barrier": barrier, "span": span}


def minimal(res):
  import jax
  import jax.numpy as jnp

  def f(d):
    ad = jnp.abs(d)
    t = lambda x: jnp.transpose(x, (1, 0, 2))
    return (t(d[..., 1:2] == 0), t(jnp.maximum(ad[..., 0:1], ad[..., 1:2])),
            t((d[..., 0:1] > 0) == (d[..., 1:2] > 0)))

  d = np.random.default_rng(1).integers(-9, 10, (7, 4096, 2)).astype(np.int32)
  got = jax.device_get(jax.jit(f)(jax.device_put(d, jax.devices()[0])))
  want = jax.device_get(jax.jit(f)(jax.device_put(d, jax.devices("cpu")[0])))
  res["minimal"] = [int((np.asarray(g) != np.asarray(w)).sum()) for g, w in zip(got, want)]
  print("minimal", res["minimal"], flush=True)


def main():
  import jax
  from batt_jax.bench import workload
  from batt_jax.dsl import registry
  from batt_jax.dsl.jax import slots
  from batt_jax.runtime import compile_workers, nodewise
  from batt_jax.runtime import coordinator as coordinator_lib
  out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
  res = {"device": jax.devices()[0].device_kind}
  minimal(res)
  slots.set_mode("on")
  spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400)
  work = workload.build(spec, workload.load_tasks(spec))
  (graph,) = nodewise.chunk_graphs(work.built)
  types = nodewise.node_types(graph)
  call = next(c for c in nodewise.calls(nodewise.plan(graph, "off"), 16, stack=True)
              if 2794 in c.nodes)
  rows, rng = 4096, np.random.default_rng(0)
  step = nodewise.NodewiseStep(graph, jax.devices()[:1])
  leaves = []
  for o in call.leaves:
    if o.kind == "node":
      s = compile_workers._type_spec(types[o.ref], 1, rows)
      leaves.append(type(s)(**{
          f: (np.ones(v.shape, bool) if f == "valid" else rng.random(v.shape) < 0.5)
          if v.dtype == np.bool_ else rng.integers(0, 10, v.shape).astype(v.dtype)
          for f, v in ((f, getattr(s, f)) for f in s.keys())}))
    elif o.kind == "input":
      leaves.append(step._input(rng.integers(0, 10, (1, rows, 30, 30)).astype(np.int8),
                                np.full((1, rows, 2), 30, np.int32)))
    else:
      leaves.append(step._constant(o.ref, 1, rows))
  want = call.values(jax.device_get(nodewise.kernel(call.kernel, jax.devices("cpu")[:1])(*leaves)))
  options = coordinator_lib.compiler_options(jax.devices()[:1])
  for name, fn in variants().items():
    registry.REGISTRY["connect"].jax = fn
    nodewise.clear_caches()
    compiled = nodewise.kernel(call.kernel, jax.devices()[:1]).lower(*leaves).compile(
        compiler_options=options)
    with open(os.path.join(out_dir, f"stack_2794_{name}.hlo.txt"), "w") as f:
      f.write(compiled.as_text())
    got = call.values(jax.device_get(compiled(*leaves)))
    wrong = {}
    for n, g, w in zip(call.nodes, got, want):
      va, vb = np.asarray(g.valid), np.asarray(w.valid)
      diff = va != vb
      for x, y in zip(jax.tree.leaves(g), jax.tree.leaves(w)):
        x, y = np.asarray(x), np.asarray(y)
        diff |= va & vb & (x != y).reshape(x.shape[0], x.shape[1], -1).any(-1)
      if diff.any():
        wrong[f"{n}:{graph.nodes[n].primitive}"] = int(diff.sum())
    res[name] = wrong
    print(name, json.dumps(wrong), flush=True)
    json.dump(res, open(os.path.join(out_dir, "connect_variants.json"), "w"), indent=1)


if __name__ == "__main__":
  main()
