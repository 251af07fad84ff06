"""`axolotl preprocess` runs offline on the smoke recipe and on recipes/xlam.yml (pointed at the smoke
model and the sample data by command-line overrides), and writes the prepared dataset exactly where
training (and the k8s prefetch job's consumers) look it up: axolotl's own hash of the config.

Preprocessing needs the tokenizer and the model's config.json, never the weights, so the original
recipe's QLoRA/fp16 settings are untouched: only base_model, datasets and the output paths are overridden."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import AXOLOTL, ROOT, restored_env, run_cmd

# a hang (lock, stuck child) fails with a traceback instead of stalling CI
pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

SAMPLE = [{"path": "data/xlam_sample/train.jsonl", "ds_type": "json", "type": "prompt_strategies.xlam"}]
SAMPLE_ROWS = 400
BOS, EOT = 128000, 128009


def prepared_for_training(recipe: str, **overrides):
    """What `axolotl train` with the same recipe + overrides finds on disk (None if nothing)."""
    from axolotl.cli.config import load_cfg
    from axolotl.loaders import load_tokenizer
    from axolotl.utils.data.shared import generate_dataset_hash_from_config, load_preprocessed_dataset

    with restored_env():
        cfg = load_cfg(recipe, **overrides)
        tokenizer = load_tokenizer(cfg)
        dataset_hash = generate_dataset_hash_from_config(cfg, cfg.datasets, tokenizer.name_or_path)
        return load_preprocessed_dataset(cfg, dataset_hash)


def assert_xlam_rows(dataset, report_dir: Path, sequence_len: int):
    assert dataset is not None, "training would not find the prepared dataset"
    assert len(dataset) == SAMPLE_ROWS
    for row in dataset.select(range(10)):
        ids, labels = row["input_ids"], row["labels"]
        assert ids[0] == BOS and ids.count(BOS) == 1 and ids[-1] == EOT and len(ids) <= sequence_len
        first = next(i for i, t in enumerate(labels) if t != -100)  # prompt masked, calls trained
        assert labels[first:] == ids[first:] and first > 10
    report = json.loads((report_dir / "xlam_data_report.json").read_text())
    assert report["rows_in"] == report["rows_tokenized"] == SAMPLE_ROWS
    assert report["sequence_len"] == sequence_len


def test_axolotl_preprocess_smoke_recipe(smoke_model, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    overrides = {"dataset_prepared_path": str(tmp_path / "prepared"), "output_dir": str(tmp_path / "out")}
    assert AXOLOTL, "no axolotl CLI next to the test interpreter or on PATH: pip install -e '.[test]'"
    run_cmd(
        [
            AXOLOTL,
            "preprocess",
            "recipes/smoke.yml",
            *(f"--{k.replace('_', '-')}={v}" for k, v in overrides.items()),
        ],
        tmp_path / "preprocess.log",
        timeout=300,
    )
    assert "Success! Preprocessed data path" in (tmp_path / "preprocess.log").read_text()
    assert_xlam_rows(prepared_for_training("recipes/smoke.yml", **overrides), tmp_path / "out", 1024)


def test_preprocess_seed_recipe_on_smoke_model_and_sample(smoke_model, tmp_path, monkeypatch):
    """recipes/xlam.yml as committed, but base_model/datasets/paths from the command line (python -m
    axolotl.cli.preprocess is what `axolotl preprocess` calls; its fire parser turns the datasets
    literal into a list, which the click front end cannot)."""
    monkeypatch.chdir(ROOT)
    overrides = {
        "base_model": str(smoke_model),
        "dataset_prepared_path": str(tmp_path / "prepared"),
        "output_dir": str(tmp_path / "out"),
    }
    run_cmd(
        [
            sys.executable,
            "-m",
            "axolotl.cli.preprocess",
            "recipes/xlam.yml",
            f"--datasets={SAMPLE!r}",
            *(f"--{k}={v}" for k, v in overrides.items()),
        ],
        tmp_path / "preprocess.log",
        timeout=300,
    )
    log = (tmp_path / "preprocess.log").read_text()  # (run as __main__, its INFO "Success!" is not logged)
    assert '"adapter": "qlora"' in log and '"fp16": true' in log  # xlam.yml's settings, not the smoke's
    assert_xlam_rows(
        prepared_for_training("recipes/xlam.yml", datasets=SAMPLE, **overrides), tmp_path / "out", 1024
    )
