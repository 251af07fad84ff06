"""Abstain augmentation: extra rows whose tools cannot answer the query, with answer `[]`.

Relevance detection is learnt from examples where calling nothing is right (the APIGen authors
added ~8k such rows to XLAM training). Each abstain row copies the query of a valid source row
that makes at least one call, and gives it tools that cannot serve it, in one of two ways:

- `needed_tool_removed`: the row's own tools minus every tool its answers call (used when
  other tools remain, so the distractors stay on topic);
- `foreign_tools`: the tools of another row, minus any tool that looks related to the needed
  ones (same name, or a shared word in the name other than generic verbs like get/set/list).

Recipe keys: `xlam_abstain_fraction` (added rows per source row, e.g. 0.1 adds one abstain row
for every ten rows; 0 = off) and `xlam_abstain_seed` (default: the recipe's `seed`). Rows are
added in the strategy's `wrap_dataset`, so they are validated, tokenized and counted in the data
report like every other row.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter

from prompt_strategies.rows import check_row

NEEDED_TOOL_REMOVED, FOREIGN_TOOLS = "needed_tool_removed", "foreign_tools"
GENERIC_WORDS = {
    "get",
    "set",
    "list",
    "find",
    "fetch",
    "retrieve",
    "search",
    "create",
    "update",
    "delete",
    "add",
    "remove",
    "make",
    "calculate",
    "compute",
    "check",
    "api",
    "info",
    "data",
    "by",
    "for",
    "of",
    "to",
    "the",
    "and",
    "v1",
    "v2",
    "all",
    "details",
}
FOREIGN_TRIES = 20


def name_words(name: str) -> set[str]:
    """Distinctive lower-case words of a tool name: get_current_weather -> {current, weather}."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    return {w for w in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if w} - GENERIC_WORDS


def _related(tool: dict, needed_names: set[str], needed_words: set[str]) -> bool:
    return tool["name"] in needed_names or bool(name_words(tool["name"]) & needed_words)


def abstain_row(source: dict, donors: list[dict], r: random.Random) -> tuple[dict | None, str]:
    """One abstain row built from `source` (a checked row with calls); (None, "") if impossible."""
    needed_names = {call["name"] for call in source["answers"]}
    needed_words = set().union(*(name_words(n) for n in needed_names))
    own_rest = [t for t in source["tools"] if not _related(t, needed_names, needed_words)]
    if own_rest and r.random() < 0.5:
        return {"query": source["query"], "tools": own_rest, "answers": []}, NEEDED_TOOL_REMOVED
    for _ in range(FOREIGN_TRIES):
        donor = r.choice(donors)
        tools = [t for t in donor["tools"] if not _related(t, needed_names, needed_words)]
        if tools and donor["query"] != source["query"]:
            return {"query": source["query"], "tools": tools, "answers": []}, FOREIGN_TOOLS
    if own_rest:
        return {"query": source["query"], "tools": own_rest, "answers": []}, NEEDED_TOOL_REMOVED
    return None, ""


def make_abstain_rows(rows, fraction: float, seed: int) -> tuple[list[dict], dict]:
    """round(fraction * len(rows)) abstain rows (as XLAM rows with JSON-string fields) + counts.

    Only rows that pass `check_row` and make at least one call are used as sources and donors.
    """
    if fraction < 0:
        raise ValueError(f"xlam_abstain_fraction must be >= 0, got {fraction}")
    rows = list(rows)
    valid = []
    for i, row in enumerate(rows):
        check = check_row(row)
        if check.reason is None and check.answers:
            valid.append(
                {"id": row.get("id", i), "query": check.query, "tools": check.tools, "answers": check.answers}
            )
    wanted = round(fraction * len(rows))
    counts = Counter()
    out: list[dict] = []
    if wanted and len(valid) >= 2:
        r = random.Random(seed)
        sources = [valid[i % len(valid)] for i in range(wanted)]
        r.shuffle(sources)
        for k, source in enumerate(sources):
            row, how = abstain_row(source, valid, r)
            if row is None:
                counts["no_unrelated_tools"] += 1
                continue
            counts[how] += 1
            out.append(
                {
                    "id": f"abstain-{k}-from-{source['id']}",
                    "query": row["query"],
                    "tools": json.dumps(row["tools"], ensure_ascii=False),
                    "answers": "[]",
                }
            )
    report = {
        "fraction": fraction,
        "seed": seed,
        "source_rows": len(rows),
        "requested": wanted,
        "added": len(out),
        "by_method": dict(counts),
    }
    return out, report


def add_abstain_rows(dataset, fraction: float, seed: int):
    """The dataset with abstain rows appended (a `datasets.Dataset` in, one out) + the report.

    The id/query/tools/answers columns are kept (as strings); others are dropped, as the
    strategy only reads these four.
    """
    from datasets import Dataset, Features, Value, concatenate_datasets

    if not fraction:
        return dataset, None
    rows, report = make_abstain_rows(dataset, fraction, seed)
    columns = ["id", "query", "tools", "answers"]

    def as_strings(batch):
        n, out = len(next(iter(batch.values()))), {}
        for key in columns:
            values = batch.get(key, [None] * n)
            out[key] = [
                v if (v is None or isinstance(v, str)) else json.dumps(v, ensure_ascii=False) for v in values
            ]
        return out

    base = dataset.map(
        as_strings,
        batched=True,
        remove_columns=list(dataset.column_names),
        desc="XLAM: prepare abstain augmentation",
    )
    features = Features({key: Value("string") for key in columns})
    base = base.cast(features)
    extra = Dataset.from_list(rows, features=features) if rows else None
    return (concatenate_datasets([base, extra]) if extra is not None else base), report
