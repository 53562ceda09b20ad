"""Programs found by batt_jax.search (python -m batt_jax.search)."""


def solve_0c9aba6e__search1(I):
    'enumerative search, view dmirror: lr_nor[8]'
    x1 = dmirror(I)
    x2 = lefthalf(x1)
    x3 = righthalf(x1)
    x4 = ofcolor(x2, ZERO)
    x5 = ofcolor(x3, ZERO)
    x6 = intersection(x4, x5)
    x7 = shape(x2)
    x8 = canvas(ZERO, x7)
    x9 = fill(x8, EIGHT, x6)
    O = dmirror(x9)
    return O


def solve_e133d23d__search1(I):
    'enumerative search, view identity: overlay_lr[2]'
    x1 = lefthalf(I)
    x2 = righthalf(I)
    O = cellwise(x1, x2, TWO)
    return O


def solve_ce039d91__search1(I):
    'enumerative search, view identity: replace[5, 1] -> symmetric_mask[0] over the 0s of: input'
    x1 = replace(I, FIVE, ONE)
    x2 = vmirror(x1)
    x3 = cellwise(x1, x2, ZERO)
    x4 = ofcolor(x3, ZERO)
    x5 = toobject(x4, I)
    O = paint(x3, x5)
    return O


def solve_9ddd00f0__search1(I):
    'enumerative search, view identity: rot180 over the 0s of: symmetrise_d'
    x1 = rot180(I)
    x2 = dmirror(I)
    x3 = asobject(x2)
    x4 = underpaint(I, x3)
    x5 = ofcolor(x1, ZERO)
    x6 = toobject(x5, x4)
    O = paint(x1, x6)
    return O


def solve_9ddd00f0__search2(I):
    'enumerative search, view identity: rot90 over the 0s of: heal_crop_color[0]'
    x1 = rot90(I)
    x2 = ofcolor(I, ZERO)
    x3 = vmirror(I)
    x4 = hmirror(I)
    x5 = subgrid(x2, x3)
    x6 = subgrid(x2, x4)
    x7 = ofcolor(x5, ZERO)
    x8 = toobject(x7, x6)
    x9 = paint(x5, x8)
    x10 = ofcolor(x1, ZERO)
    x11 = toobject(x10, x9)
    O = paint(x1, x11)
    return O


def solve_e66aafb8__search1(I):
    'enumerative search, view dmirror: mirror_crop_color[0]'
    x1 = dmirror(I)
    x2 = ofcolor(x1, ZERO)
    x3 = vmirror(x1)
    x4 = subgrid(x2, x3)
    O = dmirror(x4)
    return O


def solve_9a4bb226__search1(I):
    'enumerative search, view identity: most_colorful_object[0, 0]'
    x1 = objects(I, F, F, T)
    x2 = argmax(x1, numcolors)
    O = subgrid(x2, I)
    return O


def solve_ccd554ac__search1(I):
    'enumerative search, view rankcolors: fractal_of[0] over the 0s of: fractal_of[1]'
    x1 = rankcolors(I)
    x2 = shape(x1)
    x3 = height(x1)
    x4 = width(x1)
    x5 = ofcolor(x1, ZERO)
    x6 = canvas(ZERO, x2)
    x7 = fill(x6, ONE, x5)
    x8 = hupscale(x7, x4)
    x9 = vupscale(x8, x3)
    x10 = repeatgrid(x1, x2)
    x11 = ofcolor(x9, ONE)
    x12 = toobject(x11, x10)
    x13 = shape(x10)
    x14 = canvas(ZERO, x13)
    x15 = paint(x14, x12)
    x16 = shape(x1)
    x17 = height(x1)
    x18 = width(x1)
    x19 = ofcolor(x1, ONE)
    x20 = canvas(ZERO, x16)
    x21 = fill(x20, ONE, x19)
    x22 = hupscale(x21, x18)
    x23 = vupscale(x22, x17)
    x24 = repeatgrid(x1, x16)
    x25 = ofcolor(x23, ONE)
    x26 = toobject(x25, x24)
    x27 = shape(x24)
    x28 = canvas(ZERO, x27)
    x29 = paint(x28, x26)
    x30 = ofcolor(x15, ZERO)
    x31 = toobject(x30, x29)
    x32 = paint(x15, x31)
    O = unrankcolors(x32, I)
    return O


def solve_60c09cac__search1(I):
    'enumerative search, view identity: upscale[2]'
    O = upscale(I, TWO)
    return O


def solve_3194b014__search1(I):
    'enumerative search, view rankcolors: crop_corner[3], recoloured {0: 3, 1: 3, 2: 3}'
    x1 = rankcolors(I)
    x2 = astuple(THREE, THREE)
    x3 = crop(x1, ORIGIN, x2)
    x4 = replace(x3, ZERO, THREE)
    x5 = replace(x4, ONE, THREE)
    x6 = replace(x5, TWO, THREE)
    O = unrankcolors(x6, I)
    return O


def solve_f4081712__search1(I):
    'enumerative search, view dmirror: mirror_crop_color[3]'
    x1 = dmirror(I)
    x2 = ofcolor(x1, THREE)
    x3 = vmirror(x1)
    x4 = subgrid(x2, x3)
    O = dmirror(x4)
    return O


def solve_67b4a34d__search1(I):
    'enumerative search, view dmirror: mirror_crop_color[3]'
    x1 = dmirror(I)
    x2 = ofcolor(x1, THREE)
    x3 = vmirror(x1)
    x4 = subgrid(x2, x3)
    O = dmirror(x4)
    return O


def solve_070dd51e__search1(I):
    'enumerative search, view rankcolors: extend_to_largest over the 0s of: connect_hv[5, 5] over the 0s of: connect_hv[4, 4] -> delta_of_color[5, 0] over the 0s of: connect_h_own'
    x1 = rankcolors(I)
    x2 = objects(x1, T, F, T)
    x3 = argmax(x2, size)
    x4 = remove(x3, x2)
    x5 = rbind(gravitate, x3)
    x6 = fork(add, center, x5)
    x7 = fork(connect, center, x6)
    x8 = fork(recolor, color, x7)
    x9 = rbind(hmatching, x3)
    x10 = rbind(vmatching, x3)
    x11 = fork(either, x9, x10)
    x12 = sfilter(x4, x11)
    x13 = mapply(x8, x12)
    x14 = paint(x1, x13)
    x15 = objects(x1, T, F, T)
    x16 = colorfilter(x15, FIVE)
    x17 = rbind(shoot, RIGHT)
    x18 = compose(x17, center)
    x19 = mapply(x18, x16)
    x20 = rbind(shoot, LEFT)
    x21 = compose(x20, center)
    x22 = mapply(x21, x16)
    x23 = rbind(shoot, UP)
    x24 = compose(x23, center)
    x25 = mapply(x24, x16)
    x26 = rbind(shoot, DOWN)
    x27 = compose(x26, center)
    x28 = mapply(x27, x16)
    x29 = intersection(x19, x22)
    x30 = intersection(x25, x28)
    x31 = combine(x29, x30)
    x32 = underfill(x1, FIVE, x31)
    x33 = ofcolor(x14, ZERO)
    x34 = toobject(x33, x32)
    x35 = paint(x14, x34)
    x36 = objects(x1, T, F, T)
    x37 = colorfilter(x36, FOUR)
    x38 = rbind(shoot, RIGHT)
    x39 = compose(x38, center)
    x40 = mapply(x39, x37)
    x41 = rbind(shoot, LEFT)
    x42 = compose(x41, center)
    x43 = mapply(x42, x37)
    x44 = rbind(shoot, UP)
    x45 = compose(x44, center)
    x46 = mapply(x45, x37)
    x47 = rbind(shoot, DOWN)
    x48 = compose(x47, center)
    x49 = mapply(x48, x37)
    x50 = intersection(x40, x43)
    x51 = intersection(x46, x49)
    x52 = combine(x50, x51)
    x53 = underfill(x1, FOUR, x52)
    x54 = ofcolor(x53, FIVE)
    x55 = delta(x54)
    x56 = fill(x53, ZERO, x55)
    x57 = ofcolor(x35, ZERO)
    x58 = toobject(x57, x56)
    x59 = paint(x35, x58)
    x60 = mostcolor(x1)
    x61 = asobject(x1)
    x62 = shift(x61, RIGHT)
    x63 = paint(x1, x62)
    x64 = ofcolor(x1, x60)
    x65 = toobject(x64, x63)
    x66 = paint(x1, x65)
    x67 = double(RIGHT)
    x68 = asobject(x66)
    x69 = shift(x68, x67)
    x70 = paint(x66, x69)
    x71 = ofcolor(x66, x60)
    x72 = toobject(x71, x70)
    x73 = paint(x66, x72)
    x74 = double(x67)
    x75 = asobject(x73)
    x76 = shift(x75, x74)
    x77 = paint(x73, x76)
    x78 = ofcolor(x73, x60)
    x79 = toobject(x78, x77)
    x80 = paint(x73, x79)
    x81 = double(x74)
    x82 = asobject(x80)
    x83 = shift(x82, x81)
    x84 = paint(x80, x83)
    x85 = ofcolor(x80, x60)
    x86 = toobject(x85, x84)
    x87 = paint(x80, x86)
    x88 = double(x81)
    x89 = asobject(x87)
    x90 = shift(x89, x88)
    x91 = paint(x87, x90)
    x92 = ofcolor(x87, x60)
    x93 = toobject(x92, x91)
    x94 = paint(x87, x93)
    x95 = asobject(x1)
    x96 = shift(x95, LEFT)
    x97 = paint(x1, x96)
    x98 = ofcolor(x1, x60)
    x99 = toobject(x98, x97)
    x100 = paint(x1, x99)
    x101 = double(LEFT)
    x102 = asobject(x100)
    x103 = shift(x102, x101)
    x104 = paint(x100, x103)
    x105 = ofcolor(x100, x60)
    x106 = toobject(x105, x104)
    x107 = paint(x100, x106)
    x108 = double(x101)
    x109 = asobject(x107)
    x110 = shift(x109, x108)
    x111 = paint(x107, x110)
    x112 = ofcolor(x107, x60)
    x113 = toobject(x112, x111)
    x114 = paint(x107, x113)
    x115 = double(x108)
    x116 = asobject(x114)
    x117 = shift(x116, x115)
    x118 = paint(x114, x117)
    x119 = ofcolor(x114, x60)
    x120 = toobject(x119, x118)
    x121 = paint(x114, x120)
    x122 = double(x115)
    x123 = asobject(x121)
    x124 = shift(x123, x122)
    x125 = paint(x121, x124)
    x126 = ofcolor(x121, x60)
    x127 = toobject(x126, x125)
    x128 = paint(x121, x127)
    x129 = cellwise(x94, x128, x60)
    x130 = ofcolor(x59, ZERO)
    x131 = toobject(x130, x129)
    x132 = paint(x59, x131)
    O = unrankcolors(x132, I)
    return O


def solve_551d5bf1__search1(I):
    'enumerative search, view identity: fill_delta[8] over the 0s of: leak_from_gap[8]'
    x1 = objects(I, T, F, T)
    x2 = mapply(delta, x1)
    x3 = fill(I, EIGHT, x2)
    x4 = objects(I, T, F, T)
    x5 = fork(difference, box, toindices)
    x6 = compose(size, x5)
    x7 = matcher(x6, ONE)
    x8 = sfilter(x4, x7)
    x9 = compose(ulcorner, x5)
    x10 = compose(dneighbors, x9)
    x11 = compose(backdrop, inbox)
    x12 = fork(intersection, x10, x11)
    x13 = compose(ulcorner, x12)
    x14 = fork(subtract, x9, x13)
    x15 = fork(shoot, x9, x14)
    x16 = mapply(x15, x8)
    x17 = underfill(I, EIGHT, x16)
    x18 = ofcolor(x3, ZERO)
    x19 = toobject(x18, x17)
    O = paint(x3, x19)
    return O


def solve_1c0d0a4b__search1(I):
    'enumerative search, view identity: fill_frontiers[2], recoloured {0: 2, 2: 0, 8: 0}'
    x1 = frontiers(I)
    x2 = merge(x1)
    x3 = fill(I, TWO, x2)
    x4 = switch(x3, ZERO, TWO)
    O = replace(x4, EIGHT, ZERO)
    return O


def solve_ca8f78db__search1(I):
    'enumerative search, view identity: repair_periodic'
    x1 = ofcolor(I, ZERO)
    x2 = shape(I)
    x3 = canvas(ONE, x2)
    x4 = fill(x3, ZERO, x1)
    x5 = objects(x4, T, F, T)
    x6 = compose(hfrontier, ulcorner)
    x7 = compose(hfrontier, lrcorner)
    x8 = fork(combine, x6, x7)
    x9 = compose(backdrop, x8)
    x10 = compose(vfrontier, ulcorner)
    x11 = compose(vfrontier, lrcorner)
    x12 = fork(combine, x10, x11)
    x13 = compose(backdrop, x12)
    x14 = mapply(x9, x5)
    x15 = mapply(x13, x5)
    x16 = fill(I, ZERO, x14)
    x17 = fill(I, ZERO, x15)
    x18 = hperiod(x16)
    x19 = vperiod(x17)
    x20 = tojvec(x18)
    x21 = invert(x20)
    x22 = toivec(x19)
    x23 = invert(x22)
    x24 = asobject(I)
    x25 = shift(x24, x20)
    x26 = paint(I, x25)
    x27 = toobject(x1, x26)
    x28 = paint(I, x27)
    x29 = ofcolor(x28, ZERO)
    x30 = asobject(x28)
    x31 = shift(x30, x21)
    x32 = paint(x28, x31)
    x33 = toobject(x29, x32)
    x34 = paint(x28, x33)
    x35 = ofcolor(x34, ZERO)
    x36 = asobject(x34)
    x37 = shift(x36, x22)
    x38 = paint(x34, x37)
    x39 = toobject(x35, x38)
    x40 = paint(x34, x39)
    x41 = ofcolor(x40, ZERO)
    x42 = asobject(x40)
    x43 = shift(x42, x23)
    x44 = paint(x40, x43)
    x45 = toobject(x41, x44)
    x46 = paint(x40, x45)
    x47 = ofcolor(x46, ZERO)
    x48 = asobject(x46)
    x49 = shift(x48, x20)
    x50 = paint(x46, x49)
    x51 = toobject(x47, x50)
    x52 = paint(x46, x51)
    x53 = ofcolor(x52, ZERO)
    x54 = asobject(x52)
    x55 = shift(x54, x21)
    x56 = paint(x52, x55)
    x57 = toobject(x53, x56)
    x58 = paint(x52, x57)
    x59 = ofcolor(x58, ZERO)
    x60 = asobject(x58)
    x61 = shift(x60, x22)
    x62 = paint(x58, x61)
    x63 = toobject(x59, x62)
    x64 = paint(x58, x63)
    x65 = ofcolor(x64, ZERO)
    x66 = asobject(x64)
    x67 = shift(x66, x23)
    x68 = paint(x64, x67)
    x69 = toobject(x65, x68)
    O = paint(x64, x69)
    return O


def solve_6ea4a07e__search1(I):
    'enumerative search, view identity: swap_most_least, recoloured {3: 1, 5: 4, 8: 2}'
    x1 = mostcolor(I)
    x2 = leastcolor(I)
    x3 = switch(I, x1, x2)
    x4 = replace(x3, THREE, ONE)
    x5 = replace(x4, FIVE, FOUR)
    O = replace(x5, EIGHT, TWO)
    return O


def solve_f5aa3634__search1(I):
    'enumerative search, view rankcolors: crop_most_of_color[1]'
    x1 = rankcolors(I)
    x2 = objects(x1, F, F, T)
    x3 = rbind(colorcount, ONE)
    x4 = argmax(x2, x3)
    x5 = subgrid(x4, x1)
    O = unrankcolors(x5, I)
    return O


def solve_f5aa3634__search2(I):
    'enumerative search, view identity: crop_most_of_color[5]'
    x1 = objects(I, F, F, T)
    x2 = rbind(colorcount, FIVE)
    x3 = argmax(x1, x2)
    O = subgrid(x3, I)
    return O


def solve_1d0a4b61__search1(I):
    'enumerative search, view identity: repair_periodic'
    x1 = ofcolor(I, ZERO)
    x2 = shape(I)
    x3 = canvas(ONE, x2)
    x4 = fill(x3, ZERO, x1)
    x5 = objects(x4, T, F, T)
    x6 = compose(hfrontier, ulcorner)
    x7 = compose(hfrontier, lrcorner)
    x8 = fork(combine, x6, x7)
    x9 = compose(backdrop, x8)
    x10 = compose(vfrontier, ulcorner)
    x11 = compose(vfrontier, lrcorner)
    x12 = fork(combine, x10, x11)
    x13 = compose(backdrop, x12)
    x14 = mapply(x9, x5)
    x15 = mapply(x13, x5)
    x16 = fill(I, ZERO, x14)
    x17 = fill(I, ZERO, x15)
    x18 = hperiod(x16)
    x19 = vperiod(x17)
    x20 = tojvec(x18)
    x21 = invert(x20)
    x22 = toivec(x19)
    x23 = invert(x22)
    x24 = asobject(I)
    x25 = shift(x24, x20)
    x26 = paint(I, x25)
    x27 = toobject(x1, x26)
    x28 = paint(I, x27)
    x29 = ofcolor(x28, ZERO)
    x30 = asobject(x28)
    x31 = shift(x30, x21)
    x32 = paint(x28, x31)
    x33 = toobject(x29, x32)
    x34 = paint(x28, x33)
    x35 = ofcolor(x34, ZERO)
    x36 = asobject(x34)
    x37 = shift(x36, x22)
    x38 = paint(x34, x37)
    x39 = toobject(x35, x38)
    x40 = paint(x34, x39)
    x41 = ofcolor(x40, ZERO)
    x42 = asobject(x40)
    x43 = shift(x42, x23)
    x44 = paint(x40, x43)
    x45 = toobject(x41, x44)
    x46 = paint(x40, x45)
    x47 = ofcolor(x46, ZERO)
    x48 = asobject(x46)
    x49 = shift(x48, x20)
    x50 = paint(x46, x49)
    x51 = toobject(x47, x50)
    x52 = paint(x46, x51)
    x53 = ofcolor(x52, ZERO)
    x54 = asobject(x52)
    x55 = shift(x54, x21)
    x56 = paint(x52, x55)
    x57 = toobject(x53, x56)
    x58 = paint(x52, x57)
    x59 = ofcolor(x58, ZERO)
    x60 = asobject(x58)
    x61 = shift(x60, x22)
    x62 = paint(x58, x61)
    x63 = toobject(x59, x62)
    x64 = paint(x58, x63)
    x65 = ofcolor(x64, ZERO)
    x66 = asobject(x64)
    x67 = shift(x66, x23)
    x68 = paint(x64, x67)
    x69 = toobject(x65, x68)
    O = paint(x64, x69)
    return O


def solve_195ba7dc__search1(I):
    'enumerative search, view identity: lr_or[1]'
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = ofcolor(x1, ZERO)
    x4 = ofcolor(x2, ZERO)
    x5 = asindices(x1)
    x6 = intersection(x3, x4)
    x7 = difference(x5, x6)
    x8 = shape(x1)
    x9 = canvas(ZERO, x8)
    O = fill(x9, ONE, x7)
    return O


def solve_31d5ba1a__search1(I):
    'enumerative search, view dmirror: lr_xor[6]'
    x1 = dmirror(I)
    x2 = lefthalf(x1)
    x3 = righthalf(x1)
    x4 = ofcolor(x2, ZERO)
    x5 = ofcolor(x3, ZERO)
    x6 = combine(x4, x5)
    x7 = intersection(x4, x5)
    x8 = difference(x6, x7)
    x9 = shape(x2)
    x10 = canvas(ZERO, x9)
    x11 = fill(x10, SIX, x8)
    O = dmirror(x11)
    return O


def solve_45bbe264__search1(I):
    'enumerative search, view identity: crosses_own[2]'
    x1 = objects(I, T, F, T)
    x2 = compose(hfrontier, center)
    x3 = compose(vfrontier, center)
    x4 = fork(recolor, color, x2)
    x5 = fork(recolor, color, x3)
    x6 = mapply(x4, x1)
    x7 = mapply(x5, x1)
    x8 = paint(I, x6)
    x9 = paint(x8, x7)
    x10 = toindices(x6)
    x11 = toindices(x7)
    x12 = intersection(x10, x11)
    x13 = merge(x1)
    x14 = toindices(x13)
    x15 = difference(x12, x14)
    O = fill(x9, TWO, x15)
    return O


def solve_45bbe264__search2(I):
    'enumerative search, view identity: crosses_own[1] -> switch[1, 2]'
    x1 = objects(I, T, F, T)
    x2 = compose(hfrontier, center)
    x3 = compose(vfrontier, center)
    x4 = fork(recolor, color, x2)
    x5 = fork(recolor, color, x3)
    x6 = mapply(x4, x1)
    x7 = mapply(x5, x1)
    x8 = paint(I, x6)
    x9 = paint(x8, x7)
    x10 = toindices(x6)
    x11 = toindices(x7)
    x12 = intersection(x10, x11)
    x13 = merge(x1)
    x14 = toindices(x13)
    x15 = difference(x12, x14)
    x16 = fill(x9, ONE, x15)
    O = switch(x16, ONE, TWO)
    return O


def solve_e95e3d8e__search1(I):
    'enumerative search, view identity: repair_periodic'
    x1 = ofcolor(I, ZERO)
    x2 = shape(I)
    x3 = canvas(ONE, x2)
    x4 = fill(x3, ZERO, x1)
    x5 = objects(x4, T, F, T)
    x6 = compose(hfrontier, ulcorner)
    x7 = compose(hfrontier, lrcorner)
    x8 = fork(combine, x6, x7)
    x9 = compose(backdrop, x8)
    x10 = compose(vfrontier, ulcorner)
    x11 = compose(vfrontier, lrcorner)
    x12 = fork(combine, x10, x11)
    x13 = compose(backdrop, x12)
    x14 = mapply(x9, x5)
    x15 = mapply(x13, x5)
    x16 = fill(I, ZERO, x14)
    x17 = fill(I, ZERO, x15)
    x18 = hperiod(x16)
    x19 = vperiod(x17)
    x20 = tojvec(x18)
    x21 = invert(x20)
    x22 = toivec(x19)
    x23 = invert(x22)
    x24 = asobject(I)
    x25 = shift(x24, x20)
    x26 = paint(I, x25)
    x27 = toobject(x1, x26)
    x28 = paint(I, x27)
    x29 = ofcolor(x28, ZERO)
    x30 = asobject(x28)
    x31 = shift(x30, x21)
    x32 = paint(x28, x31)
    x33 = toobject(x29, x32)
    x34 = paint(x28, x33)
    x35 = ofcolor(x34, ZERO)
    x36 = asobject(x34)
    x37 = shift(x36, x22)
    x38 = paint(x34, x37)
    x39 = toobject(x35, x38)
    x40 = paint(x34, x39)
    x41 = ofcolor(x40, ZERO)
    x42 = asobject(x40)
    x43 = shift(x42, x23)
    x44 = paint(x40, x43)
    x45 = toobject(x41, x44)
    x46 = paint(x40, x45)
    x47 = ofcolor(x46, ZERO)
    x48 = asobject(x46)
    x49 = shift(x48, x20)
    x50 = paint(x46, x49)
    x51 = toobject(x47, x50)
    x52 = paint(x46, x51)
    x53 = ofcolor(x52, ZERO)
    x54 = asobject(x52)
    x55 = shift(x54, x21)
    x56 = paint(x52, x55)
    x57 = toobject(x53, x56)
    x58 = paint(x52, x57)
    x59 = ofcolor(x58, ZERO)
    x60 = asobject(x58)
    x61 = shift(x60, x22)
    x62 = paint(x58, x61)
    x63 = toobject(x59, x62)
    x64 = paint(x58, x63)
    x65 = ofcolor(x64, ZERO)
    x66 = asobject(x64)
    x67 = shift(x66, x23)
    x68 = paint(x64, x67)
    x69 = toobject(x65, x68)
    O = paint(x64, x69)
    return O


def solve_5d2a5c43__search1(I):
    'enumerative search, view identity: lr_or[8]'
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = ofcolor(x1, ZERO)
    x4 = ofcolor(x2, ZERO)
    x5 = asindices(x1)
    x6 = intersection(x3, x4)
    x7 = difference(x5, x6)
    x8 = shape(x1)
    x9 = canvas(ZERO, x8)
    O = fill(x9, EIGHT, x7)
    return O


def solve_73182012__search1(I):
    'enumerative search, view identity: crop_quadrant'
    x1 = objects(I, F, T, T)
    x2 = merge(x1)
    x3 = subgrid(x2, I)
    x4 = lefthalf(x3)
    O = tophalf(x4)
    return O


def solve_fc754716__search1(I):
    'enumerative search, view rankcolors: fill_inner_frontiers[1], recoloured {0: 1, 1: 0}'
    x1 = rankcolors(I)
    x2 = trim(x1)
    x3 = frontiers(x2)
    x4 = merge(x3)
    x5 = shift(x4, UNITY)
    x6 = fill(x1, ONE, x5)
    x7 = switch(x6, ZERO, ONE)
    O = unrankcolors(x7, I)
    return O


def solve_e41c6fd3__search1(I):
    'enumerative search, view identity: align_to_color[8]'
    x1 = fgpartition(I)
    x2 = ofcolor(I, EIGHT)
    x3 = uppermost(x2)
    x4 = lbind(subtract, x3)
    x5 = chain(toivec, x4, uppermost)
    x6 = fork(shift, identity, x5)
    x7 = mapply(x6, x1)
    x8 = merge(x1)
    x9 = cover(I, x8)
    O = paint(x9, x7)
    return O


def solve_32e9702f__search1(I):
    'enumerative search, view dmirror: replace[0, 5] -> shift_up'
    x1 = dmirror(I)
    x2 = replace(x1, ZERO, FIVE)
    x3 = mostcolor(x2)
    x4 = asobject(x2)
    x5 = shift(x4, UP)
    x6 = shape(x2)
    x7 = canvas(x3, x6)
    x8 = paint(x7, x5)
    O = dmirror(x8)
    return O


def solve_ce8d95cc__search1(I):
    'enumerative search, view identity: dedupe'
    x1 = asobject(I)
    x2 = shift(x1, DOWN)
    x3 = intersection(x1, x2)
    x4 = shape(I)
    x5 = canvas(ZERO, x4)
    x6 = fill(x5, ONE, x3)
    x7 = frontiers(x6)
    x8 = colorfilter(x7, ONE)
    x9 = sfilter(x8, hline)
    x10 = apply(uppermost, x9)
    x11 = height(I)
    x12 = interval(ZERO, x11, ONE)
    x13 = rbind(contained, x10)
    x14 = compose(flip, x13)
    x15 = sfilter(x12, x14)
    x16 = lbind(sfilter, x10)
    x17 = lbind(lbind, greater)
    x18 = compose(x16, x17)
    x19 = compose(size, x18)
    x20 = chain(toivec, invert, x19)
    x21 = rbind(toobject, I)
    x22 = chain(x21, hfrontier, toivec)
    x23 = fork(shift, x22, x20)
    x24 = mapply(x23, x15)
    x25 = size(x15)
    x26 = width(I)
    x27 = astuple(x25, x26)
    x28 = canvas(ZERO, x27)
    x29 = paint(x28, x24)
    x30 = dmirror(x29)
    x31 = asobject(x30)
    x32 = shift(x31, DOWN)
    x33 = intersection(x31, x32)
    x34 = shape(x30)
    x35 = canvas(ZERO, x34)
    x36 = fill(x35, ONE, x33)
    x37 = frontiers(x36)
    x38 = colorfilter(x37, ONE)
    x39 = sfilter(x38, hline)
    x40 = apply(uppermost, x39)
    x41 = height(x30)
    x42 = interval(ZERO, x41, ONE)
    x43 = rbind(contained, x40)
    x44 = compose(flip, x43)
    x45 = sfilter(x42, x44)
    x46 = lbind(sfilter, x40)
    x47 = lbind(lbind, greater)
    x48 = compose(x46, x47)
    x49 = compose(size, x48)
    x50 = chain(toivec, invert, x49)
    x51 = rbind(toobject, x30)
    x52 = chain(x51, hfrontier, toivec)
    x53 = fork(shift, x52, x50)
    x54 = mapply(x53, x45)
    x55 = size(x45)
    x56 = width(x30)
    x57 = astuple(x55, x56)
    x58 = canvas(ZERO, x57)
    x59 = paint(x58, x54)
    O = dmirror(x59)
    return O


def solve_7c9b52a0__search1(I):
    'enumerative search, view identity: crop_most_of_color[3] over the 0s of: crop_most_of_color[4] over the 0s of: largest_object[0, 0] over the 0s of: crop_most_of_color[2]'
    x1 = objects(I, F, F, T)
    x2 = rbind(colorcount, THREE)
    x3 = argmax(x1, x2)
    x4 = subgrid(x3, I)
    x5 = objects(I, F, F, T)
    x6 = rbind(colorcount, FOUR)
    x7 = argmax(x5, x6)
    x8 = subgrid(x7, I)
    x9 = ofcolor(x4, ZERO)
    x10 = toobject(x9, x8)
    x11 = paint(x4, x10)
    x12 = objects(I, F, F, T)
    x13 = argmax(x12, size)
    x14 = subgrid(x13, I)
    x15 = ofcolor(x11, ZERO)
    x16 = toobject(x15, x14)
    x17 = paint(x11, x16)
    x18 = objects(I, F, F, T)
    x19 = rbind(colorcount, TWO)
    x20 = argmax(x18, x19)
    x21 = subgrid(x20, I)
    x22 = ofcolor(x17, ZERO)
    x23 = toobject(x22, x21)
    O = paint(x17, x23)
    return O


def solve_7c9b52a0__search2(I):
    'enumerative search, view identity: crop_most_of_color[2] over the 0s of: crop_most_of_color[3] over the 0s of: crop_most_of_color[4] over the 0s of: crop_most_of_color[6]'
    x1 = objects(I, F, F, T)
    x2 = rbind(colorcount, TWO)
    x3 = argmax(x1, x2)
    x4 = subgrid(x3, I)
    x5 = objects(I, F, F, T)
    x6 = rbind(colorcount, THREE)
    x7 = argmax(x5, x6)
    x8 = subgrid(x7, I)
    x9 = ofcolor(x4, ZERO)
    x10 = toobject(x9, x8)
    x11 = paint(x4, x10)
    x12 = objects(I, F, F, T)
    x13 = rbind(colorcount, FOUR)
    x14 = argmax(x12, x13)
    x15 = subgrid(x14, I)
    x16 = ofcolor(x11, ZERO)
    x17 = toobject(x16, x15)
    x18 = paint(x11, x17)
    x19 = objects(I, F, F, T)
    x20 = rbind(colorcount, SIX)
    x21 = argmax(x19, x20)
    x22 = subgrid(x21, I)
    x23 = ofcolor(x18, ZERO)
    x24 = toobject(x23, x22)
    O = paint(x18, x24)
    return O


def solve_bf699163__search1(I):
    'enumerative search, view rankcolors: largest_object[1, 0], recoloured {2: 5, 6: 2}'
    x1 = rankcolors(I)
    x2 = objects(x1, T, F, T)
    x3 = argmax(x2, size)
    x4 = subgrid(x3, x1)
    x5 = replace(x4, TWO, FIVE)
    x6 = replace(x5, SIX, TWO)
    O = unrankcolors(x6, I)
    return O


def solve_bf699163__search2(I):
    'enumerative search, view identity: crop_most_of_color[6], recoloured {1: 4, 6: 1}'
    x1 = objects(I, F, F, T)
    x2 = rbind(colorcount, SIX)
    x3 = argmax(x1, x2)
    x4 = subgrid(x3, I)
    x5 = replace(x4, ONE, FOUR)
    O = replace(x5, SIX, ONE)
    return O


def solve_62ab2642__search1(I):
    'enumerative search, view identity: recolor_largest_region[8] over the 0s of: recolor_smallest_regions[7]'
    x1 = mostcolor(I)
    x2 = objects(I, T, F, F)
    x3 = colorfilter(x2, x1)
    x4 = argmax(x3, size)
    x5 = fill(I, EIGHT, x4)
    x6 = mostcolor(I)
    x7 = objects(I, T, F, F)
    x8 = colorfilter(x7, x6)
    x9 = valmin(x8, size)
    x10 = sizefilter(x8, x9)
    x11 = merge(x10)
    x12 = fill(I, SEVEN, x11)
    x13 = ofcolor(x5, ZERO)
    x14 = toobject(x13, x12)
    O = paint(x5, x14)
    return O


def solve_d19f7514__search1(I):
    'enumerative search, view dmirror: overlay_lr[4]'
    x1 = dmirror(I)
    x2 = lefthalf(x1)
    x3 = righthalf(x1)
    x4 = cellwise(x2, x3, FOUR)
    O = dmirror(x4)
    return O


def solve_903d1b4a__search1(I):
    'enumerative search, view identity: heal_symmetry[3]'
    x1 = vmirror(I)
    x2 = ofcolor(I, THREE)
    x3 = toobject(x2, x1)
    x4 = paint(I, x3)
    x5 = hmirror(x4)
    x6 = ofcolor(x4, THREE)
    x7 = toobject(x6, x5)
    x8 = paint(x4, x7)
    x9 = vmirror(x8)
    x10 = ofcolor(x8, THREE)
    x11 = toobject(x10, x9)
    O = paint(x8, x11)
    return O


def solve_f823c43c__search1(I):
    'enumerative search, view identity: heal_symmetry[6] -> least_to[8]'
    x1 = vmirror(I)
    x2 = ofcolor(I, SIX)
    x3 = toobject(x2, x1)
    x4 = paint(I, x3)
    x5 = hmirror(x4)
    x6 = ofcolor(x4, SIX)
    x7 = toobject(x6, x5)
    x8 = paint(x4, x7)
    x9 = vmirror(x8)
    x10 = ofcolor(x8, SIX)
    x11 = toobject(x10, x9)
    x12 = paint(x8, x11)
    x13 = leastcolor(x12)
    O = replace(x12, x13, EIGHT)
    return O


def solve_f823c43c__search2(I):
    'enumerative search, view identity: heal_symmetry[6] -> delta_of_color[4, 8]'
    x1 = vmirror(I)
    x2 = ofcolor(I, SIX)
    x3 = toobject(x2, x1)
    x4 = paint(I, x3)
    x5 = hmirror(x4)
    x6 = ofcolor(x4, SIX)
    x7 = toobject(x6, x5)
    x8 = paint(x4, x7)
    x9 = vmirror(x8)
    x10 = ofcolor(x8, SIX)
    x11 = toobject(x10, x9)
    x12 = paint(x8, x11)
    x13 = ofcolor(x12, FOUR)
    x14 = delta(x13)
    O = fill(x12, EIGHT, x14)
    return O


def solve_d37a1ef5__search1(I):
    'enumerative search, view identity: fill_backdrop[2] -> delta_of_color[5, 0]'
    x1 = objects(I, T, F, T)
    x2 = mapply(backdrop, x1)
    x3 = underfill(I, TWO, x2)
    x4 = ofcolor(x3, FIVE)
    x5 = delta(x4)
    O = fill(x3, ZERO, x5)
    return O


def solve_c663677b__search1(I):
    'enumerative search, view identity: repair_periodic'
    x1 = ofcolor(I, ZERO)
    x2 = shape(I)
    x3 = canvas(ONE, x2)
    x4 = fill(x3, ZERO, x1)
    x5 = objects(x4, T, F, T)
    x6 = compose(hfrontier, ulcorner)
    x7 = compose(hfrontier, lrcorner)
    x8 = fork(combine, x6, x7)
    x9 = compose(backdrop, x8)
    x10 = compose(vfrontier, ulcorner)
    x11 = compose(vfrontier, lrcorner)
    x12 = fork(combine, x10, x11)
    x13 = compose(backdrop, x12)
    x14 = mapply(x9, x5)
    x15 = mapply(x13, x5)
    x16 = fill(I, ZERO, x14)
    x17 = fill(I, ZERO, x15)
    x18 = hperiod(x16)
    x19 = vperiod(x17)
    x20 = tojvec(x18)
    x21 = invert(x20)
    x22 = toivec(x19)
    x23 = invert(x22)
    x24 = asobject(I)
    x25 = shift(x24, x20)
    x26 = paint(I, x25)
    x27 = toobject(x1, x26)
    x28 = paint(I, x27)
    x29 = ofcolor(x28, ZERO)
    x30 = asobject(x28)
    x31 = shift(x30, x21)
    x32 = paint(x28, x31)
    x33 = toobject(x29, x32)
    x34 = paint(x28, x33)
    x35 = ofcolor(x34, ZERO)
    x36 = asobject(x34)
    x37 = shift(x36, x22)
    x38 = paint(x34, x37)
    x39 = toobject(x35, x38)
    x40 = paint(x34, x39)
    x41 = ofcolor(x40, ZERO)
    x42 = asobject(x40)
    x43 = shift(x42, x23)
    x44 = paint(x40, x43)
    x45 = toobject(x41, x44)
    x46 = paint(x40, x45)
    x47 = ofcolor(x46, ZERO)
    x48 = asobject(x46)
    x49 = shift(x48, x20)
    x50 = paint(x46, x49)
    x51 = toobject(x47, x50)
    x52 = paint(x46, x51)
    x53 = ofcolor(x52, ZERO)
    x54 = asobject(x52)
    x55 = shift(x54, x21)
    x56 = paint(x52, x55)
    x57 = toobject(x53, x56)
    x58 = paint(x52, x57)
    x59 = ofcolor(x58, ZERO)
    x60 = asobject(x58)
    x61 = shift(x60, x22)
    x62 = paint(x58, x61)
    x63 = toobject(x59, x62)
    x64 = paint(x58, x63)
    x65 = ofcolor(x64, ZERO)
    x66 = asobject(x64)
    x67 = shift(x66, x23)
    x68 = paint(x64, x67)
    x69 = toobject(x65, x68)
    O = paint(x64, x69)
    return O


def solve_66f2d22f__search1(I):
    'enumerative search, view identity: lr_nor[5]'
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = ofcolor(x1, ZERO)
    x4 = ofcolor(x2, ZERO)
    x5 = intersection(x3, x4)
    x6 = shape(x1)
    x7 = canvas(ZERO, x6)
    O = fill(x7, FIVE, x5)
    return O


def solve_e0fb7511__search1(I):
    'enumerative search, view identity: recolor_big_of[0, 8]'
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = rbind(greater, ONE)
    x4 = compose(x3, size)
    x5 = mfilter(x2, x4)
    O = fill(I, EIGHT, x5)
    return O


def solve_c7d4e6ad__search1(I):
    'enumerative search, view identity: recolor_by_row_head[5]'
    x1 = height(I)
    x2 = interval(ZERO, x1, ONE)
    x3 = compose(hfrontier, toivec)
    x4 = lbind(index, I)
    x5 = compose(x4, toivec)
    x6 = fork(recolor, x5, x3)
    x7 = mapply(x6, x2)
    x8 = paint(I, x7)
    x9 = ofcolor(I, FIVE)
    x10 = toobject(x9, x8)
    O = paint(I, x10)
    return O


def solve_292dd178__search1(I):
    'enumerative search, view rankcolors: fill_delta[3] over the 0s of: leak_from_gap[3]'
    x1 = rankcolors(I)
    x2 = objects(x1, T, F, T)
    x3 = mapply(delta, x2)
    x4 = fill(x1, THREE, x3)
    x5 = objects(x1, T, F, T)
    x6 = fork(difference, box, toindices)
    x7 = compose(size, x6)
    x8 = matcher(x7, ONE)
    x9 = sfilter(x5, x8)
    x10 = compose(ulcorner, x6)
    x11 = compose(dneighbors, x10)
    x12 = compose(backdrop, inbox)
    x13 = fork(intersection, x11, x12)
    x14 = compose(ulcorner, x13)
    x15 = fork(subtract, x10, x14)
    x16 = fork(shoot, x10, x15)
    x17 = mapply(x16, x9)
    x18 = underfill(x1, THREE, x17)
    x19 = ofcolor(x4, ZERO)
    x20 = toobject(x19, x18)
    x21 = paint(x4, x20)
    O = unrankcolors(x21, I)
    return O


def solve_34b99a2b__search1(I):
    'enumerative search, view identity: lr_xor[2]'
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = ofcolor(x1, ZERO)
    x4 = ofcolor(x2, ZERO)
    x5 = combine(x3, x4)
    x6 = intersection(x3, x4)
    x7 = difference(x5, x6)
    x8 = shape(x1)
    x9 = canvas(ZERO, x8)
    O = fill(x9, TWO, x7)
    return O


def solve_68b67ca3__search1(I):
    'enumerative search, view identity: compress'
    O = compress(I)
    return O


def solve_1a2e2828__search1(I):
    'enumerative search, view identity: sparsest_color_cell[1], recoloured {1: 3, 2: 6, 3: 1, 4: 8}'
    x1 = objects(I, T, F, T)
    x2 = compose(size, delta)
    x3 = argmax(x1, x2)
    x4 = color(x3)
    x5 = canvas(x4, UNITY)
    x6 = switch(x5, ONE, THREE)
    x7 = replace(x6, TWO, SIX)
    O = replace(x7, FOUR, EIGHT)
    return O


def solve_506d28a5__search1(I):
    'enumerative search, view dmirror: overlay_lr[3]'
    x1 = dmirror(I)
    x2 = lefthalf(x1)
    x3 = righthalf(x1)
    x4 = cellwise(x2, x3, THREE)
    O = dmirror(x4)
    return O


def solve_929ab4e9__search1(I):
    'enumerative search, view identity: heal_symmetry[2]'
    x1 = vmirror(I)
    x2 = ofcolor(I, TWO)
    x3 = toobject(x2, x1)
    x4 = paint(I, x3)
    x5 = hmirror(x4)
    x6 = ofcolor(x4, TWO)
    x7 = toobject(x6, x5)
    x8 = paint(x4, x7)
    x9 = vmirror(x8)
    x10 = ofcolor(x8, TWO)
    x11 = toobject(x10, x9)
    O = paint(x8, x11)
    return O


def solve_929ab4e9__search2(I):
    'enumerative search, view identity: replace[2, 6] -> heal_symmetry[6]'
    x1 = replace(I, TWO, SIX)
    x2 = vmirror(x1)
    x3 = ofcolor(x1, SIX)
    x4 = toobject(x3, x2)
    x5 = paint(x1, x4)
    x6 = hmirror(x5)
    x7 = ofcolor(x5, SIX)
    x8 = toobject(x7, x6)
    x9 = paint(x5, x8)
    x10 = vmirror(x9)
    x11 = ofcolor(x9, SIX)
    x12 = toobject(x11, x10)
    O = paint(x9, x12)
    return O


def solve_e1baa8a4__search1(I):
    'enumerative search, view identity: dedupe'
    x1 = asobject(I)
    x2 = shift(x1, DOWN)
    x3 = intersection(x1, x2)
    x4 = shape(I)
    x5 = canvas(ZERO, x4)
    x6 = fill(x5, ONE, x3)
    x7 = frontiers(x6)
    x8 = colorfilter(x7, ONE)
    x9 = sfilter(x8, hline)
    x10 = apply(uppermost, x9)
    x11 = height(I)
    x12 = interval(ZERO, x11, ONE)
    x13 = rbind(contained, x10)
    x14 = compose(flip, x13)
    x15 = sfilter(x12, x14)
    x16 = lbind(sfilter, x10)
    x17 = lbind(lbind, greater)
    x18 = compose(x16, x17)
    x19 = compose(size, x18)
    x20 = chain(toivec, invert, x19)
    x21 = rbind(toobject, I)
    x22 = chain(x21, hfrontier, toivec)
    x23 = fork(shift, x22, x20)
    x24 = mapply(x23, x15)
    x25 = size(x15)
    x26 = width(I)
    x27 = astuple(x25, x26)
    x28 = canvas(ZERO, x27)
    x29 = paint(x28, x24)
    x30 = dmirror(x29)
    x31 = asobject(x30)
    x32 = shift(x31, DOWN)
    x33 = intersection(x31, x32)
    x34 = shape(x30)
    x35 = canvas(ZERO, x34)
    x36 = fill(x35, ONE, x33)
    x37 = frontiers(x36)
    x38 = colorfilter(x37, ONE)
    x39 = sfilter(x38, hline)
    x40 = apply(uppermost, x39)
    x41 = height(x30)
    x42 = interval(ZERO, x41, ONE)
    x43 = rbind(contained, x40)
    x44 = compose(flip, x43)
    x45 = sfilter(x42, x44)
    x46 = lbind(sfilter, x40)
    x47 = lbind(lbind, greater)
    x48 = compose(x46, x47)
    x49 = compose(size, x48)
    x50 = chain(toivec, invert, x49)
    x51 = rbind(toobject, x30)
    x52 = chain(x51, hfrontier, toivec)
    x53 = fork(shift, x52, x50)
    x54 = mapply(x53, x45)
    x55 = size(x45)
    x56 = width(x30)
    x57 = astuple(x55, x56)
    x58 = canvas(ZERO, x57)
    x59 = paint(x58, x54)
    O = dmirror(x59)
    return O


def solve_cd3c21df__search1(I):
    'enumerative search, view rankcolors: crop_color[3]'
    x1 = rankcolors(I)
    x2 = ofcolor(x1, THREE)
    x3 = subgrid(x2, x1)
    O = unrankcolors(x3, I)
    return O


def solve_e345f17b__search1(I):
    'enumerative search, view identity: lr_nor[4]'
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = ofcolor(x1, ZERO)
    x4 = ofcolor(x2, ZERO)
    x5 = intersection(x3, x4)
    x6 = shape(x1)
    x7 = canvas(ZERO, x6)
    O = fill(x7, FOUR, x5)
    return O
