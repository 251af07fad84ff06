"""Per-example scores and their aggregation per category and overall.

Metrics (each a fraction of the examples it applies to; `null` where it applies to none):
- parse_rate: the output holds a valid calls block (JSON list of {name, arguments});
- clean_parse_rate: the same, with nothing to forgive (no missing tag, no text after it);
- tool_selection: the multiset of called names equals the expected one;
- arg_exact_match: the calls equal the expected calls exactly (order-insensitive; for BFCL the
  first listed possible value of each argument, optional ones left out): strict;
- schema_valid: every call names a given tool and its arguments satisfy that tool's
  parameters as JSON Schema (`prompt_strategies.xlam_types.parameters_schema`); not applicable
  to a correct empty answer (no calls expected, none made);
- ast_accuracy: BFCL's AST check (BFCL AST categories only), see eval.ast_match; a checker
  crash on one example's output fails that example (`scoring_error` in its scores names the
  exception) instead of aborting the eval;
- abstain_accuracy: no call emitted (irrelevance categories only; as in BFCL, output that
  does not decode to calls counts as no call).
"""

from __future__ import annotations

import json
from collections import Counter

from eval.ast_match import ast_check
from eval.bfcl import is_irrelevance
from eval.bfcl_summary import summarize
from eval.parse import ParseResult
from prompt_strategies.rows import call_violation

METRICS = (
    "parse_rate",
    "clean_parse_rate",
    "tool_selection",
    "arg_exact_match",
    "schema_valid",
    "ast_accuracy",
    "abstain_accuracy",
)


def call_key(call: dict) -> str:
    """One call as a comparable string, JSON types included: in Python 1 == 1.0 == True, but an
    int for a float or a bool for an int is not the same call."""
    return json.dumps(call, sort_keys=True, default=repr)


def _same_calls(predicted: list[dict], expected: list[dict]) -> bool:
    """Same multiset of calls (call_key; BFCL's AST check forgives an int for a float)."""
    return Counter(map(call_key, predicted)) == Counter(map(call_key, expected))


def headline_metric(category: str) -> str:
    """The one number that answers "did it do the task" for a category."""
    if is_irrelevance(category):
        return "abstain_accuracy"
    return "arg_exact_match" if category == "xlam_heldout" else "ast_accuracy"


def score_example(example: dict, parsed: ParseResult) -> dict:
    calls = parsed.calls
    scores = dict.fromkeys(METRICS)
    scores["parse_rate"] = parsed.ok
    scores["clean_parse_rate"] = parsed.ok and not parsed.warnings
    if is_irrelevance(example["category"]):
        scores["abstain_accuracy"] = not calls
        return scores
    expected = example["expected"]
    if calls is None:
        for key in ("tool_selection", "arg_exact_match", "schema_valid"):
            scores[key] = False
    else:
        scores["tool_selection"] = Counter(c["name"] for c in calls) == Counter(c["name"] for c in expected)
        scores["arg_exact_match"] = _same_calls(calls, expected)
        tools = {t["name"]: t for t in example["tools"]}
        if calls or expected:
            scores["schema_valid"] = bool(calls) and all(call_violation(c, tools)[0] is None for c in calls)
    if example["possible_answer"] is not None:
        scores["ast_accuracy"] = calls is not None and _ast_valid(example, calls, scores)
    return scores


def _ast_valid(example: dict, calls: list[dict], scores: dict) -> bool:
    try:
        return ast_check(example["functions"], calls, example["possible_answer"], example["category"])[
            "valid"
        ]
    except Exception as exc:  # noqa: BLE001 - one odd model output must not abort the whole eval
        scores["scoring_error"] = f"ast_check: {type(exc).__name__}: {exc}"[:300]
        return False


def _mean(values: list, digits: int | None = 4) -> float | None:
    values = [v for v in values if v is not None]
    if not values:
        return None
    mean = sum(values) / len(values)
    return mean if digits is None else round(mean, digits)


def aggregate(categories: list[str], scored: list[dict]) -> dict:
    """{"per_category": {category: {"n", metric: fraction|None, "score"}}, "overall": {...},
    "bfcl_summary": {...}}; `score` is the category's headline metric, overall `score` their
    unweighted mean; `bfcl_summary` is BFCL's non-live AST summary (eval.bfcl_summary), from
    the unrounded per-category scores."""
    per_category, exact = {}, {}
    for category in categories:
        rows = [s for s in scored if s["category"] == category]
        if not rows:
            continue
        summary = {"n": len(rows), **{m: _mean([r["scores"][m] for r in rows]) for m in METRICS}}
        summary["score"] = summary[headline_metric(category)]
        summary["parse_errors"] = dict(Counter(r["parse"]["error"] for r in rows if r["parse"]["error"]))
        per_category[category] = summary
        exact[category] = _mean([r["scores"][headline_metric(category)] for r in rows], digits=None)
    overall = {"n": len(scored), **{m: _mean([r["scores"][m] for r in scored]) for m in METRICS}}
    overall["score"] = _mean([c["score"] for c in per_category.values()])
    overall["parse_errors"] = dict(Counter(r["parse"]["error"] for r in scored if r["parse"]["error"]))
    bfcl = {k: None if v is None else round(v, 4) for k, v in summarize(exact).items()}
    return {"per_category": per_category, "overall": overall, "bfcl_summary": bfcl}
