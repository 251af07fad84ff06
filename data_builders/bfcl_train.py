"""Training data for the SmolLM2 function-calling run: BFCL *live* categories converted to XLAM
rows, plus the project's synthetic generator. Abstain rows are not written here: the recipe adds
them at preprocessing time (`xlam_abstain_fraction`), so one file serves the with/without ablation.

    python -m data_builders.bfcl_train --synthetic 2000 --seed 0 --out .cache/smollm2-data/train.jsonl

BFCL's ground truth lists every acceptable value of each argument; a training row needs one
concrete answer (`eval.bfcl.ground_truth_calls`): the first acceptable value, and an argument is
left out when "" (BFCL's "may be omitted") is acceptable. Every row is checked with `prompt_strategies.rows.check_row`; rows that
fail are counted by reason and left out. Rows whose question text also occurs in an evaluation
category (BFCL non-live) are left out too, so evaluation never sees a trained question.
The written data is derived from BFCL: keep it out of git (the default path is under .cache/).
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections import Counter

from eval.bfcl import functions_to_xlam_tools, ground_truth_calls, load_category
from prompt_strategies.rows import check_row
from data_builders.synthetic import generate

LIVE_CATEGORIES = ("live_simple", "live_multiple", "live_parallel", "live_parallel_multiple")
EVAL_CATEGORIES = ("simple_python", "multiple", "parallel", "parallel_multiple", "irrelevance")
DEFAULT_OUT = ".cache/smollm2-data/train.jsonl"


def normalize_question(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


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
    row = {"id": str(entry["id"]), "query": entry["question"],
           "tools": json.dumps(functions_to_xlam_tools(entry["functions"]), ensure_ascii=False)}
    for pick in (omit_optional, first_value):
        row["answers"] = json.dumps(ground_truth_calls(entry["possible_answer"] or [], pick),
                                    ensure_ascii=False)
        if check_row(row).reason is None:
            break
    return row


def eval_keys(categories=EVAL_CATEGORIES) -> tuple[set[str], set[str]]:
    """Ids and normalised question texts of the evaluation rows."""
    ids, questions = set(), set()
    for category in categories:
        for entry in load_category(category):
            ids.add(str(entry["id"]))
            questions.add(normalize_question(entry["question"]))
    return ids, questions


def live_rows(categories=LIVE_CATEGORIES, eval_categories=EVAL_CATEGORIES) -> tuple[list[dict], dict]:
    """Valid XLAM rows from BFCL live categories (eval overlap removed) + what was left out."""
    eval_ids, eval_questions = eval_keys(eval_categories)
    rows, report = [], {"per_category": {}, "rejected": Counter(), "overlap_with_eval": []}
    for category in categories:
        kept = 0
        for entry in load_category(category):
            row = entry_to_row(entry)
            if row["id"] in eval_ids or normalize_question(row["query"]) in eval_questions:
                report["overlap_with_eval"].append(row["id"])
                continue
            reason = check_row(row).reason
            if reason:
                report["rejected"][f"{category}:{reason}"] += 1
                continue
            rows.append(row)
            kept += 1
        report["per_category"][category] = kept
    report["rejected"] = dict(report["rejected"])
    return rows, report


def synthetic_rows(n: int, seed: int) -> list[dict]:
    return [{**row, "id": f"synthetic-{row['id']}"} for row in generate(n, seed)]


def build(out: str = DEFAULT_OUT, synthetic: int = 2000, seed: int = 0,
          live: tuple[str, ...] = LIVE_CATEGORIES) -> dict:
    """Write the training JSONL and `<out>.report.json`; returns the report."""
    unknown = [c for c in live if c not in LIVE_CATEGORIES]
    if unknown:
        raise ValueError(f"--live: {unknown} are not BFCL live categories "
                         f"({', '.join(LIVE_CATEGORIES)}); evaluation categories are never trained on")
    live, report = live_rows(live)
    rows = live + synthetic_rows(synthetic, seed)
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    report.update({"out": out, "rows": len(rows), "live_rows": len(live),
                   "synthetic_rows": synthetic, "synthetic_seed": seed})
    with open(out + ".report.json", "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2)
    return report


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--synthetic", type=int, default=2000, help="synthetic rows to add")
    ap.add_argument("--seed", type=int, default=0, help="synthetic generator seed")
    ap.add_argument("--live", nargs="*", default=list(LIVE_CATEGORIES), metavar="CATEGORY",
                    help=f"BFCL live categories to convert (default: all: {' '.join(LIVE_CATEGORIES)})")
    args = ap.parse_args(argv)
    try:
        report = build(args.out, args.synthetic, args.seed, tuple(args.live))
    except ValueError as exc:
        ap.error(str(exc))
    print(f"wrote {report['rows']} rows to {report['out']}: {report['live_rows']} BFCL live "
          f"{report['per_category']} + {report['synthetic_rows']} synthetic; "
          f"left out: {sum(report['rejected'].values())} invalid {report['rejected']}, "
          f"{len(report['overlap_with_eval'])} overlapping eval questions")


if __name__ == "__main__":
    main()
