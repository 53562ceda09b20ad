cd "${TREE:?a clone with probes/side_env.diff applied and .prof/fit16 from probes/fit_tasks.py}"
export PYTHONPATH=$TREE
for side in 16 30; do
  BATT_SIDE=$side timeout 1500 python -m batt_jax.bench --data=.prof/fit16 --count=120 --programs=60 --execution=nodewise --chunk_size=400 --batch_size=512 --compact_slots=on --repeats=3 --reference_pairs=50 --profile_kernels --out_dir=${OUT:-/tmp}/cpu_s$side > ${OUT:-/tmp}/cpu_s${side}_log.txt 2>&1
  echo "side $side rc=$?"
done
