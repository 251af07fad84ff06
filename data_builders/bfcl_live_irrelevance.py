"""BFCL `live_irrelevance` (real user requests none of the offered tools can serve) -> XLAM
abstain rows: the entry's tools and no call."""

from __future__ import annotations

import json
from collections import Counter

from eval.bfcl import functions_to_xlam_tools, load_category


def live_irrelevance_rows() -> tuple[list[dict], Counter]:
    rows, skipped = [], Counter()
    for entry in load_category("live_irrelevance"):
        if not entry["question"].strip():
            skipped["no_user_text"] += 1
            continue
        rows.append(
            {
                "id": str(entry["id"]),
                "query": entry["question"],
                "tools": json.dumps(functions_to_xlam_tools(entry["functions"]), ensure_ascii=False),
                "answers": "[]",
            }
        )
    return rows, skipped
