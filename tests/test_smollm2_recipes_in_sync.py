"""recipes/smollm2-fc-multicall.yml and recipes/smollm2-fc-copy.yml are recipes/smollm2-fc.yml on
other training files: everything but the dataset path and the output locations must stay identical,
so each run measures only the rows its file adds (multi-call rows, copy rows)."""

import copy

import pytest
import yaml

from conftest import ROOT, key_drift

VARIANTS = ("multicall", "copy")
# differ on purpose: where each run writes (two runs must not share a directory)
ALLOWED_TO_DIFFER = {"dataset_prepared_path", "output_dir"}


def without_dataset_path(cfg: dict) -> dict:
    cfg = copy.deepcopy(cfg)
    for dataset in cfg["datasets"]:
        dataset.pop("path")
    return cfg


def recipe(name: str) -> dict:
    return yaml.safe_load((ROOT / "recipes" / f"{name}.yml").read_text())


@pytest.mark.parametrize("variant", VARIANTS)
def test_variant_recipe_differs_only_in_the_dataset_path_and_output_paths(variant):
    fc, other = (without_dataset_path(recipe(n)) for n in ("smollm2-fc", f"smollm2-fc-{variant}"))
    drift = key_drift(fc, other, ALLOWED_TO_DIFFER)
    assert drift == {}, f"edit both recipes (key: (smollm2-fc, smollm2-fc-{variant})): {drift}"


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_intended_differences_are_there(variant):
    fc, other = recipe("smollm2-fc"), recipe(f"smollm2-fc-{variant}")
    sibling = recipe(f"smollm2-fc-{next(v for v in VARIANTS if v != variant)}")
    assert [d["path"] for d in fc["datasets"]] == [".cache/smollm2-data/train.jsonl"]
    assert [d["path"] for d in other["datasets"]] == [f".cache/smollm2-data/train-{variant}.jsonl"]
    for key in ALLOWED_TO_DIFFER:  # no two runs share a directory
        assert fc[key] != other[key] != sibling[key], key
