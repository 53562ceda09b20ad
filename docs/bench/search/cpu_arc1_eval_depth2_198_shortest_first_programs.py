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
    'enumerative search, view identity: crop_most_of_color[5]'
    x1 = objects(I, F, F, T)
    x2 = rbind(colorcount, FIVE)
    x3 = argmax(x1, x2)
    O = subgrid(x3, I)
    return O


def solve_f5aa3634__search2(I):
    'enumerative search, view rankcolors: crop_most_of_color[1]'
    x1 = rankcolors(I)
    x2 = objects(x1, F, F, T)
    x3 = rbind(colorcount, ONE)
    x4 = argmax(x2, x3)
    x5 = subgrid(x4, x1)
    O = unrankcolors(x5, I)
    return O


def solve_195ba7dc__search1(I):
    'enumerative search, view identity: overlay_lr[1], recoloured {7: 1}'
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = cellwise(x1, x2, ONE)
    O = replace(x3, SEVEN, ONE)
    return O


def solve_5d2a5c43__search1(I):
    'enumerative search, view identity: overlay_lr[1], recoloured {1: 8, 4: 8}'
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = cellwise(x1, x2, ONE)
    x4 = replace(x3, ONE, EIGHT)
    O = replace(x4, FOUR, EIGHT)
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


def solve_d19f7514__search1(I):
    'enumerative search, view dmirror: overlay_lr[4]'
    x1 = dmirror(I)
    x2 = lefthalf(x1)
    x3 = righthalf(x1)
    x4 = cellwise(x2, x3, FOUR)
    O = dmirror(x4)
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
