"""Math check of a multi-GPU run against its 1-GPU reference at the same global batch: each
optimizer step sees the same samples (equal global token counts), starts from the same LoRA
weights (checksum) and must log the same loss and grad_norm, up to reduction order.

The loss bound is TOL_LOSS unless a run logs its loss on a coarser grid: under accelerate's FSDP2
mixed precision the root module casts its outputs, the loss included, to bf16
(MixedPrecisionPolicy output_dtype), so the Trainer logs the mean of bf16-rounded micro-batch
losses, e.g. multiples of 1/64 near 12.5 at 2 ranks x 2 micro-batches. A difference below one
step of that grid is rounding, not a mismatch: the bound becomes the grid step."""

from __future__ import annotations

import math

from benchmarks.ranks import combine_ranks

TOL_LOSS = 0.01  # nats/token: logged loss of a step vs the 1-GPU run (same samples)
TOL_GRAD_NORM = 0.05  # relative: logged grad_norm of a step vs the 1-GPU run
COARSEST_GRID = 0  # exponent: grids up to a step of 2**0 are detected
FINEST_GRID = -16  # exponent: finer grids are what fp32 losses look like anyway


def step_logs(ranks: list[dict]) -> dict:
    """{step: {'loss', 'grad_norm', ...}} of the training-step log lines (rank 0's: the Trainer
    gathers loss across ranks before it logs)."""
    return {e["step"]: e for e in ranks[0].get("logs", []) if "loss" in e and "train_runtime" not in e}


def logged_resolution(losses: list[float]) -> float | None:
    """The coarsest power-of-two grid 2**e (FINEST_GRID <= e <= COARSEST_GRID) that every logged
    loss lies on, or None when the losses carry finer detail (fp32-like) or fewer than two
    non-zero finite values are logged (one value may lie on a grid by chance; 0 lies on all)."""
    values = [x for x in losses if math.isfinite(x) and x != 0]
    if len(values) < 2:
        return None
    for e in range(COARSEST_GRID, FINEST_GRID - 1, -1):
        step = 2.0**e
        if all((x / step).is_integer() for x in values):  # exact: scaling by 2**e is exact in floats
            return step
    return None


def loss_bound(test_losses: list[float], ref_losses: list[float]) -> dict:
    """The loss bound for two runs: TOL_LOSS, or the grid step of the coarser-logged run when
    that step is larger (a difference below one step cannot be told from rounding)."""
    grids = [g for g in (logged_resolution(test_losses), logged_resolution(ref_losses)) if g]
    grid = max(grids, default=None)
    return {"loss_bound": max(TOL_LOSS, grid or 0.0), "loss_resolution": grid}


def compare_math(test: dict, ref: dict, k: int) -> dict:
    """First k optimizer steps of a multi-GPU run vs its 1-GPU reference."""
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
    out.update(loss_bound([e["loss"] for e in tl.values()], [e["loss"] for e in rl.values()]))
    out["loss_ok"] = out["loss_max_abs_diff"] <= out["loss_bound"]
    ci, cr = test["ranks"][0].get("init_checksum"), ref["ranks"][0].get("init_checksum")
    if ci and cr:  # same LoRA initialisation (count, sum, sum of squares of the trainable weights)
        out["same_init"] = ci[0] == cr[0] and all(
            abs(x - y) <= 1e-6 * max(1.0, abs(y)) for x, y in zip(ci[1:], cr[1:])
        )
    gn = [r["grad_norm_rel_diff"] for r in rows if "grad_norm_rel_diff" in r]
    if gn:
        out["grad_norm_max_rel_diff"] = max(gn)
        out["grad_norm_ok"] = out["grad_norm_max_rel_diff"] <= TOL_GRAD_NORM
    out["ok"] = out["loss_ok"] and out.get("grad_norm_ok", True) and out["same_samples"]
    return out
