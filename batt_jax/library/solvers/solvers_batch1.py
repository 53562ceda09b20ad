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


def solve_045e512c(I):
    x1 = objects(I, T, T, T)
    x2 = argmax(x1, size)
    x3 = remove(x2, x1)
    x4 = toindices(x2)
    x5 = asindices(I)
    x6 = shape(x2)
    x7 = increment(x6)
    x8 = lbind(position, x2)
    x9 = rbind(multiply, x7)
    x10 = compose(x9, x8)
    x11 = fork(astuple, identity, identity)
    x12 = lbind(lbind, multiply)
    x13 = rbind(compose, x11)
    x14 = lbind(shift, x4)
    x15 = lbind(compose, x14)
    x16 = lbind(intersection, x5)
    x17 = lbind(compose, x16)
    x18 = chain(x15, x13, x12)
    x19 = chain(x17, x18, x10)
    x20 = interval(ONE, EIGHT, ONE)
    x21 = rbind(mapply, x20)
    x22 = compose(x21, x19)
    x23 = fork(recolor, color, x22)
    x24 = mapply(x23, x3)
    O = paint(I, x24)
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
    x1 = fgpartition(I)
    x2 = asindices(I)
    x3 = multiply(THREE, TEN)
    x4 = interval(ZERO, x3, ONE)
    x5 = lbind(lbind, shift)
    x6 = compose(x5, toindices)
    x7 = lbind(intersection, x2)
    x8 = lbind(compose, x7)
    x9 = rbind(mapply, x4)
    x10 = rbind(compose, tojvec)
    x11 = chain(x9, x8, x10)
    x12 = compose(x11, x6)
    x13 = compose(tojvec, invert)
    x14 = rbind(compose, x13)
    x15 = chain(x9, x8, x14)
    x16 = compose(x15, x6)
    x17 = fork(intersection, x12, x16)
    x18 = rbind(compose, toivec)
    x19 = chain(x9, x8, x18)
    x20 = compose(x19, x6)
    x21 = compose(toivec, invert)
    x22 = rbind(compose, x21)
    x23 = chain(x9, x8, x22)
    x24 = compose(x23, x6)
    x25 = fork(intersection, x20, x24)
    x26 = fork(combine, x17, x25)
    x27 = fork(recolor, color, x26)
    x28 = colorfilter(x1, ZERO)
    x29 = difference(x1, x28)
    x30 = mapply(x27, x29)
    x31 = paint(I, x30)
    x32 = mostcolor(I)
    x33 = ofcolor(I, x32)
    O = fill(x31, x32, x33)
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
    x5 = objects(I, T, F, T)
    x6 = colorfilter(x5, x1)
    x7 = rbind(subtract, ZERO_BY_TWO)
    x8 = rbind(add, ZERO_BY_TWO)
    x9 = fork(connect, x7, x8)
    x10 = rbind(subtract, TWO_BY_ZERO)
    x11 = rbind(add, TWO_BY_ZERO)
    x12 = fork(connect, x10, x11)
    x13 = fork(combine, x9, x12)
    x14 = compose(x13, center)
    x15 = mapply(x14, x6)
    x16 = fill(I, x4, x15)
    x17 = rbind(subtract, TWO_BY_TWO)
    x18 = rbind(add, TWO_BY_TWO)
    x19 = fork(connect, x17, x18)
    x20 = astuple(NEG_TWO, TWO)
    x21 = rbind(subtract, x20)
    x22 = rbind(add, x20)
    x23 = fork(connect, x21, x22)
    x24 = fork(combine, x19, x23)
    x25 = compose(x24, center)
    x26 = mapply(x25, x6)
    O = fill(x16, x1, x26)
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
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, TWO)
    x3 = compose(ineighbors, center)
    x4 = mapply(x3, x2)
    x5 = fill(I, FOUR, x4)
    x6 = colorfilter(x1, ONE)
    x7 = compose(dneighbors, center)
    x8 = mapply(x7, x6)
    O = fill(x5, SEVEN, x8)
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


def solve_0e206a2e(I):
    x1 = objects(I, F, T, T)
    x2 = rbind(greater, FOUR)
    x3 = compose(x2, size)
    x4 = sfilter(x1, x3)
    x5 = merge(x4)
    x6 = cover(I, x5)
    x7 = lbind(recolor, ZERO)
    x8 = rbind(ofcolor, ZERO)
    x9 = compose(x7, x8)
    x10 = fork(difference, asobject, x9)
    x11 = fork(recolor, mostcolor, toindices)
    x12 = fork(intersection, identity, x11)
    x13 = fork(difference, identity, x12)
    x14 = lbind(occurrences, x6)
    x15 = chain(x14, x13, x10)
    x16 = chain(positive, size, x15)
    x17 = first(x4)
    x18 = last(x4)
    x19 = subgrid(x17, I)
    x20 = repeat(x19, ONE)
    x21 = rot90(x19)
    x22 = insert(x21, x20)
    x23 = rot180(x19)
    x24 = insert(x23, x22)
    x25 = rot270(x19)
    x26 = insert(x25, x24)
    x27 = hmirror(x19)
    x28 = insert(x27, x26)
    x29 = vmirror(x19)
    x30 = insert(x29, x28)
    x31 = dmirror(x19)
    x32 = insert(x31, x30)
    x33 = cmirror(x19)
    x34 = insert(x33, x32)
    x35 = extract(x34, x16)
    x36 = asobject(x35)
    x37 = ofcolor(x35, ZERO)
    x38 = recolor(ZERO, x37)
    x39 = difference(x36, x38)
    x40 = mostcolor(x39)
    x41 = toindices(x39)
    x42 = recolor(x40, x41)
    x43 = intersection(x39, x42)
    x44 = difference(x39, x43)
    x45 = occurrences(x6, x44)
    x46 = ulcorner(x45)
    x47 = ulcorner(x44)
    x48 = subtract(x46, x47)
    x49 = shift(x39, x48)
    x50 = subgrid(x18, I)
    x51 = repeat(x50, ONE)
    x52 = rot90(x50)
    x53 = insert(x52, x51)
    x54 = rot180(x50)
    x55 = insert(x54, x53)
    x56 = rot270(x50)
    x57 = insert(x56, x55)
    x58 = hmirror(x50)
    x59 = insert(x58, x57)
    x60 = vmirror(x50)
    x61 = insert(x60, x59)
    x62 = dmirror(x50)
    x63 = insert(x62, x61)
    x64 = cmirror(x50)
    x65 = insert(x64, x63)
    x66 = extract(x65, x16)
    x67 = asobject(x66)
    x68 = ofcolor(x66, ZERO)
    x69 = recolor(ZERO, x68)
    x70 = difference(x67, x69)
    x71 = mostcolor(x70)
    x72 = toindices(x70)
    x73 = recolor(x71, x72)
    x74 = intersection(x70, x73)
    x75 = difference(x70, x74)
    x76 = occurrences(x6, x75)
    x77 = ulcorner(x76)
    x78 = ulcorner(x75)
    x79 = subtract(x77, x78)
    x80 = shift(x70, x79)
    x81 = paint(x6, x49)
    O = paint(x81, x80)
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
    x7 = rbind(toobject, I)
    x8 = fork(shift, x7, x6)
    x9 = mapply(x8, x1)
    x10 = canvas(ZERO, THREE_BY_THREE)
    O = paint(x10, x9)
    return O


def solve_178fcbfb(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, TWO)
    x3 = compose(vfrontier, center)
    x4 = mapply(x3, x2)
    x5 = fill(I, TWO, x4)
    x6 = colorfilter(x1, ONE)
    x7 = compose(hfrontier, center)
    x8 = mapply(x7, x6)
    x9 = fill(x5, ONE, x8)
    x10 = colorfilter(x1, THREE)
    x11 = mapply(x7, x10)
    O = fill(x9, THREE, x11)
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
    x7 = rbind(toobject, I)
    x8 = fork(shift, x7, x6)
    x9 = mapply(x8, x1)
    x10 = merge(x1)
    x11 = cover(I, x10)
    O = paint(x11, x9)
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


def solve_1f0c79e5(I):
    x1 = palette(I)
    x2 = remove(ZERO, x1)
    x3 = remove(TWO, x2)
    x4 = first(x3)
    x5 = ofcolor(I, ZERO)
    x6 = asindices(I)
    x7 = difference(x6, x5)
    x8 = interval(ZERO, TEN, ONE)
    x9 = fork(astuple, identity, identity)
    x10 = lbind(shift, x7)
    x11 = lbind(multiply, NEG_UNITY)
    x12 = chain(x10, x11, x9)
    x13 = mapply(x12, x8)
    x14 = ulcorner(x7)
    x15 = index(I, x14)
    x16 = equality(x15, TWO)
    x17 = branch(x16, x13, x7)
    x18 = lbind(multiply, UP_RIGHT)
    x19 = chain(x10, x18, x9)
    x20 = mapply(x19, x8)
    x21 = urcorner(x7)
    x22 = index(I, x21)
    x23 = equality(x22, TWO)
    x24 = branch(x23, x20, x7)
    x25 = lbind(multiply, DOWN_LEFT)
    x26 = chain(x10, x25, x9)
    x27 = mapply(x26, x8)
    x28 = llcorner(x7)
    x29 = index(I, x28)
    x30 = equality(x29, TWO)
    x31 = branch(x30, x27, x7)
    x32 = lbind(multiply, UNITY)
    x33 = chain(x10, x32, x9)
    x34 = mapply(x33, x8)
    x35 = lrcorner(x7)
    x36 = index(I, x35)
    x37 = equality(x36, TWO)
    x38 = branch(x37, x34, x7)
    x39 = combine(x17, x24)
    x40 = combine(x31, x38)
    x41 = combine(x39, x40)
    O = fill(I, x4, x41)
    return O


def solve_1f642eb9(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, ONE)
    x3 = argmax(x1, size)
    x4 = rbind(gravitate, x3)
    x5 = fork(add, identity, sign)
    x6 = compose(x5, x4)
    x7 = rbind(toobject, I)
    x8 = fork(shift, x7, x6)
    x9 = mapply(x8, x2)
    O = paint(I, x9)
    return O


def solve_1f85a75f(I):
    x1 = partition(I)
    x2 = mostcolor(I)
    x3 = colorfilter(x1, x2)
    x4 = difference(x1, x3)
    x5 = compose(size, backdrop)
    x6 = argmin(x4, x5)
    O = subgrid(x6, I)
    return O


def solve_1f876c06(I):
    x1 = fgpartition(I)
    x2 = lbind(index, I)
    x3 = compose(x2, ulcorner)
    x4 = fork(equality, x3, color)
    x5 = sfilter(x1, x4)
    x6 = difference(x1, x5)
    x7 = fork(connect, ulcorner, lrcorner)
    x8 = fork(recolor, color, x7)
    x9 = mapply(x8, x5)
    x10 = fork(connect, urcorner, llcorner)
    x11 = fork(recolor, color, x10)
    x12 = mapply(x11, x6)
    x13 = paint(I, x9)
    O = paint(x13, x12)
    return O


def solve_1fad071e(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, ONE)
    x3 = sizefilter(x2, FOUR)
    x4 = size(x3)
    x5 = astuple(ONE, FIVE)
    x6 = canvas(ZERO, x5)
    x7 = interval(ZERO, x4, ONE)
    x8 = compose(initset, tojvec)
    x9 = mapply(x8, x7)
    O = fill(x6, ONE, x9)
    return O


def solve_2013d3e2(I):
    x1 = fgpartition(I)
    x2 = merge(x1)
    x3 = subgrid(x2, I)
    x4 = tophalf(x3)
    O = lefthalf(x4)
    return O


def solve_2204b7a8(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, THREE)
    x3 = difference(x1, x2)
    x4 = lbind(argmin, x3)
    x5 = lbind(lbind, manhattan)
    x6 = chain(color, x4, x5)
    x7 = fork(recolor, x6, identity)
    x8 = mapply(x7, x2)
    O = paint(I, x8)
    return O


def solve_22168020(I):
    x1 = fgpartition(I)
    x2 = asindices(I)
    x3 = multiply(THREE, TEN)
    x4 = interval(ZERO, x3, ONE)
    x5 = lbind(lbind, shift)
    x6 = compose(x5, toindices)
    x7 = lbind(intersection, x2)
    x8 = lbind(compose, x7)
    x9 = rbind(mapply, x4)
    x10 = rbind(compose, tojvec)
    x11 = chain(x9, x8, x10)
    x12 = compose(x11, x6)
    x13 = compose(tojvec, invert)
    x14 = rbind(compose, x13)
    x15 = chain(x9, x8, x14)
    x16 = compose(x15, x6)
    x17 = fork(intersection, x12, x16)
    x18 = fork(recolor, color, x17)
    x19 = mapply(x18, x1)
    O = paint(I, x19)
    return O


def solve_22233c11(I):
    x1 = objects(I, T, F, T)
    x2 = objects(I, T, T, T)
    x3 = lbind(extract, x2)
    x4 = compose(positive, size)
    x5 = lbind(compose, x4)
    x6 = lbind(lbind, intersection)
    x7 = compose(x5, x6)
    x8 = compose(x3, x7)
    x9 = fork(add, ulcorner, lrcorner)
    x10 = compose(x9, x8)
    x11 = fork(subtract, x9, x10)
    x12 = compose(invert, row)
    x13 = fork(astuple, col, x12)
    x14 = rbind(multiply, THREE_BY_THREE)
    x15 = chain(x14, x13, x11)
    x16 = fork(subtract, x15, x11)
    x17 = compose(halve, x16)
    x18 = fork(shift, identity, x17)
    x19 = mapply(x18, x1)
    O = fill(I, EIGHT, x19)
    return O


def solve_2281f1f4(I):
    x1 = width(I)
    x2 = height(I)
    x3 = interval(ZERO, x1, ONE)
    x4 = interval(ONE, x2, ONE)
    x5 = lbind(index, I)
    x6 = compose(x5, tojvec)
    x7 = matcher(x6, FIVE)
    x8 = sfilter(x3, x7)
    x9 = decrement(x1)
    x10 = tojvec(x9)
    x11 = rbind(add, x10)
    x12 = chain(x5, x11, toivec)
    x13 = matcher(x12, FIVE)
    x14 = sfilter(x4, x13)
    x15 = compose(vfrontier, tojvec)
    x16 = mapply(x15, x8)
    x17 = compose(hfrontier, toivec)
    x18 = mapply(x17, x14)
    x19 = intersection(x16, x18)
    O = underfill(I, TWO, x19)
    return O


def solve_228f6490(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = rbind(bordering, I)
    x4 = compose(flip, x3)
    x5 = sfilter(x2, x4)
    x6 = objects(I, T, F, T)
    x7 = colorfilter(x6, FIVE)
    x8 = difference(x6, x7)
    x9 = lbind(colorcount, I)
    x10 = compose(x9, color)
    x11 = fork(equality, size, x10)
    x12 = sfilter(x8, x11)
    x13 = compose(normalize, toindices)
    x14 = lbind(extract, x12)
    x15 = lbind(matcher, x13)
    x16 = chain(x14, x15, x13)
    x17 = compose(color, x16)
    x18 = fork(recolor, x17, identity)
    x19 = mapply(x18, x5)
    x20 = mapply(x16, x5)
    x21 = cover(I, x20)
    O = paint(x21, x19)
    return O


def solve_22eb0ac0(I):
    x1 = objects(I, T, F, T)
    x2 = matcher(leftmost, ZERO)
    x3 = sfilter(x1, x2)
    x4 = width(I)
    x5 = decrement(x4)
    x6 = tojvec(x5)
    x7 = rbind(add, x6)
    x8 = lbind(index, I)
    x9 = chain(x8, x7, center)
    x10 = fork(equality, x9, color)
    x11 = sfilter(x3, x10)
    x12 = compose(hfrontier, center)
    x13 = fork(recolor, color, x12)
    x14 = mapply(x13, x11)
    O = paint(I, x14)
    return O


def solve_23581191(I):
    x1 = ofcolor(I, EIGHT)
    x2 = ulcorner(x1)
    x3 = ofcolor(I, SEVEN)
    x4 = ulcorner(x3)
    x5 = hfrontier(x2)
    x6 = vfrontier(x2)
    x7 = combine(x5, x6)
    x8 = hfrontier(x4)
    x9 = vfrontier(x4)
    x10 = combine(x8, x9)
    x11 = fill(I, EIGHT, x7)
    x12 = fill(x11, SEVEN, x10)
    x13 = intersection(x7, x10)
    O = fill(x12, TWO, x13)
    return O


def solve_239be575(I):
    x1 = objects(I, F, T, T)
    x2 = rbind(colorcount, TWO)
    x3 = valmax(x1, x2)
    x4 = equality(x3, EIGHT)
    x5 = branch(x4, EIGHT, ZERO)
    O = canvas(x5, UNITY)
    return O


def solve_23b5c85d(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, size)
    O = subgrid(x2, I)
    return O


def solve_253bf280(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, EIGHT)
    x3 = rbind(shoot, RIGHT)
    x4 = compose(x3, center)
    x5 = mapply(x4, x2)
    x6 = rbind(shoot, LEFT)
    x7 = compose(x6, center)
    x8 = mapply(x7, x2)
    x9 = intersection(x5, x8)
    x10 = rbind(shoot, DOWN)
    x11 = compose(x10, center)
    x12 = mapply(x11, x2)
    x13 = rbind(shoot, UP)
    x14 = compose(x13, center)
    x15 = mapply(x14, x2)
    x16 = intersection(x12, x15)
    x17 = combine(x9, x16)
    O = underfill(I, THREE, x17)
    return O


def solve_25d487eb(I):
    x1 = objects(I, F, F, T)
    x2 = first(x1)
    x3 = leastcolor(x2)
    x4 = ofcolor(I, x3)
    x5 = ulcorner(x4)
    x6 = center(x2)
    x7 = subtract(x6, x5)
    x8 = sign(x7)
    x9 = shoot(x5, x8)
    O = underfill(I, x3, x9)
    return O


def solve_25d8a9c8(I):
    x1 = frontiers(I)
    x2 = mfilter(x1, hline)
    x3 = shape(I)
    x4 = canvas(ZERO, x3)
    O = fill(x4, FIVE, x2)
    return O


def solve_25ff71a9(I):
    x1 = asobject(I)
    x2 = shift(x1, DOWN)
    x3 = shape(I)
    x4 = canvas(ZERO, x3)
    O = paint(x4, x2)
    return O


def solve_264363fd(I):
    x1 = objects(I, F, T, T)
    x2 = argmin(x1, size)
    x3 = center(x2)
    x4 = index(I, x3)
    x5 = mostcolor(I)
    x6 = remove(x2, x1)
    x7 = objects(I, T, F, T)
    x8 = colorfilter(x7, x4)
    x9 = backdrop(x2)
    x10 = lbind(intersection, x9)
    x11 = chain(size, x10, toindices)
    x12 = matcher(x11, ZERO)
    x13 = sfilter(x8, x12)
    x14 = add(x3, ZERO_BY_TWO)
    x15 = index(I, x14)
    x16 = add(x3, TWO_BY_ZERO)
    x17 = index(I, x16)
    x18 = equality(x15, x5)
    x19 = flip(x18)
    x20 = equality(x17, x5)
    x21 = flip(x20)
    x22 = lbind(extract, x6)
    x23 = compose(positive, size)
    x24 = lbind(compose, x23)
    x25 = lbind(lbind, intersection)
    x26 = compose(x24, x25)
    x27 = chain(backdrop, x22, x26)
    x28 = compose(hfrontier, center)
    x29 = fork(intersection, x28, x27)
    x30 = compose(vfrontier, center)
    x31 = fork(intersection, x30, x27)
    x32 = chain(delta, initset, center)
    x33 = branch(x19, x29, x32)
    x34 = branch(x21, x31, x32)
    x35 = lbind(recolor, x15)
    x36 = compose(x35, x33)
    x37 = lbind(recolor, x17)
    x38 = compose(x37, x34)
    x39 = fork(combine, x36, x38)
    x40 = mapply(x39, x13)
    x41 = lbind(shift, x2)
    x42 = rbind(subtract, x3)
    x43 = chain(x41, x42, center)
    x44 = mapply(x43, x13)
    x45 = cover(I, x2)
    x46 = paint(x45, x40)
    x47 = paint(x46, x44)
    x48 = asindices(I)
    x49 = mapply(backdrop, x6)
    x50 = difference(x48, x49)
    O = fill(x47, x5, x50)
    return O


def solve_272f95fa(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = rbind(bordering, I)
    x4 = compose(flip, x3)
    x5 = extract(x2, x4)
    x6 = lbind(position, x5)
    x7 = matcher(x6, UP)
    x8 = mfilter(x2, x7)
    x9 = matcher(x6, LEFT)
    x10 = mfilter(x2, x9)
    x11 = matcher(x6, RIGHT)
    x12 = mfilter(x2, x11)
    x13 = matcher(x6, DOWN)
    x14 = mfilter(x2, x13)
    x15 = fill(I, SIX, x5)
    x16 = fill(x15, TWO, x8)
    x17 = fill(x16, FOUR, x10)
    x18 = fill(x17, THREE, x12)
    O = fill(x18, ONE, x14)
    return O


def solve_27a28665(I):
    x1 = asindices(I)
    x2 = corners(x1)
    x3 = ofcolor(I, ZERO)
    x4 = difference(x2, x3)
    x5 = size(x4)
    x6 = equality(x5, TWO)
    x7 = branch(x6, THREE, ONE)
    x8 = equality(x5, ZERO)
    x9 = branch(x8, SIX, x7)
    x10 = equality(x5, FOUR)
    x11 = branch(x10, TWO, x9)
    O = canvas(x11, UNITY)
    return O


def solve_28bf18c6(I):
    x1 = fgpartition(I)
    x2 = merge(x1)
    x3 = subgrid(x2, I)
    O = hconcat(x3, x3)
    return O


def solve_28e73c20(I):
    x1 = width(I)
    x2 = decrement(x1)
    x3 = fork(astuple, double, double)
    x4 = lbind(subtract, x2)
    x5 = compose(x4, double)
    x6 = fork(astuple, x5, x5)
    x7 = fork(astuple, double, x5)
    x8 = fork(astuple, x5, double)
    x9 = fork(connect, x3, x7)
    x10 = fork(connect, x7, x6)
    x11 = fork(connect, x8, x6)
    x12 = rbind(add, TWO)
    x13 = compose(x12, double)
    x14 = fork(astuple, x13, double)
    x15 = fork(connect, x14, x8)
    x16 = compose(increment, double)
    x17 = fork(astuple, x13, x16)
    x18 = compose(initset, x17)
    x19 = fork(combine, x9, x10)
    x20 = fork(combine, x15, x18)
    x21 = fork(combine, x11, x20)
    x22 = fork(combine, x19, x21)
    x23 = fork(connect, x3, x6)
    x24 = compose(backdrop, x23)
    x25 = fork(intersection, x22, x24)
    x26 = add(x1, THREE)
    x27 = divide(x26, FOUR)
    x28 = interval(ZERO, x27, ONE)
    x29 = mapply(x25, x28)
    O = fill(I, THREE, x29)
    return O


def solve_29623171(I):
    x1 = leastcolor(I)
    x2 = replace(I, x1, ZERO)
    x3 = objects(x2, T, F, F)
    x4 = colorfilter(x3, ZERO)
    x5 = rbind(toobject, I)
    x6 = rbind(colorcount, x1)
    x7 = compose(x6, x5)
    x8 = valmax(x4, x7)
    x9 = matcher(x7, x8)
    x10 = mfilter(x4, x9)
    x11 = merge(x4)
    x12 = fill(I, ZERO, x11)
    O = fill(x12, x1, x10)
    return O


def solve_29c11459(I):
    x1 = objects(I, T, F, T)
    x2 = matcher(leftmost, ZERO)
    x3 = sfilter(x1, x2)
    x4 = difference(x1, x3)
    x5 = compose(hfrontier, ulcorner)
    x6 = fork(recolor, color, x5)
    x7 = mapply(x6, x3)
    x8 = paint(I, x7)
    x9 = width(I)
    x10 = halve(x9)
    x11 = righthalf(I)
    x12 = asindices(x11)
    x13 = subtract(x9, x10)
    x14 = tojvec(x13)
    x15 = shift(x12, x14)
    x16 = lbind(intersection, x15)
    x17 = compose(x16, x5)
    x18 = fork(recolor, color, x17)
    x19 = mapply(x18, x4)
    x20 = paint(x8, x19)
    x21 = tojvec(x10)
    x22 = vfrontier(x21)
    x23 = mapply(x5, x3)
    x24 = intersection(x22, x23)
    O = fill(x20, FIVE, x24)
    return O


def solve_29ec7d0e(I):
    x1 = palette(I)
    x2 = maximum(x1)
    x3 = ofcolor(I, ZERO)
    x4 = asindices(I)
    x5 = difference(x4, x3)
    x6 = multiply(x2, THREE)
    x7 = invert(x6)
    x8 = multiply(x2, FOUR)
    x9 = interval(x7, x8, x2)
    x10 = lbind(shift, x3)
    x11 = lbind(intersection, x5)
    x12 = rbind(toobject, I)
    x13 = chain(x12, x11, x10)
    x14 = fork(shift, x13, invert)
    x15 = compose(x14, tojvec)
    x16 = compose(x14, toivec)
    x17 = fork(combine, x15, x16)
    x18 = mapply(x17, x9)
    x19 = paint(I, x18)
    x20 = ofcolor(x19, ZERO)
    x21 = lbind(shift, x20)
    x22 = rbind(toobject, x19)
    x23 = difference(x4, x20)
    x24 = lbind(intersection, x23)
    x25 = chain(x22, x24, x21)
    x26 = fork(shift, x25, invert)
    x27 = compose(x26, tojvec)
    x28 = compose(x26, toivec)
    x29 = fork(combine, x27, x28)
    x30 = mapply(x29, x9)
    O = paint(x19, x30)
    return O


def solve_2bcee788(I):
    x1 = fgpartition(I)
    x2 = colorfilter(x1, TWO)
    x3 = first(x2)
    x4 = difference(x1, x2)
    x5 = first(x4)
    x6 = color(x5)
    x7 = position(x5, x3)
    x8 = vmatching(x5, x3)
    x9 = row(x7)
    x10 = toivec(x9)
    x11 = col(x7)
    x12 = tojvec(x11)
    x13 = branch(x8, x10, x12)
    x14 = shape(x5)
    x15 = multiply(x13, x14)
    x16 = flip(x8)
    x17 = vmirror(x5)
    x18 = hmirror(x5)
    x19 = branch(x16, x17, x18)
    x20 = shift(x19, x15)
    x21 = replace(I, ZERO, THREE)
    x22 = fill(x21, x6, x20)
    O = fill(x22, x6, x5)
    return O


def solve_2bee17df(I):
    x1 = trim(I)
    x2 = frontiers(x1)
    x3 = colorfilter(x2, ZERO)
    x4 = merge(x3)
    x5 = shift(x4, UNITY)
    O = fill(I, THREE, x5)
    return O


def solve_2c608aff(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = sizefilter(x1, ONE)
    x4 = rbind(vmatching, x2)
    x5 = rbind(hmatching, x2)
    x6 = fork(either, x4, x5)
    x7 = sfilter(x3, x6)
    x8 = rbind(gravitate, x2)
    x9 = fork(add, ulcorner, x8)
    x10 = fork(connect, ulcorner, x9)
    x11 = fork(recolor, color, x10)
    x12 = mapply(x11, x7)
    O = paint(I, x12)
    return O


def solve_2dc579da(I):
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = hsplit(x1, TWO)
    x4 = hsplit(x2, TWO)
    x5 = combine(x3, x4)
    O = argmax(x5, numcolors)
    return O


def solve_2dd70a9a(I):
    x1 = ofcolor(I, THREE)
    x2 = width(x1)
    x3 = greater(x2, ONE)
    x4 = dmirror(I)
    x5 = branch(x3, x4, I)
    x6 = ofcolor(x5, THREE)
    x7 = ofcolor(x5, TWO)
    x8 = uppermost(x6)
    x9 = uppermost(x7)
    x10 = greater(x8, x9)
    x11 = flip(x10)
    x12 = hmirror(x5)
    x13 = branch(x11, x12, x5)
    x14 = ofcolor(x13, THREE)
    x15 = ofcolor(x13, TWO)
    x16 = ofcolor(x13, EIGHT)
    x17 = ulcorner(x14)
    x18 = add(x17, UP)
    x19 = shoot(x18, UP)
    x20 = intersection(x19, x16)
    x21 = lowermost(x20)
    x22 = increment(x21)
    x23 = leftmost(x14)
    x24 = astuple(x22, x23)
    x25 = connect(x18, x24)
    x26 = leftmost(x15)
    x27 = astuple(x22, x26)
    x28 = connect(x24, x27)
    x29 = uppermost(x15)
    x30 = lowermost(x15)
    x31 = greater(x29, x22)
    x32 = decrement(x29)
    x33 = increment(x30)
    x34 = branch(x31, x32, x33)
    x35 = astuple(x34, x26)
    x36 = connect(x27, x35)
    x37 = combine(x25, x28)
    x38 = combine(x37, x36)
    x39 = fill(x13, THREE, x38)
    x40 = hmirror(x39)
    x41 = branch(x11, x40, x39)
    x42 = dmirror(x41)
    O = branch(x3, x42, x41)
    return O


def solve_2dee498d(I):
    x1 = hsplit(I, THREE)
    O = first(x1)
    return O


def solve_31aa019c(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = ulcorner(x2)
    x4 = neighbors(x3)
    x5 = shape(I)
    x6 = canvas(ZERO, x5)
    x7 = fill(x6, TWO, x4)
    O = fill(x7, x1, x2)
    return O


def solve_321b1fc6(I):
    x1 = objects(I, F, F, T)
    x2 = colorfilter(x1, EIGHT)
    x3 = difference(x1, x2)
    x4 = first(x3)
    x5 = normalize(x4)
    x6 = lbind(shift, x5)
    x7 = compose(x6, ulcorner)
    x8 = mapply(x7, x2)
    x9 = cover(I, x4)
    O = paint(x9, x8)
    return O


def solve_32597951(I):
    x1 = ofcolor(I, EIGHT)
    x2 = backdrop(x1)
    x3 = ofcolor(I, ONE)
    x4 = intersection(x2, x3)
    O = fill(I, THREE, x4)
    return O


def solve_3345333e(I):
    x1 = fgpartition(I)
    x2 = compose(size, backdrop)
    x3 = fork(equality, size, x2)
    x4 = extract(x1, x3)
    x5 = other(x1, x4)
    x6 = cover(I, x4)
    x7 = uppermost(x5)
    x8 = toivec(x7)
    x9 = hfrontier(x8)
    x10 = toindices(x5)
    x11 = intersection(x10, x9)
    x12 = leftmost(x11)
    x13 = rightmost(x11)
    x14 = add(x12, x13)
    x15 = leftmost(x5)
    x16 = rightmost(x5)
    x17 = add(x15, x16)
    x18 = subtract(x14, x17)
    x19 = vmirror(x5)
    x20 = tojvec(x18)
    x21 = shift(x19, x20)
    O = paint(x6, x21)
    return O


def solve_3428a4f5(I):
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = cellwise(x1, x2, THREE)
    O = replace(x3, TWO, ZERO)
    return O


def solve_3618c87e(I):
    x1 = ofcolor(I, ONE)
    x2 = fill(I, ZERO, x1)
    x3 = shift(x1, TWO_BY_ZERO)
    O = fill(x2, ONE, x3)
    return O


def solve_3631a71a(I):
    x1 = asindices(I)
    x2 = hmirror(I)
    x3 = ofcolor(x2, NINE)
    x4 = difference(x1, x3)
    x5 = toobject(x4, x2)
    x6 = shift(x5, TWO_BY_ZERO)
    x7 = vmirror(I)
    x8 = ofcolor(x7, NINE)
    x9 = difference(x1, x8)
    x10 = toobject(x9, x7)
    x11 = shift(x10, ZERO_BY_TWO)
    x12 = dmirror(I)
    x13 = ofcolor(x12, NINE)
    x14 = difference(x1, x13)
    x15 = toobject(x14, x12)
    x16 = rot180(I)
    x17 = ofcolor(x16, NINE)
    x18 = difference(x1, x17)
    x19 = toobject(x18, x16)
    x20 = shift(x19, TWO_BY_TWO)
    x21 = paint(I, x6)
    x22 = paint(x21, x11)
    x23 = paint(x22, x15)
    O = paint(x23, x20)
    return O


def solve_363442ee(I):
    x1 = crop(I, ORIGIN, THREE_BY_THREE)
    x2 = asobject(x1)
    x3 = objects(I, T, F, T)
    x4 = colorfilter(x3, ONE)
    x5 = lbind(shift, x2)
    x6 = rbind(subtract, UNITY)
    x7 = chain(x5, x6, center)
    x8 = mapply(x7, x4)
    O = paint(I, x8)
    return O


def solve_36d67576(I):
    x1 = objects(I, F, T, T)
    x2 = argmax(x1, numcolors)
    x3 = subgrid(x2, I)
    x4 = repeat(x3, ONE)
    x5 = rot90(x3)
    x6 = insert(x5, x4)
    x7 = rot180(x3)
    x8 = insert(x7, x6)
    x9 = rot270(x3)
    x10 = insert(x9, x8)
    x11 = hmirror(x3)
    x12 = insert(x11, x10)
    x13 = vmirror(x3)
    x14 = insert(x13, x12)
    x15 = dmirror(x3)
    x16 = insert(x15, x14)
    x17 = cmirror(x3)
    x18 = insert(x17, x16)
    x19 = lbind(recolor, ZERO)
    x20 = rbind(ofcolor, ZERO)
    x21 = compose(x19, x20)
    x22 = fork(difference, asobject, x21)
    x23 = lbind(recolor, FOUR)
    x24 = rbind(ofcolor, FOUR)
    x25 = compose(x23, x24)
    x26 = lbind(recolor, TWO)
    x27 = rbind(ofcolor, TWO)
    x28 = compose(x26, x27)
    x29 = fork(combine, x25, x28)
    x30 = compose(normalize, x29)
    x31 = lbind(extract, x18)
    x32 = lbind(matcher, x30)
    x33 = chain(x31, x32, normalize)
    x34 = compose(x22, x33)
    x35 = chain(ulcorner, x29, x33)
    x36 = fork(subtract, ulcorner, x35)
    x37 = fork(shift, x34, x36)
    x38 = remove(x2, x1)
    x39 = mapply(x37, x38)
    O = paint(I, x39)
    return O


def solve_36fdfd69(I):
    x1 = shape(I)
    x2 = canvas(ZERO, x1)
    x3 = ofcolor(I, TWO)
    x4 = shift(x3, RIGHT)
    x5 = shift(x3, LEFT)
    x6 = intersection(x4, x5)
    x7 = shift(x3, DOWN)
    x8 = shift(x3, UP)
    x9 = intersection(x7, x8)
    x10 = shift(x3, UNITY)
    x11 = shift(x3, NEG_UNITY)
    x12 = intersection(x10, x11)
    x13 = shift(x3, DOWN_LEFT)
    x14 = shift(x3, UP_RIGHT)
    x15 = intersection(x13, x14)
    x16 = intersection(x4, x11)
    x17 = intersection(x7, x11)
    x18 = intersection(x5, x14)
    x19 = intersection(x7, x14)
    x20 = combine(x6, x9)
    x21 = combine(x12, x15)
    x22 = combine(x16, x17)
    x23 = combine(x18, x19)
    x24 = combine(x20, x21)
    x25 = combine(x22, x23)
    x26 = combine(x24, x25)
    x27 = combine(x26, x3)
    x28 = fill(x2, ONE, x27)
    x29 = objects(x28, T, T, T)
    x30 = lbind(intersection, x3)
    x31 = compose(x30, toindices)
    x32 = compose(backdrop, x31)
    x33 = mapply(x32, x29)
    x34 = difference(x33, x3)
    O = fill(I, FOUR, x34)
    return O


def solve_3906de3d(I):
    x1 = ofcolor(I, ONE)
    x2 = ofcolor(I, TWO)
    x3 = width(I)
    x4 = interval(ZERO, x3, ONE)
    x5 = compose(vfrontier, tojvec)
    x6 = lbind(intersection, x2)
    x7 = compose(x6, x5)
    x8 = compose(size, x7)
    x9 = compose(positive, x8)
    x10 = sfilter(x4, x9)
    x11 = lbind(intersection, x1)
    x12 = chain(lowermost, x11, x5)
    x13 = compose(increment, x12)
    x14 = compose(uppermost, x7)
    x15 = fork(subtract, x13, x14)
    x16 = compose(toivec, x15)
    x17 = fork(shift, x7, x16)
    x18 = mapply(x17, x10)
    x19 = fill(I, ZERO, x2)
    O = fill(x19, TWO, x18)
    return O


def solve_39a8645d(I):
    x1 = objects(I, T, T, T)
    x2 = lbind(matcher, normalize)
    x3 = compose(x2, normalize)
    x4 = lbind(sfilter, x1)
    x5 = chain(size, x4, x3)
    x6 = argmax(x1, x5)
    O = subgrid(x6, I)
    return O


def solve_39e1d7f9(I):
    x1 = frontiers(I)
    x2 = first(x1)
    x3 = color(x2)
    x4 = replace(I, ZERO, x3)
    x5 = objects(x4, T, F, T)
    x6 = lbind(greater, FIVE)
    x7 = lbind(compose, x6)
    x8 = lbind(lbind, manhattan)
    x9 = compose(x7, x8)
    x10 = lbind(sfilter, x5)
    x11 = chain(size, x10, x9)
    x12 = argmax(x5, x11)
    x13 = lbind(manhattan, x12)
    x14 = compose(x6, x13)
    x15 = sfilter(x5, x14)
    x16 = color(x12)
    x17 = colorfilter(x5, x16)
    x18 = remove(x12, x17)
    x19 = ulcorner(x12)
    x20 = rbind(subtract, x19)
    x21 = compose(x20, ulcorner)
    x22 = asindices(I)
    x23 = lbind(mfilter, x15)
    x24 = lbind(matcher, color)
    x25 = chain(toindices, x23, x24)
    x26 = lbind(lbind, shift)
    x27 = compose(x26, x25)
    x28 = rbind(compose, x21)
    x29 = lbind(intersection, x22)
    x30 = lbind(compose, x29)
    x31 = chain(x30, x28, x27)
    x32 = rbind(mapply, x18)
    x33 = compose(x32, x31)
    x34 = fork(recolor, identity, x33)
    x35 = merge(x15)
    x36 = palette(x35)
    x37 = mapply(x34, x36)
    O = paint(I, x37)
    return O


def solve_3aa6fb7a(I):
    x1 = objects(I, T, F, T)
    x2 = mapply(delta, x1)
    O = fill(I, ONE, x2)
    return O


def solve_3ac3eb23(I):
    x1 = objects(I, T, F, T)
    x2 = rbind(shoot, TWO_BY_ZERO)
    x3 = compose(x2, center)
    x4 = rbind(add, DOWN_LEFT)
    x5 = chain(x2, x4, center)
    x6 = rbind(add, UNITY)
    x7 = chain(x2, x6, center)
    x8 = fork(combine, x3, x5)
    x9 = fork(combine, x8, x7)
    x10 = fork(recolor, color, x9)
    x11 = mapply(x10, x1)
    O = paint(I, x11)
    return O


def solve_3af2c5a8(I):
    x1 = vmirror(I)
    x2 = hconcat(I, x1)
    x3 = hmirror(x2)
    O = vconcat(x2, x3)
    return O


def solve_3bd67248(I):
    x1 = shape(I)
    x2 = decrement(x1)
    x3 = row(x2)
    x4 = col(x2)
    x5 = toivec(x3)
    x6 = tojvec(x4)
    x7 = hfrontier(x5)
    x8 = underfill(I, FOUR, x7)
    x9 = connect(x6, x5)
    O = underfill(x8, TWO, x9)
    return O


def solve_3bdb4ada(I):
    x1 = objects(I, T, F, T)
    x2 = rbind(add, UNITY)
    x3 = compose(x2, ulcorner)
    x4 = rbind(shoot, ZERO_BY_TWO)
    x5 = compose(x4, x3)
    x6 = fork(intersection, toindices, x5)
    x7 = mapply(x6, x1)
    O = fill(I, ZERO, x7)
    return O


def solve_3befdf3e(I):
    x1 = objects(I, F, F, T)
    x2 = rbind(subtract, TWO)
    x3 = compose(x2, width)
    x4 = compose(tojvec, x3)
    x5 = compose(toivec, x3)
    x6 = compose(invert, x4)
    x7 = compose(invert, x5)
    x8 = fork(shift, backdrop, x4)
    x9 = fork(shift, backdrop, x5)
    x10 = fork(shift, backdrop, x6)
    x11 = fork(shift, backdrop, x7)
    x12 = fork(combine, x8, x9)
    x13 = fork(combine, x10, x11)
    x14 = fork(combine, x12, x13)
    x15 = fork(recolor, mostcolor, x14)
    x16 = mapply(x15, x1)
    x17 = paint(I, x16)
    x18 = fork(recolor, leastcolor, box)
    x19 = mapply(x18, x1)
    x20 = paint(x17, x19)
    x21 = fork(difference, backdrop, box)
    x22 = fork(recolor, mostcolor, x21)
    x23 = mapply(x22, x1)
    O = paint(x20, x23)
    return O


def solve_3c9b0459(I):
    O = rot180(I)
    return O


def solve_3de23699(I):
    x1 = fgpartition(I)
    x2 = compose(size, backdrop)
    x3 = argmax(x1, x2)
    x4 = argmin(x1, x2)
    x5 = subgrid(x3, I)
    x6 = trim(x5)
    x7 = color(x4)
    x8 = color(x3)
    O = replace(x6, x7, x8)
    return O


def solve_3e980e27(I):
    x1 = objects(I, F, T, T)
    x2 = sizefilter(x1, ONE)
    x3 = difference(x1, x2)
    x4 = lbind(rbind, colorcount)
    x5 = lbind(compose, positive)
    x6 = lbind(extract, x3)
    x7 = compose(x4, color)
    x8 = chain(x6, x5, x7)
    x9 = chain(vmirror, normalize, x8)
    x10 = lbind(recolor, TWO)
    x11 = compose(x10, toindices)
    x12 = fork(intersection, identity, x11)
    x13 = compose(ulcorner, x12)
    x14 = compose(x13, x9)
    x15 = fork(subtract, center, x14)
    x16 = fork(shift, x9, x15)
    x17 = colorfilter(x2, TWO)
    x18 = mapply(x16, x17)
    x19 = compose(normalize, x8)
    x20 = lbind(recolor, THREE)
    x21 = compose(x20, toindices)
    x22 = fork(intersection, identity, x21)
    x23 = compose(ulcorner, x22)
    x24 = compose(x23, x19)
    x25 = fork(subtract, center, x24)
    x26 = fork(shift, x19, x25)
    x27 = colorfilter(x2, THREE)
    x28 = mapply(x26, x27)
    x29 = paint(I, x18)
    O = paint(x29, x28)
    return O


def solve_3eda0437(I):
    x1 = multiply(TEN, TWO)
    x2 = rbind(divide, x1)
    x3 = rbind(add, TWO)
    x4 = compose(x3, x2)
    x5 = rbind(modulo, x1)
    x6 = compose(x3, x5)
    x7 = fork(astuple, x4, x6)
    x8 = compose(decrement, x7)
    x9 = initset(ORIGIN)
    x10 = rbind(insertcell, x9)
    x11 = chain(backdrop, x10, x8)
    x12 = lbind(recolor, ZERO)
    x13 = compose(x12, x11)
    x14 = lbind(occurrences, I)
    x15 = compose(x14, x13)
    x16 = fork(multiply, x4, x6)
    x17 = chain(sign, size, x15)
    x18 = fork(multiply, x16, x17)
    x19 = multiply(x1, THREE)
    x20 = interval(ZERO, x19, ONE)
    x21 = argmax(x20, x18)
    x22 = divide(x21, x1)
    x23 = add(x22, TWO)
    x24 = modulo(x21, x1)
    x25 = add(x24, TWO)
    x26 = astuple(x23, x25)
    x27 = decrement(x26)
    x28 = insertcell(x27, x9)
    x29 = backdrop(x28)
    x30 = recolor(ZERO, x29)
    x31 = occurrences(I, x30)
    x32 = ulcorner(x31)
    x33 = shift(x29, x32)
    O = fill(I, SIX, x33)
    return O


def solve_3f7978a0(I):
    x1 = ofcolor(I, FIVE)
    x2 = shift(x1, UP)
    x3 = shift(x1, DOWN)
    x4 = combine(x2, x3)
    O = subgrid(x4, I)
    return O


def solve_40853293(I):
    x1 = fgpartition(I)
    x2 = fork(connect, ulcorner, lrcorner)
    x3 = fork(recolor, color, x2)
    x4 = matcher(width, ONE)
    x5 = sfilter(x1, x4)
    x6 = difference(x1, x5)
    x7 = mapply(x3, x6)
    x8 = mapply(x3, x5)
    x9 = paint(I, x7)
    O = paint(x9, x8)
    return O


def solve_4093f84a(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = color(x2)
    x4 = palette(I)
    x5 = remove(ZERO, x4)
    x6 = remove(x3, x5)
    x7 = first(x6)
    x8 = replace(I, x7, x3)
    x9 = height(x2)
    x10 = height(I)
    x11 = equality(x9, x10)
    x12 = rot90(x8)
    x13 = branch(x11, x12, x8)
    x14 = rbind(ofcolor, ZERO)
    x15 = fork(difference, asindices, x14)
    x16 = rbind(shift, UP)
    x17 = compose(x16, x14)
    x18 = fork(intersection, x15, x17)
    x19 = fork(toobject, x18, identity)
    x20 = lbind(recolor, ZERO)
    x21 = compose(x20, x18)
    x22 = fork(paint, identity, x21)
    x23 = rbind(shift, DOWN)
    x24 = compose(x23, x19)
    x25 = fork(paint, x22, x24)
    x26 = halve(x10)
    x27 = power(x25, x26)
    x28 = tophalf(x13)
    x29 = bottomhalf(x13)
    x30 = hmirror(x29)
    x31 = repeat(x28, ONE)
    x32 = apply(x27, x31)
    x33 = first(x32)
    x34 = repeat(x30, ONE)
    x35 = apply(x27, x34)
    x36 = first(x35)
    x37 = hmirror(x36)
    x38 = vconcat(x33, x37)
    x39 = rot270(x38)
    O = branch(x11, x39, x38)
    return O


def solve_41e4d17e(I):
    x1 = objects(I, T, F, T)
    x2 = compose(hfrontier, center)
    x3 = compose(vfrontier, center)
    x4 = fork(combine, x2, x3)
    x5 = mapply(x4, x1)
    O = underfill(I, SIX, x5)
    return O


def solve_4258a5f9(I):
    x1 = objects(I, T, F, T)
    x2 = compose(neighbors, center)
    x3 = mapply(x2, x1)
    O = fill(I, ONE, x3)
    return O


def solve_4347f46a(I):
    x1 = objects(I, T, F, T)
    x2 = fork(difference, backdrop, box)
    x3 = mapply(x2, x1)
    O = fill(I, ZERO, x3)
    return O


def solve_444801d8(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, ONE)
    x3 = rbind(toobject, I)
    x4 = chain(leastcolor, x3, backdrop)
    x5 = rbind(shift, UP)
    x6 = fork(combine, identity, x5)
    x7 = compose(backdrop, x6)
    x8 = fork(difference, x7, toindices)
    x9 = fork(recolor, x4, x8)
    x10 = mapply(x9, x2)
    O = paint(I, x10)
    return O


def solve_445eab21(I):
    x1 = objects(I, T, F, T)
    x2 = compose(size, backdrop)
    x3 = argmax(x1, x2)
    x4 = color(x3)
    O = canvas(x4, TWO_BY_TWO)
    return O
