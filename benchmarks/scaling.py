"""Multi-GPU scaling benchmark of the recipes on one host, launched through k8s/launch.sh.

Same model, tokenizer, data and overrides as benchmarks/benchmark.py (whose functions this reuses);
the difference is the launch: each variant runs `k8s/launch.sh <cfg>` with the PET_* variables a
Kubeflow operator injects, for one node and NPROC processes (one per GPU), so DDP vs DeepSpeed is
chosen exactly as on the cluster (the recipe's `deepspeed:` key). benchmarks/scaling_plugin.py
records every rank's step times and token counts and the logged loss / grad_norm.

    python -m benchmarks.scaling --out results/     # docs/scaling.md: setup and results

Per variant: non-pad tokens/s per GPU (global tokens of a step / step time / GPUs, median over
timed steps) and scaling efficiency = that / the 1-GPU variant of the same recipe. Math check:
a multi-GPU variant and its 1-GPU reference run at the same global batch (the 1-GPU one
accumulates NPROC x more), so each optimizer step sees the same samples (checked: equal global
token counts) and must log the same loss and grad_norm, up to reduction order.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from benchmarks.benchmark import (  # noqa: E402
    H100_SXM_BF16_DENSE,
    add_workload_args,
    environment,
    matmul_peak_tflops,
    parse_sets,
    prepare_workload,
    summarize,
    variant_config,
)

LAUNCH = os.path.join(ROOT, "k8s", "launch.sh")
PLUGIN = "benchmarks.scaling_plugin.ScalingBenchPlugin"
ZERO2 = "recipes/launchers/zero2.json"
# NVLink multicast off in every process (device rule: it can take a shared host's GPUs down)
NO_MULTICAST = {"NCCL_NVLS_ENABLE": "0", "TORCH_SYMM_MEM_DISABLE_MULTICAST": "1", "NVSHMEM_DISABLE_NVLS": "1"}
# order = value if the run is cut short; the 1-GPU reference accumulates 2x (same global batch)
DEFAULT_VARIANTS = [
    "lora-1gpu=1:recipes/xlam-lora-fast.yml",
    "lora-ddp=2:recipes/xlam-lora-fast.yml",
    "lora-zero2=2:recipes/xlam-lora-fast.yml",
    "original-ddp=2:recipes/xlam.yml",
]
DEFAULT_SETS = ["lora-1gpu:gradient_accumulation_steps=4", f"lora-zero2:deepspeed={ZERO2}"]
TOL_LOSS = 0.01  # nats/token: logged loss of a step vs the 1-GPU run (same samples)
TOL_GRAD_NORM = 0.05  # relative: logged grad_norm of a step vs the 1-GPU run


def rank_path(base: str, rank: int) -> str:
    """Where rank RANK of a launch writes its BenchPlugin result."""
    return f"{base}.rank{rank}"


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--out", required=True, help="results.json, results.md and runs.log go here")
    ap.add_argument("--work", default="/tmp/xlam-scaling", help="model, data, run outputs")
    ap.add_argument(
        "--variant",
        action="append",
        metavar="NAME=NPROC:RECIPE",
        help=f"repeatable, run in this order; default: {' '.join(DEFAULT_VARIANTS)}",
    )
    ap.add_argument(
        "--set",
        action="append",
        default=None,
        metavar="NAME:KEY=YAML",
        help=f"override for one variant; default: {' '.join(DEFAULT_SETS)}",
    )
    add_workload_args(ap, rows=1500, steps=11, warmup=3, unpacked_steps=6)
    ap.add_argument("--compare-steps", type=int, default=5, help="first steps in the math check")
    ap.add_argument(
        "--variant-timeout",
        type=float,
        default=240,
        help="seconds one launch may take (a hung NCCL job must not eat the rest)",
    )
    ap.add_argument("--port", type=int, default=29500, help="PET_MASTER_PORT of the first variant")
    ap.add_argument("--budget", type=float, default=540, help="seconds for the whole run")
    ap.add_argument(
        "--peak-tflops",
        type=float,
        default=H100_SXM_BF16_DENSE / 1e12,
        help="per-GPU dense bf16 peak for MFU (H100 SXM and H200: 989.4)",
    )
    a = ap.parse_args(argv)
    a.variants = parse_variants(a.variant or DEFAULT_VARIANTS)
    # skip_unknown: the defaults name variants that a shorter --variant list may drop
    a.extras = parse_sets(a.set if a.set is not None else DEFAULT_SETS, a.variants, skip_unknown=True)
    return a


def parse_variants(specs: list[str]) -> dict:
    """'NAME=NPROC:RECIPE' -> {NAME: (NPROC, RECIPE)}, in the given order."""
    out = {}
    for spec in specs:
        name, sep, rest = spec.partition("=")
        nproc, sep2, recipe = rest.partition(":")
        if not (sep and sep2 and name and recipe and nproc.isdigit() and int(nproc) >= 1):
            raise SystemExit(
                f"--variant {spec!r}: expected NAME=NPROC:RECIPE, e.g. lora-ddp=2:recipes/xlam-lora-fast.yml"
            )
        if name in out:
            raise SystemExit(f"--variant {spec!r}: name {name!r} given twice")
        if not os.path.exists(os.path.join(ROOT, recipe)):
            raise SystemExit(f"--variant {spec!r}: recipe {recipe} not found under {ROOT}")
        out[name] = (int(nproc), recipe)
    return out


def launch_env(nproc: int, port: int, result_path: str) -> dict:
    """The environment of one launch: PET_* for one node, multicast off, benchmark hooks."""
    env = dict(
        os.environ,
        PET_NNODES="1",
        PET_NODE_RANK="0",
        PET_MASTER_ADDR="127.0.0.1",
        PET_MASTER_PORT=str(port),
        PET_NPROC_PER_NODE=str(nproc),
        BENCH_RESULT=result_path,
        BENCH_FAST_EXIT="1",
        BENCH_LORA_SEED="1",
        AXOLOTL_DO_NOT_TRACK="1",
        HF_HUB_OFFLINE="1",
        HF_DATASETS_OFFLINE="1",
        WANDB_MODE="disabled",
        PYTHONUNBUFFERED="1",
        TOKENIZERS_PARALLELISM="false",
        **NO_MULTICAST,
    )
    env.pop("BENCH_GUARD", None)  # the loss-vs-original guard is benchmark.py's job, not repeated here
    env.pop("ACCELERATE_EXTRA_ARGS", None)
    if nproc == 1:
        env["CUDA_VISIBLE_DEVICES"] = "0"
    return env


def run_launch(name, cfg, nproc, port, a, log, deadline) -> dict:
    """k8s/launch.sh on one node with NPROC processes; returns the per-rank results."""
    cfg_path = os.path.join(a.work, "cfg", f"{name}.yml")
    result = os.path.join(a.work, "out", f"{name}.json")
    os.makedirs(os.path.dirname(cfg_path), exist_ok=True)
    os.makedirs(os.path.dirname(result), exist_ok=True)
    with open(cfg_path, "w") as f:
        yaml.safe_dump(cfg, f, sort_keys=False)
    for r in range(nproc):
        if os.path.exists(rank_path(result, r)):
            os.remove(rank_path(result, r))
    cmd = ["bash", LAUNCH, cfg_path]
    log.write(
        f"\n===== {name}: PET_NPROC_PER_NODE={nproc} PET_MASTER_PORT={port} "
        f"{' '.join(cmd)}\n{yaml.safe_dump(cfg, sort_keys=False)}\n"
    )
    log.flush()
    t0 = time.time()
    proc = subprocess.Popen(
        cmd,
        env=launch_env(nproc, port, result),
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        rc = proc.wait(timeout=max(30, min(deadline - time.time(), a.variant_timeout)))
    except subprocess.TimeoutExpired:
        rc = "timeout"
    try:  # torchrun's workers too: nothing may keep a GPU busy for the next variant
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()
    wall = time.time() - t0
    print(f"[{name}] exit {rc} after {wall:.0f}s", flush=True)
    ranks = []
    for r in range(nproc):
        if os.path.exists(rank_path(result, r)):
            with open(rank_path(result, r)) as f:
                ranks.append(json.load(f))
    if len(ranks) != nproc:
        return {"error": f"exit {rc}, {len(ranks)} of {nproc} rank results (see runs.log)", "wall_s": wall}
    return {"ranks": ranks, "wall_s": wall, "exit": rc, "nproc": nproc}


def combine_ranks(ranks: list[dict]) -> dict:
    """One step list for the whole job: samples/tokens summed over ranks, time = slowest rank
    (DDP/ZeRO steps end together; the max is the honest wall time of the step)."""
    n = min(len(r["steps"]) for r in ranks)
    steps = []
    for i in range(n):
        per = [r["steps"][i] for r in ranks]
        steps.append(
            {
                "step": per[0]["step"],
                "seconds": max(s["seconds"] for s in per),
                **{k: sum(s[k] for s in per) for k in ("samples", "tokens", "trainable_tokens")},
            }
        )
    return {
        "steps": steps,
        "peak_allocated_gib": max(r["peak_allocated_gib"] for r in ranks),
        "peak_reserved_gib": max(r["peak_reserved_gib"] for r in ranks),
    }


def per_gpu_row(summary: dict, nproc: int) -> dict:
    """benchmark.summarize's job-wide rates -> per-GPU rates."""
    row = dict(summary)
    for key in (
        "samples_per_s",
        "tokens_per_s",
        "trainable_tokens_per_s",
        "tokens_per_s_aggregate",
        "mfu",
        "of_measured_matmul_peak",
    ):
        row[key] = summary[key] / nproc
    row["tokens_per_s_spread"] = [x / nproc for x in summary["tokens_per_s_spread"]]
    row["job_tokens_per_s"] = summary["tokens_per_s"]
    row["nproc"] = nproc
    return row


def step_logs(ranks: list[dict]) -> dict:
    """{step: {'loss', 'grad_norm', ...}} of the training-step log lines (rank 0's: the Trainer
    gathers loss across ranks before it logs)."""
    return {e["step"]: e for e in ranks[0].get("logs", []) if "loss" in e and "train_runtime" not in e}


def compare_math(test: dict, ref: dict, k: int) -> dict:
    """First k optimizer steps of a multi-GPU run vs its 1-GPU reference at the same global batch."""
    tl, rl = step_logs(test["ranks"]), step_logs(ref["ranks"])
    tc, rc = combine_ranks(test["ranks"])["steps"], combine_ranks(ref["ranks"])["steps"]
    rows = []
    for step in sorted(set(tl) & set(rl))[:k]:
        t, r = tl[step], rl[step]
        row = {
            "step": step,
            "loss": t["loss"],
            "ref_loss": r["loss"],
            "loss_abs_diff": abs(t["loss"] - r["loss"]),
        }
        if "grad_norm" in t and "grad_norm" in r:
            row.update(
                grad_norm=t["grad_norm"],
                ref_grad_norm=r["grad_norm"],
                grad_norm_rel_diff=abs(t["grad_norm"] - r["grad_norm"]) / max(abs(r["grad_norm"]), 1e-12),
            )
        if step <= min(len(tc), len(rc)):
            row["tokens"], row["ref_tokens"] = tc[step - 1]["tokens"], rc[step - 1]["tokens"]
        rows.append(row)
    if not rows:
        return {"error": "no common logged steps"}
    out = {
        "steps": rows,
        "loss_max_abs_diff": max(r["loss_abs_diff"] for r in rows),
        "same_samples": all(r.get("tokens") == r.get("ref_tokens") for r in rows),
    }
    out["loss_ok"] = out["loss_max_abs_diff"] <= TOL_LOSS
    ci, cr = test["ranks"][0].get("init_checksum"), ref["ranks"][0].get("init_checksum")
    if ci and cr:  # same LoRA initialisation (count, sum, sum of squares of the trainable weights)
        out["same_init"] = ci[0] == cr[0] and all(
            abs(x - y) <= 1e-6 * max(1.0, abs(y)) for x, y in zip(ci[1:], cr[1:])
        )
    gn = [r["grad_norm_rel_diff"] for r in rows if "grad_norm_rel_diff" in r]
    if gn:
        out["grad_norm_max_rel_diff"] = max(gn)
        out["grad_norm_ok"] = out["grad_norm_max_rel_diff"] <= TOL_GRAD_NORM
    return out


def reference_of(name: str, variants: dict) -> str | None:
    """The first 1-process variant of the same recipe (None for a 1-process variant or none run)."""
    nproc, recipe = variants[name]
    if nproc == 1:
        return None
    return next((n for n, (p, r) in variants.items() if p == 1 and r == recipe), None)


def launcher_label(recipe: str, extra: dict, nproc: int) -> str:
    """What the run was launched with, from the recipe plus its overrides (as launch.sh picks it)."""
    with open(os.path.join(ROOT, recipe), encoding="utf-8") as f:
        cfg = {**(yaml.safe_load(f) or {}), **extra}
    if cfg.get("fsdp_config") or cfg.get("fsdp_version"):
        return f"FSDP{cfg.get('fsdp_version') or 1}"
    ds = cfg.get("deepspeed")
    if ds:
        if isinstance(ds, str):
            with open(os.path.join(ROOT, ds), encoding="utf-8") as f:
                ds = json.load(f)
        stage = (ds.get("zero_optimization") or {}).get("stage", "?")
        return f"DeepSpeed ZeRO-{stage}"
    return "DDP" if nproc > 1 else "single process"


def markdown(rows: dict, variants: dict, extras: dict, maths: dict) -> str:
    lines = [
        "| variant | GPUs | recipe + overrides | launch | non-pad tok/s per GPU | samples/s per GPU "
        "| trainable tok/s per GPU | MFU per GPU (989 TF) | peak alloc GiB | scaling efficiency |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r in rows.items():
        nproc, recipe = variants[name]
        over = ", ".join(f"{k}={v}" for k, v in extras[name].items())
        recipe_txt = f"`{os.path.basename(recipe)}`" + (f" ({over})" if over else "")
        launch = launcher_label(recipe, extras[name], nproc)
        if "error" in r:
            lines.append(f"| {name} | {nproc} | {recipe_txt} | {launch} | failed: {r['error']} |||||")
            continue
        ref = reference_of(name, variants)
        eff = "1.00 (reference)" if nproc == 1 else "n/a (no 1-GPU run of this recipe)"
        if ref and "tokens_per_s" in rows.get(ref, {}):
            eff = f"{r['tokens_per_s'] / rows[ref]['tokens_per_s']:.1%} of {ref}"
        lines.append(
            f"| {name} | {nproc} | {recipe_txt} | {launch} | {r['tokens_per_s']:,.0f} | "
            f"{r['samples_per_s']:.2f} | {r['trainable_tokens_per_s']:,.0f} | {r['mfu']:.1%} | "
            f"{r['peak_allocated_gib']:.1f} | {eff} |"
        )
    out = "\n".join(lines) + "\n"
    for name, m in maths.items():
        out += f"\n{name} vs {reference_of(name, variants)} (same global batch):"
        if "error" in m:
            out += f" {m['error']}\n"
            continue
        verdict = lambda key, m=m: "" if key not in m else ("PASS" if m[key] else "FAIL")  # noqa: E731
        out += (
            f" loss max |diff| {m['loss_max_abs_diff']:.4f} {verdict('loss_ok')} (bound {TOL_LOSS}), "
            f"grad_norm max rel diff {m.get('grad_norm_max_rel_diff', float('nan')):.2%} "
            f"{verdict('grad_norm_ok')} (bound {TOL_GRAD_NORM:.0%}), same samples per step: "
            f"{m['same_samples']}, same LoRA init: {m.get('same_init', 'not recorded')}\n\n"
            "| step | loss | 1-GPU loss | grad_norm | 1-GPU grad_norm | tokens | 1-GPU tokens |\n"
            "|---|---|---|---|---|---|---|\n"
        )
        for s in m["steps"]:
            out += (
                f"| {s['step']} | {s['loss']:.4f} | {s['ref_loss']:.4f} | "
                f"{s.get('grad_norm', float('nan')):.4f} | {s.get('ref_grad_norm', float('nan')):.4f} | "
                f"{s.get('tokens', '-')} | {s.get('ref_tokens', '-')} |\n"
            )
    return out


def main(argv=None):
    a = parse_args(argv)
    t_start = time.time()
    deadline = t_start + a.budget
    os.makedirs(a.out, exist_ok=True)
    os.makedirs(a.work, exist_ok=True)
    import torch

    report = {
        "args": dict(vars(a).items()),
        "env": environment(),
        "gpus": torch.cuda.device_count(),
        "no_multicast_env": NO_MULTICAST,
    }
    report["matmul_peak_tflops"] = matmul_peak_tflops()
    print(
        f"env: {report['env']} x{report['gpus']}\nbf16 matmul 8192^3: "
        f"{report['matmul_peak_tflops']:.0f} TFLOP/s",
        flush=True,
    )
    need = max(n for n, _ in a.variants.values())
    if report["gpus"] < need:
        raise SystemExit(f"{need} GPUs needed by the variants, {report['gpus']} visible")

    model_dir, _, _, data, flops_per_token = prepare_workload(a, report)
    torch.cuda.empty_cache()

    raw, table, maths = {}, {}, {}
    with open(os.path.join(a.out, "runs.log"), "w") as log:
        for i, (name, (nproc, recipe)) in enumerate(a.variants.items()):
            extra = dict(a.extras[name])
            # one prepared dataset per recipe: its tokenization does not depend on the launch
            stem = os.path.splitext(os.path.basename(recipe))[0]
            extra.setdefault("dataset_prepared_path", os.path.join(a.work, "prepared", stem))
            cfgv = variant_config(recipe, name, a, model_dir, data, extra)
            cfgv["plugins"] = [p for p in cfgv["plugins"] if p != "benchmarks.plugin.BenchPlugin"] + [PLUGIN]
            if time.time() > deadline - 60:
                raw[name] = {"error": "not run: the time budget ran out"}
            else:
                raw[name] = run_launch(name, cfgv, nproc, a.port + i, a, log, deadline)
            warm = a.warmup if cfgv.get("sample_packing") else a.unpacked_warmup
            if "ranks" in raw[name]:
                s = summarize(
                    combine_ranks(raw[name]["ranks"]),
                    warm,
                    flops_per_token,
                    a.peak_tflops * 1e12,
                    report["matmul_peak_tflops"],
                )
                table[name] = per_gpu_row(s, nproc) if "error" not in s else s
            else:
                table[name] = {"error": raw[name]["error"]}
            ref = reference_of(name, a.variants)
            if ref and "ranks" in raw.get(ref, {}) and "ranks" in raw[name]:
                maths[name] = compare_math(raw[name], raw[ref], a.compare_steps)
            print(f"[{name}] {json.dumps(table[name])}\n{json.dumps(maths.get(name))}", flush=True)
            report.update(
                raw=raw,
                results=table,
                math=maths,
                total_seconds=time.time() - t_start,
                tolerances={"loss_abs": TOL_LOSS, "grad_norm_rel": TOL_GRAD_NORM},
            )
            with open(os.path.join(a.out, "results.json"), "w") as f:
                json.dump(report, f, indent=1)
            md = markdown(table, a.variants, a.extras, maths)
            with open(os.path.join(a.out, "results.md"), "w") as f:
                f.write(md)
    print(md, flush=True)


if __name__ == "__main__":
    main()
