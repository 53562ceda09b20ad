import sys, time, statistics, os
import jax
from batt_jax.bench import workload, measure
from batt_jax.dsl.jax import slots
from batt_jax.runtime import engine
slots.set_mode("on")
spec = workload.Spec(data=("arc1-train",), chunk_size=400, count=int(os.environ.get("N", "30")), programs=int(os.environ.get("P","40")))
work = workload.build(spec, workload.load_tasks(spec))
coord = engine.make_coordinator("nodewise", 4096, devices=jax.devices()[:1], chain_nodes=os.environ.get("CHAIN", "off"))
t=time.perf_counter(); c = measure.compile_chunks(work, coord, work.batch); ct=time.perf_counter()-t
measure.run_once(c, coord, work.batch)
ts=[measure.run_once(c, coord, work.batch) for _ in range(3)]
print(sys.argv[1], "compile %.1f" % ct, "run", ["%.2f"%x for x in ts], statistics.median(ts))
