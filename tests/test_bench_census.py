"""Tests of the census: elements by source line, weighted by calls, from real kernels."""

import jax
import jax.numpy as jnp
import numpy as np

import codegen
from batt_jax.bench import census
from codegen import graph as graph_lib


def test_walk_counts_reductions_inside_loops_with_the_weight():
  def f(x):
    body = lambda i, acc: acc + jnp.sum(x)  # noqa: E731
    return jax.lax.fori_loop(0, 3, body, jnp.max(x))
  closed = jax.make_jaxpr(f)(np.ones((3, 4), np.float32))
  out = census.Census()
  census._walk(closed.jaxpr, 2, out)
  # One max and one sum (its loop body walked once), 12 elements each, twice.
  assert out.reduced_by_primitive == {"reduce_max": 24, "reduce_sum": 24}
  assert sum(out.reduced.values()) == 48
  assert sum(out.all_ops.values()) >= 48


def test_library_kernels_reduce_in_the_dsl():
  programs, errors = codegen.load_programs("default")
  assert not errors
  by_name = {p.name: p for p in programs}
  graph = graph_lib.merge([by_name["solve_3aa6fb7a"], by_name["solve_44f52bb0"]])
  out = census.take(graph, rows=8, devices=jax.devices()[:1])
  assert out.kernels > 3
  top = census.shares(out.reduced, 50)
  assert abs(sum(share for _, share in census.shares(out.reduced, 10**6)) - 1) < 1e-9
  assert top == sorted(top, key=lambda item: -item[1])
  # Reductions come from DSL lines (file:line function), or from jax's own
  # code where the traceback holds no user frame; the DSL's hold most.
  assert all(key.startswith("dsl/jax/") or key == "(jax)" for key, _ in top), top
  assert sum(share for key, share in top if key.startswith("dsl/jax/")) > 0.5
  # Masks are shifted and measured as packed rows: packing is where they are reduced.
  assert any(key.endswith(" pack_rows") for key, _ in top)
