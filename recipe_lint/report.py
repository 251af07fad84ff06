"""One recipe through every check: the table rows, the problems (exit 1) and the warnings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from recipe_lint.axolotl_validation import DEFAULT_COMPUTE_CAPABILITY, check_axolotl
from recipe_lint.batch import Batch, batch_rows, batch_warnings
from recipe_lint.data_size import data_size
from recipe_lint.launchers import scaling_summary
from recipe_lint.precision import precision_label, quant_storage_warnings
from recipe_lint.problems import Problem, shorten
from recipe_lint.recipe_yaml import Recipe, RecipeError
from recipe_lint.remote_code import check_trust_remote_code
from recipe_lint.secret_scan import check_secrets
from recipe_lint.strategies import check_strategy_types
from recipe_lint.unknown_keys import check_unknown_keys
from recipe_lint.values import check_values

SKIPPED = "skipped: fix the problems above first"


@dataclass
class Report:
    rows: list[tuple[str, str]]
    problems: list[Problem]
    warnings: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def _read(path: Path, text: str | bytes | None) -> Recipe | Problem:
    try:
        recipe = Recipe(path, text)
    except RecipeError as exc:
        return exc.problem
    except OSError as exc:
        return Problem(f"cannot read the recipe: {exc.strerror or exc}", str(path), "fix the path")
    if not isinstance(recipe.cfg, dict):
        return Problem(
            f"the recipe is not a YAML mapping of keys (got {shorten(recipe.cfg, 40)})",
            str(path),
            "start from recipes/xlam.yml: one `key: value` per line",
        )
    return recipe


def _duplicates(recipe: Recipe, problems: list[Problem]) -> None:
    for key, line in recipe.duplicates:
        problems.append(
            Problem(
                f"key `{shorten(key, 40)}` is set twice; YAML keeps only this last one",
                recipe.at_line(line),
                "delete one of the two",
            )
        )


def lint(
    path: str | Path,
    world_size: int = 1,
    dataset_rows: int | None = None,
    compute_capability: str = DEFAULT_COMPUTE_CAPABILITY,
    validate: bool = True,
    text: str | bytes | None = None,
) -> Report:
    """Check one recipe; `validate=False` skips axolotl's validate_config (the slow part);
    `dataset_rows=None` counts a local dataset or assumes XLAM-60k's 60,000 rows."""
    recipe = _read(Path(path), text)
    if isinstance(recipe, Problem):
        return Report([("recipe", str(path)), ("result", "1 problem(s)")], [recipe], [])
    cfg, problems, warnings = recipe.cfg, [], []
    _duplicates(recipe, problems)
    check_values(recipe, problems)
    malformed = bool(problems)  # wrong types or ranges: the arithmetic and axolotl would trip on them
    rows = [
        ("recipe", str(path)),
        ("base_model", shorten(cfg.get("base_model"), 80).strip("'")),
        (
            "adapter / precision",
            f"{shorten(cfg.get('adapter') or 'full', 40).strip(chr(39))} / {precision_label(cfg)}",
        ),
    ]
    for check in (check_unknown_keys, check_strategy_types, check_trust_remote_code, check_secrets):
        check(recipe, problems)
    if malformed:
        rows.append(("batch / scaling", SKIPPED))
    else:
        batch = Batch(cfg, world_size, data_size(recipe, dataset_rows))
        rows += batch_rows(batch)
        warnings += batch_warnings(batch)
        rows.append(("scaling", scaling_summary(recipe, world_size, problems)))
        warnings += quant_storage_warnings(recipe)
    if validate:
        rows.append(
            (
                "axolotl validation",
                SKIPPED if malformed else check_axolotl(recipe, world_size, compute_capability, problems),
            )
        )
    rows.append(("result", "OK" if not problems else f"{len(problems)} problem(s)"))
    return Report(rows, problems, warnings)
