"""`python -m eval.failures PREDICTIONS.jsonl[.gz] [...]`: why the wrong answers of an eval run are
wrong, per BFCL AST category, as Markdown tables (causes and kinds: eval.failure_causes).

Reads the predictions files `python -m eval` writes (`predictions_<label>.jsonl`, gzipped or not)
and the possible answers of the installed bfcl-eval. Irrelevance has no possible answers: its
section lists the requests answered with a call (`eval.irrelevance_calls`); xlam_heldout is left out.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import string
import sys
from collections import Counter
from pathlib import Path

from eval import irrelevance_calls
from eval.bfcl import AST_CATEGORIES, entries_for
from eval.bfcl_languages import language
from eval.failure_causes import CAUSES, KINDS, classify, kind, matched_pairs


def read_predictions(path: str | Path) -> list[dict]:
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"predictions file {path} not found")
    opener = gzip.open if path.suffix == ".gz" else open
    rows = []
    with opener(path, "rt", encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                row["id"], row["category"], row["parse"]["calls"]
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(
                    f"{path} line {number}: not an eval prediction (JSON with id, category, "
                    f"parse.calls): {exc}"
                ) from None
            rows.append(row)
    return rows


def _new_stats() -> dict:
    return {
        "n": 0,
        "causes": Counter(),
        "no_call": 0,
        "repeated": 0,
        "near_name": 0,
        "kinds": Counter(),
        "examples": 0,
        "from_other_call": 0,
        "near": Counter(),
    }


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[_-]", " ", text.casefold()).split()).strip(string.punctuation + " ")


def _power_of_ten_off(value: float, accepted: float) -> bool:
    if not value or not accepted or (value > 0) != (accepted > 0):
        return False
    exponent = math.log10(value / accepted)
    return round(exponent) != 0 and abs(exponent - round(exponent)) < 1e-9


def near_misses(entry: dict, calls: list[dict]) -> Counter:
    """Wrong arguments of an answer that are close to an accepted value, by how.

    "other phrasing": a string that, once case, surrounding punctuation, spacing and `_`/`-` are
    set aside, contains an accepted one or is contained in one ("Yellowstone" for "Yellowstone
    National Park", "Los Angeles, CA" for "Los Angeles"). BFCL's checker forgives only case,
    spaces and a few punctuation marks, so such a value counts as wrong as much as a misspelling
    does. "power of ten": a number that is an accepted one times 10^k, k a non-zero integer (a
    percent given for a fraction or back, "213 million" written 213000). Accepted values are the
    answer's non-empty ones ("" marks an optional argument)."""
    functions = {f["name"]: f for f in entry["functions"]}
    pairs = matched_pairs(functions, calls, entry["possible_answer"], language(entry["category"]))
    found = Counter()
    for _, call, answer, errors in pairs:
        possible = next(iter(answer.values()))
        for param, error in errors:
            value, accepted = call["arguments"].get(param), possible.get(param, [])
            how = kind(error["error_type"], accepted)
            if how == "string" and isinstance(value, str):
                value = _normal(value)
                texts = [_normal(p) for p in accepted if isinstance(p, str)]
                found["other phrasing"] += bool(value) and any(
                    a and (a in value or value in a) for a in texts
                )
            elif how == "number" and _is_number(value):
                found["power of ten"] += any(_power_of_ten_off(value, a) for a in accepted if _is_number(a))
    return found


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def tally(rows: list[dict], categories: list[str] | None = None) -> dict[str, dict]:
    """{category: {"n", "causes": Counter, "no_call", "repeated", "near_name", "kinds": Counter,
    "examples", "from_other_call", "near": Counter}}."""
    wanted = categories or list(dict.fromkeys(r["category"] for r in rows))
    out = {}
    for category in [c for c in wanted if c in AST_CATEGORIES]:
        stats = _new_stats()
        for row, entry in entries_for(category, rows):
            verdict = classify(entry, row["parse"]["calls"])
            stats["n"] += 1
            stats["causes"][verdict.cause or "right"] += 1
            stats["no_call"] += verdict.no_call
            stats["repeated"] += verdict.repeated
            stats["near_name"] += verdict.near_name
            stats["examples"] += bool(verdict.wrong)
            stats["kinds"].update(w.kind for w in verdict.wrong)
            stats["from_other_call"] += sum(w.from_other_call for w in verdict.wrong)
            if any(w.kind in ("string", "number") for w in verdict.wrong):
                stats["near"] += near_misses(entry, row["parse"]["calls"])
        if stats["n"]:
            out[category] = stats
    return out


def _with_total(stats: dict[str, dict]) -> dict[str, dict]:
    if len(stats) < 2:
        return stats
    total = _new_stats()
    for s in stats.values():
        for key, value in s.items():
            total[key] += value
    return {**stats, "all": total}


def _row(cells) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def markdown(stats: dict[str, dict]) -> str:
    stats = _with_total(stats)
    lines = [_row(["category (n)", "right", *CAUSES]), _row(["---"] * (len(CAUSES) + 2))]
    for category, s in stats.items():
        causes = [s["causes"][c] for c in CAUSES]
        for i, key, note in (
            (0, "no_call", "no call"),
            (1, "repeated", "a call twice"),
            (2, "near_name", "name off by case or spaces"),
        ):
            if s[key]:
                causes[i] = f"{causes[i]} ({s[key]} {note})"
        lines.append(_row([f"{category} ({s['n']})", s["causes"]["right"], *causes]))
    kinds = [k for k in KINDS if k != "unreadable" or any(s["kinds"][k] for s in stats.values())]
    # a near miss's column follows its kind's: (kind, near-miss key, column title)
    near = [
        ("string", "other phrasing", "string: other phrasing"),
        ("number", "power of ten", "number: power of ten"),
    ]
    columns = [*kinds]
    for parent, _, title in near:
        columns.insert(columns.index(parent) + 1, title)
    header = ["category", "examples", "wrong arguments", *columns, "value of another call"]
    lines += ["", "Wrong argument values, by kind (one count per wrong argument):", ""]
    lines += [_row(header), _row(["---"] * len(header))]
    for category, s in stats.items():
        counts = {**{k: s["kinds"][k] for k in kinds}, **{title: s["near"][key] for _, key, title in near}}
        cells = [counts[c] for c in columns]
        lines.append(_row([category, s["examples"], sum(s["kinds"].values()), *cells, s["from_other_call"]]))
    lines += [
        "",
        "`string: other phrasing`: the wrong strings (counted in `string` too) that contain an accepted "
        "value or are contained in one, once case, surrounding punctuation, spacing and `_`/`-` are set "
        "aside. `number: power of ten`: the wrong numbers (counted in `number` too) that are an accepted "
        "value times 10^k, k a non-zero integer (a percent for a fraction, a million written as a thousand).",
    ]
    return "\n".join(lines)


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python -m eval.failures",
        description="Classify the wrong answers of eval predictions files (BFCL AST categories) by "
        "cause (parse, too few/many calls, wrong function, wrong argument values) and the wrong "
        "argument values by kind; prints Markdown tables.",
    )
    p.add_argument("predictions", nargs="+", help="predictions_<label>.jsonl[.gz] written by python -m eval")
    p.add_argument(
        "--categories",
        help="comma-separated BFCL AST categories and/or irrelevance (default: all in the file)",
    )
    p.add_argument("--out", help="also write the tables to this Markdown file")
    return p.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    categories = [c.strip() for c in args.categories.split(",") if c.strip()] if args.categories else None
    known = [*AST_CATEGORIES, irrelevance_calls.CATEGORY]
    unknown = [c for c in categories or [] if c not in known]
    if unknown:
        print(
            f"eval.failures: error: not BFCL AST categories or irrelevance: {unknown}; choose from "
            f"{', '.join(known)}",
            file=sys.stderr,
        )
        return 2
    sections = []
    try:
        for path in args.predictions:
            rows = read_predictions(path)
            stats = tally(rows, categories)
            parts = [markdown(stats)] if stats else []
            if categories is None or irrelevance_calls.CATEGORY in categories:
                called = irrelevance_calls.tally(rows)
                parts += [irrelevance_calls.markdown(called)] if called else []
            body = "\n\n".join(parts) or "No BFCL AST or irrelevance category in this file."
            sections.append(
                f"### {Path(path).name}\n\n{body}\n" if len(args.predictions) > 1 else f"{body}\n"
            )
    except (ValueError, FileNotFoundError, OSError) as exc:
        print(f"eval.failures: error: {exc}", file=sys.stderr)
        return 2
    text = "\n".join(sections)
    print(text, end="")
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
