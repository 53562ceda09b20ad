"""Merging (shared calls) and mutation (deterministic, well-typed, distinct)."""

import os

import codegen
from batt_jax.dsl import registry
from codegen import graph
from codegen import mutate
from codegen import parse
from codegen import typecheck
from codegen.mutate import Edit

FIXTURES = os.path.join(os.path.dirname(__file__), "data", "programs")


def fixture_programs():
  programs, errors = codegen.load_programs(FIXTURES)
  assert not errors
  return programs


def test_merge_shares_identical_calls_and_drops_dead_ones():
  g = graph.merge(fixture_programs())
  # 36 lines; 21 distinct calls (rot90(I) alone is written 7 times); 13 of
  # them reach an output (the objects/palette/size lines of four programs
  # feed nothing).
  assert (g.calls_before, g.calls_shared, g.calls_after) == (36, 21, 13)
  rot = {(n.primitive, n.operands): n.index for n in g.nodes}
  once = rot[("rot90", (graph.INPUT_OPERAND,))]
  twice = rot[("rot90", (graph.Operand("node", once),))]
  outputs = dict(zip(g.program_names, g.outputs))
  # Identical programs share their output node; prefixes are shared too.
  assert outputs["solve_3c9b0459"] == outputs["solve_6150a2bd"] == \
      outputs["solve_1e0a9b12"] == graph.Operand("node", twice)
  assert outputs["solve_007bbfb7"] == outputs["solve_25ff71a9"] == graph.Operand("node", once)
  assert [n.index for n in g.nodes] == list(range(13))
  for n in g.nodes:  # topological: operands come first
    assert all(o.ref < n.index for o in n.operands if o.kind == "node")


def test_build_reports_savings():
  stats = codegen.build(fixture_programs()).stats
  assert (stats.programs, stats.variants, stats.chunks) == (10, 0, 1)
  assert (stats.calls_before, stats.calls_after) == (36, 13)
  assert round(stats.savings, 3) == 0.639


def test_candidate_edits_by_kind():
  program = fixture_programs()[8]  # solve_a79310a0
  types = typecheck.infer(program)
  edits = mutate.candidate_edits(program, types, registry.load(), registry.CONSTANTS)
  # cover(I, x6) with x6 an Object may take x4 or x5 (Objects too), not I or x1.
  assert Edit(6, "variable", 2, "x4") in edits["variable"]
  assert Edit(6, "variable", 2, "x5") in edits["variable"]
  assert Edit(6, "variable", 2, "x1") not in edits["variable"]
  assert Edit(4, "constant", 1, "THREE") in edits["constant"]
  assert Edit(1, "constant", 2, "UP") in edits["constant"]
  assert Edit(1, "callable", 1, "add") in edits["callable"]  # arity 2, like shift
  assert Edit(1, "callable", 1, "rot90") not in edits["callable"]
  assert Edit(1, "callable", 1, "shift") not in edits["callable"]
  assert all(e.new != "objects" or e.position == 0 for e in edits["primitive"])
  assert Edit(0, "primitive", 0, "rot90") not in edits["primitive"]  # arity 4 vs 1


def test_mutants_type_check_and_are_distinct():
  programs = fixture_programs()
  variants = mutate.mutate(programs, 4, seed=0)
  interner = graph.Interner()
  outputs = {interner.add(p) for p in programs}
  total = 0
  for program in programs:
    names = [v.name for v in variants[program.name]]
    assert names == [f"{program.name}__m{k}" for k in range(1, len(names) + 1)]
    for v in variants[program.name]:
      typecheck.infer(v)  # raises if ill-typed
      assert v.lineage.parent == program.name and len(v.lineage.edits) == 1
      assert v.task_id == program.task_id
      differing = [a for a, b in zip(v.lines, program.lines) if a != b]
      assert len(differing) == 1
      out = interner.add(v)
      assert out not in outputs  # not a duplicate of any program or variant
      outputs.add(out)
      # The rendered source is a program of the library's form again.
      again, errors = parse.parse_source(v.source, "<mutant>")
      assert not errors
      assert [l.render() for l in again[0].lines] == [l.render() for l in v.lines]
      total += 1
  assert total == 40  # 4 per program: every fixture program has enough edits


def test_same_seed_same_bytes_other_seed_differs():
  programs = fixture_programs()
  first = codegen.build(programs, chunk_size=16, mutations=3, seed=7)
  again = codegen.build(programs, chunk_size=16, mutations=3, seed=7)
  other = codegen.build(programs, chunk_size=16, mutations=3, seed=8)
  assert [c.source for c in first.chunks] == [c.source for c in again.chunks]
  assert [c.source for c in first.chunks] != [c.source for c in other.chunks]
  assert first.stats.variants == 30
  assert "# Mutations per program: 3; seed: 7" in first.chunks[0].source
  assert first.chunks[0].program_ids[:4] == (
      "solve_3c9b0459", "solve_3c9b0459__m1", "solve_3c9b0459__m2", "solve_3c9b0459__m3")
  assert first.chunks[0].lineage[1].startswith("mutation of solve_3c9b0459: ")


def test_no_mutations_when_none_asked():
  variants = mutate.mutate(fixture_programs(), 0, seed=0)
  assert all(v == [] for v in variants.values())
