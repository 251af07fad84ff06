"""Launch one benchmark variant and collect its per-rank results.

axolotl variants go through k8s/launch.sh (the launch script of the Kubernetes manifests) with the
PET_* variables a Kubeflow operator sets for one node, so DDP, DeepSpeed or FSDP is picked exactly
as on the cluster, for 1 or N processes alike. The plain HF + PEFT variant runs through
`accelerate launch`. NVLink multicast is off in every process.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import yaml

from benchmarks.plugin import rank_path
from benchmarks.variants import ROOT, Variant

LAUNCH = os.path.join(ROOT, "k8s", "launch.sh")
NO_MULTICAST = {"NCCL_NVLS_ENABLE": "0", "TORCH_SYMM_MEM_DISABLE_MULTICAST": "1", "NVSHMEM_DISABLE_NVLS": "1"}
# CPU stand-ins: gloo instead of NCCL (accelerate/transformers read ACCELERATE_USE_CPU)
CPU_ENV = {"ACCELERATE_USE_CPU": "true", "OMP_NUM_THREADS": "1"}


def launch_env(gpus: int, port: int, result_path: str, cpu: bool = False, **bench: str) -> dict:
    """PET_* for one node, multicast off, offline, the benchmark's BENCH_* hooks."""
    env = dict(
        os.environ,
        PET_NNODES="1",
        PET_NODE_RANK="0",
        PET_MASTER_ADDR="127.0.0.1",
        PET_MASTER_PORT=str(port),
        PET_NPROC_PER_NODE=str(gpus),
        BENCH_RESULT=result_path,
        BENCH_FAST_EXIT="1",
        BENCH_LORA_SEED="1",
        AXOLOTL_DO_NOT_TRACK="1",
        HF_HUB_OFFLINE="1",
        HF_DATASETS_OFFLINE="1",
        WANDB_MODE="disabled",
        PYTHONUNBUFFERED="1",
        TOKENIZERS_PARALLELISM="false",
        **NO_MULTICAST,
        **bench,
    )
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [ROOT, os.environ.get("PYTHONPATH")]))
    env["PATH"] = os.pathsep.join([os.path.dirname(sys.executable), os.environ.get("PATH", "")])
    for key in ("ACCELERATE_EXTRA_ARGS", "BENCH_GUARD", "BENCH_PROFILE"):
        if key not in bench:
            env.pop(key, None)
    if cpu:
        env.update(CPU_ENV)
    elif gpus == 1:
        env["CUDA_VISIBLE_DEVICES"] = "0"
    return env


def command(v: Variant, cfg_path: str, port: int) -> list[str]:
    if v.runner == "axolotl":
        return ["bash", LAUNCH, cfg_path]
    cmd = [
        sys.executable,
        "-m",
        "accelerate.commands.launch",
        "--num_machines",
        "1",
        "--num_processes",
        str(v.gpus),
        "--main_process_port",
        str(port),
    ]
    if v.gpus > 1:
        cmd.append("--multi_gpu")
    return cmd + ["-m", "benchmarks.original_hf", cfg_path]


def run(v: Variant, cfg: dict, work: str, port: int, log, timeout: float, cpu: bool, **bench: str) -> dict:
    """Run the variant; {'ranks': [rank results], 'wall_s', 'exit'} or {'error', 'wall_s'}."""
    cfg_path = os.path.join(work, "cfg", f"{v.name}.yml")
    result = os.path.join(work, "out", f"{v.name}.json")
    os.makedirs(os.path.dirname(cfg_path), exist_ok=True)
    os.makedirs(os.path.dirname(result), exist_ok=True)
    with open(cfg_path, "w") as f:
        yaml.safe_dump(cfg, f, sort_keys=False)
    for r in range(v.gpus):
        if os.path.exists(rank_path(result, r)):
            os.remove(rank_path(result, r))
    cmd = command(v, cfg_path, port)
    log.write(
        f"\n===== {v.name}: {v.gpus} process(es), {' '.join(cmd)}\n{yaml.safe_dump(cfg, sort_keys=False)}\n"
    )
    log.flush()
    t0 = time.time()
    proc = subprocess.Popen(
        cmd,
        env=launch_env(v.gpus, port, result, cpu, **bench),
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        rc = proc.wait(timeout=max(30, timeout))
    except subprocess.TimeoutExpired:
        rc = "timeout"
    try:  # torchrun's workers too: nothing may keep a GPU busy for the next variant
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()
    wall = time.time() - t0
    print(f"[{v.name}] exit {rc} after {wall:.0f}s", flush=True)
    ranks = []
    for r in range(v.gpus):
        if os.path.exists(rank_path(result, r)):
            with open(rank_path(result, r)) as f:
                ranks.append(json.load(f))
    if len(ranks) != v.gpus:
        return {"error": f"exit {rc}, {len(ranks)} of {v.gpus} rank results (see runs.log)", "wall_s": wall}
    return {"ranks": ranks, "wall_s": wall, "exit": rc}
