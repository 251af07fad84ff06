"""Values of the wrong shape or range, caught here instead of minutes into a GPU run.

Each known top-level key is checked against the type axolotl's own schema declares for it (nested
config models are only required to be mappings here; axolotl's validation checks their fields),
then a few values the schema accepts but training cannot use are rejected by range.
"""

from __future__ import annotations

import functools
import inspect
import re
import typing
from typing import Annotated, Any, Literal, Union

from recipe_lint.problems import Problem, shorten
from recipe_lint.recipe_yaml import Recipe, walk

# (lowest, highest) accepted; highest is far above any real run and keeps the arithmetic finite
RANGES = {
    "sequence_len": (1, 2**21),
    "micro_batch_size": (1, 2**16),
    "gradient_accumulation_steps": (1, 2**16),
    "eval_batch_size": (1, 2**16),
    "max_steps": (0, 10**9),
}
REGEX_CHARS = re.compile(r"[.*+?()\[\]|^$\\]")
EXAMPLE = "compare recipes/xlam.yml"


def _loosen(tp):
    """The annotation with every pydantic model replaced by a plain mapping."""
    from pydantic import BaseModel

    if inspect.isclass(tp) and issubclass(tp, BaseModel):
        return dict[str, Any]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is None or origin is Literal or not args:
        return tp
    loose = tuple(_loosen(a) for a in args)
    if origin is Annotated:
        return Annotated[(loose[0], *args[1:])]
    if origin is Union or origin.__name__ == "UnionType":
        return Union[loose]  # noqa: UP007 - rebuilt from a runtime tuple
    return origin[loose if len(loose) > 1 else loose[0]]


def describe(tp) -> str:
    """An annotation in recipe words: 'a list of strings, or empty'."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is Annotated:
        return describe(args[0])
    if origin is Union or (origin is not None and origin.__name__ == "UnionType"):
        kinds = [describe(a) for a in args if a is not type(None)]
        return ", ".join(dict.fromkeys(kinds)) + (", or empty" if type(None) in args else "")
    if origin is Literal:
        return "one of " + ", ".join(map(str, args))
    if origin is list:
        return f"a list of {describe(args[0]).removeprefix('a ').removeprefix('an ')}s" if args else "a list"
    if origin is dict or tp is dict:
        return "a mapping"
    names = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}
    return names.get(tp, "a mapping" if inspect.isclass(tp) else str(tp))


@functools.cache
def _adapter(key: str):
    """(pydantic TypeAdapter, description) for a top-level key, or None for keys not in the schema."""
    from axolotl.utils.schemas.config import AxolotlInputConfig
    from pydantic import TypeAdapter

    field = AxolotlInputConfig.model_fields.get(key)
    if field is None:
        return None
    try:
        return TypeAdapter(_loosen(field.annotation)), describe(field.annotation)
    except Exception:  # noqa: BLE001 - an annotation pydantic cannot adapt alone: axolotl checks it
        return None


def check_types(recipe: Recipe, problems: list[Problem]) -> set[str]:
    """Each key's value against axolotl's declared type; returns the keys that failed."""
    from pydantic import ValidationError

    bad = set()
    for key, value in recipe.cfg.items():
        checker = _adapter(key) if isinstance(key, str) else None
        if checker is None:
            continue
        adapter, wanted = checker
        try:
            adapter.validate_python(value)
        except ValidationError as exc:
            index = next((p for e in exc.errors() for p in e["loc"] if isinstance(p, int)), None)
            path = (key,) if index is None else (key, index)
            got = shorten(value) if index is None else f"{shorten(value[index])} as entry {index}"
            problems.append(
                Problem(
                    f"`{key}` must be {wanted}; got {got}",
                    recipe.where(*path),
                    f"write `{key}` as {wanted} ({EXAMPLE})",
                )
            )
            bad.add(key)
        except (RecursionError, MemoryError):
            problems.append(Problem(f"`{key}` is nested too deeply", recipe.where(key), EXAMPLE))
            bad.add(key)
    return bad


def check_ranges(recipe: Recipe, skip: set[str], problems: list[Problem]) -> None:
    cfg = recipe.cfg
    for key, (low, high) in RANGES.items():
        value = cfg.get(key)
        if key in skip or value is None or isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        if not low <= value <= high:
            problems.append(
                Problem(
                    f"`{key}: {shorten(value, 30)}` is out of range",
                    recipe.where(key),
                    f"set `{key}` to a whole number from {low:,} to {high:,}"
                    + (" (0 = unset)" if low == 0 else ""),
                )
            )
    val = cfg.get("val_set_size")
    is_number = isinstance(val, (int, float)) and not isinstance(val, bool)
    if (
        "val_set_size" not in skip
        and is_number
        and not (0 <= val < 1 or (val >= 1 and float(val).is_integer() and val < 10**12))
    ):
        problems.append(
            Problem(
                f"`val_set_size: {shorten(val, 30)}` is neither a fraction in [0, 1) "
                "nor a whole number of rows",
                recipe.where("val_set_size"),
                "use 0.1 for 10% held out, or a row count such as 500",
            )
        )
    modules = cfg.get("lora_target_modules")
    if (
        "lora_target_modules" not in skip
        and isinstance(modules, str)
        and modules != "all-linear"
        and not REGEX_CHARS.search(modules)
    ):
        problems.append(
            Problem(
                f"`lora_target_modules: {shorten(modules, 60)}` is one string: PEFT reads a string as a "
                "regex over full module names, matches nothing and fails after the model has loaded",
                recipe.where("lora_target_modules"),
                "write a YAML list (one module per line: `- q_proj`), or `all-linear`",
            )
        )


def check_datasets(recipe: Recipe, skip: set[str], problems: list[Problem]) -> None:
    datasets = recipe.cfg.get("datasets")
    if "datasets" in skip or not isinstance(datasets, list):
        return
    for i, ds in enumerate(datasets):
        if isinstance(ds, dict) and not ds.get("path"):
            problems.append(
                Problem(
                    "dataset entry has no `path`",
                    recipe.where("datasets", i),
                    "give each entry a `path:` (hub id, local file or folder) and `type:`",
                )
            )


def check_encodable(recipe: Recipe, problems: list[Problem]) -> None:
    """A YAML escape such as "\\ud800" gives a string no file, log or tokenizer can write."""
    for path, value in walk(recipe.cfg):
        for text in (path[-1], value):
            if isinstance(text, str) and _unencodable(text):
                problems.append(
                    Problem(
                        f"`{_name(path[-1])}` contains {_unencodable(text)!r}, a lone surrogate "
                        "that cannot be written as UTF-8",
                        recipe.where(*path),
                        "remove the \\ud800-\\udfff escape (write the character itself)",
                    )
                )
                break


def _name(key) -> str:
    return key if isinstance(key, str) and not _unencodable(key) else shorten(key, 40)


def _unencodable(text: str) -> str | None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return text[exc.start]
    return None


def check_values(recipe: Recipe, problems: list[Problem]) -> None:
    bad = check_types(recipe, problems)
    check_ranges(recipe, bad, problems)
    check_datasets(recipe, bad, problems)
    check_encodable(recipe, problems)
