"""Rows per call of the search kernels that run faster in fewer.

A search compiles each transform's kernel for `chunk_rows` rows a call (65,536
on an H100). The kernels named here are compiled for FEWER_ROWS instead
(`kernels.Compilations.rows_of`). The table changes no kernel's result, only
its calls' size, which the executable cache keys anyway: it lives apart from
`kernels.py`, whose source fingerprints every cached kernel, so that editing it
does not re-key them all.
"""

from __future__ import annotations

from batt_jax.search.transforms import Transform

# Rows per call for the kernels that run faster per row in calls of 8,192 rows
# than of 65,536 on an H100. Some slow down far more than in proportion to
# their rows (`python -m batt_jax.search.probe` on real ARC grids, µs a row at
# 65,536 against 8,192: elbow_parts 7.2 against 1.05, crosses_own 7.7 against
# 1.5, dashed_rays_right 8.1 against 1.7); for others, about as fast either
# way, calls of few rows pay less padding (piece_fill_mark screened 116,000
# rows of a warm run in 7 s, three times its probed cost). Chosen by the
# probe (docs/bench/search/h100_rows_probe), then checked in a full warm run
# of ARC-AGI-1 evaluation against the one before (device seconds per row):
# those that were slower there are not listed, kernels cheap enough a row
# (recolor_touching, 0.2-0.3 µs) that 8 times the calls cost more than the
# rows save. A search never calls these with more rows than `chunk_rows`.
FEWER_ROWS = 8192
CALL_ROWS = {name: FEWER_ROWS for name in (
    "elbow_parts", "crosses_own", "dashed_rays_right", "widest_object", "complete_lines",
    "leak_from_gap", "connect_hv", "delta_of_color_groups", "piece_fullest_cells",
    "assemble_on_color", "perforate", "recolor_lower_half", "move_piece_to_mark",
    "crop_common_shape", "shoot_from_gap", "crop_most_of_color_on_black", "stripe_majority",
    "recolor_closed", "diag_ray_of", "hlines_except", "singles_shoot_away", "piece_colors",
    "recolor_by_top_mark", "piece_fullest", "piece_fill_mark", "dedupe", "crop_odd_pattern",
    "copy_fullest_piece")}


def call_rows(transform: Transform, chunk_rows: int) -> int:
  """Rows per call of the transform's kernel in a search of `chunk_rows` (before
  any cut to fit the device's memory): `CALL_ROWS`' where fewer."""
  return min(chunk_rows, CALL_ROWS.get(transform.name, chunk_rows))
