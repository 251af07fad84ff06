"""CPU checks of the GPU benchmark's helpers (benchmarks/data.py, benchmarks/plugin.py).
The benchmark itself needs an H100 and is a command, not a test (docs/benchmarks.md)."""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.data import guard_samples, make_rows  # noqa: E402
from benchmarks.plugin import BenchPlugin, batch_counts  # noqa: E402
from prompt_strategies.rows import check_row  # noqa: E402
from prompt_strategies.xlam import tokenize_xlam  # noqa: E402


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
def test_guard_sees_cross_sample_attention(tokenizer, smoke_model, tmp_path, monkeypatch):
    """On the tiny smoke model with axolotl's packed-SDPA patch (on CPU its block-diagonal mask
    fallback; the H100 run exercises the varlen kernel): packing through axolotl's collator gives
    the one-at-a-time losses; the leaky control (positions not reset) does not."""
    from axolotl.monkeypatch.attention.sdpa_varlen import patch_sdpa_varlen, unpatch_sdpa_varlen
    from axolotl.utils.collators.batching import V2BatchSamplerDataCollatorForSeq2Seq
    from transformers import AutoModelForCausalLM

    rows, _ = make_rows(tokenizer, 40, mean=200, sigma=0.3, max_len=400, seed=2)
    samples = guard_samples(tokenizer, rows, budget=1500, count=4)
    assert len(samples) == 4
    path = tmp_path / "guard.json"
    path.write_text(json.dumps(samples))
    monkeypatch.setenv("BENCH_GUARD", str(path))
    model = AutoModelForCausalLM.from_pretrained(smoke_model, attn_implementation="sdpa")
    torch.manual_seed(0)
    with torch.no_grad():  # a sharper random model than the init, so attention matters
        for p in model.parameters():
            p.normal_(0, 0.2)
    collator = V2BatchSamplerDataCollatorForSeq2Seq(
        tokenizer=tokenizer, padding=True, pad_to_multiple_of=64, return_tensors="pt"
    )
    trainer = SimpleNamespace(model=model, data_collator=collator)
    assert patch_sdpa_varlen()
    try:
        g = BenchPlugin().run_guard(SimpleNamespace(fp16=False, sample_packing=True), trainer)
    finally:
        unpatch_sdpa_varlen()
    assert len(g["solo"]) == len(g["packed"]) == len(g["leaky"]) == 4
    per_tok = lambda xs: [x / n for x, n in zip(xs, g["n_label_tokens"])]  # noqa: E731
    solo, packed, leaky = per_tok(g["solo"]), per_tok(g["packed"]), per_tok(g["leaky"])
    assert max(abs(a - b) for a, b in zip(packed, solo)) < 1e-4
    # the first sample sees nothing before it either way; later ones must differ when leaky
    assert max(abs(a - b) for a, b in zip(leaky[1:], solo[1:])) > 1e-2


def test_parse_sets_reads_yaml_values_and_rejects_bad_specs():
    from benchmarks.benchmark import parse_sets

    variants = {"original": "recipes/xlam.yml", "fast": "recipes/xlam-lora-fast.yml"}
    assert parse_sets(["fast:micro_batch_size=2", "fast:lora_dropout=0.05"], variants) == {
        "original": {},
        "fast": {"micro_batch_size": 2, "lora_dropout": 0.05},
    }
    for bad in ["fast=2", "fast:=2", "other:micro_batch_size=2"]:
        with pytest.raises(SystemExit):
            parse_sets([bad], variants)
    assert parse_sets(["other:x=1"], variants, skip_unknown=True) == {"original": {}, "fast": {}}
