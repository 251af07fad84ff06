"""Per-rank record of every optimizer step of a transformers Trainer (axolotl's or a plain one).

Per step: wall seconds from the previous step's end (the device synchronised at each step end),
its start and end on the host clock (comparable across the ranks of one host), the samples,
non-pad input tokens and trainable (label != -100) tokens of the batches this rank trained on,
the host time spent fetching them (`data_s`: the dataloader and collator, the device idle), the
device time of each micro-batch's forward + backward (`micro_s`; under DDP the last one also
waits for the gradient all-reduce) and of the optimizer step, and the peak memory. Also the
log lines (loss, grad_norm, ...), the launch the Trainer actually ran (DDP, DeepSpeed, FSDP or
one process), the GPU this rank ran on and the setup time from the built trainer to the first step.
Works on CPU too (device times are then host times; memory reads 0; no GPU recorded).
"""

from __future__ import annotations

import os
import time

import torch
from transformers import TrainerCallback

IGNORE_INDEX = -100


def synchronize() -> None:
    if torch.cuda.is_available():
        torch.cuda.synchronize()


def peak_memory() -> tuple[int, int]:
    """(allocated, reserved) peak bytes since the last reset; 0 without CUDA."""
    if not torch.cuda.is_available():
        return 0, 0
    return torch.cuda.max_memory_allocated(), torch.cuda.max_memory_reserved()


class Mark:
    """A point on the device timeline: a CUDA event, or the host clock without CUDA."""

    def __init__(self):
        self.event = None
        if torch.cuda.is_available():
            self.event = torch.cuda.Event(enable_timing=True)
            self.event.record()
        self.t = time.perf_counter()

    def seconds_to(self, later: Mark) -> float:
        """Elapsed seconds to a later mark; the device must have passed both (synchronised)."""
        if self.event is not None and later.event is not None:
            return self.event.elapsed_time(later.event) / 1e3
        return later.t - self.t


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


def describe_launch(trainer) -> dict:
    """What the Trainer really ran: accelerate's distributed type and the model's wrapper."""
    acc = getattr(trainer, "accelerator", None)
    return {
        "distributed_type": str(getattr(acc, "distributed_type", None)),
        "wrapper": type(getattr(trainer, "model_wrapped", None)).__name__,
        "deepspeed": bool(getattr(trainer, "is_deepspeed_enabled", False)),
        "fsdp": bool(getattr(trainer, "is_fsdp_enabled", False)),
        "world_size": int(getattr(trainer.args, "world_size", 1)),
    }


def gpu_identity() -> dict | None:
    """The CUDA device this process runs on: its index (within CUDA_VISIBLE_DEVICES, recorded too)
    and the physical GPU's UUID and PCI address where torch exposes them; None on CPU."""
    if not torch.cuda.is_available():
        return None
    index = torch.cuda.current_device()
    props = torch.cuda.get_device_properties(index)
    out = {
        "index": index,
        "visible_devices": os.environ.get("CUDA_VISIBLE_DEVICES"),
        "uuid": str(props.uuid) if getattr(props, "uuid", None) else None,
    }
    if getattr(props, "pci_bus_id", None) is not None:
        domain, device = getattr(props, "pci_domain_id", 0), getattr(props, "pci_device_id", 0)
        out["pci"] = f"{domain:04x}:{props.pci_bus_id:02x}:{device:02x}"
    return out


class StepRecorder(TrainerCallback):
    def __init__(self, trainer, pad_id: int):
        self.trainer, self.pad_id = trainer, pad_id
        self.steps, self.losses, self.logs = [], [], []
        self.launch, self.gpu = {}, None
        self.built = time.time()
        self.train_begin = None
        self._new_step()
        inner_step, inner_fetch = trainer.training_step, trainer.get_batch_samples

        def training_step(model, inputs, *a, **kw):
            s, n, t = batch_counts(inputs, pad_id)
            self.pending["samples"] += s
            self.pending["tokens"] += n
            self.pending["trainable_tokens"] += t
            start = Mark()
            out = inner_step(model, inputs, *a, **kw)
            self.micro.append((start, Mark()))
            return out

        def get_batch_samples(*a, **kw):
            t0 = time.perf_counter()
            with torch.profiler.record_function("bench::data"):
                out = inner_fetch(*a, **kw)
            self.pending["data_s"] += time.perf_counter() - t0
            return out

        trainer.training_step = training_step
        trainer.get_batch_samples = get_batch_samples

    def _new_step(self):
        self.pending = {"samples": 0, "tokens": 0, "trainable_tokens": 0, "data_s": 0.0}
        self.micro, self.optimizer = [], [None, None]

    def on_train_begin(self, args, state, control, **kwargs):
        synchronize()
        if torch.cuda.is_available():
            torch.cuda.reset_peak_memory_stats()
        self.launch = describe_launch(self.trainer)
        self.gpu = gpu_identity()
        self.t_last, self.wall_last = time.perf_counter(), time.time()
        self.train_begin = self.wall_last

    def on_pre_optimizer_step(self, args, state, control, **kwargs):
        self.optimizer[0] = Mark()

    def on_optimizer_step(self, args, state, control, **kwargs):
        self.optimizer[1] = Mark()

    def on_step_end(self, args, state, control, **kwargs):
        synchronize()
        now, wall = time.perf_counter(), time.time()
        allocated, reserved = peak_memory()  # axolotl resets the peaks when it logs: read every step
        opt = self.optimizer
        self.steps.append(
            {
                "step": state.global_step,
                "seconds": now - self.t_last,
                "start": self.wall_last,
                "end": wall,
                **self.pending,
                "micro_s": [a.seconds_to(b) for a, b in self.micro],
                "optimizer_s": opt[0].seconds_to(opt[1]) if opt[0] and opt[1] else None,
                "peak_allocated": allocated,
                "peak_reserved": reserved,
            }
        )
        self._new_step()
        self.t_last, self.wall_last = now, wall

    def on_log(self, args, state, control, logs=None, **kwargs):
        if not logs:
            return
        entry = {"step": state.global_step}
        for k, v in logs.items():
            try:
                entry[k] = float(v)
            except (TypeError, ValueError):
                pass
        self.logs.append(entry)
        if "loss" in logs:
            self.losses.append({"step": state.global_step, "loss": float(logs["loss"])})

    def report(self) -> dict:
        allocated, reserved = peak_memory()
        return {
            "steps": self.steps,
            "losses": self.losses,
            "logs": self.logs,
            "launch": self.launch,
            "gpu": self.gpu,
            "setup_s": (self.train_begin - self.built) if self.train_begin else None,
            "peak_allocated_gib": max([s["peak_allocated"] for s in self.steps] + [allocated]) / 2**30,
            "peak_reserved_gib": max([s["peak_reserved"] for s in self.steps] + [reserved]) / 2**30,
        }
