"""Shared by the recipe lint tests: the original recipe, one-edit copies of it, and their problems."""

from __future__ import annotations

import pytest

from conftest import ROOT
from recipe_lint.report import lint

ORIGINAL = (ROOT / "recipes" / "xlam.yml").read_text()


@pytest.fixture(autouse=True)
def from_repo_root(monkeypatch):
    monkeypatch.chdir(ROOT)  # deepspeed paths resolve from the launch directory, like axolotl's


def edited(old: str, new: str, text: str = ORIGINAL) -> str:
    assert text.count(old) == 1, f"{old!r} must occur once in the original recipe"
    return text.replace(old, new)


def problems_of(text: str, world_size: int = 16, validate: bool = False) -> list[str]:
    report = lint(ROOT / "recipes" / "xlam.yml", world_size, text=text, validate=validate)
    return [str(p) for p in report.problems]


def only(problems: list[str], *needles: str) -> str:
    assert len(problems) == 1, problems
    for needle in needles:
        assert needle in problems[0], (needle, problems[0])
    return problems[0]
