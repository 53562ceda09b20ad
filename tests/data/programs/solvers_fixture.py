"""A tiny library for the codegen tests: real ARC task ids, today's primitives.

Several programs share lines (`rot90(I)`, `objects(I, T, F, T)`) so that the
merge has something to share; some carry lines whose value is never used.
"""

# ruff: noqa
# (Library form, not runnable Python: names come from the DSL registry.)
from dsl import *  # ignored by the parser, as in real libraries


def solve_3c9b0459(I):
    x1 = rot90(I)
    O = rot90(x1)
    return O


def solve_6150a2bd(I):
    x1 = rot90(I)
    O = rot90(x1)
    return O


def solve_ed36ccf7(I):
    x1 = rot90(I)
    x2 = rot90(x1)
    O = rot90(x2)
    return O


def solve_4c4377d9(I):
    x1 = rot90(I)
    x2 = rot90(x1)
    x3 = rot90(x2)
    O = rot90(x3)
    return O


def solve_007bbfb7(I):
    x1 = objects(I, T, F, T)
    x2 = apply(toindices, x1)
    x3 = size(x2)
    O = rot90(I)
    return O


def solve_0d3d703e(I):
    "Colour arithmetic on the way; the output only rotates."
    x1 = partition(I)
    x2 = mostcolor(I)
    x3 = add(x2, ONE)
    O = rot90(I)
    return O


def solve_1e0a9b12(I):
    x1 = objects(I, T, F, T)
    x2 = apply(toindices, x1)
    x3 = rot90(I)
    O = rot90(x3)
    return O


def solve_25ff71a9(I):
    x1 = palette(I)
    x2 = size(x1)
    x3 = add(x2, TWO)
    O = rot90(I)
    return O


def solve_a79310a0(I):
    x1 = objects(I, T, F, T)
    x2 = rbind(shift, DOWN)
    x3 = apply(x2, x1)
    x4 = merge(x3)
    x5 = recolor(TWO, x4)
    x6 = merge(x1)
    x7 = cover(I, x6)
    O = paint(x7, x5)
    return O


def solve_b1948b0a(I):
    O = replace(I, SIX, TWO)
    return O

