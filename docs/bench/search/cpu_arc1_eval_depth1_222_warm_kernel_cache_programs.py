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


def solve_9ddd00f0__search1(I):
    'enumerative search, view identity: rot90 over the 0s of: symmetrise_rot180'
    x1 = rot90(I)
    x2 = rot180(I)
    x3 = asobject(x2)
    x4 = underpaint(I, x3)
    x5 = ofcolor(x1, ZERO)
    x6 = toobject(x5, x4)
    O = paint(x1, x6)
    return O


def solve_9ddd00f0__search2(I):
    'enumerative search, view identity: rot180 over the 0s of: symmetrise_d'
    x1 = rot180(I)
    x2 = dmirror(I)
    x3 = asobject(x2)
    x4 = underpaint(I, x3)
    x5 = ofcolor(x1, ZERO)
    x6 = toobject(x5, x4)
    O = paint(x1, x6)
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
    'enumerative search, view identity: crosses_own[1], recoloured {1: 2}'
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
    O = replace(x16, ONE, TWO)
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


def solve_27f8ce4f__search1(I):
    'enumerative search, view identity: fractal_of_most'
    x1 = shape(I)
    x2 = height(I)
    x3 = width(I)
    x4 = mostcolor(I)
    x5 = ofcolor(I, x4)
    x6 = canvas(ZERO, x1)
    x7 = fill(x6, ONE, x5)
    x8 = hupscale(x7, x3)
    x9 = vupscale(x8, x2)
    x10 = repeatgrid(I, x1)
    x11 = ofcolor(x9, ONE)
    x12 = toobject(x11, x10)
    x13 = shape(x10)
    x14 = canvas(ZERO, x13)
    O = paint(x14, x12)
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
