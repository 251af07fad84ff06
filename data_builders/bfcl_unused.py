"""BFCL `unused_datasets/` -> XLAM rows: the executable categories (`exec_*`, ground truth as
Python call strings), `rest` (call strings from the executable sanity-check file) and `sql`
(possible answers in BFCL's AST format)."""

from __future__ import annotations

import json
from collections import Counter

from data_builders.bfcl_files import answers_by_id, first_messages, question_file, read_jsonl
from data_builders.call_strings import CallStringError, parameter_order, parse_call
from eval.bfcl import data_dir, functions_to_xlam_tools, ground_truth_calls, question_text

EXEC_CATEGORIES = ("exec_simple", "exec_multiple", "exec_parallel", "exec_parallel_multiple")
UNUSED_CATEGORIES = EXEC_CATEGORIES + ("rest", "sql")


def _rest_truth() -> dict[str, list[str]]:
    path = (
        data_dir()
        / "unused_datasets"
        / "executable_eval_sanity_check"
        / "api_status_check_ground_truth_rest.json"
    )
    return {f"rest_{a['idx']}": [a["ground_truth"]] for a in read_jsonl(path)}


def _first_value(alternatives: list):
    return next((a for a in alternatives if a != ""), "")


def _calls(category: str, truth, functions: list[dict]) -> list[dict]:
    if category == "sql":
        return ground_truth_calls(truth, _first_value)
    strings = truth if isinstance(truth, list) else [truth]
    return [parse_call(s, parameter_order(functions)) for s in strings]


def unused_rows(categories=UNUSED_CATEGORIES) -> tuple[list[dict], Counter]:
    rows, skipped = [], Counter()
    for category in categories:
        truths = _rest_truth() if category == "rest" else answers_by_id(category)
        for entry in read_jsonl(question_file(category)):
            query = question_text(first_messages(entry["question"])).strip()
            truth = truths.get(entry["id"])
            if not query:
                skipped[f"{category}:no_user_text"] += 1
                continue
            if not truth:
                skipped[f"{category}:no_ground_truth"] += 1
                continue
            try:
                calls = _calls(category, truth, entry["function"])
            except CallStringError:
                skipped[f"{category}:unparsable_call"] += 1
                continue
            rows.append(
                {
                    "id": str(entry["id"]),
                    "query": query,
                    "tools": json.dumps(functions_to_xlam_tools(entry["function"]), ensure_ascii=False),
                    "answers": json.dumps(calls, ensure_ascii=False),
                }
            )
    return rows, skipped
