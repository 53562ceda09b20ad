"""Generates batt modules from a program library.

    python -m codegen --library=default --out=/tmp/batt [--chunk_size=64] \
        [--mutations=N --seed=S]

Writes one module per chunk and manifest.json into --out, and logs the
programs parsed and rejected (with file:line reasons), the merge savings and
the emitted sizes.
"""

from absl import app
from absl import flags
from absl import logging

from codegen import pipeline
from codegen import library
from codegen import manifest as manifest_lib

_LIBRARY = flags.DEFINE_string(
    "library", library.DEFAULT,
    "'default' (batt_jax/library/solvers/) or comma-separated files/folders of *.py.")
_OUT = flags.DEFINE_string("out", None, "Folder to write the modules and manifest.json to.")
_CHUNK_SIZE = flags.DEFINE_integer(
    "chunk_size", pipeline.DEFAULT_CHUNK_SIZE,
    "Candidate programs per module (bounds XLA computation size and compile time).")
_MUTATIONS = flags.DEFINE_integer("mutations", 0, "Variants to derive per program.")
_SEED = flags.DEFINE_integer("seed", 0, "Mutation seed (same seed, same output).")

flags.mark_flag_as_required("out")


def main(argv):
  if len(argv) > 1:
    raise app.UsageError(f"unexpected arguments: {argv[1:]}")
  files = library.files(_LIBRARY.value)
  logging.info("library: %d files from %s", len(files), _LIBRARY.value)
  programs, errors = pipeline.load_programs(files)
  logging.info("programs: %d accepted, %d rejected", len(programs), len(errors))
  for error in errors:
    logging.warning("rejected: %s", error)
  result = pipeline.build(programs, chunk_size=_CHUNK_SIZE.value,
                           mutations=_MUTATIONS.value, seed=_SEED.value)
  stats = result.stats
  logging.info("variants: %d (asked %d per program, seed %d)", stats.variants,
               _MUTATIONS.value, _SEED.value)
  logging.info("merge: %d calls before, %d after (%.1f%% saved)", stats.calls_before,
               stats.calls_after, 100 * stats.savings)
  for chunk in result.chunks:
    logging.info("%s.py: %d programs, calls %d -> %d, %d lines, %d bytes",
                 chunk.module_name, len(chunk.program_ids), chunk.calls_before,
                 chunk.calls_after, chunk.lines, chunk.bytes)
  description = manifest_lib.manifest(result, files, _MUTATIONS.value, _SEED.value, errors)
  manifest_lib.write(result, _OUT.value, description)
  logging.info("wrote %d modules and %s to %s", len(result.chunks), manifest_lib.MANIFEST,
               _OUT.value)


if __name__ == "__main__":
  app.run(main)
