"""axolotl plugin: registers the `xlam_*` recipe keys (see args.py)."""

from axolotl.integrations.base import BasePlugin


class XlamPlugin(BasePlugin):
    def get_input_args(self) -> str:
        return "prompt_strategies.args.XlamArgs"
