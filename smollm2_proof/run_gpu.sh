#!/usr/bin/env bash
# The SmolLM2 function-calling runs on one GPU, in stages (docs/results.md gives the sequence).
#   smollm2_proof/run_gpu.sh prepare [GGUF]        # GGUF -> .cache/smollm2-135m; training rows -> .cache/smollm2-data
#                                                  # (train.jsonl, and train-copy.jsonl / train-no-copy.jsonl /
#                                                  #  train-multicall.jsonl / train-scale.jsonl / train-format.jsonl /
#                                                  #  train-diverse.jsonl / train-wide.jsonl / train-javajs-wide.jsonl /
#                                                  #  train-diverse-javajs.jsonl / train-diverse-multicall.jsonl
#                                                  #  for the variants of those names)
#   smollm2_proof/run_gpu.sh train VARIANT [SEED]  # -> outputs/smollm2-VARIANT-sSEED (VARIANT's recipe + overrides)
#   smollm2_proof/run_gpu.sh eval VARIANT [SEED]   # -> reports/smollm2-VARIANT-sSEED (plain and constrained)
#   smollm2_proof/run_gpu.sh pipeline VARIANT [SEED]               # train, then eval both ways
# VARIANT joins variants with '+' (no-copy+lr1e-4: the former recipe at learning rate 1e-4).
# The recipe (Liger's kernels, 16 rows in one micro-batch) peaks at ~97 GiB. On an 80 GB GPU, or
# for two pipelines sharing one H200 (a 135M model leaves most of its compute idle), `+mb8` runs
# 8 x 2 accumulated rows instead (peak ~50 GiB; alone on an H200, 1.6 x slower):
#   for s in 42 43; do smollm2_proof/run_gpu.sh pipeline recipe+mb8 $s & done; wait
# Each stage first imports what it needs (smollm2_proof/check_installed.py names any package missing
# and how to install it), then skips work whose output exists (a training run: its saved weights),
# so an interrupted sequence can simply be rerun.
# Logs go to $LOGS (default outputs/logs). Needs the project on PYTHONPATH and axolotl installed.
set -euo pipefail
export AXOLOTL_DO_NOT_TRACK=1 HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 WANDB_MODE=disabled \
  TOKENIZERS_PARALLELISM=false PYTHONUNBUFFERED=1
PY=${PY:-python3}
LOGS=${LOGS:-outputs/logs}
RECIPE=recipes/smollm2-fc.yml
BASE=.cache/smollm2-135m
CATEGORIES=simple_python,simple_java,simple_javascript,multiple,parallel,parallel_multiple,irrelevance
mkdir -p "$LOGS"

# The recipe a variant trains: recipes/smollm2-fc-PART.yml for the one part of it that has one (the
# same run on another training file, written by `prepare`), otherwise recipes/smollm2-fc.yml.
recipe_of() {
  local part found="" parts
  IFS=+ read -ra parts <<< "$1"
  for part in "${parts[@]}"; do
    [[ -e recipes/smollm2-fc-$part.yml ]] || continue
    if [[ -n $found ]]; then
      echo "variant $1: $found and recipes/smollm2-fc-$part.yml both name a training file; join at most one of them" >&2
      return 2
    fi
    found=recipes/smollm2-fc-$part.yml
  done
  echo "${found:-$RECIPE}"
}

# Each variant is its recipe plus these overrides (docs/results.md says what each measured).
overrides() {
  case "$1" in
    recipe)     ;;
    copy)       ;;
    multicall)  ;;
    no-copy)    ;;
    scale)      ;;
    format)     ;;
    diverse)    ;;
    wide)       ;;
    javajs-wide) ;;
    diverse-javajs) ;;
    diverse-multicall) ;;
    e2)         echo --num_epochs=2 ;;
    e4)         echo --num_epochs=4 ;;
    lr1e-4)     echo --learning_rate=1.0e-4 ;;
    lr4e-4)     echo --learning_rate=4.0e-4 ;;
    mb16)       echo --micro_batch_size=16 --gradient_accumulation_steps=1 ;;  # same 16 rows a step, half the launches
    mb8)        echo --micro_batch_size=8 --gradient_accumulation_steps=2 ;;   # same 16 rows a step, half the memory
    neft5)      echo --neftune_noise_alpha=5 ;;    # NEFTune: noise on the input embeddings
    steps300)   echo --max_steps=300 ;;            # a short run, to time one variant against another
    compile)    echo --torch_compile=true ;;       # compiles again for each new batch length (docs/results.md)
    workers)    echo --dataloader_num_workers=4 --dataloader_pin_memory=true --dataloader_prefetch_factor=4 ;;  # loader in 4 processes
    abstain0.3) echo --xlam_abstain_fraction=0.3 ;;
    noabstain)  echo --xlam_abstain_fraction=0.0 ;;
    liger)      echo '--plugins=["prompt_strategies.plugin.XlamPlugin","axolotl.integrations.liger.LigerPlugin"]' \
                     --liger_fused_linear_cross_entropy=true --liger_rms_norm=true \
                     --liger_glu_activation=true --liger_rope=true ;;  # no fp32 logits: less memory
    lora)       echo --adapter=lora --lora_r=64 --lora_alpha=128 --lora_dropout=0.0 \
                     --lora_target_linear=true --learning_rate=1.0e-3 ;;
    *) echo "unknown variant $1 (recipe|copy|multicall|no-copy|scale|format|diverse|wide|javajs-wide|diverse-javajs|diverse-multicall|e2|e4|lr1e-4|lr4e-4|mb16|mb8|neft5|steps300|compile|workers|abstain0.3|noabstain|liger|lora)" >&2; return 2 ;;
  esac
}

# The overrides of every part of VARIANT; a key set by two parts is refused.
overrides_of() {
  local part parts flags="" key
  IFS=+ read -ra parts <<< "$1"
  for part in "${parts[@]}"; do flags+=" $(overrides "$part")" || return 2; done
  for key in $(tr ' ' '\n' <<< "$flags" | grep -o '^--[a-z0-9_]*' | sort | uniq -d); do
    echo "variant $1: $key is set by two of its parts; join variants that change different keys" >&2
    return 2
  done
  echo "$flags"
}

# A run is done once its weights are saved: axolotl writes config.json when training starts, so
# an interrupted run has one.
trained() {
  local out=outputs/$1
  [[ -e $out/model.safetensors || -e $out/model.safetensors.index.json || -e $out/adapter_model.safetensors ]]
}

train() {
  local variant=$1 seed=$2 name="smollm2-$1-s$2" extra recipe
  extra=$(overrides_of "$variant") || exit 2
  recipe=$(recipe_of "$variant") || exit 2
  if trained "$name"; then echo "train $name: done already"; return; fi
  local start; start=$(date +%s)
  # shellcheck disable=SC2086  # the overrides are separate flags
  $PY -m accelerate.commands.launch --num_processes 1 -m axolotl.cli.train "$recipe" \
    --output_dir="outputs/$name" --seed="$seed" --xlam_abstain_seed="$seed" \
    --dataset_prepared_path=".cache/prepared/$name" $extra > "$LOGS/train-$name.log" 2>&1 \
    || { tail -40 "$LOGS/train-$name.log"; exit 1; }
  echo "train $name: $(( $(date +%s) - start ))s"
  grep -E "XLAM data report|abstain rows added|'train_loss'|'eval_loss'" "$LOGS/train-$name.log" \
    | cut -c1-300 || true
}

evaluate() {  # both decodings, unconstrained and schema-constrained, in one report
  local variant=$1 seed=$2 name="smollm2-$1-s$2" model
  trained "$name" || { echo "eval $name: no weights in outputs/$name: train it first (train $variant $seed)" >&2; exit 1; }
  # compare.py reads BASE+ADAPTER, so the model's path must hold no '+': a link named without it
  ln -sfn "$name" "outputs/model-${name//+/-}"; model="outputs/model-${name//+/-}"
  [[ -e $model/adapter_config.json ]] && model="$BASE+$model"
  if [[ -e reports/$name/report.json ]]; then echo "eval $name: done already"; return; fi
  $PY -m smollm2_proof.compare --base "$BASE" --no-base --tuned "${variant//+/-} (seed $seed)=$model" \
    --categories "$CATEGORIES" --batch-size 256 --static-cache --constrained --out "reports/$name" \
    > "$LOGS/eval-$name.log" 2>&1 || { tail -40 "$LOGS/eval-$name.log"; exit 1; }
  grep -E "AST mean" "$LOGS/eval-$name.log" || true
}

# `prepare` converts the model and builds every training file side by side, each in a process of
# its own writing to $LOGS/prepare/NAME.log, then prints those logs in order; one failure fails it.
pids=() logs=()
side_by_side() {  # NAME COMMAND...
  logs+=("$LOGS/prepare/$1.log"); shift
  "$@" > "${logs[-1]}" 2>&1 &
  pids+=($!)
}
wait_side_by_side() {
  local i failed=0
  for i in "${!pids[@]}"; do
    if wait "${pids[$i]}"; then
      cat "${logs[$i]}"
    else
      echo "failed (log: ${logs[$i]}):" >&2; tail -20 "${logs[$i]}" >&2; failed=1
    fi
  done
  return "$failed"
}

convert_model() {
  $PY -m data_builders.prepare_smollm2 "$BASE" ${1:+--gguf "$1"} 2>&1 | grep -v "de-quantizing" | tail -3
}

# One training file: every non-evaluated BFCL source and the synthetic rows every file shares, then
# the rows that file adds (the command each recipe's header writes out).
training_file() {
  local out=$1; shift
  side_by_side "$out" $PY -m data_builders.bfcl_train --synthetic 1000 --rich-synthetic 5000 \
    --live-irrelevance --multi-turn --unused --java-js 1500 "$@" --seed 0 --out ".cache/smollm2-data/$out"
}

stage=${1:?usage: $0 prepare|train|eval|pipeline ...}; shift
case "$stage" in prepare|train|eval|pipeline) $PY -m smollm2_proof.check_installed "$stage" || exit 1 ;; esac
case "$stage" in
  prepare)
    mkdir -p "$LOGS/prepare"
    side_by_side model convert_model "${1:-}"
    training_file train.jsonl --rich-copy 3000 --rich-diverse 3000 --java-js-wide 1500 --near-miss-abstain-diverse 1000
    training_file train-copy.jsonl --rich-copy 3000
    training_file train-multicall.jsonl --rich-copy 3000 --rich-multi-call 2000
    training_file train-no-copy.jsonl
    training_file train-scale.jsonl --rich-copy 3000 --rich-scale 3000
    training_file train-format.jsonl --rich-copy 3000 --rich-format 3000
    training_file train-diverse.jsonl --rich-copy 3000 --rich-diverse 3000
    training_file train-wide.jsonl --rich-copy 3000 --rich-wide 3000 --near-miss-abstain 1000
    training_file train-javajs-wide.jsonl --rich-copy 3000 --java-js-wide 1500
    training_file train-diverse-javajs.jsonl --rich-copy 3000 --rich-diverse 3000 --java-js-wide 1500
    training_file train-diverse-multicall.jsonl --rich-copy 3000 --rich-diverse 3000 --java-js-wide 1500 \
      --near-miss-abstain-diverse 1000 --diverse-multi-call 2000
    wait_side_by_side || exit 1
    ;;
  train)    train "${1:?train VARIANT [SEED]}" "${2:-42}" ;;
  eval)     evaluate "${1:?eval VARIANT [SEED]}" "${2:-42}" ;;
  pipeline)
    train "${1:?pipeline VARIANT [SEED]}" "${2:-42}"
    evaluate "$1" "${2:-42}"
    ;;
  *) echo "unknown stage $stage" >&2; exit 2 ;;
esac
