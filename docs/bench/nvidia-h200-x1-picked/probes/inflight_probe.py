"""Can the GPU client's in-flight computation limit (32) be raised? (probe)"""
import glob, os, re, sys, time, json
out = {}
try:
  import jax_plugins
  for d in jax_plugins.__path__:
    for so in glob.glob(os.path.join(d, "**", "*.so"), recursive=True):
      data = open(so, "rb").read()
      hits = sorted(set(m.group(0).decode() for m in re.finditer(rb"[a-z_]*inflight[a-z_]*", data)))
      opts = sorted(set(m.group(0).decode() for m in re.finditer(rb"(use_tfrt_gpu_client|should_stage_host_to_device_transfers|max_inflight[a-z_]*|enable_mock_nccl|collective_memory_size)", data)))
      out[so] = {"inflight": hits[:40], "options": opts}
except Exception as e:
  out["scan_error"] = repr(e)
print(json.dumps(out, indent=1), flush=True)
n = int(sys.argv[1]) if len(sys.argv) > 1 else 0
import jax, jax.numpy as jnp
if n:
  jax.config.update("jax_pjrt_client_create_options", {"max_inflight_computations": n})
try:
  print(jax.devices(), flush=True)
except Exception as e:
  print("CLIENT ERROR", repr(e)); sys.exit(3)
@jax.jit
def f(x):
  return jnp.tanh(x @ x) * 0.5
x = jnp.ones((1024, 1024), jnp.float32) * 1e-3
f(x).block_until_ready()
for k in range(2):
  t = time.perf_counter(); y = x
  outs = [f(x) for _ in range(3000)]
  t1 = time.perf_counter(); jax.block_until_ready(outs); t2 = time.perf_counter()
  print(f"inflight={n}: 3000 calls host {t1-t:.3f}s total {t2-t:.3f}s", flush=True)
