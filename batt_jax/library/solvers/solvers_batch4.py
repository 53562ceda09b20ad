"""Solver programs for ARC-AGI-1 training tasks, batch 4."""


def solve_beb8660c(I):
    x1 = objects(I, T, F, T)
    x2 = shape(I)
    x3 = width(I)
    x4 = height(I)
    x5 = decrement(x4)
    x6 = subtract(x5, x3)
    x7 = decrement(x3)
    x8 = lbind(add, x6)
    x9 = compose(x8, size)
    x10 = rbind(astuple, x7)
    x11 = compose(x10, x9)
    x12 = fork(subtract, x11, lrcorner)
    x13 = rbind(toobject, I)
    x14 = fork(shift, x13, x12)
    x15 = mapply(x14, x1)
    x16 = canvas(ZERO, x2)
    O = paint(x16, x15)
    return O


def solve_c0f76784(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = sizefilter(x2, ONE)
    x4 = sizefilter(x2, FOUR)
    x5 = sizefilter(x2, NINE)
    x6 = merge(x3)
    x7 = merge(x4)
    x8 = merge(x5)
    x9 = fill(I, SIX, x6)
    x10 = fill(x9, SEVEN, x7)
    O = fill(x10, EIGHT, x8)
    return O


def solve_c1d99e64(I):
    x1 = frontiers(I)
    x2 = colorfilter(x1, ZERO)
    x3 = merge(x2)
    O = fill(I, TWO, x3)
    return O


def solve_c3e719e8(I):
    x1 = mostcolor(I)
    x2 = upscale(I, THREE)
    x3 = repeatgrid(I, THREE_BY_THREE)
    x4 = ofcolor(x2, x1)
    x5 = asindices(x2)
    x6 = difference(x5, x4)
    O = fill(x3, ZERO, x6)
    return O


def solve_c3f564a4(I):
    x1 = rbind(ofcolor, ZERO)
    x2 = lbind(recolor, ZERO)
    x3 = compose(x2, x1)
    x4 = fork(difference, asobject, x3)
    x5 = rbind(shift, UP_RIGHT)
    x6 = compose(x5, x4)
    x7 = fork(paint, identity, x6)
    x8 = rbind(shift, DOWN_LEFT)
    x9 = compose(x8, x4)
    x10 = fork(paint, identity, x9)
    x11 = width(I)
    x12 = power(x7, x11)
    x13 = power(x10, x11)
    x14 = compose(x13, x12)
    x15 = repeat(I, ONE)
    x16 = apply(x14, x15)
    O = first(x16)
    return O


def solve_c444b776(I):
    x1 = ofcolor(I, FOUR)
    x2 = asindices(I)
    x3 = difference(x2, x1)
    x4 = fill(I, ZERO, x3)
    x5 = objects(x4, T, F, F)
    x6 = colorfilter(x5, ZERO)
    x7 = rbind(toobject, I)
    x8 = compose(numcolors, x7)
    x9 = argmax(x6, x8)
    x10 = toobject(x9, I)
    x11 = normalize(x10)
    x12 = lbind(shift, x11)
    x13 = compose(x12, ulcorner)
    x14 = mapply(x13, x6)
    O = paint(I, x14)
    return O


def solve_c59eb873(I):
    O = upscale(I, TWO)
    return O


def solve_c8cbb738(I):
    x1 = fgpartition(I)
    x2 = mostcolor(I)
    x3 = valmax(x1, height)
    x4 = valmax(x1, width)
    x5 = astuple(x3, x4)
    x6 = canvas(x2, x5)
    x7 = lbind(subtract, x5)
    x8 = chain(halve, x7, shape)
    x9 = rbind(toobject, I)
    x10 = compose(normalize, x9)
    x11 = fork(shift, x10, x8)
    x12 = mapply(x11, x1)
    O = paint(x6, x12)
    return O


def solve_c8f0f002(I):
    O = replace(I, SEVEN, FIVE)
    return O


def solve_c909285e(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    O = subgrid(x2, I)
    return O


def solve_c9e6f938(I):
    x1 = vmirror(I)
    O = hconcat(I, x1)
    return O


def solve_c9f8e694(I):
    x1 = height(I)
    x2 = width(I)
    x3 = astuple(x1, ONE)
    x4 = crop(I, ORIGIN, x3)
    x5 = hupscale(x4, x2)
    x6 = ofcolor(I, FIVE)
    x7 = toobject(x6, x5)
    O = paint(I, x7)
    return O


def solve_caa06a1f(I):
    x1 = shape(I)
    x2 = decrement(x1)
    x3 = index(I, x2)
    x4 = ofcolor(I, x3)
    x5 = asindices(I)
    x6 = difference(x5, x4)
    x7 = subgrid(x6, I)
    x8 = vperiod(x7)
    x9 = hperiod(x7)
    x10 = astuple(x8, x9)
    x11 = crop(x7, ORIGIN, x10)
    x12 = divide(x1, x10)
    x13 = increment(x12)
    x14 = repeatgrid(x11, x13)
    O = crop(x14, RIGHT, x1)
    return O


def solve_cce03e0d(I):
    x1 = upscale(I, THREE)
    x2 = repeatgrid(I, THREE_BY_THREE)
    x3 = ofcolor(x1, TWO)
    x4 = asindices(x1)
    x5 = difference(x4, x3)
    O = fill(x2, ZERO, x5)
    return O


def solve_cdecee7f(I):
    x1 = objects(I, T, F, T)
    x2 = lbind(lbind, greater)
    x3 = rbind(compose, leftmost)
    x4 = chain(x3, x2, leftmost)
    x5 = lbind(sfilter, x1)
    x6 = chain(size, x5, x4)
    x7 = compose(tojvec, x6)
    x8 = rbind(toobject, I)
    x9 = compose(normalize, x8)
    x10 = fork(shift, x9, x7)
    x11 = mapply(x10, x1)
    x12 = astuple(ONE, NINE)
    x13 = canvas(ZERO, x12)
    x14 = paint(x13, x11)
    x15 = astuple(ONE, THREE)
    x16 = crop(x14, ORIGIN, x15)
    x17 = tojvec(THREE)
    x18 = crop(x14, x17, x15)
    x19 = vmirror(x18)
    x20 = tojvec(SIX)
    x21 = crop(x14, x20, x15)
    x22 = vconcat(x16, x19)
    O = vconcat(x22, x21)
    return O


def solve_ce22a75a(I):
    x1 = objects(I, T, F, T)
    x2 = compose(backdrop, outbox)
    x3 = mapply(x2, x1)
    O = fill(I, ONE, x3)
    return O


def solve_ce4f8723(I):
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = ofcolor(x1, ZERO)
    x4 = ofcolor(x2, ZERO)
    x5 = intersection(x3, x4)
    x6 = shape(x1)
    x7 = canvas(THREE, x6)
    O = fill(x7, ZERO, x5)
    return O


def solve_ce9e57f2(I):
    x1 = objects(I, T, F, T)
    x2 = chain(toivec, halve, increment)
    x3 = compose(x2, height)
    x4 = fork(shift, toindices, x3)
    x5 = fork(intersection, toindices, x4)
    x6 = mapply(x5, x1)
    O = fill(I, EIGHT, x6)
    return O


def solve_cf98881b(I):
    x1 = hsplit(I, THREE)
    x2 = first(x1)
    x3 = last(x1)
    x4 = shape(x2)
    x5 = width(x2)
    x6 = increment(x5)
    x7 = tojvec(x6)
    x8 = crop(I, x7, x4)
    x9 = asindices(x2)
    x10 = ofcolor(x8, ZERO)
    x11 = difference(x9, x10)
    x12 = toobject(x11, x8)
    x13 = paint(x3, x12)
    x14 = ofcolor(x2, ZERO)
    x15 = difference(x9, x14)
    x16 = toobject(x15, x2)
    O = paint(x13, x16)
    return O


def solve_d037b0a7(I):
    x1 = objects(I, T, F, T)
    x2 = rbind(shoot, DOWN)
    x3 = compose(x2, ulcorner)
    x4 = fork(recolor, color, x3)
    x5 = mapply(x4, x1)
    O = paint(I, x5)
    return O


def solve_d06dbe63(I):
    x1 = astuple(NEG_TWO, TWO)
    x2 = connect(UP, NEG_TWO_BY_ZERO)
    x3 = connect(NEG_TWO_BY_ZERO, x1)
    x4 = combine(x2, x3)
    x5 = astuple(TWO, NEG_TWO)
    x6 = connect(DOWN, TWO_BY_ZERO)
    x7 = connect(TWO_BY_ZERO, x5)
    x8 = combine(x6, x7)
    x9 = interval(ZERO, SEVEN, ONE)
    x10 = rbind(multiply, NEG_TWO)
    x11 = fork(astuple, x10, double)
    x12 = lbind(shift, x4)
    x13 = compose(x12, x11)
    x14 = mapply(x13, x9)
    x15 = fork(astuple, double, x10)
    x16 = lbind(shift, x8)
    x17 = compose(x16, x15)
    x18 = mapply(x17, x9)
    x19 = combine(x14, x18)
    x20 = ofcolor(I, EIGHT)
    x21 = ulcorner(x20)
    x22 = shift(x19, x21)
    O = fill(I, FIVE, x22)
    return O


def solve_d07ae81c(I):
    x1 = objects(I, T, F, F)
    x2 = sizefilter(x1, ONE)
    x3 = rbind(shoot, UNITY)
    x4 = rbind(shoot, NEG_UNITY)
    x5 = rbind(shoot, UP_RIGHT)
    x6 = rbind(shoot, DOWN_LEFT)
    x7 = fork(combine, x3, x4)
    x8 = fork(combine, x5, x6)
    x9 = fork(combine, x7, x8)
    x10 = compose(x9, ulcorner)
    x11 = mapply(x10, x2)
    x12 = rbind(toobject, I)
    x13 = compose(neighbors, ulcorner)
    x14 = chain(mostcolor, x12, x13)
    x15 = lbind(ofcolor, I)
    x16 = lbind(intersection, x11)
    x17 = chain(x16, x15, x14)
    x18 = fork(recolor, color, x17)
    x19 = mapply(x18, x2)
    O = paint(I, x19)
    return O


def solve_d0f5fe59(I):
    x1 = objects(I, T, T, T)
    x2 = size(x1)
    x3 = astuple(x2, x2)
    x4 = canvas(ZERO, x3)
    x5 = decrement(x3)
    x6 = connect(ORIGIN, x5)
    O = fill(x4, EIGHT, x6)
    return O


def solve_d10ecb37(I):
    O = crop(I, ORIGIN, TWO_BY_TWO)
    return O


def solve_d13f3404(I):
    x1 = objects(I, F, T, T)
    x2 = merge(x1)
    x3 = interval(ZERO, SIX, ONE)
    x4 = fork(astuple, identity, identity)
    x5 = lbind(shift, x2)
    x6 = compose(x5, x4)
    x7 = mapply(x6, x3)
    x8 = astuple(SIX, SIX)
    x9 = canvas(ZERO, x8)
    O = paint(x9, x7)
    return O


def solve_d23f8c26(I):
    x1 = width(I)
    x2 = halve(x1)
    x3 = tojvec(x2)
    x4 = vfrontier(x3)
    x5 = asindices(I)
    x6 = difference(x5, x4)
    O = fill(I, ZERO, x6)
    return O


def solve_d2abd087(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, SIX)
    x3 = merge(x2)
    x4 = replace(I, FIVE, ONE)
    O = fill(x4, TWO, x3)
    return O


def solve_d364b489(I):
    x1 = ofcolor(I, ONE)
    x2 = shift(x1, UP)
    x3 = shift(x1, LEFT)
    x4 = shift(x1, RIGHT)
    x5 = shift(x1, DOWN)
    x6 = fill(I, TWO, x2)
    x7 = fill(x6, SEVEN, x3)
    x8 = fill(x7, SIX, x4)
    O = fill(x8, EIGHT, x5)
    return O


def solve_d406998b(I):
    x1 = width(I)
    x2 = decrement(x1)
    x3 = interval(x2, NEG_ONE, NEG_TWO)
    x4 = compose(vfrontier, tojvec)
    x5 = mapply(x4, x3)
    x6 = ofcolor(I, FIVE)
    x7 = intersection(x5, x6)
    O = fill(I, THREE, x7)
    return O


def solve_d43fd935(I):
    x1 = ofcolor(I, THREE)
    x2 = objects(I, T, F, T)
    x3 = colorfilter(x2, THREE)
    x4 = difference(x2, x3)
    x5 = lbind(hmatching, x1)
    x6 = lbind(vmatching, x1)
    x7 = fork(either, x5, x6)
    x8 = sfilter(x4, x7)
    x9 = rbind(gravitate, x1)
    x10 = fork(add, ulcorner, x9)
    x11 = fork(connect, ulcorner, x10)
    x12 = fork(recolor, color, x11)
    x13 = mapply(x12, x8)
    O = paint(I, x13)
    return O


def solve_d4469b4b(I):
    x1 = palette(I)
    x2 = other(x1, ZERO)
    x3 = double(x2)
    x4 = add(x3, TWO)
    x5 = modulo(x4, THREE)
    x6 = divide(x2, THREE)
    x7 = increment(x6)
    x8 = toivec(x5)
    x9 = tojvec(x7)
    x10 = hfrontier(x8)
    x11 = vfrontier(x9)
    x12 = combine(x10, x11)
    x13 = canvas(ZERO, THREE_BY_THREE)
    O = fill(x13, FIVE, x12)
    return O


def solve_d4a91cb9(I):
    x1 = ofcolor(I, EIGHT)
    x2 = ofcolor(I, TWO)
    x3 = ulcorner(x1)
    x4 = ulcorner(x2)
    x5 = row(x4)
    x6 = col(x3)
    x7 = astuple(x5, x6)
    x8 = connect(x3, x7)
    x9 = connect(x7, x4)
    x10 = combine(x8, x9)
    O = underfill(I, FOUR, x10)
    return O


def solve_d4f3cd78(I):
    x1 = ofcolor(I, FIVE)
    x2 = box(x1)
    x3 = difference(x2, x1)
    x4 = delta(x1)
    x5 = difference(x4, x3)
    x6 = ulcorner(x3)
    x7 = dneighbors(x6)
    x8 = intersection(x7, x5)
    x9 = ulcorner(x8)
    x10 = subtract(x6, x9)
    x11 = shoot(x6, x10)
    x12 = combine(x4, x11)
    O = fill(I, EIGHT, x12)
    return O


def solve_d5d6de2d(I):
    x1 = objects(I, T, F, T)
    x2 = mapply(delta, x1)
    x3 = replace(I, TWO, ZERO)
    O = fill(x3, THREE, x2)
    return O


def solve_d631b094(I):
    x1 = palette(I)
    x2 = other(x1, ZERO)
    x3 = colorcount(I, x2)
    x4 = astuple(ONE, x3)
    O = canvas(x2, x4)
    return O


def solve_d6ad076f(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = difference(x1, x2)
    x4 = compose(vfrontier, ulcorner)
    x5 = compose(vfrontier, urcorner)
    x6 = fork(combine, x4, x5)
    x7 = compose(backdrop, x6)
    x8 = compose(hfrontier, ulcorner)
    x9 = compose(hfrontier, llcorner)
    x10 = fork(combine, x8, x9)
    x11 = compose(backdrop, x10)
    x12 = apply(x7, x3)
    x13 = first(x12)
    x14 = last(x12)
    x15 = intersection(x13, x14)
    x16 = apply(x11, x3)
    x17 = first(x16)
    x18 = last(x16)
    x19 = intersection(x17, x18)
    x20 = combine(x15, x19)
    x21 = ofcolor(I, ZERO)
    x22 = merge(x3)
    x23 = backdrop(x22)
    x24 = intersection(x20, x21)
    x25 = intersection(x24, x23)
    x26 = difference(x21, x25)
    x27 = shift(x26, UP)
    x28 = shift(x26, DOWN)
    x29 = shift(x26, LEFT)
    x30 = shift(x26, RIGHT)
    x31 = combine(x27, x28)
    x32 = combine(x29, x30)
    x33 = combine(x31, x32)
    x34 = difference(x25, x33)
    O = fill(I, EIGHT, x34)
    return O


def solve_d89b689b(I):
    x1 = ofcolor(I, EIGHT)
    x2 = objects(I, T, F, T)
    x3 = colorfilter(x2, EIGHT)
    x4 = difference(x2, x3)
    x5 = ulcorner(x1)
    x6 = lbind(position, x1)
    x7 = chain(halve, increment, x6)
    x8 = lbind(add, x5)
    x9 = chain(initset, x8, x7)
    x10 = fork(recolor, color, x9)
    x11 = mapply(x10, x4)
    x12 = shape(I)
    x13 = canvas(ZERO, x12)
    O = paint(x13, x11)
    return O


def solve_d8c310e9(I):
    x1 = ofcolor(I, ZERO)
    x2 = asindices(I)
    x3 = difference(x2, x1)
    x4 = subgrid(x3, I)
    x5 = hperiod(x4)
    x6 = height(I)
    x7 = astuple(x6, x5)
    x8 = crop(I, ORIGIN, x7)
    x9 = width(I)
    x10 = divide(x9, x5)
    x11 = increment(x10)
    x12 = astuple(ONE, x11)
    x13 = repeatgrid(x8, x12)
    x14 = shape(I)
    O = crop(x13, ORIGIN, x14)
    return O


def solve_d90796e8(I):
    x1 = objects(I, F, F, T)
    x2 = rbind(colorcount, TWO)
    x3 = rbind(colorcount, THREE)
    x4 = compose(positive, x2)
    x5 = compose(positive, x3)
    x6 = fork(both, x4, x5)
    x7 = mfilter(x1, x6)
    x8 = toindices(x7)
    x9 = ofcolor(I, THREE)
    x10 = ofcolor(I, TWO)
    x11 = intersection(x8, x9)
    x12 = intersection(x8, x10)
    x13 = fill(I, EIGHT, x11)
    O = fill(x13, ZERO, x12)
    return O


def solve_d9f24cd1(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, TWO)
    x3 = colorfilter(x1, FIVE)
    x4 = rbind(shoot, UP)
    x5 = compose(x4, ulcorner)
    x6 = mapply(x5, x2)
    x7 = mapply(x5, x3)
    x8 = difference(x6, x7)
    x9 = shift(x7, DOWN)
    x10 = combine(x7, x9)
    x11 = intersection(x6, x10)
    x12 = shift(x11, RIGHT)
    x13 = combine(x8, x12)
    O = fill(I, TWO, x13)
    return O


def solve_d9fac9be(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, ONE)
    x3 = rbind(toobject, I)
    x4 = compose(neighbors, ulcorner)
    x5 = compose(x3, x4)
    x6 = matcher(numcolors, ONE)
    x7 = matcher(size, EIGHT)
    x8 = rbind(colorcount, ZERO)
    x9 = matcher(x8, ZERO)
    x10 = fork(both, x6, x7)
    x11 = fork(both, x10, x9)
    x12 = compose(x11, x5)
    x13 = extract(x2, x12)
    x14 = color(x13)
    O = canvas(x14, UNITY)
    return O


def solve_dae9d2b5(I):
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = ofcolor(x1, ZERO)
    x4 = ofcolor(x2, ZERO)
    x5 = intersection(x3, x4)
    x6 = shape(x1)
    x7 = canvas(SIX, x6)
    O = fill(x7, ZERO, x5)
    return O


def solve_db3e9e38(I):
    x1 = ofcolor(I, SEVEN)
    x2 = fork(astuple, invert, identity)
    x3 = fork(astuple, invert, invert)
    x4 = lbind(shift, x1)
    x5 = compose(x4, x2)
    x6 = compose(x4, x3)
    x7 = fork(combine, x5, x6)
    x8 = interval(ONE, TEN, TWO)
    x9 = interval(ZERO, TEN, TWO)
    x10 = mapply(x7, x8)
    x11 = mapply(x7, x9)
    x12 = fill(I, EIGHT, x10)
    O = fill(x12, SEVEN, x11)
    return O


def solve_db93a21d(I):
    x1 = objects(I, T, F, T)
    x2 = rbind(shoot, DOWN)
    x3 = compose(x2, llcorner)
    x4 = compose(x2, lrcorner)
    x5 = fork(combine, x3, x4)
    x6 = compose(backdrop, x5)
    x7 = mapply(x6, x1)
    x8 = compose(halve, width)
    x9 = fork(astuple, x8, x8)
    x10 = compose(invert, x9)
    x11 = fork(shift, toindices, x9)
    x12 = fork(shift, toindices, x10)
    x13 = fork(combine, x11, x12)
    x14 = compose(backdrop, x13)
    x15 = mapply(x14, x1)
    x16 = merge(x1)
    x17 = fill(I, ONE, x7)
    x18 = fill(x17, THREE, x15)
    O = paint(x18, x16)
    return O


def solve_dbc1a6ce(I):
    x1 = ofcolor(I, ONE)
    x2 = height(I)
    x3 = width(I)
    x4 = interval(ZERO, x2, ONE)
    x5 = interval(ZERO, x3, ONE)
    x6 = lbind(intersection, x1)
    x7 = chain(x6, hfrontier, toivec)
    x8 = compose(backdrop, x7)
    x9 = chain(x6, vfrontier, tojvec)
    x10 = compose(backdrop, x9)
    x11 = mapply(x8, x4)
    x12 = mapply(x10, x5)
    x13 = combine(x11, x12)
    O = underfill(I, EIGHT, x13)
    return O


def solve_dc0a314f(I):
    x1 = ofcolor(I, THREE)
    x2 = vmirror(I)
    x3 = toobject(x1, x2)
    x4 = paint(I, x3)
    x5 = hmirror(x4)
    x6 = toobject(x1, x5)
    x7 = paint(x4, x6)
    x8 = dmirror(x7)
    x9 = toobject(x1, x8)
    x10 = paint(x7, x9)
    O = subgrid(x1, x10)
    return O


def solve_dc1df850(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, TWO)
    x3 = mapply(outbox, x2)
    O = underfill(I, ONE, x3)
    return O


def solve_dc433765(I):
    x1 = ofcolor(I, THREE)
    x2 = ofcolor(I, FOUR)
    x3 = position(x1, x2)
    x4 = shift(x1, x3)
    x5 = fill(I, ZERO, x1)
    O = fill(x5, THREE, x4)
    return O


def solve_ddf7fa4f(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, FIVE)
    x3 = difference(x1, x2)
    x4 = lbind(lbind, vmatching)
    x5 = lbind(extract, x3)
    x6 = chain(color, x5, x4)
    x7 = fork(recolor, x6, toindices)
    x8 = mapply(x7, x2)
    O = paint(I, x8)
    return O


def solve_de1cd16c(I):
    x1 = objects(I, T, F, F)
    x2 = compose(size, delta)
    x3 = argmax(x1, x2)
    x4 = color(x3)
    O = canvas(x4, UNITY)
    return O


def solve_ded97339(I):
    x1 = ofcolor(I, EIGHT)
    x2 = height(I)
    x3 = width(I)
    x4 = interval(ZERO, x2, ONE)
    x5 = interval(ZERO, x3, ONE)
    x6 = lbind(intersection, x1)
    x7 = chain(x6, hfrontier, toivec)
    x8 = compose(backdrop, x7)
    x9 = chain(x6, vfrontier, tojvec)
    x10 = compose(backdrop, x9)
    x11 = mapply(x8, x4)
    x12 = mapply(x10, x5)
    x13 = combine(x11, x12)
    O = fill(I, EIGHT, x13)
    return O


def solve_e179c5f4(I):
    x1 = height(I)
    x2 = width(I)
    x3 = decrement(x2)
    x4 = double(x3)
    x5 = decrement(x1)
    x6 = subtract(x1, x2)
    x7 = lbind(multiply, x4)
    x8 = lbind(subtract, x5)
    x9 = compose(x8, x7)
    x10 = rbind(astuple, ZERO)
    x11 = compose(x10, x9)
    x12 = rbind(shoot, UP_RIGHT)
    x13 = compose(x12, x11)
    x14 = lbind(subtract, x6)
    x15 = compose(x14, x7)
    x16 = rbind(astuple, x3)
    x17 = compose(x16, x15)
    x18 = rbind(shoot, NEG_UNITY)
    x19 = compose(x18, x17)
    x20 = interval(ZERO, TEN, ONE)
    x21 = mapply(x13, x20)
    x22 = mapply(x19, x20)
    x23 = combine(x21, x22)
    x24 = replace(I, ZERO, EIGHT)
    O = fill(x24, ONE, x23)
    return O


def solve_e21d9049(I):
    x1 = objects(I, T, F, T)
    x2 = merge(x1)
    x3 = height(x2)
    x4 = width(x2)
    x5 = height(I)
    x6 = width(I)
    x7 = lbind(sfilter, x1)
    x8 = lbind(matcher, uppermost)
    x9 = chain(size, x7, x8)
    x10 = interval(ZERO, x5, ONE)
    x11 = argmax(x10, x9)
    x12 = lbind(matcher, leftmost)
    x13 = chain(size, x7, x12)
    x14 = interval(ZERO, x6, ONE)
    x15 = argmax(x14, x13)
    x16 = matcher(uppermost, x11)
    x17 = sfilter(x1, x16)
    x18 = matcher(leftmost, x15)
    x19 = sfilter(x1, x18)
    x20 = rbind(modulo, x4)
    x21 = compose(x20, leftmost)
    x22 = lbind(astuple, x11)
    x23 = compose(x22, x21)
    x24 = tojvec(x4)
    x25 = rbind(shoot, x24)
    x26 = compose(x25, x23)
    x27 = fork(recolor, color, x26)
    x28 = mapply(x27, x17)
    x29 = rbind(modulo, x3)
    x30 = compose(x29, uppermost)
    x31 = rbind(astuple, x15)
    x32 = compose(x31, x30)
    x33 = toivec(x3)
    x34 = rbind(shoot, x33)
    x35 = compose(x34, x32)
    x36 = fork(recolor, color, x35)
    x37 = mapply(x36, x19)
    x38 = paint(I, x28)
    O = paint(x38, x37)
    return O


def solve_e26a3af2(I):
    x1 = height(I)
    x2 = width(I)
    x3 = interval(ZERO, x1, ONE)
    x4 = interval(ZERO, x2, ONE)
    x5 = rbind(toobject, I)
    x6 = compose(hfrontier, toivec)
    x7 = chain(mostcolor, x5, x6)
    x8 = fork(recolor, x7, x6)
    x9 = mapply(x8, x3)
    x10 = compose(vfrontier, tojvec)
    x11 = chain(mostcolor, x5, x10)
    x12 = fork(recolor, x11, x10)
    x13 = mapply(x12, x4)
    x14 = paint(I, x9)
    x15 = paint(I, x13)
    x16 = asobject(I)
    x17 = asobject(x14)
    x18 = asobject(x15)
    x19 = intersection(x16, x17)
    x20 = intersection(x16, x18)
    x21 = size(x19)
    x22 = size(x20)
    x23 = greater(x21, x22)
    O = branch(x23, x14, x15)
    return O


def solve_e3497940(I):
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = vmirror(x2)
    x4 = asobject(x3)
    x5 = ofcolor(x3, ZERO)
    x6 = recolor(ZERO, x5)
    x7 = difference(x4, x6)
    O = paint(x1, x7)
    return O


def solve_e40b9e2f(I):
    x1 = ofcolor(I, ZERO)
    x2 = shape(I)
    x3 = canvas(ONE, x2)
    x4 = fill(x3, ZERO, x1)
    x5 = canvas(ONE, THREE_BY_THREE)
    x6 = asobject(x5)
    x7 = occurrences(x4, x6)
    x8 = size(x7)
    x9 = positive(x8)
    x10 = canvas(ONE, TWO_BY_TWO)
    x11 = asobject(x10)
    x12 = occurrences(x4, x11)
    x13 = branch(x9, x7, x12)
    x14 = branch(x9, x6, x11)
    x15 = ulcorner(x13)
    x16 = shift(x14, x15)
    x17 = astuple(SEVEN, SEVEN)
    x18 = ulcorner(x16)
    x19 = subtract(x18, x17)
    x20 = lrcorner(x16)
    x21 = add(x20, x17)
    x22 = initset(x19)
    x23 = insertcell(x21, x22)
    x24 = corners(x23)
    x25 = recolor(ZERO, x24)
    x26 = asobject(I)
    x27 = recolor(ZERO, x1)
    x28 = difference(x26, x27)
    x29 = combine(x28, x25)
    x30 = dmirror(x29)
    x31 = vmirror(x30)
    x32 = dmirror(x31)
    x33 = vmirror(x32)
    x34 = dmirror(x33)
    x35 = vmirror(x34)
    x36 = paint(I, x31)
    x37 = paint(x36, x33)
    x38 = paint(x37, x35)
    O = paint(x38, x28)
    return O


def solve_e509e548(I):
    x1 = objects(I, T, F, T)
    x2 = fork(difference, toindices, box)
    x3 = chain(positive, size, x2)
    x4 = fork(add, height, width)
    x5 = compose(decrement, x4)
    x6 = fork(equality, size, x5)
    x7 = mfilter(x1, x3)
    x8 = mfilter(x1, x6)
    x9 = replace(I, THREE, SIX)
    x10 = fill(x9, ONE, x8)
    O = fill(x10, TWO, x7)
    return O


def solve_e50d258f(I):
    x1 = ofcolor(I, ZERO)
    x2 = shape(I)
    x3 = canvas(ONE, x2)
    x4 = fill(x3, ZERO, x1)
    x5 = objects(x4, T, F, F)
    x6 = colorfilter(x5, ONE)
    x7 = rbind(toobject, I)
    x8 = rbind(colorcount, TWO)
    x9 = compose(x8, x7)
    x10 = argmax(x6, x9)
    O = subgrid(x10, I)
    return O


def solve_e76a88a6(I):
    x1 = objects(I, F, F, T)
    x2 = matcher(numcolors, ONE)
    x3 = compose(flip, x2)
    x4 = extract(x1, x3)
    x5 = sfilter(x1, x2)
    x6 = normalize(x4)
    x7 = lbind(shift, x6)
    x8 = compose(x7, ulcorner)
    x9 = mapply(x8, x5)
    O = paint(I, x9)
    return O


def solve_e8593010(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, ONE)
    x3 = sizefilter(x1, TWO)
    x4 = sizefilter(x1, THREE)
    x5 = merge(x2)
    x6 = merge(x3)
    x7 = merge(x4)
    x8 = fill(I, THREE, x5)
    x9 = fill(x8, TWO, x6)
    O = fill(x9, ONE, x7)
    return O


def solve_e8dc4411(I):
    x1 = ofcolor(I, ZERO)
    x2 = leastcolor(I)
    x3 = ofcolor(I, x2)
    x4 = position(x1, x3)
    x5 = fork(astuple, identity, identity)
    x6 = lbind(multiply, x4)
    x7 = compose(x6, x5)
    x8 = lbind(shift, x1)
    x9 = compose(x8, x7)
    x10 = lbind(intersection, x3)
    x11 = chain(positive, size, x10)
    x12 = compose(x11, x9)
    x13 = lbind(intersection, x1)
    x14 = matcher(size, ZERO)
    x15 = chain(x14, x13, x9)
    x16 = fork(both, x12, x15)
    x17 = interval(ONE, TEN, ONE)
    x18 = extract(x17, x16)
    x19 = height(I)
    x20 = width(I)
    x21 = singleton(x20)
    x22 = insert(x19, x21)
    x23 = maximum(x22)
    x24 = divide(x23, x18)
    x25 = increment(x24)
    x26 = interval(ONE, x25, ONE)
    x27 = rbind(multiply, x18)
    x28 = compose(x9, x27)
    x29 = mapply(x28, x26)
    O = fill(I, x2, x29)
    return O


def solve_e9614598(I):
    x1 = ofcolor(I, ONE)
    x2 = center(x1)
    x3 = dneighbors(x2)
    x4 = insertcell(x2, x3)
    O = fill(I, THREE, x4)
    return O


def solve_e98196ab(I):
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = asobject(x2)
    x4 = ofcolor(x2, ZERO)
    x5 = recolor(ZERO, x4)
    x6 = difference(x3, x5)
    O = paint(x1, x6)
    return O


def solve_e9afcf9a(I):
    x1 = width(I)
    x2 = interval(ONE, x1, TWO)
    x3 = compose(vfrontier, tojvec)
    x4 = mapply(x3, x2)
    x5 = hmirror(I)
    x6 = toobject(x4, x5)
    O = paint(I, x6)
    return O


def solve_ea32f347(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = argmin(x1, size)
    x4 = replace(I, FIVE, FOUR)
    x5 = fill(x4, ONE, x2)
    O = fill(x5, TWO, x3)
    return O


def solve_ea786f4a(I):
    x1 = ofcolor(I, ZERO)
    x2 = ulcorner(x1)
    x3 = shoot(x2, UNITY)
    x4 = shoot(x2, NEG_UNITY)
    x5 = shoot(x2, UP_RIGHT)
    x6 = shoot(x2, DOWN_LEFT)
    x7 = combine(x3, x4)
    x8 = combine(x5, x6)
    x9 = combine(x7, x8)
    O = fill(I, ZERO, x9)
    return O


def solve_eb281b96(I):
    x1 = height(I)
    x2 = width(I)
    x3 = decrement(x1)
    x4 = astuple(x3, x2)
    x5 = crop(I, ORIGIN, x4)
    x6 = crop(I, DOWN, x4)
    x7 = hmirror(x6)
    x8 = vconcat(x5, x7)
    x9 = vconcat(x8, x8)
    x10 = astuple(ONE, x2)
    x11 = crop(I, ORIGIN, x10)
    O = vconcat(x9, x11)
    return O


def solve_eb5a1d5d(I):
    x1 = objects(I, T, F, F)
    x2 = size(x1)
    x3 = double(x2)
    x4 = subtract(x3, TWO)
    x5 = lbind(lbind, greater)
    x6 = rbind(compose, uppermost)
    x7 = chain(x6, x5, uppermost)
    x8 = lbind(sfilter, x1)
    x9 = chain(size, x8, x7)
    x10 = fork(astuple, x9, x9)
    x11 = lbind(subtract, x4)
    x12 = compose(x11, x9)
    x13 = fork(astuple, x12, x12)
    x14 = fork(connect, x10, x13)
    x15 = compose(box, x14)
    x16 = fork(recolor, color, x15)
    x17 = mapply(x16, x1)
    x18 = decrement(x3)
    x19 = astuple(x18, x18)
    x20 = canvas(ZERO, x19)
    O = paint(x20, x17)
    return O


def solve_ec883f72(I):
    x1 = objects(I, T, F, T)
    x2 = compose(size, backdrop)
    x3 = argmax(x1, x2)
    x4 = color(x3)
    x5 = palette(I)
    x6 = singleton(x4)
    x7 = insert(ZERO, x6)
    x8 = difference(x5, x7)
    x9 = first(x8)
    x10 = ulcorner(x3)
    x11 = urcorner(x3)
    x12 = llcorner(x3)
    x13 = lrcorner(x3)
    x14 = add(x10, NEG_UNITY)
    x15 = add(x11, UP_RIGHT)
    x16 = add(x12, DOWN_LEFT)
    x17 = add(x13, UNITY)
    x18 = shoot(x14, NEG_UNITY)
    x19 = shoot(x15, UP_RIGHT)
    x20 = shoot(x16, DOWN_LEFT)
    x21 = shoot(x17, UNITY)
    x22 = combine(x18, x19)
    x23 = combine(x20, x21)
    x24 = combine(x22, x23)
    O = fill(I, x9, x24)
    return O


def solve_ecdecbb3(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, TWO)
    x3 = colorfilter(x1, EIGHT)
    x4 = ofcolor(I, EIGHT)
    x5 = ofcolor(I, TWO)
    x6 = first(x3)
    x7 = hline(x6)
    x8 = branch(x7, vfrontier, hfrontier)
    x9 = fill(I, ZERO, x5)
    x10 = objects(x9, T, F, F)
    x11 = colorfilter(x10, ZERO)
    x12 = compose(positive, size)
    x13 = lbind(lbind, intersection)
    x14 = lbind(compose, x12)
    x15 = rbind(compose, toindices)
    x16 = chain(x14, x15, x13)
    x17 = lbind(extract, x11)
    x18 = compose(x17, x16)
    x19 = chain(toindices, x18, toindices)
    x20 = compose(x8, ulcorner)
    x21 = fork(intersection, x20, x19)
    x22 = rbind(shift, UP)
    x23 = rbind(shift, DOWN)
    x24 = rbind(shift, LEFT)
    x25 = rbind(shift, RIGHT)
    x26 = fork(combine, x22, x23)
    x27 = fork(combine, x24, x25)
    x28 = fork(combine, x26, x27)
    x29 = compose(x28, x21)
    x30 = lbind(intersection, x4)
    x31 = compose(x30, x20)
    x32 = fork(intersection, x31, x29)
    x33 = fork(combine, toindices, x32)
    x34 = compose(backdrop, x33)
    x35 = mapply(x34, x2)
    x36 = mapply(x32, x2)
    x37 = shift(x36, LEFT)
    x38 = shift(x36, RIGHT)
    x39 = combine(x37, x38)
    x40 = combine(x36, x39)
    x41 = shift(x40, UP)
    x42 = shift(x40, DOWN)
    x43 = combine(x41, x42)
    x44 = combine(x40, x43)
    x45 = fill(I, TWO, x35)
    x46 = fill(x45, EIGHT, x44)
    O = fill(x46, TWO, x36)
    return O


def solve_ed36ccf7(I):
    O = rot270(I)
    return O


def solve_f15e1fac(I):
    x1 = ofcolor(I, EIGHT)
    x2 = ofcolor(I, TWO)
    x3 = height(x1)
    x4 = equality(x3, ONE)
    x5 = leftmost(x2)
    x6 = equality(x5, ZERO)
    x7 = leftmost(x1)
    x8 = equality(x7, ZERO)
    x9 = branch(x6, identity, vmirror)
    x10 = compose(vmirror, dmirror)
    x11 = compose(dmirror, vmirror)
    x12 = branch(x8, x10, cmirror)
    x13 = branch(x8, x11, cmirror)
    x14 = branch(x4, x9, x12)
    x15 = branch(x4, x9, x13)
    x16 = repeat(I, ONE)
    x17 = apply(x14, x16)
    x18 = first(x17)
    x19 = ofcolor(x18, EIGHT)
    x20 = objects(x18, T, F, T)
    x21 = colorfilter(x20, TWO)
    x22 = lbind(sfilter, x21)
    x23 = lbind(lbind, greater)
    x24 = compose(x23, increment)
    x25 = rbind(compose, uppermost)
    x26 = compose(x25, x24)
    x27 = chain(size, x22, x26)
    x28 = fork(astuple, identity, x27)
    x29 = lbind(shift, x19)
    x30 = compose(x29, x28)
    x31 = height(x18)
    x32 = interval(ZERO, x31, ONE)
    x33 = mapply(x30, x32)
    x34 = fill(x18, EIGHT, x33)
    x35 = repeat(x34, ONE)
    x36 = apply(x15, x35)
    O = first(x36)
    return O


def solve_f1cefba8(I):
    x1 = ofcolor(I, ZERO)
    x2 = asindices(I)
    x3 = difference(x2, x1)
    x4 = ulcorner(x3)
    x5 = index(I, x4)
    x6 = toobject(x3, I)
    x7 = palette(x6)
    x8 = other(x7, x5)
    x9 = inbox(x3)
    x10 = inbox(x9)
    x11 = backdrop(x10)
    x12 = ofcolor(I, x8)
    x13 = difference(x12, x11)
    x14 = fill(I, x5, x11)
    x15 = objects(x14, T, F, T)
    x16 = colorfilter(x15, x8)
    x17 = lbind(hmatching, x11)
    x18 = sfilter(x16, x17)
    x19 = difference(x16, x18)
    x20 = compose(hfrontier, ulcorner)
    x21 = compose(vfrontier, ulcorner)
    x22 = mapply(x20, x18)
    x23 = mapply(x21, x19)
    x24 = combine(x22, x23)
    x25 = intersection(x24, x11)
    x26 = backdrop(x3)
    x27 = difference(x24, x26)
    x28 = fill(I, x5, x13)
    x29 = fill(x28, x5, x25)
    O = fill(x29, x8, x27)
    return O


def solve_f25fbde4(I):
    x1 = ofcolor(I, FOUR)
    x2 = subgrid(x1, I)
    O = upscale(x2, TWO)
    return O


def solve_f25ffba3(I):
    x1 = bottomhalf(I)
    x2 = hmirror(x1)
    O = vconcat(x2, x1)
    return O


def solve_f2829549(I):
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = ofcolor(x1, ZERO)
    x4 = ofcolor(x2, ZERO)
    x5 = intersection(x3, x4)
    x6 = shape(x1)
    x7 = canvas(ZERO, x6)
    O = fill(x7, THREE, x5)
    return O


def solve_f35d900a(I):
    x1 = objects(I, T, F, T)
    x2 = merge(x1)
    x3 = ulcorner(x2)
    x4 = lrcorner(x2)
    x5 = add(x3, x4)
    x6 = palette(x2)
    x7 = lbind(other, x6)
    x8 = compose(x7, color)
    x9 = compose(neighbors, ulcorner)
    x10 = fork(recolor, x8, x9)
    x11 = mapply(x10, x1)
    x12 = lbind(subtract, x5)
    x13 = compose(x12, ulcorner)
    x14 = fork(subtract, x13, ulcorner)
    x15 = compose(sign, x14)
    x16 = chain(halve, absolute, x14)
    x17 = fork(multiply, x15, x16)
    x18 = fork(add, ulcorner, x17)
    x19 = fork(insertcell, x18, toindices)
    x20 = compose(backdrop, x19)
    x21 = rbind(add, ZERO_BY_TWO)
    x22 = rbind(shoot, ZERO_BY_TWO)
    x23 = chain(x22, x21, ulcorner)
    x24 = rbind(add, ZERO_BY_NEG_TWO)
    x25 = rbind(shoot, ZERO_BY_NEG_TWO)
    x26 = chain(x25, x24, ulcorner)
    x27 = rbind(add, TWO_BY_ZERO)
    x28 = rbind(shoot, TWO_BY_ZERO)
    x29 = chain(x28, x27, ulcorner)
    x30 = rbind(add, NEG_TWO_BY_ZERO)
    x31 = rbind(shoot, NEG_TWO_BY_ZERO)
    x32 = chain(x31, x30, ulcorner)
    x33 = fork(combine, x23, x26)
    x34 = fork(combine, x29, x32)
    x35 = fork(combine, x33, x34)
    x36 = fork(intersection, x35, x20)
    x37 = mapply(x36, x1)
    x38 = fill(I, FIVE, x37)
    O = paint(x38, x11)
    return O


def solve_f5b8619d(I):
    x1 = objects(I, T, F, T)
    x2 = compose(vfrontier, ulcorner)
    x3 = mapply(x2, x1)
    x4 = underfill(I, EIGHT, x3)
    O = repeatgrid(x4, TWO_BY_TWO)
    return O


def solve_f76d97a5(I):
    x1 = palette(I)
    x2 = other(x1, FIVE)
    x3 = replace(I, x2, ZERO)
    O = replace(x3, FIVE, x2)
    return O


def solve_f8a8fe49(I):
    x1 = objects(I, T, T, T)
    x2 = colorfilter(x1, FIVE)
    x3 = colorfilter(x1, TWO)
    x4 = ofcolor(I, TWO)
    x5 = ofcolor(I, FIVE)
    x6 = first(x3)
    x7 = portrait(x6)
    x8 = center(x4)
    x9 = row(x8)
    x10 = col(x8)
    x11 = fork(add, uppermost, lowermost)
    x12 = compose(hmirror, toindices)
    x13 = uppermost(x4)
    x14 = double(x13)
    x15 = lbind(subtract, x14)
    x16 = chain(toivec, x15, x11)
    x17 = fork(shift, x12, x16)
    x18 = lowermost(x4)
    x19 = double(x18)
    x20 = lbind(subtract, x19)
    x21 = chain(toivec, x20, x11)
    x22 = fork(shift, x12, x21)
    x23 = lbind(greater, x9)
    x24 = compose(x23, uppermost)
    x25 = sfilter(x2, x24)
    x26 = difference(x2, x25)
    x27 = mapply(x17, x25)
    x28 = mapply(x22, x26)
    x29 = combine(x27, x28)
    x30 = fork(add, leftmost, rightmost)
    x31 = compose(vmirror, toindices)
    x32 = leftmost(x4)
    x33 = double(x32)
    x34 = lbind(subtract, x33)
    x35 = chain(tojvec, x34, x30)
    x36 = fork(shift, x31, x35)
    x37 = rightmost(x4)
    x38 = double(x37)
    x39 = lbind(subtract, x38)
    x40 = chain(tojvec, x39, x30)
    x41 = fork(shift, x31, x40)
    x42 = lbind(greater, x10)
    x43 = compose(x42, leftmost)
    x44 = sfilter(x2, x43)
    x45 = difference(x2, x44)
    x46 = mapply(x36, x44)
    x47 = mapply(x41, x45)
    x48 = combine(x46, x47)
    x49 = branch(x7, x48, x29)
    x50 = fill(I, ZERO, x5)
    O = fill(x50, FIVE, x49)
    return O


def solve_f8b3ba0a(I):
    x1 = palette(I)
    x2 = remove(ZERO, x1)
    x3 = lbind(colorcount, I)
    x4 = compose(invert, x3)
    x5 = order(x2, x4)
    x6 = first(x5)
    x7 = remove(x6, x5)
    x8 = first(x7)
    x9 = last(x7)
    x10 = remove(x8, x7)
    x11 = remove(x9, x10)
    x12 = first(x11)
    x13 = canvas(x8, UNITY)
    x14 = canvas(x12, UNITY)
    x15 = canvas(x9, UNITY)
    x16 = vconcat(x13, x14)
    O = vconcat(x16, x15)
    return O


def solve_f8ff0b80(I):
    x1 = objects(I, T, T, T)
    x2 = argmax(x1, size)
    x3 = argmin(x1, size)
    x4 = remove(x2, x1)
    x5 = remove(x3, x4)
    x6 = first(x5)
    x7 = color(x2)
    x8 = color(x6)
    x9 = color(x3)
    x10 = canvas(x7, UNITY)
    x11 = canvas(x8, UNITY)
    x12 = canvas(x9, UNITY)
    x13 = vconcat(x10, x11)
    O = vconcat(x13, x12)
    return O


def solve_f9012d9b(I):
    x1 = asobject(I)
    x2 = ofcolor(I, ZERO)
    x3 = recolor(ZERO, x2)
    x4 = difference(x1, x3)
    x5 = toindices(x4)
    x6 = lbind(shift, x4)
    x7 = compose(x6, tojvec)
    x8 = compose(x6, toivec)
    x9 = lbind(intersection, x4)
    x10 = lbind(intersection, x5)
    x11 = chain(size, x9, x7)
    x12 = chain(size, x10, toindices)
    x13 = compose(x12, x7)
    x14 = fork(equality, x11, x13)
    x15 = chain(size, x9, x8)
    x16 = compose(x12, x8)
    x17 = fork(equality, x15, x16)
    x18 = width(I)
    x19 = height(I)
    x20 = interval(ONE, x18, ONE)
    x21 = interval(ONE, x19, ONE)
    x22 = extract(x20, x14)
    x23 = extract(x21, x17)
    x24 = rbind(ofcolor, ZERO)
    x25 = lbind(recolor, ZERO)
    x26 = compose(x25, x24)
    x27 = fork(difference, asobject, x26)
    x28 = tojvec(x22)
    x29 = invert(x28)
    x30 = toivec(x23)
    x31 = invert(x30)
    x32 = rbind(shift, x28)
    x33 = rbind(shift, x29)
    x34 = rbind(shift, x30)
    x35 = rbind(shift, x31)
    x36 = compose(x32, x27)
    x37 = compose(x33, x27)
    x38 = compose(x34, x27)
    x39 = compose(x35, x27)
    x40 = fork(paint, identity, x36)
    x41 = fork(paint, identity, x37)
    x42 = fork(paint, identity, x38)
    x43 = fork(paint, identity, x39)
    x44 = compose(x41, x40)
    x45 = compose(x43, x42)
    x46 = compose(x45, x44)
    x47 = power(x46, x19)
    x48 = repeat(I, ONE)
    x49 = apply(x47, x48)
    x50 = first(x49)
    O = subgrid(x2, x50)
    return O


def solve_fafffa47(I):
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = ofcolor(x1, ZERO)
    x4 = ofcolor(x2, ZERO)
    x5 = intersection(x3, x4)
    x6 = shape(x1)
    x7 = canvas(ZERO, x6)
    O = fill(x7, TWO, x5)
    return O


def solve_fcb5c309(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = color(x2)
    x4 = palette(I)
    x5 = remove(ZERO, x4)
    x6 = other(x5, x3)
    x7 = subgrid(x2, I)
    O = replace(x7, x3, x6)
    return O


def solve_fcc82909(I):
    x1 = objects(I, F, F, T)
    x2 = rbind(add, DOWN)
    x3 = compose(x2, llcorner)
    x4 = compose(toivec, numcolors)
    x5 = fork(add, lrcorner, x4)
    x6 = compose(initset, x5)
    x7 = fork(insertcell, x3, x6)
    x8 = compose(backdrop, x7)
    x9 = mapply(x8, x1)
    O = underfill(I, THREE, x9)
    return O


def solve_feca6190(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = difference(x1, x2)
    x4 = size(x3)
    x5 = multiply(x4, FIVE)
    x6 = astuple(x5, x5)
    x7 = canvas(ZERO, x6)
    x8 = decrement(x5)
    x9 = lbind(astuple, x8)
    x10 = compose(x9, leftmost)
    x11 = rbind(shoot, UP_RIGHT)
    x12 = compose(x11, x10)
    x13 = fork(recolor, color, x12)
    x14 = mapply(x13, x3)
    O = paint(x7, x14)
    return O


def solve_ff28f65a(I):
    x1 = objects(I, T, F, T)
    x2 = size(x1)
    x3 = interval(ZERO, x2, ONE)
    x4 = rbind(divide, THREE)
    x5 = rbind(modulo, THREE)
    x6 = compose(x4, double)
    x7 = compose(x5, double)
    x8 = fork(astuple, x6, x7)
    x9 = compose(initset, x8)
    x10 = mapply(x9, x3)
    x11 = canvas(ZERO, THREE_BY_THREE)
    O = fill(x11, ONE, x10)
    return O


def solve_ff805c23(I):
    x1 = ofcolor(I, ONE)
    x2 = vmirror(I)
    x3 = toobject(x1, x2)
    x4 = paint(I, x3)
    x5 = hmirror(x4)
    x6 = toobject(x1, x5)
    x7 = paint(x4, x6)
    x8 = dmirror(x7)
    x9 = toobject(x1, x8)
    x10 = paint(x7, x9)
    O = subgrid(x1, x10)
    return O
