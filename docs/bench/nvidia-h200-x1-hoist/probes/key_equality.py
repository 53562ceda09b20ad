"""Ways to compute a batch of [K, K] element-equality matrices from [K, W] uint32 keys.

`reduce` is containers._equal_matrix as it stands (all words equal, one reduce
over [B, K, K, W]); `matmul` unpacks the keys to nibbles and uses
sum (a - b)^2 = |a|^2 + |b|^2 - 2 a.b, an int8 dot with int32 sums (exact);
`hash` compares two 32-bit hashes per element (not exact alone: for timing).
Usage: PYTHONPATH=. python key_equality.py
"""
import time
import jax
import jax.numpy as jnp
import numpy as np

B, K, W = 4096, 48, 122


def reduce(ka, kb):
  return jnp.all(ka[:, None, :] == kb[None, :, :], axis=-1)


def nibbles(k):
  shifts = jnp.arange(0, 32, 4, dtype=jnp.uint32)
  return ((k[..., None] >> shifts) & 15).astype(jnp.int8).reshape(k.shape[:-1] + (-1,))


def matmul(ka, kb):
  na, nb = nibbles(ka), nibbles(kb)
  dot = jnp.einsum("kn,ln->kl", na, nb, preferred_element_type=jnp.int32)
  sa = jnp.sum(na.astype(jnp.int32) ** 2, axis=-1)
  sb = jnp.sum(nb.astype(jnp.int32) ** 2, axis=-1)
  return sa[:, None] + sb[None, :] - 2 * dot == 0


def mix(k, seed):
  m = jnp.asarray(np.random.RandomState(seed).randint(1, 2**31, k.shape[-1]) * 2 + 1, jnp.uint32)
  x = k * m
  x = x ^ (x >> 15)
  x = x * jnp.uint32(0x2C1B3C6D)
  return jnp.sum(x ^ (x >> 13), axis=-1, dtype=jnp.uint32)


def hashed(ka, kb):
  return (mix(ka, 0)[:, None] == mix(kb, 0)[None, :]) & (mix(ka, 1)[:, None] == mix(kb, 1)[None, :])


def timeit(f, *args):
  f(*args).block_until_ready()
  ts = []
  for _ in range(20):
    t = time.perf_counter(); f(*args).block_until_ready(); ts.append(time.perf_counter() - t)
  return sorted(ts)[len(ts) // 2]


def main():
  rng = np.random.RandomState(0)
  base = (rng.rand(B, K, W) < 0.05) * rng.randint(0, 2**30, (B, K, W))
  ka = jnp.asarray(base, jnp.uint32)
  perm = rng.rand(B, K).argsort(axis=1)
  kb_np = np.take_along_axis(base, perm[..., None], axis=1).copy()
  kb_np[:, ::3, 5] ^= 1  # a third not equal to any
  kb = jnp.asarray(kb_np, jnp.uint32)
  results = {}
  for name, fn in (("reduce", reduce), ("matmul", matmul), ("hash", hashed)):
    f = jax.jit(jax.vmap(fn))
    results[name] = np.asarray(f(ka, kb))
    print(name, "%.1f us" % (timeit(f, ka, kb) * 1e6),
          "same as reduce:", bool((results[name] == results["reduce"]).all()), flush=True)


if __name__ == "__main__":
  main()
