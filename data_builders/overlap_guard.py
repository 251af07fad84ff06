"""Keeps evaluation rows out of training: a training row is dropped when its id, its question
(case, whitespace and punctuation folded) or its set of tool names equals an evaluation row's.

The evaluation rows are BFCL's non-live categories, the ones the project scores.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from eval.bfcl import load_category
from eval.bfcl_summary import NON_LIVE_CATEGORIES as EVAL_CATEGORIES

KEYS = ("id", "question", "function_names")


def normalize_question(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", text.lower()).split())


def row_function_names(row: dict) -> frozenset[str]:
    tools = json.loads(row["tools"]) if isinstance(row["tools"], str) else row["tools"]
    return frozenset(t["name"] for t in tools)


@dataclass
class OverlapGuard:
    ids: set[str] = field(default_factory=set)
    questions: set[str] = field(default_factory=set)
    function_names: set[frozenset[str]] = field(default_factory=set)

    @classmethod
    def from_eval(cls, categories=EVAL_CATEGORIES) -> OverlapGuard:
        guard = cls()
        for category in categories:
            for entry in load_category(category):
                guard.ids.add(str(entry["id"]))
                guard.questions.add(normalize_question(entry["question"]))
                guard.function_names.add(frozenset(f["name"] for f in entry["functions"]))
        return guard

    def overlap(self, row: dict) -> str | None:
        """The first key by which `row` equals an evaluation row, or None."""
        if str(row["id"]) in self.ids:
            return "id"
        if normalize_question(row["query"]) in self.questions:
            return "question"
        if row_function_names(row) in self.function_names:
            return "function_names"
        return None
