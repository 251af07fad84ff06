"""The irrelevance requests an eval run answered with a call (BFCL counts each as a miss): how many,
whether the call names the one function the request offers, and each request with what it called.
`python -m eval.failures` prints this section after its AST tables."""

from __future__ import annotations

from eval.bfcl import entries_for

CATEGORY = "irrelevance"
QUESTION_CHARS = 80


def _question(entry: dict) -> str:
    text = " ".join(str(entry["question"]).split())
    return text if len(text) <= QUESTION_CHARS else text[: QUESTION_CHARS - 1] + "…"


def tally(rows: list[dict]) -> dict | None:
    """{"n", "called", "offered", "examples": [(id, question, [names])]}; None without irrelevance rows."""
    if not any(r["category"] == CATEGORY for r in rows):
        return None
    paired = entries_for(CATEGORY, rows)
    out = {"n": len(paired), "called": 0, "offered": 0, "examples": []}
    for row, entry in paired:
        calls = row["parse"]["calls"]
        if not calls:
            continue
        names = [c["name"] for c in calls]
        out["called"] += 1
        out["offered"] += set(names) <= {f["name"] for f in entry["functions"]}
        out["examples"].append((row["id"], _question(entry), names))
    return out


def markdown(stats: dict) -> str:
    abstained = 100 * (stats["n"] - stats["called"]) / stats["n"]
    lines = [
        f"Irrelevance ({stats['n']}): {stats['called']} answered with a call, {stats['offered']} of them "
        f"only to functions the request offers (abstained: {abstained:.1f} %).",
    ]
    if stats["examples"]:
        lines += ["", "| id | request | called |", "| --- | --- | --- |"]
        lines += [
            f"| {id_} | {question.replace('|', '/')} | {', '.join(names)} |"
            for id_, question, names in stats["examples"]
        ]
    return "\n".join(lines)
