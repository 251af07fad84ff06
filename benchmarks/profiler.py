"""torch.profiler over a few steady-state optimizer steps of a benchmark run, and the table of
where those steps go (benchmarks/kernel_table.py).

The benchmark runs `count` extra optimizer steps after the timed ones and profiles exactly those:
the profiler starts at the end of step `first` and each following step is a `bench::optimizer_step`
range closed after the GPU is synchronised. While profiling, norm, activation and lm_head
modules run inside `bench::module::<kind>` ranges (forward hooks), which the table uses
for kernels that their names do not place. Shapes are recorded (LoRA vs base matmuls).
"""

from __future__ import annotations

import gzip
import json
import os
import shutil

import torch
from transformers import TrainerCallback

from benchmarks import kernel_table
from benchmarks.steps import synchronize

MODULE_KINDS = (("RMSNorm", "norm"), ("LayerNorm", "norm"), ("SiLU", "activation"), ("GELU", "activation"))


def module_kind(name: str, module: torch.nn.Module) -> str | None:
    if name.endswith("lm_head"):
        return "lm_head"
    cls = type(module).__name__
    return next((kind for suffix, kind in MODULE_KINDS if cls.endswith(suffix)), None)


class StepProfiler(TrainerCallback):
    def __init__(self, model, out_dir: str, first: int, count: int, lora_r: int, vocab: int):
        self.model, self.out_dir, self.first, self.count = model, out_dir, first, count
        self.lora_r, self.vocab = lora_r, vocab
        self.prof = self.step_range = None
        self.hooks = []
        self.table = None

    def _hook_modules(self):
        def enter(kind):
            def pre(module, args):
                module._bench_range = torch.profiler.record_function(f"{kernel_table.MODULE_RANGE}{kind}")
                module._bench_range.__enter__()

            return pre

        def leave(module, args, output):
            module._bench_range.__exit__(None, None, None)

        for name, module in self.model.named_modules():
            kind = module_kind(name, module)
            if kind:
                self.hooks.append(module.register_forward_pre_hook(enter(kind)))
                self.hooks.append(module.register_forward_hook(leave))

    def _open_step(self, step: int):
        self.step_range = torch.profiler.record_function(f"{kernel_table.STEP_RANGE} {step}")
        self.step_range.__enter__()

    def on_step_end(self, args, state, control, **kwargs):
        step = state.global_step
        if step == self.first:
            activities = [torch.profiler.ProfilerActivity.CPU]
            if torch.cuda.is_available():
                activities.append(torch.profiler.ProfilerActivity.CUDA)
            self._hook_modules()
            self.prof = torch.profiler.profile(activities=activities, record_shapes=True)
            self.prof.__enter__()
            self._open_step(step + 1)
        elif self.prof is not None and self.first < step <= self.first + self.count:
            synchronize()
            self.step_range.__exit__(None, None, None)
            if step < self.first + self.count:
                self._open_step(step + 1)
            else:
                self._finish()

    def _finish(self):
        self.prof.__exit__(None, None, None)
        for h in self.hooks:
            h.remove()
        os.makedirs(self.out_dir, exist_ok=True)
        rank = int(os.environ.get("RANK", "0"))
        raw = os.path.join(self.out_dir, f"trace.rank{rank}.json")
        self.prof.export_chrome_trace(raw)
        events = kernel_table.load_events(raw)
        with open(raw, "rb") as src, gzip.open(raw + ".gz", "wb") as dst:
            shutil.copyfileobj(src, dst)
        os.remove(raw)
        self.table = kernel_table.breakdown(events, self.lora_r, self.vocab)
        self.table["trace"] = raw + ".gz"
        with open(os.path.join(self.out_dir, f"table.rank{rank}.json"), "w") as f:
            json.dump(self.table, f, indent=1)
        self.prof = None
