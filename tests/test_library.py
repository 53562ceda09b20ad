"""The solver library: well-formed, training-only, and correct on both backends.

Every program runs on the reference for every pair of its task on each run.
The compiled path checks every 32nd program of the library on each run (its cold
compile on a 2-core CPU would not fit CI's budget); the `slow` test checks
all of it, as `python -m batt_jax.library --verify` does.
"""

import functools

import pytest

import codegen
from batt_jax.data import embedded
from batt_jax.library import verify

MIN_TASKS = 300


@functools.lru_cache(maxsize=None)
def library():
  return codegen.load_programs("default")


@functools.lru_cache(maxsize=None)
def train_tasks():
  return {t.id: t for t in embedded.load("arc1-train").tasks}


def test_every_program_is_accepted_by_the_code_generator():
  _, errors = library()
  assert not errors, "\n".join(map(str, errors))


def test_programs_are_for_training_tasks_only():
  programs, _ = library()
  held_out = {t.id for name in ("arc1-eval", "arc2-eval") for t in embedded.load(name).tasks}
  train = train_tasks()
  assert all(p.task_id in train for p in programs)
  assert not {p.task_id for p in programs} & (held_out - set(train))


def test_library_covers_enough_tasks():
  programs, _ = library()
  assert len({p.task_id for p in programs}) >= MIN_TASKS


def test_every_program_passes_the_reference():
  programs, _ = library()
  failures = [f"{p.name}: {why}" for p in programs
              if (why := verify.reference_pass(p, train_tasks()[p.task_id]))]
  assert not failures, "\n".join(failures)


def _compiled_failures(programs):
  built = codegen.build(programs, chunk_size=16)
  verdicts = verify.jax_failures(built, train_tasks())
  return [f"{name}: {why}" for name, why in verdicts.items() if why]


def test_a_sample_of_the_library_passes_compiled():
  # Every 32nd program, spread over the library: compiling a quarter took
  # 400 s of the suite's 15 minutes on the 2-core CI machine. The whole
  # library runs compiled in the slow suite and on every GPU bench lease
  # (its answers hashed and compared across changes), and
  # test_runtime_nodewise.py runs a closure-heavy dozen on their tasks.
  programs, _ = library()
  failures = _compiled_failures(programs[::32])
  assert not failures, "\n".join(failures)


@pytest.mark.slow
def test_every_program_passes_compiled():
  programs, _ = library()
  failures = _compiled_failures(programs)
  assert not failures, "\n".join(failures)
