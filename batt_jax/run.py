r"""Entry point: load ARC tasks and describe them.

    python -m batt_jax.run --data=arc1-train --count=5
    python -m batt_jax.run --flagfile=configs/default.cfg

For now this loads and validates the data, warns about every rejected task or
file, and logs a summary table. The exit status is non-zero only when nothing
at all could be loaded.
"""

from absl import app
from absl import flags
from absl import logging

from batt_jax import data
from batt_jax.data import summary

_DATA = flags.DEFINE_string(
    "data", "arc1-train",
    "An embedded dataset (arc1-train, arc1-eval, arc2-train, arc2-eval), a "
    "Kaggle *_challenges.json file (its sibling *_solutions.json is used if "
    "present) or a directory of <task_id>.json files.")
_SOLUTIONS = flags.DEFINE_string(
    "solutions", None,
    "A Kaggle *_solutions.json for --data, when not beside it under the "
    "matching name.")
_TASKS = flags.DEFINE_list(
    "tasks", None, "Comma-separated task ids to keep (in this order).")
_START = flags.DEFINE_integer(
    "start", 0, "Skip this many of the selected tasks.", lower_bound=0)
_COUNT = flags.DEFINE_integer(
    "count", None, "Keep at most this many tasks after --start.",
    lower_bound=0)


def load_selected() -> data.Dataset:
  """The dataset the flags ask for. Raises data.DataError."""
  dataset = data.load(_DATA.value, _SOLUTIONS.value)
  for error in dataset.rejected:
    logging.warning("rejected: %s", error)
  if not dataset.tasks:
    raise data.DataError(f"no task could be loaded from {_DATA.value}")
  selected = data.select(dataset, _TASKS.value, _START.value, _COUNT.value)
  logging.info("loaded %d tasks from %s (%d rejected); selected %d",
               len(dataset.tasks), dataset.name, len(dataset.rejected),
               len(selected.tasks))
  return selected


def main(argv):
  if len(argv) > 1:
    raise app.UsageError(f"unexpected arguments: {' '.join(argv[1:])}")
  try:
    dataset = load_selected()
  except data.DataError as e:
    logging.error("%s", e)
    return 1
  for line in summary.table(summary.summarize(dataset)):
    logging.info("%s", line)
  return 0


if __name__ == "__main__":
  app.run(main)
