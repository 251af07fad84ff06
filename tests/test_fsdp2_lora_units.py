"""speedups.fsdp2_lora_units: under FSDP2, LoRA weights join their decoder layer's unit."""

import peft
import pytest
import torch
import torch.distributed.fsdp
from axolotl.integrations.base import load_plugin
from axolotl.monkeypatch.accelerate import fsdp2
from axolotl.utils.dict import DictDefault
from peft.tuners.lora import LoraLayer

from speedups import fsdp2_lora_units


@pytest.fixture
def sharded(monkeypatch):
    """The modules `fully_shard` is called on; axolotl's function restored afterwards."""
    calls = []
    monkeypatch.setattr(torch.distributed.fsdp, "fully_shard", lambda module, **kw: calls.append(module))
    monkeypatch.setattr(fsdp2, fsdp2_lora_units.AXOLOTL_FUNCTION, fsdp2._process_lora_module_for_fsdp)
    return calls


def lora_layer(**config) -> LoraLayer:
    model = peft.get_peft_model(torch.nn.Sequential(torch.nn.Linear(8, 8)), peft.LoraConfig(r=2, **config))
    return next(m for m in model.modules() if isinstance(m, LoraLayer))


def test_axolotl_shards_lora_a_and_b_as_units_of_their_own(sharded):
    layer = lora_layer(target_modules=["0"])
    fsdp2._process_lora_module_for_fsdp(layer, {})
    assert sharded == [layer.lora_A["default"], layer.lora_B["default"]]


def test_installed_the_lora_weights_are_left_to_their_layer(sharded):
    assert fsdp2_lora_units.install() is True
    assert fsdp2_lora_units.install() is False  # once
    layer = lora_layer(target_modules=["0"])
    assert fsdp2._process_lora_module_for_fsdp(layer, {}) is False
    assert sharded == []


def test_installed_a_bias_still_takes_its_weights_dtype(sharded):
    fsdp2_lora_units.install()
    layer = lora_layer(target_modules=["0"])
    layer.base_layer.bias.data = layer.base_layer.bias.data.double()
    assert fsdp2._process_lora_module_for_fsdp(layer, {}) is True
    assert layer.base_layer.bias.dtype == layer.base_layer.weight.dtype


def test_installed_embedding_lora_goes_through_axolotls_code(sharded):
    fsdp2_lora_units.install()
    model = peft.get_peft_model(
        torch.nn.Sequential(torch.nn.Embedding(16, 8)), peft.LoraConfig(r=2, target_modules=["0"])
    )
    layer = next(m for m in model.modules() if isinstance(m, LoraLayer))
    fsdp2._process_lora_module_for_fsdp(layer, {})
    assert sharded == [layer]  # axolotl shards the whole embedding LoRA module


@pytest.mark.parametrize(("fsdp_version", "installed"), [(2, True), ("2", True), (1, False), (None, False)])
def test_plugin_installs_only_for_fsdp2(sharded, fsdp_version, installed):
    load_plugin("speedups.plugin.Fsdp2LoraUnitsPlugin").pre_model_load(
        DictDefault({"fsdp_version": fsdp_version})
    )
    assert hasattr(getattr(fsdp2, fsdp2_lora_units.AXOLOTL_FUNCTION), "axolotl_process") is installed
