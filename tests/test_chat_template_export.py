"""The plugin writes the chat template into the trained adapter dir (post_train) and into
`axolotl merge-lora`'s merged model, replacing a template the base model brought along."""

import json
import sys
from pathlib import Path

import pytest
from transformers import AutoTokenizer

from conftest import run_cmd
from prompt_strategies.chat_template import CHAT_TEMPLATE, TEMPLATE_FILE
from prompt_strategies.plugin import XlamPlugin
from prompt_strategies.render import render_prompt

BASE_TEMPLATE = "{{ bos_token }}{% for m in messages %}{{ m['content'] }}{% endfor %}"
TOOLS = [{"name": "get_weather", "parameters": {"city": {"type": "str", "description": "City."}}}]


def save_with_base_template(tokenizer, model_dir: Path) -> None:
    """A tokenizer whose tokenizer_config.json holds its own chat template, as Llama 3 Instruct's does."""
    tokenizer.save_pretrained(model_dir)
    config_file = model_dir / "tokenizer_config.json"
    config_file.write_text(
        json.dumps({**json.loads(config_file.read_text()), "chat_template": BASE_TEMPLATE})
    )
    assert AutoTokenizer.from_pretrained(model_dir).chat_template == BASE_TEMPLATE


def assert_serves_training_prompt(model_dir: Path):
    config = json.loads((model_dir / "tokenizer_config.json").read_text())
    assert "chat_template" not in config, "a second template would be ambiguous"
    assert (model_dir / TEMPLATE_FILE).read_text() == CHAT_TEMPLATE
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    prompt = tokenizer.apply_chat_template(
        [{"role": "user", "content": "Weather in Oslo?"}],
        tools=TOOLS,
        add_generation_prompt=True,
        tokenize=False,
    )
    assert prompt == "<|begin_of_text|>" + render_prompt("Weather in Oslo?", TOOLS)


def test_post_train_writes_the_template_over_the_base_one(tokenizer, tmp_path):
    from axolotl.utils.dict import DictDefault

    save_with_base_template(tokenizer, tmp_path)
    XlamPlugin().post_train(DictDefault(output_dir=str(tmp_path)), model=None)
    assert_serves_training_prompt(tmp_path)


@pytest.mark.slow
def test_merged_model_carries_the_template(smoke_model, tmp_path):
    """A LoRA adapter on the smoke model merged by the real `axolotl merge-lora` (CPU); the base
    model's own template (added here) must not survive the merge."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    base = tmp_path / "base"
    AutoModelForCausalLM.from_pretrained(smoke_model).save_pretrained(base)
    save_with_base_template(AutoTokenizer.from_pretrained(smoke_model), base)
    torch.manual_seed(0)
    lora = get_peft_model(
        AutoModelForCausalLM.from_pretrained(base), LoraConfig(r=4, target_modules=["q_proj", "v_proj"])
    )
    lora.save_pretrained(tmp_path / "adapter")
    run_cmd(
        [
            str(Path(sys.executable).parent / "axolotl"),
            "merge-lora",
            "recipes/smoke.yml",
            f"--base-model={base}",
            f"--lora-model-dir={tmp_path / 'adapter'}",
            f"--output-dir={tmp_path / 'out'}",
        ],
        tmp_path / "merge.log",
        timeout=300,
    )
    assert (tmp_path / "out" / "merged" / "model.safetensors").is_file()
    assert_serves_training_prompt(tmp_path / "out" / "merged")
