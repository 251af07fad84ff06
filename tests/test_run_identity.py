"""Which run a launch is (k8s/run_env.py, used by launch.sh and the prefetch / eval Jobs): a changed
recipe or RUN_NAME is a new run with its own folder and W&B run id; the same recipe again is the same
run. No training here (tests/test_launch_new_run.py and test_launch_resume.py run it)."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys

import pytest

from conftest import ROOT
from launch_helpers import LAUNCH, RUN_ENV, pet_env

RECIPE = ROOT / "recipes/smoke.yml"


def run_vars(*args: str, run_name: str = "") -> dict[str, str]:
    env = {**os.environ, "RUN_NAME": run_name}
    proc = subprocess.run(
        [sys.executable, str(RUN_ENV), *map(str, args)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    return dict(line.split("=", 1) for line in proc.stdout.splitlines())


@pytest.fixture
def recipe(tmp_path):
    path = tmp_path / "smoke.yml"
    path.write_text(RECIPE.read_text())
    return path


def test_same_recipe_is_the_same_run_in_the_recipes_output_dir(recipe):
    first = run_vars(recipe, "--max_steps=4")
    again = run_vars(recipe, "--max_steps=4", "--auto_resume_from_checkpoints=true")
    assert (again["RUN_ID"], again["RUN_DIR"]) == (first["RUN_ID"], first["RUN_DIR"])
    assert (
        first["RUN_ID"].startswith("smoke-")
        and first["RUN_DIR"] == f"outputs/smoke-llama3-shape/{first['RUN_ID']}"
    )
    moved = run_vars(recipe, "--output_dir", "/data/out", "--max_steps=4")
    assert moved["RUN_DIR"] == f"/data/out/{first['RUN_ID']}"


def test_edited_recipe_or_override_is_a_new_run(recipe):
    before = run_vars(recipe)["RUN_ID"]
    recipe.write_text(recipe.read_text() + "# a comment is not a change\n")
    assert run_vars(recipe)["RUN_ID"] == before
    recipe.write_text(recipe.read_text().replace("learning_rate: 0.01 ", "learning_rate: 0.02 "))
    assert run_vars(recipe)["RUN_ID"] != before
    assert run_vars(recipe, "--learning_rate=0.03")["RUN_ID"] != run_vars(recipe)["RUN_ID"]


def test_run_name_starts_a_new_run_of_the_same_recipe(recipe):
    unnamed, named = run_vars(recipe), run_vars(recipe, run_name="Lr Sweep #2")
    assert named["RUN_ID"].startswith("lr-sweep-2-") and named["RUN_ID"] != unnamed["RUN_ID"]
    assert named["RUN_DIR"] != unnamed["RUN_DIR"]


def test_train_args_replace_output_dir_with_the_run_folder(recipe):
    out = run_vars(recipe, "--output_dir", "/x", '--max_memory={"cpu": "8GiB"}', "--output_dir=/y")
    args = shlex.split(out["TRAIN_ARGS"].strip("()"))
    assert args == ['--max_memory={"cpu": "8GiB"}', f"--output_dir=/y/{out['RUN_ID']}"]


def test_model_and_datasets_come_from_the_recipe():
    out = run_vars(ROOT / "recipes/xlam.yml")
    assert out["BASE_MODEL"] == "meta-llama/Meta-Llama-3-8B-Instruct"
    assert out["DATASETS"] == "Salesforce/xlam-function-calling-60k"


@pytest.mark.parametrize(
    "text, message",
    [
        ("base_model: m\ndatasets: [{path: d}]\n", "sets no output_dir"),
        ("[1, 2]\n", "is not a YAML mapping"),
        ("base_model: [\n", "is not valid YAML"),
    ],
)
def test_bad_recipe_is_named_before_anything_starts(tmp_path, text, message):
    bad = tmp_path / "bad.yml"
    bad.write_text(text)
    proc = subprocess.run([sys.executable, str(RUN_ENV), str(bad)], capture_output=True, text=True)
    assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr
    env = pet_env(1, 0, 29500, LAUNCH_DRY_RUN="1")
    launched = subprocess.run(
        ["bash", str(LAUNCH), str(bad)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert launched.returncode == 2 and message in launched.stderr


@pytest.mark.parametrize("entity", ["", "my-team"])
def test_launch_gives_the_run_to_wandb(tmp_path, entity):
    """A fake `accelerate` on PATH shows the environment launch.sh hands to the training."""
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "accelerate").write_text("#!/bin/sh\nenv | grep '^WANDB_' | sort\n")
    (fake / "accelerate").chmod(0o755)
    env = pet_env(1, 0, 29500, WANDB_ENTITY=entity)
    env["PATH"] = os.pathsep.join([str(fake), env["PATH"]])
    proc = subprocess.run(
        ["bash", str(LAUNCH), "recipes/smoke.yml"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    wandb = dict(line.split("=", 1) for line in proc.stdout.splitlines())
    run_id = run_vars(RECIPE)["RUN_ID"]
    assert wandb["WANDB_RUN_ID"] == wandb["WANDB_NAME"] == run_id
    assert wandb.get("WANDB_ENTITY") == (entity or None)  # empty: unset, W&B uses the key's default
