"""k8s/launch.sh's contract without training: it reads the five PET_* variables, fails fast and
clearly on a missing or inconsistent one, and composes the `accelerate launch` command
(LAUNCH_DRY_RUN=1 prints it instead of running it)."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT

LAUNCH = ROOT / "k8s" / "launch.sh"
PET = {
    "PET_NNODES": "2",
    "PET_NODE_RANK": "1",
    "PET_MASTER_ADDR": "xlam-train-node-0-0.xlam-train",
    "PET_MASTER_PORT": "29500",
    "PET_NPROC_PER_NODE": "8",
}


def launch(*args: str, recipe: str = "recipes/smoke.yml", drop=(), **env: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith("PET_") and k != "ACCELERATE_EXTRA_ARGS"}
    full = {**base, **PET, "LAUNCH_DRY_RUN": "1", **env}
    full["PATH"] = os.pathsep.join([os.path.dirname(sys.executable), full.get("PATH", "")])  # run_env.py
    for name in drop:
        full.pop(name)
    return subprocess.run(
        ["bash", str(LAUNCH), recipe, *args], cwd=ROOT, env=full, capture_output=True, text=True
    )


def command_of(proc: subprocess.CompletedProcess) -> list[str]:
    assert proc.returncode == 0, proc.stderr
    line = next(ln for ln in proc.stderr.splitlines() if ln.startswith("launch.sh: accelerate "))
    return shlex.split(line.removeprefix("launch.sh: "))


def flag(cmd: list[str], name: str) -> str:
    return cmd[cmd.index(name) + 1]


def test_multi_node_flags_come_from_pet_variables():
    cmd = command_of(launch("--max_steps=5"))
    assert cmd[:2] == ["accelerate", "launch"]
    assert flag(cmd, "--num_machines") == "2" and flag(cmd, "--machine_rank") == "1"
    assert (
        flag(cmd, "--main_process_ip") == PET["PET_MASTER_ADDR"]
        and flag(cmd, "--main_process_port") == "29500"
    )
    assert flag(cmd, "--num_processes") == "16"  # accelerate wants the world size, not per node
    assert "--multi_gpu" in cmd and "--use_deepspeed" not in cmd
    assert cmd[-5:-1] == ["-m", "axolotl.cli.train", "recipes/smoke.yml", "--max_steps=5"]
    assert re.fullmatch(
        r"--output_dir=outputs/smoke-llama3-shape/smoke-[0-9a-f]{8}", cmd[-1]
    )  # the run's own folder


def test_deepspeed_recipe_gets_the_standard_multinode_launcher(tmp_path):
    recipe = tmp_path / "ds.yml"
    recipe.write_text((ROOT / "recipes/smoke.yml").read_text() + "deepspeed: recipes/launchers/zero2.json\n")
    cmd = command_of(launch(recipe=str(recipe)))
    assert flag(cmd, "--deepspeed_multinode_launcher") == "standard" and "--use_deepspeed" in cmd
    assert "--multi_gpu" not in cmd  # accelerate allows one launcher kind


def test_empty_deepspeed_key_and_cli_override():
    """recipes/xlam.yml ships `deepspeed:` empty (plain DDP); an override switches DeepSpeed on."""
    assert "--use_deepspeed" not in command_of(launch(recipe="recipes/xlam.yml"))
    cmd = command_of(launch("--deepspeed=recipes/launchers/zero2.json", recipe="recipes/xlam.yml"))
    assert flag(cmd, "--deepspeed_multinode_launcher") == "standard"


@pytest.mark.parametrize("override", ["--deepspeed=None", "--deepspeed=", "--deepspeed=null"])
def test_override_can_switch_deepspeed_off(tmp_path, override):
    """recipes/launchers/fsdp2.yml tells users to pass --deepspeed=None: that must mean plain torchrun."""
    recipe = tmp_path / "ds.yml"
    recipe.write_text((ROOT / "recipes/smoke.yml").read_text() + "deepspeed: recipes/launchers/zero2.json\n")
    cmd = command_of(launch(override, recipe=str(recipe)))
    assert "--use_deepspeed" not in cmd and "--multi_gpu" in cmd and cmd[-2] == override


def test_space_separated_deepspeed_override():
    cmd = command_of(launch("--deepspeed", "recipes/launchers/zero2.json", recipe="recipes/xlam.yml"))
    assert "--use_deepspeed" in cmd


def test_single_process_uses_no_multi_gpu_and_extra_args_pass_through():
    cmd = command_of(
        launch(
            PET_NNODES="1",
            PET_NODE_RANK="0",
            PET_NPROC_PER_NODE="1",
            ACCELERATE_EXTRA_ARGS="--mixed_precision=bf16 --dynamo_backend=no",
        )
    )
    assert "--multi_gpu" not in cmd and flag(cmd, "--num_processes") == "1"
    assert cmd.index("--mixed_precision=bf16") < cmd.index("-m")


@pytest.mark.parametrize("var", sorted(PET))
def test_each_missing_variable_is_named(var):
    proc = launch(drop=[var])
    assert proc.returncode == 2
    assert f"missing {var}" in proc.stderr and "Kubeflow" in proc.stderr


@pytest.mark.parametrize(
    "env, message",
    [
        ({"PET_NODE_RANK": "2"}, "PET_NODE_RANK=2 is out of range for PET_NNODES=2"),
        ({"PET_NNODES": "1:2"}, "elastic ranges"),
        ({"PET_NNODES": "0"}, "PET_NNODES='0' must be a positive integer"),
        ({"PET_NODE_RANK": "-1"}, "PET_NODE_RANK='-1' must be a non-negative integer"),
        ({"PET_NPROC_PER_NODE": "auto"}, "not 'auto'"),
        ({"PET_MASTER_PORT": "70000"}, "must be a TCP port"),
        ({"PET_MASTER_ADDR": "host; rm -rf /"}, "is not a host name"),
    ],
)
def test_inconsistent_values_fail_fast(env, message):
    proc = launch(**env)
    assert proc.returncode == 2 and message in proc.stderr, proc.stderr
    assert "accelerate launch" not in proc.stderr


def test_missing_recipe_is_reported():
    proc = launch(recipe="recipes/nope.yml")
    assert proc.returncode == 2 and "recipe 'recipes/nope.yml' not found" in proc.stderr


pet_value = st.one_of(
    st.integers(-3, 70000).map(str),
    st.text(max_size=12),
    st.sampled_from(["", "1:2", "auto", "08", "010", "2 ", "99999999999"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    nnodes=pet_value,
    rank=pet_value,
    nproc=pet_value,
    port=pet_value,
    addr=st.one_of(st.sampled_from(["127.0.0.1", "node-0.svc"]), st.text(max_size=10)),
)
def test_any_pet_values_either_launch_consistently_or_fail_with_a_message(nnodes, rank, nproc, port, addr):
    env = {
        "PET_NNODES": nnodes,
        "PET_NODE_RANK": rank,
        "PET_NPROC_PER_NODE": nproc,
        "PET_MASTER_PORT": port,
        "PET_MASTER_ADDR": addr,
    }
    if any("\x00" in v for v in env.values()):
        return  # not representable in an environment
    proc = launch(**env)
    assert proc.returncode in (0, 2), proc.stderr
    if proc.returncode == 2:
        assert "launch.sh: ERROR: " in proc.stderr
        return
    cmd = command_of(proc)
    n, r, p = int(nnodes), int(rank), int(nproc)
    assert n >= 1 and 0 <= r < n and p >= 1 and 1 <= int(port) <= 65535
    assert int(flag(cmd, "--num_processes")) == n * p and int(flag(cmd, "--machine_rank")) == r
