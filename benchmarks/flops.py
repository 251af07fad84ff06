"""Model FLOPs per trained token, from a recipe (adapter, lora_r, target modules) and the model's
config.json, and the MFU they give.

Frozen base weights (LoRA / QLoRA) cost a forward matmul (2 FLOPs per weight) and the input
gradient (2 more) but no weight gradient; trainable weights (LoRA A and B, or every weight of a
full fine-tune) cost 6. Causal attention costs 6·d·s² per layer for a sample of s tokens (QKᵀ and
AV at 2·s²·d each, halved by the mask, backward twice the forward), so 6·L·d·E[s²]/E[s] per token
over samples of mixed length. Gradient checkpointing recomputes the forward: counted separately
(`with_recompute`), not in the model FLOPs behind MFU. Padding is never counted.
"""

from __future__ import annotations

ALL_PROJECTIONS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")


def projection_shapes(cfg: dict) -> dict[str, tuple[int, int]]:
    """(in, out) features of each linear layer of one Llama decoder layer."""
    h, inter = cfg["hidden_size"], cfg["intermediate_size"]
    head_dim = cfg.get("head_dim") or h // cfg["num_attention_heads"]
    q = cfg["num_attention_heads"] * head_dim
    kv = cfg.get("num_key_value_heads", cfg["num_attention_heads"]) * head_dim
    return {
        "q_proj": (h, q),
        "k_proj": (h, kv),
        "v_proj": (h, kv),
        "o_proj": (q, h),
        "gate_proj": (h, inter),
        "up_proj": (h, inter),
        "down_proj": (inter, h),
    }


def matmul_params(cfg: dict) -> int:
    """Weights that take part in a matmul per token: every projection of every layer plus lm_head
    (the embedding lookup costs no FLOPs)."""
    per_layer = sum(i * o for i, o in projection_shapes(cfg).values())
    return cfg["num_hidden_layers"] * per_layer + cfg["hidden_size"] * cfg["vocab_size"]


def lora_targets(recipe: dict) -> list[str]:
    if recipe.get("lora_target_linear"):
        return list(ALL_PROJECTIONS)
    targets = recipe.get("lora_target_modules") or []
    if isinstance(targets, str):
        targets = [targets]
    unknown = [t for t in targets if t not in ALL_PROJECTIONS]
    if unknown:
        raise ValueError(f"lora_target_modules {unknown}: FLOPs are known for {', '.join(ALL_PROJECTIONS)}")
    return list(targets)


def lora_params(cfg: dict, recipe: dict) -> int:
    """Trainable LoRA weights: r·(in + out) per targeted projection per layer."""
    shapes = projection_shapes(cfg)
    r = int(recipe["lora_r"])
    return cfg["num_hidden_layers"] * sum(r * sum(shapes[t]) for t in lora_targets(recipe))


def flops_per_token(cfg: dict, recipe: dict, lengths: list[int]) -> dict:
    """Model FLOPs per non-pad token of `recipe` training the model of `cfg` on samples of
    `lengths` tokens (each sample attends only to itself, packed or not)."""
    n_mm = matmul_params(cfg)
    s2_over_s = sum(x * x for x in lengths) / sum(lengths)
    attention = 6 * cfg["num_hidden_layers"] * cfg["hidden_size"] * s2_over_s
    if recipe.get("adapter") in ("lora", "qlora"):
        n_train = lora_params(cfg, recipe)
        weights = 4 * n_mm + 6 * n_train
        forward = 2 * n_mm + 2 * n_train
    else:
        n_train = n_mm
        weights = 6 * n_mm
        forward = 2 * n_mm
    per_token = weights + attention
    recompute = (forward + attention / 3) if recipe.get("gradient_checkpointing") else 0.0
    return {
        "N_matmul": n_mm,
        "N_trainable": n_train,
        "E[s^2]/E[s]": s2_over_s,
        "attention": attention,
        "per_token": per_token,
        "with_recompute": per_token + recompute,
    }


def mfu(tokens_per_s: float, per_token: float, peak_flops: float) -> float:
    return tokens_per_s * per_token / peak_flops
