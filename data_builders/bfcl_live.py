"""BFCL *live* categories (live_simple, live_multiple, live_parallel, live_parallel_multiple) ->
XLAM rows.

BFCL's ground truth lists every acceptable value of each argument; a training row needs one
concrete answer (`eval.bfcl.ground_truth_calls`): the first acceptable value, and an argument is
left out when "" (BFCL's "may be omitted") is acceptable, unless the tool schema requires it.
"""

from __future__ import annotations

import json
from collections import Counter

from eval.bfcl import functions_to_xlam_tools, ground_truth_calls, load_category
from prompt_strategies.rows import check_row

LIVE_CATEGORIES = ("live_simple", "live_multiple", "live_parallel", "live_parallel_multiple")


def omit_optional(alternatives: list):
    """BFCL lists "" among the alternatives of an argument that may be omitted: omit it."""
    return "" if "" in alternatives else alternatives[0]


def first_value(alternatives: list):
    """The first real alternative (for arguments the tool schema requires although BFCL marks
    them omittable)."""
    return next((a for a in alternatives if a != ""), "")


def entry_to_row(entry: dict) -> dict:
    """One BFCL entry (from `load_category`) -> an XLAM row with JSON-string tools/answers.

    Omittable arguments are left out; if that breaks the tool's schema (BFCL marks some
    required arguments omittable), the row is rebuilt with the first value of each instead."""
    row = {
        "id": str(entry["id"]),
        "query": entry["question"],
        "tools": json.dumps(functions_to_xlam_tools(entry["functions"]), ensure_ascii=False),
    }
    for pick in (omit_optional, first_value):
        row["answers"] = json.dumps(
            ground_truth_calls(entry["possible_answer"] or [], pick), ensure_ascii=False
        )
        if check_row(row).reason is None:
            break
    return row


def live_rows(categories=LIVE_CATEGORIES) -> tuple[list[dict], Counter]:
    unknown = [c for c in categories if c not in LIVE_CATEGORIES]
    if unknown:
        raise ValueError(
            f"--live: {unknown} are not BFCL live categories "
            f"({', '.join(LIVE_CATEGORIES)}); evaluation categories are never trained on"
        )
    return [entry_to_row(e) for c in categories for e in load_category(c)], Counter()
