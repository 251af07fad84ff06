"""recipes/smollm2-fc-copy.yml (the recipe before it took the diverse, wide Java/JavaScript and
near-miss rows), -multicall.yml, -scale.yml, -format.yml, -diverse.yml, -wide.yml, -javajs-wide.yml,
-diverse-javajs.yml and -diverse-multicall.yml are recipes/smollm2-fc.yml on other training files:
everything but the dataset path and the output locations must stay identical, so each run measures
only the rows its file adds or leaves out.
recipes/smollm2-fc-no-copy.yml is the former recipe: it differs from the recipe in the training file
(no copy rows), Liger's kernels and the batch layout, and in nothing else."""

import copy

import pytest
import yaml

from conftest import ROOT, key_drift

# differ on purpose: where each run writes (two runs must not share a directory)
ALLOWED_TO_DIFFER = {"dataset_prepared_path", "output_dir"}
LIGER_KEYS = ("liger_fused_linear_cross_entropy", "liger_rms_norm", "liger_glu_activation", "liger_rope")
XLAM, LIGER = "prompt_strategies.plugin.XlamPlugin", "axolotl.integrations.liger.LigerPlugin"


def without_dataset_path(cfg: dict) -> dict:
    cfg = copy.deepcopy(cfg)
    for dataset in cfg["datasets"]:
        dataset.pop("path")
    return cfg


def recipe(name: str) -> dict:
    return yaml.safe_load((ROOT / "recipes" / f"{name}.yml").read_text())


FILE_VARIANTS = [
    "copy",
    "multicall",
    "scale",
    "format",
    "diverse",
    "wide",
    "javajs-wide",
    "diverse-javajs",
    "diverse-multicall",
]


@pytest.mark.parametrize("variant", FILE_VARIANTS)
def test_variant_recipe_differs_only_in_the_dataset_path_and_output_paths(variant):
    fc, other = (without_dataset_path(recipe(n)) for n in ("smollm2-fc", f"smollm2-fc-{variant}"))
    drift = key_drift(fc, other, ALLOWED_TO_DIFFER)
    assert drift == {}, f"edit both recipes (key: (smollm2-fc, smollm2-fc-{variant})): {drift}"


def test_the_former_recipe_differs_only_in_copy_rows_liger_and_batch_layout():
    fc, former = (without_dataset_path(recipe(n)) for n in ("smollm2-fc", "smollm2-fc-no-copy"))
    drift = key_drift(fc, former, ALLOWED_TO_DIFFER)
    assert drift == {
        "plugins": ([XLAM, LIGER], [XLAM]),
        "micro_batch_size": (16, 8),
        "gradient_accumulation_steps": (1, 2),
        **dict.fromkeys(LIGER_KEYS, (True, "<absent>")),
    }


@pytest.mark.parametrize("variant", [*FILE_VARIANTS, "no-copy"])
def test_each_recipe_trains_its_own_file_and_writes_its_own_directories(variant):
    fc, other = recipe("smollm2-fc"), recipe(f"smollm2-fc-{variant}")
    assert [d["path"] for d in fc["datasets"]] == [".cache/smollm2-data/train.jsonl"]
    assert [d["path"] for d in other["datasets"]] == [f".cache/smollm2-data/train-{variant}.jsonl"]
    for key in ALLOWED_TO_DIFFER:  # no two runs share a directory
        assert fc[key] != other[key], key
