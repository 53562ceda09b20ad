"""Lists the DSL's primitives: `python -m batt_jax.primitives [--json]`."""

import json
import sys

from absl import app
from absl import flags

from batt_jax.dsl import registry

_JSON = flags.DEFINE_bool("json", False, "Print one JSON record per primitive.")


def main(argv):
  del argv
  records = registry.describe()
  if _JSON.value:
    json.dump({"primitives": records,
               "constants": {c.name: {"type": c.type, "value": c.value}
                             for c in registry.CONSTANTS.values()}},
              sys.stdout, indent=1)
    sys.stdout.write("\n")
    return
  width = max(len(r["name"]) for r in records)
  for r in records:
    impl = "ref+jax" if r["jax"] else "ref only"
    sys.stdout.write(f"{r['family']:<12} {r['name']:<{width}}  {impl:<8}  {r['signature']}\n")
  sys.stdout.write(f"{len(records)} primitives, "
                   f"{sum(r['jax'] for r in records)} with both implementations\n")


if __name__ == "__main__":
  app.run(main)
