"""axolotl 0.19's own validate_config, run with the target GPU declared instead of probed."""

from __future__ import annotations

import copy
import os
import re

from recipe_lint.problems import Problem
from recipe_lint.recipe_yaml import Recipe

# axolotl's validation asks for the GPU's capabilities; we declare the target instead of probing
# this (possibly GPU-less) machine. sm_90 = H100/H200.
DEFAULT_COMPUTE_CAPABILITY = "sm_90"
MAX_REPORTED = 10
FIX = "fix what axolotl names above"


def capabilities(world_size: int, compute_capability: str) -> tuple[dict, dict]:
    import torch

    major = int(compute_capability.removeprefix("sm_")[:-1] or 0)
    return (
        {
            "bf16": major >= 8,
            "fp8": major >= 9,
            "tf32": major >= 8,
            "n_gpu": world_size,
            "compute_capability": compute_capability,
        },
        {"torch_version": torch.__version__.split("+")[0]},
    )


def axolotl_validate(cfg: dict, world_size: int, compute_capability: str = DEFAULT_COMPUTE_CAPABILITY):
    """axolotl 0.19's validate_config with the recipe's plugins registered; raises on rejection."""
    from axolotl.integrations.base import PluginManager
    from axolotl.utils.config import prepare_plugins, validate_config
    from axolotl.utils.dict import DictDefault

    cfg = DictDefault(copy.deepcopy(cfg))
    manager = PluginManager.get_instance()
    registered = dict(manager.plugins)  # a process-wide singleton: leave it as we found it,
    environ = dict(os.environ)  # and the env vars plugins set in register()
    try:
        prepare_plugins(cfg)
        caps, env = capabilities(world_size, compute_capability)
        return validate_config(cfg, capabilities=caps, env_capabilities=env)
    finally:
        manager.plugins.clear()
        manager.plugins.update(registered)
        os.environ.clear()
        os.environ.update(environ)


def _where_named(recipe: Recipe, message: str) -> str:
    """The first recipe key the message names, with its line; else the file."""
    for key in recipe.cfg:
        if isinstance(key, str) and re.search(rf"(?<![\w.]){re.escape(key)}(?![\w])", message):
            return recipe.where(key)
    return str(recipe.path)


def check_axolotl(recipe: Recipe, world_size: int, compute_capability: str, problems: list[Problem]) -> str:
    from pydantic import ValidationError

    try:
        axolotl_validate(recipe.cfg, world_size, compute_capability)
    except ValidationError as exc:
        for error in exc.errors()[:MAX_REPORTED]:
            loc = tuple(p for p in error["loc"] if isinstance(p, int) or p in _keys_at(recipe, error["loc"]))
            where = recipe.where(*loc) if loc else _where_named(recipe, error["msg"])
            problems.append(Problem(f"axolotl config validation failed: {error['msg']}", where, FIX))
        return "FAILED"
    except Exception as exc:  # noqa: BLE001 - ValueError and friends from validators: report, don't crash
        message = f"{type(exc).__name__}: {exc}" if not isinstance(exc, ValueError) else str(exc)
        problems.append(
            Problem(f"axolotl config validation failed: {message}", _where_named(recipe, message), FIX)
        )
        return "FAILED"
    return f"ok (axolotl validate_config, {compute_capability}, {world_size} GPUs)"


def _keys_at(recipe: Recipe, loc: tuple) -> set:
    """The string keys along `loc` that exist in the recipe (pydantic adds model/union tags)."""
    keys, node = set(), recipe.cfg
    for part in loc:
        if isinstance(node, dict) and part in node:
            keys.add(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
    return keys
