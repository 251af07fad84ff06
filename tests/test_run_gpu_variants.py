"""smollm2_proof/run_gpu.sh, with `echo` in place of Python: `prepare` builds the training file with
the command written in recipes/smollm2-fc.yml's header, a variant trains
recipes/smollm2-fc-VARIANT.yml where one exists and recipes/smollm2-fc.yml otherwise."""

import os
import re
import shlex
import subprocess

import pytest

from conftest import ROOT

SCRIPT = ROOT / "smollm2_proof" / "run_gpu.sh"
RECIPE = ROOT / "recipes" / "smollm2-fc.yml"


def run(tmp_path, *args) -> subprocess.CompletedProcess:
    env = {**os.environ, "PY": "echo", "LOGS": str(tmp_path / "logs")}
    return subprocess.run(["bash", str(SCRIPT), *args], cwd=tmp_path, env=env, capture_output=True, text=True)


def recipe_header_command() -> list[str]:
    """The `python -m data_builders.bfcl_train ...` command of the recipe's header comment."""
    header = " ".join(
        line.lstrip("#").strip() for line in RECIPE.read_text().splitlines() if line.startswith("#")
    )
    command = re.search(r"python -m (data_builders\.bfcl_train .*?--out \S+)", header.replace("\\ ", ""))
    assert command, f"{RECIPE.name}: no bfcl_train command in the header"
    return shlex.split(command.group(1))


def test_prepare_builds_the_file_the_recipe_header_documents(tmp_path):
    lines = run(tmp_path, "prepare").stdout.splitlines()
    commands = [shlex.split(line) for line in lines if "data_builders.bfcl_train" in line]
    assert commands == [["-m", *recipe_header_command()]]
    assert "--java-js" in commands[0]


@pytest.mark.parametrize("own_recipe", [False, True])
def test_a_variant_trains_its_own_recipe_where_one_exists(tmp_path, own_recipe):
    expected = "recipes/smollm2-fc.yml"
    if own_recipe:
        (tmp_path / "recipes").mkdir()
        (tmp_path / "recipes" / "smollm2-fc-e3.yml").write_text("{}\n")
        expected = "recipes/smollm2-fc-e3.yml"
    assert run(tmp_path, "train", "e3", "7").returncode == 0
    launched = (tmp_path / "logs" / "train-smollm2-e3-s7.log").read_text()
    assert f"-m axolotl.cli.train {expected} --output_dir=outputs/smollm2-e3-s7" in launched
    assert "--num_epochs=3" in launched


def test_unknown_variant_is_refused(tmp_path):
    result = run(tmp_path, "train", "nope")
    assert result.returncode == 2 and "unknown variant nope" in result.stderr
