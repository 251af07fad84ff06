"""CPU rehearsal of the benchmark before spending GPU time: the same driver, k8s/launch.sh, plugin,
plain HF + PEFT runner, math check, stall summary and profiler, on the tiny smoke model
(recipes/smoke.yml) with 1 and 2 CPU processes over gloo. It checks the plumbing and the math;
its tokens/s mean nothing (the processes share the CPU cores).

    python -m benchmarks.cpu_rehearsal --out /tmp/bench-cpu      # ~5.5 min on 2 cores

Variants: `one` (1 process, gradient accumulation 2), `ddp` (2 processes, accumulation 1: the same
global batch, so every step must log the same loss and grad_norm), `zero2` (the same with
`deepspeed: recipes/launchers/zero2.json`; under ACCELERATE_USE_CPU transformers does not start
DeepSpeed and trains plain DDP — the results' "ran as" column says so), `hf` (the smoke recipe
through benchmarks/original_hf.py) and `packed` (1 process with the fast recipes' sample packing, so
the guard's packing check runs: packed row vs each sample alone through axolotl's collator).
lora_dropout is 0 (dropout masks differ per process).
"""

from __future__ import annotations

import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from benchmarks import benchmark  # noqa: E402

VARIANTS = [
    "one=1:recipes/smoke.yml",
    "ddp=2:recipes/smoke.yml",
    "zero2=2:recipes/smoke.yml",
    "hf=hf:recipes/smoke.yml",
    "packed=1:recipes/smoke.yml",
]
SETS = [
    "one:gradient_accumulation_steps=2",
    "zero2:deepspeed=recipes/launchers/zero2.json",
    # the fast recipes' packing keys, so the guard's packing check runs through axolotl's collator
    "packed:sample_packing=true",
    "packed:pad_to_sequence_len=true",
    "packed:attn_implementation=sdpa",
]


def rehearsal_args(out: str, work: str, steps: int, model: str) -> list[str]:
    args = [
        "--cpu",
        "--out",
        out,
        "--work",
        work,
        "--model",
        model,
        "--rows",
        "200",
        "--steps",
        str(steps),
        "--warmup",
        "1",
        "--unpacked-steps",
        str(steps),
        "--unpacked-warmup",
        "1",
        "--compare-steps",
        str(steps),
        "--profile",
        "--profile-steps",
        "1",
    ]
    for spec in VARIANTS:
        name = spec.split("=", 1)[0]
        args += ["--variant", spec, "--set", f"{name}:lora_dropout=0.0"]
        if not spec.startswith("hf="):  # axolotl pins device_map to a GPU index when WORLD_SIZE > 1
            args += ["--set", f'{name}:max_memory={{"cpu": "8GiB"}}']
    for s in SETS:
        args += ["--set", s]
    return args


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--work", default="/tmp/xlam-bench-cpu")
    ap.add_argument("--steps", type=int, default=4)
    a = ap.parse_args(argv)
    smoke = os.path.join(ROOT, ".cache", "smoke-model")
    if not os.path.exists(os.path.join(smoke, "config.json")):
        raise SystemExit(f"{smoke} missing: run `python -m data_builders.prepare_smoke` first")
    benchmark.main(rehearsal_args(a.out, a.work, a.steps, smoke))


if __name__ == "__main__":
    main()
