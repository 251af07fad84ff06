"""The plugin's keys are validated by axolotl and reach the prepared-dataset cache key."""

import pytest

from conftest import ROOT


def load(monkeypatch, **overrides):
    from axolotl.cli.config import load_cfg

    monkeypatch.chdir(ROOT)
    return load_cfg("recipes/smoke.yml", **overrides)


def test_xlam_keys_change_the_prepared_dataset_hash(smoke_model, monkeypatch):
    from axolotl.utils.data.shared import generate_dataset_hash_from_config

    def digest(**overrides):
        cfg = load(monkeypatch, **overrides)
        return generate_dataset_hash_from_config(cfg, cfg.datasets, "tok")

    base = digest()
    assert digest() == base, "same recipe, same prepared data"
    assert digest(xlam_abstain_fraction=0.2) != base
    assert digest(xlam_schema_violations="keep") != base
    assert digest(xlam_report_dir="/tmp/elsewhere") == base, "where reports go does not change data"


def test_bad_xlam_value_fails_axolotl_validation(smoke_model, monkeypatch):
    with pytest.raises(Exception, match="xlam_schema_violations"):
        load(monkeypatch, xlam_schema_violations="ignore")
