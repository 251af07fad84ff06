"""The strategy's rows go through axolotl's sample-packing data path unchanged: labels stay masked,
position_ids restart at 0 for every sample (what keeps packed samples apart in varlen attention)."""

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("sample_packing", [True, False])
def test_axolotl_data_path_with_and_without_packing(smoke_model, tmp_path, sample_packing, monkeypatch):
    from axolotl.cli.config import load_cfg
    from axolotl.common.datasets import load_datasets

    monkeypatch.chdir(ROOT)
    cfg = load_cfg("recipes/smoke.yml", sample_packing=sample_packing, val_set_size=0,
                   dataset_processes=1, output_dir=str(tmp_path / "out"),
                   dataset_prepared_path=str(tmp_path / "prepared"))
    meta = load_datasets(cfg=cfg)
    ds = meta.train_dataset
    assert len(ds) == 400 and meta.total_num_steps == 30
    for row in ds.select(range(20)):
        labels = row["labels"]
        first = next(i for i, t in enumerate(labels) if t != -100)
        assert first > 10 and all(t != -100 for t in labels[first:])
        assert row["input_ids"][-1] == 128009
        if sample_packing:
            assert row["position_ids"] == list(range(len(row["input_ids"])))
