r"""Benchmarks the compiled path against the reference interpreter on one workload.

    python -m batt_jax.bench --flagfile=configs/bench.cfg
    python -m batt_jax.bench --flagfile=configs/bench.cfg --count=20 --programs=32 \
        --sweep_devices=1,2 --out_dir=/tmp/bench

Measures, on the tasks and library the flags give: the reference interpreter
(one core) on a random sample of (program, sample) pairs; the compiled path
on the local devices (cold compile, steady-state throughput, peak device
memory, end to end with the persistent cache warm); and, when asked, throughput
against batch size, number of programs and number of devices. Writes
results.json, results.md and the sweeps' plots to --out_dir, after every stage.
"""

from absl import app
from absl import flags
from absl import logging
import jax

from batt_jax.bench import harness
from batt_jax.bench import report
from batt_jax.bench import workload
from batt_jax.dsl.jax import slots
from batt_jax.runtime import coordinator
from batt_jax.runtime import engine
from batt_jax.runtime import nodewise

_DATA = flags.DEFINE_list(
    "data", ["arc1-train"], "Datasets (embedded names or paths), comma-separated.")
_COUNT = flags.DEFINE_integer(
    "count", None, "Tasks from the start of each dataset (default: all).", lower_bound=1)
_LIBRARY = flags.DEFINE_string(
    "library", "default", "'default' or comma-separated files / folders of solver programs.")
_PROGRAMS = flags.DEFINE_integer(
    "programs", 0, "Keep the first this many library programs (0: all).", lower_bound=0)
_MUTATIONS = flags.DEFINE_integer(
    "mutations", 0, "Variants per library program.", lower_bound=0)
_SEED = flags.DEFINE_integer("seed", 0, "Mutation seed; also picks the reference pairs.")
_BATCH_SIZE = flags.DEFINE_integer(
    "batch_size", 256, "Samples per compiled call, split over the devices.", lower_bound=1)
_CHUNK_SIZE = flags.DEFINE_integer(
    "chunk_size", 64, "Programs per compiled chunk.", lower_bound=1)
_EXECUTION = flags.DEFINE_enum(
    "execution", "fused", engine.EXECUTIONS,
    "fused: one executable per chunk; nodewise: one per distinct call, run node by node "
    "(give it a --chunk_size of the whole library).")
_PARITY_TASKS = flags.DEFINE_integer(
    "parity_tasks", -1, "After the throughput, compare every program's values on the devices "
    "with the CPU's on this many of the workload's tasks, spread over them (bench/parity.py; "
    "0: no check; -1: 40 on accelerators, none on the CPU). The DSL's parity is proven on the "
    "CPU; this checks what XLA compiled for the device.", lower_bound=-1)
_PROFILE_KERNELS = flags.DEFINE_bool(
    "profile_kernels", False, "With --execution=nodewise: time every kernel call (blocking) "
    "in one extra run and report the twenty costliest kernels and the time by primitive; "
    "then trace one plain run with jax.profiler: device time by XLA operation kind.")
_COMPILE_PROCESSES = flags.DEFINE_integer(
    "compile_processes", -1, "With --execution=nodewise: worker processes that compile the "
    "executables the executable cache lacks (0: none, in this process; -1: one per host CPU "
    "on accelerators, none on the CPU).", lower_bound=-1)
_DISPATCH_THREADS = flags.DEFINE_integer(
    "dispatch_threads", 1, "With --execution=nodewise: host threads calling a run's kernels, "
    "each as soon as its operands' calls return (1: in the plan's order).", lower_bound=1)
_CHAIN_NODES = flags.DEFINE_enum("chain_nodes", "auto", nodewise.CHAIN_CHOICES,
                                 nodewise.CHAIN_FLAG_HELP)
_GROUP_STEPS = flags.DEFINE_string("group_steps", "auto", nodewise.GROUP_FLAG_HELP)
flags.register_validator("group_steps", nodewise.is_group_choice,
                         "--group_steps must be auto or a positive integer")
_STACK_STEPS = flags.DEFINE_enum("stack_steps", "off", nodewise.STACK_CHOICES,
                                 nodewise.STACK_FLAG_HELP)
_DEVICES = flags.DEFINE_integer(
    "devices", 0, "Local devices to use (0: all).", lower_bound=0)
_HOST_DEVICES = flags.DEFINE_integer(
    "host_devices", 0,
    "CPU only: split the host into this many XLA devices (0: jax's default), so "
    "that --devices and --sweep_devices can exceed 1 on a CPU.", lower_bound=0)
_MEASURE_WORKLOAD = flags.DEFINE_bool(
    "measure_workload", True, "The main measurement (cold compile, run, warm end to end); "
    "--nomeasure_workload runs only the reference and the sweeps (a devices sweep in one "
    "bounded command).")
_REFERENCE_PAIRS = flags.DEFINE_integer(
    "reference_pairs", 2000, "Random (program, sample) pairs timed on the reference "
    "interpreter.", lower_bound=1)
_REFERENCE_ANSWERS = flags.DEFINE_integer(
    "reference_answers", 0, "Run the reference interpreter over the whole workload on this "
    "many processes and digest its answers as the devices' are (0: not): the same digest "
    "proves the devices' submission and report end to end.", lower_bound=0)
_REPEATS = flags.DEFINE_integer(
    "repeats", 3, "Timed runs of the workload; the median is reported.", lower_bound=1)
_SWEEP_REPEATS = flags.DEFINE_integer(
    "sweep_repeats", 3, "Timed runs per sweep point.", lower_bound=1)
_SWEEP_BATCH_SIZES = flags.DEFINE_list(
    "sweep_batch_sizes", [], "Batch sizes to sweep, e.g. 64,256,1024,4096 (empty: none).")
_SWEEP_MUTATIONS = flags.DEFINE_list(
    "sweep_mutations", [], "Mutations per program to sweep, e.g. 0,1,4,9 (up to 10x the "
    "library; empty: none).")
_SWEEP_DEVICES = flags.DEFINE_list(
    "sweep_devices", [], "Device counts to sweep, e.g. 1,2 (empty: none).")
_OUT_DIR = flags.DEFINE_string(
    "out_dir", None, "Where to write results.json, results.md and the plots "
    "(default: docs/bench/<device-kind>-x<devices>).")
_COMPACT_SLOTS = flags.DEFINE_enum("compact_slots", "auto", slots.MODES, slots.FLAG_HELP)
_XLA_OPTIONS = flags.DEFINE_list("xla_options", [], coordinator.XLA_OPTIONS_FLAG_HELP)


def _ints(values, name: str):
  try:
    return tuple(int(v) for v in values)
  except ValueError:
    raise app.UsageError(f"--{name} takes comma-separated integers, got {values}") from None


def config_from_flags() -> harness.Config:
  spec = workload.Spec(data=tuple(_DATA.value), count=_COUNT.value, library=_LIBRARY.value,
                       programs=_PROGRAMS.value, mutations=_MUTATIONS.value, seed=_SEED.value,
                       chunk_size=_CHUNK_SIZE.value)
  return harness.Config(
      spec=spec, batch_size=_BATCH_SIZE.value, execution=_EXECUTION.value,
      profile_kernels=_PROFILE_KERNELS.value, devices=_DEVICES.value,
      parity_tasks=None if _PARITY_TASKS.value < 0 else _PARITY_TASKS.value,
      compile_processes=None if _COMPILE_PROCESSES.value < 0 else _COMPILE_PROCESSES.value,
      dispatch_threads=_DISPATCH_THREADS.value, chain_nodes=_CHAIN_NODES.value,
      group_steps=_GROUP_STEPS.value, stack_steps=_STACK_STEPS.value,
      measure_workload=_MEASURE_WORKLOAD.value,
      reference_pairs=_REFERENCE_PAIRS.value, reference_answers=_REFERENCE_ANSWERS.value,
      repeats=_REPEATS.value,
      sweep_repeats=_SWEEP_REPEATS.value,
      sweep_batch_sizes=_ints(_SWEEP_BATCH_SIZES.value, "sweep_batch_sizes"),
      sweep_mutations=_ints(_SWEEP_MUTATIONS.value, "sweep_mutations"),
      sweep_devices=_ints(_SWEEP_DEVICES.value, "sweep_devices"))


def flag_values() -> dict:
  """This benchmark's flags (every one defined above) and their values, for the report."""
  return {holder.name: holder.value for holder in globals().values()
          if isinstance(holder, flags.FlagHolder)}


def main(argv):
  if len(argv) > 1:
    raise app.UsageError(f"unexpected arguments: {' '.join(argv[1:])}")
  slots.set_mode(_COMPACT_SLOTS.value)  # before anything is traced
  if _HOST_DEVICES.value:
    # Read when the CPU backend starts, so before anything asks for devices.
    jax.config.update("jax_num_cpu_devices", _HOST_DEVICES.value)
  config = config_from_flags()
  devices = harness.select_devices(config.devices)
  if not coordinator.apply_xla_options_flag(_XLA_OPTIONS.value, devices):
    return 1
  out_dir = _OUT_DIR.value or report.default_out_dir(devices[0].device_kind, len(devices))
  results = harness.run(config, flags=flag_values(),
                        on_stage=lambda results: report.write(results, out_dir))
  for name, value in report.summary_rows(results):
    logging.info("%-52s %s", name, value)
  logging.info("wrote %s", ", ".join(report.write(results, out_dir)))
  return 0


if __name__ == "__main__":
  app.run(main)
