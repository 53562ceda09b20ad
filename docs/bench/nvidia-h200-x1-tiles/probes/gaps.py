"""Device timeline gaps of an xplane (probe helper): python gaps.py XPLANE OUT.json"""
import bisect, collections, json, sys
from jaxlib import _profile_data

def analyze(path):
  data = _profile_data.ProfileData.from_file(path)
  out = {"lines": []}
  for plane in list(data.planes):
    if not plane.name.startswith("/device:"):
      continue
    lines = {}
    for line in plane.lines:
      evs = [(e.start_ns, e.duration_ns, e.name, dict(e.stats)) for e in line.events]
      if not evs: continue
      lines[line.name] = evs
      first = evs[0]
      out["lines"].append({"plane": plane.name, "line": line.name, "events": len(evs),
                           "first": first[2][:80], "stats": {k: str(v)[:60] for k, v in first[3].items()}})
    modules = sorted((s, s + d, n) for n_, evs in lines.items() if "Module" in n_ for s, d, n, _ in evs)
    mstarts = [m[0] for m in modules]
    for name, evs in lines.items():
      if not name.startswith("Stream") or len(evs) < 100: continue
      evs.sort()
      span = evs[-1][0] + evs[-1][1] - evs[0][0]
      busy = sum(d for _, d, _, _ in evs)
      buckets = collections.Counter(); bsum = collections.Counter()
      boundary = [0, 0.0]; inside = [0, 0.0]
      before = collections.Counter(); before_n = collections.Counter()
      for a, b in zip(evs, evs[1:]):
        gap = b[0] - (a[0] + a[1])
        if gap <= 0: continue
        us = gap / 1e3
        key = "<2us" if us < 2 else "2-5us" if us < 5 else "5-10us" if us < 10 else "10-50us" if us < 50 else "50-200us" if us < 200 else "200us-1ms" if us < 1000 else ">1ms"
        buckets[key] += 1; bsum[key] += gap / 1e9
        ia = bisect.bisect_right(mstarts, a[0]); ib = bisect.bisect_right(mstarts, b[0])
        tgt = boundary if ia != ib else inside
        tgt[0] += 1; tgt[1] += gap / 1e9
        k2 = b[3].get("hlo_op") or b[2]
        before[str(k2).split(".")[0]] += gap / 1e9; before_n[str(k2).split(".")[0]] += 1
      out.setdefault("streams", []).append({
          "plane": plane.name, "line": name, "ops": len(evs), "span_s": span / 1e9, "busy_s": busy / 1e9,
          "gap_s": sum(bsum.values()), "gaps": {k: [buckets[k], bsum[k]] for k in buckets},
          "module_boundary_gaps": boundary, "inside_module_gaps": inside, "modules": len(modules),
          "gap_before_top": [(k, v, before_n[k]) for k, v in before.most_common(15)]})
  return out

if __name__ == "__main__":
  r = analyze(sys.argv[1])
  json.dump(r, open(sys.argv[2], "w"), indent=1)
  for s in r.get("streams", []): print(json.dumps(s)[:1500])
