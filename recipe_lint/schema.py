"""What axolotl reads: the key names of its pydantic config models and of the recipe's plugins."""

from __future__ import annotations

import functools
import importlib

from recipe_lint.problems import Problem
from recipe_lint.recipe_yaml import Recipe

PLUGIN_FIX = (
    "use 'module.ClassName' of an importable axolotl plugin "
    "(ours: prompt_strategies.plugin.XlamPlugin; run `pip install -e .`)"
)


@functools.cache
def field_names(model) -> frozenset[str]:
    names = set()
    for name, field in model.model_fields.items():
        names.add(name)
        if isinstance(field.alias, str):
            names.add(field.alias)
        choices = getattr(field.validation_alias, "choices", None)
        if isinstance(field.validation_alias, str):
            names.add(field.validation_alias)
        for choice in choices or ():
            if isinstance(choice, str):
                names.add(choice)
    return frozenset(names)


def entries(recipe: Recipe, key: str, item_type: type) -> list[tuple[int, object]]:
    """(index, entry) of the recipe's list `key` for entries of the right type; wrong shapes are
    reported by values.check_values, the other checks just skip them."""
    value = recipe.cfg.get(key)
    if not isinstance(value, list):
        return []
    return [(i, v) for i, v in enumerate(value) if isinstance(v, item_type)]


def plugin_arg_models(recipe: Recipe, problems: list[Problem]) -> list:
    """The pydantic models that declare the keys of each plugin under `plugins:`."""
    from axolotl.integrations.base import load_plugin

    models = []
    for i, name in entries(recipe, "plugins", str):
        try:
            plugin = load_plugin(name)
            args_path = plugin.get_input_args()
            if args_path:
                module, cls = args_path.rsplit(".", 1)
                models.append(getattr(importlib.import_module(module), cls))
        except Exception as exc:  # noqa: BLE001 - any import failure is the user's problem to see
            problems.append(
                Problem(
                    f"plugin {name!r} does not load: {type(exc).__name__}: {exc}",
                    recipe.where("plugins", i),
                    PLUGIN_FIX,
                )
            )
    return models
