"""BFCL-style AST accuracy (Python, Java and JavaScript categories) on our calls `[{"name", "arguments"}]`.

Semantics follow `bfcl_eval.eval_checker.ast_eval.ast_checker` (bfcl-eval 2026.3.23) so our
numbers are comparable with the leaderboard: possible-answer lists per argument ("" = may be
omitted), string normalisation (case, spaces and ,./-_*^ ignored), int accepted for float,
one-level nested type checks, order-insensitive greedy matching for parallel categories, and
BFCL's error types. Java/JavaScript arguments must be strings (literals), read back with
bfcl_eval's own type converters (eval.bfcl_languages) before the same checks.
tests/test_eval_ast_agreement.py checks agreement with bfcl_eval's own
checker on every ground-truth answer and on systematic perturbations of them.
"""

from __future__ import annotations

import re

from eval.bfcl_languages import JAVA, PYTHON, conversion_types, convert, language

PYTHON_TYPES = {
    "string": str,
    "integer": int,
    "float": float,
    "boolean": bool,
    "array": list,
    "tuple": list,
    "dict": dict,
    "any": str,
}
NESTED_TYPES = ("array", "tuple")
CONVERTED_NESTED_TYPES = ("Array", "ArrayList", "array")
_STRIP = re.compile(r"[ \,\.\/\-\_\*\^]")


def ok() -> dict:
    return {"valid": True, "error_type": None, "error": ""}


def fail(error_type: str, error: str) -> dict:
    return {"valid": False, "error_type": error_type, "error": error}


def standardize(text: str) -> str:
    return _STRIP.sub("", text).lower().replace("'", '"')


def _answer_type(possible: list):
    for answer in possible:
        if answer != "":
            return type(answer)
    return None


def _type_check(value, possible: list, expected: type, nested: type | None) -> tuple[str | None, bool]:
    """(error type or None, is_variable). A value of the possible answers' type when that
    differs from the declared type is a "variable" (BFCL's term), compared by plain equality."""
    answer_type = _answer_type(possible)
    is_variable = answer_type is not None and answer_type != expected
    if type(value) == expected:
        if nested is None:
            return None, is_variable
        for item in possible:
            if type(item) == list and not all(_type_check(v, item, nested, None)[0] is None for v in value):
                continue
            return None, is_variable
        # a nested mismatch is never rescued; BFCL labels it by the possible answers' type
        return ("type_error:nested" if type(value) == answer_type else "type_error:simple"), is_variable
    if answer_type is not None and type(value) == answer_type:
        return None, True
    return "type_error:simple", is_variable


def _standardized(values: list) -> list:
    return [standardize(v) if type(v) == str else v for v in values]


def _dict_matches(value: dict, candidates: list) -> tuple[bool, str]:
    error_type = "dict_checker:unclear"
    for candidate in candidates:
        if candidate == "":
            continue
        error_type = "dict_checker:unclear"
        good = True
        for key, item in value.items():
            if key not in candidate:
                error_type, good = "value_error:dict_key", False
                break
            item = standardize(item) if type(item) == str else item
            if item not in _standardized(candidate[key]):
                error_type, good = "value_error:dict_value", False
                break
        for key, allowed in candidate.items():
            if key not in value and "" not in allowed:
                error_type, good = "value_error:dict_key", False
                break
        if good:
            return True, ""
    return False, error_type


def _list_of_dicts_matches(value: list, candidates: list) -> tuple[bool, str]:
    error_type = "list_dict_checker:unclear"
    for candidate in candidates:
        if len(value) != len(candidate):
            error_type = "value_error:list_dict_count"
            continue
        good = True
        for item, expected in zip(value, candidate):
            if type(item) != dict:
                # bfcl_eval raises here (its type check skips optional params); call it a type error
                return False, "type_error:nested"
            good, error_type = _dict_matches(item, [expected])
            if not good:
                break
        if good:
            return True, ""
    return False, error_type


def _list_matches(value: list, candidates: list) -> bool:
    # BFCL iterates each candidate; a "" candidate becomes [] (so [] matches an optional arg)
    return _standardized(list(value)) in [_standardized(list(c)) for c in candidates]


def check_value(param: str, value, spec: dict, possible: list, lang: str = PYTHON) -> dict | None:
    declared = spec["type"]
    nested = None
    if lang == PYTHON:
        expected = PYTHON_TYPES[declared]
        if declared in NESTED_TYPES:
            nested = PYTHON_TYPES[spec["items"]["type"]]
        if declared == "float" and type(value) == int:
            value = float(value)
    else:
        types = conversion_types(lang)
        expected = types[declared]
        if type(value) != str:
            return fail(
                "type_error:java" if lang == JAVA else "type_error:js",
                f"{param!r}: expected a {lang} literal string, got {type(value).__name__}",
            )
        nested_name = spec["items"]["type"] if declared in CONVERTED_NESTED_TYPES else None
        if nested_name is not None:
            nested = types[nested_name]
        value = convert(value, declared, nested_name, lang)
    type_error, is_variable = _type_check(value, possible, expected, nested)
    if type_error:
        return fail(type_error, f"{param!r}: wrong type {type(value).__name__}")
    if not is_variable:
        if expected == dict:
            good, error_type = _dict_matches(value, possible)
            return None if good else fail(error_type, f"{param!r}: {value!r}")
        if expected == list and nested == dict:
            good, error_type = _list_of_dicts_matches(value, possible)
            return None if good else fail(error_type, f"{param!r}: {value!r}")
        if expected == str:
            if standardize(value) in [standardize(p) for p in possible if type(p) == str]:
                return None
            return fail("value_error:string", f"{param!r}: {value!r} not in {possible!r}")
        if expected == list:
            if _list_matches(value, possible):
                return None
            return fail("value_error:list/tuple", f"{param!r}: {value!r} not in {possible!r}")
    if value not in possible:
        return fail("value_error:others", f"{param!r}: {value!r} not in {possible!r}")
    return None


def argument_errors(function: dict, call: dict, answer: dict, lang: str = PYTHON):
    """Every argument error of one call against one possible answer, in the order BFCL's checker
    meets them: (parameter, failure) pairs; the first one is check_call's verdict."""
    possible = next(iter(answer.values()))
    properties = function["parameters"]["properties"]
    arguments = call["arguments"]
    required = function["parameters"]["required"]
    for param in required:
        if param not in arguments:
            yield param, fail("simple_function_checker:missing_required", f"missing {param!r}")
    for param, value in arguments.items():
        if param not in properties or param not in possible:
            yield param, fail("simple_function_checker:unexpected_param", f"unexpected {param!r}")
            continue
        error = check_value(param, value, properties[param], possible[param], lang)
        if error:
            yield param, error
    for param, values in possible.items():
        if param not in arguments and param not in required and "" not in values:
            yield param, fail("simple_function_checker:missing_optional", f"missing {param!r}")


def check_call(function: dict, call: dict, answer: dict, lang: str = PYTHON) -> dict:
    """One call against one function doc and one possible answer `{name: {arg: [values]}}`."""
    name = function["name"]
    if call["name"] != name:
        return fail("simple_function_checker:wrong_func_name", f"expected {name!r}, got {call['name']!r}")
    first = next(argument_errors(function, call, answer, lang), None)
    return ok() if first is None else first[1]


def _function(functions: list[dict], name: str) -> dict | None:
    return next((f for f in functions if f["name"] == name), None)


def ast_check(functions: list[dict], calls: list[dict], possible_answer: list[dict], category: str) -> dict:
    """BFCL AST verdict for one example: {"valid", "error_type", "error"}."""
    lang = language(category)
    if "parallel" in category:
        if len(calls) != len(possible_answer):
            return fail("parallel_function_checker_no_order:wrong_count", "wrong number of calls")
        matched: set[int] = set()
        for answer in possible_answer:
            function = _function(functions, next(iter(answer)))
            found = False
            for index, call in enumerate(calls):
                if index not in matched and check_call(function, call, answer, lang)["valid"]:
                    matched.add(index)
                    found = True
                    break
            if not found:
                return fail(
                    "parallel_function_checker_no_order:cannot_find_match",
                    f"no call matches {next(iter(answer))!r}",
                )
        return ok()
    if "multiple" in category:
        if len(calls) != len(possible_answer):
            return fail("multiple_function_checker:wrong_count", "wrong number of calls")
        answer = possible_answer[0]
        return check_call(_function(functions, next(iter(answer))), calls[0], answer, lang)
    if len(calls) != 1:
        return fail("simple_function_checker:wrong_count", "wrong number of calls")
    return check_call(functions[0], calls[0], possible_answer[0], lang)
