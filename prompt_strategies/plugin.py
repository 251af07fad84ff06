"""axolotl plugin: registers the `xlam_*` recipe keys (see args.py)."""

from axolotl.integrations.base import BasePlugin
from axolotl.utils.data import shared

# Keys that change the tokenized rows. axolotl's prepared-dataset cache key knows only its own
# keys, so without these a changed abstain fraction would silently reuse the old prepared data.
# `seed` is the default seed of the abstain augmentation.
DATA_SHAPING_KEYS = ("xlam_schema_violations", "xlam_abstain_fraction", "xlam_abstain_seed", "seed")


class XlamPlugin(BasePlugin):
    def get_input_args(self) -> str:
        return "prompt_strategies.args.XlamArgs"

    def register(self, cfg) -> None:
        # generate_dataset_hash_from_config reads this module global at call time
        known = shared.DATASET_HASH_CONFIG_EXTRA_FIELDS
        shared.DATASET_HASH_CONFIG_EXTRA_FIELDS = known + tuple(
            k for k in DATA_SHAPING_KEYS if k not in known
        )
