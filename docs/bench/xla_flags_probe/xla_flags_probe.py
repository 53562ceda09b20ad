"""Compile (and run once) a fixed set of search kernels under the XLA_FLAGS of this process."""
import json, os, sys, time
from concurrent import futures
import jax, jax.numpy as jnp, numpy as np
from batt_jax.search import enumerate as E
from batt_jax.search.transforms import CATALOGUE

names = sys.argv[1].split(",")
size = int(sys.argv[2])
S = E.S
struct = jax.ShapeDtypeStruct
by = {t.name: t for t in CATALOGUE}
todo = [by[n] for n in names]
t0 = time.monotonic()
def timed_compile(lowered):
  # No compiler_options: the XLA_FLAGS of the process are what is measured (the
  # search's own compile passes options that would override them).
  start = time.monotonic()
  executable = lowered.compile()
  return executable, time.monotonic() - start


lowered = {}
for t in todo:
  shared = E.shares_prefix(t) is not None
  k = E._shared_kernel(t) if shared else E._kernel(t)
  width = max(1, len(t.params)); grids = size // 4 if shared else size
  inputs = (struct((grids, S, S), jnp.int8), struct((grids, 2), jnp.int32))
  if shared: inputs += (struct((grids, width), jnp.int32), struct((size,), jnp.int32))
  inputs += (struct((size, width), jnp.int32), struct((size, S, S), jnp.int8), struct((size, 2), jnp.int32), struct((size,), jnp.bool_))
  lowered[t.name] = (k.lower(*inputs), inputs)
lower_s = time.monotonic() - t0
t1 = time.monotonic()
with futures.ThreadPoolExecutor(os.cpu_count()) as pool:
  futs = {n: pool.submit(timed_compile, l) for n, (l, _) in lowered.items()}
  comp = {n: f.result() for n, f in futs.items()}
compile_wall = time.monotonic() - t1
rng = np.random.default_rng(0)
run = {}
for n, (exe, sec) in comp.items():
  inputs = lowered[n][1]
  args = []
  for s in inputs:
    if s.dtype == jnp.bool_: args.append(jnp.asarray(rng.random(s.shape) < .5))
    elif s.shape[-1:] == (2,): args.append(jnp.asarray(rng.integers(1, 31, s.shape).astype(np.int32)))
    elif s.dtype == jnp.int8: args.append(jnp.asarray(rng.integers(0, 10, s.shape).astype(np.int8)))
    elif len(s.shape) == 1: args.append(jnp.asarray(rng.integers(0, s.shape[0] if s.shape[0] < size else size // 4, s.shape).astype(np.int32)))
    else: args.append(jnp.asarray(rng.integers(0, 10, s.shape).astype(np.int32)))
  jax.block_until_ready(exe(*args))
  a = time.monotonic(); jax.block_until_ready(exe(*args)); run[n] = time.monotonic() - a
print(json.dumps({"flags": os.environ.get("XLA_FLAGS", ""), "lower_s": round(lower_s, 2),
                  "compile_wall_s": round(compile_wall, 2),
                  "compile_sum_s": round(sum(s for _, s in comp.values()), 2),
                  "run_sum_s": round(sum(run.values()), 4),
                  "compile": {n: round(s, 2) for n, (_, s) in comp.items()},
                  "run": {n: round(v, 4) for n, v in run.items()}}))
