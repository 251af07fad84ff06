"""Run k8s/launch.sh the way a Kubeflow pod does: PET_* topology in the environment, the recipe as
argument."""

from __future__ import annotations

import json
import os
import shlex
import signal
import socket
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, run_env

LAUNCH = ROOT / "k8s" / "launch.sh"
RUN_ENV = ROOT / "k8s" / "run_env.py"

# CPU stand-ins for what a GPU pod gets from its hardware:
#  - ACCELERATE_USE_CPU: accelerate/transformers then init torch.distributed with gloo instead of nccl.
#  - max_memory: axolotl 0.19 pins device_map to {"": LOCAL_RANK} (an accelerator index) whenever
#    WORLD_SIZE > 1; a CPU-only max_memory makes it compute a CPU device map instead.
CPU_ENV = {"ACCELERATE_USE_CPU": "true", "OMP_NUM_THREADS": "1"}
CPU_OVERRIDES = ['--max_memory={"cpu": "8GiB"}']
SHORT_RUN = ["--val_set_size=0", "--logging_steps=1", "--save_total_limit=4"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pet_env(nnodes: int, rank: int, port: int, nproc: int = 1, **extra: str) -> dict:
    env = run_env(**CPU_ENV, **extra)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env.update(
        PET_NNODES=str(nnodes),
        PET_NODE_RANK=str(rank),
        PET_MASTER_ADDR="127.0.0.1",
        PET_MASTER_PORT=str(port),
        PET_NPROC_PER_NODE=str(nproc),
    )
    return env


def start_node(args: list[str], env: dict, log: Path) -> subprocess.Popen:
    """One "node": launch.sh in its own process group (so kill -9 takes the whole tree, like a pod dying)."""
    return subprocess.Popen(
        ["bash", str(LAUNCH), *args],
        cwd=ROOT,
        env=env,
        stdout=open(log, "w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def stop(proc: subprocess.Popen) -> None:
    """Kill a node's whole process group (accelerate, torchrun and its workers) if still there."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=30)


def tail(log: Path, n: int = 4000) -> str:
    return log.read_text(errors="replace")[-n:]


def trainer_state(checkpoint: Path) -> dict:
    return json.loads((checkpoint / "trainer_state.json").read_text())


def checkpoints(output_dir: Path) -> dict[int, Path]:
    """Completed checkpoints (trainer_state.json is the last file HF Trainer writes) by step."""
    done = {}
    for ckpt in output_dir.glob("checkpoint-*"):
        try:
            done[trainer_state(ckpt)["global_step"]] = ckpt
        except (OSError, ValueError, KeyError):
            continue  # still being written
    return done


def run_dir(args: list[str], env: dict) -> Path:
    """The folder launch.sh trains `args` (recipe + overrides) in: k8s/run_env.py's RUN_DIR."""
    proc = subprocess.run(
        [sys.executable, str(RUN_ENV), *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("RUN_DIR="))
    return Path(shlex.split(line.removeprefix("RUN_DIR="))[0])
