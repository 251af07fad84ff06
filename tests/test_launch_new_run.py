"""A new run is a new run, really run: train the smoke recipe through k8s/launch.sh to the end, edit
its learning rate, launch the SAME command again (as a re-applied Kubernetes job does, with
--auto_resume_from_checkpoints=true): training starts at step 1 in a new run folder and the first
run's folder is left as it was."""

from __future__ import annotations

import hashlib

import pytest

from conftest import ROOT
from launch_helpers import (
    CPU_OVERRIDES,
    SHORT_RUN,
    checkpoints,
    free_port,
    pet_env,
    run_dir,
    start_node,
    stop,
    tail,
)

MAX_STEPS = 2


def train(args: list[str], env: dict, log) -> None:
    node = start_node(args, env, log)
    try:
        assert node.wait(timeout=300) == 0, tail(log)
    finally:
        stop(node)


def adapter_sha(folder) -> str:
    return hashlib.sha256((folder / "adapter_model.safetensors").read_bytes()).hexdigest()


@pytest.mark.slow
@pytest.mark.timeout(660)
def test_edited_recipe_relaunched_is_a_new_run(smoke_model, tmp_path):
    recipe = tmp_path / "smoke.yml"
    recipe.write_text((ROOT / "recipes/smoke.yml").read_text())
    args = [
        str(recipe),
        f"--output_dir={tmp_path / 'out'}",
        f"--dataset_prepared_path={tmp_path / 'prepared'}",
        f"--max_steps={MAX_STEPS}",
        f"--save_steps={MAX_STEPS}",
        "--auto_resume_from_checkpoints=true",
        *SHORT_RUN,
        *CPU_OVERRIDES,
    ]
    env = pet_env(1, 0, free_port())

    first = run_dir(args, env)
    train(args, env, tmp_path / "first.log")
    first_files = {p: p.stat().st_mtime_ns for p in first.rglob("*")}

    text = recipe.read_text()
    assert "learning_rate: 0.01 " in text
    recipe.write_text(text.replace("learning_rate: 0.01 ", "learning_rate: 0.002 "))
    second = run_dir(args, env)
    assert second != first and second.parent == first.parent

    log = tmp_path / "second.log"
    train(args, env, log)
    text = log.read_text(errors="replace")
    assert f"launch.sh: run {second.name} in {second} (new)" in text
    assert "resume from checkpoint" not in text
    assert text.count("{'loss': ") == MAX_STEPS  # every step trained again, none past max_steps
    assert max(checkpoints(second)) == MAX_STEPS
    assert adapter_sha(second) != adapter_sha(first)
    assert {p: p.stat().st_mtime_ns for p in first.rglob("*")} == first_files
