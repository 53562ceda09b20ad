"""CPU A/B of one tree: compile and run a library over the first N training tasks.

Env: N (tasks, default 30), P (first P programs, 0: all), LIB (library paths,
default the shipped library), CHAIN (chain mode, default off). Usage:
PYTHONPATH=. python cpu_ab.py TAG
"""
import os, statistics, sys, time
import jax
from batt_jax.bench import workload, measure
from batt_jax.dsl.jax import slots
from batt_jax.runtime import engine


def main():
  slots.set_mode("on")
  spec = workload.Spec(data=("arc1-train",), chunk_size=400, count=int(os.environ.get("N", "30")),
                       programs=int(os.environ.get("P", "0")),
                       library=os.environ.get("LIB", "default"))
  work = workload.build(spec, workload.load_tasks(spec))
  coord = engine.make_coordinator("nodewise", 4096, devices=jax.devices()[:1],
                                  chain_nodes=os.environ.get("CHAIN", "off"))
  t = time.perf_counter()
  compiled = measure.compile_chunks(work, coord, work.batch)
  compile_s = time.perf_counter() - t
  measure.run_once(compiled, coord, work.batch)
  runs = [measure.run_once(compiled, coord, work.batch) for _ in range(3)]
  print(sys.argv[1], "programs", len(work.built.candidates) if hasattr(work.built, "candidates") else "?",
        "compile %.1f" % compile_s, "run", ["%.2f" % x for x in runs], "median %.3f" % statistics.median(runs))


if __name__ == "__main__":
  main()
