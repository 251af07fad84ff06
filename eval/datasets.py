"""Evaluation examples in one shape, from the held-out XLAM split and from BFCL categories.

{"id", "category", "query", "tools" (XLAM), "expected" (calls, [] = abstain),
 "functions" (BFCL docs or None), "possible_answer" (BFCL or None)}
"""

from __future__ import annotations

from pathlib import Path

from eval.bfcl import CATEGORIES, functions_to_xlam_tools, ground_truth_calls, is_irrelevance, load_category
from eval.bfcl_languages import literal_calls, model_functions
from prompt_strategies.render import STRICT_JSON
from prompt_strategies.rows import check_row

XLAM_CATEGORY = "xlam_heldout"
DEFAULT_HELDOUT = "data/xlam_sample/heldout.jsonl"
ALL_CATEGORIES = (XLAM_CATEGORY, *CATEGORIES)


def load_xlam(path: str | Path, limit: int | None = None) -> list[dict]:
    """Rows of an XLAM-format JSONL file (or a JSON list); a row that fails validation is an
    error naming the row, since scoring against a broken reference would be meaningless."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"held-out XLAM file {path} not found (pass --heldout PATH)")
    text = path.read_text(encoding="utf-8")
    rows = (
        STRICT_JSON.decode(text)
        if text.lstrip().startswith("[")
        else [STRICT_JSON.decode(line) for line in text.splitlines() if line.strip()]
    )
    out = []
    for i, row in enumerate(rows):
        if limit is not None and len(out) >= limit:
            break
        check = check_row(row)
        if check.reason:
            raise ValueError(
                f"{path} row {i} (id {row.get('id')!r}) is not a valid XLAM row: "
                f"{check.reason} {check.detail}"
            )
        out.append(
            {
                "id": str(row.get("id", i)),
                "category": XLAM_CATEGORY,
                "query": check.query,
                "tools": check.tools,
                "expected": check.answers,
                "functions": None,
                "possible_answer": None,
            }
        )
    return out


def reference_calls(entry: dict) -> list[dict]:
    """The calls a model should emit for a BFCL entry (first possible values; Java/JavaScript
    arguments as literal strings)."""
    if is_irrelevance(entry["category"]):
        return []
    return literal_calls(ground_truth_calls(entry["possible_answer"]), entry["functions"], entry["category"])


def load_bfcl(category: str, limit: int | None = None) -> list[dict]:
    """BFCL entries; the model sees the docs as BFCL shows them to function-calling models
    (Java/JavaScript parameters retyped as strings), the checker gets the original docs."""
    entries = load_category(category)[:limit]
    return [
        {
            "id": e["id"],
            "category": category,
            "query": e["question"],
            "tools": functions_to_xlam_tools(model_functions(e["functions"], category)),
            "expected": reference_calls(e),
            "functions": e["functions"],
            "possible_answer": e["possible_answer"],
        }
        for e in entries
    ]


def load_examples(
    categories: list[str], limit: int | None = None, heldout: str | Path = DEFAULT_HELDOUT
) -> list[dict]:
    """Examples of the chosen categories, at most `limit` per category."""
    unknown = [c for c in categories if c not in ALL_CATEGORIES]
    if unknown:
        raise ValueError(f"unknown categories {unknown}; choose from {', '.join(ALL_CATEGORIES)}")
    examples = []
    for category in categories:
        examples += load_xlam(heldout, limit) if category == XLAM_CATEGORY else load_bfcl(category, limit)
    return examples
