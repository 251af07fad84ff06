"""BFCL's non-live AST summary, computed as the leaderboard computes it, and published anchors.

    simple       = unweighted mean of simple_python, simple_java, simple_javascript (AST accuracy)
    non_live_ast = unweighted mean of simple, multiple, parallel, parallel_multiple
    irrelevance  = abstain accuracy on irrelevance (reported beside, not averaged in)

A value is None when a category it needs was not evaluated. Anchors (eval/anchors.json) are
published leaderboard numbers of small function-calling models, in percent.
"""

from __future__ import annotations

import json
from pathlib import Path

SIMPLE_CATEGORIES = ("simple_python", "simple_java", "simple_javascript")
NON_LIVE_GROUPS = ("simple", "multiple", "parallel", "parallel_multiple")
NON_LIVE_CATEGORIES = SIMPLE_CATEGORIES + NON_LIVE_GROUPS[1:] + ("irrelevance",)
SUMMARY_KEYS = ("non_live_ast", "simple", "multiple", "parallel", "parallel_multiple", "irrelevance")
COLUMNS = {
    "simple": "Simple",
    "multiple": "Multiple",
    "parallel": "Parallel",
    "parallel_multiple": "Parallel multiple",
    "non_live_ast": "Non-live AST",
    "irrelevance": "Irrelevance",
}
ANCHORS_FILE = Path(__file__).with_name("anchors.json")


def _mean(values: list) -> float | None:
    return None if not values or any(v is None for v in values) else sum(values) / len(values)


def summarize(accuracy: dict[str, float | None]) -> dict[str, float | None]:
    """accuracy: {category: AST accuracy (abstain accuracy for irrelevance)} -> the summary
    keys of SUMMARY_KEYS (same unit as the input)."""
    simple = _mean([accuracy.get(c) for c in SIMPLE_CATEGORIES])
    groups = {"simple": simple, **{c: accuracy.get(c) for c in NON_LIVE_GROUPS[1:]}}
    return {
        "non_live_ast": _mean(list(groups.values())),
        **groups,
        "irrelevance": accuracy.get("irrelevance"),
    }


def load_anchors(path: str | Path = ANCHORS_FILE) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _cell(value) -> str:
    return "–" if value is None else f"{value:.1f}"


def markdown_table(rows: list[tuple[str, dict]], anchors: dict | None = None) -> str:
    """rows: (name, {summary key: percent}); published anchors follow, marked as such."""
    keys = ("simple", "multiple", "parallel", "parallel_multiple", "non_live_ast", "irrelevance")
    lines = ["| model | " + " | ".join(COLUMNS[k] for k in keys) + " |", "|---" * (len(keys) + 1) + "|"]
    for name, values in rows:
        lines.append(f"| {name} | " + " | ".join(_cell(values.get(k)) for k in keys) + " |")
    if anchors:
        for anchor in anchors["models"]:
            cells = " | ".join(_cell(anchor.get(k)) for k in keys)
            lines.append(f"| {anchor['name']} (published) | {cells} |")
        lines += ["", f"Published: {anchors['source']}, {anchors['url']}."]
    return "\n".join(lines) + "\n"
