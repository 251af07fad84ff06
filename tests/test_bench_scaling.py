"""CPU checks of the benchmark driver's multi-GPU side (benchmarks/benchmark.py --scaling): every
variant of the preset reaches k8s/launch.sh as the intended launch (1 process / DDP / DeepSpeed /
FSDP2) with multicast off and a 1-GPU reference at the same global batch; per-rank results combine
into per-GPU rates (median step and aggregate), the math check passes equal runs and catches wrong
ones (its loss bound widened only to the grid a run logs its loss on), stalls are attributed, and
two ranks on one GPU fail the job's row. The GPU runs themselves are commands (docs/scaling.md)."""

from __future__ import annotations

import shlex
import subprocess

import pytest
import yaml

from benchmarks import benchmark, launch, stalls, steps, tables
from benchmarks.math_check import TOL_LOSS, compare_math, logged_resolution
from benchmarks.plugin import reseed_lora, trainable_checksum
from benchmarks.ranks import combine_ranks, efficiency, shared_gpus, summarize
from benchmarks.variants import launcher_label, reference_of, shipped_launchers, variant_config
from conftest import ROOT


def dry_run(a, name: str, tmp_path) -> tuple[list[str], dict, dict]:
    v = a.variants[name]
    extra = dict(a.extras[name], dataset_prepared_path=str(tmp_path / "prepared"))
    cfg = variant_config(v, extra, "/models/llama3-8b", "/data/x.jsonl", str(tmp_path), 10)
    path = tmp_path / f"{name}.yml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False))
    env = dict(launch.launch_env(v.gpus, 29500, str(tmp_path / "r.json")), LAUNCH_DRY_RUN="1")
    proc = subprocess.run(
        launch.command(v, str(path), 29500), cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    line = next(ln for ln in proc.stderr.splitlines() if ln.startswith("launch.sh: accelerate "))
    return shlex.split(line.removeprefix("launch.sh: ")), env, cfg


@pytest.mark.parametrize("gpus", [2, 8])
def test_scaling_preset_launches_every_shipped_launcher_as_intended(gpus, tmp_path):
    a = benchmark.parse_args(["--out", str(tmp_path), "--scaling", str(gpus)])
    names = list(a.variants)
    launchers = [p.rsplit("/", 1)[1].rsplit(".", 1)[0] for p in shipped_launchers()]
    assert {"fsdp2", "zero1", "zero2", "zero3_bf16"} <= set(launchers)
    for recipe in ("lora-fast", "qlora-fast"):
        expected = [f"{recipe}-1gpu", f"{recipe}-ddp"] + [f"{recipe}-{x}" for x in launchers]
        assert [n for n in names if n.startswith(recipe + "-")] == expected
    assert names[-2:] == ["original-1gpu", "original-ddp"]
    labels = {}
    for name in names:
        v = a.variants[name]
        cmd, env, cfg = dry_run(a, name, tmp_path)
        assert cmd[cmd.index("--num_processes") + 1] == str(v.gpus)
        for key, value in launch.NO_MULTICAST.items():
            assert env[key] == value, (name, key)
        labels[name] = launcher_label(cfg, v.gpus)
        if v.gpus == 1:
            assert env["CUDA_VISIBLE_DEVICES"] == "0" and "--multi_gpu" not in cmd
            recipe = yaml.safe_load((ROOT / v.recipe).read_text())
            assert cfg["gradient_accumulation_steps"] == gpus * recipe["gradient_accumulation_steps"]
            continue
        short = next(s for s in ("lora-fast", "qlora-fast", "original") if name.startswith(s + "-"))
        assert reference_of(name, a.variants) == f"{short}-1gpu"
        if labels[name].startswith("DeepSpeed"):
            assert "--use_deepspeed" in cmd and "--multi_gpu" not in cmd
        else:
            assert "--multi_gpu" in cmd and "--use_deepspeed" not in cmd
        if name.startswith("qlora") and labels[name] in ("FSDP2", "DeepSpeed ZeRO-3"):
            assert cfg["bnb_config_kwargs"]["bnb_4bit_quant_storage"] == "bfloat16"
    assert (
        labels["lora-fast-zero3_bf16"] == "DeepSpeed ZeRO-3"
        and labels["lora-fast-zero2"] == "DeepSpeed ZeRO-2"
    )
    assert labels["lora-fast-fsdp2"] == "FSDP2" and labels["lora-fast-ddp"] == "DDP"
    assert labels["lora-fast-1gpu"] == "single process"


@pytest.mark.parametrize(
    "spec, message",
    [
        ("lora", "expected NAME=.GPUS:..RUNNER:.RECIPE"),
        ("lora=two:recipes/xlam.yml", "expected NAME"),
        ("lora=0:recipes/xlam.yml", "expected NAME"),
        ("lora=2:trainer:recipes/xlam.yml", "RUNNER one of axolotl, hf"),
        ("lora=2:recipes/nope.yml", "recipes/nope.yml not found"),
    ],
)
def test_bad_variant_is_a_clear_error(spec, message, tmp_path):
    with pytest.raises(SystemExit, match=message):
        benchmark.parse_args(["--out", str(tmp_path), "--variant", spec])


def test_scaling_preset_and_variants_do_not_mix(tmp_path):
    with pytest.raises(SystemExit, match="not both"):
        benchmark.parse_args(["--out", str(tmp_path), "--scaling", "2", "--variant", "x=recipes/xlam.yml"])


def rank(steps, logs, rank_id=0, peak=10.0):
    return {
        "rank": rank_id,
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


def test_ranks_combine_into_per_gpu_rates_by_median_and_aggregate():
    r0 = rank([(1.0, 10, 8000), (2.0, 12, 8100), (1.0, 10, 8000)], [(12.5, 0.5)] * 3, peak=30)
    r1 = rank([(1.1, 11, 8050), (1.9, 9, 8000), (1.0, 10, 8000)], [(12.5, 0.5)] * 3, 1, peak=31)
    job = combine_ranks([r0, r1])
    assert [s["seconds"] for s in job["steps"]] == [1.1, 2.0, 1.0]  # slowest rank
    assert [s["tokens"] for s in job["steps"]] == [16050, 16100, 16000]
    assert job["peak_allocated_gib"] == 31
    row = summarize(job, 2, 0, 3, 1e9, 1e15)
    assert row["tokens_per_s"] == pytest.approx(16050 / 1.1 / 2)  # median of 14591, 8050, 16000 per s
    assert row["tokens_per_s_aggregate"] == pytest.approx(48150 / 4.1 / 2)  # a slow step weighs in
    assert summarize(job, 2, 0, 2, 1e9, 1e15)["timed_steps"] == 2  # steps after `timed` (profiled) left out
    ref = summarize(combine_ranks([rank([(1.0, 20, 16000)] * 3, [(12.5, 0.5)] * 3)]), 1, 0, 3, 1e9, 1e15)
    eff = efficiency(row, ref)
    assert eff["median"] == pytest.approx(row["tokens_per_s"] / 16000)
    assert eff["aggregate"] < eff["median"]


def test_math_check_passes_same_run_and_catches_wrong_gradient_or_data():
    ref = {"ranks": [rank([(2.0, 21, 16050), (2.0, 21, 16100)], [(12.5, 0.5), (12.4, 0.6)])]}
    same = {
        "ranks": [
            rank([(1.0, 10, 8000), (1.0, 12, 8100)], [(12.5004, 0.501), (12.4, 0.6)]),
            rank([(1.0, 11, 8050), (1.0, 9, 8000)], [(12.5004, 0.501), (12.4, 0.6)], 1),
        ]
    }
    m = compare_math(same, ref, 5)
    assert m["loss_ok"] and m["grad_norm_ok"] and m["same_samples"] and m["ok"]
    assert [s["step"] for s in m["steps"]] == [1, 2]  # the train summary line is not a step
    summed = {
        "ranks": [
            rank([(1.0, 10, 8000), (1.0, 12, 8100)], [(12.5, 1.0), (12.4, 1.2)]),
            rank([(1.0, 11, 8050), (1.0, 9, 8000)], [(12.5, 1.0), (12.4, 1.2)], 1),
        ]
    }
    assert not compare_math(summed, ref, 5)["grad_norm_ok"]  # gradients summed, not averaged
    other_data = {"ranks": [rank([(1.0, 10, 7000), (1.0, 12, 8100)], [(12.7, 0.5), (12.4, 0.6)])]}
    m = compare_math(other_data, ref, 5)
    assert not m["same_samples"] and not m["loss_ok"] and not m["ok"]


# the first 5 logged losses of a 1-GPU run on one H200 (fp32) and of the same global batch under FSDP2
# on 2 H200s, where the loss comes out of the model in bf16: every value a multiple of 1/64
FP32_LOSSES = [
    12.585294723510742,
    12.618778228759766,
    12.552231788635254,
    12.536365509033203,
    12.522751808166504,
]
FSDP2_LOSSES = [12.578125, 12.625, 12.546875, 12.546875, 12.515625]


def loss_run(losses, ranks=1):
    """A run logging these losses (grad_norm 0.5, equal tokens per step) on `ranks` ranks."""
    per = [(1.0, 20 // ranks, 16000 // ranks)] * len(losses)
    return {"ranks": [rank(per, [(x, 0.5) for x in losses], i) for i in range(ranks)]}


def shifted(losses, diff):
    """fp32-like losses `diff` above the given ones (none of them on a coarse grid)."""
    return [x + diff + 1e-7 * (i + 1) for i, x in enumerate(losses)]


def test_logged_loss_grid_is_detected_only_where_the_values_lie_on_one():
    assert logged_resolution(FSDP2_LOSSES) == 1 / 64
    assert logged_resolution([12.5, 12.25, 12.75]) == 1 / 4
    assert logged_resolution(FP32_LOSSES) is None
    assert logged_resolution([12.5]) is None  # one value proves no grid
    assert logged_resolution([0.0, float("nan"), 12.5]) is None  # 0 and nan lie on every grid


def test_fp32_losses_keep_the_loss_bound_and_a_diff_just_over_it_fails():
    ref = loss_run(FP32_LOSSES)
    m = compare_math(loss_run(shifted(FP32_LOSSES, 0.0105), 2), ref, 5)
    assert m["loss_bound"] == TOL_LOSS and m["loss_resolution"] is None
    assert m["loss_max_abs_diff"] == pytest.approx(0.0105, abs=1e-5)
    assert not m["loss_ok"] and not m["ok"]
    assert "FAIL (bound 0.01)," in tables.math("fsdp2", "1gpu", m)
    m = compare_math(loss_run(shifted(FP32_LOSSES, 0.0095), 2), ref, 5)
    assert m["loss_ok"] and "PASS (bound 0.01)," in tables.math("fsdp2", "1gpu", m)


def test_losses_logged_on_a_coarse_grid_widen_the_bound_to_its_step():
    m = compare_math(loss_run(FSDP2_LOSSES, 2), loss_run(FP32_LOSSES), 5)
    assert m["loss_resolution"] == m["loss_bound"] == 1 / 64
    assert m["loss_max_abs_diff"] == pytest.approx(0.0105, abs=1e-4) and m["loss_ok"] and m["ok"]
    line = tables.math("fsdp2", "1gpu", m).splitlines()[0]
    assert "PASS (bound 0.0156: loss logged at 1/64 resolution, wider than 0.01)," in line
    swapped = compare_math(loss_run(FP32_LOSSES), loss_run(FSDP2_LOSSES, 2), 5)  # a coarse reference
    assert swapped["loss_bound"] == 1 / 64 and swapped["loss_ok"]


def test_a_real_loss_mismatch_fails_on_a_coarse_grid_too():
    wrong = [x + 0.203125 for x in FSDP2_LOSSES]  # 13/64 off: still on the 1/64 grid
    m = compare_math(loss_run(wrong, 2), loss_run(FP32_LOSSES), 5)
    assert m["loss_bound"] == 1 / 64 and m["loss_max_abs_diff"] > 0.19
    assert not m["loss_ok"] and not m["ok"]
    assert "FAIL (bound 0.0156: loss logged at 1/64 resolution" in tables.math("fsdp2", "1gpu", m)


def test_results_without_a_recorded_bound_render_the_fixed_one():
    m = compare_math(loss_run(FSDP2_LOSSES, 2), loss_run(FP32_LOSSES), 5)
    del m["loss_bound"], m["loss_resolution"]  # results.json of a driver before the bound could widen
    assert "(bound 0.01)," in tables.math("fsdp2", "1gpu", m)


def gpu_rank(rank_id, **gpu):
    return {"rank": rank_id, "gpu": gpu or None}


def test_two_ranks_on_one_gpu_are_an_error_and_distinct_gpus_pass():
    a, b = "GPU-5f0e6a2c-0000-0000-0000-000000000001", "GPU-5f0e6a2c-0000-0000-0000-000000000002"
    assert shared_gpus([gpu_rank(0, index=0, uuid=a), gpu_rank(1, index=1, uuid=b)]) is None
    clash = shared_gpus(
        [gpu_rank(0, index=0, uuid=a), gpu_rank(1, index=1, uuid=b), gpu_rank(2, index=0, uuid=a)]
    )
    assert clash == f"ranks share a GPU (ranks 0, 2 on {a}): the per-GPU rates do not hold"
    by_pci = [
        gpu_rank(0, index=0, uuid=None, pci="0000:19:00"),
        gpu_rank(1, index=0, uuid=None, pci="0000:19:00"),
    ]
    assert "ranks 0, 1 on 0000:19:00" in shared_gpus(by_pci)
    # only indices: cuda:0 of different CUDA_VISIBLE_DEVICES are different GPUs, of the same one the same
    assert (
        shared_gpus([gpu_rank(0, index=0, visible_devices="0"), gpu_rank(1, index=0, visible_devices="1")])
        is None
    )
    assert shared_gpus(
        [gpu_rank(0, index=0, visible_devices="0,1"), gpu_rank(1, index=0, visible_devices="0,1")]
    )
    assert (
        shared_gpus([gpu_rank(0), gpu_rank(1), {"rank": 2}]) is None
    )  # CPU runs, older results: not checked


def test_a_shared_gpu_turns_the_throughput_row_into_a_failure():
    row = {"gpus": 2, "launch": "FSDP2", "ran_as": "FSDP (FSDPPeftModelForCausalLM)"}
    row["error"] = shared_gpus([gpu_rank(0, index=0, uuid="GPU-a"), gpu_rank(1, index=0, uuid="GPU-a")])
    line = tables.throughput({"fsdp2": row}, "fsdp2").splitlines()[-1]
    assert (
        line.startswith("| fsdp2 | 2 | FSDP2 / FSDP")
        and "failed: ranks share a GPU (ranks 0, 1 on GPU-a)" in line
    )


def test_each_rank_records_the_gpu_it_runs_on(monkeypatch):
    if not steps.torch.cuda.is_available():
        assert steps.gpu_identity() is None  # CPU: nothing recorded, nothing checked
    props = {
        1: type("Props", (), {"uuid": "GPU-b", "pci_bus_id": 0x2A, "pci_device_id": 0, "pci_domain_id": 0})
    }
    monkeypatch.setattr(steps.torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(steps.torch.cuda, "current_device", lambda: 1)
    monkeypatch.setattr(steps.torch.cuda, "get_device_properties", lambda i: props[i])
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "0,1")
    assert steps.gpu_identity() == {
        "index": 1,
        "visible_devices": "0,1",
        "uuid": "GPU-b",
        "pci": "0000:2a:00",
    }


def timed_rank(rank_id, slow=None, n=10):
    """A rank's steps: 1 s each (data 0.05 s, two micro-batches 0.4 + 0.45 s, optimizer 0.02 s),
    step 1 slower (warm-up); `slow` = {step: (field, extra seconds)}."""
    slow, steps = slow or {}, []
    for i in range(1, n + 1):
        s = {
            "step": i,
            "seconds": 1.0,
            "data_s": 0.05,
            "micro_s": [0.4, 0.45],
            "optimizer_s": 0.02,
            "samples": 10,
            "tokens": 8000,
            "trainable_tokens": 800,
        }
        if i == 1:
            s["seconds"] = 5.0
        if i in slow:
            field, extra = slow[i]
            s["seconds"] += extra
            if field == "micro0":
                s["micro_s"] = [0.4 + extra, 0.45]
            elif field == "last":
                s["micro_s"] = [0.4, 0.45 + extra]
            elif field:
                s[field] += extra
        steps.append(s)
    return {"rank": rank_id, "steps": steps, "setup_s": 12.0 + rank_id}


def test_stalls_are_attributed_to_data_straggler_communication_or_host():
    # a DDP step ends together on every rank: the rank that waits has an equally long step
    ranks = [
        timed_rank(0, {5: ("data_s", 2.0), 7: (None, 1.0), 9: ("last", 1.0)}),
        timed_rank(1, {5: (None, 2.0), 7: ("micro0", 1.0), 9: ("last", 1.0)}),
    ]
    report = stalls.stall_report(ranks, warmup=1, timed=10)
    assert report["median_step_s"] == 1.0 and report["warmup_excess_s"] == 4.0
    assert report["setup_s"] == [12.0, 13.0]
    by_step = {s["step"]: (s["cause"], s["rank"]) for s in report["stalls"]}
    assert by_step == {5: (stalls.DATA, 0), 7: (stalls.STRAGGLER, 1), 9: (stalls.COMM, None)}
    assert report["stall_excess_s"] == {stalls.DATA: 2.0, stalls.STRAGGLER: 1.0, stalls.COMM: 1.0}
    line = stalls.summary_line(report)
    assert "3 stalled steps" in line and "worst step 5 +2.0 s (data loading on rank 0)" in line
    quiet = stalls.stall_report([timed_rank(0), timed_rank(1)], warmup=1, timed=10)
    assert quiet["stalls"] == [] and "no timed step over" in stalls.summary_line(quiet)
    host = stalls.stall_report([timed_rank(0, {4: (None, 1.0)})], warmup=1, timed=10)
    assert [s["cause"] for s in host["stalls"]] == [stalls.HOST]


def test_lora_reseed_is_deterministic_by_name_and_leaves_b_at_zero():
    import torch

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
