"""How many steps per level share a kernel (tree + leaf types): what stacking would save."""
import collections, os, sys
from batt_jax.bench import workload
from batt_jax.runtime import nodewise


def main():
  programs = int(os.environ.get("PROGRAMS", 0)); mutations = int(os.environ.get("MUTATIONS", 0))
  spec = workload.Spec(data=("arc1-train", "arc1-eval"), chunk_size=400, programs=programs,
                       mutations=mutations, count=int(os.environ.get("COUNT", 0)) or None)
  work = workload.build(spec, workload.load_tasks(spec))
  graphs = nodewise.chunk_graphs(work.built)
  for chains in ("off", "all"):
    for g in graphs:
      types = nodewise.node_types(g)
      p = nodewise.plan(g, chains)
      lev = nodewise.levels(p)
      def leaf_type(o):
        return str(types[o.ref]) if o.kind == "node" else (o.kind, str(o.ref) if o.kind == "input" else "c")
      keys = collections.defaultdict(collections.Counter)
      for s in p.steps:
        keys[lev[s.node]][(s.tree, tuple(leaf_type(o) for o in s.leaves))] += 1
      steps = len(p.steps); distinct_level = sum(len(c) for c in keys.values())
      alltrees = collections.Counter(); 
      for c in keys.values():
        for k, v in c.items(): alltrees[k] += v
      print(f"chains={chains} steps={steps} levels={len(keys)} distinct-per-level={distinct_level} distinct-overall={len(alltrees)}")
      top = collections.Counter()
      for c in keys.values():
        for k, v in c.items():
          if v > 1: top[nodewise.describe(k[0])] += v - 1
      print("  most saved:", top.most_common(12))


if __name__ == "__main__":
  main()
