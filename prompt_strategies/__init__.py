"""axolotl plugin for XLAM function-calling data: `type: prompt_strategies.xlam`."""
