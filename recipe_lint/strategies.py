"""Dataset `type:` values must import, exactly as axolotl.prompt_strategies.load resolves them."""

from __future__ import annotations

import importlib

from recipe_lint.problems import Problem
from recipe_lint.recipe_yaml import Recipe
from recipe_lint.schema import entries


def resolve_strategy(type_: str):
    """Import a dataset `type` the way axolotl.prompt_strategies.load does; return the load fn."""
    load_fn, strategy, package = "load", type_, "axolotl.prompt_strategies"
    last = type_.split(".")[-1]
    if last == "load" or last.startswith("load_"):
        load_fn, strategy = last, ".".join(type_.split(".")[:-1])
    elif "." in type_:
        try:
            importlib.import_module("." + last, ".".join(type_.split(".")[:-1]))
            package, strategy = ".".join(type_.split(".")[:-1]), last
        except ModuleNotFoundError:
            pass
    module = importlib.import_module(f".{strategy}", package)
    return getattr(module, load_fn)


def check_strategy_types(recipe: Recipe, problems: list[Problem]) -> None:
    from axolotl.utils.data.wrappers import DATASET_HANDLERS

    for i, ds in entries(recipe, "datasets", dict):
        type_ = ds.get("type")
        if not isinstance(type_, str) or type_ in DATASET_HANDLERS or type_ == "messages":
            continue
        try:
            resolve_strategy(type_)
        except Exception as exc:  # noqa: BLE001
            problems.append(
                Problem(
                    f"dataset type `{type_}` does not import: {type(exc).__name__}: {exc}",
                    recipe.where("datasets", i, "type"),
                    "use an axolotl strategy or an importable `package.module` with a `load` "
                    "function (ours: prompt_strategies.xlam; run `pip install -e .` or from the "
                    "repo root)",
                )
            )
