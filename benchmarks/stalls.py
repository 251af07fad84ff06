"""Where a run loses time beyond its median step, from the per-rank per-step records
(benchmarks/steps.py): the setup before step 1 (model wrap, NCCL/DeepSpeed/FSDP init), the warm-up
steps, and every timed step slower than STALL_FACTOR x the median, attributed to

- data loading: a rank spent the extra time fetching and collating its batches (device idle);
- straggler rank: one rank's forward/backward device time (micro-batches before the last, which
  carry no gradient synchronisation) grew while the others waited for it;
- communication: the last micro-batch (which waits for the gradient all-reduce / reduce-scatter)
  grew on every rank alike;
- optimizer: the optimizer step's device time grew;
- host: none of those: launch, synchronisation or logging gaps on the host.
"""

from __future__ import annotations

import statistics

STALL_FACTOR = 1.3
SHARE = 0.5  # a cause must explain at least this share of a stall's excess time

DATA, STRAGGLER, COMM, OPTIMIZER, HOST = (
    "data loading",
    "straggler rank",
    "communication",
    "optimizer",
    "host",
)


def _compute(step: dict) -> float:
    micro = step.get("micro_s") or []
    return sum(micro[:-1]) if len(micro) > 1 else sum(micro)


def _last(step: dict) -> float:
    micro = step.get("micro_s") or []
    return micro[-1] if len(micro) > 1 else 0.0


def _typical(ranks: list[dict], lo: int, hi: int, key) -> list[float]:
    return [statistics.median(key(s) for s in r["steps"][lo:hi]) for r in ranks]


def attribute(per_rank: list[dict], typical: dict, excess: float) -> tuple[str, int | None]:
    """Cause (and rank, if one) of a step that took `excess` seconds more than the median."""
    data = [s.get("data_s", 0.0) - t for s, t in zip(per_rank, typical["data"])]
    compute = [_compute(s) - t for s, t in zip(per_rank, typical["compute"])]
    last = [_last(s) - t for s, t in zip(per_rank, typical["last"])]
    opt = [(s.get("optimizer_s") or 0.0) - t for s, t in zip(per_rank, typical["optimizer"])]
    worst = max(range(len(per_rank)), key=lambda i: data[i])
    if data[worst] >= SHARE * excess:
        return DATA, per_rank[worst].get("rank", worst)
    worst = max(range(len(per_rank)), key=lambda i: compute[i])
    if compute[worst] >= SHARE * excess and (len(per_rank) == 1 or min(compute) < SHARE * compute[worst]):
        return STRAGGLER if len(per_rank) > 1 else "compute", per_rank[worst].get("rank", worst)
    if len(per_rank) > 1 and min(last) >= SHARE * excess:
        return COMM, None
    if max(opt) >= SHARE * excess:
        return OPTIMIZER, None
    return HOST, None


def stall_report(ranks: list[dict], warmup: int, timed: int) -> dict:
    """Setup, warm-up and stall summary of one launch (`ranks`: the per-rank results)."""
    n = min(timed, *(len(r["steps"]) for r in ranks))
    for r in ranks:
        for s in r["steps"]:
            s.setdefault("rank", r.get("rank"))
    job = [max(r["steps"][i]["seconds"] for r in ranks) for i in range(n)]
    if n <= warmup:
        return {"error": "no timed steps"}
    median = statistics.median(job[warmup:n])
    typical = {
        "data": _typical(ranks, warmup, n, lambda s: s.get("data_s", 0.0)),
        "compute": _typical(ranks, warmup, n, _compute),
        "last": _typical(ranks, warmup, n, _last),
        "optimizer": _typical(ranks, warmup, n, lambda s: s.get("optimizer_s") or 0.0),
    }
    stalls, lost = [], {}
    for i in range(warmup, n):
        if job[i] <= STALL_FACTOR * median:
            continue
        excess = job[i] - median
        cause, rank = attribute([r["steps"][i] for r in ranks], typical, excess)
        stalls.append({"step": i + 1, "seconds": job[i], "excess_s": excess, "cause": cause, "rank": rank})
        lost[cause] = lost.get(cause, 0.0) + excess
    return {
        "median_step_s": median,
        "setup_s": [r.get("setup_s") for r in ranks],
        "warmup_steps_s": job[:warmup],
        "warmup_excess_s": sum(t - median for t in job[:warmup]),
        "stalls": stalls,
        "stall_excess_s": lost,
        "timed_s": sum(job[warmup:n]),
        "per_rank": [
            {"rank": r.get("rank"), "median_data_s": d, "median_compute_s": c}
            for r, d, c in zip(ranks, typical["data"], typical["compute"])
        ],
    }


def summary_line(report: dict) -> str:
    if "error" in report:
        return report["error"]
    setup = [s for s in report["setup_s"] if s is not None]
    parts = [f"median step {report['median_step_s']:.2f} s"]
    if setup:
        parts.append(f"setup before step 1 {max(setup):.0f} s (slowest rank)")
    parts.append(
        f"warm-up steps {', '.join(f'{t:.1f}' for t in report['warmup_steps_s'])} s "
        f"({report['warmup_excess_s']:+.1f} s against the median)"
    )
    if report["stalls"]:
        causes = ", ".join(
            f"{c} {t:.1f} s" for c, t in sorted(report["stall_excess_s"].items(), key=lambda x: -x[1])
        )
        worst = max(report["stalls"], key=lambda s: s["excess_s"])
        where = f" on rank {worst['rank']}" if worst["rank"] is not None else ""
        parts.append(
            f"{len(report['stalls'])} stalled steps (> {STALL_FACTOR} x median) lose "
            f"{sum(report['stall_excess_s'].values()):.1f} s of {report['timed_s']:.1f} s: {causes}; "
            f"worst step {worst['step']} +{worst['excess_s']:.1f} s ({worst['cause']}{where})"
        )
    else:
        parts.append(f"no timed step over {STALL_FACTOR} x the median")
    return "; ".join(parts)
