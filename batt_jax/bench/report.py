"""The benchmark's outputs: results.json, results.md and one PNG per sweep.

All three are written from the results dict alone, so they can be rewritten
after every stage (a run cut short keeps what it measured).
"""

from __future__ import annotations

import json
import os
import re
from typing import Dict, List, Optional, Sequence, Tuple

import matplotlib

matplotlib.use("Agg")  # no display on benchmark machines
from matplotlib import pyplot as plt  # noqa: E402  (after choosing the backend)
from matplotlib import ticker  # noqa: E402

from batt_jax.runtime.store import write_atomic  # noqa: E402

JSON_NAME = "results.json"
MARKDOWN_NAME = "results.md"
# sweep name -> (x key in each point, axis label, log-scale x, file name).
PLOTS: Dict[str, Tuple[str, str, bool, str]] = {
    "batch_size": ("batch_size", "batch size (samples per call)", True,
                   "throughput_vs_batch_size.png"),
    "programs": ("candidates", "programs (library + mutations)", True,
                 "throughput_vs_programs.png"),
    "devices": ("devices", "devices", False, "throughput_vs_devices.png"),
}


def slug(text: str) -> str:
  """A folder-name form of a device kind: 'NVIDIA H100 80GB HBM3' -> 'nvidia-h100-80gb-hbm3'."""
  return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unknown"


def default_out_dir(device_kind: str, device_count: int) -> str:
  return os.path.join("docs", "bench", f"{slug(device_kind)}-x{device_count}")


def _fmt(value, digits: int = 3) -> str:
  if value is None:
    return "n/a"
  if isinstance(value, float):
    return f"{value:,.{digits}f}" if abs(value) < 1000 else f"{value:,.0f}"
  if isinstance(value, int):
    return f"{value:,}"
  return str(value)


def _mib(value: Optional[int], short: bool = False) -> str:
  if value is None:
    return "n/a" if short else "n/a (not reported by this platform)"
  return f"{value / 2**20:,.1f} MiB"


def summary_rows(results: dict) -> List[Tuple[str, str]]:
  """(figure, value) rows of the headline table (what has been measured so far)."""
  env, work = results["environment"], results.get("workload", {})
  rows = [("device", f"{env['device_count']} x {env['device_kind']} ({env['platform']}), "
                     f"host {env['host']} ({env['host_cpus']} CPUs)"),
          ("jax", env["jax_version"])]
  if env.get("compiler_options"):
    rows.append(("XLA compiler options", ", ".join(
        f"{k}={v}" for k, v in sorted(env["compiler_options"].items()))))
  if work:
    rows += [("workload", f"{work['tasks']} tasks of {', '.join(work['data'])}: "
                          f"{work['samples']} samples x {work['candidates']} programs "
                          f"= {work['evaluations']:,} evaluations, {work['chunks']} chunks"),
             ("build (load library, merge, emit, encode)", f"{_fmt(work['build_s'])} s")]
  ref = results.get("reference")
  if ref:
    rows += [("reference: evaluations/s (1 core)", _fmt(ref["evaluations_per_s"], 1)),
             ("reference: ms per sample (all programs)", _fmt(ref["ms_per_sample"])),
             ("reference: whole workload (estimated)", f"{_fmt(ref['workload_s'])} s")]
    if ref.get("answers"):
      got, theirs = ref["answers"], results.get("jax", {}).get("answers")
      same = ("" if not theirs else
              "; the same as the devices'" if theirs["sha256"] == got["sha256"] else
              "; NOT the devices'")
      rows.append((f"reference: answers, whole workload ({got['workers']} processes)",
                   f"{got['test_correct']}; {got['sha256'][:16]} in "
                   f"{_fmt(got['seconds'], 1)} s{same}"))
  jx = results.get("jax")
  if jx:
    run, cold = jx["run"], jx["cold_compile"]
    workers = (f"; {cold['worker_compiled']} executables compiled by "
               f"{cold['worker_processes']} worker processes in {_fmt(cold['workers_s'], 1)} s, "
               f"then loaded in {_fmt(cold['load_s'], 1)} s"
               if cold.get("worker_compiled") else "")
    rows += [("jax: cold compile (lower + compile)",
              f"{_fmt(cold['total_s'], 1)} s ({_fmt(cold['lower_s'], 1)} + "
              f"{_fmt(cold['compile_s'], 1)}{workers})"),
             *([("jax: kernels / calls per batch (nodewise)",
                 f"{cold['kernels']:,} / {cold['calls']:,} (chain_nodes {cold['chain_nodes']}, "
                 f"group_steps {cold.get('group_steps', 1)}"
                 f"{', stacked' if cold.get('stack_steps') else ''})")]
               if cold.get("calls") else []),
             *([("jax: first run (one-time costs; not in the median)",
                 f"{_fmt(run['first_run_s'])} s")] if run.get("first_run_s") is not None else []),
             ("jax: run, median of repeats",
              f"{_fmt(run['median_s'])} s (batch {run['batch_rows']}, "
              f"{run['batches_per_chunk']} batches per chunk)"),
             ("jax: evaluations/s", _fmt(run["evaluations_per_s"], 1)),
             ("jax: ms per sample (all programs)", _fmt(run["ms_per_sample"])),
             ("jax / reference (evaluations/s)", f"{results['jax_over_reference']:.3g}x"),
             *([("jax: answers (tasks test-correct; digest of the submission and report)",
                 f"{jx['answers']['test_correct']}; {jx['answers']['sha256'][:16]}")]
               if "answers" in jx else []),
             *([("jax: answers confirmed by the reference (runtime/confirm.py)",
                 f"{jx['answers']['device_faults']} device faults "
                 f"({jx['answers']['confirmed_programs']} programs' demos, "
                 f"{jx['answers']['confirmed_attempts']} attempts, "
                 f"{jx['answers']['confirm_s']:.1f} s)")]
               if "device_faults" in jx.get("answers", {}) else []),
             *([("jax: values against the CPU's (bench/parity.py)",
                 f"{jx['parity']['programs_differing']} of {jx['parity']['programs']} programs "
                 f"differ on {jx['parity']['tasks']} tasks")]
               if "parity" in jx else [])]
    if "warm_compile" in jx:
      e2e = jx["end_to_end_warm"]
      warm = jx["warm_compile"]
      loaded = (f" ({warm['loaded']} executables loaded in {_fmt(warm['load_s'], 1)} s)"
                if warm.get("loaded") else "")
      rows += [("jax: warm compile (persistent cache)",
                f"{_fmt(warm['total_s'], 1)} s{loaded}"),
               ("jax: end to end, warm cache (build + compile + run)",
                f"{_fmt(e2e['total_s'], 1)} s ({_fmt(e2e['build_s'], 1)} + "
                f"{_fmt(e2e['compile_s'], 1)} + {_fmt(e2e['run_s'], 1)})")]
    rows.append(("jax: batches halved for memory", str(jx["halvings"])))
  if "memory" in results:
    rows.append(("peak device memory", _mib(results["memory"]["peak_bytes_in_use"])))
  return rows


def scaling(points: Sequence[dict]) -> List[Optional[Tuple[float, float]]]:
  """(speed-up, efficiency) of each devices-sweep point against its 1-device point.

  Speed-up is evaluations/s over the 1-device figure; efficiency is speed-up
  per device (1.0 is linear scaling). None everywhere if 1 was not swept.
  """
  base = [p["evaluations_per_s"] for p in points if p["devices"] == 1]
  if not base:
    return [None] * len(points)
  return [(p["evaluations_per_s"] / base[0], p["evaluations_per_s"] / base[0] / p["devices"])
          for p in points]


def _sweep_table(name: str, points: Sequence[dict]) -> List[str]:
  x_key = PLOTS[name][0]
  devices = name == "devices"
  extra = " speed-up vs 1 | efficiency |" if devices else ""
  lines = [f"| {x_key} | rows per chunk | compile s | run s (median) | evaluations/s "
           f"| ms per sample | halvings | peak device memory |{extra}",
           "|---:|---:|---:|---:|---:|---:|---:|---:|" + ("---:|---:|" if devices else "")]
  ratios = scaling(points) if devices else [None] * len(points)
  for p, ratio in zip(points, ratios):
    line = (f"| {p[x_key]} | {p['samples']:,} | {p['compile_s']:.1f} | "
            f"{p['median_s']:.3f} | {p['evaluations_per_s']:,.1f} | "
            f"{p['ms_per_sample']:.3f} | {p['halvings']} | "
            f"{_mib(p.get('peak_bytes_in_use'), short=True)} |")
    if devices:
      line += (f" {ratio[0]:.2f}x | {ratio[1]:.0%} |" if ratio else " n/a | n/a |")
    lines.append(line)
  return lines


def _profile_table(profile: Optional[dict], rows: int = 15) -> List[str]:
  """The kernel profile's time by outermost primitive (nodewise, --profile_kernels)."""
  if not profile or not profile.get("by_primitive"):
    return []
  lines = ["", "## Kernel time by outermost primitive", "",
           f"One run timing every kernel call, blocking on each: {profile['kernel_s']:.3f} s "
           f"of kernels in a {profile['run_s']:.3f} s run, {profile['kernels_run']} kernels.", "",
           "| primitive | kernels | calls | seconds | share |", "|---|---:|---:|---:|---:|"]
  for p in profile["by_primitive"][:rows]:
    lines.append(f"| {p['primitive']} | {p['kernels']} | {p['calls']:,} | {p['seconds']:.3f} "
                 f"| {p['seconds'] / max(profile['kernel_s'], 1e-12):.1%} |")
  return lines


def _ops_table(ops: Optional[dict], rows: int = 15) -> List[str]:
  """The traced run's device time by XLA operation kind (nodewise, --profile_kernels)."""
  if not ops or not ops.get("by_kind"):
    return []
  lines = ["", "## Device time by XLA operation", "",
           f"One run under the profiler ({ops['wall_s']:.3f} s): {ops['ops']:,} operations, "
           f"{ops['op_s']:.3f} s of operation time, the device busy {ops['busy_s']:.3f} s"
           + (f"; the host spent {ops['dispatch_s']:.3f} s calling the kernels"
              if "dispatch_s" in ops else "") + ".", "",
           "| operation kind | calls | seconds | share |", "|---|---:|---:|---:|"]
  for k in ops["by_kind"][:rows]:
    lines.append(f"| {k['kind']} | {k['calls']:,} | {k['seconds']:.3f} "
                 f"| {k['seconds'] / max(ops['op_s'], 1e-12):.1%} |")
  idle = ops.get("idle")
  if idle:
    lines += ["", f"The busiest stream, first operation to last: {idle['span_s']:.3f} s, "
              f"{idle['gap_s']:.3f} s of it between operations, {idle['long_gap_s']:.3f} s "
              f"in {idle['long_gaps']:,} gaps of a millisecond or more"
              + (f", {idle['in_loops_s']:.3f} s of them in {idle['in_loops']:,} right after a "
                 "loop's condition kernel (the loop body at work inside a CUDA graph: the "
                 "trace does not show its kernels)" if idle.get("in_loops") else "") + "."]
  return lines + _host_table(ops.get("host"))


def _host_table(host: Optional[dict], rows: int = 10) -> List[str]:
  """The calling thread's self time by event, from the same trace."""
  if not host or not host.get("top"):
    return []
  lines = ["", "## Host time of the calling thread", "",
           f"Self time by event on thread `{host['thread']}` ({host['self_s']:.3f} s in all; "
           "`$` marks Python frames).", "",
           "| event | calls | seconds |", "|---|---:|---:|"]
  for e in host["top"][:rows]:
    name = e["event"].replace("|", "/")
    lines.append(f"| `{name}` | {e['calls']:,} | {e['seconds']:.3f} |")
  return lines


def markdown(results: dict) -> str:
  """The results as markdown: the headline table, then one table per sweep."""
  env = results["environment"]
  lines = [f"# batt_jax benchmark: {env['device_count']} x {env['device_kind']}", "",
           f"Measured {env['time_utc']} (commit {env['git_commit'] or 'unknown'}).", "",
           "| figure | value |", "|---|---|"]
  lines += [f"| {name} | {value} |" for name, value in summary_rows(results)]
  profile = results.get("jax", {}).get("kernel_profile")
  lines += _profile_table(profile)
  lines += _ops_table((profile or {}).get("ops"))
  for name, points in results.get("sweeps", {}).items():
    lines += ["", f"## Throughput vs {name}", "",
              "Batches filled to the batch size by repeating samples "
              "(every row is a real sample, evaluated in full).", ""]
    lines += _sweep_table(name, points)
  return "\n".join(lines) + "\n"


def plot(name: str, points: Sequence[dict], results: dict, path: str) -> None:
  """Evaluations/s against the sweep's variable, the reference rate dashed."""
  x_key, label, log_x, _ = PLOTS[name]
  env = results["environment"]
  fig, ax = plt.subplots(figsize=(6, 4), dpi=100)
  xs = [p[x_key] for p in points]
  ax.plot(xs, [p["evaluations_per_s"] for p in points], "o-", label="compiled (jax)")
  ratios = scaling(points) if name == "devices" else [None]
  if ratios[0] is not None:
    one = points[0]["evaluations_per_s"] / ratios[0][0]
    ax.plot(xs, [one * x for x in xs], ":", color="black", label="linear scaling")
  if "reference" in results:
    ax.axhline(results["reference"]["evaluations_per_s"], color="grey", linestyle="--",
               label="reference interpreter (1 core)")
  if log_x:
    ax.set_xscale("log", base=2)
  ax.set_xticks(xs, [str(x) for x in xs])  # the measured points, as plain numbers
  ax.xaxis.set_minor_locator(ticker.NullLocator())
  ax.set_yscale("log")
  ax.set_xlabel(label)
  ax.set_ylabel("(program, sample) evaluations / s")
  count = f"1-{max(xs)}" if name == "devices" else env["device_count"]
  ax.set_title(f"{count} x {env['device_kind']} ({env['platform']}), jax {env['jax_version']}")
  ax.grid(True, which="both", alpha=0.3)
  ax.legend()
  fig.tight_layout()
  fig.savefig(path)
  plt.close(fig)


def write(results: dict, out_dir: str) -> List[str]:
  """Writes the JSON, the markdown and the sweeps' plots; returns their paths."""
  os.makedirs(out_dir, exist_ok=True)
  paths = [os.path.join(out_dir, JSON_NAME), os.path.join(out_dir, MARKDOWN_NAME)]
  write_atomic(paths[0], json.dumps(results, indent=1).encode())
  write_atomic(paths[1], markdown(results).encode())
  for name, points in results.get("sweeps", {}).items():
    if points:
      paths.append(os.path.join(out_dir, PLOTS[name][3]))
      plot(name, points, results, paths[-1])
  return paths
