"""Solver programs for ARC-AGI-1 training tasks, batch 3."""


def solve_846bdb03(I):
    x1 = ofcolor(I, FOUR)
    x2 = subgrid(x1, I)
    x3 = objects(I, F, F, T)
    x4 = rbind(colorcount, FOUR)
    x5 = matcher(x4, ZERO)
    x6 = extract(x3, x5)
    x7 = subgrid(x6, I)
    x8 = index(x2, DOWN)
    x9 = ulcorner(x6)
    x10 = vfrontier(x9)
    x11 = toindices(x6)
    x12 = intersection(x10, x11)
    x13 = toobject(x12, I)
    x14 = mostcolor(x13)
    x15 = equality(x14, x8)
    x16 = vmirror(x7)
    x17 = branch(x15, x7, x16)
    x18 = asobject(x17)
    x19 = shift(x18, UNITY)
    O = paint(x2, x19)
    return O


def solve_855e0971(I):
    x1 = frontiers(I)
    x2 = first(x1)
    x3 = hline(x2)
    x4 = branch(x3, vfrontier, hfrontier)
    x5 = branch(x3, hmatching, vmatching)
    x6 = objects(I, T, F, F)
    x7 = colorfilter(x6, ZERO)
    x8 = difference(x6, x7)
    x9 = lbind(lbind, x5)
    x10 = lbind(extract, x8)
    x11 = compose(x10, x9)
    x12 = compose(backdrop, x11)
    x13 = compose(x4, ulcorner)
    x14 = fork(intersection, x13, x12)
    x15 = mapply(x14, x7)
    O = fill(I, ZERO, x15)
    return O


def solve_85c4e7cd(I):
    x1 = objects(I, T, F, F)
    x2 = height(I)
    x3 = halve(x2)
    x4 = decrement(x3)
    x5 = lbind(subtract, x4)
    x6 = compose(x5, uppermost)
    x7 = fork(astuple, x6, x6)
    x8 = lbind(index, I)
    x9 = compose(x8, x7)
    x10 = fork(recolor, x9, identity)
    x11 = mapply(x10, x1)
    O = paint(I, x11)
    return O


def solve_8731374e(I):
    x1 = mostcolor(I)
    x2 = canvas(x1, THREE_BY_THREE)
    x3 = asobject(x2)
    x4 = occurrences(I, x3)
    x5 = shift(x4, TWO_BY_TWO)
    x6 = combine(x4, x5)
    x7 = subgrid(x6, I)
    x8 = leastcolor(x7)
    x9 = objects(x7, T, F, T)
    x10 = colorfilter(x9, x8)
    x11 = fork(combine, hfrontier, vfrontier)
    x12 = compose(x11, ulcorner)
    x13 = mapply(x12, x10)
    O = fill(x7, x8, x13)
    return O


def solve_88a10436(I):
    x1 = ofcolor(I, FIVE)
    x2 = cover(I, x1)
    x3 = objects(x2, F, T, T)
    x4 = argmax(x3, size)
    x5 = center(x4)
    x6 = ulcorner(x1)
    x7 = subtract(x6, x5)
    x8 = shift(x4, x7)
    O = paint(x2, x8)
    return O


def solve_88a62173(I):
    x1 = vsplit(I, TWO)
    x2 = first(x1)
    x3 = last(x1)
    x4 = hsplit(x2, TWO)
    x5 = hsplit(x3, TWO)
    x6 = combine(x4, x5)
    O = leastcommon(x6)
    return O


def solve_890034e9(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = delta(x2)
    x4 = recolor(ZERO, x3)
    x5 = normalize(x4)
    x6 = occurrences(I, x5)
    x7 = normalize(x2)
    x8 = shift(x7, NEG_UNITY)
    x9 = shape(I)
    x10 = canvas(ZERO, x9)
    x11 = fill(x10, ONE, x6)
    x12 = objects(x11, T, T, T)
    x13 = lbind(shift, x8)
    x14 = compose(x13, ulcorner)
    x15 = mapply(x14, x12)
    O = fill(I, x1, x15)
    return O


def solve_8a004b2b(I):
    x1 = ofcolor(I, FOUR)
    x2 = subgrid(x1, I)
    x3 = objects(I, F, F, T)
    x4 = argmax(x3, numcolors)
    x5 = subgrid(x4, I)
    x6 = replace(x2, FOUR, ZERO)
    x7 = objects(x6, T, F, T)
    x8 = valmin(x7, height)
    x9 = upscale(x5, x8)
    x10 = first(x7)
    x11 = color(x10)
    x12 = ofcolor(x9, x11)
    x13 = ulcorner(x10)
    x14 = ulcorner(x12)
    x15 = subtract(x13, x14)
    x16 = asobject(x9)
    x17 = shift(x16, x15)
    O = paint(x2, x17)
    return O


def solve_8be77c9e(I):
    x1 = hmirror(I)
    O = vconcat(I, x1)
    return O


def solve_8d5021e8(I):
    x1 = vmirror(I)
    x2 = hconcat(x1, I)
    x3 = hmirror(x2)
    x4 = vconcat(x3, x2)
    O = vconcat(x4, x3)
    return O


def solve_8d510a79(I):
    x1 = ofcolor(I, FIVE)
    x2 = uppermost(x1)
    x3 = lbind(astuple, x2)
    x4 = compose(x3, leftmost)
    x6 = fork(connect, ulcorner, x4)
    x7 = objects(I, T, F, T)
    x8 = colorfilter(x7, TWO)
    x9 = mapply(x6, x8)
    x10 = underfill(I, TWO, x9)
    x11 = rbind(subtract, x2)
    x12 = compose(x11, uppermost)
    x13 = chain(toivec, sign, x12)
    x14 = fork(shoot, ulcorner, x13)
    x15 = colorfilter(x7, ONE)
    x16 = mapply(x14, x15)
    O = underfill(x10, ONE, x16)
    return O


def solve_8e1813be(I):
    x1 = replace(I, FIVE, ZERO)
    x2 = fgpartition(x1)
    x3 = first(x2)
    x4 = portrait(x3)
    x5 = dmirror(x1)
    x6 = branch(x4, x5, x1)
    x7 = width(x6)
    x8 = decrement(x7)
    x9 = tojvec(x8)
    x10 = height(x6)
    x11 = astuple(x10, ONE)
    x12 = crop(x6, x9, x11)
    x13 = canvas(ZERO, x11)
    x14 = hconcat(x12, x13)
    x15 = compress(x14)
    x16 = size(x2)
    x17 = hupscale(x15, x16)
    x18 = dmirror(x17)
    O = branch(x4, x18, x17)
    return O


def solve_8e5a5113(I):
    x1 = hsplit(I, THREE)
    x2 = first(x1)
    x3 = rot90(x2)
    x4 = rot180(x2)
    x5 = tojvec(THREE)
    x6 = astuple(THREE, ONE)
    x7 = crop(I, x5, x6)
    x8 = hconcat(x2, x7)
    x9 = hconcat(x8, x3)
    x10 = hconcat(x9, x7)
    O = hconcat(x10, x4)
    return O


def solve_8eb1be9a(I):
    x1 = fgpartition(I)
    x2 = merge(x1)
    x3 = uppermost(x2)
    x4 = height(x2)
    x5 = modulo(x3, x4)
    x6 = subtract(x5, x3)
    x7 = subtract(x6, x4)
    x8 = height(I)
    x9 = subtract(x8, x3)
    x10 = interval(x7, x9, x4)
    x11 = lbind(shift, x2)
    x12 = compose(x11, toivec)
    x13 = mapply(x12, x10)
    O = paint(I, x13)
    return O


def solve_8efcae92(I):
    x1 = replace(I, TWO, ONE)
    x2 = objects(x1, T, F, F)
    x3 = colorfilter(x2, ONE)
    x4 = rbind(toobject, I)
    x5 = rbind(colorcount, TWO)
    x6 = compose(x5, x4)
    x7 = argmax(x3, x6)
    O = subgrid(x7, I)
    return O


def solve_8f2ea7aa(I):
    x1 = objects(I, T, T, T)
    x2 = merge(x1)
    x3 = subgrid(x2, I)
    x4 = upscale(x3, THREE)
    x5 = repeatgrid(x3, THREE_BY_THREE)
    O = cellwise(x5, x4, ZERO)
    return O


def solve_90c28cc7(I):
    x1 = objects(I, T, F, T)
    x2 = compose(hfrontier, ulcorner)
    x3 = mapply(x2, x1)
    x4 = compose(vfrontier, ulcorner)
    x5 = mapply(x4, x1)
    x6 = intersection(x3, x5)
    x7 = toobject(x6, I)
    x8 = shape(I)
    x9 = canvas(ZERO, x8)
    x10 = paint(x9, x7)
    O = compress(x10)
    return O


def solve_90f3ed37(I):
    x1 = objects(I, T, T, T)
    x2 = argmax(x1, size)
    x3 = toindices(x2)
    x4 = uppermost(x3)
    x5 = width(I)
    x6 = invert(x5)
    x7 = decrement(x6)
    x8 = interval(x5, x7, NEG_ONE)
    x9 = rbind(subtract, x4)
    x10 = compose(x9, uppermost)
    x11 = lbind(shift, x3)
    x12 = lbind(compose, x11)
    x13 = lbind(lbind, astuple)
    x14 = chain(x12, x13, x10)
    x15 = lbind(rbind, intersection)
    x16 = compose(x15, toindices)
    x17 = fork(compose, x16, x14)
    x18 = lbind(compose, size)
    x19 = compose(x18, x17)
    x20 = lbind(argmax, x8)
    x21 = compose(x20, x19)
    x22 = fork(astuple, x10, x21)
    x23 = compose(x11, x22)
    x24 = fork(difference, x23, toindices)
    x25 = mapply(x24, x1)
    O = underfill(I, ONE, x25)
    return O


def solve_913fb3ed(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, THREE)
    x3 = mapply(outbox, x2)
    x4 = fill(I, SIX, x3)
    x5 = colorfilter(x1, EIGHT)
    x6 = mapply(outbox, x5)
    x7 = fill(x4, FOUR, x6)
    x8 = colorfilter(x1, TWO)
    x9 = mapply(outbox, x8)
    O = fill(x7, ONE, x9)
    return O


def solve_91413438(I):
    x1 = colorcount(I, ZERO)
    x2 = subtract(NINE, x1)
    x3 = multiply(x1, THREE)
    x4 = astuple(x3, x3)
    x5 = canvas(ZERO, x4)
    x6 = asobject(I)
    x7 = rbind(divide, x1)
    x8 = rbind(modulo, x1)
    x9 = fork(astuple, x7, x8)
    x10 = rbind(multiply, THREE_BY_THREE)
    x11 = compose(x10, x9)
    x12 = lbind(shift, x6)
    x13 = compose(x12, x11)
    x14 = interval(ZERO, x2, ONE)
    x15 = mapply(x13, x14)
    O = paint(x5, x15)
    return O


def solve_91714a58(I):
    x1 = palette(I)
    x2 = remove(ZERO, x1)
    x3 = rbind(canvas, TWO_BY_TWO)
    x4 = lbind(occurrences, I)
    x5 = chain(x4, asobject, x3)
    x6 = mapply(x5, x2)
    x7 = shift(x6, UNITY)
    x8 = combine(x6, x7)
    x9 = backdrop(x8)
    x10 = toobject(x9, I)
    x11 = shape(I)
    x12 = canvas(ZERO, x11)
    O = paint(x12, x10)
    return O


def solve_941d9a10(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = first(x2)
    x4 = last(x2)
    x5 = shape(I)
    x6 = halve(x5)
    x7 = initset(x6)
    x8 = rbind(manhattan, x7)
    x9 = matcher(x8, ZERO)
    x10 = extract(x2, x9)
    x11 = fill(I, ONE, x3)
    x12 = fill(x11, TWO, x10)
    O = fill(x12, THREE, x4)
    return O


def solve_952a094c(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = toindices(x2)
    x4 = inbox(x3)
    x5 = outbox(x3)
    x6 = ulcorner(x4)
    x7 = urcorner(x4)
    x8 = llcorner(x4)
    x9 = lrcorner(x4)
    x10 = index(I, x6)
    x11 = index(I, x7)
    x12 = index(I, x8)
    x13 = index(I, x9)
    x14 = delta(x3)
    x15 = fill(I, ZERO, x14)
    x16 = ulcorner(x5)
    x17 = initset(x16)
    x18 = fill(x15, x13, x17)
    x19 = urcorner(x5)
    x20 = initset(x19)
    x21 = fill(x18, x12, x20)
    x22 = llcorner(x5)
    x23 = initset(x22)
    x24 = fill(x21, x11, x23)
    x25 = lrcorner(x5)
    x26 = initset(x25)
    O = fill(x24, x10, x26)
    return O


def solve_9565186b(I):
    x1 = mostcolor(I)
    x2 = asindices(I)
    x3 = ofcolor(I, x1)
    x4 = difference(x2, x3)
    O = fill(I, FIVE, x4)
    return O


def solve_95990924(I):
    x1 = objects(I, T, F, T)
    x2 = chain(initset, ulcorner, outbox)
    x3 = mapply(x2, x1)
    x4 = fill(I, ONE, x3)
    x5 = chain(initset, urcorner, outbox)
    x6 = mapply(x5, x1)
    x7 = fill(x4, TWO, x6)
    x8 = chain(initset, llcorner, outbox)
    x9 = mapply(x8, x1)
    x10 = fill(x7, THREE, x9)
    x11 = chain(initset, lrcorner, outbox)
    x12 = mapply(x11, x1)
    O = fill(x10, FOUR, x12)
    return O


def solve_963e52fc(I):
    x1 = hperiod(I)
    x2 = height(I)
    x3 = astuple(x2, x1)
    x4 = crop(I, ORIGIN, x3)
    x5 = width(I)
    x6 = double(x5)
    x7 = divide(x6, x1)
    x8 = increment(x7)
    x9 = astuple(ONE, x8)
    x10 = repeatgrid(x4, x9)
    x11 = astuple(x2, x6)
    O = crop(x10, ORIGIN, x11)
    return O


def solve_97999447(I):
    x1 = objects(I, T, F, T)
    x2 = rbind(shoot, ZERO_BY_TWO)
    x3 = compose(x2, ulcorner)
    x4 = fork(recolor, color, x3)
    x5 = mapply(x4, x1)
    x6 = paint(I, x5)
    x7 = rbind(add, RIGHT)
    x8 = chain(x2, x7, ulcorner)
    x9 = mapply(x8, x1)
    O = fill(x6, FIVE, x9)
    return O


def solve_98cf29f8(I):
    x1 = objects(I, T, F, T)
    x2 = compose(size, backdrop)
    x3 = fork(equality, size, x2)
    x4 = extract(x1, x3)
    x5 = other(x1, x4)
    x6 = color(x5)
    x7 = canvas(x6, TWO_BY_TWO)
    x8 = asobject(x7)
    x9 = occurrences(I, x8)
    x10 = shift(x9, UNITY)
    x11 = combine(x9, x10)
    x12 = backdrop(x11)
    x13 = gravitate(x12, x4)
    x14 = cover(I, x5)
    x15 = shift(x12, x13)
    O = fill(x14, x6, x15)
    return O


def solve_995c5fa3(I):
    x1 = astuple(FOUR, FOUR)
    x2 = tojvec(FIVE)
    x3 = crop(I, x2, x1)
    x4 = rbind(index, UNITY)
    x5 = rbind(multiply, SIX)
    x6 = compose(x5, x4)
    x7 = astuple(THREE, ONE)
    x8 = rbind(index, x7)
    x9 = compose(double, x8)
    x10 = rbind(index, DOWN)
    x11 = fork(add, x6, x9)
    x12 = fork(add, x11, x10)
    x13 = rbind(divide, FIVE)
    x14 = add(TEN, ONE)
    x15 = lbind(subtract, x14)
    x16 = chain(x15, x13, x12)
    x17 = astuple(ONE, THREE)
    x18 = rbind(canvas, x17)
    x19 = compose(x18, x16)
    x20 = hsplit(I, THREE)
    x21 = apply(x19, x20)
    x22 = first(x21)
    x23 = last(x21)
    x24 = repeat(x3, ONE)
    x25 = apply(x19, x24)
    x26 = first(x25)
    x27 = vconcat(x22, x26)
    O = vconcat(x27, x23)
    return O


def solve_99b1bc43(I):
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = replace(x2, TWO, ONE)
    x4 = cellwise(x1, x3, THREE)
    O = replace(x4, ONE, ZERO)
    return O


def solve_99fa7670(I):
    x1 = objects(I, T, F, T)
    x2 = width(I)
    x3 = decrement(x2)
    x4 = rbind(astuple, x3)
    x5 = rbind(shoot, DOWN)
    x6 = chain(x5, x4, uppermost)
    x7 = height(I)
    x8 = astuple(x7, ZERO)
    x9 = initset(x8)
    x10 = recolor(ZERO, x9)
    x11 = insert(x10, x1)
    x12 = lbind(rbind, greater)
    x13 = compose(x12, uppermost)
    x14 = rbind(compose, uppermost)
    x15 = compose(x14, x13)
    x16 = lbind(sfilter, x11)
    x17 = compose(x16, x15)
    x18 = chain(x6, merge, x17)
    x19 = fork(difference, x6, x18)
    x20 = fork(recolor, color, x19)
    x21 = mapply(x20, x1)
    x22 = rbind(shoot, RIGHT)
    x23 = compose(x22, ulcorner)
    x24 = fork(recolor, color, x23)
    x25 = mapply(x24, x1)
    x26 = paint(I, x21)
    O = paint(x26, x25)
    return O


def solve_9af7a82c(I):
    x1 = palette(I)
    x2 = lbind(colorcount, I)
    x3 = lbind(rbind, greater)
    x4 = compose(x3, x2)
    x5 = rbind(compose, x2)
    x6 = compose(x5, x4)
    x7 = lbind(sfilter, x1)
    x8 = chain(size, x7, x6)
    x9 = lbind(astuple, ZERO)
    x10 = compose(x9, x8)
    x11 = compose(decrement, x2)
    x12 = fork(astuple, x11, x8)
    x13 = fork(connect, x10, x12)
    x14 = fork(recolor, identity, x13)
    x15 = mapply(x14, x1)
    x16 = valmax(x1, x2)
    x17 = size(x1)
    x18 = astuple(x16, x17)
    x19 = canvas(ZERO, x18)
    O = paint(x19, x15)
    return O


def solve_9d9215db(I):
    x1 = vmirror(I)
    x2 = fgpartition(x1)
    x3 = merge(x2)
    x4 = paint(I, x3)
    x5 = hmirror(x4)
    x6 = fgpartition(x5)
    x7 = merge(x6)
    x8 = paint(x4, x7)
    x9 = objects(x8, T, F, T)
    x10 = shape(x8)
    x11 = decrement(x10)
    x12 = fork(equality, row, col)
    x13 = compose(x12, ulcorner)
    x14 = height(x8)
    x15 = halve(x14)
    x16 = lbind(greater, x15)
    x17 = compose(x16, uppermost)
    x18 = fork(both, x13, x17)
    x19 = sfilter(x9, x18)
    x20 = lbind(subtract, x11)
    x21 = compose(x20, ulcorner)
    x22 = fork(connect, ulcorner, x21)
    x23 = canvas(ONE, UNITY)
    x24 = canvas(ZERO, UNITY)
    x25 = hconcat(x23, x24)
    x26 = vmirror(x25)
    x27 = vconcat(x25, x26)
    x28 = astuple(TEN, TEN)
    x29 = repeatgrid(x27, x28)
    x30 = ofcolor(x29, ONE)
    x31 = compose(box, x22)
    x32 = rbind(intersection, x30)
    x33 = compose(x32, x31)
    x34 = compose(corners, x22)
    x35 = fork(difference, x33, x34)
    x36 = rbind(add, ZERO_BY_TWO)
    x37 = lbind(index, x8)
    x38 = chain(x37, x36, ulcorner)
    x39 = fork(recolor, x38, x35)
    x40 = mapply(x39, x19)
    O = paint(x8, x40)
    return O


def solve_9dfd6313(I):
    O = dmirror(I)
    return O


def solve_9ecd008a(I):
    x1 = ofcolor(I, ZERO)
    x2 = vmirror(I)
    O = subgrid(x1, x2)
    return O


def solve_9f236235(I):
    x1 = objects(I, T, F, F)
    x2 = first(x1)
    x3 = height(x2)
    x4 = increment(x3)
    x5 = downscale(I, x4)
    O = vmirror(x5)
    return O


def solve_a1570a43(I):
    x1 = ofcolor(I, THREE)
    x2 = ofcolor(I, TWO)
    x3 = ulcorner(x1)
    x4 = add(x3, UNITY)
    x5 = ulcorner(x2)
    x6 = subtract(x4, x5)
    x7 = cover(I, x2)
    x8 = shift(x2, x6)
    O = fill(x7, TWO, x8)
    return O


def solve_a2fd1cf0(I):
    x1 = ofcolor(I, TWO)
    x2 = ofcolor(I, THREE)
    x3 = ulcorner(x1)
    x4 = ulcorner(x2)
    x5 = row(x3)
    x6 = col(x4)
    x7 = astuple(x5, x6)
    x8 = connect(x3, x7)
    x9 = connect(x7, x4)
    x10 = combine(x8, x9)
    O = underfill(I, EIGHT, x10)
    return O


def solve_a3325580(I):
    x1 = objects(I, T, T, T)
    x2 = valmax(x1, size)
    x3 = sizefilter(x1, x2)
    x4 = decrement(x2)
    x5 = lbind(astuple, ZERO)
    x6 = compose(x5, leftmost)
    x7 = lbind(astuple, x4)
    x8 = compose(x7, leftmost)
    x9 = fork(connect, x6, x8)
    x10 = fork(recolor, color, x9)
    x11 = mapply(x10, x3)
    x12 = increment(x2)
    x13 = width(I)
    x14 = astuple(x12, x13)
    x15 = canvas(ZERO, x14)
    x16 = paint(x15, x11)
    O = compress(x16)
    return O


def solve_a3df8b1e(I):
    x1 = height(I)
    x2 = width(I)
    x3 = decrement(x1)
    x4 = decrement(x2)
    x5 = multiply(x4, NEG_TWO)
    x6 = interval(x3, NEG_ONE, x5)
    x7 = rbind(astuple, ZERO)
    x8 = rbind(shoot, UP_RIGHT)
    x9 = compose(x8, x7)
    x10 = mapply(x9, x6)
    x11 = subtract(x3, x4)
    x12 = interval(x11, NEG_ONE, x5)
    x13 = rbind(astuple, x4)
    x14 = rbind(shoot, NEG_UNITY)
    x15 = compose(x14, x13)
    x16 = mapply(x15, x12)
    x17 = combine(x10, x16)
    O = fill(I, ONE, x17)
    return O


def solve_a416b8f3(I):
    O = hconcat(I, I)
    return O


def solve_a48eeaf7(I):
    x1 = ofcolor(I, TWO)
    x2 = outbox(x1)
    x3 = uppermost(x2)
    x4 = lowermost(x2)
    x5 = leftmost(x2)
    x6 = rightmost(x2)
    x7 = singleton(x3)
    x8 = singleton(x4)
    x9 = singleton(x5)
    x10 = singleton(x6)
    x11 = rbind(insert, x8)
    x12 = rbind(insert, x7)
    x13 = chain(minimum, x11, uppermost)
    x14 = chain(maximum, x12, x13)
    x15 = rbind(insert, x10)
    x16 = rbind(insert, x9)
    x17 = chain(minimum, x15, leftmost)
    x18 = chain(maximum, x16, x17)
    x19 = fork(astuple, x14, x18)
    x20 = compose(initset, x19)
    x21 = objects(I, T, F, T)
    x22 = colorfilter(x21, FIVE)
    x23 = mapply(x20, x22)
    x24 = ofcolor(I, FIVE)
    x25 = cover(I, x24)
    O = fill(x25, FIVE, x23)
    return O


def solve_a5313dff(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = rbind(bordering, I)
    x4 = compose(flip, x3)
    x5 = mfilter(x2, x4)
    O = fill(I, ONE, x5)
    return O


def solve_a5f85a15(I):
    x1 = objects(I, T, T, T)
    x2 = canvas(ONE, UNITY)
    x3 = canvas(ZERO, UNITY)
    x4 = vconcat(x2, x3)
    x5 = multiply(THREE, FIVE)
    x6 = double(x5)
    x7 = astuple(x5, x6)
    x8 = repeatgrid(x4, x7)
    x9 = ofcolor(x8, ONE)
    x10 = lbind(shift, x9)
    x11 = chain(toivec, increment, uppermost)
    x12 = compose(x10, x11)
    x13 = fork(intersection, toindices, x12)
    x14 = mapply(x13, x1)
    O = fill(I, FOUR, x14)
    return O


def solve_a61ba2ce(I):
    x1 = objects(I, T, F, T)
    x2 = chain(ulcorner, delta, normalize)
    x3 = compose(double, x2)
    x4 = lbind(subtract, TWO_BY_TWO)
    x5 = compose(x4, x3)
    x6 = fork(shift, normalize, x5)
    x7 = mapply(x6, x1)
    x8 = astuple(FOUR, FOUR)
    x9 = canvas(ZERO, x8)
    O = paint(x9, x7)
    return O


def solve_a61f2674(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = argmin(x1, size)
    x4 = recolor(ONE, x2)
    x5 = recolor(TWO, x3)
    x6 = shape(I)
    x7 = canvas(ZERO, x6)
    x8 = paint(x7, x4)
    O = paint(x8, x5)
    return O


def solve_a65b410d(I):
    x1 = ofcolor(I, TWO)
    x2 = urcorner(x1)
    x3 = row(x2)
    x4 = col(x2)
    x5 = add(x3, x4)
    x6 = increment(x5)
    x7 = interval(ZERO, x6, ONE)
    x8 = fork(connect, tojvec, toivec)
    x9 = mapply(x8, x7)
    x10 = decrement(x3)
    x11 = astuple(x10, x5)
    x12 = initset(ORIGIN)
    x13 = insertcell(x11, x12)
    x14 = backdrop(x13)
    x15 = intersection(x9, x14)
    x16 = fill(I, THREE, x15)
    x17 = increment(x3)
    x18 = astuple(x17, ZERO)
    x19 = height(I)
    x20 = astuple(x19, x5)
    x21 = initset(x18)
    x22 = insertcell(x20, x21)
    x23 = backdrop(x22)
    x24 = intersection(x9, x23)
    O = fill(x16, ONE, x24)
    return O


def solve_a68b268e(I):
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = lefthalf(x1)
    x4 = righthalf(x1)
    x5 = lefthalf(x2)
    x6 = righthalf(x2)
    x7 = asindices(x3)
    x8 = ofcolor(x5, ZERO)
    x9 = difference(x7, x8)
    x10 = toobject(x9, x5)
    x11 = paint(x6, x10)
    x12 = ofcolor(x4, ZERO)
    x13 = difference(x7, x12)
    x14 = toobject(x13, x4)
    x15 = paint(x11, x14)
    x16 = ofcolor(x3, ZERO)
    x17 = difference(x7, x16)
    x18 = toobject(x17, x3)
    O = paint(x15, x18)
    return O


def solve_a699fb00(I):
    x1 = ofcolor(I, ONE)
    x2 = shift(x1, RIGHT)
    x3 = shift(x1, LEFT)
    x4 = intersection(x2, x3)
    O = underfill(I, TWO, x4)
    return O


def solve_a740d043(I):
    x1 = ofcolor(I, ONE)
    x2 = asindices(I)
    x3 = difference(x2, x1)
    x4 = subgrid(x3, I)
    O = replace(x4, ONE, ZERO)
    return O


def solve_a78176bb(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, FIVE)
    x3 = fgpartition(I)
    x4 = colorfilter(x3, FIVE)
    x5 = difference(x3, x4)
    x6 = first(x5)
    x7 = ulcorner(x6)
    x8 = fork(subtract, col, row)
    x9 = col(x7)
    x10 = row(x7)
    x11 = subtract(x9, x10)
    x12 = rbind(subtract, x11)
    x13 = compose(x8, ulcorner)
    x14 = chain(sign, x12, x13)
    x15 = rbind(add, TWO)
    x16 = compose(x15, width)
    x17 = fork(multiply, x14, x16)
    x18 = compose(tojvec, x17)
    x19 = lbind(add, x7)
    x20 = compose(x19, x18)
    x21 = rbind(shoot, UNITY)
    x22 = rbind(shoot, NEG_UNITY)
    x23 = fork(combine, x21, x22)
    x24 = compose(x23, x20)
    x25 = mapply(x24, x2)
    x26 = merge(x2)
    x27 = cover(I, x26)
    x28 = color(x6)
    O = fill(x27, x28, x25)
    return O


def solve_a79310a0(I):
    x1 = ofcolor(I, EIGHT)
    x2 = shift(x1, DOWN)
    x3 = shape(I)
    x4 = canvas(ZERO, x3)
    O = fill(x4, TWO, x2)
    return O


def solve_a85d4709(I):
    x1 = canvas(TWO, UNITY)
    x2 = canvas(FOUR, UNITY)
    x3 = canvas(THREE, UNITY)
    x4 = hconcat(x1, x2)
    x5 = hconcat(x4, x3)
    x6 = lbind(index, x5)
    x7 = chain(x6, tojvec, leftmost)
    x8 = compose(hfrontier, ulcorner)
    x9 = compose(hfrontier, llcorner)
    x10 = fork(combine, x8, x9)
    x11 = compose(backdrop, x10)
    x12 = fork(recolor, x7, x11)
    x13 = objects(I, T, F, T)
    x14 = mapply(x12, x13)
    O = paint(I, x14)
    return O


def solve_a87f7484(I):
    x1 = height(I)
    x2 = width(I)
    x3 = divide(x1, THREE)
    x4 = divide(x2, THREE)
    x5 = vsplit(I, x3)
    x6 = hsplit(I, x4)
    x7 = portrait(I)
    x8 = branch(x7, x5, x6)
    x9 = rbind(ofcolor, ZERO)
    x10 = lbind(matcher, x9)
    x11 = compose(x10, x9)
    x12 = lbind(sfilter, x8)
    x13 = chain(size, x12, x11)
    x14 = matcher(x13, ONE)
    O = extract(x8, x14)
    return O


def solve_a8c38be5(I):
    x1 = ofcolor(I, ZERO)
    x2 = shape(I)
    x3 = canvas(ONE, x2)
    x4 = fill(x3, ZERO, x1)
    x5 = canvas(ONE, THREE_BY_THREE)
    x6 = asobject(x5)
    x7 = occurrences(x4, x6)
    x8 = canvas(ZERO, x2)
    x9 = fill(x8, ONE, x7)
    x10 = objects(x9, T, F, T)
    x11 = asindices(x5)
    x12 = lbind(shift, x11)
    x13 = compose(x12, ulcorner)
    x14 = rbind(toobject, I)
    x15 = compose(x14, x13)
    x16 = apply(x15, x10)
    x17 = ofcolor(I, FIVE)
    x18 = rbind(difference, x17)
    x19 = compose(x18, toindices)
    x20 = compose(initset, center)
    x21 = fork(combine, x19, x20)
    x22 = compose(ulcorner, x21)
    x23 = compose(lrcorner, x21)
    x24 = fork(add, x22, x23)
    x25 = compose(double, center)
    x26 = fork(subtract, x24, x25)
    x27 = compose(sign, x26)
    x28 = rbind(add, UNITY)
    x29 = rbind(multiply, THREE_BY_THREE)
    x30 = chain(x29, x28, x27)
    x31 = rbind(toobject, I)
    x32 = compose(normalize, x31)
    x33 = fork(shift, x32, x30)
    x34 = mapply(x33, x16)
    x35 = astuple(NINE, NINE)
    x36 = canvas(FIVE, x35)
    O = paint(x36, x34)
    return O


def solve_aabf363d(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = argmin(x1, size)
    x4 = color(x3)
    x5 = fill(I, x4, x2)
    O = cover(x5, x3)
    return O


def solve_aba27056(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = delta(x2)
    x4 = box(x2)
    x5 = intersection(x3, x4)
    x6 = position(x2, x5)
    x7 = ulcorner(x5)
    x8 = lrcorner(x5)
    x9 = shoot(x7, x6)
    x10 = shoot(x8, x6)
    x11 = combine(x9, x10)
    x12 = backdrop(x11)
    x13 = absolute(x6)
    x14 = col(x13)
    x15 = row(x13)
    x16 = astuple(x14, x15)
    x17 = invert(x16)
    x18 = add(x6, x17)
    x19 = subtract(x6, x17)
    x20 = add(x7, x18)
    x21 = add(x8, x19)
    x22 = shoot(x20, x18)
    x23 = shoot(x21, x19)
    x24 = combine(x22, x23)
    x25 = combine(x3, x12)
    x26 = combine(x25, x24)
    O = fill(I, FOUR, x26)
    return O


def solve_ac0a08a4(I):
    x1 = numcolors(I)
    x2 = decrement(x1)
    O = upscale(I, x2)
    return O


def solve_ae3edfdc(I):
    x1 = objects(I, T, F, T)
    x2 = ofcolor(I, TWO)
    x3 = ofcolor(I, ONE)
    x4 = colorfilter(x1, THREE)
    x5 = colorfilter(x1, SEVEN)
    x6 = rbind(gravitate, x2)
    x7 = fork(shift, toindices, x6)
    x8 = mapply(x7, x4)
    x9 = rbind(gravitate, x3)
    x10 = fork(shift, toindices, x9)
    x11 = mapply(x10, x5)
    x12 = merge(x4)
    x13 = merge(x5)
    x14 = cover(I, x12)
    x15 = cover(x14, x13)
    x16 = fill(x15, THREE, x8)
    O = fill(x16, SEVEN, x11)
    return O


def solve_ae4f1146(I):
    x1 = objects(I, F, F, T)
    x2 = rbind(colorcount, ONE)
    x3 = argmax(x1, x2)
    O = subgrid(x3, I)
    return O


def solve_aedd82e4(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, TWO)
    x3 = sizefilter(x2, ONE)
    x4 = merge(x3)
    O = fill(I, ONE, x4)
    return O


def solve_af902bf9(I):
    x1 = ofcolor(I, FOUR)
    x2 = objects(I, T, F, T)
    x3 = rbind(intersection, x1)
    x4 = chain(x3, hfrontier, ulcorner)
    x5 = chain(x3, vfrontier, ulcorner)
    x6 = fork(combine, x4, x5)
    x7 = chain(backdrop, inbox, x6)
    x8 = mapply(x7, x2)
    O = fill(I, TWO, x8)
    return O


def solve_b0c4d837(I):
    x1 = ofcolor(I, EIGHT)
    x2 = ofcolor(I, FIVE)
    x3 = uppermost(x1)
    x4 = uppermost(x2)
    x5 = subtract(x3, x4)
    x6 = canvas(ZERO, UNITY)
    x7 = canvas(ONE, UNITY)
    x8 = canvas(TWO, UNITY)
    x9 = canvas(THREE, UNITY)
    x10 = canvas(FOUR, UNITY)
    x11 = canvas(FIVE, UNITY)
    x12 = canvas(SIX, UNITY)
    x13 = canvas(SEVEN, UNITY)
    x14 = canvas(EIGHT, UNITY)
    x15 = hconcat(x6, x7)
    x16 = hconcat(x15, x8)
    x17 = hconcat(x11, x10)
    x18 = hconcat(x17, x9)
    x19 = hconcat(x12, x13)
    x20 = hconcat(x19, x14)
    x21 = vconcat(x16, x18)
    x22 = vconcat(x21, x20)
    x23 = interval(ZERO, x5, ONE)
    x24 = lbind(ofcolor, x22)
    x25 = mapply(x24, x23)
    x26 = canvas(ZERO, THREE_BY_THREE)
    O = fill(x26, EIGHT, x25)
    return O


def solve_b190f7f5(I):
    x1 = portrait(I)
    x2 = vsplit(I, TWO)
    x3 = hsplit(I, TWO)
    x4 = branch(x1, x2, x3)
    x5 = rbind(colorcount, EIGHT)
    x6 = argmax(x4, x5)
    x7 = argmin(x4, x5)
    x8 = height(x7)
    x9 = upscale(x7, x8)
    x10 = astuple(x8, x8)
    x11 = repeatgrid(x6, x10)
    x12 = ofcolor(x11, ZERO)
    O = fill(x9, ZERO, x12)
    return O


def solve_b1948b0a(I):
    O = replace(I, SIX, TWO)
    return O


def solve_b230c067(I):
    x1 = objects(I, T, T, T)
    x2 = lbind(matcher, normalize)
    x3 = compose(x2, normalize)
    x4 = lbind(sfilter, x1)
    x5 = chain(size, x4, x3)
    x6 = matcher(x5, ONE)
    x7 = extract(x1, x6)
    x8 = merge(x1)
    x9 = fill(I, ONE, x8)
    O = fill(x9, TWO, x7)
    return O


def solve_b27ca6d3(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, TWO)
    x3 = mapply(outbox, x2)
    O = underfill(I, THREE, x3)
    return O


def solve_b2862040(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, NINE)
    x3 = rbind(bordering, I)
    x4 = compose(flip, x3)
    x5 = mfilter(x2, x4)
    x6 = colorfilter(x1, ONE)
    x7 = rbind(adjacent, x5)
    x8 = mfilter(x6, x7)
    O = fill(I, EIGHT, x8)
    return O


def solve_b527c5c6(I):
    x1 = objects(I, F, F, T)
    x2 = ofcolor(I, TWO)
    x3 = rbind(intersection, x2)
    x4 = chain(ulcorner, x3, toindices)
    x5 = compose(dneighbors, x4)
    x6 = fork(difference, x5, toindices)
    x7 = compose(ulcorner, x6)
    x8 = fork(subtract, x7, x4)
    x9 = fork(add, height, width)
    x10 = fork(subtract, height, width)
    x11 = compose(absolute, x10)
    x12 = fork(subtract, x9, x11)
    x13 = chain(decrement, halve, x12)
    x14 = compose(absolute, x8)
    x15 = compose(col, x14)
    x16 = compose(row, x14)
    x17 = fork(astuple, x15, x16)
    x18 = fork(astuple, x13, x13)
    x19 = fork(multiply, x17, x18)
    x20 = fork(add, x4, x19)
    x21 = fork(subtract, x4, x19)
    x22 = fork(shoot, x20, x8)
    x23 = fork(shoot, x21, x8)
    x24 = fork(combine, x22, x23)
    x25 = compose(backdrop, x24)
    x26 = mapply(x25, x1)
    x27 = fill(I, THREE, x26)
    x28 = fork(shoot, x4, x8)
    x29 = mapply(x28, x1)
    O = fill(x27, TWO, x29)
    return O


def solve_b548a754(I):
    x1 = ofcolor(I, EIGHT)
    x2 = objects(I, F, F, T)
    x3 = argmax(x2, size)
    x4 = mostcolor(x3)
    x5 = leastcolor(x3)
    x6 = toindices(x3)
    x7 = combine(x6, x1)
    x8 = backdrop(x7)
    x9 = fill(I, x5, x8)
    x10 = box(x8)
    O = fill(x9, x4, x10)
    return O


def solve_b60334d2(I):
    x1 = objects(I, T, F, T)
    x2 = compose(ineighbors, ulcorner)
    x3 = mapply(x2, x1)
    x4 = compose(dneighbors, ulcorner)
    x5 = mapply(x4, x1)
    x6 = merge(x1)
    x7 = cover(I, x6)
    x8 = fill(x7, FIVE, x3)
    O = fill(x8, ONE, x5)
    return O


def solve_b6afb2da(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, FIVE)
    x3 = merge(x2)
    x4 = fill(I, TWO, x3)
    x5 = mapply(box, x2)
    x6 = fill(x4, FOUR, x5)
    x7 = mapply(corners, x2)
    O = fill(x6, ONE, x7)
    return O


def solve_b7249182(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = last(x1)
    x4 = vmatching(x2, x3)
    x5 = dmirror(I)
    x6 = branch(x4, x5, I)
    x7 = objects(x6, T, F, T)
    x8 = argmin(x7, leftmost)
    x9 = argmax(x7, leftmost)
    x10 = ulcorner(x8)
    x11 = ulcorner(x9)
    x12 = row(x10)
    x13 = col(x10)
    x14 = col(x11)
    x15 = add(x13, x14)
    x16 = halve(x15)
    x17 = subtract(x12, TWO)
    x18 = add(x12, TWO)
    x19 = decrement(x12)
    x20 = increment(x12)
    x21 = decrement(x16)
    x22 = increment(x16)
    x23 = add(x16, TWO)
    x24 = astuple(x12, x21)
    x25 = connect(x10, x24)
    x26 = astuple(x17, x21)
    x27 = astuple(x18, x21)
    x28 = connect(x26, x27)
    x29 = astuple(x17, x16)
    x30 = astuple(x18, x16)
    x31 = connect(x29, x30)
    x32 = astuple(x19, x16)
    x33 = astuple(x20, x16)
    x34 = connect(x32, x33)
    x35 = difference(x31, x34)
    x36 = combine(x25, x28)
    x37 = combine(x36, x35)
    x38 = astuple(x12, x23)
    x39 = connect(x38, x11)
    x40 = astuple(x17, x23)
    x41 = astuple(x18, x23)
    x42 = connect(x40, x41)
    x43 = astuple(x17, x22)
    x44 = astuple(x18, x22)
    x45 = connect(x43, x44)
    x46 = astuple(x19, x22)
    x47 = astuple(x20, x22)
    x48 = connect(x46, x47)
    x49 = difference(x45, x48)
    x50 = combine(x39, x42)
    x51 = combine(x50, x49)
    x52 = color(x8)
    x53 = color(x9)
    x54 = fill(x6, x52, x37)
    x55 = fill(x54, x53, x51)
    x56 = dmirror(x55)
    O = branch(x4, x56, x55)
    return O


def solve_b782dc8a(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = ulcorner(x2)
    x4 = palette(I)
    x5 = remove(ZERO, x4)
    x6 = remove(EIGHT, x5)
    x7 = remove(x1, x6)
    x8 = first(x7)
    x9 = ofcolor(I, x8)
    x10 = combine(x2, x9)
    x11 = objects(I, T, F, F)
    x12 = colorfilter(x11, ZERO)
    x13 = rbind(adjacent, x10)
    x14 = mfilter(x12, x13)
    x15 = toindices(x14)
    x16 = canvas(ONE, UNITY)
    x17 = canvas(ZERO, UNITY)
    x18 = hconcat(x16, x17)
    x19 = vmirror(x18)
    x20 = vconcat(x18, x19)
    x21 = multiply(THREE, FIVE)
    x22 = astuple(x21, x21)
    x23 = repeatgrid(x20, x22)
    x24 = ofcolor(x23, ONE)
    x25 = ofcolor(x23, ZERO)
    x26 = row(x3)
    x27 = col(x3)
    x28 = add(x26, x27)
    x29 = even(x28)
    x30 = branch(x29, x24, x25)
    x31 = branch(x29, x25, x24)
    x32 = intersection(x15, x30)
    x33 = intersection(x15, x31)
    x34 = fill(I, x1, x32)
    O = fill(x34, x8, x33)
    return O


def solve_b8825c91(I):
    x1 = ofcolor(I, FOUR)
    x2 = hmirror(I)
    x3 = toobject(x1, x2)
    x4 = paint(I, x3)
    x5 = ofcolor(x4, FOUR)
    x6 = vmirror(x4)
    x7 = toobject(x5, x6)
    x8 = paint(x4, x7)
    x9 = ofcolor(x8, FOUR)
    x10 = rot180(x8)
    x11 = toobject(x9, x10)
    O = paint(x8, x11)
    return O


def solve_b8cdaf2b(I):
    x1 = leastcolor(I)
    x2 = height(I)
    x3 = subtract(x2, TWO)
    x4 = toivec(x3)
    x5 = hfrontier(x4)
    x6 = ofcolor(I, ZERO)
    x7 = difference(x5, x6)
    x8 = asindices(I)
    x9 = intersection(x7, x8)
    x10 = ulcorner(x9)
    x11 = urcorner(x9)
    x12 = add(x10, NEG_UNITY)
    x13 = add(x11, UP_RIGHT)
    x14 = shoot(x12, NEG_UNITY)
    x15 = shoot(x13, UP_RIGHT)
    x16 = combine(x14, x15)
    O = fill(I, x1, x16)
    return O


def solve_b91ae062(I):
    x1 = numcolors(I)
    x2 = decrement(x1)
    O = upscale(I, x2)
    return O


def solve_b94a9452(I):
    x1 = objects(I, F, F, T)
    x2 = first(x1)
    x3 = subgrid(x2, I)
    x4 = mostcolor(x3)
    x5 = leastcolor(x3)
    O = switch(x3, x4, x5)
    return O


def solve_b9b7f026(I):
    x1 = objects(I, T, F, T)
    x2 = compose(size, backdrop)
    x3 = fork(greater, x2, size)
    x4 = extract(x1, x3)
    x5 = color(x4)
    O = canvas(x5, UNITY)
    return O


def solve_ba26e723(I):
    x1 = width(I)
    x2 = interval(ZERO, x1, THREE)
    x3 = compose(vfrontier, tojvec)
    x4 = mapply(x3, x2)
    x5 = ofcolor(I, FOUR)
    x6 = intersection(x4, x5)
    O = fill(I, SIX, x6)
    return O


def solve_ba97ae07(I):
    x1 = fgpartition(I)
    x2 = first(x1)
    x3 = last(x1)
    x4 = backdrop(x2)
    x5 = backdrop(x3)
    x6 = intersection(x4, x5)
    x7 = ulcorner(x6)
    x8 = index(I, x7)
    x9 = matcher(color, x8)
    x10 = compose(flip, x9)
    x11 = extract(x1, x10)
    x12 = color(x11)
    O = fill(I, x12, x6)
    return O


def solve_bb43febb(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, FIVE)
    x3 = compose(backdrop, inbox)
    x4 = mapply(x3, x2)
    O = fill(I, TWO, x4)
    return O


def solve_bbc9ae5d(I):
    x1 = index(I, ORIGIN)
    x2 = colorcount(I, x1)
    x3 = decrement(x2)
    x4 = width(I)
    x5 = halve(x4)
    x6 = astuple(x5, x4)
    x7 = canvas(ZERO, x6)
    x8 = interval(ZERO, x5, ONE)
    x9 = rbind(add, x3)
    x10 = fork(astuple, identity, x9)
    x11 = fork(connect, toivec, x10)
    x12 = mapply(x11, x8)
    O = fill(x7, x1, x12)
    return O


def solve_bc1d5164(I):
    x1 = leastcolor(I)
    x2 = crop(I, ORIGIN, THREE_BY_THREE)
    x3 = tojvec(FOUR)
    x4 = crop(I, x3, THREE_BY_THREE)
    x5 = toivec(TWO)
    x6 = crop(I, x5, THREE_BY_THREE)
    x7 = astuple(TWO, FOUR)
    x8 = crop(I, x7, THREE_BY_THREE)
    x9 = ofcolor(x2, x1)
    x10 = ofcolor(x4, x1)
    x11 = ofcolor(x6, x1)
    x12 = ofcolor(x8, x1)
    x13 = combine(x9, x10)
    x14 = combine(x11, x12)
    x15 = combine(x13, x14)
    x16 = canvas(ZERO, THREE_BY_THREE)
    O = fill(x16, x1, x15)
    return O


def solve_bd4472b8(I):
    x1 = width(I)
    x2 = height(I)
    x3 = astuple(ONE, x1)
    x4 = crop(I, ORIGIN, x3)
    x5 = dmirror(x4)
    x6 = hupscale(x5, x1)
    x7 = subtract(x2, TWO)
    x8 = divide(x7, x1)
    x9 = astuple(x8, ONE)
    x10 = repeatgrid(x6, x9)
    x11 = astuple(TWO, x1)
    x12 = crop(I, ORIGIN, x11)
    O = vconcat(x12, x10)
    return O


def solve_bda2d7a6(I):
    x1 = index(I, ORIGIN)
    x2 = index(I, UNITY)
    x3 = index(I, TWO_BY_TWO)
    x4 = ofcolor(I, x1)
    x5 = ofcolor(I, x2)
    x6 = ofcolor(I, x3)
    x7 = fill(I, x3, x4)
    x8 = fill(x7, x1, x5)
    O = fill(x8, x2, x6)
    return O


def solve_bdad9b1f(I):
    x1 = ofcolor(I, EIGHT)
    x2 = ofcolor(I, TWO)
    x3 = ulcorner(x1)
    x4 = ulcorner(x2)
    x5 = vfrontier(x3)
    x6 = hfrontier(x4)
    x7 = fill(I, EIGHT, x5)
    x8 = fill(x7, TWO, x6)
    x9 = intersection(x5, x6)
    O = fill(x8, FOUR, x9)
    return O


def solve_be94b721(I):
    x1 = objects(I, T, T, T)
    x2 = argmax(x1, size)
    O = subgrid(x2, I)
    return O
