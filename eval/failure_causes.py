"""Why a BFCL AST example is wrong: one cause per example, and the kind of every wrong argument.

The verdict and every argument check are the eval's own (eval.ast_match, BFCL's possible answers).
Causes, the first that applies: `parse` (no calls block), `too few calls`, `too many calls`,
`wrong function` (the called names differ from the answer's, as a multiset), `wrong argument values`.
For the last, each call is paired with an answer (BFCL's greedy matching first, then every left-over
answer with the left-over call of its function that has the fewest argument errors) and every
argument error is given a kind; a wrong value that another answer of the same request accepts is
marked `from_other_call`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from eval.ast_match import argument_errors, ast_check, check_call, check_value
from eval.bfcl_languages import language
from eval.metrics import call_key

CAUSES = ("too few calls", "too many calls", "wrong function", "wrong argument values", "parse")
KINDS = (
    "string",
    "number",
    "list",
    "dict",
    "bool",
    "missing required",
    "missing optional",
    "unknown argument",
    "wrong type",
    "unreadable",  # the checker raised on the value (e.g. a Java literal its converter cannot read)
)
_NOT_VALUES = ("missing required", "missing optional", "unknown argument", "unreadable")


@dataclass
class WrongArgument:
    param: str
    kind: str
    from_other_call: bool = False


@dataclass
class Verdict:
    cause: str | None  # None: right
    no_call: bool = False  # too few calls: none at all
    repeated: bool = False  # too many calls: one call given twice, argument for argument
    near_name: bool = False  # wrong function: a name off only by case or surrounding spaces
    wrong: list[WrongArgument] = field(default_factory=list)


def _value_kind(possible: list) -> str:
    sample = next((v for v in possible if v != ""), None)
    if isinstance(sample, bool):
        return "bool"
    if isinstance(sample, (int, float)):
        return "number"
    return {list: "list", dict: "dict"}.get(type(sample), "string")


def kind(error_type: str, possible: list) -> str:
    """The kind of one argument error from BFCL's error type (value_error:others by the type of
    the possible answers)."""
    if error_type == "unreadable":
        return "unreadable"
    if error_type.endswith("missing_required"):
        return "missing required"
    if error_type.endswith("missing_optional"):
        return "missing optional"
    if error_type.endswith("unexpected_param"):
        return "unknown argument"
    if error_type.startswith("type_error"):
        return "wrong type"
    if error_type == "value_error:string":
        return "string"
    if "list" in error_type:
        return "list"
    if "dict" in error_type:
        return "dict"
    return _value_kind(possible)


def _accepted_elsewhere(param: str, value, function: dict, own: dict, answers: list[dict], lang: str) -> bool:
    spec = function["parameters"]["properties"][param]
    for answer in answers:
        possible = next(iter(answer.values())).get(param)
        if answer is own or not possible or all(v == "" for v in possible):
            continue
        try:
            if check_value(param, value, spec, possible, lang) is None:
                return True
        except Exception:  # noqa: BLE001 - an unreadable value belongs to no call
            continue
    return False


def _errors(function: dict, call: dict, answer: dict, lang: str) -> list[tuple[str, dict]]:
    try:
        return list(argument_errors(function, call, answer, lang))
    except Exception:  # noqa: BLE001 - as in scoring, a checker crash is a wrong answer
        return [("", {"error_type": "unreadable"})]


def matched_pairs(functions: dict, calls: list[dict], answers: list[dict], lang: str):
    """(function, call, answer, its argument errors) for every answer no call satisfies."""
    left = list(range(len(calls)))
    pending = []
    for answer in answers:
        function = functions[next(iter(answer))]
        hit = next((i for i in left if check_call(function, calls[i], answer, lang)["valid"]), None)
        if hit is None:
            pending.append((function, answer))
        else:
            left.remove(hit)
    for function, answer in pending:
        errors = {
            i: _errors(function, calls[i], answer, lang) for i in left if calls[i]["name"] == function["name"]
        }
        best = min(errors, key=lambda i: len(errors[i]))
        left.remove(best)
        yield function, calls[best], answer, errors[best]


def classify(entry: dict, calls: list[dict] | None) -> Verdict:
    """entry: a BFCL entry (eval.bfcl.load_category); calls: the parsed calls (None: no calls block)."""
    if calls is None:
        return Verdict("parse")
    answers, category = entry["possible_answer"], entry["category"]
    try:
        if ast_check(entry["functions"], calls, answers, category)["valid"]:
            return Verdict(None)
    except Exception:  # noqa: BLE001 - classified below like any wrong answer
        pass
    if len(calls) != len(answers):
        if len(calls) < len(answers):
            return Verdict("too few calls", no_call=not calls)
        return Verdict("too many calls", repeated=len(set(map(call_key, calls))) < len(calls))
    needed = Counter(next(iter(a)) for a in answers)
    if Counter(c["name"] for c in calls) != needed:
        folded = {name.lower() for name in needed}
        near = any(c["name"] not in needed and c["name"].strip().lower() in folded for c in calls)
        return Verdict("wrong function", near_name=near)
    lang = language(category)
    functions = {f["name"]: f for f in entry["functions"]}
    wrong = []
    for function, call, answer, errors in matched_pairs(functions, calls, answers, lang):
        possible = next(iter(answer.values()))
        for param, error in errors:
            what = kind(error["error_type"], possible.get(param, []))
            other = what not in _NOT_VALUES and _accepted_elsewhere(
                param, call["arguments"][param], function, answer, answers, lang
            )
            wrong.append(WrongArgument(param, what, other))
    return Verdict("wrong argument values", wrong=wrong)
