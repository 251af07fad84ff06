"""smollm2_proof/run_gpu.sh, with `echo` in place of Python: `prepare` writes the Java/JavaScript
variant's file with the default file's command plus `--java-js 1500`, and the `javajs` variant
trains recipes/smollm2-fc-javajs.yml while the other variants train recipes/smollm2-fc.yml."""

import os
import shlex
import subprocess

import pytest

from conftest import ROOT

SCRIPT = ROOT / "smollm2_proof" / "run_gpu.sh"


def run(tmp_path, *args) -> subprocess.CompletedProcess:
    env = {**os.environ, "PY": "echo", "LOGS": str(tmp_path / "logs")}
    return subprocess.run(["bash", str(SCRIPT), *args], cwd=tmp_path, env=env, capture_output=True, text=True)


def test_prepare_writes_the_javajs_file_with_the_same_command_plus_java_js(tmp_path):
    lines = run(tmp_path, "prepare").stdout.splitlines()
    commands = [shlex.split(line) for line in lines if "data_builders.bfcl_train" in line]
    plain, javajs = commands
    out = plain.index("--out")
    assert plain[out + 1] == ".cache/smollm2-data/train.jsonl"
    assert javajs[javajs.index("--out") + 1] == ".cache/smollm2-data/train-javajs.jsonl"
    flags = javajs[: javajs.index("--out")] + javajs[javajs.index("--out") + 2 :]
    i = flags.index("--java-js")
    assert flags[i + 1] == "1500"
    assert flags[:i] + flags[i + 2 :] == plain[:out] + plain[out + 2 :]


@pytest.mark.parametrize(
    "variant, recipe", [("javajs", "recipes/smollm2-fc-javajs.yml"), ("recipe", "recipes/smollm2-fc.yml")]
)
def test_each_variant_trains_its_recipe(tmp_path, variant, recipe):
    assert run(tmp_path, "train", variant, "7").returncode == 0
    launched = (tmp_path / "logs" / f"train-smollm2-{variant}-s7.log").read_text()
    assert f"-m axolotl.cli.train {recipe} --output_dir=outputs/smollm2-{variant}-s7" in launched


def test_unknown_variant_is_refused(tmp_path):
    result = run(tmp_path, "train", "nope")
    assert result.returncode == 2 and "unknown variant nope" in result.stderr
