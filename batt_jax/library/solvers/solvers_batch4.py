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
    x1 = asobject(I)
    x2 = rbind(ofcolor, ZERO)
    x3 = lbind(recolor, ZERO)
    x4 = compose(x3, x2)
    x5 = fork(difference, asobject, x4)
    x6 = rbind(shift, UP_RIGHT)
    x7 = compose(x6, x5)
    x8 = fork(paint, identity, x7)
    x9 = rbind(shift, DOWN_LEFT)
    x10 = compose(x9, x5)
    x11 = fork(paint, identity, x10)
    x12 = width(I)
    x13 = power(x8, x12)
    x14 = power(x11, x12)
    x15 = compose(x14, x13)
    x16 = repeat(I, ONE)
    x17 = apply(x15, x16)
    O = first(x17)
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
