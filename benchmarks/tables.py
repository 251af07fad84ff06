"""results.md of a benchmark run: throughput and scaling, the correctness guard, the math checks,
the stall summaries and the profiles."""

from __future__ import annotations

from benchmarks import kernel_table
from benchmarks.guard import MIN_BOUND, NOISE_FACTOR, POWER_FACTOR, TOL_FIRST_STEP, TOL_SOLO
from benchmarks.math_check import TOL_GRAD_NORM, TOL_LOSS


def _verdict(v: dict, key: str) -> str:
    return "" if key not in v else ("PASS" if v[key] else "FAIL")


def throughput(rows: dict, ref: str) -> str:
    lines = [
        "| variant | GPUs | launch (configured / ran as) | non-pad tok/s per GPU, median step "
        "| by total tokens / time | samples/s per GPU | MFU | peak alloc GiB | x first variant (tok/s) "
        "| scaling efficiency, median / aggregate |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    r0 = rows.get(ref, {})
    for name, r in rows.items():
        head = f"| {name} | {r['gpus']} | {r['launch']} / {r.get('ran_as', '-')} |"
        if "error" in r:
            lines.append(f"{head} failed: {r['error']} ||||||")
            continue
        x = (
            f"{r['tokens_per_s'] / r0['tokens_per_s']:.2f}"
            if r["gpus"] == 1 and "tokens_per_s" in r0
            else "-"
        )
        eff = "reference" if r["gpus"] == 1 else "no 1-GPU reference"
        if "efficiency" in r:
            eff = f"{r['efficiency']['median']:.1%} / {r['efficiency']['aggregate']:.1%} of {r['reference']}"
        lines.append(
            f"{head} {r['tokens_per_s']:,.0f} | {r['tokens_per_s_aggregate']:,.0f} | "
            f"{r['samples_per_s']:.2f} | {r['mfu']:.1%} | {r['peak_allocated_gib']:.1f} | {x} | {eff} |"
        )
    return "\n".join(lines) + "\n"


def guard(verdicts: dict, ref: str) -> str:
    lines = [
        f"Guard (reference: {ref}; bounds: {TOL_SOLO} nats/token vs the reference, {TOL_FIRST_STEP:.0%} "
        f"first-step loss, packed vs alone packed within {NOISE_FACTOR:g} x the noise floor, at least "
        f"{MIN_BOUND:g}; noise floor: each sample alone packed vs solo, the attention-path switch)",
        "",
        "| variant | vs reference (max abs) | first-step loss (rel diff) | noise floor: alone packed vs solo "
        "| control: padded vs solo | packed vs alone packed (bound) | packed vs solo "
        "| leaky control vs solo |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, v in verdicts.items():
        f = lambda k, fmt, v=v: fmt.format(v[k]) if k in v else "-"  # noqa: E731
        power = "" if v.get("check_has_power", True) else f" (no power: below {POWER_FACTOR:g} x bound)"
        lines.append(
            f"| {name} | {f('vs_ref_max_abs', '{:.4f}')} {_verdict(v, 'vs_ref_ok')} | "
            f"{f('first_step_loss', '{:.4f}')} ({f('first_step_rel_diff', '{:.2%}')}) "
            f"{_verdict(v, 'first_step_ok')} | "
            f"{f('noise_floor', '{:.4f}')} | {f('padded_noise', '{:.4f}')} | "
            f"{f('packed_vs_alone_max_abs', '{:.4f}')} ({f('packed_bound', '{:.4f}')}) "
            f"{_verdict(v, 'packed_ok')} | {f('packed_vs_solo_max_abs', '{:.4f}')} | "
            f"{f('leaky_max_abs', '{:.4f}')}{power} |"
        )
    return "\n".join(lines) + "\n"


def loss_bound_note(m: dict) -> str:
    """The loss bound a math check used, and why when it is not TOL_LOSS."""
    bound = m.get("loss_bound", TOL_LOSS)  # results written before the bound could widen: TOL_LOSS
    if bound == TOL_LOSS:
        return f"bound {TOL_LOSS}"
    grid = m["loss_resolution"]
    step = f"1/{round(1 / grid)}" if grid < 1 else f"{grid:g}"
    return f"bound {bound:.4f}: loss logged at {step} resolution, wider than {TOL_LOSS}"


def math(name: str, ref: str, m: dict) -> str:
    out = f"{name} vs {ref} (same global batch):"
    if "error" in m:
        return out + f" {m['error']}\n"
    out += (
        f" loss max |diff| {m['loss_max_abs_diff']:.4f} {_verdict(m, 'loss_ok')} ({loss_bound_note(m)}), "
        f"grad_norm max rel diff {m.get('grad_norm_max_rel_diff', float('nan')):.2%} "
        f"{_verdict(m, 'grad_norm_ok')} (bound {TOL_GRAD_NORM:.0%}), same samples per step: "
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


def markdown(report: dict) -> str:
    rows, ref = report["results"], report["reference"]
    parts = [throughput(rows, ref)]
    if report.get("guard"):
        parts.append(guard(report["guard"], ref))
    for name, m in report.get("math", {}).items():
        parts.append(math(name, rows[name].get("reference"), m))
    stalls = {n: r["stalls"] for n, r in rows.items() if "stalls" in r}
    if stalls:
        parts.append(
            "Where time is lost beyond the median step:\n\n"
            + "\n".join(f"- {n}: {line}" for n, line in stalls.items())
            + "\n"
        )
    for name, table in report.get("profiles", {}).items():
        parts.append(f"Profile of {name}: " + kernel_table.markdown(table))
    return "\n".join(parts)
