"""Keys axolotl would ignore silently (typos), with a did-you-mean from its own schema."""

from __future__ import annotations

import difflib
import inspect

from recipe_lint.problems import Problem, shorten
from recipe_lint.recipe_yaml import Recipe
from recipe_lint.schema import entries, field_names, plugin_arg_models


def _unknown(
    mapping: dict,
    known: frozenset[str] | set[str],
    path: tuple,
    what: str,
    recipe: Recipe,
    problems: list[Problem],
) -> None:
    for key in mapping:
        if key in known:
            continue
        close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.75) if isinstance(key, str) else []
        hint = f"did you mean `{close[0]}`? " if close else ""
        name = key if isinstance(key, str) else shorten(key, 40)
        problems.append(
            Problem(
                f"unknown {what} key `{name}`: axolotl ignores it silently",
                recipe.where(*path, key),
                f"{hint}fix or delete it; valid keys are axolotl's config schema"
                + (" plus the plugins' keys (list the plugin under `plugins:`)" if what == "recipe" else ""),
            )
        )


def check_unknown_keys(recipe: Recipe, problems: list[Problem]) -> None:
    from axolotl.utils.schemas.config import AxolotlInputConfig
    from axolotl.utils.schemas.datasets import DPODataset, KTODataset, SFTDataset
    from axolotl.utils.schemas.fsdp import FSDPConfig

    cfg = recipe.cfg
    known = set(field_names(AxolotlInputConfig))
    for model in plugin_arg_models(recipe, problems):
        known |= field_names(model)
    _unknown(cfg, known, (), "recipe", recipe, problems)

    rl = str(cfg.get("rl") or "")
    ds_model = DPODataset if rl in ("dpo", "ipo", "simpo") else KTODataset if rl == "kto" else SFTDataset
    for i, ds in entries(recipe, "datasets", dict):
        _unknown(ds, field_names(ds_model), ("datasets", i), "dataset", recipe, problems)
    if isinstance(cfg.get("fsdp_config"), dict):
        _unknown(
            cfg["fsdp_config"],
            field_names(FSDPConfig) | {"version"},
            ("fsdp_config",),
            "fsdp_config",
            recipe,
            problems,
        )
    if isinstance(cfg.get("bnb_config_kwargs"), dict):
        from transformers import BitsAndBytesConfig

        params = set(inspect.signature(BitsAndBytesConfig.__init__).parameters) - {"self", "kwargs"}
        _unknown(
            cfg["bnb_config_kwargs"], params, ("bnb_config_kwargs",), "bnb_config_kwargs", recipe, problems
        )
