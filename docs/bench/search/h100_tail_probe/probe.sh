#!/bin/bash
# Tail kernels in a search: fill, A (off), B1 (tails compile), B2 (tails loaded). See README.md.
python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .whl/*.whl
export PYTHONPATH=/tmp/site:.
T=piece_colors,piece_odd,piece_fill_mark,crop_most_of_color_on_black,elbow_parts,piece_fullest_cells,dashed_rays_right,piece_fullest,crosses_own,reach_largest_of,replace,connect_hv
C=${CHUNK:-65536}; TAIL=${TAIL:-8192}; N=${N:-200}
common="--data=arc1-eval --count=$N --transforms=$T --depth=2 --time_budget=1000 --chunk_rows=$C --compile_cache=.jax_cache --views=identity,dmirror,rankcolors --nodeepen_bases"
for run in fill A B1 B2; do
  mkdir -p $OUT/$run
  case $run in fill) extra="--depth=1 --count=20";; A) extra="";; *) extra="--tail_rows=$TAIL";; esac
  timeout ${LIMIT:-150} python -m batt_jax.search $common $extra --report=$OUT/$run/report.json --output=$OUT/$run/sub.json --programs=$OUT/$run/p.py > $OUT/$run/log.txt 2>&1
  echo "$run rc=$?"; grep -v progress.py $OUT/$run/log.txt | grep 'evaluations in\|test outputs right'
  python3 -c "import json; s=json.load(open('$OUT/$run/report.json'))['summary']; print({k: s[k] for k in ('search_seconds','evaluations','tasks_with_solution','tail_kernels','layers','deepened_bases')})" 2>&1 | tail -1
done
