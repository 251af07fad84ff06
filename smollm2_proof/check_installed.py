"""`python -m smollm2_proof.check_installed STAGE`: fail fast, before any GPU work, when a package a
stage of `smollm2_proof/run_gpu.sh` imports is missing or broken, naming each with the command that
installs it. Each module is imported, not only looked up: a package whose own dependency is missing
(xgrammar without apache-tvm-ffi, say) fails here rather than after an hour of training."""

from __future__ import annotations

import importlib
import sys

ON_PATH = "run from the project root with it on PYTHONPATH (export PYTHONPATH=$PWD)"
INSTALL = {
    "transformers": "pip install transformers",
    "gguf": "pip install gguf",
    "bfcl_eval": "pip install --no-deps bfcl-eval==2026.3.23",
    "axolotl": "pip install 'axolotl[deepspeed]==0.19.0'",
    "xgrammar": "pip install xgrammar==0.2.8",
    "prompt_strategies": ON_PATH,
    "data_builders": ON_PATH,
    "eval": ON_PATH,
}
# What each stage imports: prepare dequantises the GGUF and reads BFCL's data, train runs axolotl
# with the XLAM strategy, eval scores with BFCL's answers and decodes with xgrammar.
STAGES = {
    "prepare": ["transformers", "gguf", "bfcl_eval", "data_builders"],
    "train": ["axolotl", "prompt_strategies"],
    "eval": ["bfcl_eval", "xgrammar", "eval"],
}
STAGES["pipeline"] = STAGES["train"] + STAGES["eval"]


def missing(modules: list[str]) -> dict[str, str]:
    """{module: why it cannot be imported} for each module that cannot be."""
    out = {}
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception as exc:  # an ImportError, or a package that breaks while importing
            out[name] = f"{type(exc).__name__}: {exc}"
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0] not in STAGES:
        print(f"usage: python -m smollm2_proof.check_installed {'|'.join(STAGES)}", file=sys.stderr)
        return 2
    stage = args[0]
    broken = missing(STAGES[stage])
    for name, why in broken.items():
        print(f"run_gpu.sh {stage}: cannot import {name} ({why}); fix: {INSTALL[name]}", file=sys.stderr)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
