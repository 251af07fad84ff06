"""recipes/smollm2-fc-javajs.yml is recipes/smollm2-fc.yml on another training file: everything but
the dataset path and the output locations must stay identical, so the two runs measure only the
added Java/JavaScript rows."""

import copy

import yaml

from conftest import ROOT, key_drift

FC = ROOT / "recipes" / "smollm2-fc.yml"
JAVAJS = ROOT / "recipes" / "smollm2-fc-javajs.yml"
# differ on purpose: where each run writes (two runs must not share a directory)
ALLOWED_TO_DIFFER = {"dataset_prepared_path", "output_dir"}


def without_dataset_path(cfg: dict) -> dict:
    cfg = copy.deepcopy(cfg)
    for dataset in cfg["datasets"]:
        dataset.pop("path")
    return cfg


def test_javajs_recipe_differs_only_in_the_dataset_path_and_output_paths():
    fc, javajs = (without_dataset_path(yaml.safe_load(p.read_text())) for p in (FC, JAVAJS))
    drift = key_drift(fc, javajs, ALLOWED_TO_DIFFER)
    assert drift == {}, f"edit both recipes (key: (smollm2-fc, smollm2-fc-javajs)): {drift}"


def test_the_intended_differences_are_there():
    fc, javajs = (yaml.safe_load(p.read_text()) for p in (FC, JAVAJS))
    assert [d["path"] for d in fc["datasets"]] == [".cache/smollm2-data/train.jsonl"]
    assert [d["path"] for d in javajs["datasets"]] == [".cache/smollm2-data/train-javajs.jsonl"]
    for key in ALLOWED_TO_DIFFER:
        assert fc[key] != javajs[key], key
