"""The run a recipe describes, as shell assignments for launch.sh and the prefetch / eval Jobs.

    eval "$(python k8s/run_env.py RECIPE [AXOLOTL_OVERRIDE ...])"

sets BASE_MODEL, DATASETS (space-separated), RUN_ID and RUN_DIR, and TRAIN_ARGS (a bash array:
the overrides with --output_dir=RUN_DIR). The recipe is the one source of truth for the model, the
datasets and output_dir. RUN_ID = <RUN_NAME or the recipe's file name>-<8 hex digits of the recipe's
content and the overrides>: a changed recipe is a new run in a new folder; the same recipe, overrides
and RUN_NAME (a relaunch after a preemption) is the same run, so auto_resume_from_checkpoints
continues it. --output_dir (an override of the recipe's) and --auto_resume_from_checkpoints do not
change the run.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shlex
import sys
from pathlib import Path

import yaml

NOT_IDENTITY = ("--output_dir", "--auto_resume_from_checkpoints")


def fail(message: str) -> None:
    print(f"run_env.py: ERROR: {message}", file=sys.stderr)
    sys.exit(2)


def load_recipe(path: str) -> dict:
    try:
        recipe = yaml.safe_load(Path(path).read_text())
    except OSError as exc:
        fail(f"cannot read recipe '{path}': {exc.strerror}")
    except yaml.YAMLError as exc:
        fail(f"recipe '{path}' is not valid YAML: {exc}")
    if not isinstance(recipe, dict):
        fail(f"recipe '{path}' is not a YAML mapping of axolotl keys")
    for key in ("base_model", "output_dir", "datasets"):
        if not recipe.get(key):
            fail(f"recipe '{path}' sets no {key}: the run's {key} comes from the recipe only")
    return recipe


def split_overrides(args: list[str]) -> tuple[str | None, list[str], list[str]]:
    """(the --output_dir override or None, the overrides that define the run, all but --output_dir)."""
    output_dir, identity, passthrough, rest = None, [], [], iter(args)
    for arg in rest:
        name = arg.split("=", 1)[0]
        if name == "--output_dir":
            output_dir = arg.split("=", 1)[1] if "=" in arg else next(rest, None)
            continue
        passthrough.append(arg)
        if name not in NOT_IDENTITY:
            identity.append(arg)
    return output_dir, identity, passthrough


def run_id(recipe: dict, identity: list[str], name: str) -> str:
    content = json.dumps({"recipe": recipe, "overrides": identity}, sort_keys=True, default=str)
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "run"
    return f"{slug}-{hashlib.sha256(content.encode()).hexdigest()[:8]}"


def run_env(recipe_path: str, args: list[str], run_name: str = "") -> dict[str, str | list[str]]:
    recipe = load_recipe(recipe_path)
    output_dir, identity, passthrough = split_overrides(args)
    rid = run_id(recipe, identity, run_name or Path(recipe_path).stem)
    run_dir = f"{(output_dir or recipe['output_dir']).rstrip('/')}/{rid}"
    datasets = [d.get("path", "") if isinstance(d, dict) else str(d) for d in recipe["datasets"]]
    return {
        "BASE_MODEL": str(recipe["base_model"]),
        "DATASETS": " ".join(filter(None, datasets)),
        "RUN_ID": rid,
        "RUN_DIR": run_dir,
        "TRAIN_ARGS": [*passthrough, f"--output_dir={run_dir}"],
    }


def main(argv: list[str]) -> None:
    if not argv:
        fail("usage: run_env.py RECIPE [AXOLOTL_OVERRIDE ...]")
    for key, value in run_env(argv[0], argv[1:], os.environ.get("RUN_NAME", "")).items():
        if isinstance(value, list):
            print(f"{key}=({' '.join(shlex.quote(v) for v in value)})")
        else:
            print(f"{key}={shlex.quote(value)}")


if __name__ == "__main__":
    main(sys.argv[1:])
