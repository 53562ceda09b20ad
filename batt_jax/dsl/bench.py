"""Micro-benchmark of the DSL: JAX (jit + vmap) against the reference, per primitive.

    python -m batt_jax.dsl.bench [--batch=4096] [--families=objects,grids]
        [--out=docs/dsl_bench.md] [--json=docs/dsl_bench.json]

Each primitive runs on the first well-typed case set of the parity harness
(arguments drawn from real ARC-AGI-1 training grids). The reference runs the
cases one by one on one core (a sample of `--reference_samples`, scaled); the
JAX DSL runs the whole batch as one compiled call, timed after a warm-up as the
median of `--repeats` calls. Samples/second are reported per primitive and per
family (the family's total time over the same work).
"""

from __future__ import annotations

import json
import platform
import statistics
import time

from absl import app
from absl import flags
from absl import logging
import jax

from batt_jax.dsl import encoding
from batt_jax.dsl import parity
from batt_jax.dsl import registry

_BATCH = flags.DEFINE_integer("batch", 4096, "Samples per compiled call.")
_REFERENCE_SAMPLES = flags.DEFINE_integer(
    "reference_samples", 256, "Samples timed on the reference (rate is per sample).")
_REPEATS = flags.DEFINE_integer("repeats", 5, "Timed JAX calls (median).")
_FAMILIES = flags.DEFINE_list("families", [], "Families to run (default: all).")
_PRIMITIVES = flags.DEFINE_list("primitives", [], "Primitives to run (default: all).")
_GRIDS = flags.DEFINE_integer("grids", 1024, "ARC-AGI-1 training grids in the pools.")
_OUT = flags.DEFINE_string("out", None, "Markdown table to write.")
_JSON = flags.DEFINE_string("json", None, "JSON of every figure to write.")


def _grids(limit: int) -> list:
  from batt_jax.data import embedded  # pylint: disable=import-outside-toplevel
  return embedded.grids("arc1-train")[:limit]


def measure(prim: registry.Primitive, pools: parity.Pools, batch: int,
            reference_samples: int, repeats: int) -> dict | None:
  """Samples/second of both implementations of `prim` on one case set."""
  case_sets = parity.cases(prim, pools, batch)
  if not case_sets:
    return None
  case = case_sets[0]
  ref_case = parity.CaseSet(case.prim, case.arg_types, case.ret_type, case.callables,
                            case.args[:reference_samples])
  start = time.perf_counter()
  parity.run_reference(ref_case)
  ref_rate = len(ref_case.args) / (time.perf_counter() - start)

  fn = parity._compiled(prim.name, tuple(str(t) for t in case.arg_types),  # pylint: disable=protected-access
                        tuple(sorted(case.callables.items())))
  columns = [jax.device_put(encoding.stack([encoding.encode(row[i], t.name) for row in case.args]))
             for i, t in enumerate(case.arg_types) if i not in case.callables]
  start = time.perf_counter()
  jax.block_until_ready(fn(*columns))
  compile_s = time.perf_counter() - start
  times = []
  for _ in range(repeats):
    start = time.perf_counter()
    jax.block_until_ready(fn(*columns))
    times.append(time.perf_counter() - start)
  jax_rate = batch / statistics.median(times)
  return {"primitive": prim.name, "family": prim.family, "case": case.label,
          "reference_per_s": ref_rate, "jax_per_s": jax_rate,
          "speedup": jax_rate / ref_rate, "first_call_s": compile_s}


def family_rows(rows: list) -> list:
  """Per family: samples/s over the family's primitives run back to back."""
  out = []
  for family in sorted({r["family"] for r in rows}):
    members = [r for r in rows if r["family"] == family]
    ref_time = sum(1 / r["reference_per_s"] for r in members)
    jax_time = sum(1 / r["jax_per_s"] for r in members)
    out.append({"family": family, "primitives": len(members),
                "reference_per_s": len(members) / ref_time,
                "jax_per_s": len(members) / jax_time,
                "speedup": ref_time / jax_time})
  return out


def to_markdown(rows: list, families: list, meta: dict) -> str:
  lines = [
      f"# DSL micro-benchmark ({meta['device']}, batch {meta['batch']})", "",
      f"jax {meta['jax']}, {meta['platform']}. Samples/second of one primitive call; "
      "reference: one core, sequential; JAX: jit(vmap) over the batch, median of "
      f"{meta['repeats']} calls after a warm-up.", "",
      "## Per family (all its primitives back to back)", "",
      "| family | primitives | reference /s | JAX /s | speedup |", "| --- | ---: | ---: | ---: | ---: |"]
  for f in families:
    lines.append(f"| {f['family']} | {f['primitives']} | {f['reference_per_s']:,.0f} | "
                 f"{f['jax_per_s']:,.0f} | {f['speedup']:,.1f}x |")
  lines += ["", "## Per primitive", "",
            "| primitive | case | reference /s | JAX /s | speedup | first call s |",
            "| --- | --- | ---: | ---: | ---: | ---: |"]
  for r in rows:
    lines.append(f"| {r['primitive']} | `{r['case']}` | {r['reference_per_s']:,.0f} | "
                 f"{r['jax_per_s']:,.0f} | {r['speedup']:,.1f}x | {r['first_call_s']:.2f} |")
  return "\n".join(lines) + "\n"


def main(argv):
  del argv
  prims = registry.load()
  pools = parity.Pools.from_grids(_grids(_GRIDS.value) + parity.edge_grids())
  device = jax.devices()[0]
  meta = {"device": f"{device.platform}:{device.device_kind}", "jax": jax.__version__,
          "platform": platform.platform(), "batch": _BATCH.value, "repeats": _REPEATS.value}
  rows = []
  for name in sorted(prims, key=lambda n: (prims[n].family, n)):
    prim = prims[name]
    if _FAMILIES.value and prim.family not in _FAMILIES.value:
      continue
    if _PRIMITIVES.value and name not in _PRIMITIVES.value:
      continue
    if prim.jax is None:
      continue
    row = measure(prim, pools, _BATCH.value, _REFERENCE_SAMPLES.value, _REPEATS.value)
    if row is None:
      logging.info("%s: no case set (callable result)", name)
      continue
    logging.info("%-14s ref %10.0f/s  jax %12.0f/s  x%.1f", name, row["reference_per_s"],
                 row["jax_per_s"], row["speedup"])
    rows.append(row)
  families = family_rows(rows)
  for f in families:
    logging.info("family %-12s ref %10.0f/s  jax %12.0f/s  x%.1f", f["family"],
                 f["reference_per_s"], f["jax_per_s"], f["speedup"])
  if _OUT.value:
    with open(_OUT.value, "w") as fh:
      fh.write(to_markdown(rows, families, meta))
  if _JSON.value:
    with open(_JSON.value, "w") as fh:
      json.dump({"meta": meta, "primitives": rows, "families": families}, fh, indent=1)


if __name__ == "__main__":
  app.run(main)
