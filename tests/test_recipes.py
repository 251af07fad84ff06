"""Every recipe and launcher config is valid for axolotl 0.19 offline, and recipes/xlam.yml carries
the original run's hyperparameters exactly (read from the YAML, then from what axolotl builds of it)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from recipe_lint.report import lint

RECIPES = sorted((ROOT / "recipes").glob("*.yml"))
LAUNCHERS = ROOT / "recipes" / "launchers"
DEEPSPEED = sorted(LAUNCHERS.glob("*.json"))
ORIGINAL_PATH = ROOT / "recipes" / "xlam.yml"
ORIGINAL = yaml.safe_load(ORIGINAL_PATH.read_text())

# The original run, key by key.
ORIGINAL_HYPERPARAMETERS = {
    "base_model": "meta-llama/Meta-Llama-3-8B-Instruct",
    "val_set_size": 0.1,
    "seed": 42,
    "adapter": "qlora",
    "load_in_4bit": True,
    "bnb_config_kwargs": {
        "bnb_4bit_quant_type": "nf4",
        "bnb_4bit_use_double_quant": True,
        "bnb_4bit_compute_dtype": "float16",
    },
    "lora_r": 16,
    "lora_alpha": 16,
    "lora_dropout": 0.05,
    "lora_target_modules": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
    "micro_batch_size": 4,
    "gradient_accumulation_steps": 8,
    "optimizer": "paged_adamw_8bit",
    "learning_rate": 1e-4,
    "lr_scheduler": "linear",
    "warmup_ratio": 0.1,
    "max_steps": 1000,
    "logging_steps": 10,
    "save_steps": 250,
    "gradient_checkpointing": True,
    "gradient_checkpointing_kwargs": {"use_reentrant": False},
    "fp16": True,
    "bf16": False,
    "sequence_len": 1024,
    "wandb_project": "func_calls_llm",
    "output_dir": "/mnt/data/output/llama-3-8b-function-calling",
    "trust_remote_code": False,
}

# Meta-Llama-3-8B-Instruct's config.json (the architecture; no weights are needed to validate).
LLAMA3_8B_CONFIG = {
    "architectures": ["LlamaForCausalLM"],
    "attention_bias": False,
    "attention_dropout": 0.0,
    "bos_token_id": 128000,
    "eos_token_id": 128009,
    "hidden_act": "silu",
    "hidden_size": 4096,
    "initializer_range": 0.02,
    "intermediate_size": 14336,
    "max_position_embeddings": 8192,
    "model_type": "llama",
    "num_attention_heads": 32,
    "num_hidden_layers": 32,
    "num_key_value_heads": 8,
    "pretraining_tp": 1,
    "rms_norm_eps": 1e-05,
    "rope_scaling": None,
    "rope_theta": 500000.0,
    "tie_word_embeddings": False,
    "torch_dtype": "bfloat16",
    "use_cache": True,
    "vocab_size": 128256,
}


@pytest.fixture(scope="module")
def llama3_8b_dir(tmp_path_factory, tokenizer) -> Path:
    """A local 'model folder' as a user would have at /mnt/data/models/...: config + tokenizer."""
    path = tmp_path_factory.mktemp("Meta-Llama-3-8B-Instruct")
    (path / "config.json").write_text(json.dumps(LLAMA3_8B_CONFIG))
    tokenizer.save_pretrained(path)
    return path


def test_original_recipe_carries_every_hyperparameter():
    for key, want in ORIGINAL_HYPERPARAMETERS.items():
        assert ORIGINAL.get(key) == want, f"recipes/xlam.yml {key}: {ORIGINAL.get(key)!r} != {want!r}"
    assert isinstance(ORIGINAL["learning_rate"], float)  # YAML reads a bare 1e-4 as a string
    (dataset,) = ORIGINAL["datasets"]
    assert dataset == {"path": "Salesforce/xlam-function-calling-60k", "type": "prompt_strategies.xlam"}
    assert "prompt_strategies.plugin.XlamPlugin" in ORIGINAL["plugins"]
    assert ORIGINAL["deepspeed"] is None and "fsdp_config" not in ORIGINAL  # DDP; launchers are opt-in


def test_wandb_entity_comes_from_the_environment():
    assert ORIGINAL["wandb_entity"] is None
    assert not re.search(
        r"^\s*wandb_(entity|api_key):\s*\S+\s*(#.*)?$",
        ORIGINAL_PATH.read_text().replace("wandb_entity:\n", ""),
        re.M,
    )
    from axolotl.utils.dict import DictDefault
    from axolotl.utils.wandb_ import setup_wandb_env_vars

    os.environ["WANDB_ENTITY"] = "my-team"
    try:
        setup_wandb_env_vars(DictDefault(dict(ORIGINAL)))  # what load_cfg does with the recipe
        assert os.environ["WANDB_ENTITY"] == "my-team"
        assert os.environ["WANDB_PROJECT"] == "func_calls_llm"
    finally:
        for key in ("WANDB_ENTITY", "WANDB_PROJECT"):
            os.environ.pop(key, None)


@pytest.mark.parametrize("recipe", RECIPES, ids=lambda p: p.name)
def test_every_recipe_passes_lint_and_axolotl_validation(recipe, monkeypatch):
    monkeypatch.chdir(ROOT)
    report = lint(recipe.relative_to(ROOT), world_size=16)
    assert report.problems == [], "\n".join(map(str, report.problems))
    assert dict(report.rows)["axolotl validation"].startswith("ok")


@pytest.mark.parametrize("path", DEEPSPEED, ids=lambda p: p.name)
def test_deepspeed_configs_parse_with_auto_batch_values(path):
    from deepspeed.runtime.zero.config import DeepSpeedZeroConfig

    ds = json.loads(path.read_text())
    for key in (
        "train_micro_batch_size_per_gpu",
        "gradient_accumulation_steps",
        "train_batch_size",
        "gradient_clipping",
    ):
        assert ds[key] == "auto", f"{path.name}: {key} must be auto (filled from the recipe)"
    zero = {k: (1 if v == "auto" else v) for k, v in ds["zero_optimization"].items()}
    assert DeepSpeedZeroConfig(**zero).stage == int(path.name[4])
    assert "optimizer" not in ds  # the recipe's optimizer (paged_adamw_8bit, ...) is used


def test_the_three_zero_stages_are_committed():
    assert [p.name for p in DEEPSPEED] == ["zero1.json", "zero2.json", "zero3_bf16.json"]
    assert json.loads((LAUNCHERS / "zero3_bf16.json").read_text())["bf16"]["enabled"] is True


def test_fsdp2_block_is_what_axolotl_reads():
    from axolotl.utils.schemas.fsdp import FSDPConfig

    block = yaml.safe_load((LAUNCHERS / "fsdp2.yml").read_text())
    assert set(block) == {"fsdp_version", "fsdp_config"} and block["fsdp_version"] == 2
    FSDPConfig.model_validate(block["fsdp_config"])
    assert set(block["fsdp_config"]) <= set(FSDPConfig.model_fields)


@pytest.mark.parametrize("recipe", ["xlam.yml", "xlam-qlora-fast.yml", "xlam-lora-fast.yml"])
@pytest.mark.parametrize("launcher", ["zero1.json", "zero2.json", "zero3_bf16.json", "fsdp2.yml"])
def test_recipe_with_each_launcher_validates(recipe, launcher, monkeypatch):
    """Selecting a launcher is one line (deepspeed:) or the fsdp2 block; axolotl accepts each pair,
    except ZeRO-3 bf16 with the fp16 original recipe, which the lint rejects on purpose."""
    monkeypatch.chdir(ROOT)
    path = ROOT / "recipes" / recipe
    assert path.exists(), f"{path} is missing: restore it or drop it from this test's parameters"
    text = path.read_text()
    if launcher.endswith(".json"):
        text, n = re.subn(r"^deepspeed:.*$", f"deepspeed: recipes/launchers/{launcher}", text, flags=re.M)
        assert n == 1, f"{recipe} must have exactly one `deepspeed:` line to edit"
    else:
        text += (LAUNCHERS / launcher).read_text()
    report = lint(path.relative_to(ROOT), world_size=16, text=text)
    problems = "\n".join(map(str, report.problems))
    if recipe == "xlam.yml" and launcher == "zero3_bf16.json":
        assert "bf16.enabled=True but the recipe gives False" in problems
    else:
        assert report.ok, problems


def test_fsdp2_by_command_line_override(llama3_8b_dir, clean_env):
    """The README's override form: --deepspeed=None --fsdp_version=2 --fsdp_config=... on load_cfg."""
    from axolotl.cli.config import load_cfg

    block = yaml.safe_load((LAUNCHERS / "fsdp2.yml").read_text())
    cfg = load_cfg(
        str(ORIGINAL_PATH),
        base_model=str(llama3_8b_dir),
        output_dir=str(llama3_8b_dir / "out"),
        deepspeed=None,
        **block,
    )
    assert cfg.fsdp_version == 2 and cfg.fsdp_config.auto_wrap_policy == "TRANSFORMER_BASED_WRAP"
    assert os.environ["ACCELERATE_USE_FSDP"] == "true" and os.environ["FSDP_VERSION"] == "2"


def test_base_model_is_one_line_and_loads_offline_from_a_local_folder(llama3_8b_dir, clean_env, tmp_path):
    """Point base_model at a local folder by editing one line; axolotl's full load_cfg (validation,
    normalisation, model config) then runs with HF_HUB_OFFLINE=1."""
    from axolotl.cli.config import load_cfg

    lines = ORIGINAL_PATH.read_text().splitlines(keepends=True)
    edited = [re.sub(r"^base_model: \S+", f"base_model: {llama3_8b_dir}", line) for line in lines]
    assert sum(a != b for a, b in zip(lines, edited)) == 1
    recipe = tmp_path / "xlam-local.yml"
    recipe.write_text("".join(edited))
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    cfg = load_cfg(str(recipe), output_dir=str(tmp_path / "out"))
    assert cfg.base_model == str(llama3_8b_dir)
    assert cfg.model_config_type == "llama" and cfg.is_llama_derived_model
    assert str(cfg.torch_dtype) == "torch.float16"
    assert cfg.batch_size == 32  # micro 4 x accum 8 on one process


def test_axolotl_builds_the_seed_quantization_and_lora_config(llama3_8b_dir, clean_env, smoke_model):
    """Not just the YAML: the BitsAndBytesConfig and LoraConfig that axolotl builds from it."""
    import torch
    from axolotl.cli.config import load_cfg
    from axolotl.loaders.adapter import load_lora
    from axolotl.loaders.model import ModelLoader
    from transformers import AutoModelForCausalLM

    cfg = load_cfg(str(ORIGINAL_PATH), base_model=str(llama3_8b_dir), output_dir=str(llama3_8b_dir / "out"))
    loader = ModelLoader(cfg, tokenizer=None)
    loader._set_quantization_config()
    bnb = loader.model_kwargs["quantization_config"]
    assert bnb.load_in_4bit and bnb.bnb_4bit_quant_type == "nf4" and bnb.bnb_4bit_use_double_quant
    assert bnb.bnb_4bit_compute_dtype == torch.float16

    model = AutoModelForCausalLM.from_pretrained(smoke_model)  # same module names as Llama 3 8B
    _, lora = load_lora(model, cfg, config_only=True)
    assert (lora.r, lora.lora_alpha, lora.lora_dropout, lora.bias) == (16, 16, 0.05, "none")
    assert set(lora.target_modules) == set(ORIGINAL_HYPERPARAMETERS["lora_target_modules"])


README = (ROOT / "recipes" / "README.md").read_text()


def test_readme_table_lists_every_recipe_with_its_global_batch():
    rows = {
        m.group(1): m.group(2)
        for m in re.finditer(
            r"^\| \[`([\w.-]+\.yml)`\]\([^)]*\) \|(?:[^|\n]*\|){2} ([^|\n]*) \|", README, re.M
        )
    }
    assert set(rows) == {p.name for p in RECIPES}, "recipes/README.md table must list every recipe"
    for recipe in RECIPES:
        cfg = yaml.safe_load(recipe.read_text())
        per_gpu = cfg["micro_batch_size"] * cfg["gradient_accumulation_steps"]
        numbers = [int(n) for n in re.findall(r"^(\d+)(?: / (\d+) / (\d+))?", rows[recipe.name])[0] if n]
        assert numbers in ([per_gpu], [per_gpu, 8 * per_gpu, 16 * per_gpu]), (recipe.name, rows[recipe.name])


def test_readme_fsdp2_command_line_equals_the_launcher_block():
    from fire.parser import DefaultParseValue  # how axolotl.cli.train parses --key=value

    line = next(l for l in README.splitlines() if "--fsdp_config=" in l and l.startswith("accelerate"))
    args = dict(re.findall(r'--(\w+)=("[^"]*"|\S+)', line))
    parsed = {k: DefaultParseValue(v.strip('"')) for k, v in args.items()}
    block = yaml.safe_load((LAUNCHERS / "fsdp2.yml").read_text())
    assert parsed == {
        "deepspeed": None,
        "fsdp_version": block["fsdp_version"],
        "fsdp_config": block["fsdp_config"],
    }
