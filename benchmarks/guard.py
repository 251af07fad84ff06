"""Correctness guard of the speed benchmark: the same fixed samples through each variant's model,
before step 1 (model in eval mode; LoRA B = 0, so this is the base model as the recipe loads it:
NF4 or bf16, fp16 or bf16 autocast, Liger, LoRA kernels, varlen attention).

In the training process (`run_guard`), per-sample summed losses from fp32 logits of:
- solo: each sample alone (batch 1, its own length; dense attention);
- padded, a control of batch shape: the same sample right-padded in a batch of two (the other row
  another sample). Causal attention never looks right, so the result is mathematically the one of
  `solo`; the difference is what other GEMM shapes and reduction orders cost in this precision;
- packed (packing recipes): all samples in one row built by the trainer's own collator;
- alone_packed (packing recipes): each sample alone through the same collator (a one-sample row,
  padded like a training row), so the same attention path as `packed` (varlen where the recipe
  routes packed rows there) with no neighbour before the sample;
- leaky control: the packed row with positions not reset (one causal sequence), which shows how
  large a real cross-sample leak is.

In the driver (`verdicts`): every variant's solo losses vs the reference variant's, the first
logged loss vs the reference's, and for packing recipes the leak check: packed vs alone_packed
(the same kernels; only the neighbours differ) within NOISE_FACTOR x the noise floor (at least
MIN_BOUND). The noise floor is the cost of the attention-path switch: alone_packed vs solo, two
equivalent computations of the same sample without packing. Packed vs solo, padded vs solo and the
leaky control (vs solo; it must lie far above the bound) are reported alongside.
"""

from __future__ import annotations

import statistics

import torch
import torch.nn.functional as F

IGNORE_INDEX = -100
TOL_SOLO = 0.05  # nats/token: a variant's per-sample loss vs the reference variant's (NF4/fp16 vs bf16)
TOL_FIRST_STEP = 0.02  # relative: first logged loss vs the reference's (a different sample mix)
NOISE_FACTOR = 3.0  # packed vs alone_packed may differ by this many noise floors
MIN_BOUND = 1e-3  # nats/token: the bound when the noise floor is ~0 (fp32 on CPU)
POWER_FACTOR = 5.0  # the leaky control must exceed the bound this many times


def per_sample_loss(logits: torch.Tensor, labels: torch.Tensor, spans) -> list[float]:
    """Summed next-token CE per sample span (start, end) of one row, in float32."""
    logits, labels = logits.float(), labels
    out = []
    for start, end in spans:
        lg = logits[start : end - 1]
        lb = labels[start + 1 : end]
        out.append(float(F.cross_entropy(lg, lb, ignore_index=IGNORE_INDEX, reduction="sum")))
    return out


def _fp32_logits(model, batch: dict, dtype) -> torch.Tensor:
    device_type = "cuda" if torch.cuda.is_available() else "cpu"
    with torch.no_grad(), torch.autocast(device_type, dtype=dtype, enabled=device_type == "cuda"):
        out = model(**batch, output_hidden_states=True)
    # fp32 logits from the final (normed) hidden state: the 128k-way softmax adds no rounding of
    # its own; the model body runs exactly as in training
    with torch.no_grad():
        head = model.get_output_embeddings().weight.float()
        return out.hidden_states[-1].float() @ head.T


def collated_row(collator, samples: list[dict]) -> dict:
    """One training row of `samples` from the trainer's collator, with each sample's span."""
    feats = [
        {
            "input_ids": s["input_ids"],
            "labels": s["labels"],
            "position_ids": list(range(len(s["input_ids"]))),
        }
        for s in samples
    ]
    batch = collator([feats])
    spans, start = [], 0
    for s in samples:
        spans.append((start, start + len(s["input_ids"])))
        start += len(s["input_ids"])
    return {"batch": batch, "spans": spans, "documents": int((batch["position_ids"][0] == 0).sum())}


def alone_row(collator, sample: dict) -> dict:
    """`sample` alone in a training row. The row must hold a second document (the collator's pad
    run) for the attention path of packed rows to take it; where the collator adds no padding (the
    sample fills the row exactly), a one-token tail without labels stands in. Causal attention
    never looks right, so nothing after the sample changes its loss."""
    row = collated_row(collator, [sample])
    if row["documents"] < 2:
        tail = {"input_ids": sample["input_ids"][-1:], "labels": [IGNORE_INDEX]}
        row = collated_row(collator, [sample, tail])
        row["spans"] = row["spans"][:1]
    return row


def run_guard(model, collator, samples: list[dict], fp16: bool, packed: bool) -> dict:
    device = next(p for p in model.parameters()).device
    dtype = torch.float16 if fp16 else torch.bfloat16
    was_training = model.training
    model.eval()

    def forward(rows, positions, extra=None):
        batch = {
            "input_ids": torch.tensor(rows, device=device),
            "position_ids": torch.tensor(positions, device=device),
        }
        for k, v in (extra or {}).items():  # other collator outputs, as in training
            batch[k] = v.to(device)
        return _fp32_logits(model, batch, dtype)

    def row_losses(row, positions=None):
        batch = row["batch"]
        ids = batch["input_ids"][0].tolist()
        if positions is None:
            positions = batch["position_ids"][0].tolist()
            extra = {k: v for k, v in batch.items() if k not in ("input_ids", "labels", "position_ids")}
        else:
            extra = None
        logits = forward([ids], [positions], extra)
        return per_sample_loss(logits[0], batch["labels"][0].to(device), row["spans"])

    result = {"solo": [], "padded": [], "packed": None, "alone_packed": None, "leaky": None}
    longest = max(len(s["input_ids"]) for s in samples)
    width = longest + 16  # every padded row is longer than its sample
    for i, s in enumerate(samples):
        n = len(s["input_ids"])
        labels = torch.tensor(s["labels"], device=device)
        logits = forward([s["input_ids"]], [list(range(n))])
        result["solo"] += per_sample_loss(logits[0], labels, [(0, n)])
        other = samples[(i + 1) % len(samples)]["input_ids"]
        rows = [
            s["input_ids"] + [s["input_ids"][-1]] * (width - n),
            other + [other[-1]] * (width - len(other)),
        ]
        logits = forward(rows, [list(range(width))] * 2)
        result["padded"] += per_sample_loss(logits[0, :n], labels, [(0, n)])
        del logits
    if packed:
        row = collated_row(collator, samples)
        result["packed_batch_keys"] = sorted(row["batch"].keys())
        result["packed"] = row_losses(row)
        result["leaky"] = row_losses(row, list(range(row["batch"]["input_ids"].shape[1])))
        alone = [alone_row(collator, s) for s in samples]
        result["alone_packed"] = [row_losses(r)[0] for r in alone]
        result["alone_packed_row_len"] = [int(r["batch"]["input_ids"].shape[1]) for r in alone]
    result["n_label_tokens"] = [sum(1 for x in s["labels"][1:] if x != IGNORE_INDEX) for s in samples]
    model.train(was_training)
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
    return result


def per_token(losses, counts):
    return [l / max(1, n) for l, n in zip(losses, counts)]


def _max_abs(a, b):
    return max(abs(x - y) for x, y in zip(a, b))


def packing_verdict(g: dict) -> dict:
    """The leak check of one variant's guard result (keys as in the module docstring)."""
    tok = {k: per_token(g[k], g["n_label_tokens"]) for k in ("solo", "packed", "alone_packed", "leaky")}
    v = {"noise_floor": _max_abs(tok["alone_packed"], tok["solo"])}
    v["packed_bound"] = max(NOISE_FACTOR * v["noise_floor"], MIN_BOUND)
    v["packed_vs_alone_max_abs"] = _max_abs(tok["packed"], tok["alone_packed"])
    v["packed_vs_solo_max_abs"] = _max_abs(tok["packed"], tok["solo"])
    v["leaky_max_abs"] = _max_abs(tok["leaky"], tok["solo"])
    v["packed_ok"] = v["packed_vs_alone_max_abs"] <= v["packed_bound"]
    v["check_has_power"] = v["leaky_max_abs"] > POWER_FACTOR * v["packed_bound"]
    return v


def verdicts(results: dict, ref: str) -> dict:
    """{variant: guard numbers and PASS/FAIL flags} from the variants' raw guard results."""
    out = {}
    base = results.get(ref, {}).get("guard") or {}
    base_solo = per_token(base.get("solo", []), base.get("n_label_tokens", []))
    base_first = (results.get(ref, {}).get("losses") or [{}])[0].get("loss")
    for name, res in results.items():
        g = res.get("guard") or {}
        if not g:
            continue
        solo = per_token(g["solo"], g["n_label_tokens"])
        v = {"solo_mean_loss": statistics.mean(solo)}
        if base_solo:
            v["vs_ref_max_abs"] = _max_abs(solo, base_solo)
            v["vs_ref_ok"] = v["vs_ref_max_abs"] <= TOL_SOLO
        first = (res.get("losses") or [{}])[0].get("loss")
        if first is not None and base_first:
            v["first_step_loss"] = first
            v["first_step_rel_diff"] = abs(first - base_first) / base_first
            v["first_step_ok"] = v["first_step_rel_diff"] <= TOL_FIRST_STEP
        if g.get("padded"):
            v["padded_noise"] = _max_abs(per_token(g["padded"], g["n_label_tokens"]), solo)
        if g.get("packed") is not None:
            v.update(packing_verdict(g))
        out[name] = v
    return out
