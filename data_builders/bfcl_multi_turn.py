"""BFCL multi-turn conversations -> single-turn XLAM rows, one per user turn.

Each turn's user text becomes the query and that turn's ground-truth calls (Python call strings)
the answer. The tools are the called functions plus a few other functions of the entry's API
suites (`involved_classes` -> `multi_turn_func_doc/<suite>.json`): a whole suite pair is
thousands of tokens, more than the training sequence length. Functions the entry excludes, or
holds back until a later turn (`missed_function`), are never offered.

A turn without user text (miss_func's "function added" turn) or without ground truth is skipped,
except the turn whose needed function is still held back: there no offered tool can serve the
request, so the row is an abstain row (no call).
"""

from __future__ import annotations

import json
import random
from collections import Counter
from functools import cache

from data_builders.bfcl_files import answers_by_id, question_file, read_jsonl
from data_builders.call_strings import CallStringError, parameter_order, parse_call
from eval.bfcl import data_dir, functions_to_xlam_tools, question_text

MULTI_TURN_CATEGORIES = (
    "multi_turn_base",
    "multi_turn_miss_param",
    "multi_turn_miss_func",
    "multi_turn_long_context",
    "multi_turn_composite",
)
SUITE_FILES = {
    "GorillaFileSystem": "gorilla_file_system.json",
    "MathAPI": "math_api.json",
    "MessageAPI": "message_api.json",
    "TwitterAPI": "posting_api.json",
    "TicketAPI": "ticket_api.json",
    "TradingBot": "trading_bot.json",
    "TravelAPI": "travel_booking.json",
    "VehicleControlAPI": "vehicle_control.json",
    "WebSearchAPI": "web_search.json",
    "MemoryAPI_kv": "memory_kv.json",
    "MemoryAPI_vector": "memory_vector.json",
    "MemoryAPI_rec_sum": "memory_rec_sum.json",
}
MAX_DISTRACTORS = 4


@cache
def suite_functions(suite: str) -> tuple[dict, ...]:
    return tuple(read_jsonl(data_dir() / "multi_turn_func_doc" / SUITE_FILES[suite]))


def _held_back(entry: dict, turn: int) -> set[str]:
    """Functions not offered at `turn`: excluded ones, and missed ones added at a later turn."""
    held = set(entry.get("excluded_function") or [])
    for added_at, names in (entry.get("missed_function") or {}).items():
        if int(added_at) > turn:
            held.update(names)
    return held


def _turn_row(
    entry: dict, turn: int, messages: list[dict], truth: list[str], functions: list[dict], skipped: Counter
) -> dict | None:
    row_id = f"{entry['id']}-turn{turn}"
    query = question_text(messages).strip() if messages else ""
    if not query:
        skipped["no_user_text"] += 1
        return None
    offered = [f for f in functions if f["name"] not in _held_back(entry, turn)]
    missing_function_turn = not truth and str(turn + 1) in (entry.get("missed_function") or {})
    if not truth and not missing_function_turn:
        skipped["no_ground_truth"] += 1
        return None
    try:
        calls = [parse_call(c, parameter_order(functions)) for c in truth]
    except CallStringError:
        skipped["unparsable_call"] += 1
        return None
    needed = {c["name"] for c in calls}
    if not needed <= {f["name"] for f in offered}:
        skipped["call_to_function_not_offered"] += 1
        return None
    r = random.Random(row_id)
    others = [f for f in offered if f["name"] not in needed]
    tools = [f for f in offered if f["name"] in needed]
    tools += r.sample(others, min(len(others), r.randint(1, MAX_DISTRACTORS)))
    r.shuffle(tools)
    return {
        "id": row_id,
        "query": query,
        "tools": json.dumps(functions_to_xlam_tools(tools), ensure_ascii=False),
        "answers": json.dumps(calls, ensure_ascii=False),
    }


def multi_turn_rows(categories=MULTI_TURN_CATEGORIES) -> tuple[list[dict], Counter]:
    rows, skipped = [], Counter()
    for category in categories:
        truths = answers_by_id(category)
        for entry in read_jsonl(question_file(category)):
            functions = [f for suite in entry["involved_classes"] for f in suite_functions(suite)]
            turns = truths.get(entry["id"])
            if turns is None or len(turns) != len(entry["question"]):
                skipped["turns_and_ground_truth_disagree"] += len(entry["question"])
                continue
            for turn, (messages, truth) in enumerate(zip(entry["question"], turns)):
                row = _turn_row(entry, turn, messages, truth, functions, skipped)
                if row:
                    rows.append(row)
    return rows, skipped
