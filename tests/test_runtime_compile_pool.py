"""Compile pools: workers below the tracing thread's priority."""

import os
import threading

from batt_jax.runtime import compile_pool


def _nice() -> int:
  return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def test_workers_run_at_a_higher_nice_value_than_the_caller():
  mine = _nice()
  for niceness in (compile_pool.LIBRARY, compile_pool.BACKGROUND):
    with compile_pool.pool(2, niceness) as pool:
      seen = set(pool.map(lambda _: _nice(), range(8)))
    assert seen == {min(mine + niceness, 19)}
  assert _nice() == mine  # the caller's own priority is untouched


def test_pool_size_defaults_to_the_cores():
  with compile_pool.pool() as pool:
    assert pool._max_workers == (os.cpu_count() or 1)


def test_wait_for_foreground_returns_once_no_lowering_runs():
  compile_pool.wait_for_foreground()  # none runs: at once
  passed = threading.Event()
  waiter = threading.Thread(target=lambda: (compile_pool.wait_for_foreground(), passed.set()))
  with compile_pool.foreground():
    with compile_pool.foreground():  # nested: counted
      waiter.start()
      assert not passed.wait(0.2)
    assert not passed.wait(0.2)
  assert passed.wait(5)
  waiter.join()
