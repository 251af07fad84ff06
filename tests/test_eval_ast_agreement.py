"""Trust test: eval.ast_match agrees with bfcl_eval's own ast_checker, on every ground-truth
answer of every AST category and on systematic perturbations of them (verdict and error type)."""

import copy
import json
import sys
import types
from collections import Counter

import pytest

from eval.ast_match import ast_check
from eval.bfcl import AST_CATEGORIES, ground_truth_calls, load_category
from eval.bfcl_languages import JAVA, JAVASCRIPT, language, literal_calls


class _ModelConfig:
    underscore_to_dot = False  # our model sees BFCL's names, dots included


@pytest.fixture(scope="module")
def bfcl_checker():
    """bfcl_eval's checker; its model_config imports dozens of API clients, which we stub."""
    stub = types.ModuleType("bfcl_eval.constants.model_config")
    stub.MODEL_CONFIG_MAPPING = {"xlam": _ModelConfig()}
    saved = sys.modules.get(stub.__name__)
    sys.modules[stub.__name__] = stub
    try:
        from bfcl_eval.constants.enums import Language
        from bfcl_eval.eval_checker.ast_eval.ast_checker import ast_checker
    finally:  # leave sys.modules as we found it
        if saved is None:
            sys.modules.pop(stub.__name__, None)
        else:
            sys.modules[stub.__name__] = saved

    languages = {JAVA: Language.JAVA, JAVASCRIPT: Language.JAVASCRIPT}

    def check(functions, calls, possible_answer, category):
        model_output = [{c["name"]: c["arguments"]} for c in copy.deepcopy(calls)]
        return ast_checker(
            copy.deepcopy(functions),
            model_output,
            copy.deepcopy(possible_answer),
            languages.get(language(category), Language.PYTHON),
            category,
            "xlam",
        )

    return check


def _other_value(value):
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value + 1
    if isinstance(value, str):
        return value + " x"
    if isinstance(value, list):
        return value[:-1] if value else [0]
    if isinstance(value, dict):
        return {**value, "zz_extra": 1}
    return "x"


def _literal_perturbations(value: str):
    """Java/JavaScript literals: the same value written the ways a model might write it."""
    yield "literal_quoted", f'"{value}"'
    yield "literal_single_quoted", f"'{value}'"
    if value in ("true", "false"):
        yield "literal_capitalised", value.capitalize()
    if value.rstrip("Lfn").lstrip("-").replace(".", "", 1).isdigit():
        yield "literal_suffix_dropped", value.rstrip("Lfn")
        yield "literal_long_suffix", value + "L"
        yield "literal_float_suffix", value + "f"
        if "." not in value:
            yield "literal_decimal", value + ".0"


def _perturbations(entry):
    functions, pa, category = entry["functions"], entry["possible_answer"], entry["category"]
    required = {f["name"]: f["parameters"].get("required", []) for f in functions}
    typed = ground_truth_calls(pa)
    canonical = literal_calls(typed, functions, category)
    yield "ground_truth_first", canonical
    last = ground_truth_calls(pa, pick=lambda v: v[-1])
    yield "ground_truth_last", literal_calls(last, functions, category)
    if language(category) != "python":
        yield "typed_json_values", typed
    yield "reversed_order", canonical[::-1]
    yield "one_call_dropped", canonical[:-1]
    yield "first_call_repeated", canonical + canonical[:1]
    yield "no_calls", []
    for i, call in enumerate(canonical):

        def replaced(new_call, i=i):
            return canonical[:i] + [new_call] + canonical[i + 1 :]

        yield "wrong_function_name", replaced({**call, "name": call["name"] + "_v2"})
        yield "extra_argument", replaced({**call, "arguments": {**call["arguments"], "unexpected": 1}})
        for param in required.get(call["name"], []):
            if param in call["arguments"]:
                args = {k: v for k, v in call["arguments"].items() if k != param}
                yield "missing_required", replaced({**call, "arguments": args})
                break
        for param, value in call["arguments"].items():
            yield (
                "wrong_value",
                replaced({**call, "arguments": {**call["arguments"], param: _other_value(value)}}),
            )
            if isinstance(value, str):
                yield (
                    "string_case_and_spaces",
                    replaced({**call, "arguments": {**call["arguments"], param: value.upper() + " "}}),
                )
            if isinstance(value, float) and value.is_integer():
                yield (
                    "int_for_float",
                    replaced({**call, "arguments": {**call["arguments"], param: int(value)}}),
                )
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                yield (
                    "number_as_string",
                    replaced({**call, "arguments": {**call["arguments"], param: str(value)}}),
                )
            if isinstance(value, str) and language(category) != "python":
                literals = list(_literal_perturbations(value))
                typed_value = typed[i]["arguments"][param]
                if isinstance(typed_value, (list, dict)):  # a collection written as JSON
                    literals.append(("collection_as_json", json.dumps(typed_value)))
                for kind, literal in literals:
                    yield kind, replaced({**call, "arguments": {**call["arguments"], param: literal}})


@pytest.mark.parametrize("category", AST_CATEGORIES)
def test_ast_scorer_agrees_with_bfcl_ast_checker(category, bfcl_checker):
    verdicts, disagreements = Counter(), []
    for entry in load_category(category):
        for kind, calls in _perturbations(entry):
            theirs = bfcl_checker(entry["functions"], calls, entry["possible_answer"], category)
            ours = ast_check(entry["functions"], calls, entry["possible_answer"], category)
            verdicts[(kind, ours["valid"])] += 1
            same = ours["valid"] == theirs["valid"] and (
                ours["valid"] or ours["error_type"] == theirs["error_type"]
            )
            if not same:
                disagreements.append((entry["id"], kind, ours, theirs.get("error_type")))
    assert not disagreements, disagreements[:5]
    # the ground truth passes (the few exceptions are BFCL data whose ground truth omits a
    # parameter its doc marks required; bfcl_eval rejects them too) and the perturbations are
    # real tests (both verdicts occur)
    n = len(load_category(category))
    assert verdicts[("ground_truth_first", True)] >= 0.97 * n
    assert verdicts[("wrong_function_name", False)] > 0 and verdicts[("wrong_value", False)] > 0
    assert verdicts[("one_call_dropped", False)] + verdicts[("first_call_repeated", False)] >= n
