"""From per-rank step records to job-wide rates: one step list for the job, per-GPU tokens/s by
the median step and by total tokens over total time, MFU, and scaling efficiency."""

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
