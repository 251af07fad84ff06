#!/usr/bin/env bash
# The SmolLM2 function-calling run on one GPU, in stages (docs/results.md gives the full sequence).
#   smollm2_proof/run_gpu.sh prepare [GGUF]   # GGUF -> .cache/smollm2-135m; BFCL live + synthetic -> .cache/smollm2-data
#   smollm2_proof/run_gpu.sh train VARIANT    # abstain (the recipe) | noabstain | lora
#   smollm2_proof/run_gpu.sh eval OUT [--no-base] [LABEL=DIR ...]   # BFCL non-live report
# Logs go to $LOGS (default outputs/logs). Needs the project on PYTHONPATH and axolotl installed.
set -euo pipefail
export AXOLOTL_DO_NOT_TRACK=1 HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 WANDB_MODE=disabled \
  TOKENIZERS_PARALLELISM=false PYTHONUNBUFFERED=1
PY=${PY:-python3}
LOGS=${LOGS:-outputs/logs}
RECIPE=recipes/smollm2-fc.yml
mkdir -p "$LOGS"

stage=${1:?usage: $0 prepare|train|eval ...}; shift
case "$stage" in
  prepare)
    $PY data_builders/prepare_smollm2.py .cache/smollm2-135m ${1:+--gguf "$1"} 2>&1 | grep -v "de-quantizing" | tail -3
    $PY -m data_builders.bfcl_train --synthetic 2000 --seed 0 --out .cache/smollm2-data/train.jsonl
    ;;
  train)
    variant=${1:?train abstain|noabstain|lora}
    case "$variant" in
      abstain)   args=() ;;
      noabstain) args=(--xlam_abstain_fraction=0.0 --dataset_prepared_path=.cache/prepared/smollm2-fc-abstain0) ;;
      lora)      args=(--adapter=lora --lora_r=32 --lora_alpha=64 --lora_dropout=0.0 --lora_target_linear=true
                       --bf16=true --tf32=false --learning_rate=0.0005) ;;
      *) echo "unknown variant $variant (abstain|noabstain|lora)" >&2; exit 2 ;;
    esac
    start=$(date +%s)
    $PY -m accelerate.commands.launch --num_processes 1 -m axolotl.cli.train "$RECIPE" \
      --output_dir="outputs/smollm2-fc-$variant" "${args[@]}" > "$LOGS/train-$variant.log" 2>&1 \
      || { tail -40 "$LOGS/train-$variant.log"; exit 1; }
    echo "train $variant: $(( $(date +%s) - start ))s"
    grep -E "XLAM data report|abstain rows added|'train_loss'|'eval_loss'" "$LOGS/train-$variant.log" | cut -c1-300 || true
    ;;
  eval)
    out=${1:?eval OUT [--no-base] [LABEL=DIR ...]}; shift
    extra=(); tuned=()
    for a in "$@"; do
      if [[ $a == --* ]]; then extra+=("$a"); else tuned+=(--tuned "$a"); fi
    done
    $PY smollm2_proof/compare.py --base .cache/smollm2-135m "${tuned[@]}" "${extra[@]}" --out "$out" \
      2>&1 | grep -v -E "generating|Loading weights" | tail -40
    ;;
  *) echo "unknown stage $stage" >&2; exit 2 ;;
esac
