"""Writes the ARC-AGI-1 tasks whose every grid fits SIDE x SIDE to .prof/fit<SIDE>/ (per-task JSON), for whatif.sh."""
import json, os
from batt_jax import data
for side in (16, 10):
  out = f".prof/fit{side}"
  for name in ("arc1-train", "arc1-eval"):
    for t in data.load(name).tasks:
      pairs = list(t.train) + list(t.test)
      if all(max(len(g), len(g[0])) <= side for p in pairs for g in [p.input] + ([p.output] if p.output is not None else [])):
        conv = lambda ps: [{"input": [list(map(int, r)) for r in p.input], "output": [list(map(int, r)) for r in p.output]} for p in ps]
        json.dump({"train": conv(t.train), "test": conv(t.test)}, open(os.path.join(out, t.id + ".json"), "w"))
  print(side, len(os.listdir(out)))
