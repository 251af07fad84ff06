"""axolotl plugin used only by benchmarks/benchmark.py: times training steps and runs the
correctness guard inside the real `axolotl.cli.train` process.

The benchmark adds `benchmarks.plugin.BenchPlugin` to each recipe's `plugins:` and sets
BENCH_RESULT (JSON file to write) and BENCH_GUARD (JSON file with the guard's fixed samples).

Timing: a callback synchronises the GPU at every optimizer-step end; a wrapper around
`trainer.training_step` counts, per optimizer step, samples, non-pad input tokens and trainable
(label != -100) tokens of the batches it saw. The benchmark takes medians over steps after warm-up.

Guard (before step 1, model in eval mode, LoRA B = 0 so this is the base model as each recipe
loads it): per-sample summed loss of fixed samples run one at a time (compared across recipes
by the benchmark); for packing recipes also the same samples packed into one row through the
trainer's own collator (must equal the one-at-a-time losses: no cross-sample attention), and a
deliberately leaky control (same row, positions not reset -> one causal sequence) that shows
the check can see cross-sample attention at all.
"""

from __future__ import annotations

import json
import os
import sys
import time

import torch
import torch.nn.functional as F
from axolotl.integrations.base import BasePlugin
from transformers import TrainerCallback

IGNORE_INDEX = -100


def batch_counts(inputs: dict, pad_id: int) -> tuple[int, int, int]:
    """(samples, non-pad tokens, trainable tokens) of one collated batch.

    Padding is the pad token (<|end_of_text|>, never produced by tokenizing text). A sample
    starts where position_ids is 0 on a non-pad token (packed rows hold several); without
    position_ids every row with a non-pad token is one sample."""
    ids = inputs["input_ids"]
    real = ids != pad_id
    non_pad = int(real.sum())
    trainable = int((inputs["labels"] != IGNORE_INDEX).sum())
    pos = inputs.get("position_ids")
    if pos is not None:
        samples = int(((pos == 0) & real).sum())
    else:
        samples = int(real.any(dim=-1).sum())
    return samples, non_pad, trainable


def _per_sample_loss(logits: torch.Tensor, labels: torch.Tensor, spans) -> list[float]:
    """Summed next-token CE per sample span (start, end) of one row, in float32."""
    logits = logits[0].float()
    labels = labels[0]
    out = []
    for start, end in spans:
        lg = logits[start : end - 1]
        lb = labels[start + 1 : end]
        out.append(float(F.cross_entropy(lg, lb, ignore_index=IGNORE_INDEX, reduction="sum")))
    return out


class _Timer(TrainerCallback):
    def __init__(self, plugin):
        self.p = plugin

    def on_train_begin(self, args, state, control, **kwargs):
        torch.cuda.synchronize()
        torch.cuda.reset_peak_memory_stats()
        self.p.t_last = time.perf_counter()

    def on_step_end(self, args, state, control, **kwargs):
        torch.cuda.synchronize()
        now = time.perf_counter()
        s, n, t = self.p.pending
        # axolotl resets the peak counters when it logs: read them at every step end
        self.p.steps.append(
            {
                "step": state.global_step,
                "seconds": now - self.p.t_last,
                "samples": s,
                "tokens": n,
                "trainable_tokens": t,
                "peak_allocated": torch.cuda.max_memory_allocated(),
                "peak_reserved": torch.cuda.max_memory_reserved(),
            }
        )
        self.p.pending = [0, 0, 0]
        self.p.t_last = now

    def on_log(self, args, state, control, logs=None, **kwargs):
        if logs and "loss" in logs:
            self.p.losses.append({"step": state.global_step, "loss": float(logs["loss"])})

    def on_train_end(self, args, state, control, **kwargs):
        self.p.write()


class BenchPlugin(BasePlugin):
    def __init__(self):
        super().__init__()
        self.steps, self.losses, self.pending, self.guard = [], [], [0, 0, 0], {}
        self.t_last = 0.0
        self.cfg = None

    def add_callbacks_post_trainer(self, cfg, trainer):
        self.cfg = cfg
        pad_id = trainer.processing_class.pad_token_id
        inner = trainer.training_step

        def counted_training_step(model, inputs, *a, **kw):
            s, n, t = batch_counts(inputs, pad_id)
            self.pending = [self.pending[0] + s, self.pending[1] + n, self.pending[2] + t]
            return inner(model, inputs, *a, **kw)

        trainer.training_step = counted_training_step
        self.guard = self.run_guard(cfg, trainer)
        return [_Timer(self)]

    # -- correctness guard ---------------------------------------------------------------
    def run_guard(self, cfg, trainer) -> dict:
        path = os.environ.get("BENCH_GUARD")
        if not path:
            return {}
        with open(path) as f:
            samples = json.load(f)
        model = trainer.model
        device = next(p for p in model.parameters()).device
        dtype = torch.float16 if cfg.fp16 else torch.bfloat16
        was_training = model.training
        model.eval()
        result = {"solo": [], "packed": None, "leaky": None}

        def forward(ids, labels, pos, extra=None):
            batch = {
                "input_ids": torch.tensor([ids], device=device),
                "position_ids": torch.tensor([pos], device=device),
            }
            for k, v in (extra or {}).items():  # other collator outputs, as in training
                batch[k] = v.to(device)
            with torch.no_grad(), torch.autocast("cuda", dtype=dtype):
                out = model(**batch, output_hidden_states=True)
            # fp32 logits from the final (normed) hidden state: keeps bf16 rounding of 128k
            # logits out of the comparison; the model body runs exactly as in training
            with torch.no_grad():
                head = model.get_output_embeddings().weight.float()
                logits = out.hidden_states[-1].float() @ head.T
            return logits, torch.tensor([labels], device=device)

        for s in samples:
            n = len(s["input_ids"])
            logits, labels = forward(s["input_ids"], s["labels"], list(range(n)))
            result["solo"] += _per_sample_loss(logits, labels, [(0, n)])
            del logits
        if cfg.sample_packing:
            # the trainer's own collator builds the packed row, as in training
            feats = [
                {
                    "input_ids": s["input_ids"],
                    "labels": s["labels"],
                    "position_ids": list(range(len(s["input_ids"]))),
                }
                for s in samples
            ]
            packed = trainer.data_collator([feats])
            ids, labels = packed["input_ids"][0].tolist(), packed["labels"][0].tolist()
            spans, start = [], 0
            for s in samples:
                spans.append((start, start + len(s["input_ids"])))
                start += len(s["input_ids"])
            extra = {k: v for k, v in packed.items() if k not in ("input_ids", "labels", "position_ids")}
            result["packed_batch_keys"] = sorted(packed.keys())
            logits, lab = forward(ids, labels, packed["position_ids"][0].tolist(), extra)
            result["packed"] = _per_sample_loss(logits, lab, spans)
            del logits
            logits, lab = forward(ids, labels, list(range(len(ids))))
            result["leaky"] = _per_sample_loss(logits, lab, spans)
            del logits
        result["n_label_tokens"] = [sum(1 for x in s["labels"][1:] if x != IGNORE_INDEX) for s in samples]
        model.train(was_training)
        torch.cuda.empty_cache()
        return result

    def post_train(self, cfg, model):
        """After axolotl has saved everything: skip interpreter teardown (~30 s per run on
        the H100 machine) when the benchmark asks for it."""
        if os.environ.get("BENCH_FAST_EXIT") == "1":
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(0)

    def write(self):
        path = os.environ.get("BENCH_RESULT")
        if not path:
            return
        cfg = self.cfg or {}
        report = {
            "steps": self.steps,
            "losses": self.losses,
            "guard": self.guard,
            "peak_allocated_gib": max(
                [s["peak_allocated"] for s in self.steps] + [torch.cuda.max_memory_allocated()]
            )
            / 2**30,
            "peak_reserved_gib": max(
                [s["peak_reserved"] for s in self.steps] + [torch.cuda.max_memory_reserved()]
            )
            / 2**30,
            "micro_batch_size": cfg.get("micro_batch_size"),
            "gradient_accumulation_steps": cfg.get("gradient_accumulation_steps"),
            "sequence_len": cfg.get("sequence_len"),
            "sample_packing": bool(cfg.get("sample_packing")),
            "lora_kernels": [cfg.get(k) for k in ("lora_qkv_kernel", "lora_o_kernel", "lora_mlp_kernel")],
            "sdpa_varlen": cfg.get("sdpa_varlen"),
            "gradient_checkpointing": cfg.get("gradient_checkpointing"),
        }
        with open(path, "w") as f:
            json.dump(report, f, indent=1)
