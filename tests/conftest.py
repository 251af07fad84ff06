"""Shared fixtures: the real Llama 3 tokenizer, the tiny smoke model, and one smoke training run
per test session (reused by every test that needs a trained adapter)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OFFLINE_ENV = {
    "AXOLOTL_DO_NOT_TRACK": "1",
    "HF_HUB_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "WANDB_MODE": "disabled",
    "TOKENIZERS_PARALLELISM": "false",
    # axolotl's stdout tee (installed by load_cfg) deadlocks in close_debug_log; tests run
    # axolotl in-process, so keep pytest's streams untouched
    "AXOLOTL_TEE_STDOUT": "0",
}
os.environ.update(OFFLINE_ENV)


# the axolotl CLI of the environment running the tests (a venv's bin/ need not be on PATH)
AXOLOTL = shutil.which("axolotl", path=str(Path(sys.executable).parent)) or shutil.which("axolotl")


def run_env(**extra: str) -> dict:
    """Environment for a subprocess that runs axolotl from the repo root."""
    env = {**os.environ, **OFFLINE_ENV, **extra}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def run_cmd(cmd: list[str], log: Path, timeout: int = 600, **env: str) -> subprocess.CompletedProcess:
    """Run a command from the repo root, tee-ing output to `log`; fail the test with its tail."""
    with open(log, "w") as f:
        proc = subprocess.run(
            cmd, cwd=ROOT, env=run_env(**env), stdout=f, stderr=subprocess.STDOUT, timeout=timeout
        )
    if proc.returncode != 0:
        tail = log.read_text(errors="replace")[-4000:]
        pytest.fail(f"{' '.join(map(str, cmd))} exited {proc.returncode}:\n{tail}")
    return proc


def accelerate(*args: str) -> list[str]:
    return [sys.executable, "-m", "accelerate.commands.launch", *args]


@contextmanager
def restored_env():
    """load_cfg exports WANDB_* / ACCELERATE_* variables and may install a stdout tee: undo both after."""
    from axolotl.utils.tee import close_debug_log

    saved = dict(os.environ)
    try:
        yield
    finally:
        close_debug_log()
        os.environ.clear()
        os.environ.update(saved)


@pytest.fixture
def clean_env(monkeypatch):
    """For tests that call axolotl's load_cfg: run from the repo root, leave the environment as found."""
    monkeypatch.chdir(ROOT)
    with restored_env():
        yield


@pytest.fixture(scope="session")
def tokenizer():
    from data_builders.prepare_smoke import llama3_tokenizer

    return llama3_tokenizer()


@pytest.fixture(scope="session")
def smoke_model() -> Path:
    from data_builders.prepare_smoke import build

    return Path(build(str(ROOT / ".cache" / "smoke-model")))


@pytest.fixture(scope="session")
def smoke(smoke_model):
    """The smoke model loaded for inference (HF backend, CPU)."""
    from eval.infer import load_model

    return load_model(str(smoke_model), backend="hf")


@pytest.fixture(scope="session")
def smollm2() -> Path:
    """SmolLM2-135M-Instruct as a plain HF checkpoint (built once from the GGUF)."""
    from data_builders.prepare_smollm2 import build

    return Path(build(str(ROOT / ".cache" / "smollm2-135m")))


@pytest.fixture(scope="session")
def smoke_run(smoke_model, tmp_path_factory) -> Path:
    """recipes/smoke.yml trained once through the real CLI; returns its output_dir."""
    out = tmp_path_factory.mktemp("smoke-run")
    run_cmd(
        accelerate(
            "--cpu",
            "-m",
            "axolotl.cli.train",
            "recipes/smoke.yml",
            f"--output_dir={out}",
            f"--dataset_prepared_path={out / 'prepared'}",
        ),
        out / "train.log",
    )
    return out


# Property tests: >= 1,000 examples in CI; `HYPOTHESIS_PROFILE=deep pytest -k property` runs 20,000.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "ci", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "deep", max_examples=20000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def key_drift(a: dict, b: dict, allowed: set) -> dict:
    """Top-level keys two recipes must share but do not: {key: (a's value, b's value)}."""
    shared = (set(a) | set(b)) - allowed
    return {
        k: (a.get(k, "<absent>"), b.get(k, "<absent>"))
        for k in sorted(shared)
        if a.get(k, "<absent>") != b.get(k, "<absent>")
    }


def bfcl_train_command(recipe: Path) -> list[str]:
    """The `python -m data_builders.bfcl_train ... --out PATH` a SmolLM2 recipe's header documents,
    as argv after `-m`."""
    header = " ".join(
        line.lstrip("#").strip() for line in recipe.read_text().splitlines() if line.startswith("#")
    )
    command = re.search(r"python -m (data_builders\.bfcl_train .*?--out \S+)", header.replace("\\ ", ""))
    assert command, f"{recipe.name}: no bfcl_train command in the header"
    return shlex.split(command.group(1))
