"""Solver programs for ARC-AGI-1 training tasks, batch 1."""


def solve_007bbfb7(I):
    x1 = upscale(I, THREE)
    x2 = hconcat(I, I)
    x3 = hconcat(x2, I)
    x4 = vconcat(x3, x3)
    x5 = vconcat(x4, x3)
    O = cellwise(x1, x5, ZERO)
    return O


def solve_00d62c1b(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = rbind(bordering, I)
    x4 = compose(flip, x3)
    x5 = mfilter(x2, x4)
    O = fill(I, FOUR, x5)
    return O


def solve_017c7c7b(I):
    x1 = vperiod(I)
    x2 = width(I)
    x3 = astuple(x1, x2)
    x4 = crop(I, ORIGIN, x3)
    x5 = vconcat(x4, x4)
    x6 = vconcat(x5, x5)
    x7 = vconcat(x6, x4)
    x8 = astuple(NINE, x2)
    x9 = crop(x7, ORIGIN, x8)
    O = replace(x9, ONE, TWO)
    return O


def solve_0520fde7(I):
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = cellwise(x1, x2, ZERO)
    O = replace(x3, ONE, TWO)
    return O


def solve_05269061(I):
    x1 = objects(I, T, T, T)
    x2 = multiply(SIX, THREE)
    x3 = interval(ZERO, x2, THREE)
    x4 = rbind(shoot, DOWN_LEFT)
    x5 = compose(x4, tojvec)
    x6 = mapply(x5, x3)
    x7 = fork(add, row, col)
    x8 = rbind(modulo, THREE)
    x9 = chain(x8, x7, urcorner)
    x10 = rbind(subtract, THREE)
    x11 = lbind(shift, x6)
    x12 = compose(x10, x9)
    x13 = chain(x11, tojvec, x12)
    x14 = fork(recolor, color, x13)
    x15 = mapply(x14, x1)
    O = paint(I, x15)
    return O


def solve_05f2a901(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, TWO)
    x3 = first(x2)
    x4 = colorfilter(x1, EIGHT)
    x5 = first(x4)
    x6 = gravitate(x3, x5)
    x7 = cover(I, x3)
    x8 = shift(x3, x6)
    O = paint(x7, x8)
    return O


def solve_06df4c85(I):
    x1 = mostcolor(I)
    x2 = fgpartition(I)
    x3 = colorfilter(x2, ZERO)
    x4 = difference(x2, x3)
    x5 = rbind(shoot, RIGHT)
    x6 = lbind(mapply, x5)
    x7 = compose(x6, toindices)
    x8 = rbind(shoot, LEFT)
    x9 = lbind(mapply, x8)
    x10 = compose(x9, toindices)
    x11 = fork(intersection, x7, x10)
    x12 = rbind(shoot, DOWN)
    x13 = lbind(mapply, x12)
    x14 = compose(x13, toindices)
    x15 = rbind(shoot, UP)
    x16 = lbind(mapply, x15)
    x17 = compose(x16, toindices)
    x18 = fork(intersection, x14, x17)
    x19 = fork(combine, x11, x18)
    x20 = fork(recolor, color, x19)
    x21 = mapply(x20, x4)
    x22 = paint(I, x21)
    x23 = ofcolor(I, x1)
    O = fill(x22, x1, x23)
    return O


def solve_08ed6ac7(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = remove(x2, x1)
    x4 = argmax(x3, size)
    x5 = remove(x4, x3)
    x6 = argmax(x5, size)
    x7 = remove(x6, x5)
    x8 = first(x7)
    x9 = fill(I, ONE, x2)
    x10 = fill(x9, TWO, x4)
    x11 = fill(x10, THREE, x6)
    O = fill(x11, FOUR, x8)
    return O


def solve_09629e4f(I):
    x1 = vsplit(I, THREE)
    x2 = first(x1)
    x3 = last(x1)
    x4 = width(I)
    x5 = astuple(THREE, x4)
    x6 = toivec(FOUR)
    x7 = crop(I, x6, x5)
    x8 = hsplit(x2, THREE)
    x9 = hsplit(x7, THREE)
    x10 = hsplit(x3, THREE)
    x11 = combine(x8, x9)
    x12 = combine(x11, x10)
    x13 = rbind(colorcount, ZERO)
    x14 = argmax(x12, x13)
    x15 = upscale(x14, FOUR)
    x16 = shape(I)
    x17 = crop(x15, ORIGIN, x16)
    x18 = ofcolor(I, FIVE)
    O = fill(x17, FIVE, x18)
    return O


def solve_0962bcdd(I):
    x1 = leastcolor(I)
    x2 = palette(I)
    x3 = remove(ZERO, x2)
    x4 = other(x3, x1)
    x5 = ofcolor(I, x1)
    x6 = rbind(subtract, ZERO_BY_TWO)
    x7 = rbind(add, ZERO_BY_TWO)
    x8 = fork(connect, x6, x7)
    x9 = rbind(subtract, TWO_BY_ZERO)
    x10 = rbind(add, TWO_BY_ZERO)
    x11 = fork(connect, x9, x10)
    x12 = fork(combine, x8, x11)
    x13 = mapply(x12, x5)
    x14 = fill(I, x4, x13)
    x15 = rbind(subtract, TWO_BY_TWO)
    x16 = rbind(add, TWO_BY_TWO)
    x17 = fork(connect, x15, x16)
    x18 = astuple(NEG_TWO, TWO)
    x19 = rbind(subtract, x18)
    x20 = rbind(add, x18)
    x21 = fork(connect, x19, x20)
    x22 = fork(combine, x17, x21)
    x23 = mapply(x22, x5)
    O = fill(x14, x1, x23)
    return O


def solve_0a938d79(I):
    x1 = portrait(I)
    x2 = rot270(I)
    x3 = branch(x1, x2, I)
    x4 = objects(x3, T, F, T)
    x5 = argmin(x4, leftmost)
    x6 = argmax(x4, leftmost)
    x7 = leftmost(x5)
    x8 = leftmost(x6)
    x9 = subtract(x8, x7)
    x10 = double(x9)
    x11 = width(x3)
    x12 = interval(x7, x11, x10)
    x13 = interval(x8, x11, x10)
    x14 = compose(vfrontier, tojvec)
    x15 = mapply(x14, x12)
    x16 = mapply(x14, x13)
    x17 = color(x5)
    x18 = color(x6)
    x19 = fill(x3, x17, x15)
    x20 = fill(x19, x18, x16)
    x21 = rot90(x20)
    O = branch(x1, x21, x20)
    return O


def solve_0b148d64(I):
    x1 = partition(I)
    x2 = colorfilter(x1, ZERO)
    x3 = difference(x1, x2)
    x4 = argmin(x3, size)
    O = subgrid(x4, I)
    return O


def solve_0ca9ddb6(I):
    x1 = ofcolor(I, TWO)
    x2 = mapply(ineighbors, x1)
    x3 = fill(I, FOUR, x2)
    x4 = ofcolor(I, ONE)
    x5 = mapply(dneighbors, x4)
    O = fill(x3, SEVEN, x5)
    return O


def solve_0d3d703e(I):
    x1 = switch(I, THREE, FOUR)
    x2 = switch(x1, ONE, FIVE)
    x3 = switch(x2, TWO, SIX)
    O = switch(x3, EIGHT, NINE)
    return O


def solve_0dfd9992(I):
    x1 = width(I)
    x2 = astuple(ONE, x1)
    x3 = crop(I, ORIGIN, x2)
    x4 = hperiod(x3)
    x5 = ofcolor(I, ZERO)
    x6 = asindices(I)
    x7 = difference(x6, x5)
    x8 = multiply(x4, THREE)
    x9 = invert(x8)
    x10 = multiply(x4, FOUR)
    x11 = interval(x9, x10, x4)
    x12 = lbind(shift, x5)
    x13 = lbind(intersection, x7)
    x14 = rbind(toobject, I)
    x15 = chain(x14, x13, x12)
    x16 = fork(shift, x15, invert)
    x17 = compose(x16, tojvec)
    x18 = compose(x16, toivec)
    x19 = fork(combine, x17, x18)
    x20 = mapply(x19, x11)
    O = paint(I, x20)
    return O


def solve_11852cab(I):
    x1 = fgpartition(I)
    x2 = merge(x1)
    x3 = subgrid(x2, I)
    x4 = rot90(x3)
    x5 = asobject(x4)
    x6 = underpaint(x3, x5)
    x7 = rot180(x3)
    x8 = asobject(x7)
    x9 = underpaint(x6, x8)
    x10 = rot270(x3)
    x11 = asobject(x10)
    x12 = underpaint(x9, x11)
    x13 = index(x12, TWO_BY_TWO)
    x14 = asindices(x12)
    x15 = corners(x14)
    x16 = underfill(x12, x13, x15)
    x17 = asobject(x16)
    x18 = ulcorner(x2)
    x19 = shift(x17, x18)
    O = paint(I, x19)
    return O


def solve_1190e5a7(I):
    x1 = mostcolor(I)
    x2 = frontiers(I)
    x3 = sfilter(x2, hline)
    x4 = sfilter(x2, vline)
    x5 = size(x3)
    x6 = size(x4)
    x7 = increment(x5)
    x8 = increment(x6)
    x9 = astuple(x7, x8)
    O = canvas(x1, x9)
    return O


def solve_137eaa0f(I):
    x1 = objects(I, F, T, T)
    x2 = ofcolor(I, FIVE)
    x3 = lbind(intersection, x2)
    x4 = chain(ulcorner, x3, toindices)
    x5 = lbind(subtract, UNITY)
    x6 = compose(x5, x4)
    x7 = fork(shift, identity, x6)
    x8 = mapply(x7, x1)
    x9 = canvas(ZERO, THREE_BY_THREE)
    O = paint(x9, x8)
    return O


def solve_178fcbfb(I):
    x1 = ofcolor(I, TWO)
    x2 = mapply(vfrontier, x1)
    x3 = fill(I, TWO, x2)
    x4 = ofcolor(I, ONE)
    x5 = mapply(hfrontier, x4)
    x6 = fill(x3, ONE, x5)
    x7 = ofcolor(I, THREE)
    x8 = mapply(hfrontier, x7)
    O = fill(x6, THREE, x8)
    return O


def solve_1a07d186(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, ONE)
    x3 = difference(x1, x2)
    x4 = apply(color, x3)
    x5 = rbind(contained, x4)
    x6 = compose(x5, color)
    x7 = sfilter(x2, x6)
    x8 = lbind(extract, x3)
    x9 = lbind(matcher, color)
    x10 = chain(x8, x9, color)
    x11 = fork(gravitate, identity, x10)
    x12 = fork(shift, identity, x11)
    x13 = mapply(x12, x7)
    x14 = merge(x2)
    x15 = cover(I, x14)
    O = paint(x15, x13)
    return O


def solve_1b2d62fb(I):
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = cellwise(x1, x2, NINE)
    x4 = replace(x3, ZERO, EIGHT)
    O = replace(x4, NINE, ZERO)
    return O


def solve_1bfc4729(I):
    x1 = asindices(I)
    x2 = box(x1)
    x3 = objects(I, T, F, T)
    x4 = first(x3)
    x5 = last(x3)
    x6 = color(x4)
    x7 = color(x5)
    x8 = tophalf(I)
    x9 = asindices(x8)
    x10 = intersection(x2, x9)
    x11 = difference(x2, x10)
    x12 = ulcorner(x4)
    x13 = hfrontier(x12)
    x14 = ulcorner(x5)
    x15 = hfrontier(x14)
    x16 = combine(x10, x13)
    x17 = combine(x11, x15)
    x18 = fill(I, x6, x16)
    O = fill(x18, x7, x17)
    return O


def solve_1c786137(I):
    x1 = tojvec(FOUR)
    x2 = toivec(FOUR)
    x3 = astuple(FOUR, FOUR)
    x4 = connect(ORIGIN, x1)
    x5 = connect(ORIGIN, x2)
    x6 = combine(x4, x5)
    x7 = connect(x1, x3)
    x8 = connect(x2, x3)
    x9 = combine(x7, x8)
    x10 = palette(I)
    x11 = lbind(occurrences, I)
    x12 = rbind(recolor, x6)
    x13 = compose(x11, x12)
    x14 = mapply(x13, x10)
    x15 = rbind(recolor, x9)
    x16 = compose(x11, x15)
    x17 = mapply(x16, x10)
    x18 = shift(x17, x3)
    x19 = combine(x14, x18)
    x20 = subgrid(x19, I)
    O = trim(x20)
    return O


def solve_1caeab9d(I):
    x1 = objects(I, T, T, T)
    x2 = colorfilter(x1, ONE)
    x3 = first(x2)
    x4 = uppermost(x3)
    x5 = lbind(subtract, x4)
    x6 = chain(toivec, x5, uppermost)
    x7 = fork(shift, identity, x6)
    x8 = mapply(x7, x1)
    x9 = merge(x1)
    x10 = cover(I, x9)
    O = paint(x10, x8)
    return O


def solve_1cf80156(I):
    x1 = fgpartition(I)
    x2 = merge(x1)
    O = subgrid(x2, I)
    return O


def solve_1e0a9b12(I):
    x1 = rbind(ofcolor, ZERO)
    x2 = fork(difference, asindices, x1)
    x3 = rbind(shift, UP)
    x4 = compose(x3, x1)
    x5 = fork(intersection, x2, x4)
    x6 = fork(toobject, x5, identity)
    x7 = fork(cover, identity, x5)
    x8 = rbind(shift, DOWN)
    x9 = compose(x8, x6)
    x10 = fork(paint, x7, x9)
    x11 = height(I)
    x12 = power(x10, x11)
    x13 = repeat(I, ONE)
    x14 = apply(x12, x13)
    O = first(x14)
    return O


def solve_1e32b0e9(I):
    x1 = astuple(FIVE, FIVE)
    x2 = crop(I, ORIGIN, x1)
    x3 = asindices(x2)
    x4 = ofcolor(x2, ZERO)
    x5 = difference(x3, x4)
    x6 = index(I, x1)
    x7 = tojvec(SIX)
    x8 = shift(x5, x7)
    x9 = double(x7)
    x10 = shift(x5, x9)
    x11 = combine(x5, x8)
    x12 = combine(x11, x10)
    x13 = toivec(SIX)
    x14 = shift(x12, x13)
    x15 = double(x13)
    x16 = shift(x12, x15)
    x17 = combine(x12, x14)
    x18 = combine(x17, x16)
    O = underfill(I, x6, x18)
    return O


def solve_3c9b0459(I):
    O = rot180(I)
    return O
