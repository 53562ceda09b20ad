"""Writes a build to a folder: one module per chunk plus manifest.json."""

from __future__ import annotations

import json
import os
from typing import Any, Dict, Sequence

from codegen.pipeline import BuildResult
from codegen.program import ProgramError

MANIFEST = "manifest.json"


def manifest(result: BuildResult, library: Sequence[str], mutations: int, seed: int,
             errors: Sequence[ProgramError]) -> Dict[str, Any]:
  """The JSON-able description of a build: chunks, their slots, stats, rejections."""
  stats = result.stats
  return {
      "generated_by": "python -m codegen",
      "inputs": {"library": list(library), "mutations": mutations, "seed": seed},
      "chunks": [
          {
              "file": f"{c.module_name}.py",
              "module": c.module_name,
              "programs": [{"id": p, "task": t, "lineage": lin}
                           for p, t, lin in zip(c.program_ids, c.task_ids, c.lineage)],
              "calls_before": c.calls_before,
              "calls_after": c.calls_after,
              "lines": c.lines,
              "bytes": c.bytes,
          }
          for c in result.chunks
      ],
      "stats": {
          "programs": stats.programs,
          "variants": stats.variants,
          "rejected": len(errors),
          "chunks": stats.chunks,
          "calls_before": stats.calls_before,
          "calls_after": stats.calls_after,
          "savings": round(stats.savings, 4),
      },
      "rejected": [str(e) for e in errors],
  }


def write(result: BuildResult, out_dir: str, description: Dict[str, Any]) -> None:
  """Writes every chunk's module and the manifest into `out_dir`."""
  os.makedirs(out_dir, exist_ok=True)
  for chunk in result.chunks:
    with open(os.path.join(out_dir, f"{chunk.module_name}.py"), "w", encoding="utf-8") as f:
      f.write(chunk.source)
  with open(os.path.join(out_dir, MANIFEST), "w", encoding="utf-8") as f:
    json.dump(description, f, indent=2, sort_keys=False)
    f.write("\n")
