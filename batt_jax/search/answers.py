"""From solutions to programs, checked answers and a Kaggle submission.

A solution is written as a program in the library's straight-line form (with
its lineage in the docstring), so the library tools can read and verify it.
Before a solution answers a task, the reference interpreter runs that program
on the task's demo pairs and test inputs: it must reproduce every demo output
and the compiled path's test outputs, or the solution is dropped (and counted)
— a wrong answer is never given as right.
"""

from __future__ import annotations

import collections
import dataclasses
import itertools
from typing import Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, TypeVar

from absl import logging

from batt_jax.data.types import Grid, Task
from batt_jax.search import local_rules
from batt_jax.search.enumerate import Solution, Step
from batt_jax.search.tasks import VIEW_PRIMITIVES, View, undo_reads_input
from batt_jax.search.transforms import Transform, by_name, integer_name
from codegen import interpret
from codegen.program import Arg, Line, Location, Program, render

ATTEMPTS = 2
_T = TypeVar("_T")
# Local rules rank after the exact solutions of this many transforms or fewer.
RULES_AFTER_TRANSFORMS = 2
# A local rule and its test outputs (`local_rules.learn`).
LearnedRule = Tuple[local_rules.Rule, Tuple[Grid, ...]]


def _by_name(catalogue: Optional[Sequence[Transform]]) -> Dict[str, Transform]:
  """The transforms of `catalogue` by name (None: every transform, optional ones included)."""
  return by_name() if catalogue is None else {t.name: t for t in catalogue}


def recolor_order(colors: Sequence[Tuple[int, int]]) -> List[Tuple[str, int, int]]:
  """`switch`es and `replace`s, in order, that make every colour a of `colors`'
  (a, b) pairs b at once: each cycle of the map by switches along it, then the
  rest from the colours nearest the end of their chains (so no cell moves twice)."""
  moves = {a: b for a, b in colors if a != b}
  ops, in_cycle = [], set()
  for start in sorted(moves):
    path, a = [], start
    while a in moves and a not in path and a not in in_cycle:
      path.append(a)
      a = moves[a]
    if a in path:
      cycle = path[path.index(a):]
      ops += [("switch", cycle[0], c) for c in cycle[1:]]
      in_cycle.update(cycle)
  rest = {a: b for a, b in moves.items() if a not in in_cycle}

  def distance(a):  # replaces before this one's: those of the chain after it
    return 1 + (distance(rest[a]) if rest[a] in rest else 0)

  ops += [("replace", a, rest[a]) for a in sorted(rest, key=lambda a: (distance(a), a))]
  return ops


def program_lines(view: View, steps: Sequence[Step],
                  catalogue: Optional[Sequence[Transform]] = None,
                  overlay: Sequence[Sequence[Step]] = (),
                  colors: Sequence[Tuple[int, int]] = ()) -> Tuple[Line, ...]:
  """The lines of a composition under a view: `x1 = ...`, ..., `O = ...`.

  Each composition of `overlay` (of the same input) shows through where the
  image so far is 0: `paint(image, toobject(ofcolor(image, ZERO), next))`.
  `colors` then recolours the image (`recolor_order`).
  """
  transforms = _by_name(catalogue)
  counter = itertools.count(1)
  fresh = lambda: f"x{next(counter)}"  # noqa: E731
  # The view's map before the composition and its inverse after.
  wrap = VIEW_PRIMITIVES.get(view.view)
  lines: List[Line] = []
  source = "I"
  where = lambda k: Location("<search>", k)  # noqa: E731
  if wrap:
    source = fresh()
    lines.append(Line(source, wrap[0], (Arg("input", "I"),), where(1)))

  def chain(chain_steps: Sequence[Step], target: Optional[str]) -> str:
    current = source
    for k, step in enumerate(chain_steps):
      out = target if k == len(chain_steps) - 1 else None
      lines.extend(transforms[step.transform].render(step.values, current, out, fresh))
      current = lines[-1].target
    return current

  var = lambda name: Arg("input" if name == "I" else "var", name)  # noqa: E731
  recolor = recolor_order(colors)
  result = chain(steps, None if wrap or overlay or recolor else "O")
  for k, under in enumerate(overlay):
    below = chain(under, None)
    zeros, part = fresh(), fresh()
    image = "O" if k == len(overlay) - 1 and not wrap and not recolor else fresh()
    lines += [Line(zeros, "ofcolor", (var(result), Arg("const", "ZERO")), where(2)),
              Line(part, "toobject", (var(zeros), var(below)), where(3)),
              Line(image, "paint", (var(result), var(part)), where(4))]
    result = image
  for k, (primitive, a, b) in enumerate(recolor):
    image = "O" if k == len(recolor) - 1 and not wrap else fresh()
    lines.append(Line(image, primitive, (var(result), Arg("const", integer_name(a)),
                                          Arg("const", integer_name(b))), where(6)))
    result = image
  if wrap:
    inverse_args = (Arg("var", result),) + (
        (Arg("input", "I"),) if undo_reads_input(view.view) else ())
    lines.append(Line("O", wrap[1], inverse_args, where(5)))
  return tuple(lines)


def describe_program(program: Program) -> str:
  """`name: first line of its docstring` (the lineage)."""
  doc = program.source.splitlines()[1].strip().strip("'\"") if program.source else ""
  return f"{program.name}: {doc}"


def describe(view: View, steps: Sequence[Step],
             overlay: Sequence[Sequence[Step]] = (),
             colors: Sequence[Tuple[int, int]] = ()) -> str:
  text = lambda chain: " -> ".join(  # noqa: E731
      f"{s.transform}{list(s.values) if s.values else ''}" for s in chain) or "input"
  out = f"enumerative search, view {view.view}: {text(steps)}"
  out += "".join(f" over the 0s of: {text(under)}" for under in overlay)
  return out + (f", recoloured {dict(colors)}" if colors else "")


def program_of(view: View, steps: Sequence[Step], index: int,
               catalogue: Optional[Sequence[Transform]] = None,
               overlay: Sequence[Sequence[Step]] = (),
               colors: Sequence[Tuple[int, int]] = ()) -> Program:
  """The composition as a library program `solve_<task>__search<index>`."""
  lines = program_lines(view, steps, catalogue, overlay, colors)
  name = f"solve_{view.task_id}__search{index}"
  doc = describe(view, steps, overlay, colors)
  return Program(name=name, task_id=view.task_id, lines=lines, source=render(name, lines, doc),
                 location=Location("<search>", 0))


@dataclasses.dataclass
class TaskAnswer:
  """The answer to one task.

  Attributes:
    task_id: the task.
    attempts: per test input, up to ATTEMPTS grids (task frame).
    programs: the programs that gave the attempts, in attempt order.
    candidates: solutions found for the task (all views).
    rejected: solutions the reference interpreter did not confirm.
    rules: the local rules that gave attempts.
    rule_programs: per rule, the program whose image it reads (None: the
      task's input).
    sources: what gave each attempt (a program's or a rule's description),
      in attempt order.
  """
  task_id: str
  attempts: List[List[Grid]]
  programs: List[Program]
  candidates: int
  rejected: int
  rules: List[local_rules.Rule] = dataclasses.field(default_factory=list)
  rule_programs: List[Optional[Program]] = dataclasses.field(default_factory=list)
  sources: List[str] = dataclasses.field(default_factory=list)


def _palette(grid: Grid) -> frozenset:
  return frozenset(itertools.chain.from_iterable(grid))


def _shape(grid: Grid) -> Tuple[int, int]:
  return len(grid), len(grid[0]) if grid else 0


def demo_invariants(task: Task) -> Tuple[str, ...]:
  """What every demo output of the task keeps, of these: "same_shape" (its
  input's shape), "changes" (differs from its input), "colors" (more than one
  colour).

  Only invariants that no right answer broke on the ARC-AGI-1 training
  tasks' solutions of one H100 search (2026-11-27). Two more were tried and
  left out: "the demo outputs' one shape" (4 right answers broke it) and "no
  colour the input lacks" (none did, but demos whose inputs all hold the
  colour a rule paints make it a coincidence).
  """
  train = task.train
  kept = []
  if local_rules.keeps_shape(task):
    kept.append("same_shape")
  if all(p.output != p.input for p in train):
    kept.append("changes")
  if all(len(_palette(p.output)) > 1 for p in train):
    kept.append("colors")
  return tuple(kept)


def breaks_invariants(task: Task, invariants: Sequence[str], outputs: Sequence[Grid]) -> bool:
  """Whether a test output breaks one of the demos' `invariants` (`demo_invariants`)."""
  checks = {
      "same_shape": lambda p, g: _shape(g) == _shape(p.input),
      "changes": lambda p, g: g != p.input,
      "colors": lambda p, g: len(_palette(g)) > 1,
  }
  return not all(checks[name](p, g) for name in invariants for p, g in zip(task.test, outputs))


def _confirmed(program: Program, task: Task, expected_tests: Sequence[Grid]) -> bool:
  for pair in task.train:
    if interpret.run(program, pair.input) != pair.output:
      return False
  for pair, grid in zip(task.test, expected_tests):
    if interpret.run(program, pair.input) != grid:
      return False
  return True


def answer(tasks: Sequence[Task], views: Sequence[View], solutions: Sequence[Solution],
           catalogue: Optional[Sequence[Transform]] = None,
           rules: Optional[Mapping[str, Sequence[LearnedRule]]] = None
           ) -> Dict[str, TaskAnswer]:
  """Per task: the first ATTEMPTS distinct confirmed test outputs.

  Solutions whose test outputs keep what every demo output keeps
  (`demo_invariants`: the input's shape, a change, ...) rank first; then
  exact before recoloured (a map learned from the demos is one
  more guess), then by fewest transforms, then by how many solutions agree on
  their test outputs, then by fewest lines, then by discovery. (On the
  ARC-AGI-1 training tasks' solutions of one H100 search, the first and third
  keys made 220 of 229 solved tasks right against 218 by transforms, lines
  and discovery alone: docs/BENCHMARKS.md.)

  `rules`: per task, local rules with their test outputs, best first (the
  cell tables of `local_rules.learn`, then stamps, tilings and output tables:
  `rules_beside.TaskRules.ranked`). They rank after the exact solutions of up to
  RULES_AFTER_TRANSFORMS transforms and before every other solution: on the
  ARC-AGI-1 training tasks (40 features, 2026-11-27), the rules missed 5 of
  the 57 tasks they answered, 4 of them answered right by a solution of one
  or two transforms, and were right for the one task whose only solutions
  were chains of overlays. Where a solution
  gives the same test outputs as a rule, its program answers in the rule's
  place (a program can be read and verified like the library's).
  """
  transforms = _by_name(catalogue)
  by_task: Dict[str, List[Solution]] = {}
  for s in solutions:
    by_task.setdefault(views[s.view].task_id, []).append(s)
  out = {}
  for task in tasks:
    # Each solution with its test outputs in the task's frame (where views agree).
    found = [(s, tuple(views[s.view].undo(g, i) for i, g in enumerate(s.test_outputs)))
             for s in by_task.get(task.id, [])]
    learned = list((rules or {}).get(task.id, ()))
    votes = collections.Counter(grids for _, grids in found)
    invariants = demo_invariants(task)

    def rank(item):
      return (breaks_invariants(task, invariants, item[1]),) + rank_kept(item)

    def rank_kept(item):
      s, grids = item
      if not isinstance(s, Solution):
        if local_rules.is_guess(s):  # a guess that generalises least: after all else
          return (True, float("inf"), 0, 0, learned.index(item))
        return (False, RULES_AFTER_TRANSFORMS + 0.5, 0, 0, learned.index(item))
      # An overlay's paint counts as one more transform per composition under
      # it, a recolouring or a local rule over the image as one more; both
      # are learned from the demos, as guesses, after the exact solutions.
      learned_map = bool(s.colors) or s.rule is not None
      return (learned_map, sum(map(len, s.chains)) + len(s.overlay) + learned_map,
              -votes[grids],
              sum(len(transforms[x.transform].lines) for chain in s.chains for x in chain),
              s.order)

    answer_ = TaskAnswer(task.id, [[] for _ in task.test], [], len(found), 0)
    ranked = sorted(found + learned, key=rank)
    seen, failed = [], set()

    def take_program(s, grids) -> bool:
      view = views[s.view]
      program = program_of(view, s.steps, len(answer_.programs) + len(answer_.rules) + 1,
                           catalogue, s.overlay, s.colors)
      if s.rule is not None:
        return _take_rule(answer_, task, s.rule, grids, program)
      if not _confirmed(program, task, grids):
        answer_.rejected += 1
        failed.add(s.order)
        logging.warning("task %s: the reference does not confirm %s", task.id,
                        describe(view, s.steps, s.overlay, s.colors))
        return False
      answer_.programs.append(program)
      answer_.sources.append(describe_program(program))
      return True

    for s, grids in ranked:
      if len(seen) == ATTEMPTS:
        break
      if grids in seen:
        continue
      if not isinstance(s, Solution):
        # A program with the same answer, however it ranks, gives it in the
        # rule's place: a program can be read and verified like the library's.
        same = [x for x, g in ranked
                if g == grids and isinstance(x, Solution) and x.rule is None]
        if any(take_program(x, grids) for x in same) or _take_rule(answer_, task, s, grids):
          seen.append(grids)
        continue
      if s.order not in failed and take_program(s, grids):
        seen.append(grids)
    answer_.candidates += len(learned)
    answer_.attempts = [[g[i] for g in seen] for i in range(len(task.test))]
    out[task.id] = answer_
  return out


def _take_rule(answer_: TaskAnswer, task: Task, rule: local_rules.Rule,
               outputs: Tuple[Grid, ...], program: Optional[Program] = None) -> bool:
  """Whether the rule, applied again (to `program`'s grids, run by the
  reference interpreter, if given; else to the task's), gives every demo
  output and `outputs` (then it is one of the answer's rules), or not
  (counted rejected)."""
  def image(grid):
    return grid if program is None else interpret.run(program, grid)

  def rule_of(grid):
    grid = image(grid)
    return None if grid is None else local_rules.apply(rule, grid)

  if (any(rule_of(p.input) != p.output for p in task.train)
      or tuple(rule_of(p.input) for p in task.test) != outputs):
    answer_.rejected += 1
    logging.warning("task %s: %s does not reproduce its demos", task.id,
                    local_rules.describe(rule))
    return False
  answer_.rules.append(rule)
  answer_.rule_programs.append(program)
  answer_.sources.append(local_rules.describe(rule) + (
      "" if program is None else f" over {describe_program(program)}"))
  return True


def solution_records(views: Sequence[View], solutions: Sequence[Solution]) -> List[dict]:
  """Every solution, JSON-ready (`read_solutions` reads them back): its task and
  view, its compositions and recolouring, and its test outputs in the view's
  frame. Written beside a search's answers (`--solutions`), they let another
  ranking of the same solutions be tried without searching again."""
  return [{"task": views[s.view].task_id, "view_name": views[s.view].view, "view": s.view,
           "order": s.order, "description": describe(views[s.view], s.steps, s.overlay, s.colors),
           "chains": [[[x.transform, list(x.values)] for x in chain] for chain in s.chains],
           "colors": [list(pair) for pair in s.colors],
           **({} if s.rule is None else {"rule": local_rules.record(s.rule)}),
           "test_outputs": [[list(row) for row in grid] for grid in s.test_outputs]}
          for s in solutions]


def read_solutions(records: Sequence[dict]) -> List[Solution]:
  """The solutions of `solution_records` (for the same views, in the same order)."""
  out = []
  for r in records:
    steps, *overlay = (tuple(Step(name, tuple(values)) for name, values in chain)
                       for chain in r["chains"])
    out.append(Solution(
        r["view"], steps, tuple(tuple(tuple(row) for row in grid) for grid in r["test_outputs"]),
        r["order"], tuple(overlay), tuple(tuple(pair) for pair in r["colors"]),
        local_rules.from_record(r["rule"]) if "rule" in r else None))
  return out


def _fill_free(answer_: TaskAnswer, found: Iterable[Tuple[_T, Tuple[Optional[Grid], ...]]],
               take: Callable[[_T, Tuple[Grid, ...]], bool]) -> None:
  """Offers each (candidate, test outputs) of `found` the attempts left free:
  one whose outputs are new and complete is given one if `take` accepts it
  (and records it in `answer_`). Every candidate is counted."""
  seen = list(zip(*answer_.attempts))  # one tuple of test grids per attempt
  for candidate, grids in found:
    answer_.candidates += 1
    if len(seen) >= ATTEMPTS or any(g is None for g in grids) or grids in seen:
      continue
    if take(candidate, grids):
      seen.append(grids)
  answer_.attempts = [[g[i] for g in seen] for i in range(len(answer_.attempts))]


def add_found(answer_: TaskAnswer, programs: Sequence[Program],
              test_outputs: Sequence[Sequence[Optional[Grid]]]) -> None:
  """Appends programs found another way (outputs from the reference) to free attempts."""
  def take(program: Program, _) -> bool:
    answer_.programs.append(program)
    answer_.sources.append(describe_program(program))
    return True

  _fill_free(answer_, zip(programs, map(tuple, test_outputs)), take)


def add_rules(answer_: TaskAnswer, task: Task, rules: Sequence[LearnedRule]) -> None:
  """Appends rules' answers (`local_rules.learn_trees`: the last resort) to
  free attempts, each once `_take_rule` has applied it to the demos again."""
  _fill_free(answer_, rules, lambda rule, grids: _take_rule(answer_, task, rule, grids))


def submission(tasks: Sequence[Task], answers: Dict[str, TaskAnswer],
               fallback: Optional[Dict[str, list]] = None) -> Dict[str, list]:
  """Kaggle entries: search attempts first, then `fallback`'s (e.g. the library's), then 0s."""
  out = {}
  for task in tasks:
    a = answers.get(task.id)
    entries = []
    for i in range(len(task.test)):
      grids = [list(map(list, g)) for g in (a.attempts[i] if a else [])]
      if fallback and task.id in fallback and i < len(fallback[task.id]):
        for key in ("attempt_1", "attempt_2"):
          g = fallback[task.id][i].get(key)
          if g is not None and g not in grids:
            grids.append(g)
      while len(grids) < ATTEMPTS:
        grids.append([[0]])
      entries.append({"attempt_1": grids[0], "attempt_2": grids[1]})
    out[task.id] = entries
  return out


def correct(task: Task, entries: list) -> Optional[bool]:
  """Every test output among its attempts; None where the truth is unknown."""
  if any(p.output is None for p in task.test):
    return None
  return all(any(e.get(k) == [list(r) for r in p.output] for k in ("attempt_1", "attempt_2"))
             for p, e in zip(task.test, entries))


def programs_module(answers: Dict[str, TaskAnswer]) -> str:
  """The found programs as one library module."""
  out = ['"""Programs found by batt_jax.search (python -m batt_jax.search)."""', ""]
  for a in answers.values():
    for p in a.programs:
      out += ["", p.source.rstrip("\n"), ""]
  return "\n".join(out).rstrip("\n") + "\n"


__all__ = ["ATTEMPTS", "RULES_AFTER_TRANSFORMS", "LearnedRule", "TaskAnswer", "add_found",
           "add_rules", "breaks_invariants", "demo_invariants",
           "answer", "correct", "describe", "describe_program", "program_lines", "program_of",
           "programs_module", "submission"]
