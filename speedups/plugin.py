"""axolotl plugins of the speedups (README.md): list them in a recipe's `plugins:`.

- `speedups.plugin.GqaVarlenPlugin`: grouped-query attention on packed rows without repeating K/V
  heads (gqa_varlen.py).
- `speedups.plugin.LoraRopePlugin`: `liger_rope: true` also inside axolotl's LoRA attention forward
  (lora_attention_rope.py).
- `speedups.plugin.Fsdp2LoraUnitsPlugin`: under FSDP2, LoRA weights are sharded with their decoder
  layer instead of as units of their own (fsdp2_lora_units.py).
"""

from axolotl.integrations.base import BasePlugin
from axolotl.utils.logging import get_logger

from speedups import fsdp2_lora_units, gqa_varlen, lora_attention_rope

LOG = get_logger("axolotl.speedups")


class GqaVarlenPlugin(BasePlugin):
    def pre_model_load(self, cfg) -> None:
        # axolotl registers its varlen `sdpa` function in its pre-model-load patches, which run
        # just before this hook; the model's attention layers look the function up at call time
        gqa_varlen.install()


class LoraRopePlugin(BasePlugin):
    def post_model_build(self, cfg, model) -> None:
        # after every plugin's pre_model_load, so Liger's RoPE is in the model's module by now
        if not cfg.liger_rope:
            return
        routed = lora_attention_rope.route_rope(model)
        if routed:
            LOG.info(f"liger_rope: axolotl's LoRA attention forward of {', '.join(routed)} now uses it")


class Fsdp2LoraUnitsPlugin(BasePlugin):
    def pre_model_load(self, cfg) -> None:
        if str(cfg.fsdp_version) == "2":
            fsdp2_lora_units.install()
