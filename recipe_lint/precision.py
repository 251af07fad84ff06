"""The training dtype, and the QLoRA storage dtype that FSDP / ZeRO-3 sharding must agree with."""

from __future__ import annotations

from recipe_lint.launchers import zero_stage
from recipe_lint.recipe_yaml import Recipe


def training_dtype(cfg: dict) -> str:
    return "bfloat16" if cfg.get("bf16") is True else "float16" if cfg.get("fp16") else "float32"


def precision_label(cfg: dict) -> str:
    return {"bfloat16": "bf16", "float16": "fp16", "float32": "fp32"}[training_dtype(cfg)]


def quant_storage_warnings(recipe: Recipe) -> list[str]:
    """QLoRA sharded by FSDP / ZeRO-3 stores the packed 4-bit weights as bnb_4bit_quant_storage
    (axolotl's default bfloat16); the sharding wants it to be the dtype of the other weights."""
    cfg = recipe.cfg
    if cfg.get("adapter") != "qlora" or not (cfg.get("fsdp_config") or zero_stage(recipe) == 3):
        return []
    kwargs = cfg.get("bnb_config_kwargs") if isinstance(cfg.get("bnb_config_kwargs"), dict) else {}
    storage = kwargs.get("bnb_4bit_quant_storage", "bfloat16")
    train = training_dtype(cfg)
    if str(storage).removeprefix("torch.") == train:
        return []
    return [
        f"QLoRA sharded with FSDP/ZeRO-3 stores 4-bit weights as {storage} but trains in {train}: "
        f"set bnb_config_kwargs.bnb_4bit_quant_storage: {train} (or train in bf16)"
    ]
