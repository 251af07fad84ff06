"""CPU checks of the multi-GPU scaling benchmark (benchmarks/scaling.py): the variants reach
k8s/launch.sh as the intended launch (1 process / DDP / DeepSpeed ZeRO-2) with multicast off, and
the per-rank results are combined and compared correctly. The run itself needs GPUs (docs/scaling.md)."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys

import pytest
import yaml

from conftest import ROOT

sys.path.insert(0, str(ROOT))

from benchmarks import scaling as bs  # noqa: E402


def dry_run(name: str, a, tmp_path) -> tuple[list[str], dict]:
    nproc, recipe = a.variants[name]
    extra = dict(a.extras[name], dataset_prepared_path=str(tmp_path / "prepared"))
    cfg = bs.variant_config(recipe, name, a, "/models/llama3-8b", "/data/x.jsonl", extra)
    path = tmp_path / f"{name}.yml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False))
    env = dict(bs.launch_env(nproc, 29500, str(tmp_path / "r.json")), LAUNCH_DRY_RUN="1")
    proc = subprocess.run(["bash", bs.LAUNCH, str(path)], cwd=ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    line = next(ln for ln in proc.stderr.splitlines() if ln.startswith("launch.sh: accelerate "))
    return shlex.split(line.removeprefix("launch.sh: ")), env


def test_default_variants_launch_as_intended(tmp_path):
    a = bs.parse_args(["--out", str(tmp_path / "out"), "--work", str(tmp_path / "work")])
    assert list(a.variants) == ["lora-1gpu", "lora-ddp", "lora-zero2", "original-ddp"]
    launched = {name: dry_run(name, a, tmp_path) for name in a.variants}
    for name, (cmd, env) in launched.items():
        nproc = a.variants[name][0]
        assert cmd[cmd.index("--num_processes") + 1] == str(nproc)
        assert cmd[cmd.index("--num_machines") + 1] == "1"
        for key, value in bs.NO_MULTICAST.items():
            assert env[key] == value, (name, key)
        assert env["BENCH_RESULT"].endswith("r.json") and "BENCH_GUARD" not in env
    one, ddp, zero2, original = (launched[n][0] for n in a.variants)
    assert "--multi_gpu" not in one and "--use_deepspeed" not in one
    assert launched["lora-1gpu"][1]["CUDA_VISIBLE_DEVICES"] == "0"
    assert "--multi_gpu" in ddp and "--use_deepspeed" not in ddp
    assert "--use_deepspeed" in zero2 and "--multi_gpu" not in zero2
    assert "--multi_gpu" in original
    # same global batch: the 1-GPU reference accumulates twice as much as each of 2 GPUs
    recipe = yaml.safe_load((ROOT / "recipes/xlam-lora-fast.yml").read_text())
    assert a.extras["lora-1gpu"]["gradient_accumulation_steps"] == 2 * recipe["gradient_accumulation_steps"]
    assert bs.reference_of("lora-zero2", a.variants) == "lora-1gpu"
    assert bs.reference_of("original-ddp", a.variants) is None


@pytest.mark.parametrize(
    "spec, message",
    [
        ("lora", "expected NAME=NPROC:RECIPE"),
        ("lora=two:recipes/xlam.yml", "expected NAME=NPROC:RECIPE"),
        ("lora=0:recipes/xlam.yml", "expected NAME=NPROC:RECIPE"),
        ("lora=2:recipes/nope.yml", "recipes/nope.yml not found"),
    ],
)
def test_bad_variant_is_a_clear_error(spec, message, tmp_path):
    with pytest.raises(SystemExit, match=message):
        bs.parse_args(["--out", str(tmp_path), "--variant", spec])


def test_set_parses_yaml_values_per_variant(tmp_path):
    a = bs.parse_args(
        [
            "--out",
            str(tmp_path),
            "--variant",
            "x=1:recipes/xlam.yml",
            "--set",
            "x:micro_batch_size=3",
            "--set",
            "x:deepspeed=recipes/launchers/zero1.json",
        ]
    )
    assert a.extras == {"x": {"micro_batch_size": 3, "deepspeed": "recipes/launchers/zero1.json"}}
    with pytest.raises(SystemExit, match="expected NAME:KEY=YAML"):
        bs.parse_args(["--out", str(tmp_path), "--set", "x-micro_batch_size"])


def rank(steps, logs, peak=10.0):
    return {
        "steps": [
            {"step": i + 1, "seconds": s, "samples": n, "tokens": t, "trainable_tokens": t // 10}
            for i, (s, n, t) in enumerate(steps)
        ],
        "logs": [
            {"step": i + 1, "loss": l, "grad_norm": g, "learning_rate": 1e-4} for i, (l, g) in enumerate(logs)
        ]
        + [{"step": len(logs), "train_runtime": 9.0, "train_loss": 1.0}],
        "peak_allocated_gib": peak,
        "peak_reserved_gib": peak + 1,
    }


def test_ranks_combine_into_job_steps_and_per_gpu_rates():
    r0 = rank([(1.0, 10, 8000), (2.0, 12, 8100)], [(12.5, 0.5), (12.4, 0.6)], peak=30)
    r1 = rank([(1.1, 11, 8050), (1.9, 9, 8000)], [(12.5, 0.5), (12.4, 0.6)], peak=31)
    job = bs.combine_ranks([r0, r1])
    assert [s["seconds"] for s in job["steps"]] == [1.1, 2.0]  # slowest rank
    assert [s["tokens"] for s in job["steps"]] == [16050, 16100]
    assert [s["samples"] for s in job["steps"]] == [21, 21]
    assert job["peak_allocated_gib"] == 31
    s = bs.summarize(job, 0, 1e10, 1e15, 800)
    row = bs.per_gpu_row(s, 2)
    assert row["tokens_per_s"] == pytest.approx(s["tokens_per_s"] / 2)
    assert row["job_tokens_per_s"] == s["tokens_per_s"] and row["nproc"] == 2


def test_math_check_passes_same_run_and_catches_wrong_gradient_or_data():
    ref = {"ranks": [rank([(2.0, 21, 16050), (2.0, 21, 16100)], [(12.5, 0.5), (12.4, 0.6)])]}
    same = {
        "ranks": [
            rank([(1.0, 10, 8000), (1.0, 12, 8100)], [(12.5004, 0.501), (12.4, 0.6)]),
            rank([(1.0, 11, 8050), (1.0, 9, 8000)], [(12.5004, 0.501), (12.4, 0.6)]),
        ]
    }
    m = bs.compare_math(same, ref, 5)
    assert m["loss_ok"] and m["grad_norm_ok"] and m["same_samples"]
    assert [s["step"] for s in m["steps"]] == [1, 2]  # train summary line not a step
    summed = {
        "ranks": [
            rank([(1.0, 10, 8000), (1.0, 12, 8100)], [(12.5, 1.0), (12.4, 1.2)]),
            rank([(1.0, 11, 8050), (1.0, 9, 8000)], [(12.5, 1.0), (12.4, 1.2)]),
        ]
    }
    assert not bs.compare_math(summed, ref, 5)["grad_norm_ok"]  # gradients summed, not averaged
    other_data = {"ranks": [rank([(1.0, 10, 7000), (1.0, 12, 8100)], [(12.7, 0.5), (12.4, 0.6)])]}
    m = bs.compare_math(other_data, ref, 5)
    assert not m["same_samples"] and not m["loss_ok"]


def test_markdown_names_reference_and_failures():
    variants = {
        "one": (1, "recipes/xlam-lora-fast.yml"),
        "two": (2, "recipes/xlam-lora-fast.yml"),
        "original": (2, "recipes/xlam.yml"),
    }
    extras = {"one": {"gradient_accumulation_steps": 4}, "two": {"deepspeed": bs.ZERO2}, "original": {}}
    row = {
        "tokens_per_s": 10000.0,
        "samples_per_s": 26.0,
        "trainable_tokens_per_s": 1100.0,
        "mfu": 0.3,
        "peak_allocated_gib": 46.0,
    }
    md = bs.markdown(
        {"one": row, "two": dict(row, tokens_per_s=9500.0), "original": {"error": "exit 1"}},
        variants,
        extras,
        {},
    )
    assert "| two | 2 |" in md and "DeepSpeed ZeRO-2" in md and "95.0% of one" in md
    assert "| original | 2 |" in md and "failed: exit 1" in md
    json.dumps(bs.parse_args(["--out", "/tmp/x"]).__dict__)  # the report's args serialise


def test_lora_reseed_is_deterministic_by_name_and_leaves_b_at_zero():
    import torch

    from benchmarks.scaling_plugin import reseed_lora, trainable_checksum

    def model(init_seed):
        torch.manual_seed(init_seed)  # a different "axolotl init" each time
        m = torch.nn.ModuleDict(
            {
                "q": torch.nn.ModuleDict(
                    {
                        "lora_A": torch.nn.Linear(64, 4, bias=False),
                        "lora_B": torch.nn.Linear(4, 64, bias=False),
                    }
                ),
                "base": torch.nn.Linear(64, 64),
            }
        )
        torch.nn.init.zeros_(m["q"]["lora_B"].weight)
        m["base"].requires_grad_(False)
        return m

    a, b = model(1), model(2)
    assert trainable_checksum(a) != trainable_checksum(b)
    assert reseed_lora(a, 7) == reseed_lora(b, 7) == 1
    assert trainable_checksum(a) == trainable_checksum(b)
    assert torch.equal(a["q"]["lora_A"].weight, b["q"]["lora_A"].weight)
    assert not torch.equal(a["base"].weight, b["base"].weight)  # frozen weights untouched
    w = a["q"]["lora_A"].weight
    assert w.abs().max() <= 1 / 64**0.5 and w.std() > 0.5 / (3 * 64) ** 0.5  # PEFT's U(-1/sqrt(fan_in), ..)
    assert float(a["q"]["lora_B"].weight.abs().sum()) == 0
    c = model(3)
    reseed_lora(c, 8)
    assert not torch.equal(c["q"]["lora_A"].weight, w)  # the seed matters


@pytest.mark.parametrize(
    "extra,nproc,label",
    [
        ({}, 1, "single process"),
        ({}, 2, "DDP"),
        ({"deepspeed": "recipes/launchers/zero2.json"}, 2, "DeepSpeed ZeRO-2"),
        ({"deepspeed": "recipes/launchers/zero3_bf16.json"}, 2, "DeepSpeed ZeRO-3"),
        ({"fsdp_version": 2, "fsdp_config": {"reshard_after_forward": True}}, 2, "FSDP2"),
    ],
)
def test_launch_label_follows_the_launcher_actually_used(extra, nproc, label):
    assert bs.launcher_label("recipes/xlam-lora-fast.yml", extra, nproc) == label
