"""`python -m batt_jax.library --verify [--json=FILE]`: checks the library on both backends."""

import dataclasses
import json

from absl import app
from absl import flags
from absl import logging

from batt_jax.library import verify as verify_lib
from batt_jax.runtime.store import write_atomic

_VERIFY = flags.DEFINE_bool("verify", False, "Run every program on every pair of its task.")
_LIBRARY = flags.DEFINE_string("library", "default", "Library: 'default' or paths.")
_DATA = flags.DEFINE_string("data", "arc1-train", "Embedded dataset the programs are for.")
_CHUNK_SIZE = flags.DEFINE_integer("chunk_size", 16, "Programs per compiled chunk.")
_JSON = flags.DEFINE_string("json", None, "Write one record per program here.")


def main(argv):
  del argv
  if not _VERIFY.value:
    raise app.UsageError("nothing to do: pass --verify")
  records, seconds = verify_lib.timed_verify(library=_LIBRARY.value, data=_DATA.value,
                                             chunk_size=_CHUNK_SIZE.value)
  for line in verify_lib.table(records):
    print(line)  # the table is the command's output, not a log
  logging.info("verified %d programs in %.1fs", len(records), seconds)
  if _JSON.value:
    write_atomic(_JSON.value, json.dumps([dataclasses.asdict(r) for r in records],
                                         indent=1).encode())
  return 0 if all(r.reference and r.jax for r in records) else 1


if __name__ == "__main__":
  app.run(main)
