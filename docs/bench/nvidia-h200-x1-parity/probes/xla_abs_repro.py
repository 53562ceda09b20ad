"""Standalone reproducer of the XLA GPU miscompile behind the wrong `connect`
(jax 0.11.2, CUDA 13, one H200; 6,503 of 28,672 values wrong). Needs only jax.

    python xla_abs_repro.py

The middle output, max(|d0|, |d1|), is wrong on the GPU and right on the
CPU. The count fits the abs of d0 being dropped: max(d0, |d1|) differs
exactly where d0 < 0 and |d0| > |d1|, 81/361 of these operands, 6,433 of
28,672 expected; the wrong `connect` values fit it too (segments running
up a column came back as one cell). XLA fuses the three transposed outputs into one multi-output fusion
with the raw slices d[..., 0:1], d[..., 1:2] and the slices of abs(d).
"""
import jax
import jax.numpy as jnp
import numpy as np


def f(d):  # d: [7, 4096, 2] int32
  ad = jnp.abs(d)
  t = lambda x: jnp.transpose(x, (1, 0, 2))
  return (t(d[..., 1:2] == 0), t(jnp.maximum(ad[..., 0:1], ad[..., 1:2])),
          t((d[..., 0:1] > 0) == (d[..., 1:2] > 0)))


if __name__ == "__main__":
  d = np.random.default_rng(1).integers(-9, 10, (7, 4096, 2)).astype(np.int32)
  got = jax.jit(f)(jax.device_put(d, jax.devices()[0]))
  want = jax.jit(f)(jax.device_put(d, jax.devices("cpu")[0]))
  print(jax.__version__, jax.devices()[0].device_kind)
  for i, (g, w) in enumerate(zip(got, want)):
    print(f"output {i}: {int((np.asarray(g) != np.asarray(w)).sum())} of {w.size} differ")
  print(jax.jit(f).lower(d).compile().as_text())
