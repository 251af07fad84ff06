#!/usr/bin/env bash
# One launch script for both Kubeflow flavours (Trainer v2 TrainJob, Training Operator v1 PyTorchJob).
#
#   k8s/launch.sh RECIPE [AXOLOTL_OVERRIDE ...]     e.g. k8s/launch.sh recipes/xlam.yml --max_steps=10
#
# Reads ONLY the variables both operators inject into every node:
#   PET_NNODES  PET_NODE_RANK  PET_MASTER_ADDR  PET_MASTER_PORT  PET_NPROC_PER_NODE
# and runs `accelerate launch` with explicit multi-node flags, plus
# `--use_deepspeed --deepspeed_multinode_launcher standard` when the recipe sets `deepspeed:`.
#
# The run (k8s/run_env.py): output_dir = <the recipe's output_dir>/<RUN_NAME or recipe name>-<hash of
# recipe + overrides>, also the W&B run id. A changed recipe trains a new run from step 0; the same
# recipe and RUN_NAME resumes (with --auto_resume_from_checkpoints=true).
#
# Optional (not a topology input): ACCELERATE_EXTRA_ARGS, extra `accelerate launch` flags
# placed before the script, e.g. "--mixed_precision=bf16". LAUNCH_DRY_RUN=1 prints the
# command instead of running it.
set -euo pipefail

die() {
  echo "launch.sh: ERROR: $*" >&2
  exit 2
}

[[ $# -ge 1 ]] || die "usage: launch.sh RECIPE [AXOLOTL_OVERRIDE ...] (no recipe given)"
recipe=$1
shift
[[ -f $recipe ]] || die "recipe '$recipe' not found (cwd $(pwd)); in a pod it comes from the recipes ConfigMap mounted at recipes/"

missing=()
for var in PET_NNODES PET_NODE_RANK PET_MASTER_ADDR PET_MASTER_PORT PET_NPROC_PER_NODE; do
  [[ -n ${!var:-} ]] || missing+=("$var")
done
((${#missing[@]} == 0)) || die "missing ${missing[*]}: the Kubeflow operator injects them into every node; to run by hand set all five, e.g. PET_NNODES=1 PET_NODE_RANK=0 PET_MASTER_ADDR=127.0.0.1 PET_MASTER_PORT=29500 PET_NPROC_PER_NODE=1"

is_uint() { [[ $1 =~ ^(0|[1-9][0-9]{0,8})$ ]]; } # no leading zeros: bash would read 010 as octal
is_uint "$PET_NNODES" && ((PET_NNODES >= 1)) ||
  die "PET_NNODES='$PET_NNODES' must be a positive integer (elastic ranges like '1:2' are not supported: set a fixed node count)"
is_uint "$PET_NODE_RANK" || die "PET_NODE_RANK='$PET_NODE_RANK' must be a non-negative integer"
((PET_NODE_RANK < PET_NNODES)) || die "PET_NODE_RANK=$PET_NODE_RANK is out of range for PET_NNODES=$PET_NNODES (ranks are 0..$((PET_NNODES - 1)))"
is_uint "$PET_NPROC_PER_NODE" && ((PET_NPROC_PER_NODE >= 1)) ||
  die "PET_NPROC_PER_NODE='$PET_NPROC_PER_NODE' must be a positive integer (set numProcPerNode / nprocPerNode to the GPU count, not 'auto')"
is_uint "$PET_MASTER_PORT" && ((PET_MASTER_PORT >= 1 && PET_MASTER_PORT <= 65535)) ||
  die "PET_MASTER_PORT='$PET_MASTER_PORT' must be a TCP port (1-65535)"
[[ $PET_MASTER_ADDR =~ ^[A-Za-z0-9.:_-]+$ ]] || die "PET_MASTER_ADDR='$PET_MASTER_ADDR' is not a host name or IP address"

run_vars=$(python "$(dirname "${BASH_SOURCE[0]}")/run_env.py" "$recipe" "$@") || exit 2
eval "$run_vars"
export WANDB_RUN_ID=$RUN_ID WANDB_NAME=${WANDB_NAME:-$RUN_ID}
[[ -n ${WANDB_ENTITY:-} ]] || unset WANDB_ENTITY # empty = the API key's default entity

world_size=$((PET_NNODES * PET_NPROC_PER_NODE))
cmd=(accelerate launch
  --num_machines "$PET_NNODES"
  --machine_rank "$PET_NODE_RANK"
  --main_process_ip "$PET_MASTER_ADDR"
  --main_process_port "$PET_MASTER_PORT"
  --num_processes "$world_size")

# A recipe (or an override, the last one wins) that names a DeepSpeed config gets accelerate's
# DeepSpeed launcher; `standard` = torchrun on every node (no pdsh/ssh between pods).
deepspeed=$(sed -nE 's/^deepspeed:[[:space:]]*([^[:space:]#]*).*/\1/p' "$recipe" | tail -n 1)
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case ${args[i]} in
    --deepspeed=*) deepspeed=${args[i]#--deepspeed=} ;;
    --deepspeed) deepspeed=${args[i + 1]:-} ;;
  esac
done
case $deepspeed in
  "" | None | none | null | "~") deepspeed= ;;
esac
if [[ -n $deepspeed ]]; then
  cmd+=(--use_deepspeed --deepspeed_multinode_launcher standard)
elif ((world_size > 1)); then
  cmd+=(--multi_gpu) # torchrun on every node (with ACCELERATE_USE_CPU=true on a CPU-only host: gloo)
fi

# shellcheck disable=SC2206  # word splitting of the extra flags is intended
extra=(${ACCELERATE_EXTRA_ARGS:-})
cmd+=("${extra[@]}" -m axolotl.cli.train "$recipe" "${TRAIN_ARGS[@]}")

state=new
compgen -G "$RUN_DIR/checkpoint-*" >/dev/null && state="checkpoints found"

echo "launch.sh: node $PET_NODE_RANK/$PET_NNODES, $PET_NPROC_PER_NODE proc/node, world size $world_size, master $PET_MASTER_ADDR:$PET_MASTER_PORT" >&2
echo "launch.sh: run $RUN_ID in $RUN_DIR ($state)" >&2
echo "launch.sh: ${cmd[*]}" >&2
[[ ${LAUNCH_DRY_RUN:-0} == 1 ]] && exit 0
exec "${cmd[@]}"
