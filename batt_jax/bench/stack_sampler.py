"""A wall-clock sampling profiler of the main thread, for runs on a lent device.

    python -m batt_jax.bench.stack_sampler OUT.json -m batt_jax.run --flagfile=...

Every `--interval` seconds (the `STACK_SAMPLER_INTERVAL` environment variable,
default 0.005) a thread reads the main thread's stack. A sample lands where
the main thread is, in Python or blocked in a call (a kernel start, a wait
for results), so the counts split wall time, not CPU time; cProfile's
overhead on the search's host loops would distort just what is measured.
OUT.json, written at exit, holds the innermost frames (`leaf`), the functions
on the stack (`inclusive`, once per sample) and the innermost six frames of
batt_jax and codegen (`stacks`), each as [key, samples], most first. The
sampler needs the GIL, so under contention it samples less often than asked:
compare counts within a run, not against its wall time.
"""

import atexit
import collections
import json
import os
import runpy
import sys
import threading
from typing import List, Optional

from batt_jax.runtime.store import write_atomic

_OURS = ("batt_jax", "codegen")
_STACK_FRAMES = 6
_KEPT = 400


def _key(frame, with_line: bool) -> str:
  code = frame.f_code
  where = f":{frame.f_lineno}" if with_line else ""
  return f"{os.path.basename(code.co_filename)}{where}:{code.co_name}"


class Sampler:
  """Counts where one thread's stack is, every `interval` seconds, until stopped."""

  def __init__(self, thread_id: int, interval: float):
    self.thread_id, self.interval = thread_id, interval
    self.leaf: collections.Counter = collections.Counter()
    self.inclusive: collections.Counter = collections.Counter()
    self.stacks: collections.Counter = collections.Counter()
    self.samples = 0
    self._stop = threading.Event()
    self._thread: Optional[threading.Thread] = None

  def sample(self) -> None:
    frame = sys._current_frames().get(self.thread_id)
    if frame is None:
      return
    self.samples += 1
    self.leaf[_key(frame, True)] += 1
    seen, ours = set(), []
    while frame is not None:
      name = _key(frame, False)
      if name not in seen:
        seen.add(name)
        self.inclusive[name] += 1
      if any(p in frame.f_code.co_filename for p in _OURS) and len(ours) < _STACK_FRAMES:
        ours.append(_key(frame, True))
      frame = frame.f_back
    self.stacks[" < ".join(ours)] += 1

  def start(self) -> None:
    def loop():
      while not self._stop.wait(self.interval):
        self.sample()
    self._thread = threading.Thread(target=loop, name="stack_sampler", daemon=True)
    self._thread.start()

  def stop(self) -> None:
    self._stop.set()
    if self._thread is not None:
      self._thread.join()

  def summary(self) -> dict:
    top = lambda counts: [list(kv) for kv in counts.most_common(_KEPT)]  # noqa: E731
    return {"interval": self.interval, "samples": self.samples, "leaf": top(self.leaf),
            "inclusive": top(self.inclusive), "stacks": top(self.stacks)}


def main(argv: List[str]) -> None:
  if len(argv) < 4 or argv[2] != "-m":
    sys.exit("usage: python -m batt_jax.bench.stack_sampler OUT.json -m MODULE [ARGS...]")
  out_path, module = argv[1], argv[3]
  sampler = Sampler(threading.main_thread().ident,
                    float(os.environ.get("STACK_SAMPLER_INTERVAL", "0.005")))

  def write():
    sampler.stop()
    write_atomic(out_path, json.dumps(sampler.summary(), indent=0).encode())

  atexit.register(write)
  sys.argv = [module] + argv[4:]
  sampler.start()
  runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
  main(sys.argv)
