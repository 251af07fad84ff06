"""`trust_remote_code: true` runs Python from the model / dataset repo on every GPU node."""

from __future__ import annotations

from recipe_lint.problems import Problem
from recipe_lint.recipe_yaml import Recipe
from recipe_lint.schema import entries

FIX = (
    "set `trust_remote_code: false`; Llama 3 needs no remote code, and `true` runs "
    "Python from the model/dataset repo on every GPU node"
)


def check_trust_remote_code(recipe: Recipe, problems: list[Problem]) -> None:
    if recipe.cfg.get("trust_remote_code") is True:
        problems.append(Problem("`trust_remote_code: true`", recipe.where("trust_remote_code"), FIX))
    for i, ds in entries(recipe, "datasets", dict):
        if ds.get("trust_remote_code") is True:
            problems.append(
                Problem(
                    "`trust_remote_code: true` on a dataset",
                    recipe.where("datasets", i, "trust_remote_code"),
                    FIX,
                )
            )
