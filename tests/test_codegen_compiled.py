"""The compiled path against the reference interpreter, on real ARC grids.

Every candidate slot of every chunk is compared with `interpret.run` of its
program on every sample (validity included), library programs and mutants
alike; and each chunk traces once per input shape under jit(vmap(batt)).
"""

import functools
import os

import chex
import jax
import numpy as np
import pytest

import codegen
from batt_jax.data import embedded
from batt_jax.dsl import encoding

FIXTURES = os.path.join(os.path.dirname(__file__), "data", "programs")
SAMPLES = 12


@functools.lru_cache(maxsize=None)
def arc1_train():
  return {task.id: task for task in embedded.load("arc1-train").tasks}


@functools.lru_cache(maxsize=None)
def sample_grids():
  """Inputs of the fixture programs' own tasks first, then other tasks' inputs."""
  tasks = arc1_train()
  programs, _ = codegen.load_programs(FIXTURES)
  grids = []
  for task_id in dict.fromkeys(p.task_id for p in programs):
    grids += [pair.input for pair in tasks[task_id].train[:1]]
  for task in list(tasks.values())[:SAMPLES]:
    if len(grids) >= SAMPLES:
      break
    grids.append(task.train[0].input)
  return [tuple(map(tuple, g)) for g in grids[:SAMPLES]]


def encode_batch(grids):
  return jax.tree.map(np.asarray,
                      encoding.stack([encoding.encode(g, "Grid") for g in grids]))


@functools.lru_cache(maxsize=None)
def fixture_build(mutations, seed):
  programs, errors = codegen.load_programs(FIXTURES)
  assert not errors
  return codegen.build(programs, chunk_size=16, mutations=mutations, seed=seed)


def test_library_programs_solve_their_tasks():
  # Five fixture programs are real solutions; the interpreter must reproduce
  # every pair of their tasks.
  programs = {p.name: p for p in codegen.load_programs(FIXTURES)[0]}
  for name in ("solve_3c9b0459", "solve_6150a2bd", "solve_ed36ccf7", "solve_a79310a0",
               "solve_b1948b0a"):
    task = arc1_train()[programs[name].task_id]
    for pair in task.train + task.test:
      assert codegen.run_reference(programs[name], pair.input) == \
          tuple(map(tuple, pair.output)), name


def test_compiled_matches_reference_on_every_program_and_sample():
  result = fixture_build(mutations=2, seed=0)
  by_name = {p.name: p for p in result.candidates}
  grids = sample_grids()
  batch = encode_batch(grids)
  checked = 0
  for chunk in result.chunks:
    out = jax.jit(jax.vmap(chunk.batt))(batch)
    chex.assert_shape(out.cells, (len(grids), len(chunk.program_ids), 30, 30))
    for s, grid in enumerate(grids):
      sample = encoding.unstack(out, s)
      for k, name in enumerate(chunk.program_ids):
        got = encoding.decode(encoding.unstack(sample, k), "Grid")
        want = codegen.run_reference(by_name[name], grid)
        assert got == want, (name, s)
        checked += 1
  assert checked == len(result.candidates) * len(grids)
  assert result.stats.variants > 0  # mutants were checked too


def test_each_chunk_traces_once_per_shape():
  result = fixture_build(mutations=0, seed=0)
  grids = sample_grids()
  first, second = encode_batch(grids[:4]), encode_batch(grids[4:8])
  for chunk in result.chunks:
    batt = chex.assert_max_traces(chunk.batt, n=1)
    run = jax.jit(jax.vmap(batt))
    run(first)
    run(second)  # same shapes, other values: no retrace
    with pytest.raises(AssertionError, match="traced > 1 times"):
      # A different batch size is a new shape: the only reason to trace again.
      run(encode_batch(grids[:3]))
    chex.clear_trace_counter()


def test_invalid_input_gives_invalid_candidates():
  result = fixture_build(mutations=0, seed=0)
  batch = encode_batch(sample_grids()[:2])
  batch = batch.replace(valid=np.array([True, False]))
  out = jax.jit(jax.vmap(result.chunks[0].batt))(batch)
  assert not np.asarray(out.valid)[1].any()


def test_fixture_programs_do_not_diverge_line_by_line():
  from codegen import diagnose
  for program in codegen.load_programs(FIXTURES)[0]:
    assert diagnose.first_divergence(program, sample_grids()[0]) is None, program.name
