"""Reading BFCL data files the evaluation does not score: the main data folder's extra categories
and `unused_datasets/` (questions, possible answers, executable ground truth)."""

from __future__ import annotations

import json
from pathlib import Path

from eval.bfcl import VERSION_PREFIX, data_dir


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def question_file(category: str) -> Path:
    """`BFCL_v4_<category>.json` in the data folder or in `unused_datasets/question/`."""
    name = f"{VERSION_PREFIX}_{category}.json"
    for path in (data_dir() / name, data_dir() / "unused_datasets" / "question" / name):
        if path.exists():
            return path
    raise FileNotFoundError(f"no BFCL data file {name} under {data_dir()}")


def answer_file(category: str) -> Path:
    """The possible-answer file beside `question_file(category)`."""
    path = question_file(category)
    return (
        path.parent / "possible_answer" / path.name
        if path.parent == data_dir()
        else path.parent.parent / "possible_answer" / path.name
    )


def answers_by_id(category: str) -> dict[str, object]:
    return {a["id"]: a["ground_truth"] for a in read_jsonl(answer_file(category))}


def first_messages(question) -> list[dict]:
    """The messages of a single-turn BFCL question (`[[msgs]]`, or `[msgs]` in older files)."""
    if question and isinstance(question[0], list):
        return question[0]
    return question or []
