"""Training speedups for the recipes, as axolotl plugins (README.md)."""
