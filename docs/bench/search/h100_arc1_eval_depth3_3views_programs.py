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


def solve_e133d23d__search2(I):
    'enumerative search, view rankcolors: recolor_largest[1] -> overlay_lr[5]'
    x1 = rankcolors(I)
    x2 = objects(x1, T, F, T)
    x3 = argmax(x2, size)
    x4 = fill(x1, ONE, x3)
    x5 = lefthalf(x4)
    x6 = righthalf(x4)
    x7 = cellwise(x5, x6, FIVE)
    O = unrankcolors(x7, I)
    return O


def solve_9ddd00f0__search1(I):
    'enumerative search, view rankcolors: symmetrise_d -> symmetric_mask[1]'
    x1 = rankcolors(I)
    x2 = dmirror(x1)
    x3 = asobject(x2)
    x4 = underpaint(x1, x3)
    x5 = vmirror(x4)
    x6 = cellwise(x4, x5, ONE)
    O = unrankcolors(x6, I)
    return O


def solve_9ddd00f0__search2(I):
    'enumerative search, view identity: symmetrise_rot180 -> symmetrise_d'
    x1 = rot180(I)
    x2 = asobject(x1)
    x3 = underpaint(I, x2)
    x4 = dmirror(x3)
    x5 = asobject(x4)
    O = underpaint(x3, x5)
    return O


def solve_9a4bb226__search1(I):
    'enumerative search, view identity: most_colorful_object[0, 0]'
    x1 = objects(I, F, F, T)
    x2 = argmax(x1, numcolors)
    O = subgrid(x2, I)
    return O


def solve_9a4bb226__search2(I):
    'enumerative search, view identity: replace[0, 4] -> most_colorful_object[0, 0]'
    x1 = replace(I, ZERO, FOUR)
    x2 = objects(x1, F, F, T)
    x3 = argmax(x2, numcolors)
    O = subgrid(x3, x1)
    return O


def solve_59341089__search1(I):
    'enumerative search, view identity: hconcat_vmirror_first -> hrepeat'
    x1 = vmirror(I)
    x2 = hconcat(x1, I)
    O = hconcat(x2, x2)
    return O


def solve_60c09cac__search1(I):
    'enumerative search, view identity: upscale[2]'
    O = upscale(I, TWO)
    return O


def solve_60c09cac__search2(I):
    'enumerative search, view identity: replace[1, 0] -> upscale[2]'
    x1 = replace(I, ONE, ZERO)
    O = upscale(x1, TWO)
    return O


def solve_3194b014__search1(I):
    'enumerative search, view rankcolors: symmetry_flag[0, 3] -> upscale[3]'
    x1 = rankcolors(I)
    x2 = vmirror(x1)
    x3 = equality(x1, x2)
    x4 = branch(x3, ZERO, THREE)
    x5 = canvas(x4, UNITY)
    x6 = upscale(x5, THREE)
    O = unrankcolors(x6, I)
    return O


def solve_e633a9e5__search1(I):
    'enumerative search, view rankcolors: upscale[3] -> downscale[2]'
    x1 = rankcolors(I)
    x2 = upscale(x1, THREE)
    x3 = downscale(x2, TWO)
    O = unrankcolors(x3, I)
    return O


def solve_21f83797__search1(I):
    'enumerative search, view identity: cross_of_color[2, 2] -> fill_enclosed[0, 1]'
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, TWO)
    x3 = compose(hfrontier, center)
    x4 = compose(vfrontier, center)
    x5 = mapply(x3, x2)
    x6 = mapply(x4, x2)
    x7 = combine(x5, x6)
    x8 = underfill(I, TWO, x7)
    x9 = objects(x8, T, F, F)
    x10 = colorfilter(x9, ZERO)
    x11 = rbind(bordering, x8)
    x12 = compose(flip, x11)
    x13 = mfilter(x10, x12)
    O = fill(x8, ONE, x13)
    return O


def solve_833dafe3__search1(I):
    'enumerative search, view identity: vconcat_hmirror_first -> hconcat_vmirror_first'
    x1 = hmirror(I)
    x2 = vconcat(x1, I)
    x3 = vmirror(x2)
    O = hconcat(x3, x2)
    return O


def solve_be03b35f__search1(I):
    'enumerative search, view dmirror: crop_corner[2] -> rot90'
    x1 = dmirror(I)
    x2 = astuple(TWO, TWO)
    x3 = crop(x1, ORIGIN, x2)
    x4 = rot90(x3)
    O = dmirror(x4)
    return O


def solve_f5aa3634__search1(I):
    'enumerative search, view identity: crop_most_of_color[5]'
    x1 = objects(I, F, F, T)
    x2 = rbind(colorcount, FIVE)
    x3 = argmax(x1, x2)
    O = subgrid(x3, I)
    return O


def solve_f5aa3634__search2(I):
    'enumerative search, view identity: crop_common_shape[0, 0]'
    x1 = objects(I, F, F, T)
    x2 = lbind(occurrences, I)
    x3 = compose(size, x2)
    x4 = argmax(x1, x3)
    O = subgrid(x4, I)
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


def solve_31d5ba1a__search2(I):
    'enumerative search, view identity: tb_xor[4] -> recolor_foreground[6]'
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = ofcolor(x1, ZERO)
    x4 = ofcolor(x2, ZERO)
    x5 = combine(x3, x4)
    x6 = intersection(x3, x4)
    x7 = difference(x5, x6)
    x8 = shape(x1)
    x9 = canvas(ZERO, x8)
    x10 = fill(x9, FOUR, x7)
    x11 = objects(x10, F, T, T)
    x12 = merge(x11)
    O = fill(x10, SIX, x12)
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


def solve_5d2a5c43__search2(I):
    'enumerative search, view identity: overlay_lr[8] -> keep_color[0]'
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = cellwise(x1, x2, EIGHT)
    x4 = mostcolor(x3)
    x5 = ofcolor(x3, ZERO)
    x6 = shape(x3)
    x7 = canvas(x4, x6)
    O = fill(x7, ZERO, x5)
    return O


def solve_d56f2372__search1(I):
    'enumerative search, view dmirror: replace[3, 0] -> tallest_object[0, 1]'
    x1 = dmirror(I)
    x2 = replace(x1, THREE, ZERO)
    x3 = objects(x2, F, T, T)
    x4 = argmax(x3, height)
    x5 = subgrid(x4, x2)
    O = dmirror(x5)
    return O


def solve_84f2aca1__search1(I):
    'enumerative search, view identity: recolor_single_of[0, 5] -> fill_backdrop[7]'
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = sizefilter(x2, ONE)
    x4 = merge(x3)
    x5 = fill(I, FIVE, x4)
    x6 = objects(x5, T, F, T)
    x7 = mapply(backdrop, x6)
    O = underfill(x5, SEVEN, x7)
    return O


def solve_fc754716__search1(I):
    'enumerative search, view rankcolors: replace[1, 0] -> border[1]'
    x1 = rankcolors(I)
    x2 = replace(x1, ONE, ZERO)
    x3 = asindices(x2)
    x4 = box(x3)
    x5 = fill(x2, ONE, x4)
    O = unrankcolors(x5, I)
    return O


def solve_32e9702f__search1(I):
    'enumerative search, view dmirror: shift_up -> replace[0, 5]'
    x1 = dmirror(I)
    x2 = mostcolor(x1)
    x3 = asobject(x1)
    x4 = shift(x3, UP)
    x5 = shape(x1)
    x6 = canvas(x2, x5)
    x7 = paint(x6, x4)
    x8 = replace(x7, ZERO, FIVE)
    O = dmirror(x8)
    return O


def solve_bf699163__search1(I):
    'enumerative search, view identity: bottomhalf -> largest_object[0, 0]'
    x1 = bottomhalf(I)
    x2 = objects(x1, F, F, T)
    x3 = argmax(x2, size)
    O = subgrid(x3, x1)
    return O


def solve_bf699163__search2(I):
    'enumerative search, view identity: bottomhalf -> widest_object[0, 0]'
    x1 = bottomhalf(I)
    x2 = objects(x1, F, F, T)
    x3 = argmax(x2, width)
    O = subgrid(x3, x1)
    return O


def solve_d19f7514__search1(I):
    'enumerative search, view dmirror: overlay_lr[4]'
    x1 = dmirror(I)
    x2 = lefthalf(x1)
    x3 = righthalf(x1)
    x4 = cellwise(x2, x3, FOUR)
    O = dmirror(x4)
    return O


def solve_d19f7514__search2(I):
    'enumerative search, view dmirror: remove_singletons -> overlay_lr[4]'
    x1 = dmirror(I)
    x2 = objects(x1, F, T, T)
    x3 = sizefilter(x2, ONE)
    x4 = merge(x3)
    x5 = cover(x1, x4)
    x6 = lefthalf(x5)
    x7 = righthalf(x5)
    x8 = cellwise(x6, x7, FOUR)
    O = dmirror(x8)
    return O


def solve_0d87d2a6__search1(I):
    'enumerative search, view identity: connect_hv[1, 2] -> recolor_largest[1]'
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, ONE)
    x3 = rbind(shoot, RIGHT)
    x4 = compose(x3, center)
    x5 = mapply(x4, x2)
    x6 = rbind(shoot, LEFT)
    x7 = compose(x6, center)
    x8 = mapply(x7, x2)
    x9 = rbind(shoot, UP)
    x10 = compose(x9, center)
    x11 = mapply(x10, x2)
    x12 = rbind(shoot, DOWN)
    x13 = compose(x12, center)
    x14 = mapply(x13, x2)
    x15 = intersection(x5, x8)
    x16 = intersection(x11, x14)
    x17 = combine(x15, x16)
    x18 = underfill(I, TWO, x17)
    x19 = objects(x18, T, F, T)
    x20 = argmax(x19, size)
    O = fill(x18, ONE, x20)
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


def solve_0c786b71__search1(I):
    'enumerative search, view identity: vconcat_hmirror_first -> hconcat_vmirror_first'
    x1 = hmirror(I)
    x2 = vconcat(x1, I)
    x3 = vmirror(x2)
    O = hconcat(x3, x2)
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


def solve_66f2d22f__search2(I):
    'enumerative search, view identity: gravitate_to[2, 3] -> lr_nor[5]'
    x1 = fgpartition(I)
    x2 = colorfilter(x1, TWO)
    x3 = colorfilter(x1, THREE)
    x4 = first(x2)
    x5 = first(x3)
    x6 = gravitate(x4, x5)
    x7 = cover(I, x4)
    x8 = shift(x4, x6)
    x9 = paint(x7, x8)
    x10 = lefthalf(x9)
    x11 = righthalf(x9)
    x12 = ofcolor(x10, ZERO)
    x13 = ofcolor(x11, ZERO)
    x14 = intersection(x12, x13)
    x15 = shape(x10)
    x16 = canvas(ZERO, x15)
    O = fill(x16, FIVE, x14)
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


def solve_e0fb7511__search2(I):
    'enumerative search, view identity: fill_delta[1] -> recolor_big_of[0, 8]'
    x1 = objects(I, T, F, T)
    x2 = mapply(delta, x1)
    x3 = fill(I, ONE, x2)
    x4 = objects(x3, T, F, F)
    x5 = colorfilter(x4, ZERO)
    x6 = rbind(greater, ONE)
    x7 = compose(x6, size)
    x8 = mfilter(x5, x7)
    O = fill(x3, EIGHT, x8)
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


def solve_68b67ca3__search2(I):
    'enumerative search, view identity: replace[4, 0] -> compress'
    x1 = replace(I, FOUR, ZERO)
    O = compress(x1)
    return O


def solve_1a2e2828__search1(I):
    'enumerative search, view identity: smallest_color_part -> least_color_cell'
    x1 = fgpartition(I)
    x2 = argmin(x1, size)
    x3 = subgrid(x2, I)
    x4 = leastcolor(x3)
    O = canvas(x4, UNITY)
    return O


def solve_506d28a5__search1(I):
    'enumerative search, view dmirror: overlay_lr[3]'
    x1 = dmirror(I)
    x2 = lefthalf(x1)
    x3 = righthalf(x1)
    x4 = cellwise(x2, x3, THREE)
    O = dmirror(x4)
    return O


def solve_506d28a5__search2(I):
    'enumerative search, view rankcolors: recolor_smallest[2] -> overlay_tb[4]'
    x1 = rankcolors(I)
    x2 = objects(x1, T, F, T)
    x3 = argmin(x2, size)
    x4 = fill(x1, TWO, x3)
    x5 = tophalf(x4)
    x6 = bottomhalf(x4)
    x7 = cellwise(x5, x6, FOUR)
    O = unrankcolors(x7, I)
    return O


def solve_cd3c21df__search1(I):
    'enumerative search, view rankcolors: crop_color[3]'
    x1 = rankcolors(I)
    x2 = ofcolor(x1, THREE)
    x3 = subgrid(x2, x1)
    O = unrankcolors(x3, I)
    return O


def solve_cd3c21df__search2(I):
    'enumerative search, view rankcolors: recolor_smallest[0] -> crop_color[3]'
    x1 = rankcolors(I)
    x2 = objects(x1, T, F, T)
    x3 = argmin(x2, size)
    x4 = fill(x1, ZERO, x3)
    x5 = ofcolor(x4, THREE)
    x6 = subgrid(x5, x4)
    O = unrankcolors(x6, I)
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


def solve_e345f17b__search2(I):
    'enumerative search, view identity: lr_nor[5] -> fill_box[4]'
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = ofcolor(x1, ZERO)
    x4 = ofcolor(x2, ZERO)
    x5 = intersection(x3, x4)
    x6 = shape(x1)
    x7 = canvas(ZERO, x6)
    x8 = fill(x7, FIVE, x5)
    x9 = objects(x8, T, F, T)
    x10 = mapply(box, x9)
    O = fill(x8, FOUR, x10)
    return O
