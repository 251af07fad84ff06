"""axolotl plugin used only by scripts/bench_scaling.py: scripts/bench_plugin.BenchPlugin, once
per rank. Every rank of a multi-GPU run writes its own `BENCH_RESULT.rank<N>` (its own step
times and the samples/tokens of the batches *it* trained on), plus the full log lines of the
run (loss, grad_norm, learning_rate: the Trainer gathers them across ranks before logging).
"""

from __future__ import annotations

import json
import os

from transformers import TrainerCallback

from scripts.bench_plugin import BenchPlugin
from scripts.bench_scaling import rank_path


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
        self.rank = int(os.environ.get("RANK", "0"))        # set by torchrun before Python starts
        self.world_size = int(os.environ.get("WORLD_SIZE", "1"))
        base = os.environ.get("BENCH_RESULT")
        if base and not base.endswith(f".rank{self.rank}"):
            os.environ["BENCH_RESULT"] = rank_path(base, self.rank)

    def add_callbacks_post_trainer(self, cfg, trainer):
        return super().add_callbacks_post_trainer(cfg, trainer) + [_LogRecorder(self)]

    def write(self):
        super().write()
        path = os.environ.get("BENCH_RESULT")
        if not path or not os.path.exists(path):
            return
        with open(path) as f:
            report = json.load(f)
        report.update(rank=self.rank, world_size=self.world_size, logs=self.logs,
                      deepspeed=(self.cfg or {}).get("deepspeed"))
        with open(path, "w") as f:
            json.dump(report, f, indent=1)
