"""Benchmarks of batt_jax: the compiled path against the reference interpreter.

    python -m batt_jax.bench --flagfile=configs/bench.cfg

Modules: `workload` (tasks, candidates, chunks, mega-batch), `measure` (timed
reference, compile and run), `harness` (the stages and sweeps), `report`
(results.json, results.md, plots), `__main__` (flags). docs/BENCHMARKS.md
describes the figures and records them per machine.
"""
