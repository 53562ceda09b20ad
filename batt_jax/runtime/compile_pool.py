"""Thread pools that compile XLA executables beside the thread that traces them.

Tracing and lowering are Python (one thread, the GIL); XLA's compilation is
C++ that releases the GIL, so a pool of workers can compile what the main
thread has lowered while it lowers the next one. The workers are many (one
per core) and the main thread is one: at equal priority, 16 compiling threads
on 16 cores leave the Python thread half a core, and the lowering that feeds
them takes twice as long (measured on an H100 host: the library's lowering took
104.7 s with the search's kernels compiling beside it, 42 s alone). So the
workers run at a lower priority (a higher Linux nice value, per thread): they
use every core the main thread does not.

`LIBRARY` is for compiles that the run waits for next; `BACKGROUND` for
compiles made ahead of their use (the search's, during the library pass), so
the library's own compiles come first.

Tracing is the one part that cannot share: two Python threads that trace
split the GIL half and half. So the lowering that the run waits for marks
itself `foreground()`, and work traced ahead on another thread waits
(`wait_for_foreground`) until no such lowering runs: it fills the time the
run spends waiting for XLA instead of slowing the lowering down.
"""

from __future__ import annotations

from concurrent import futures
import contextlib
import os
import threading
from typing import Iterator, Optional

from absl import logging

LIBRARY = 5  # nice values added to the worker threads
BACKGROUND = 10


def _lower_priority(niceness: int) -> None:
  """Raises the calling thread's nice value by `niceness` (Linux: per thread)."""
  try:
    tid = threading.get_native_id()
    os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + niceness)
  except (AttributeError, OSError) as e:  # not Linux, or not allowed: same priority
    logging.log_first_n(logging.INFO, "compile pool: thread priority unchanged (%s)", 1, e)


def pool(workers: Optional[int] = None, niceness: int = LIBRARY) -> futures.ThreadPoolExecutor:
  """A thread pool of `workers` (default: one per core) at `niceness` below this thread."""
  return futures.ThreadPoolExecutor(max(1, workers or os.cpu_count() or 1),
                                    thread_name_prefix="xla-compile",
                                    initializer=_lower_priority, initargs=(niceness,))


_FOREGROUND = threading.Condition()
_foreground_count = 0


@contextlib.contextmanager
def foreground() -> Iterator[None]:
  """Marks lowering that the run waits for: background tracing pauses meanwhile."""
  global _foreground_count
  with _FOREGROUND:
    _foreground_count += 1
  try:
    yield
  finally:
    with _FOREGROUND:
      _foreground_count -= 1
      _FOREGROUND.notify_all()


def wait_for_foreground() -> None:
  """Returns once no `foreground()` lowering runs (at once if none does)."""
  with _FOREGROUND:
    _FOREGROUND.wait_for(lambda: _foreground_count == 0)
