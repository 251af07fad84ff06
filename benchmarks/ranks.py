"""From per-rank step records to job-wide rates: one step list for the job, per-GPU tokens/s by
the median step and by total tokens over total time, MFU, and scaling efficiency; and the check
that no two ranks of a job ran on one GPU."""

from __future__ import annotations

import statistics

from benchmarks.flops import mfu


def combine_ranks(ranks: list[dict]) -> dict:
    """One step list for the whole job: samples/tokens summed over ranks, time = slowest rank
    (DDP/ZeRO/FSDP steps end together; the max is the honest wall time of the step)."""
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


def gpu_key(gpu: dict) -> str:
    """What names a physical GPU: its UUID, else its PCI address, else the CUDA index within the
    visible devices (two ranks with different CUDA_VISIBLE_DEVICES may both run on cuda:0)."""
    return gpu.get("uuid") or gpu.get("pci") or f"cuda:{gpu.get('index')} of {gpu.get('visible_devices')}"


def shared_gpus(ranks: list[dict]) -> str | None:
    """An error message when two ranks of one job ran on the same GPU, else None. Ranks that
    recorded no GPU (CPU runs, results written before the field existed) are not checked."""
    seen: dict[str, list[int]] = {}
    for r in ranks:
        if r.get("gpu"):
            seen.setdefault(gpu_key(r["gpu"]), []).append(r.get("rank"))
    clashes = [f"ranks {', '.join(map(str, rs))} on {key}" for key, rs in seen.items() if len(rs) > 1]
    if not clashes:
        return None
    return "ranks share a GPU (" + "; ".join(clashes) + "): the per-GPU rates do not hold"


def summarize(job: dict, gpus: int, warmup: int, timed: int, flops_per_token: float, peak: float) -> dict:
    """Per-GPU rates over steps warmup+1 .. timed (later steps, e.g. profiled ones, are left out):
    the median of the per-step rates and the aggregate (total tokens / total seconds)."""
    steps = job["steps"][warmup:timed]
    if not steps:
        return {"error": f"no timed steps ({len(job['steps'])} recorded, {warmup} warm-up)"}
    rate = lambda key: statistics.median(s[key] / s["seconds"] for s in steps) / gpus  # noqa: E731
    seconds = sum(s["seconds"] for s in steps)
    whole = job["steps"][:timed]
    tok = rate("tokens")
    return {
        "gpus": gpus,
        "timed_steps": len(steps),
        "tokens_per_s": tok,
        "tokens_per_s_aggregate": sum(s["tokens"] for s in steps) / seconds / gpus,
        "tokens_per_s_with_warmup": sum(s["tokens"] for s in whole) / sum(s["seconds"] for s in whole) / gpus,
        "tokens_per_s_spread": [
            min(s["tokens"] / s["seconds"] for s in steps) / gpus,
            max(s["tokens"] / s["seconds"] for s in steps) / gpus,
        ],
        "samples_per_s": rate("samples"),
        "trainable_tokens_per_s": rate("trainable_tokens"),
        "samples_per_step": statistics.mean(s["samples"] for s in steps),
        "median_step_s": statistics.median(s["seconds"] for s in steps),
        "flops_per_token": flops_per_token,
        "mfu": mfu(tok, flops_per_token, peak),
        "peak_allocated_gib": job["peak_allocated_gib"],
        "peak_reserved_gib": job["peak_reserved_gib"],
    }


def efficiency(row: dict, ref: dict) -> dict:
    """Scaling efficiency: per-GPU tokens/s over the 1-GPU reference's, by median step and by
    total tokens over total time."""
    return {
        "median": row["tokens_per_s"] / ref["tokens_per_s"],
        "aggregate": row["tokens_per_s_aggregate"] / ref["tokens_per_s_aggregate"],
    }
