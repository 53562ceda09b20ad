"""A progress bar for long phases: drawn on a terminal, logged every 10% otherwise."""

import sys
import time

from absl import logging


class Progress:
  """A progress bar on a terminal; absl logging every 10% otherwise."""

  def __init__(self, total: int, label: str, unit: str = "batches"):
    self.total, self.done, self.label, self.unit = max(total, 1), 0, label, unit
    self.tty = sys.stderr.isatty()
    self.start = time.perf_counter()
    self.next_log = 0.1

  def __call__(self) -> None:
    self.done += 1
    frac = self.done / self.total
    if self.tty:
      bar = "#" * int(30 * frac)
      sys.stderr.write(f"\r{self.label} [{bar:<30}] {self.done}/{self.total} "
                       f"{time.perf_counter() - self.start:.1f}s")
      if self.done == self.total:
        sys.stderr.write("\n")
    elif frac >= self.next_log or self.done == self.total:
      logging.info("%s: %d/%d %s (%.0f%%), %.1fs", self.label, self.done, self.total, self.unit,
                   100 * frac, time.perf_counter() - self.start)
      self.next_log = frac + 0.1
