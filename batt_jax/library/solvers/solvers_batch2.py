"""Solver programs for ARC-AGI-1 training tasks, batch 2."""


def solve_447fd412(I):
    x1 = ofcolor(I, TWO)
    x2 = objects(I, F, T, T)
    x3 = rbind(colorcount, ONE)
    x4 = compose(positive, x3)
    x5 = extract(x2, x4)
    x6 = normalize(x5)
    x7 = ulcorner(x5)
    x8 = objects(I, T, F, T)
    x9 = colorfilter(x8, TWO)
    x10 = lbind(intersection, x5)
    x11 = chain(positive, size, x10)
    x12 = sfilter(x9, x11)
    x13 = difference(x9, x12)
    x14 = first(x12)
    x15 = last(x12)
    x16 = ulcorner(x14)
    x17 = subtract(x16, x7)
    x18 = ulcorner(x15)
    x19 = subtract(x18, x7)
    x20 = multiply(TEN, THREE)
    x21 = astuple(x20, x20)
    x22 = canvas(ZERO, x21)
    x23 = lbind(paint, x22)
    x24 = lbind(upscale, x6)
    x25 = chain(x23, x24, width)
    x26 = rbind(ofcolor, ONE)
    x27 = compose(x26, x25)
    x28 = rbind(ofcolor, TWO)
    x29 = compose(x28, x25)
    x30 = fork(astuple, identity, identity)
    x31 = compose(x30, width)
    x32 = lbind(multiply, x17)
    x33 = compose(x32, x31)
    x34 = fork(subtract, ulcorner, x33)
    x35 = lbind(multiply, x19)
    x36 = compose(x35, x31)
    x37 = fork(subtract, ulcorner, x36)
    x38 = rbind(difference, x1)
    x39 = fork(shift, x29, x34)
    x40 = chain(size, x38, x39)
    x41 = matcher(x40, ZERO)
    x42 = fork(shift, x29, x37)
    x43 = chain(size, x38, x42)
    x44 = matcher(x43, ZERO)
    x45 = sfilter(x13, x41)
    x46 = fork(shift, x27, x34)
    x47 = mapply(x46, x45)
    x48 = sfilter(x13, x44)
    x49 = fork(shift, x27, x37)
    x50 = mapply(x49, x48)
    x51 = combine(x47, x50)
    O = underfill(I, ONE, x51)
    return O


def solve_44d8ac46(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = fork(equality, toindices, backdrop)
    x4 = fork(both, x3, square)
    x5 = rbind(bordering, I)
    x6 = compose(flip, x5)
    x7 = fork(both, x4, x6)
    x8 = mfilter(x2, x7)
    O = fill(I, TWO, x8)
    return O


def solve_44f52bb0(I):
    x1 = vmirror(I)
    x2 = equality(x1, I)
    x3 = branch(x2, ONE, SEVEN)
    O = canvas(x3, UNITY)
    return O


def solve_4522001f(I):
    x1 = ofcolor(I, THREE)
    x2 = ulcorner(x1)
    x3 = lrcorner(x1)
    x4 = add(x2, x3)
    x5 = subtract(x4, TWO_BY_TWO)
    x6 = multiply(TWO_BY_TWO, TWO_BY_TWO)
    x7 = add(x6, x5)
    x8 = multiply(x5, x6)
    x9 = add(x6, x8)
    x10 = connect(x7, x9)
    x11 = backdrop(x10)
    x12 = subtract(x8, x5)
    x13 = subtract(x6, x12)
    x14 = connect(x6, x13)
    x15 = backdrop(x14)
    x16 = combine(x11, x15)
    x17 = multiply(THREE_BY_THREE, THREE_BY_THREE)
    x18 = canvas(ZERO, x17)
    O = fill(x18, THREE, x16)
    return O


def solve_4612dd53(I):
    x1 = ofcolor(I, ONE)
    x2 = backdrop(x1)
    x3 = objects(I, T, F, T)
    x4 = compose(hfrontier, ulcorner)
    x5 = compose(hfrontier, lrcorner)
    x6 = apply(x4, x3)
    x7 = apply(x5, x3)
    x8 = combine(x6, x7)
    x9 = compose(vfrontier, ulcorner)
    x10 = compose(vfrontier, lrcorner)
    x11 = apply(x9, x3)
    x12 = apply(x10, x3)
    x13 = combine(x11, x12)
    x14 = lbind(intersection, x1)
    x15 = chain(double, size, x14)
    x16 = width(x1)
    x17 = rbind(greater, x16)
    x18 = compose(x17, x15)
    x19 = mfilter(x8, x18)
    x20 = height(x1)
    x21 = rbind(greater, x20)
    x22 = compose(x21, x15)
    x23 = mfilter(x13, x22)
    x24 = combine(x19, x23)
    x25 = intersection(x24, x2)
    O = underfill(I, TWO, x25)
    return O


def solve_46442a0e(I):
    x1 = rot90(I)
    x2 = rot180(I)
    x3 = rot270(I)
    x4 = hconcat(I, x1)
    x5 = hconcat(x3, x2)
    O = vconcat(x4, x5)
    return O


def solve_46f33fce(I):
    x1 = shape(I)
    x2 = crop(I, UNITY, x1)
    x3 = downscale(x2, TWO)
    O = upscale(x3, FOUR)
    return O


def solve_47c1f68c(I):
    x1 = asindices(I)
    x2 = center(x1)
    x3 = index(I, x2)
    x4 = lefthalf(I)
    x5 = tophalf(x4)
    x6 = asindices(x5)
    x7 = ofcolor(x5, ZERO)
    x8 = difference(x6, x7)
    x9 = fill(x5, x3, x8)
    x10 = vmirror(x9)
    x11 = hconcat(x9, x10)
    x12 = hmirror(x11)
    O = vconcat(x11, x12)
    return O


def solve_484b58aa(I):
    x1 = add(TEN, FIVE)
    x2 = invert(x1)
    x3 = increment(x1)
    x4 = interval(x2, x3, ONE)
    x5 = ofcolor(I, ZERO)
    x6 = asindices(I)
    x7 = difference(x6, x5)
    x8 = toobject(x7, I)
    x9 = lbind(shift, x8)
    x10 = rbind(difference, x8)
    x11 = chain(toindices, x10, x9)
    x12 = lbind(intersection, x7)
    x13 = chain(size, x12, x11)
    x14 = matcher(x13, ZERO)
    x15 = lbind(paint, I)
    x16 = compose(x15, x9)
    x17 = lbind(recolor, ZERO)
    x18 = rbind(ofcolor, ZERO)
    x19 = compose(x17, x18)
    x20 = fork(difference, asobject, x19)
    x21 = compose(x20, x16)
    x22 = compose(x14, toivec)
    x23 = sfilter(x4, x22)
    x24 = compose(x21, toivec)
    x25 = mapply(x24, x23)
    x26 = compose(x14, tojvec)
    x27 = sfilter(x4, x26)
    x28 = compose(x21, tojvec)
    x29 = mapply(x28, x27)
    x30 = combine(x25, x29)
    x31 = paint(I, x30)
    x32 = ofcolor(x31, ZERO)
    x33 = asindices(x31)
    x34 = difference(x33, x32)
    x35 = toobject(x34, x31)
    x36 = lbind(shift, x35)
    x37 = rbind(difference, x35)
    x38 = chain(toindices, x37, x36)
    x39 = lbind(intersection, x34)
    x40 = chain(size, x39, x38)
    x41 = matcher(x40, ZERO)
    x42 = lbind(paint, x31)
    x43 = compose(x42, x36)
    x44 = lbind(recolor, ZERO)
    x45 = rbind(ofcolor, ZERO)
    x46 = compose(x44, x45)
    x47 = fork(difference, asobject, x46)
    x48 = compose(x47, x43)
    x49 = compose(x41, toivec)
    x50 = sfilter(x4, x49)
    x51 = compose(x48, toivec)
    x52 = mapply(x51, x50)
    x53 = compose(x41, tojvec)
    x54 = sfilter(x4, x53)
    x55 = compose(x48, tojvec)
    x56 = mapply(x55, x54)
    x57 = combine(x52, x56)
    O = paint(x31, x57)
    return O


def solve_48d8fb45(I):
    x1 = objects(I, T, T, T)
    x2 = colorfilter(x1, FIVE)
    x3 = first(x2)
    x4 = rbind(adjacent, x3)
    x5 = extract(x1, x4)
    O = subgrid(x5, I)
    return O


def solve_4938f0c2(I):
    x1 = ofcolor(I, TWO)
    x2 = ofcolor(I, THREE)
    x3 = ulcorner(x2)
    x4 = lrcorner(x2)
    x5 = add(x3, x4)
    x6 = ulcorner(x1)
    x7 = lrcorner(x1)
    x8 = add(x6, x7)
    x9 = subtract(x5, x8)
    x10 = multiply(x9, DOWN)
    x11 = multiply(x9, RIGHT)
    x12 = vmirror(x1)
    x13 = shift(x12, x11)
    x14 = hmirror(x1)
    x15 = shift(x14, x10)
    x16 = hmirror(x12)
    x17 = shift(x16, x9)
    x18 = combine(x13, x15)
    x19 = combine(x17, x18)
    O = fill(I, TWO, x19)
    return O


def solve_496994bd(I):
    x1 = tophalf(I)
    x2 = hmirror(x1)
    O = vconcat(x1, x2)
    return O


def solve_49d1d64f(I):
    x1 = height(I)
    x2 = astuple(x1, ONE)
    x3 = crop(I, ORIGIN, x2)
    x4 = vmirror(I)
    x5 = crop(x4, ORIGIN, x2)
    x6 = hconcat(I, x5)
    x7 = hconcat(x3, x6)
    x8 = width(x7)
    x9 = astuple(ONE, x8)
    x10 = crop(x7, ORIGIN, x9)
    x11 = hmirror(x7)
    x12 = crop(x11, ORIGIN, x9)
    x13 = vconcat(x7, x12)
    x14 = vconcat(x10, x13)
    x15 = asindices(x14)
    x16 = corners(x15)
    O = fill(x14, ZERO, x16)
    return O


def solve_4be741c5(I):
    x1 = width(I)
    x2 = astuple(ONE, x1)
    x3 = crop(I, ORIGIN, x2)
    x4 = numcolors(x3)
    x5 = equality(x4, ONE)
    x6 = dmirror(I)
    x7 = branch(x5, x6, I)
    x8 = width(x7)
    x9 = astuple(ONE, x8)
    x10 = crop(x7, ORIGIN, x9)
    x11 = asobject(x10)
    x12 = shift(x11, RIGHT)
    x13 = difference(x11, x12)
    x14 = fill(x10, ZERO, x13)
    x15 = vconcat(x10, x14)
    x16 = compress(x15)
    x17 = width(x16)
    x18 = astuple(ONE, x17)
    x19 = crop(x16, ORIGIN, x18)
    x20 = dmirror(x19)
    O = branch(x5, x20, x19)
    return O


def solve_4c4377d9(I):
    x1 = hmirror(I)
    O = vconcat(x1, I)
    return O


def solve_4c5c2cf0(I):
    x1 = fgpartition(I)
    x2 = fork(equality, identity, hmirror)
    x3 = fork(equality, identity, vmirror)
    x4 = fork(both, x2, x3)
    x5 = extract(x1, x4)
    x6 = other(x1, x5)
    x7 = ulcorner(x5)
    x8 = lrcorner(x5)
    x9 = add(x7, x8)
    x10 = ulcorner(x6)
    x11 = lrcorner(x6)
    x12 = add(x10, x11)
    x13 = subtract(x9, x12)
    x14 = multiply(x13, DOWN)
    x15 = multiply(x13, RIGHT)
    x16 = vmirror(x6)
    x17 = shift(x16, x15)
    x18 = hmirror(x6)
    x19 = shift(x18, x14)
    x20 = hmirror(x16)
    x21 = shift(x20, x13)
    x22 = paint(I, x17)
    x23 = paint(x22, x19)
    O = paint(x23, x21)
    return O


def solve_50846271(I):
    x1 = ofcolor(I, TWO)
    x2 = shape(I)
    x3 = canvas(ZERO, x2)
    x4 = fill(x3, TWO, x1)
    x5 = objects(x4, T, T, T)
    x6 = valmax(x5, height)
    x7 = valmax(x5, width)
    x8 = greater(x6, x7)
    x9 = branch(x8, x6, x7)
    x10 = decrement(x9)
    x11 = halve(x10)
    x12 = greater(x11, TWO)
    x13 = branch(x12, x11, TWO)
    x14 = ofcolor(I, TWO)
    x15 = ofcolor(I, ZERO)
    x16 = invert(x13)
    x17 = increment(x13)
    x18 = interval(x16, x17, ONE)
    x19 = lbind(shift, x15)
    x20 = compose(x19, toivec)
    x21 = mapply(x20, x18)
    x22 = compose(x19, tojvec)
    x23 = mapply(x22, x18)
    x24 = combine(x21, x23)
    x25 = asindices(I)
    x26 = difference(x25, x24)
    x27 = canvas(ONE, UNITY)
    x28 = canvas(TWO, UNITY)
    x29 = hconcat(x27, x28)
    x30 = hconcat(x28, x27)
    x31 = vconcat(x29, x30)
    x32 = add(TEN, FIVE)
    x33 = astuple(x32, x32)
    x34 = repeatgrid(x31, x33)
    x35 = shape(I)
    x36 = crop(x34, ORIGIN, x35)
    x37 = lbind(shift, x14)
    x38 = compose(x37, toivec)
    x39 = mapply(x38, x18)
    x40 = compose(x37, tojvec)
    x41 = mapply(x40, x18)
    x42 = combine(x39, x41)
    x43 = intersection(x26, x42)
    x44 = toobject(x43, x36)
    x45 = canvas(ZERO, x35)
    x46 = paint(x45, x44)
    x47 = objects(x46, T, F, T)
    x48 = toivec(x13)
    x49 = tojvec(x13)
    x50 = rbind(subtract, x48)
    x51 = rbind(add, x48)
    x52 = fork(connect, x50, x51)
    x53 = rbind(subtract, x49)
    x54 = rbind(add, x49)
    x55 = fork(connect, x53, x54)
    x56 = fork(combine, x52, x55)
    x57 = lbind(intersection, x14)
    x58 = chain(size, x57, x56)
    x59 = rbind(intersection, x26)
    x60 = chain(size, x59, initset)
    x61 = fork(multiply, x58, x60)
    x62 = compose(x58, ulcorner)
    x63 = rbind(greater, TWO)
    x64 = compose(x63, x62)
    x65 = rbind(add, DOWN)
    x66 = chain(x61, x65, ulcorner)
    x67 = fork(greater, x62, x66)
    x68 = rbind(add, UP)
    x69 = chain(x61, x68, ulcorner)
    x70 = fork(greater, x62, x69)
    x71 = rbind(add, LEFT)
    x72 = chain(x61, x71, ulcorner)
    x73 = fork(greater, x62, x72)
    x74 = rbind(add, RIGHT)
    x75 = chain(x61, x74, ulcorner)
    x76 = fork(greater, x62, x75)
    x77 = fork(both, x67, x70)
    x78 = fork(both, x73, x76)
    x79 = fork(both, x77, x78)
    x80 = fork(both, x64, x79)
    x81 = sfilter(x47, x80)
    x82 = compose(x56, ulcorner)
    x83 = mapply(x82, x81)
    x84 = fill(I, EIGHT, x83)
    O = fill(x84, TWO, x14)
    return O


def solve_508bd3b6(I):
    x1 = ofcolor(I, EIGHT)
    x2 = ulcorner(x1)
    x3 = lrcorner(x1)
    x4 = connect(x2, x3)
    x5 = equality(x4, x1)
    x6 = branch(x5, UNITY, DOWN_LEFT)
    x7 = branch(x5, DOWN_LEFT, UNITY)
    x8 = urcorner(x1)
    x9 = branch(x5, x2, x8)
    x10 = shoot(x9, x6)
    x11 = invert(x6)
    x12 = shoot(x9, x11)
    x13 = combine(x10, x12)
    x14 = ofcolor(I, ZERO)
    x15 = intersection(x13, x14)
    x16 = ofcolor(I, TWO)
    x17 = outbox(x16)
    x18 = backdrop(x17)
    x19 = intersection(x18, x15)
    x20 = difference(x19, x16)
    x21 = ulcorner(x20)
    x22 = shoot(x21, x7)
    x23 = invert(x7)
    x24 = shoot(x21, x23)
    x25 = combine(x22, x24)
    x26 = combine(x13, x25)
    O = underfill(I, THREE, x26)
    return O


def solve_50cb2852(I):
    x1 = objects(I, T, F, T)
    x2 = fork(difference, backdrop, box)
    x3 = mapply(x2, x1)
    O = fill(I, EIGHT, x3)
    return O


def solve_5117e062(I):
    x1 = objects(I, F, T, T)
    x2 = rbind(colorcount, EIGHT)
    x3 = compose(positive, x2)
    x4 = extract(x1, x3)
    x5 = subgrid(x4, I)
    x6 = mostcolor(x4)
    O = replace(x5, EIGHT, x6)
    return O


def solve_5168d44c(I):
    x1 = ofcolor(I, TWO)
    x2 = toobject(x1, I)
    x3 = ofcolor(I, THREE)
    x4 = height(x3)
    x5 = equality(x4, ONE)
    x6 = branch(x5, ZERO_BY_TWO, TWO_BY_ZERO)
    x7 = cover(I, x1)
    x8 = shift(x2, x6)
    O = paint(x7, x8)
    return O


def solve_539a4f51(I):
    x1 = asindices(I)
    x2 = ofcolor(I, ZERO)
    x3 = difference(x1, x2)
    x4 = subgrid(x3, I)
    x5 = height(x4)
    x6 = astuple(x5, ONE)
    x7 = crop(x4, ORIGIN, x6)
    x8 = hupscale(x7, x5)
    x9 = hconcat(x8, x4)
    x10 = width(x9)
    x11 = astuple(ONE, x10)
    x12 = crop(x9, ORIGIN, x11)
    x13 = vupscale(x12, x5)
    x14 = vconcat(x13, x9)
    x15 = asobject(x4)
    x16 = paint(x14, x15)
    x17 = height(x16)
    x18 = astuple(x17, ONE)
    x19 = crop(x16, ORIGIN, x18)
    x20 = hupscale(x19, x17)
    x21 = hconcat(x20, x16)
    x22 = width(x21)
    x23 = astuple(ONE, x22)
    x24 = crop(x21, ORIGIN, x23)
    x25 = vupscale(x24, x17)
    x26 = vconcat(x25, x21)
    x27 = asobject(x16)
    x28 = paint(x26, x27)
    x29 = shape(I)
    x30 = double(x29)
    O = crop(x28, ORIGIN, x30)
    return O


def solve_53b68214(I):
    x1 = ofcolor(I, ZERO)
    x2 = asindices(I)
    x3 = difference(x2, x1)
    x4 = toobject(x3, I)
    x5 = height(I)
    x6 = interval(ONE, x5, ONE)
    x7 = hfrontier(ORIGIN)
    x8 = intersection(x7, x3)
    x9 = leftmost(x8)
    x10 = lbind(intersection, x3)
    x11 = chain(x10, hfrontier, toivec)
    x12 = compose(leftmost, x11)
    x13 = rbind(subtract, x9)
    x14 = compose(x13, x12)
    x15 = fork(astuple, identity, x14)
    x16 = lbind(shift, x4)
    x17 = lbind(paint, I)
    x18 = chain(x17, x16, x15)
    x19 = matcher(x18, I)
    x20 = compose(invert, x15)
    x21 = chain(x17, x16, x20)
    x22 = matcher(x21, I)
    x23 = fork(both, x19, x22)
    x24 = sfilter(x6, x23)
    x25 = first(x24)
    x26 = toivec(x25)
    x27 = hfrontier(x26)
    x28 = intersection(x27, x3)
    x29 = leftmost(x28)
    x30 = subtract(x29, x9)
    x31 = astuple(x25, x30)
    x32 = divide(TEN, x25)
    x33 = increment(x32)
    x34 = interval(ZERO, x33, ONE)
    x35 = fork(astuple, identity, identity)
    x36 = lbind(multiply, x31)
    x37 = compose(x36, x35)
    x38 = compose(x16, x37)
    x39 = mapply(x38, x34)
    x40 = astuple(TEN, TEN)
    x41 = canvas(ZERO, x40)
    O = paint(x41, x39)
    return O


def solve_543a7ed5(I):
    x1 = objects(I, T, F, T)
    x2 = mapply(outbox, x1)
    x3 = underfill(I, THREE, x2)
    x4 = mapply(delta, x1)
    O = underfill(x3, FOUR, x4)
    return O


def solve_54d82841(I):
    x1 = objects(I, T, F, T)
    x2 = height(I)
    x3 = decrement(x2)
    x4 = compose(col, center)
    x5 = lbind(astuple, x3)
    x6 = chain(initset, x5, x4)
    x7 = mapply(x6, x1)
    O = fill(I, FOUR, x7)
    return O


def solve_54d9e175(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, ONE)
    x3 = rbind(add, FIVE)
    x4 = compose(x3, color)
    x5 = compose(backdrop, outbox)
    x6 = fork(recolor, x4, x5)
    x7 = mapply(x6, x2)
    O = paint(I, x7)
    return O


def solve_5521c0d9(I):
    x1 = objects(I, T, F, T)
    x2 = chain(toivec, invert, height)
    x3 = rbind(toobject, I)
    x4 = fork(shift, x3, x2)
    x5 = mapply(x4, x1)
    x6 = merge(x1)
    x7 = cover(I, x6)
    O = paint(x7, x5)
    return O


def solve_5582e5ca(I):
    x1 = mostcolor(I)
    x2 = shape(I)
    O = canvas(x1, x2)
    return O


def solve_5614dbcf(I):
    x1 = replace(I, FIVE, ZERO)
    x2 = downscale(x1, THREE)
    x3 = shape(x1)
    x4 = crop(x1, UNITY, x3)
    x5 = downscale(x4, THREE)
    x6 = asindices(x2)
    x7 = ofcolor(x2, ZERO)
    x8 = difference(x6, x7)
    x9 = toobject(x8, x2)
    O = paint(x5, x9)
    return O


def solve_56dc2b01(I):
    x1 = ofcolor(I, THREE)
    x2 = toobject(x1, I)
    x3 = ofcolor(I, TWO)
    x4 = gravitate(x2, x3)
    x5 = shift(x2, x4)
    x6 = sign(x4)
    x7 = invert(x6)
    x8 = shape(x2)
    x9 = increment(x8)
    x10 = multiply(x7, x9)
    x11 = shift(x5, x10)
    x12 = shift(x3, x10)
    x13 = cover(I, x1)
    x14 = fill(x13, EIGHT, x12)
    O = paint(x14, x5)
    return O


def solve_56ff96f3(I):
    x1 = fgpartition(I)
    x2 = fork(recolor, color, backdrop)
    x3 = mapply(x2, x1)
    O = paint(I, x3)
    return O


def solve_57aa92db(I):
    x1 = objects(I, F, T, T)
    x2 = fork(colorcount, identity, leastcolor)
    x3 = fork(divide, size, x2)
    x4 = argmax(x1, x3)
    x5 = leastcolor(x4)
    x6 = palette(x4)
    x7 = other(x6, x5)
    x8 = subgrid(x4, I)
    x9 = ofcolor(x8, x5)
    x10 = ulcorner(x9)
    x11 = rbind(subgrid, I)
    x12 = rbind(ofcolor, x5)
    x13 = compose(x12, x11)
    x14 = compose(width, x13)
    x15 = rbind(subtract, x5)
    x16 = chain(x15, total, palette)
    x17 = lbind(upscale, x8)
    x18 = compose(x17, x14)
    x19 = rbind(ofcolor, x7)
    x20 = compose(x19, x18)
    x21 = fork(recolor, x16, x20)
    x22 = compose(ulcorner, x13)
    x23 = fork(add, ulcorner, x22)
    x24 = fork(astuple, identity, identity)
    x25 = lbind(multiply, x10)
    x26 = chain(x25, x24, x14)
    x27 = fork(subtract, x23, x26)
    x28 = fork(shift, x21, x27)
    x29 = mapply(x28, x1)
    O = paint(I, x29)
    return O


def solve_5ad4f10b(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = color(x2)
    x4 = palette(I)
    x5 = remove(ZERO, x4)
    x6 = other(x5, x3)
    x7 = ofcolor(I, x3)
    x8 = recolor(x6, x7)
    x9 = normalize(x8)
    x10 = shape(x7)
    x11 = canvas(ZERO, x10)
    x12 = paint(x11, x9)
    x13 = width(x7)
    x14 = divide(x13, THREE)
    O = downscale(x12, x14)
    return O


def solve_5bd6f4ac(I):
    x1 = tojvec(SIX)
    O = crop(I, x1, THREE_BY_THREE)
    return O


def solve_5c0a986e(I):
    x1 = ofcolor(I, ONE)
    x2 = ulcorner(x1)
    x3 = shoot(x2, NEG_UNITY)
    x4 = ofcolor(I, TWO)
    x5 = lrcorner(x4)
    x6 = shoot(x5, UNITY)
    x7 = fill(I, ONE, x3)
    O = fill(x7, TWO, x6)
    return O


def solve_5c2c9af4(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = center(x2)
    x4 = width(x2)
    x5 = decrement(x4)
    x6 = halve(x5)
    x7 = multiply(TEN, THREE)
    x8 = interval(ZERO, x7, x6)
    x9 = fork(astuple, identity, identity)
    x10 = fork(connect, toivec, x9)
    x11 = fork(connect, tojvec, x9)
    x12 = fork(combine, x10, x11)
    x13 = mapply(x12, x8)
    x14 = lowermost(x13)
    x15 = toivec(x14)
    x16 = invert(x15)
    x17 = tojvec(x14)
    x18 = invert(x17)
    x19 = astuple(x14, x14)
    x20 = invert(x19)
    x21 = hmirror(x13)
    x22 = shift(x21, x16)
    x23 = vmirror(x13)
    x24 = shift(x23, x18)
    x25 = hmirror(x23)
    x26 = shift(x25, x20)
    x27 = shift(x13, x3)
    x28 = shift(x22, x3)
    x29 = shift(x24, x3)
    x30 = shift(x26, x3)
    x31 = fill(I, x1, x27)
    x32 = fill(x31, x1, x28)
    x33 = fill(x32, x1, x29)
    O = fill(x33, x1, x30)
    return O


def solve_5daaa586(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = compose(hfrontier, ulcorner)
    x4 = compose(hfrontier, llcorner)
    x5 = fork(combine, x3, x4)
    x6 = compose(backdrop, x5)
    x7 = mapply(x6, x2)
    x8 = compose(vfrontier, ulcorner)
    x9 = compose(vfrontier, urcorner)
    x10 = fork(combine, x8, x9)
    x11 = compose(backdrop, x10)
    x12 = mapply(x11, x2)
    x13 = asindices(I)
    x14 = difference(x13, x7)
    x15 = difference(x14, x12)
    x16 = subgrid(x15, I)
    x17 = trim(x16)
    x18 = leastcolor(x17)
    x19 = ofcolor(x16, x18)
    x20 = asindices(x16)
    x21 = box(x20)
    x22 = intersection(x19, x21)
    x23 = position(x20, x22)
    x24 = shape(x16)
    x25 = multiply(x23, x24)
    x26 = fill(x16, ZERO, x22)
    x27 = objects(x26, T, F, T)
    x28 = colorfilter(x27, x18)
    x29 = rbind(shift, x25)
    x30 = compose(x29, toindices)
    x31 = fork(combine, toindices, x30)
    x32 = compose(backdrop, x31)
    x33 = mapply(x32, x28)
    O = fill(x16, x18, x33)
    return O


def solve_60b61512(I):
    x1 = objects(I, T, T, T)
    x2 = mapply(delta, x1)
    O = underfill(I, SEVEN, x2)
    return O


def solve_6150a2bd(I):
    O = rot180(I)
    return O


def solve_623ea044(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = ulcorner(x2)
    x4 = shoot(x3, UNITY)
    x5 = shoot(x3, NEG_UNITY)
    x6 = shoot(x3, UP_RIGHT)
    x7 = shoot(x3, DOWN_LEFT)
    x8 = combine(x4, x5)
    x9 = combine(x6, x7)
    x10 = combine(x8, x9)
    O = fill(I, x1, x10)
    return O


def solve_62c24649(I):
    x1 = vmirror(I)
    x2 = hconcat(I, x1)
    x3 = hmirror(x2)
    O = vconcat(x2, x3)
    return O


def solve_63613498(I):
    x1 = crop(I, ORIGIN, THREE_BY_THREE)
    x2 = palette(x1)
    x3 = other(x2, ZERO)
    x4 = ofcolor(x1, x3)
    x5 = normalize(x4)
    x6 = objects(I, T, T, T)
    x7 = compose(normalize, toindices)
    x8 = matcher(x7, x5)
    x9 = sfilter(x6, x8)
    x10 = last(x9)
    O = fill(I, FIVE, x10)
    return O


def solve_6430c8c4(I):
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = cellwise(x1, x2, NINE)
    x4 = replace(x3, ZERO, THREE)
    O = replace(x4, NINE, ZERO)
    return O


def solve_6455b5f5(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = argmax(x2, size)
    x4 = valmin(x2, size)
    x5 = matcher(size, x4)
    x6 = mfilter(x2, x5)
    x7 = fill(I, ONE, x3)
    O = fill(x7, EIGHT, x6)
    return O


def solve_662c240a(I):
    x1 = vsplit(I, THREE)
    x2 = fork(equality, identity, dmirror)
    x3 = compose(flip, x2)
    O = extract(x1, x3)
    return O


def solve_67385a82(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, THREE)
    x3 = rbind(greater, ONE)
    x4 = compose(x3, size)
    x5 = mfilter(x2, x4)
    O = fill(I, EIGHT, x5)
    return O


def solve_673ef223(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, TWO)
    x3 = colorfilter(x1, EIGHT)
    x4 = merge(x3)
    x5 = rbind(hmatching, x4)
    x6 = extract(x2, x5)
    x7 = other(x2, x6)
    x8 = leftmost(x6)
    x9 = rbind(astuple, x8)
    x10 = compose(x9, uppermost)
    x11 = fork(connect, ulcorner, x10)
    x12 = mapply(x11, x3)
    x13 = uppermost(x7)
    x14 = uppermost(x6)
    x15 = subtract(x13, x14)
    x16 = toivec(x15)
    x17 = rbind(add, x16)
    x18 = chain(hfrontier, x17, ulcorner)
    x19 = mapply(x18, x3)
    x20 = combine(x12, x19)
    x21 = underfill(I, EIGHT, x20)
    O = fill(x21, FOUR, x4)
    return O


def solve_6773b310(I):
    x1 = replace(I, SIX, ZERO)
    x2 = objects(x1, T, F, F)
    x3 = colorfilter(x2, ZERO)
    x4 = ofcolor(I, SIX)
    x5 = lbind(intersection, x4)
    x6 = chain(size, x5, toindices)
    x7 = matcher(x6, TWO)
    x8 = mfilter(x3, x7)
    x9 = shape(I)
    x10 = canvas(ZERO, x9)
    x11 = fill(x10, ONE, x8)
    O = downscale(x11, FOUR)
    return O


def solve_67a3c6ac(I):
    O = vmirror(I)
    return O


def solve_67a423a3(I):
    x1 = fgpartition(I)
    x2 = argmin(x1, height)
    x3 = argmin(x1, width)
    x4 = ulcorner(x2)
    x5 = hfrontier(x4)
    x6 = ulcorner(x3)
    x7 = vfrontier(x6)
    x8 = intersection(x5, x7)
    x9 = outbox(x8)
    O = fill(I, FOUR, x9)
    return O


def solve_67e8384a(I):
    x1 = vmirror(I)
    x2 = hconcat(I, x1)
    x3 = hmirror(x2)
    O = vconcat(x2, x3)
    return O


def solve_681b3aeb(I):
    x1 = fgpartition(I)
    x2 = first(x1)
    x3 = last(x1)
    x4 = color(x2)
    x5 = color(x3)
    x6 = canvas(ZERO, THREE_BY_THREE)
    x7 = normalize(x2)
    x8 = paint(x6, x7)
    x9 = replace(x8, ZERO, x5)
    x10 = normalize(x3)
    x11 = paint(x6, x10)
    x12 = replace(x11, ZERO, x4)
    x13 = ofcolor(x9, x5)
    x14 = normalize(x13)
    x15 = toindices(x10)
    x16 = equality(x14, x15)
    O = branch(x16, x9, x12)
    return O


def solve_6855a6e4(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, FIVE)
    x3 = ofcolor(I, TWO)
    x4 = rbind(gravitate, x3)
    x5 = compose(double, x4)
    x6 = compose(sign, x4)
    x7 = compose(increment, shape)
    x8 = fork(multiply, x6, x7)
    x9 = fork(add, x5, x8)
    x10 = rbind(vmatching, x3)
    x11 = sfilter(x2, x10)
    x12 = difference(x2, x11)
    x13 = lbind(recolor, FIVE)
    x14 = compose(x13, hmirror)
    x15 = fork(shift, x14, x9)
    x16 = compose(x13, vmirror)
    x17 = fork(shift, x16, x9)
    x18 = mapply(x15, x11)
    x19 = mapply(x17, x12)
    x20 = merge(x2)
    x21 = cover(I, x20)
    x22 = paint(x21, x18)
    O = paint(x22, x19)
    return O


def solve_68b16354(I):
    O = hmirror(I)
    return O


def solve_694f12f3(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, FOUR)
    x3 = argmax(x2, size)
    x4 = argmin(x2, size)
    x5 = inbox(x3)
    x6 = backdrop(x5)
    x7 = inbox(x4)
    x8 = backdrop(x7)
    x9 = fill(I, TWO, x6)
    O = fill(x9, ONE, x8)
    return O


def solve_6a1e5592(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, FIVE)
    x3 = merge(x2)
    x4 = cover(I, x3)
    x5 = ofcolor(I, TWO)
    x6 = backdrop(x5)
    x7 = ofcolor(I, ZERO)
    x8 = intersection(x6, x7)
    x9 = shape(I)
    x10 = canvas(ZERO, x9)
    x11 = fill(x10, ONE, x8)
    x12 = objects(x11, T, F, T)
    x13 = compose(hfrontier, ulcorner)
    x14 = fork(intersection, toindices, x13)
    x15 = compose(ulcorner, x14)
    x16 = lbind(lbind, shift)
    x17 = compose(x16, toindices)
    x18 = lbind(rbind, subtract)
    x19 = compose(x18, x15)
    x20 = rbind(compose, x15)
    x21 = compose(x20, x19)
    x22 = fork(compose, x17, x21)
    x23 = lbind(intersection, x5)
    x24 = chain(size, x23, toindices)
    x25 = matcher(x24, ZERO)
    x26 = rbind(shift, UP)
    x27 = rbind(shift, DOWN)
    x28 = rbind(shift, LEFT)
    x29 = rbind(shift, RIGHT)
    x30 = fork(combine, x26, x27)
    x31 = fork(combine, x28, x29)
    x32 = fork(combine, x30, x31)
    x33 = lbind(intersection, x8)
    x34 = compose(x33, x32)
    x35 = fork(difference, x34, identity)
    x36 = compose(size, x35)
    x37 = matcher(x36, ZERO)
    x38 = fork(both, x25, x37)
    x39 = lbind(compose, x38)
    x40 = compose(x39, x22)
    x41 = lbind(sfilter, x12)
    x42 = compose(x41, x40)
    x43 = fork(colorcount, identity, color)
    x44 = rbind(valmax, x43)
    x45 = compose(x44, x42)
    x46 = lbind(matcher, size)
    x47 = compose(x46, x45)
    x48 = fork(sfilter, x42, x47)
    x49 = fork(mapply, x22, x48)
    x50 = mapply(x49, x2)
    O = fill(x4, ONE, x50)
    return O


def solve_6aa20dc0(I):
    x1 = objects(I, F, T, T)
    x2 = argmax(x1, numcolors)
    x3 = mostcolor(I)
    x4 = mostcolor(x2)
    x5 = subgrid(x2, I)
    x6 = cover(I, x2)
    x7 = rbind(ofcolor, x4)
    x8 = rbind(ofcolor, x3)
    x9 = fork(difference, asindices, x7)
    x10 = fork(difference, x9, x8)
    x11 = fork(toobject, x10, identity)
    x12 = lbind(occurrences, x6)
    x13 = compose(x12, x11)
    x14 = chain(positive, size, x13)
    x15 = lbind(recolor, x4)
    x16 = compose(x15, x7)
    x17 = compose(ulcorner, x13)
    x18 = compose(ulcorner, x10)
    x19 = fork(subtract, x17, x18)
    x20 = fork(shift, x16, x19)
    x21 = upscale(x5, ONE)
    x22 = hmirror(x21)
    x23 = vmirror(x21)
    x24 = rot180(x21)
    x25 = rot90(x21)
    x26 = rot270(x21)
    x27 = dmirror(x21)
    x28 = cmirror(x21)
    x29 = repeat(x21, ONE)
    x30 = insert(x22, x29)
    x31 = insert(x23, x30)
    x32 = insert(x24, x31)
    x33 = insert(x25, x32)
    x34 = insert(x26, x33)
    x35 = insert(x27, x34)
    x36 = insert(x28, x35)
    x37 = sfilter(x36, x14)
    x38 = mapply(x20, x37)
    x39 = upscale(x5, TWO)
    x40 = hmirror(x39)
    x41 = vmirror(x39)
    x42 = rot180(x39)
    x43 = rot90(x39)
    x44 = rot270(x39)
    x45 = dmirror(x39)
    x46 = cmirror(x39)
    x47 = repeat(x39, ONE)
    x48 = insert(x40, x47)
    x49 = insert(x41, x48)
    x50 = insert(x42, x49)
    x51 = insert(x43, x50)
    x52 = insert(x44, x51)
    x53 = insert(x45, x52)
    x54 = insert(x46, x53)
    x55 = sfilter(x54, x14)
    x56 = mapply(x20, x55)
    x57 = upscale(x5, THREE)
    x58 = hmirror(x57)
    x59 = vmirror(x57)
    x60 = rot180(x57)
    x61 = rot90(x57)
    x62 = rot270(x57)
    x63 = dmirror(x57)
    x64 = cmirror(x57)
    x65 = repeat(x57, ONE)
    x66 = insert(x58, x65)
    x67 = insert(x59, x66)
    x68 = insert(x60, x67)
    x69 = insert(x61, x68)
    x70 = insert(x62, x69)
    x71 = insert(x63, x70)
    x72 = insert(x64, x71)
    x73 = sfilter(x72, x14)
    x74 = mapply(x20, x73)
    x75 = combine(x38, x56)
    x76 = combine(x75, x74)
    O = paint(I, x76)
    return O


def solve_6b9890af(I):
    x1 = ofcolor(I, TWO)
    x2 = subgrid(x1, I)
    x3 = fgpartition(I)
    x4 = colorfilter(x3, TWO)
    x5 = difference(x3, x4)
    x6 = first(x5)
    x7 = height(x1)
    x8 = subtract(x7, TWO)
    x9 = height(x6)
    x10 = divide(x8, x9)
    x11 = normalize(x6)
    x12 = upscale(x11, x10)
    x13 = shift(x12, UNITY)
    O = paint(x2, x13)
    return O


def solve_6c434453(I):
    x1 = objects(I, T, F, T)
    x2 = fork(equality, toindices, box)
    x3 = matcher(size, EIGHT)
    x4 = fork(both, x2, x3)
    x5 = sfilter(x1, x4)
    x6 = compose(dneighbors, center)
    x7 = compose(initset, center)
    x8 = fork(combine, x6, x7)
    x9 = mapply(x8, x5)
    x10 = merge(x5)
    x11 = cover(I, x10)
    O = fill(x11, TWO, x9)
    return O


def solve_6cdd2623(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = shape(I)
    x4 = canvas(ZERO, x3)
    x5 = fill(x4, x1, x2)
    x6 = vmirror(x5)
    x7 = cellwise(x5, x6, ZERO)
    x8 = height(I)
    x9 = width(I)
    x10 = astuple(x8, ONE)
    x11 = crop(x7, ORIGIN, x10)
    x12 = hupscale(x11, x9)
    x13 = hmirror(x5)
    x14 = cellwise(x5, x13, ZERO)
    x15 = astuple(ONE, x9)
    x16 = crop(x14, ORIGIN, x15)
    x17 = vupscale(x16, x8)
    x18 = ofcolor(x17, x1)
    O = fill(x12, x1, x18)
    return O


def solve_6cf79266(I):
    x1 = canvas(ZERO, THREE_BY_THREE)
    x2 = asobject(x1)
    x3 = occurrences(I, x2)
    x4 = shift(x3, RIGHT)
    x5 = shift(x3, ZERO_BY_TWO)
    x6 = combine(x4, x5)
    x7 = shift(x3, LEFT)
    x8 = shift(x3, ZERO_BY_NEG_TWO)
    x9 = combine(x7, x8)
    x10 = combine(x6, x9)
    x11 = combine(x3, x10)
    x12 = shift(x11, DOWN)
    x13 = shift(x11, TWO_BY_ZERO)
    x14 = combine(x12, x13)
    x15 = combine(x14, x6)
    x16 = difference(x3, x15)
    x17 = shift(x16, RIGHT)
    x18 = combine(x16, x17)
    x19 = shift(x18, RIGHT)
    x20 = combine(x18, x19)
    x21 = shift(x20, DOWN)
    x22 = combine(x20, x21)
    x23 = shift(x22, DOWN)
    x24 = combine(x22, x23)
    O = fill(I, ONE, x24)
    return O


def solve_6d0160f0(I):
    x1 = ofcolor(I, FOUR)
    x2 = ulcorner(x1)
    x3 = multiply(TWO_BY_TWO, TWO_BY_TWO)
    x4 = divide(x2, x3)
    x5 = multiply(x4, x3)
    x6 = subtract(x2, x5)
    x7 = multiply(x6, x3)
    x8 = crop(I, x5, THREE_BY_THREE)
    x9 = replace(x8, FIVE, ZERO)
    x10 = asobject(x9)
    x11 = shift(x10, x7)
    x12 = shape(I)
    x13 = canvas(ZERO, x12)
    x14 = frontiers(I)
    x15 = merge(x14)
    x16 = paint(x13, x15)
    O = paint(x16, x11)
    return O


def solve_6d0aefbc(I):
    x1 = vmirror(I)
    O = hconcat(I, x1)
    return O


def solve_6d75e8bb(I):
    x1 = ofcolor(I, EIGHT)
    x2 = delta(x1)
    O = underfill(I, TWO, x2)
    return O


def solve_6e02f1e3(I):
    x1 = numcolors(I)
    x2 = equality(x1, ONE)
    x3 = equality(x1, THREE)
    x4 = branch(x3, ZERO_BY_TWO, ORIGIN)
    x5 = branch(x2, ZERO_BY_TWO, TWO_BY_TWO)
    x6 = branch(x3, TWO_BY_ZERO, x5)
    x7 = connect(x4, x6)
    x8 = canvas(ZERO, THREE_BY_THREE)
    O = fill(x8, FIVE, x7)
    return O


def solve_6e19193c(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = color(x2)
    x4 = compose(ulcorner, delta)
    x5 = fork(add, ulcorner, lrcorner)
    x6 = fork(subtract, x5, x4)
    x7 = fork(subtract, x4, x6)
    x8 = fork(add, x4, x7)
    x9 = fork(shoot, x8, x7)
    x10 = mapply(x9, x1)
    O = fill(I, x3, x10)
    return O


def solve_6e82a1ae(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, FOUR)
    x3 = merge(x2)
    x4 = sizefilter(x1, THREE)
    x5 = merge(x4)
    x6 = sizefilter(x1, TWO)
    x7 = merge(x6)
    x8 = fill(I, ONE, x3)
    x9 = fill(x8, TWO, x5)
    O = fill(x9, THREE, x7)
    return O


def solve_6ecd11f4(I):
    x1 = objects(I, T, T, T)
    x2 = argmax(x1, size)
    x3 = objects(I, F, T, T)
    x4 = argmin(x3, size)
    x5 = subgrid(x4, I)
    x6 = width(x2)
    x7 = width(x4)
    x8 = divide(x6, x7)
    x9 = subgrid(x2, I)
    x10 = downscale(x9, x8)
    x11 = ofcolor(x10, ZERO)
    O = fill(x5, ZERO, x11)
    return O


def solve_6f8cd79b(I):
    x1 = asindices(I)
    x2 = box(x1)
    O = fill(I, EIGHT, x2)
    return O


def solve_6fa7a44f(I):
    x1 = hmirror(I)
    O = vconcat(I, x1)
    return O


def solve_72322fa7(I):
    x1 = objects(I, F, T, T)
    x2 = rbind(greater, ONE)
    x3 = compose(x2, numcolors)
    x4 = sfilter(x1, x3)
    x5 = merge(x4)
    x6 = toindices(x5)
    x7 = palette(x5)
    x8 = lbind(ofcolor, I)
    x9 = lbind(intersection, x6)
    x10 = compose(x9, x8)
    x11 = rbind(toobject, I)
    x12 = compose(x11, x10)
    x13 = lbind(occurrences, I)
    x14 = compose(x13, x12)
    x15 = fork(recolor, identity, x14)
    x16 = mapply(x15, x7)
    x17 = shape(I)
    x18 = canvas(ZERO, x17)
    x19 = paint(x18, x16)
    x20 = objects(x19, T, F, T)
    x21 = lbind(compose, positive)
    x22 = lbind(rbind, colorcount)
    x23 = compose(x21, x22)
    x24 = lbind(extract, x4)
    x25 = compose(x24, x23)
    x26 = compose(ulcorner, x10)
    x27 = compose(x25, color)
    x28 = compose(x26, color)
    x29 = fork(subtract, ulcorner, x28)
    x30 = fork(shift, x27, x29)
    x31 = mapply(x30, x20)
    O = paint(I, x31)
    return O


def solve_72ca375d(I):
    x1 = objects(I, T, T, T)
    x2 = fork(equality, identity, vmirror)
    x3 = extract(x1, x2)
    O = subgrid(x3, I)
    return O


def solve_73251a56(I):
    x1 = dmirror(I)
    x2 = ofcolor(I, ZERO)
    x3 = toobject(x2, x1)
    x4 = paint(I, x3)
    x5 = index(I, ORIGIN)
    x6 = shoot(ORIGIN, UNITY)
    x7 = fill(x4, x5, x6)
    x8 = mostcolor(I)
    O = replace(x7, ZERO, x8)
    return O


def solve_7447852a(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = rbind(modulo, SIX)
    x4 = compose(x3, leftmost)
    x5 = matcher(x4, FIVE)
    x6 = compose(x3, rightmost)
    x7 = matcher(x6, ONE)
    x8 = fork(either, x5, x7)
    x9 = mfilter(x2, x8)
    O = fill(I, FOUR, x9)
    return O


def solve_7468f01a(I):
    x1 = asindices(I)
    x2 = ofcolor(I, ZERO)
    x3 = difference(x1, x2)
    x4 = subgrid(x3, I)
    O = vmirror(x4)
    return O


def solve_746b3537(I):
    x1 = width(I)
    x2 = astuple(ONE, x1)
    x3 = crop(I, ORIGIN, x2)
    x4 = numcolors(x3)
    x5 = equality(x4, ONE)
    x6 = dmirror(I)
    x7 = branch(x5, x6, I)
    x8 = width(x7)
    x9 = astuple(ONE, x8)
    x10 = crop(x7, ORIGIN, x9)
    x11 = asobject(x10)
    x12 = shift(x11, RIGHT)
    x13 = difference(x11, x12)
    x14 = fill(x10, ZERO, x13)
    x15 = vconcat(x10, x14)
    x16 = compress(x15)
    x17 = width(x16)
    x18 = astuple(ONE, x17)
    x19 = crop(x16, ORIGIN, x18)
    x20 = dmirror(x19)
    O = branch(x5, x20, x19)
    return O


def solve_74dd1130(I):
    O = dmirror(I)
    return O


def solve_75b8110e(I):
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = lefthalf(x1)
    x4 = righthalf(x1)
    x5 = lefthalf(x2)
    x6 = righthalf(x2)
    x7 = ofcolor(x6, NINE)
    x8 = fill(x3, NINE, x7)
    x9 = ofcolor(x5, SIX)
    x10 = fill(x8, SIX, x9)
    x11 = ofcolor(x4, FIVE)
    O = fill(x10, FIVE, x11)
    return O


def solve_760b3cac(I):
    x1 = ofcolor(I, EIGHT)
    x2 = toobject(x1, I)
    x3 = vmirror(x2)
    x4 = ofcolor(I, FOUR)
    x5 = uppermost(x4)
    x6 = toivec(x5)
    x7 = hfrontier(x6)
    x8 = intersection(x4, x7)
    x9 = leftmost(x8)
    x10 = center(x4)
    x11 = col(x10)
    x12 = subtract(x9, x11)
    x13 = multiply(x12, THREE)
    x14 = tojvec(x13)
    x15 = shift(x3, x14)
    O = paint(I, x15)
    return O


def solve_776ffc46(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, FIVE)
    x3 = fork(equality, toindices, box)
    x4 = sfilter(x2, x3)
    x5 = mapply(backdrop, x4)
    x6 = colorfilter(x1, ONE)
    x7 = difference(x1, x6)
    x8 = difference(x7, x2)
    x9 = lbind(intersection, x5)
    x10 = compose(x9, toindices)
    x11 = fork(equality, x10, toindices)
    x12 = sfilter(x8, x11)
    x13 = first(x12)
    x14 = color(x13)
    x15 = compose(normalize, toindices)
    x16 = apply(x15, x12)
    x17 = rbind(contained, x16)
    x18 = compose(x17, x15)
    x19 = mfilter(x6, x18)
    O = fill(I, x14, x19)
    return O


def solve_77fdfe62(I):
    x1 = trim(I)
    x2 = trim(x1)
    x3 = height(I)
    x4 = decrement(x3)
    x5 = downscale(I, x4)
    x6 = width(x2)
    x7 = halve(x6)
    x8 = upscale(x5, x7)
    x9 = ofcolor(x2, ZERO)
    O = fill(x8, ZERO, x9)
    return O


def solve_780d0b14(I):
    x1 = frontiers(I)
    x2 = colorfilter(x1, ZERO)
    x3 = merge(x2)
    x4 = shape(I)
    x5 = canvas(ONE, x4)
    x6 = fill(x5, ZERO, x3)
    x7 = objects(x6, T, F, F)
    x8 = colorfilter(x7, ONE)
    x9 = rbind(toobject, I)
    x10 = compose(mostcolor, x9)
    x11 = fork(recolor, x10, identity)
    x12 = mapply(x11, x8)
    x13 = paint(I, x12)
    x14 = sfilter(x2, hline)
    x15 = merge(x14)
    x16 = toindices(x15)
    x17 = shift(x16, DOWN)
    x18 = hfrontier(ORIGIN)
    x19 = combine(x17, x18)
    x20 = sfilter(x2, vline)
    x21 = merge(x20)
    x22 = toindices(x21)
    x23 = shift(x22, RIGHT)
    x24 = vfrontier(ORIGIN)
    x25 = combine(x23, x24)
    x26 = intersection(x19, x25)
    x27 = asindices(I)
    x28 = difference(x27, x26)
    x29 = fill(x13, ZERO, x28)
    O = compress(x29)
    return O


def solve_7837ac64(I):
    x1 = frontiers(I)
    x2 = first(x1)
    x3 = color(x2)
    x4 = asindices(I)
    x5 = ofcolor(I, ZERO)
    x6 = ofcolor(I, x3)
    x7 = difference(x4, x5)
    x8 = difference(x7, x6)
    x9 = subgrid(x8, I)
    x10 = width(I)
    x11 = astuple(ONE, x10)
    x12 = crop(I, ORIGIN, x11)
    x13 = hperiod(x12)
    x14 = downscale(x9, x13)
    x15 = shape(x14)
    x16 = decrement(x15)
    x17 = crop(x14, ORIGIN, x16)
    x18 = crop(x14, RIGHT, x16)
    x19 = crop(x14, DOWN, x16)
    x20 = crop(x14, UNITY, x16)
    x21 = cellwise(x17, x18, ZERO)
    x22 = cellwise(x19, x20, ZERO)
    x23 = cellwise(x21, x22, ZERO)
    O = replace(x23, x3, ZERO)
    return O


def solve_794b24be(I):
    x1 = colorcount(I, ONE)
    x2 = greater(x1, THREE)
    x3 = branch(x2, THREE, x1)
    x4 = decrement(x3)
    x5 = tojvec(x4)
    x6 = connect(ORIGIN, x5)
    x7 = equality(x1, FOUR)
    x8 = branch(x7, UNITY, ORIGIN)
    x9 = initset(x8)
    x10 = combine(x6, x9)
    x11 = canvas(ZERO, THREE_BY_THREE)
    O = fill(x11, TWO, x10)
    return O


def solve_7b6016b9(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = rbind(bordering, I)
    x4 = compose(flip, x3)
    x5 = mfilter(x2, x4)
    x6 = fill(I, TWO, x5)
    O = replace(x6, ZERO, THREE)
    return O


def solve_7b7f7511(I):
    x1 = portrait(I)
    x2 = tophalf(I)
    x3 = lefthalf(I)
    O = branch(x1, x2, x3)
    return O


def solve_7c008303(I):
    x1 = asindices(I)
    x2 = ofcolor(I, ZERO)
    x3 = ofcolor(I, THREE)
    x4 = ofcolor(I, EIGHT)
    x5 = difference(x1, x2)
    x6 = difference(x5, x3)
    x7 = difference(x6, x4)
    x8 = subgrid(x7, I)
    x9 = upscale(x8, THREE)
    x10 = subgrid(x3, I)
    x11 = ofcolor(x10, ZERO)
    O = fill(x9, ZERO, x11)
    return O


def solve_7ddcd7ec(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = color(x2)
    x4 = sizefilter(x1, ONE)
    x5 = lbind(position, x2)
    x6 = fork(shoot, ulcorner, x5)
    x7 = mapply(x6, x4)
    O = fill(I, x3, x7)
    return O


def solve_7df24a62(I):
    x1 = ofcolor(I, ONE)
    x2 = subgrid(x1, I)
    x3 = replace(x2, ONE, ZERO)
    x4 = shape(I)
    x5 = add(x4, TWO_BY_TWO)
    x6 = canvas(ZERO, x5)
    x7 = asobject(I)
    x8 = shift(x7, UNITY)
    x9 = paint(x6, x8)
    x10 = asobject(x3)
    x11 = occurrences(x9, x10)
    x12 = hmirror(x3)
    x13 = asobject(x12)
    x14 = occurrences(x9, x13)
    x15 = vmirror(x3)
    x16 = asobject(x15)
    x17 = occurrences(x9, x16)
    x18 = rot180(x3)
    x19 = asobject(x18)
    x20 = occurrences(x9, x19)
    x21 = combine(x11, x14)
    x22 = combine(x17, x20)
    x23 = combine(x21, x22)
    x24 = rot90(x3)
    x25 = asobject(x24)
    x26 = occurrences(x9, x25)
    x27 = rot270(x3)
    x28 = asobject(x27)
    x29 = occurrences(x9, x28)
    x30 = dmirror(x3)
    x31 = asobject(x30)
    x32 = occurrences(x9, x31)
    x33 = cmirror(x3)
    x34 = asobject(x33)
    x35 = occurrences(x9, x34)
    x36 = combine(x26, x29)
    x37 = combine(x32, x35)
    x38 = combine(x36, x37)
    x39 = height(x3)
    x40 = width(x3)
    x41 = interval(ZERO, x39, ONE)
    x42 = interval(ZERO, x40, ONE)
    x43 = lbind(shift, x23)
    x44 = compose(x43, toivec)
    x45 = mapply(x44, x41)
    x46 = lbind(shift, x45)
    x47 = compose(x46, tojvec)
    x48 = mapply(x47, x42)
    x49 = lbind(shift, x38)
    x50 = compose(x49, toivec)
    x51 = mapply(x50, x42)
    x52 = lbind(shift, x51)
    x53 = compose(x52, tojvec)
    x54 = mapply(x53, x41)
    x55 = combine(x48, x54)
    x56 = shift(x55, NEG_UNITY)
    O = underfill(I, ONE, x56)
    return O


def solve_7e0986d6(I):
    x1 = leastcolor(I)
    x2 = palette(I)
    x3 = remove(ZERO, x2)
    x4 = other(x3, x1)
    x5 = replace(I, x1, ZERO)
    x6 = ofcolor(x5, x4)
    x7 = shift(x6, DOWN)
    x8 = shift(x6, UP)
    x9 = shift(x6, RIGHT)
    x10 = shift(x6, LEFT)
    x11 = intersection(x7, x8)
    x12 = intersection(x7, x9)
    x13 = intersection(x7, x10)
    x14 = intersection(x8, x9)
    x15 = intersection(x8, x10)
    x16 = intersection(x9, x10)
    x17 = combine(x11, x12)
    x18 = combine(x13, x14)
    x19 = combine(x15, x16)
    x20 = combine(x17, x18)
    x21 = combine(x19, x20)
    x22 = ofcolor(I, x1)
    x23 = intersection(x22, x21)
    O = fill(x5, x4, x23)
    return O


def solve_7f4411dc(I):
    x1 = palette(I)
    x2 = other(x1, ZERO)
    x3 = canvas(x2, TWO_BY_TWO)
    x4 = asobject(x3)
    x5 = occurrences(I, x4)
    x6 = shift(x5, RIGHT)
    x7 = combine(x5, x6)
    x8 = shift(x7, DOWN)
    x9 = combine(x7, x8)
    x10 = shape(I)
    x11 = canvas(ZERO, x10)
    O = fill(x11, x2, x9)
    return O


def solve_7fe24cdd(I):
    x1 = rot90(I)
    x2 = rot180(I)
    x3 = rot270(I)
    x4 = hconcat(I, x1)
    x5 = hconcat(x3, x2)
    O = vconcat(x4, x5)
    return O


def solve_80af3007(I):
    x1 = ofcolor(I, FIVE)
    x2 = subgrid(x1, I)
    x3 = downscale(x2, THREE)
    x4 = upscale(x3, THREE)
    x5 = repeatgrid(x3, THREE_BY_THREE)
    O = cellwise(x4, x5, ZERO)
    return O


def solve_810b9b61(I):
    x1 = objects(I, T, F, T)
    x2 = fork(equality, toindices, box)
    x3 = chain(positive, size, delta)
    x4 = fork(both, x2, x3)
    x5 = mfilter(x1, x4)
    O = fill(I, THREE, x5)
    return O


def solve_83302e8f(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = fork(equality, toindices, backdrop)
    x4 = mfilter(x2, x3)
    x5 = fill(I, THREE, x4)
    O = replace(x5, ZERO, FOUR)
    return O


def solve_834ec97d(I):
    x1 = palette(I)
    x2 = other(x1, ZERO)
    x3 = ofcolor(I, x2)
    x4 = toobject(x3, I)
    x5 = uppermost(x3)
    x6 = leftmost(x3)
    x7 = modulo(x6, TWO)
    x8 = width(I)
    x9 = interval(x7, x8, TWO)
    x10 = lbind(astuple, x5)
    x11 = fork(connect, tojvec, x10)
    x12 = mapply(x11, x9)
    x13 = cover(I, x3)
    x14 = fill(x13, FOUR, x12)
    x15 = shift(x4, DOWN)
    O = paint(x14, x15)
    return O


def solve_8403a5d5(I):
    x1 = palette(I)
    x2 = other(x1, ZERO)
    x3 = ofcolor(I, x2)
    x4 = leftmost(x3)
    x5 = width(I)
    x6 = interval(x4, x5, TWO)
    x7 = compose(vfrontier, tojvec)
    x8 = mapply(x7, x6)
    x9 = fill(I, x2, x8)
    x10 = increment(x4)
    x11 = interval(x10, x5, FOUR)
    x12 = compose(initset, tojvec)
    x13 = mapply(x12, x11)
    x14 = add(x4, THREE)
    x15 = interval(x14, x5, FOUR)
    x16 = height(I)
    x17 = decrement(x16)
    x18 = lbind(astuple, x17)
    x19 = compose(initset, x18)
    x20 = mapply(x19, x15)
    x21 = combine(x13, x20)
    O = fill(x9, FIVE, x21)
    return O
