#!/usr/bin/env bash
# TILES A/B: the whole library, one process per tile count.
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl >/dev/null 2>&1
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1
B="--data=arc1-train,arc1-eval --execution=nodewise --chunk_size=400 --batch_size=4096 --compact_slots=on --repeats=5 --reference_pairs=20 --compile_processes=16"
for t in "$@"; do
  BATT_MAP_TILES=$t timeout 175 python -m batt_jax.bench $B --out_dir=$OUT/tiles$t > $OUT/tiles${t}_log.txt 2>&1
  echo "== tiles $t rc=$?"; grep -h "run, median\|cold compile\|evaluations/s" $OUT/tiles$t/results.md
  python3 -c "import json;d=json.load(open('$OUT/tiles$t/results.json'));print(d['jax']['run']['times_s'])"
done
