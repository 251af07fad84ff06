"""recipes/smollm2-fc-multicall.yml is recipes/smollm2-fc.yml on another training file: everything but
the dataset path and the output locations must stay identical, so the two runs measure only the
added multi-call rows."""

import copy

import yaml

from conftest import ROOT, key_drift

FC = ROOT / "recipes" / "smollm2-fc.yml"
MULTICALL = ROOT / "recipes" / "smollm2-fc-multicall.yml"
# differ on purpose: where each run writes (two runs must not share a directory)
ALLOWED_TO_DIFFER = {"dataset_prepared_path", "output_dir"}


def without_dataset_path(cfg: dict) -> dict:
    cfg = copy.deepcopy(cfg)
    for dataset in cfg["datasets"]:
        dataset.pop("path")
    return cfg


def test_multicall_recipe_differs_only_in_the_dataset_path_and_output_paths():
    fc, multicall = (without_dataset_path(yaml.safe_load(p.read_text())) for p in (FC, MULTICALL))
    drift = key_drift(fc, multicall, ALLOWED_TO_DIFFER)
    assert drift == {}, f"edit both recipes (key: (smollm2-fc, smollm2-fc-multicall)): {drift}"


def test_the_intended_differences_are_there():
    fc, multicall = (yaml.safe_load(p.read_text()) for p in (FC, MULTICALL))
    assert [d["path"] for d in fc["datasets"]] == [".cache/smollm2-data/train.jsonl"]
    assert [d["path"] for d in multicall["datasets"]] == [".cache/smollm2-data/train-multicall.jsonl"]
    for key in ALLOWED_TO_DIFFER:
        assert fc[key] != multicall[key], key
