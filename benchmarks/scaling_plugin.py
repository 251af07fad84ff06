"""axolotl plugin used only by benchmarks/scaling.py: benchmarks.plugin.BenchPlugin, once
per rank. Every rank of a multi-GPU run writes its own `BENCH_RESULT.rank<N>` (its own step
times and the samples/tokens of the batches *it* trained on), plus the full log lines of the
run (loss, grad_norm, learning_rate: the Trainer gathers them across ranks before logging).
With BENCH_LORA_SEED set, LoRA A is redrawn from a fixed seed first (see reseed_lora), so a
multi-GPU run and its 1-GPU reference start from the same weights.
"""

from __future__ import annotations

import json
import math
import os
import zlib

from transformers import TrainerCallback

from benchmarks.plugin import BenchPlugin
from benchmarks.scaling import rank_path


def reseed_lora(model, seed: int) -> int:
    """Redraw every LoRA A from a CPU generator seeded by (seed, parameter name), with PEFT's own
    distribution (kaiming_uniform, a=sqrt(5): U(-1/sqrt(fan_in), 1/sqrt(fan_in))); B stays 0.
    axolotl's LoRA init differs from run to run and rank to rank, so without this two runs
    cannot be compared step by step. Returns the number of matrices redrawn."""
    import torch

    n = 0
    with torch.no_grad():
        for name, p in model.named_parameters():
            if p.requires_grad and "lora_A" in name:
                g = torch.Generator().manual_seed(zlib.crc32(f"{seed}:{name}".encode()))  # CPU: 32-bit seeds
                bound = 1.0 / math.sqrt(p.shape[1])
                p.copy_((torch.rand(p.shape, generator=g) * 2 - 1).mul_(bound).to(p.dtype))
                n += 1
    return n


def trainable_checksum(model) -> list[float]:
    """(count, sum, sum of squares) of the trainable weights before step 1: equal in two runs
    when both start from the same LoRA initialisation."""
    import torch

    n, total, squares = 0, 0.0, 0.0
    with torch.no_grad():
        for p in model.parameters():
            if p.requires_grad:
                x = p.detach().double()
                n, total, squares = n + x.numel(), total + float(x.sum()), squares + float((x * x).sum())
    return [n, total, squares]


class _LogRecorder(TrainerCallback):
    def __init__(self, plugin):
        self.p = plugin

    def on_log(self, args, state, control, logs=None, **kwargs):
        if logs:
            entry = {"step": state.global_step}
            for k, v in logs.items():
                try:
                    entry[k] = float(v)
                except (TypeError, ValueError):
                    pass
            self.p.logs.append(entry)


class ScalingBenchPlugin(BenchPlugin):
    def __init__(self):
        super().__init__()
        self.logs = []
        self.init_checksum = None
        self.lora_reseeded = 0
        self.rank = int(os.environ.get("RANK", "0"))  # set by torchrun before Python starts
        self.world_size = int(os.environ.get("WORLD_SIZE", "1"))
        base = os.environ.get("BENCH_RESULT")
        if base and not base.endswith(f".rank{self.rank}"):
            os.environ["BENCH_RESULT"] = rank_path(base, self.rank)

    def add_callbacks_post_trainer(self, cfg, trainer):
        if os.environ.get("BENCH_LORA_SEED"):
            self.lora_reseeded = reseed_lora(trainer.model, int(os.environ["BENCH_LORA_SEED"]))
        self.init_checksum = trainable_checksum(trainer.model)
        return super().add_callbacks_post_trainer(cfg, trainer) + [_LogRecorder(self)]

    def write(self):
        super().write()
        path = os.environ.get("BENCH_RESULT")
        if not path or not os.path.exists(path):
            return
        with open(path) as f:
            report = json.load(f)
        report.update(
            rank=self.rank,
            world_size=self.world_size,
            logs=self.logs,
            init_checksum=self.init_checksum,
            lora_reseeded=self.lora_reseeded,
            deepspeed=(self.cfg or {}).get("deepspeed"),
        )
        with open(path, "w") as f:
            json.dump(report, f, indent=1)
