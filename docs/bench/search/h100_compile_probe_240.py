"""Compile time of the 18 transforms added on 2026-11-27, on the GPU, 65,536 rows.

Run from the repository root with PYTHONPATH=.: every kernel is lowered and
compiled on a pool of 16 threads at once (as a cold search does), with two
older templates as a baseline; kernels not compiled within LIMIT_S are named.
"""
import concurrent.futures as cf
import json
import os
import sys
import threading
import time

from batt_jax.search import kernels
from batt_jax.search import transforms

LIMIT_S = float(sys.argv[1]) if len(sys.argv) > 1 else 180.0
NEW = ("overlay_corners recolor_touching crop_solid_of_color cross_of_least complete_lines "
       "quadrants_by_corner_keys rotation_panels mirror_across_brackets perforate "
       "stripes_from_two_marks continue_period_v key_row_stripes slide_to_marked_corners "
       "assemble_corner_pieces edges_meet_middle gather_marks_to_corners pour_right_down "
       "spread_sparsest_split").split()
BASELINE = ("connect_h", "fill_enclosed")
by_name = transforms.by_name()
results = {}
lock = threading.Lock()


def compile_one(name):
  t = by_name[name]
  start = time.monotonic()
  lowered = kernels.lower_kernel(t, 65536)
  traced = time.monotonic() - start
  executable = lowered.compile()
  seconds = time.monotonic() - start
  m = executable.memory_analysis()
  gib = (m.temp_size_in_bytes + m.argument_size_in_bytes + m.output_size_in_bytes) / 2**30
  with lock:
    results[name] = {"lines": len(t.lines), "trace_s": round(traced, 1),
                     "total_s": round(seconds, 1), "memory_gib": round(gib, 2)}
    print(name, results[name], flush=True)


names = list(BASELINE) + sorted(NEW, key=lambda n: -len(by_name[n].lines))
pool = cf.ThreadPoolExecutor(16)
futures = [pool.submit(compile_one, n) for n in names]
cf.wait(futures, timeout=LIMIT_S)
unfinished = [n for n in names if n not in results]
print("unfinished after", LIMIT_S, "s:", unfinished, flush=True)
out = os.environ.get("OUT", ".")
with open(os.path.join(out, "compile_probe.json"), "w") as f:
  json.dump({"limit_s": LIMIT_S, "rows": 65536, "threads": 16, "results": results,
             "unfinished": unfinished}, f, indent=1)
os._exit(0)
