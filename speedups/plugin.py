"""axolotl plugin `speedups.plugin.GqaVarlenPlugin`: grouped-query attention on packed rows without
repeating K/V heads (gqa_varlen.py)."""

from axolotl.integrations.base import BasePlugin

from speedups.gqa_varlen import install


class GqaVarlenPlugin(BasePlugin):
    def pre_model_load(self, cfg) -> None:
        # axolotl registers its varlen `sdpa` function in its pre-model-load patches, which run
        # just before this hook; the model's attention layers look the function up at call time
        install()
