"""Does starting device work block while the device is busy? (H100 probe, ~30 s)

    python docs/bench/search/h100_dispatch_probe.py OUT.json
"""
import json, os, sys, time
import numpy as np, jax, jax.numpy as jnp

@jax.jit
def heavy(x):  # ~100+ ms of matmuls
  def body(i, y):
    return jnp.tanh(y @ x)
  return jax.lax.fori_loop(0, 10, body, x)

@jax.jit
def gather(x, idx):
  return x[idx]

x = jnp.ones((8192, 8192), jnp.float32) * 1e-4
cells = jnp.zeros((1 << 17, 30, 30), jnp.int8)
idx_np = np.arange(65536, dtype=np.int32)
heavy(x).block_until_ready(); gather(cells, jnp.asarray(idx_np)).block_until_ready()
out = {"device": str(jax.devices()[0]), "jax": jax.__version__}
t = time.perf_counter(); heavy(x).block_until_ready(); out["heavy_alone_s"] = time.perf_counter() - t

def probe(name, fn):
  y = heavy(x)  # in flight
  t0 = time.perf_counter(); r = fn(); t1 = time.perf_counter()
  y.block_until_ready(); t2 = time.perf_counter()
  jax.block_until_ready(r)
  out[name] = {"start_s": t1 - t0, "rest_of_heavy_s": t2 - t1}

probe("second_heavy_call", lambda: heavy(x))
probe("device_put_256KiB", lambda: jnp.asarray(idx_np))
probe("device_put_59MB", lambda: jnp.asarray(np.zeros((65536, 900), np.int8)))
idx_d = jnp.asarray(idx_np)
probe("gather_call_device_args", lambda: gather(cells, idx_d))
probe("gather_call_host_idx", lambda: gather(cells, jnp.asarray(idx_np)))
probe("jax_device_put", lambda: jax.device_put(idx_np))
def two():
  a = heavy(x); b = heavy(x); return (a, b)
probe("two_heavy_calls", two)
out["memory_stats"] = {k: v for k, v in (jax.devices()[0].memory_stats() or {}).items()
                       if k in ("bytes_in_use", "bytes_limit", "peak_bytes_in_use")}
json.dump(out, open(sys.argv[1], "w"), indent=1)
print(json.dumps(out, indent=1))
