"""CPU checks of the speed benchmark's pieces: the length-controlled rows, batch counting, the
correctness guard with its alone-packed noise-floor control, variant parsing, the original pipeline's
settings taken from recipes/xlam.yml, and (slow) the driver end to end on the smoke model. The GPU
runs themselves are commands (docs/benchmarks.md)."""

from __future__ import annotations

import json
import statistics
import sys

import pytest
import torch
import yaml

from benchmarks import original_hf, tables
from benchmarks.data import guard_samples, make_rows
from benchmarks.guard import IGNORE_INDEX, MIN_BOUND, alone_row, run_guard, verdicts
from benchmarks.steps import batch_counts
from benchmarks.variants import SPEED, parse_sets, parse_variant, variant_config
from conftest import ROOT, run_env
from prompt_strategies.rows import check_row
from prompt_strategies.xlam import tokenize_xlam


def test_length_controlled_rows_are_valid_and_hit_the_mean(tokenizer):
    rows, lengths = make_rows(tokenizer, 300, mean=381, sigma=0.4, max_len=1000, seed=1)
    assert len(rows) == 300 and len({r["id"] for r in rows}) == 300
    for row, n in zip(rows, lengths):
        c = check_row(row)
        assert c.reason is None, (row["id"], c.reason, c.detail)
        # the length the generator reports is the length the axolotl strategy produces
        assert len(tokenize_xlam(tokenizer, c.query, c.tools, c.answers, False)["input_ids"]) == n
    assert abs(statistics.mean(lengths) - 381) < 0.08 * 381
    assert 100 < statistics.pstdev(lengths) < 220  # log-normal sigma 0.4: ~0.42 x mean
    assert max(lengths) <= 1000 + 25  # targets clip at max_len (+ one filler word)


def test_batch_counts_packed_and_padded():
    pad = 1
    packed = {
        "input_ids": torch.tensor([[5, 6, 7, 8, 9, pad, pad]]),
        "labels": torch.tensor([[-100, 6, -100, 8, 9, -100, -100]]),
        "position_ids": torch.tensor([[0, 1, 0, 1, 2, 0, 1]]),
    }
    assert batch_counts(packed, pad) == (2, 5, 3)  # pad run restarts at 0 but is not a sample
    padded = {
        "input_ids": torch.tensor([[5, 6, 7], [5, pad, pad]]),
        "labels": torch.tensor([[-100, 6, 7], [-100, -100, -100]]),
    }
    assert batch_counts(padded, pad) == (2, 4, 2)


@pytest.mark.slow
def test_guard_sees_cross_sample_attention_above_the_noise_floor(tokenizer, smoke_model):
    """On the tiny smoke model with axolotl's packed-SDPA patch (on CPU its block-diagonal mask
    fallback; the GPU run exercises the varlen kernel): each sample alone through the collator
    matches the sample alone, padded in a batch of two too, packing through axolotl's collator
    matches both, and the leaky control (positions not reset) is far outside the bound."""
    from axolotl.monkeypatch.attention.sdpa_varlen import patch_sdpa_varlen, unpatch_sdpa_varlen
    from axolotl.utils.collators.batching import V2BatchSamplerDataCollatorForSeq2Seq
    from transformers import AutoModelForCausalLM

    rows, _ = make_rows(tokenizer, 40, mean=200, sigma=0.3, max_len=400, seed=2)
    samples = guard_samples(tokenizer, rows, budget=1500, count=4)
    assert len(samples) == 4
    model = AutoModelForCausalLM.from_pretrained(smoke_model, attn_implementation="sdpa")
    torch.manual_seed(0)
    with torch.no_grad():  # a sharper random model than the init, so attention matters
        for p in model.parameters():
            p.normal_(0, 0.2)
    collator = V2BatchSamplerDataCollatorForSeq2Seq(
        tokenizer=tokenizer, padding=True, pad_to_multiple_of=64, return_tensors="pt"
    )
    assert patch_sdpa_varlen()
    try:
        g = run_guard(model, collator, samples, fp16=False, packed=True)
    finally:
        unpatch_sdpa_varlen()
    assert all(len(g[k]) == 4 for k in ("solo", "padded", "packed", "alone_packed", "leaky"))
    # each alone row is a training row: padded by the collator to its multiple, past the sample
    assert all(n % 64 == 0 and n > len(s["input_ids"]) for n, s in zip(g["alone_packed_row_len"], samples))
    v = verdicts({"a": {"guard": g}}, "a")["a"]
    assert v["noise_floor"] < 1e-4 and v["padded_noise"] < 1e-4
    assert v["packed_bound"] == pytest.approx(1e-3)  # fp32: the minimum bound
    assert v["packed_ok"] and v["packed_vs_alone_max_abs"] < 1e-4 and v["packed_vs_solo_max_abs"] < 1e-4
    assert v["leaky_max_abs"] > 1e-2 and v["check_has_power"]


def testalone_row_holds_a_second_document_when_the_sample_fills_the_row(tokenizer):
    """A sample whose length is the collator's multiple gets no pad run; the one-token tail keeps
    the row multi-document, so it takes the attention path of packed rows."""
    from axolotl.utils.collators.batching import V2BatchSamplerDataCollatorForSeq2Seq

    collator = V2BatchSamplerDataCollatorForSeq2Seq(
        tokenizer=tokenizer, padding=True, pad_to_multiple_of=8, return_tensors="pt"
    )
    for n in (6, 8):
        sample = {
            "input_ids": list(range(100, 100 + n)),
            "labels": [IGNORE_INDEX] + list(range(101, 100 + n)),
        }
        row = alone_row(collator, sample)
        assert row["documents"] >= 2 and row["spans"] == [(0, n)]
        assert row["batch"]["input_ids"][0, :n].tolist() == sample["input_ids"]


def guard_result(solo, padded, packed=None, alone_packed=None, leaky=None, first_loss=12.0):
    n = [10] * len(solo)
    g = {"solo": solo, "padded": padded, "packed": packed, "alone_packed": alone_packed, "leaky": leaky}
    return {"guard": g | {"n_label_tokens": n}, "losses": [{"step": 1, "loss": first_loss}]}


SOLO, PADDED = [100.0, 120.0, 90.0], [100.0, 120.0, 90.0]  # padded vs solo: exactly 0, as measured
ALONE = [100.2, 119.9, 90.0]  # the attention-path switch: 0.02 nats/token at most -> bound 0.06
LEAKY = [100.0, 125.0, 95.0]


def test_kernel_switch_noise_on_both_sides_passes_and_sets_the_bound():
    """Packed rows take the other attention path for every sample: packed vs solo shows the switch
    (0.02, far above the minimum bound 0.001) but packed vs alone packed is 0, so no leak."""
    ref = guard_result(SOLO, PADDED)
    ok = guard_result(SOLO, PADDED, ALONE, ALONE, LEAKY, 12.1)
    out = verdicts({"ref": ref, "ok": ok}, "ref")
    v = out["ok"]
    assert v["noise_floor"] == pytest.approx(0.02) and v["packed_bound"] == pytest.approx(0.06)
    assert v["padded_noise"] == 0 and v["packed_vs_solo_max_abs"] == pytest.approx(0.02)
    assert v["packed_vs_alone_max_abs"] == 0 and v["packed_ok"]
    assert v["leaky_max_abs"] == pytest.approx(0.5) and v["check_has_power"] and v["first_step_ok"]
    assert "packed_ok" not in out["ref"] and "noise_floor" not in out["ref"]
    assert out["ref"]["vs_ref_max_abs"] == 0 and out["ref"]["padded_noise"] == 0


def test_a_leak_beyond_the_noise_floor_fails():
    """A neighbour moving sample 3 by 0.07 nats/token (> 3 x 0.02) fails; 0.05 is within the bound."""
    ref = guard_result(SOLO, PADDED)
    leak = guard_result(SOLO, PADDED, [100.2, 119.9, 90.7], ALONE, LEAKY, 12.5)
    small = guard_result(SOLO, PADDED, [100.2, 119.9, 90.5], ALONE, LEAKY)
    out = verdicts({"ref": ref, "leak": leak, "small": small}, "ref")
    assert out["leak"]["packed_vs_alone_max_abs"] == pytest.approx(0.07) and not out["leak"]["packed_ok"]
    assert not out["leak"]["first_step_ok"]
    assert out["small"]["packed_vs_alone_max_abs"] == pytest.approx(0.05) and out["small"]["packed_ok"]


def test_guard_without_power_and_at_the_minimum_bound():
    """No kernel noise: the bound is MIN_BOUND; a leaky control that barely moves the losses
    (not > 5 x bound) means the check could not have seen a leak."""
    weak = guard_result(SOLO, PADDED, SOLO, SOLO, [100.0, 120.0, 90.04])
    v = verdicts({"weak": weak}, "weak")["weak"]
    assert v["noise_floor"] == 0 and v["packed_bound"] == MIN_BOUND and v["packed_ok"]
    assert v["leaky_max_abs"] == pytest.approx(0.004) and not v["check_has_power"]
    table = tables.guard({"weak": v}, "weak")
    assert "no power" in table and table.count("|---") == 8


def test_variants_parse_gpus_and_runner():
    assert [parse_variant(s).name for s in SPEED] == ["original-hf", "original", "lora-fast", "qlora-fast"]
    v = parse_variant("original-hf=hf:recipes/xlam.yml")
    assert (v.gpus, v.runner, v.recipe) == (1, "hf", "recipes/xlam.yml")
    v = parse_variant("x=4:hf:recipes/xlam.yml")
    assert (v.gpus, v.runner) == (4, "hf")
    assert parse_variant("x=recipes/xlam-lora-fast.yml").runner == "axolotl"
    hf_cfg = variant_config(parse_variant(SPEED[0]), {}, "/m", "/d.jsonl", "/w", 7)
    ax_cfg = variant_config(parse_variant(SPEED[1]), {}, "/m", "/d.jsonl", "/w", 7)
    assert "benchmarks.plugin.BenchPlugin" in ax_cfg[
        "plugins"
    ] and "benchmarks.plugin.BenchPlugin" not in str(hf_cfg.get("plugins"))
    assert hf_cfg["max_steps"] == ax_cfg["max_steps"] == 7 and hf_cfg["base_model"] == "/m"


def test_parse_sets_reads_yaml_values_and_rejects_bad_specs():
    names = ["original", "fast"]
    assert parse_sets(["fast:micro_batch_size=2", "fast:lora_dropout=0.05"], names) == {
        "original": {},
        "fast": {"micro_batch_size": 2, "lora_dropout": 0.05},
    }
    for bad in ["fast=2", "fast:=2", "other:micro_batch_size=2", "fast:x=[1"]:
        with pytest.raises(SystemExit):
            parse_sets([bad], names)


def test_a_variant_with_its_own_plugins_list_is_still_timed():
    plugins = "[prompt_strategies.plugin.XlamPlugin, speedups.plugin.GqaVarlenPlugin]"
    extra = parse_sets([f"gqa:plugins={plugins}"], ["gqa"])["gqa"]
    assert extra == {"plugins": ["prompt_strategies.plugin.XlamPlugin", "speedups.plugin.GqaVarlenPlugin"]}
    cfg = variant_config(parse_variant("gqa=recipes/xlam-lora-fast.yml"), extra, "/m", "/d.jsonl", "/w", 7)
    assert cfg["plugins"] == [*extra["plugins"], "benchmarks.plugin.BenchPlugin"]


def test_rank0_trace_moves_next_to_the_results(tmp_path):
    from benchmarks.benchmark import keep_trace

    deep = tmp_path / "out" / "profiles" / "lora-fast"
    deep.mkdir(parents=True)
    (deep / "trace.rank0.json.gz").write_bytes(b"trace")
    profile = {"trace": str(deep / "trace.rank0.json.gz")}
    keep_trace(str(tmp_path / "out"), "lora-fast", profile)
    assert profile["trace"] == "trace-lora-fast.rank0.json.gz"
    assert (tmp_path / "out" / profile["trace"]).read_bytes() == b"trace"
    assert not (deep / "trace.rank0.json.gz").exists()
    gone = {"trace": str(deep / "missing.json.gz")}
    keep_trace(str(tmp_path / "out"), "x", gone)  # a trace that was not written stays as recorded
    assert gone == {"trace": str(deep / "missing.json.gz")}


def test_original_pipeline_takes_every_setting_from_the_recipe():
    cfg = dict(yaml.safe_load((ROOT / "recipes/xlam.yml").read_text()), output_dir="/tmp/original-hf")
    bnb = original_hf.bnb_config(cfg)
    assert bnb.load_in_4bit and bnb.bnb_4bit_quant_type == "nf4" and bnb.bnb_4bit_use_double_quant
    assert bnb.bnb_4bit_compute_dtype == torch.float16
    lora = original_hf.lora_config(cfg)
    assert (lora.r, lora.lora_alpha, lora.lora_dropout, lora.bias) == (16, 16, 0.05, "none")
    assert lora.target_modules == set(cfg["lora_target_modules"]) and len(lora.target_modules) == 7
    args = original_hf.training_arguments(cfg, cpu=False)
    assert (args.per_device_train_batch_size, args.gradient_accumulation_steps) == (4, 8)
    assert args.optim == "paged_adamw_8bit" and args.fp16 and not args.bf16
    assert args.gradient_checkpointing and args.gradient_checkpointing_kwargs == {"use_reentrant": False}
    assert args.learning_rate == 1e-4 and args.warmup_steps == 0.1 and args.lr_scheduler_type == "linear"
    faster = original_hf.training_arguments(dict(cfg, micro_batch_size=2, optimizer="adamw_torch"), cpu=False)
    assert faster.per_device_train_batch_size == 2 and faster.optim == "adamw_torch"


@pytest.mark.slow
def test_driver_runs_axolotl_and_plain_hf_variants_on_cpu(smoke_model, tmp_path):
    """The one driver end to end on CPU: the smoke recipe through axolotl (k8s/launch.sh) and
    through the plain HF + PEFT runner, timed, guarded and profiled like the GPU variants."""
    import subprocess

    out = tmp_path / "out"
    cmd = [
        sys.executable,
        "-m",
        "benchmarks.benchmark",
        "--cpu",
        "--out",
        str(out),
        "--work",
        str(tmp_path / "w"),
        "--model",
        str(smoke_model),
        "--rows",
        "60",
        "--unpacked-steps",
        "3",
        "--unpacked-warmup",
        "1",
        "--profile",
        "--profile-steps",
        "1",
        "--variant",
        "hf=hf:recipes/smoke.yml",
        "--variant",
        "axolotl=recipes/smoke.yml",
        "--set",
        "axolotl:lora_dropout=0.0",
        "--set",
        "hf:lora_dropout=0.0",
    ]
    proc = subprocess.run(cmd, cwd=ROOT, env=run_env(), capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    report = json.loads((out / "results.json").read_text())
    for name in ("hf", "axolotl"):
        row = report["results"][name]
        assert row["tokens_per_s"] > 0 and row["timed_steps"] == 2 and row["ran_as"] == "single process"
        assert row["flops"]["N_trainable"] > 0 and "median step" in row["stalls"]
        steps = report["raw"][name]["ranks"][0]["steps"]
        assert len(steps) == 4 and all(len(s["micro_s"]) == 1 and s["data_s"] >= 0 for s in steps)
        profile = report["profiles"][name]
        assert (out / profile["trace"]).is_file() and profile["trace"] == f"trace-{name}.rank0.json.gz"
        assert profile["top_ops"] and all(k["launched_by"] for k in profile["top_kernels"])
        shares = {r["category"]: r["ms_per_step"] for r in profile["rows"]}
        assert (
            shares["LoRA matmuls"] > 0
            and shares["lm_head + loss"] > 0
            and shares["base matmuls, forward"] > 0
        )
        assert report["guard"][name]["vs_ref_ok"]  # the same model, loaded by two pipelines
    assert report["reference"] == "hf" and "| axolotl | 1 |" in (out / "results.md").read_text()
