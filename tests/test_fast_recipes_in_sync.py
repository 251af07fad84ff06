"""recipes/xlam-lora-fast.yml and recipes/xlam-qlora-fast.yml are one recipe on two weight formats:
everything but the quantisation keys and the output locations must stay identical."""

import yaml

from conftest import ROOT, key_drift

LORA = ROOT / "recipes" / "xlam-lora-fast.yml"
QLORA = ROOT / "recipes" / "xlam-qlora-fast.yml"
# differ on purpose: the weight format, and where each run writes (two runs must not share a directory)
ALLOWED_TO_DIFFER = {"adapter", "load_in_4bit", "bnb_config_kwargs", "dataset_prepared_path", "output_dir"}


def test_fast_recipes_differ_only_in_the_weight_format_and_output_paths():
    lora, qlora = (yaml.safe_load(p.read_text()) for p in (LORA, QLORA))
    drift = key_drift(lora, qlora, ALLOWED_TO_DIFFER)
    assert drift == {}, f"edit both recipes (key: (lora-fast, qlora-fast)): {drift}"


def test_the_intended_differences_are_there():
    lora, qlora = (yaml.safe_load(p.read_text()) for p in (LORA, QLORA))
    assert (lora["adapter"], qlora["adapter"]) == ("lora", "qlora")
    assert not lora.get("load_in_4bit") and qlora["load_in_4bit"] is True
    assert qlora["bnb_config_kwargs"]["bnb_4bit_quant_type"] == "nf4" and "bnb_config_kwargs" not in lora
    assert lora["output_dir"] != qlora["output_dir"]
    assert lora["dataset_prepared_path"] != qlora["dataset_prepared_path"]
