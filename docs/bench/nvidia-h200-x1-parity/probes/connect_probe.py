"""`connect` alone on the GPU against the CPU, on every pair of canvas points.

Usage (tree root): PYTHONPATH=. python connect_probe.py OUT_DIR
Runs jit(vmap(connect)) over all 900 x 900 point pairs on the first device
and on the CPU, as the primitive alone and inside a group of unrelated
primitives (as the runtime's group kernels hold it), and counts the pairs
whose values differ.
"""
import json, os, sys
import numpy as np


def main():
  import jax
  import jax.numpy as jnp
  from batt_jax.dsl import encoding, registry
  out_dir = sys.argv[1]; os.makedirs(out_dir, exist_ok=True)
  connect = registry.get("connect").jax
  grid = np.stack(np.meshgrid(np.arange(30), np.arange(30), indexing="ij"), -1).reshape(-1, 2)
  a = np.repeat(grid, len(grid), 0).astype(np.int32)
  b = np.tile(grid, (len(grid), 1)).astype(np.int32)
  ok = np.ones(len(a), bool)

  def alone(a, b, va, vb):
    return connect(encoding.Point(value=a, valid=va), encoding.Point(value=b, valid=vb))

  def grouped(a, b, va, vb):
    # Unrelated members beside connect, and connect on derived operands.
    p, q = encoding.Point(value=a, valid=va), encoding.Point(value=b, valid=vb)
    other = encoding.Point(value=jnp.stack([jnp.zeros_like(b[0]), b[1]]), valid=vb)
    return (connect(p, q), connect(q, p), connect(p, other),
            registry.get("shoot").jax(p, q))

  res = {"device": jax.devices()[0].device_kind, "pairs": int(len(a))}
  for name, fn in (("alone", alone), ("grouped", grouped)):
    outs = {}
    for dev in (jax.devices()[0], jax.devices("cpu")[0]):
      f = jax.jit(jax.vmap(fn))
      args = [jax.device_put(x, dev) for x in (a, b, ok, ok)]
      outs[dev.platform] = jax.device_get(f(*args))
    gpu, cpu = outs[jax.devices()[0].platform], outs["cpu"]
    wrong = np.zeros(len(a), bool)
    for x, y in zip(jax.tree.leaves(gpu), jax.tree.leaves(cpu)):
      wrong |= (np.asarray(x) != np.asarray(y)).reshape(len(a), -1).any(-1)
    rows = np.flatnonzero(wrong)
    res[name] = {"pairs_wrong": int(wrong.sum()),
                 "examples": [[a[i].tolist(), b[i].tolist()] for i in rows[:8]]}
    print(name, json.dumps(res[name]), flush=True)
  json.dump(res, open(os.path.join(out_dir, "connect_probe.json"), "w"), indent=1)


if __name__ == "__main__":
  main()
