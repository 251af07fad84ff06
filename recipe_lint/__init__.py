"""xlam-check: lint an axolotl recipe before spending GPU hours on it (see recipe_lint.cli)."""
