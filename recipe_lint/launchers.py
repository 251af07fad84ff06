"""DeepSpeed / FSDP: the launcher file exists, parses, and agrees with the recipe's batch and precision."""

from __future__ import annotations

import json
import os
from pathlib import Path

from recipe_lint.problems import Problem
from recipe_lint.recipe_yaml import Recipe

LAUNCHERS_HINT = "start from recipes/launchers/zero1.json / zero2.json / zero3_bf16.json"


class LauncherError(Exception):
    def __init__(self, what: str, where: str, fix: str, label: str):
        super().__init__(what)
        self.problem, self.label = Problem(what, where, fix), label


def ds_value(ds: dict, dotted: str):
    node = ds
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def read_deepspeed(recipe: Recipe) -> tuple[dict, str] | None:
    """(DeepSpeed config, label) of the recipe's `deepspeed:`; None without one; LauncherError if
    it cannot be read (axolotl opens the path relative to the working directory)."""
    value = recipe.cfg.get("deepspeed")
    if isinstance(value, dict):
        return value, "inline deepspeed mapping"
    if not isinstance(value, str) or not value:
        return None
    where = recipe.where("deepspeed")
    path = Path(value)
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        root = recipe.path.resolve().parent.parent
        try:
            there = (root / path).is_file()
        except OSError:
            there = False
        hint = (
            f"launch from {root} (the file exists there)"
            if there
            else "point `deepspeed:` at one of recipes/launchers/*.json (paths are relative "
            "to the directory you launch from)"
        )
        raise LauncherError(
            f"DeepSpeed config {value} not found (cwd: {os.getcwd()})",
            where,
            hint,
            f"DeepSpeed {value} (MISSING)",
        ) from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # name too long, not UTF-8, NUL in path
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        raise LauncherError(
            f"DeepSpeed config {value[:80]} cannot be read: {reason}",
            where,
            "point `deepspeed:` at one of recipes/launchers/*.json",
            "DeepSpeed (UNREADABLE)",
        ) from None
    try:
        ds = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        line = f":{exc.lineno}" if isinstance(exc, json.JSONDecodeError) else ""
        raise LauncherError(
            f"DeepSpeed config {value} is not valid JSON: {exc}",
            f"{where} -> {value}{line}",
            "fix the JSON syntax",
            f"DeepSpeed {value} (DOES NOT PARSE)",
        ) from None
    if not isinstance(ds, dict):
        raise LauncherError(
            f"DeepSpeed config {value} is not a JSON object",
            where,
            LAUNCHERS_HINT,
            f"DeepSpeed {value} (NOT AN OBJECT)",
        )
    return ds, value


def zero_stage(recipe: Recipe):
    try:
        found = read_deepspeed(recipe)
    except LauncherError:
        return None
    return ds_value(found[0], "zero_optimization.stage") if found else None


def scaling_summary(recipe: Recipe, world_size: int, problems: list[Problem]) -> str:
    cfg = recipe.cfg
    fsdp = cfg.get("fsdp_config")
    if cfg.get("deepspeed") and fsdp:
        problems.append(
            Problem(
                "both `deepspeed` and `fsdp_config` are set",
                recipe.where("deepspeed"),
                "keep one: empty `deepspeed:` for FSDP2, or delete the fsdp_* keys for DeepSpeed",
            )
        )
    if fsdp:
        version = cfg.get("fsdp_version") or (fsdp.get("fsdp_version") if isinstance(fsdp, dict) else None)
        return f"FSDP{version or 1} (fsdp_config block in the recipe)"
    try:
        found = read_deepspeed(recipe)
    except LauncherError as exc:
        problems.append(exc.problem)
        return exc.label
    if found is None:
        return "DDP (no DeepSpeed / FSDP)"
    ds, label = found
    check_deepspeed(recipe, ds, label, world_size, problems)
    return f"DeepSpeed ZeRO-{ds_value(ds, 'zero_optimization.stage')}: {label} (exists, parses)"


def check_deepspeed(recipe: Recipe, ds: dict, label: str, world_size: int, problems: list[Problem]) -> None:
    """Non-`auto` values must equal what the trainer passes, or HF stops at launch."""
    cfg = recipe.cfg
    micro, accum = cfg.get("micro_batch_size") or 1, cfg.get("gradient_accumulation_steps") or 1
    expected = {
        "train_micro_batch_size_per_gpu": (micro, "micro_batch_size"),
        "gradient_accumulation_steps": (accum, "gradient_accumulation_steps"),
        "train_batch_size": (
            micro * accum * world_size,
            f"micro_batch_size x gradient_accumulation_steps x world size {world_size}",
        ),
        "fp16.enabled": (bool(cfg.get("fp16")), "fp16"),
        "bf16.enabled": (cfg.get("bf16") is True, "bf16"),
    }
    if cfg.get("bf16") == "auto":  # decided on the GPU box, like the JSON's own "auto"
        del expected["bf16.enabled"]
    for key, (want, recipe_key) in expected.items():
        have = ds_value(ds, key)
        if have is None or have == "auto":
            continue
        if have != want:
            fix = (
                f'set "{key}": "auto" in the JSON (the trainer fills it in), or change the recipe'
                if "." not in key
                else 'pick a JSON whose fp16/bf16 are "auto" (zero1.json, zero2.json), or train in '
                "bf16 (bf16: true, fp16: false) for zero3_bf16.json"
            )
            problems.append(
                Problem(
                    f"{label} sets {key}={have} but the recipe gives {want} ({recipe_key})",
                    f"{recipe.where('deepspeed')} -> {label} ({key})",
                    fix,
                )
            )
    zero = ds.get("zero_optimization")
    if not isinstance(zero, dict):
        problems.append(Problem(f"{label} has no zero_optimization section", label, LAUNCHERS_HINT))
        return
    try:
        from deepspeed.runtime.zero.config import DeepSpeedZeroConfig
    except ImportError:
        return  # DeepSpeed not installed: `pip install axolotl[deepspeed]` is what the GPU box has
    try:  # `auto` sizes are filled from hidden_size at launch; any integer checks the schema
        DeepSpeedZeroConfig(**{str(k): (1 if v == "auto" else v) for k, v in zero.items()})
    except Exception as exc:  # noqa: BLE001
        problems.append(
            Problem(
                f"{label} zero_optimization is rejected by DeepSpeed: {exc}",
                f"{label} (zero_optimization)",
                "fix the key/value DeepSpeed names",
            )
        )
