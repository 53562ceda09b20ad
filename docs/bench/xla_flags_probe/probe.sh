#!/bin/bash
# usage: probe.sh SIZE  (writes $OUT/probe/*.json)
mkdir -p $OUT/probe
N=piece_fullest_cells,stamp_first_piece,piece_colors,connect_hv,repair_periodic,piece_fullest,stripe_majority,piece_odd,diagonals_own,open_2x2,overlay_thirds,recolor_closed,hlines_except,fill_enclosed_squares,recolor_size_rank,crop_common_shape,connect_pairs,vlines,neighbors_of,fill_box,most_colorful_object,fill_enclosed,replace,switch,largest_object,rot90,upscale,tile,compress,trim
i=0
for F in "" "--xla_gpu_autotune_level=0" "--xla_gpu_disable_gpuasm_optimizations=true" "--xla_llvm_disable_expensive_passes=true" "--xla_gpu_autotune_level=0 --xla_gpu_disable_gpuasm_optimizations=true --xla_llvm_disable_expensive_passes=true"; do
  XLA_FLAGS="$F" JAX_ENABLE_COMPILATION_CACHE=false timeout 170 python3 docs/bench/xla_flags_probe/xla_flags_probe.py $N $1 > $OUT/probe/$i.json 2> $OUT/probe/$i.err
  python3 -c "import json;d=json.load(open('$OUT/probe/$i.json'));print(repr(d['flags']),d['lower_s'],d['compile_wall_s'],d['compile_sum_s'],d['run_sum_s'])" || tail -3 $OUT/probe/$i.err
  i=$((i+1))
done
