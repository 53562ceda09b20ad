#!/usr/bin/env bash
# What-if: the whole library on the tasks that fit 16x16, at other capacities (one process each).
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl >/dev/null 2>&1
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1
B="--data=.prof/fit16 --execution=nodewise --chunk_size=400 --batch_size=4096 --compact_slots=on --repeats=5 --reference_pairs=50 --compile_processes=16"
for cfg in "$@"; do
  side=${cfg%x*}; k=${cfg#*x}
  BATT_SIDE=$side BATT_MAX_OBJECTS=$k timeout 170 python -m batt_jax.bench $B --out_dir=$OUT/s${side}k${k} > $OUT/s${side}k${k}_log.txt 2>&1
  echo "== side $side K $k rc=$?"; grep -h "workload\|run, median\|cold compile\|evaluations/s" $OUT/s${side}k${k}/results.md
done
