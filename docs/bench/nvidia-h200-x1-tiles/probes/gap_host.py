"""What the host does while the GPU idles (probe helper): python gap_host.py XPLANE [OUT.json].

For the busiest GPU stream's gaps of at least 1 ms: the calling thread's
innermost event, sampled every 20 us inside the gaps (seconds by name), the
Python stack at the middle of the longest gaps, and each other host thread's
busy time inside the gaps.
"""
import bisect, collections, json, sys
from jaxlib import _profile_data

STEP_NS = 20_000


def _stack_at(events, starts, t):
  """Events (name, start, end) containing t, outermost first (events nest on a thread)."""
  i = bisect.bisect_right(starts, t)
  out = [e for e in events[max(0, i - 4000):i] if e[2] > t]
  return sorted(out, key=lambda e: (e[1], -e[2]))


def analyze(path, min_gap_ns=1_000_000, gpu_gaps=None):
  planes = list(_profile_data.ProfileData.from_file(path).planes)
  if gpu_gaps is None:
    streams = [[(e.start_ns, e.duration_ns) for e in line.events]
               for p in planes if p.name.startswith("/device:") for line in p.lines
               if line.name.startswith("Stream")]
    ops = sorted(max(streams, key=lambda s: sum(d for _, d in s)))
    gpu_gaps = [(a[0] + a[1], b[0]) for a, b in zip(ops, ops[1:]) if b[0] - a[0] - a[1] >= min_gap_ns]
  threads = {}
  for p in planes:
    if not p.name.startswith("/host:"):
      continue
    for line in p.lines:
      evs = sorted((e.name, e.start_ns, e.start_ns + e.duration_ns) for e in line.events)
      if evs:
        threads[f"{p.name}/{line.name}"] = evs
  main = max(threads, key=lambda k: sum(e[0].startswith("$") for e in threads[k]))
  evs = sorted(threads[main], key=lambda e: (e[1], -e[2]))
  starts = [e[1] for e in evs]
  inner = collections.Counter()
  inner_py = collections.Counter()
  for a, b in gpu_gaps:
    for t in range(int(a), int(b), STEP_NS):
      st = _stack_at(evs, starts, t)
      inner[st[-1][0] if st else "(none)"] += STEP_NS / 1e9
      py = [e[0] for e in st if e[0].startswith("$")]
      inner_py[py[-1] if py else "(no python)"] += STEP_NS / 1e9
  longest = sorted(gpu_gaps, key=lambda g: g[0] - g[1])[:12]
  stacks = []
  for a, b in longest:
    st = _stack_at(evs, starts, (a + b) // 2)
    stacks.append({"gap_ms": (b - a) / 1e6, "at_ms": (a - gpu_gaps[0][0]) / 1e6 if gpu_gaps else 0,
                   "stack": [f"{e[0][:90]} ({(e[2]-e[1])/1e6:.2f}ms)" for e in st][-14:]})
  others = {}
  for name, tevs in threads.items():
    if name == main:
      continue
    busy = 0
    for a, b in gpu_gaps:
      # union of this thread's top-level events clipped to the gap
      end = a
      for _, s, e in tevs[max(0, bisect.bisect_left([x[1] for x in tevs], a) - 50):]:
        if s >= b: break
        s2, e2 = max(s, end), min(e, b)
        if e2 > s2: busy += e2 - s2; end = e2
    if busy:
      others[name] = busy / 1e9
  return {"gaps": len(gpu_gaps), "gap_s": sum(b - a for a, b in gpu_gaps) / 1e9, "main": main,
          "inner": inner.most_common(25), "inner_python": inner_py.most_common(25),
          "longest": stacks, "other_threads": sorted(others.items(), key=lambda x: -x[1])[:15]}


if __name__ == "__main__":
  r = analyze(sys.argv[1])
  if len(sys.argv) > 2:
    json.dump(r, open(sys.argv[2], "w"), indent=1)
  print(json.dumps(r, indent=1)[:6000])
