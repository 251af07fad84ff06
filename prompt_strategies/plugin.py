"""axolotl plugin: registers the `xlam_*` recipe keys (see args.py) and writes the training prompt's
chat template (chat_template.py) into the trained adapter and into `axolotl merge-lora`'s output."""

import atexit
import os
from pathlib import Path

from axolotl.integrations.base import BasePlugin
from axolotl.utils.data import shared
from axolotl.utils.logging import get_logger

from prompt_strategies.chat_template import write_chat_template

LOG = get_logger("axolotl.prompt_strategies.plugin")

# Keys that change the tokenized rows. axolotl's prepared-dataset cache key knows only its own
# keys, so without these a changed abstain fraction would silently reuse the old prepared data.
# `seed` is the default seed of the abstain augmentation.
DATA_SHAPING_KEYS = ("xlam_schema_violations", "xlam_abstain_fraction", "xlam_abstain_seed", "seed")


def write_merged_chat_template(merged_dir: Path) -> None:
    """merge-lora copies the base model's tokenizer files (its own chat template, if any) into
    `merged/`; replace that template with the one the adapter was trained on."""
    if (merged_dir / "config.json").is_file():
        LOG.info(f"XLAM chat template written to {write_chat_template(merged_dir)}")


class XlamPlugin(BasePlugin):
    def get_input_args(self) -> str:
        return "prompt_strategies.args.XlamArgs"

    def register(self, cfg) -> None:
        # generate_dataset_hash_from_config reads this module global at call time
        known = shared.DATASET_HASH_CONFIG_EXTRA_FIELDS
        shared.DATASET_HASH_CONFIG_EXTRA_FIELDS = known + tuple(
            k for k in DATA_SHAPING_KEYS if k not in known
        )
        # `axolotl merge-lora` has no plugin hook after the merge: write once the command is done
        if cfg.get("merge_lora") and cfg.get("output_dir"):
            atexit.register(write_merged_chat_template, Path(cfg["output_dir"]) / "merged")

    def post_train(self, cfg, model) -> None:
        # runs after the adapter and tokenizer are saved (and once before: the last write wins).
        # The global rank comes from the launcher's environment: by the last call axolotl has
        # destroyed the process group, so torch.distributed cannot be asked.
        if os.environ.get("RANK", "0") == "0" and cfg.output_dir and Path(cfg.output_dir).is_dir():
            write_chat_template(cfg.output_dir)
