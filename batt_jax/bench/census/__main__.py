"""`python -m batt_jax.bench.census`: the library kernels' reduced and read elements by DSL line."""

from typing import Sequence

from absl import app
from absl import flags
from absl import logging
import jax

import codegen
from batt_jax.bench import census
from batt_jax.dsl.jax import slots
from batt_jax.runtime import nodewise

_PROGRAMS = flags.DEFINE_integer("programs", 0, "The first this many library programs (0: all).",
                                 lower_bound=0)
_ROWS = flags.DEFINE_integer("rows", 3499, "Samples per kernel call (the batch's rows).",
                             lower_bound=1)
_TOP = flags.DEFINE_integer("top", 25, "Source lines to list.", lower_bound=1)


def main(argv: Sequence[str]) -> None:
  del argv
  slots.set_mode("on")  # the mappings as a GPU run with --compact_slots=on builds them
  programs, errors = codegen.load_programs("default")
  if errors:
    logging.warning("%d library files did not load", len(errors))
  if _PROGRAMS.value:
    programs = programs[:_PROGRAMS.value]
  (graph,) = nodewise.chunk_graphs(codegen.build(programs, chunk_size=len(programs)))
  counted = census.take(graph, _ROWS.value, jax.devices()[:1])
  logging.info("%d programs, %d kernels at %d rows", len(programs), counted.kernels,
               _ROWS.value)
  for name, table in (("reduced elements by primitive", counted.reduced_by_primitive),
                      ("reduced elements by source", counted.reduced),
                      ("input elements of every primitive by source", counted.all_ops)):
    logging.info("%s:", name)
    for key, share in census.shares(table, _TOP.value):
      logging.info("  %6.1f%%  %s", 100 * share, key)


if __name__ == "__main__":
  app.run(main)
