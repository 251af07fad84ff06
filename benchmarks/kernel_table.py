"""Where an optimizer step goes: the GPU kernels of a torch.profiler trace (Chrome JSON), sorted into
categories, plus the time the GPU sat idle.

Each kernel is matched to the host operator stack that launched it (same correlation id, nested
host ranges on the launching thread) and classified by, in order: NCCL; optimizer and gradient
clipping (`Optimizer.*` ranges, Adam / 8-bit optimizer / multi-tensor kernels); attention kernels
(flash / memory-efficient / cuDNN SDPA); NF4 dequantisation; matmuls by the shapes of the aten op
that issued them — a dimension equal to lora_r is a LoRA matmul, one equal to the vocabulary is
lm_head, any other is a frozen base matmul, forward or input gradient (under an autograd backward
op); the loss (cross-entropy, Liger's fused linear cross-entropy); norms, RoPE and activations by
kernel name or by the `bench::` module range of benchmarks/profiler.py (forward ranges reach their
backward kernels through the autograd sequence number). GPU idle time inside the profiled steps is
split into data loading (a `bench::data` or DataLoader range was open on the host) and the rest
(launch and synchronisation gaps). The top kernels name the aten ops that launched them, with the
inputs of the most common launch, and the aten ops are ranked by the GPU time of their kernels
(benchmarks/kernel_ops.py).

    python -m benchmarks.kernel_table trace.json.gz --lora-r 16 --vocab 128256
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import defaultdict

from benchmarks import kernel_ops
from benchmarks.kernel_ops import BACKWARD_OP

BASE_FWD = "base matmuls, forward"
BASE_BWD = "base matmuls, input gradient"
DEQUANT = "NF4 dequantisation"
LORA = "LoRA matmuls"
ATTENTION = "attention"
HEAD = "lm_head + loss"
NORM = "norms / RoPE / activation"
OPTIMIZER = "optimizer + grad clipping"
COMM = "communication (NCCL)"
OTHER = "other kernels (casts, copies, elementwise)"
DATA_IDLE = "GPU idle: data loading + collator"
HOST_IDLE = "GPU idle: host launch / sync gaps"
CATEGORIES = [BASE_FWD, BASE_BWD, DEQUANT, LORA, ATTENTION, HEAD, NORM, OPTIMIZER, COMM, OTHER]

STEP_RANGE = "bench::optimizer_step"
DATA_RANGES = ("bench::data", "enumerate(DataLoader)")
MODULE_RANGE = "bench::module::"  # + norm | activation | lm_head (benchmarks/profiler.py)

MATMUL_OPS = {
    "aten::mm",
    "aten::addmm",
    "aten::bmm",
    "aten::baddbmm",
    "aten::matmul",
    "aten::linear",
    "aten::_scaled_mm",
}
GEMM_KERNEL = re.compile(r"gemm|gemv|cutlass|nvjet|xmma|cublas|matmul|sm\d+_", re.I)
ATTENTION_KERNEL = re.compile(r"flash|fmha|attention|sdpa|cudnn.*mha|cutlassf", re.I)
ATTENTION_OP = re.compile(r"scaled_dot_product|flash_attention|efficient_attention|cudnn_attention", re.I)
OPTIMIZER_KERNEL = re.compile(r"adam|koptimizer|optimizer|multi_tensor_apply", re.I)
CLIP_OP = re.compile(r"clip_grad|_foreach_norm", re.I)
DEQUANT_KERNEL = re.compile(r"dequantize", re.I)
LOSS = re.compile(r"cross_entropy|nll_loss|log_softmax|fused_linear_cross", re.I)
NORM_KERNEL = re.compile(r"rms|layer_?norm|rope|rotary|silu|swiglu|geglu|gelu|act_and_mul", re.I)


def load_events(path: str) -> list[dict]:
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        trace = json.load(f)
    return trace["traceEvents"] if isinstance(trace, dict) else trace


def _end(e: dict) -> float:
    return e["ts"] + e.get("dur", 0)


def host_stacks(ranges: list[dict], points: list[tuple[float, int, object]]) -> dict:
    """{key: [host ranges open at time t, outermost first]} for (t, tid, key) points; ranges nest
    per thread, so one sweep with a stack per thread does it."""
    by_tid = defaultdict(list)
    for r in ranges:
        by_tid[r.get("tid")].append(r)
    out = {}
    pts = defaultdict(list)
    for t, tid, key in points:
        pts[tid].append((t, key))
    for tid, plist in pts.items():
        rs = sorted(by_tid.get(tid, []), key=lambda r: (r["ts"], -r.get("dur", 0)))
        active, i = [], 0
        for t, key in sorted(plist, key=lambda p: p[0]):
            while i < len(rs) and rs[i]["ts"] <= t:
                while active and _end(active[-1]) <= rs[i]["ts"]:
                    active.pop()
                active.append(rs[i])
                i += 1
            while active and _end(active[-1]) < t:
                active.pop()
            out[key] = list(active)
    return out


def _module_label(stack: list[dict]) -> str | None:
    for r in reversed(stack):
        if r["name"].startswith(MODULE_RANGE):
            return r["name"][len(MODULE_RANGE) :]
    return None


def _seq(e: dict):
    return (e.get("args") or {}).get("Sequence number")


def forward_labels(ranges: list[dict]) -> dict:
    """{autograd sequence number: module label} of forward ops run inside a bench::module range."""
    ops = [r for r in ranges if _seq(r) is not None and not BACKWARD_OP.search(r["name"])]
    stacks = host_stacks(ranges, [(r["ts"], r.get("tid"), id(r)) for r in ops])
    labels = {}
    for r in ops:
        label = _module_label(stacks.get(id(r), []))
        if label:
            labels[_seq(r)] = label
    return labels


def _dims(op: dict) -> list[int]:
    flat = []
    for d in (op.get("args") or {}).get("Input Dims") or []:
        if isinstance(d, list):
            flat += [x for x in d if isinstance(x, int)]
    return flat


def classify(name: str, stack: list[dict], lora_r: int, vocab: int, labels: dict | None = None) -> str:
    """The category of one kernel launched under host stack `stack` (outermost first)."""
    names = [r["name"] for r in stack]
    if "nccl" in name.lower():
        return COMM
    if any(n.startswith("Optimizer.") for n in names) or OPTIMIZER_KERNEL.search(name):
        return OPTIMIZER
    if any(CLIP_OP.search(n) for n in names):
        return OPTIMIZER
    if ATTENTION_KERNEL.search(name) or any(ATTENTION_OP.search(n) for n in names):
        return ATTENTION
    if DEQUANT_KERNEL.search(name) or any(DEQUANT_KERNEL.search(n) for n in names):
        return DEQUANT
    backward = [r for r in stack if BACKWARD_OP.search(r["name"])]
    label = _module_label(stack)
    if label is None and backward and labels:
        label = labels.get(_seq(backward[-1]))
    matmul = next((r for r in reversed(stack) if r["name"] in MATMUL_OPS), None)
    if matmul is not None or GEMM_KERNEL.search(name):
        dims = _dims(matmul) if matmul is not None else []
        if lora_r in dims:
            return LORA
        if vocab in dims or label == "lm_head" or any(LOSS.search(n) for n in names):
            return HEAD
        return BASE_BWD if backward else BASE_FWD
    if LOSS.search(name) or any(LOSS.search(n) for n in names) or label == "lm_head":
        return HEAD
    if NORM_KERNEL.search(name) or label in ("norm", "activation"):
        return NORM
    return OTHER


def _union(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _overlap(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> float:
    """Total length of the intersection of two sorted, disjoint interval lists."""
    i = j = 0
    total = 0.0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        total += max(0.0, hi - lo)
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


def _gaps(window: list[tuple[float, float]], busy: list[tuple[float, float]]) -> list[tuple[float, float]]:
    gaps = []
    for ws, we in window:
        t = ws
        for bs, be in busy:
            if be <= t or bs >= we:
                continue
            if bs > t:
                gaps.append((t, bs))
            t = max(t, be)
        if t < we:
            gaps.append((t, we))
    return gaps


def self_times(host: list[dict]) -> dict:
    """{id(op): microseconds of op not spent in the operators it calls} for the aten operators."""
    ops = sorted(
        (e for e in host if e.get("cat") == "cpu_op"), key=lambda e: (e.get("tid"), e["ts"], -e.get("dur", 0))
    )
    own, active = {}, []
    for op in ops:
        while active and (active[-1].get("tid") != op.get("tid") or _end(active[-1]) <= op["ts"]):
            active.pop()
        own[id(op)] = op.get("dur", 0)
        if active:
            own[id(active[-1])] -= op.get("dur", 0)
        active.append(op)
    return own


def breakdown(events: list[dict], lora_r: int, vocab: int) -> dict:
    """Milliseconds per optimizer step per category over the `bench::optimizer_step` ranges of a
    trace (the whole trace if it has none). Without GPU kernels (a CPU run) the operators' self
    times take their place."""
    host = [e for e in events if e.get("ph") == "X" and e.get("cat") in ("cpu_op", "user_annotation")]
    launches = {
        (e.get("args") or {}).get("correlation"): e
        for e in events
        if e.get("ph") == "X" and e.get("cat") in ("cuda_runtime", "cuda_driver")
    }
    gpu = [e for e in events if e.get("ph") == "X" and e.get("cat") in ("kernel", "gpu_memcpy", "gpu_memset")]
    steps = [e for e in host if e["name"].startswith(STEP_RANGE)]
    if steps:
        window = _union([(e["ts"], _end(e)) for e in steps])
    else:
        every = host + gpu
        window = [(min(e["ts"] for e in every), max(_end(e) for e in every))] if every else []
    n_steps = max(1, len(steps))
    points, own = [], None
    if gpu:
        for k in gpu:
            launch = launches.get((k.get("args") or {}).get("correlation"))
            if launch is not None:
                points.append((launch["ts"], launch.get("tid"), id(k)))
    else:  # a CPU-only run: the operators' own (self) time stands in for kernels
        gpu = [e for e in host if e.get("cat") == "cpu_op"]
        own = self_times(host)
        points = [(k["ts"], k.get("tid"), id(k)) for k in gpu]
    stacks = host_stacks(host, points)
    labels = forward_labels(host)
    ms = defaultdict(float)
    kernels = defaultdict(lambda: [0, 0.0])
    attribution = kernel_ops.Attribution()
    for k in gpu:
        inside = _overlap([(k["ts"], _end(k))], window)
        if inside <= 0:
            continue
        if own is not None:
            inside = own[id(k)] if k["ts"] >= window[0][0] else 0.0
        stack = stacks.get(id(k), [])
        cat = classify(k["name"], stack, lora_r, vocab, labels)
        key = (cat, k["name"][:90])
        ms[cat] += inside / 1e3
        kernels[key][0] += 1
        kernels[key][1] += inside / 1e3
        attribution.add(key, stack, inside / 1e3)
    busy = _union([(k["ts"], _end(k)) for k in gpu])
    wall = sum(e - s for s, e in window)
    busy_in_window = _overlap(busy, window)
    gaps = _gaps(window, busy)
    data = _union([(e["ts"], _end(e)) for e in host if e["name"].startswith(DATA_RANGES)])
    data_idle = _overlap(gaps, data)
    ms[DATA_IDLE] = data_idle / 1e3
    ms[HOST_IDLE] = (wall - busy_in_window - data_idle) / 1e3
    rows = [
        {"category": c, "ms_per_step": ms[c] / n_steps, "share_of_step": ms[c] / (wall / 1e3) if wall else 0}
        for c in CATEGORIES + [DATA_IDLE, HOST_IDLE]
    ]
    top = sorted(kernels.items(), key=lambda kv: -kv[1][1])[:25]
    return {
        "steps": len(steps),
        "step_ms": wall / 1e3 / n_steps,
        "gpu_busy_ms_per_step": busy_in_window / 1e3 / n_steps,
        "kernels": sum(1 for k in gpu if _overlap([(k["ts"], _end(k))], window) > 0),
        "rows": rows,
        "top_kernels": [
            {
                "category": c,
                "kernel": n,
                "count": cnt,
                "ms_per_step": t / n_steps,
                **attribution.kernel((c, n)),
            }
            for (c, n), (cnt, t) in top
        ],
        "top_ops": attribution.top_ops(n_steps),
    }


def markdown(table: dict) -> str:
    lines = [
        f"{table['steps']} optimizer steps, {table['step_ms']:.0f} ms each, GPU busy "
        f"{table['gpu_busy_ms_per_step']:.0f} ms (kernel times on overlapping streams add up to more)",
        "",
        "| where the step goes | ms per step | share of step |",
        "|---|---|---|",
    ]
    for r in table["rows"]:
        lines.append(f"| {r['category']} | {r['ms_per_step']:.1f} | {r['share_of_step']:.1%} |")
    ops = kernel_ops.markdown(table)
    return "\n".join(lines) + "\n" + ("\n" + ops if ops else "")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("trace", help="Chrome trace JSON (.json or .json.gz) from torch.profiler")
    ap.add_argument("--lora-r", type=int, required=True)
    ap.add_argument("--vocab", type=int, required=True)
    a = ap.parse_args(argv)
    try:
        events = load_events(a.trace)
    except (OSError, ValueError, KeyError) as e:
        raise SystemExit(f"{a.trace}: not a readable Chrome trace ({e})") from None
    print(markdown(breakdown(events, a.lora_r, a.vocab)))


if __name__ == "__main__":
    main()
