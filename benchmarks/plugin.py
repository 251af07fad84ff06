"""The benchmark's instrumentation of one training process, on every rank: an axolotl plugin
(`benchmarks.plugin.BenchPlugin`, added to a recipe's `plugins:` by the driver) and `instrument`,
which the plain HF + PEFT pipeline (benchmarks/original_hf.py) calls on its own Trainer.

Set by the driver in the environment:
  BENCH_RESULT  rank N writes its result to BENCH_RESULT.rankN (benchmarks/steps.py's record)
  BENCH_GUARD   JSON of fixed samples: run the correctness guard before step 1 (benchmarks/guard.py)
  BENCH_LORA_SEED  redraw LoRA A from this seed first, so runs start from the same weights
  BENCH_PROFILE, BENCH_PROFILE_FIRST, BENCH_PROFILE_STEPS  profile steps FIRST+1..FIRST+STEPS
  BENCH_FAST_EXIT=1  skip interpreter teardown once training has finished
"""

from __future__ import annotations

import json
import math
import os
import sys
import zlib

import torch
from axolotl.integrations.base import BasePlugin
from transformers import TrainerCallback

from benchmarks.guard import run_guard
from benchmarks.profiler import StepProfiler
from benchmarks.steps import StepRecorder


def rank_path(base: str, rank: int) -> str:
    """Where rank RANK of a launch writes its result."""
    return f"{base}.rank{rank}"


def reseed_lora(model, seed: int) -> int:
    """Redraw every LoRA A from a CPU generator seeded by (seed, parameter name), with PEFT's own
    distribution (kaiming_uniform, a=sqrt(5): U(-1/sqrt(fan_in), 1/sqrt(fan_in))); B stays 0.
    axolotl's LoRA init differs from run to run and rank to rank, so without this two runs
    cannot be compared step by step. Returns the number of matrices redrawn."""
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
    n, total, squares = 0, 0.0, 0.0
    with torch.no_grad():
        for p in model.parameters():
            if p.requires_grad:
                x = p.detach().double()
                n, total, squares = n + x.numel(), total + float(x.sum()), squares + float((x * x).sum())
    return [n, total, squares]


class _Writer(TrainerCallback):
    def __init__(self, write):
        self.write = write

    def on_train_end(self, args, state, control, **kwargs):
        self.write()


META_KEYS = (
    "micro_batch_size",
    "gradient_accumulation_steps",
    "sequence_len",
    "sample_packing",
    "gradient_checkpointing",
    "lora_r",
    "optimizer",
    "deepspeed",
    "fsdp_version",
)


def run_meta(cfg, runner: str) -> dict:
    """The training settings a rank result carries along."""
    return {**{key: cfg.get(key) for key in META_KEYS}, "runner": runner}


def instrument(trainer, fp16: bool, sample_packing: bool, meta: dict) -> list[TrainerCallback]:
    """Reseed LoRA, run the guard, and return the callbacks that record (and profile) the steps
    and write this rank's result at the end of training."""
    rank = int(os.environ.get("RANK", "0"))  # set by torchrun before Python starts
    model = trainer.model
    report = {"rank": rank, "world_size": int(os.environ.get("WORLD_SIZE", "1")), **meta}
    if os.environ.get("BENCH_LORA_SEED"):
        report["lora_reseeded"] = reseed_lora(model, int(os.environ["BENCH_LORA_SEED"]))
    report["init_checksum"] = trainable_checksum(model)
    if os.environ.get("BENCH_GUARD"):
        with open(os.environ["BENCH_GUARD"]) as f:
            samples = json.load(f)
        report["guard"] = run_guard(model, trainer.data_collator, samples, fp16, sample_packing)
    recorder = StepRecorder(trainer, trainer.processing_class.pad_token_id)
    callbacks = [recorder]
    profiler = None
    if os.environ.get("BENCH_PROFILE"):
        profiler = StepProfiler(
            model,
            os.environ["BENCH_PROFILE"],
            int(os.environ["BENCH_PROFILE_FIRST"]),
            int(os.environ["BENCH_PROFILE_STEPS"]),
            int(meta.get("lora_r") or 0),
            model.config.vocab_size,
        )
        callbacks.append(profiler)

    def write():
        path = os.environ.get("BENCH_RESULT")
        if not path:
            return
        report.update(recorder.report())
        if profiler is not None:
            report["profile"] = profiler.table
        with open(rank_path(path, rank), "w") as f:
            json.dump(report, f, indent=1)

    return callbacks + [_Writer(write)]


def fast_exit() -> None:
    """Skip interpreter teardown (~30 s per run for an 8B model) once results are written."""
    if os.environ.get("BENCH_FAST_EXIT") == "1":
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


class BenchPlugin(BasePlugin):
    def add_callbacks_post_trainer(self, cfg, trainer):
        return instrument(trainer, bool(cfg.fp16), bool(cfg.sample_packing), run_meta(cfg, "axolotl"))

    def post_train(self, cfg, model):
        fast_exit()
