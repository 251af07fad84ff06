"""Liger's RoPE inside axolotl's LoRA attention forward.

axolotl 0.19 applies `lora_qkv_kernel` / `lora_o_kernel` by rewriting the attention class's forward
from its source and executing it in `axolotl.monkeypatch.lora_kernels`, importing the names it
uses, `apply_rotary_pos_emb` among them, from the model's module at that moment. The Liger plugin
patches the model's module (`liger_rope: true`) afterwards, in the plugins' pre-model-load hook, so
the rewritten forward keeps calling transformers' RoPE: per layer four multiplies, two slices and a
concatenation in the forward pass and their gradients in the backward, instead of one fused kernel
each way. `route_rope(model)` points the rewritten forward at the function the model's module
binds now.
"""

from __future__ import annotations

import importlib

REWRITTEN_FORWARD = "axolotl_attn_forward"  # the name axolotl gives the forward it rewrites
ROPE = "apply_rotary_pos_emb"


def rewritten_attention_classes(model) -> list[type]:
    """The attention classes of `model` whose forward axolotl's LoRA kernel patch rewrote."""
    classes = {type(m) for m in model.modules()}
    return sorted(
        (c for c in classes if getattr(c.forward, "__name__", "") == REWRITTEN_FORWARD),
        key=lambda c: c.__name__,
    )


def route_rope(model) -> list[str]:
    """Make each rewritten attention forward call the RoPE function its model's module binds now;
    the names of the classes whose forward changed."""
    routed = []
    for cls in rewritten_attention_classes(model):
        module_rope = getattr(importlib.import_module(cls.__module__), ROPE, None)
        names = cls.forward.__globals__
        if module_rope is None or ROPE not in names or names[ROPE] is module_rope:
            continue
        names[ROPE] = module_rope
        routed.append(cls.__name__)
    return routed
