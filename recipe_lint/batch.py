"""Batch and epoch arithmetic: global batch, samples and tokens per step, steps per epoch.

With sample_packing a micro-batch row is a packed sequence of `sequence_len` tokens holding about
sequence_len / mean row tokens dataset rows, so an optimizer step sees that many times more
samples than its packed rows (an upper estimate: packing leaves some room unused). The XLAM
strategy adds round(xlam_abstain_fraction x rows) abstain rows to the data before the validation
split, so they count as rows too.
"""

from __future__ import annotations

import math

from recipe_lint.data_size import DataSize

MAX_EPOCHS_WITHOUT_WARNING = 3
DEFAULT_SEQUENCE_LEN = 2048  # axolotl's default


class Batch:
    def __init__(self, cfg: dict, world_size: int, data: DataSize):
        self.micro = cfg.get("micro_batch_size") or 1
        self.accum = cfg.get("gradient_accumulation_steps") or 1
        self.seq = cfg.get("sequence_len") or DEFAULT_SEQUENCE_LEN
        self.world_size, self.data = world_size, data
        self.packed = bool(cfg.get("sample_packing"))
        self.global_batch = self.micro * self.accum * world_size
        self.rows_per_packed = max(1.0, self.seq / data.mean_row_tokens) if self.packed else 1.0
        self.samples_per_step = self.global_batch * self.rows_per_packed
        fraction = cfg.get("xlam_abstain_fraction") or 0
        valid = isinstance(fraction, (int, float)) and not isinstance(fraction, bool) and fraction > 0
        self.abstain_fraction = fraction if valid else 0
        self.abstain_rows = round(fraction * data.rows) if valid else 0
        self.rows = data.rows + self.abstain_rows
        val = cfg.get("val_set_size") or 0
        self.val = val
        self.train_rows = max(0, self.rows - (round(self.rows * val) if val < 1 else int(val)))
        self.steps_per_epoch = max(1, math.ceil(self.train_rows / self.samples_per_step))
        self.max_steps = cfg.get("max_steps") or 0
        self.epochs = self.max_steps / self.steps_per_epoch


def batch_rows(b: Batch) -> list[tuple[str, str]]:
    unit = "packed rows of" if b.packed else "rows, each at most"
    rows = [
        ("global batch", f"{b.global_batch} = micro {b.micro} x accum {b.accum} x world size {b.world_size}"),
        ("tokens / step", f"<= {b.global_batch * b.seq:,} ({b.global_batch} {unit} {b.seq} tokens)"),
    ]
    if b.packed:
        rows.append(
            (
                "samples / step",
                f"~{b.samples_per_step:,.0f} ({b.global_batch} packed rows x "
                f"~{b.rows_per_packed:.1f} rows of ~{b.data.mean_row_tokens:.0f} "
                f"tokens; {b.data.tokens_source})",
            )
        )
    abstain = (
        f" = {b.data.rows:,} + {b.abstain_rows:,} abstain rows (xlam_abstain_fraction {b.abstain_fraction})"
        if b.abstain_rows
        else ""
    )
    rows.append(
        (
            "steps / epoch",
            f"{b.steps_per_epoch:,} ({b.train_rows:,} train rows of {b.rows:,}{abstain}, "
            f"val_set_size {b.val}; rows: {b.data.rows_source})",
        )
    )
    if b.max_steps:
        rows.append(("max_steps", f"{b.max_steps} = {b.epochs:.2f} epochs"))
    return rows


def batch_warnings(b: Batch) -> list[str]:
    """Not errors: a run that is valid but probably not what was meant."""
    if b.epochs <= MAX_EPOCHS_WITHOUT_WARNING:
        return []
    per_gpu = b.micro * b.accum
    fewer = math.ceil(b.max_steps / b.world_size)
    packing = f", ~{b.rows_per_packed:.1f} samples per packed row" if b.packed else ""
    return [
        f"max_steps {b.max_steps} is {b.epochs:.1f} epochs at world size {b.world_size} (global "
        f"batch {b.global_batch}{packing}); for the samples of the same recipe on 1 GPU use "
        f"max_steps ~{fewer} (e.g. --max_steps={fewer}) or a smaller micro_batch_size x "
        f"gradient_accumulation_steps (now {per_gpu} per GPU)"
    ]
