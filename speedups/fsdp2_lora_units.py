"""LoRA weights inside their decoder layer's FSDP2 unit.

axolotl 0.19's FSDP2 preparation (`axolotl.monkeypatch.accelerate.fsdp2.fsdp2_prepare_model`) calls
`fully_shard` on every LoRA `lora_A` and `lora_B` of its own, before wrapping the decoder layers:
for Llama 3 8B with LoRA on the 7 projections that is 448 extra FSDP units, each with its own
all-gather before the forward and the backward and its own reduce-scatter after the backward, for
a few kilobytes each. `install()` keeps axolotl's preparation but leaves those weights to the
decoder layer that holds them, so each layer is one all-gather and one reduce-scatter. Adapters that
axolotl shards as a whole module (embedding LoRA, PEFT's ParamWrapper) go through axolotl's code.
"""

from __future__ import annotations

from axolotl.monkeypatch.accelerate import fsdp2
from axolotl.utils.logging import get_logger

LOG = get_logger("axolotl.speedups.fsdp2_lora_units")
AXOLOTL_FUNCTION = "_process_lora_module_for_fsdp"


def axolotl_shards_whole_module(module) -> bool:
    from peft.tuners.lora.layer import ParamWrapper

    return isinstance(module, ParamWrapper) or bool(module.lora_embedding_A or module.lora_embedding_B)


def make_lora_in_layer_unit(axolotl_process):
    def lora_in_layer_unit(module, fsdp2_kwargs) -> bool:
        """axolotl's per-LoRA-layer step without its `fully_shard` of lora_A / lora_B; True when a
        bias was cast to its weight's dtype (axolotl's warning)."""
        if axolotl_shards_whole_module(module):
            return axolotl_process(module, fsdp2_kwargs)
        # as axolotl does: FSDP2 shards one dtype per unit, so the bias takes its weight's
        base = module.base_layer
        bias = getattr(base, "bias", None)
        if bias is None or bias.dtype == base.weight.dtype:
            return False
        bias.data = bias.data.to(base.weight.dtype)
        return True

    lora_in_layer_unit.axolotl_process = axolotl_process
    return lora_in_layer_unit


def install() -> bool:
    """Swap axolotl's per-LoRA-layer FSDP2 step for `lora_in_layer_unit` (idempotent); False
    when it was in place already."""
    current = getattr(fsdp2, AXOLOTL_FUNCTION)
    if hasattr(current, "axolotl_process"):
        return False
    setattr(fsdp2, AXOLOTL_FUNCTION, make_lora_in_layer_unit(current))
    LOG.info("FSDP2: LoRA weights are sharded with their decoder layer, not as units of their own")
    return True
