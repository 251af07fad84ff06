"""The strategy's rows go through axolotl's sample-packing data path unchanged: labels stay masked,
and axolotl's packing collator restarts position_ids at 0 for every sample (what keeps packed
samples apart in varlen attention; scripts' guard test checks the losses themselves)."""

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("sample_packing", [True, False])
def test_axolotl_data_path_with_and_without_packing(smoke_model, tmp_path, sample_packing, monkeypatch):
    from axolotl.cli.config import load_cfg
    from axolotl.common.datasets import load_datasets

    monkeypatch.chdir(ROOT)
    cfg = load_cfg(
        "recipes/smoke.yml",
        sample_packing=sample_packing,
        val_set_size=0,
        dataset_processes=1,
        output_dir=str(tmp_path / "out"),
        dataset_prepared_path=str(tmp_path / "prepared"),
    )
    meta = load_datasets(cfg=cfg)
    ds = meta.train_dataset
    assert len(ds) == 400 and meta.total_num_steps == 30
    for row in ds.select(range(20)):
        labels = row["labels"]
        first = next(i for i, t in enumerate(labels) if t != -100)
        assert first > 10 and all(t != -100 for t in labels[first:])
        assert row["input_ids"][-1] == 128009
    if sample_packing:
        assert_collator_packs_samples_apart(ds.select(range(3)), cfg)


def assert_collator_packs_samples_apart(rows, cfg):
    """axolotl's packing collator joins samples into one row; positions restart at each sample
    (what varlen attention uses to keep them apart) and each sample keeps its own labels."""
    from axolotl.utils.collators.batching import V2BatchSamplerDataCollatorForSeq2Seq
    from transformers import AutoTokenizer

    collator = V2BatchSamplerDataCollatorForSeq2Seq(
        tokenizer=AutoTokenizer.from_pretrained(cfg.base_model), padding=True, return_tensors="pt"
    )
    features = [
        {k: row[k] for k in ("input_ids", "attention_mask", "labels", "position_ids")} for row in rows
    ]
    packed = collator([features])
    n = sum(len(f["input_ids"]) for f in features)
    positions = packed["position_ids"][0, :n].tolist()
    assert positions == [i for f in features for i in range(len(f["input_ids"]))]
    assert positions.count(0) == 3
    assert packed["labels"][0, :n].tolist() == [t for f in features for t in f["labels"]]
    assert packed["input_ids"][0, :n].tolist() == [t for f in features for t in f["input_ids"]]
