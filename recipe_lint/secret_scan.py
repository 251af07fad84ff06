"""Credentials in the recipe: under credential-like keys, or token-shaped anywhere (comments too)."""

from __future__ import annotations

import re

from recipe_lint.problems import Problem
from recipe_lint.recipe_yaml import Recipe, walk

SECRET_KEY = re.compile(
    r"(api[_-]?key|secret|passw(or)?d|credential|private[_-]?key|access[_-]?key"
    r"|(^|_)(hf|hub|auth|access|api|bearer|github|gh|openai|wandb|comet|mlflow)_?token)$",
    re.IGNORECASE,
)
SECRET_VALUES = {
    "Hugging Face token": re.compile(r"\bhf_[A-Za-z0-9]{30,}"),
    "API key (sk-...)": re.compile(r"\bsk-[A-Za-z0-9_-]{20,}"),
    "GitHub token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{30,}"),
    "AWS access key id": re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
    "Slack token": re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}"),
    "private key": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
}
SECRET_FIX = (
    "delete it from the file; pass it through the environment (HF_TOKEN, WANDB_API_KEY) "
    "or a Kubernetes Secret, and rotate it if the file was ever shared or committed"
)


def mask(value: str) -> str:
    return value[:4] + "…" if len(value) > 4 else "…"


def redact(text: str) -> str:
    for pattern in SECRET_VALUES.values():
        text = pattern.sub(lambda m: mask(m.group()), text)
    return text


def check_secrets(recipe: Recipe, problems: list[Problem]) -> None:
    for path, value in walk(recipe.cfg):
        key = path[-1]
        if isinstance(key, str) and SECRET_KEY.search(key) and isinstance(value, str) and value.strip():
            problems.append(
                Problem(
                    f"secret-looking key `{key}` holds a value ({mask(value)})",
                    recipe.where(*path),
                    SECRET_FIX,
                )
            )
    # the raw text too: comments and values under innocent keys
    for lineno, line in enumerate(recipe.text.splitlines(), 1):
        for kind, pattern in SECRET_VALUES.items():
            for match in pattern.finditer(line):
                problems.append(
                    Problem(f"{kind} in the file ({mask(match.group())})", recipe.at_line(lineno), SECRET_FIX)
                )
