"""recipes/smoke.yml, the structure check of the 8B recipe on a tiny random Llama-3-shaped model,
through the real CLI (`accelerate launch --cpu -m axolotl.cli.train`): it trains, loss decreases, and
the saved adapter loads with peft and changes the model. `make smoke` itself: tests/test_make_smoke.py."""

import json
import subprocess
import sys

import pytest
import torch

from conftest import ROOT

pytestmark = pytest.mark.slow


def test_smoke_trains_and_loss_decreases(smoke_run):
    from eval.run_summary import losses, trainer_state

    state = trainer_state(str(smoke_run))
    assert state["global_step"] == state["max_steps"] == 30
    curve = losses(state)
    assert len(curve) >= 3
    assert curve[-1][1] < curve[0][1] - 0.05, f"loss did not decrease: {curve}"


def test_smoke_adapter_loads_with_peft_and_changes_outputs(smoke_run, smoke_model):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    config = json.loads((smoke_run / "adapter_config.json").read_text())
    assert config["peft_type"] == "LORA" and config["r"] == 16
    assert set(config["target_modules"]) == {
        "q_proj",
        "k_proj",
        "v_proj",
        "o_proj",
        "gate_proj",
        "up_proj",
        "down_proj",
    }
    base = AutoModelForCausalLM.from_pretrained(smoke_model)
    ids = torch.tensor([[128000, 27, 882, 29, 9906]])
    with torch.no_grad():
        before = base(ids).logits
        tuned = PeftModel.from_pretrained(base, smoke_run)
        after = tuned(ids).logits
    assert not torch.allclose(before, after), "a trained adapter must change the logits"


def test_smoke_writes_data_report_and_summary(smoke_run):
    report = json.loads((smoke_run / "xlam_data_report.json").read_text())
    assert report["rows_in"] == 400 and report["rows_tokenized"] == 400
    out = subprocess.run(
        [sys.executable, "-m", "eval.run_summary", str(smoke_run)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "steps:    30 / 30" in out and "adapter_model.safetensors" in out and "MISSING" not in out
