"""Shifting [N, 30, 30] patches by per-row offsets: pad + dynamic_slice (core.shift_frame) vs one-hot matmuls."""
import sys, time, statistics
import jax, jax.numpy as jnp, numpy as np
from batt_jax.dsl.jax import core
S = 30
def by_slice(x, di, dj):
  return jax.vmap(core.shift_frame, (0, 0, 0, None))(x, di, dj, 0)
def by_matmul(x, di, dj, dtype):
  a = jnp.arange(S)
  pi = (a[None, :, None] - di[:, None, None] == a[None, None, :]).astype(dtype)  # out row r <- in row r - di
  pj = (a[None, :, None] - dj[:, None, None] == a[None, None, :]).astype(dtype)
  y = jnp.einsum("nrb,nbc,nkc->nrk", pi, x.astype(dtype), pj, precision=jax.lax.Precision.HIGHEST)
  return y.astype(x.dtype)
def timed(f, *args):
  f = jax.jit(f); out = jax.block_until_ready(f(*args)); ts = []
  for _ in range(10):
    t = time.perf_counter(); jax.block_until_ready(f(*args)); ts.append(time.perf_counter() - t)
  return out, statistics.median(ts)
n = int(sys.argv[1]) if len(sys.argv) > 1 else 3499 * 48
rng = np.random.default_rng(0)
x = jnp.asarray(rng.integers(0, 10, (n, S, S)) * (rng.random((n, S, S)) < 0.3), jnp.int8)
di = jnp.asarray(rng.integers(-29, 30, n), jnp.int32); dj = jnp.asarray(rng.integers(-29, 30, n), jnp.int32)
ref, t0 = timed(by_slice, x, di, dj)
print(jax.devices()[0].device_kind, "rows", n, "pad+dynamic_slice ms", round(t0 * 1e3, 3))
for dt in (jnp.float32, jnp.bfloat16, jnp.float16):
  out, t = timed(lambda x, di, dj: by_matmul(x, di, dj, dt), x, di, dj)
  print(dt.__name__, "matmul ms", round(t * 1e3, 3), "equal", bool((out == ref).all()))
