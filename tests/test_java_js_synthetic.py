"""The Java/JavaScript synthetic generator: rows shown like the evaluation's simple_java /
simple_javascript rows, answers in the literal form BFCL's checker accepts (our AST matcher says
right for every generated row, wrong for a changed one), no evaluation function names."""

import json
import re
from collections import Counter

import pytest
from test_eval_ast_agreement import bfcl_checker  # noqa: F401  (fixture: bfcl_eval's own checker)

from data_builders import java_js_synthetic
from data_builders.overlap_guard import EVAL_CATEGORIES, OverlapGuard
from eval.ast_match import ast_check
from eval.bfcl import load_category
from eval.bfcl_languages import conversion_types, language
from eval.datasets import load_bfcl
from prompt_strategies.rows import check_row

CATEGORIES = ("simple_java", "simple_javascript")
# BFCL's language hints after a parameter's own description (bfcl_eval's doc rewrite)
HINT = re.compile(
    r" (This is (Java|JavaScript) \w+ type parameter in string representation\."
    r"|This parameter can be of any type of (Java|JavaScript) object in string representation\.)"
    r"( The list elements are of type \w+; they are not in string representation\.)?"
    r"( The dictionary entries have the following schema; they are not in string representation\. \{.*\})?$"
)


@pytest.fixture(scope="module")
def generated():
    return java_js_synthetic.generate_with_answers(1200, seed=0)


def test_rows_are_valid_reproducible_and_split_between_the_languages(generated):
    rows = [row for _, row, _, _ in generated]
    assert all(check_row(r).reason is None for r in rows)
    assert java_js_synthetic.generate(40, seed=0) == rows[:40]
    assert java_js_synthetic.generate(40, seed=1) != rows[:40]
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["query"] for r in rows}) > 0.95 * len(rows)
    assert Counter(c for c, _, _, _ in generated) == {"simple_java": 600, "simple_javascript": 600}


def test_our_ast_matcher_accepts_every_answer_and_rejects_a_changed_one(generated):
    for category, row, function, possible in generated:
        calls = json.loads(row["answers"])
        assert ast_check([function], calls, possible, category)["valid"], row
        changed = [{**calls[0], "arguments": dict.fromkeys(calls[0]["arguments"], "zz9 not it")}]
        assert not ast_check([function], changed, possible, category)["valid"], row


def test_bfcl_evals_own_checker_accepts_the_answers_too(generated, bfcl_checker):  # noqa: F811
    for category, row, function, possible in generated[:300]:
        verdict = bfcl_checker([function], json.loads(row["answers"]), possible, category)
        assert verdict["valid"], (row, verdict)


def test_tools_look_like_the_evaluations_java_and_javascript_tools(generated):
    evaluated = {c: load_bfcl(c, limit=20) for c in CATEGORIES}
    for category, rows in [(c, [r for k, r, _, _ in generated if k == c]) for c in CATEGORIES]:
        note = evaluated[category][0]["tools"][0]["description"].rsplit(".", 2)[
            -2
        ]  # "... in Java 8 SDK syntax"
        for row in rows:
            for tool in json.loads(row["tools"]):
                assert tool["description"].endswith(note + ".")
                for spec in tool["parameters"].values():
                    assert spec["type"] in ("str", "str, optional")
                    assert HINT.search(spec["description"]), spec
        # the evaluation's own tools pass the same checks
        for example in evaluated[category]:
            for spec in example["tools"][0]["parameters"].values():
                assert HINT.search(spec["description"]) and spec["type"].startswith("str")


def literal_form(declared: str, lang: str) -> re.Pattern | None:
    java = {
        "long": r"-?\d+L",
        "integer": r"-?\d+",
        "double": r"-?\d+\.\d+",
        "float": r"-?\d+\.\d+f",
        "boolean": r"true|false",
        "ArrayList": r"new ArrayList<>\(Arrays\.asList\(.+\)\)",
        "Array": r"new \w+\[\]\{.+\}",
        "HashMap": r"new HashMap<String, Object>\(\) \{\{ (put\(.+\); )+\}\}",
    }
    js = {
        "integer": r"-?\d+",
        "float": r"-?\d+(\.\d+)?",
        "Boolean": r"true|false",
        "array": r"\[.+\]",
        "dict": r"\{.+\}",
    }
    pattern = (java if lang == "java" else js).get(declared)
    return re.compile(pattern) if pattern else None


def test_arguments_are_java_and_javascript_literals(generated):
    seen = Counter()  # (language, declared type) -> arguments; "held" -> variable names
    for category, row, function, _ in generated:
        lang = language(category)
        properties = function["parameters"]["properties"]
        for name, value in json.loads(row["answers"])[0]["arguments"].items():
            declared = properties[name]["type"]
            assert declared in conversion_types(lang) and isinstance(value, str)
            form = literal_form(declared, lang)
            held = lang == "javascript" and declared in ("array", "dict") and value.isidentifier()
            assert form is None or form.fullmatch(value) or held, (declared, value)
            seen[lang, declared] += 1
            seen["held"] += held
    java_types = {"any", "String", "integer", "long", "double", "float", "boolean", "char"}
    java_types |= {"Array", "ArrayList", "HashMap"}
    js_types = {"any", "String", "integer", "float", "Boolean", "array", "dict"}
    assert {k[1] for k in seen if k[0] == "java"} == java_types
    assert {k[1] for k in seen if k[0] == "javascript"} == js_types
    assert seen["held"] > 10  # a dict or array argument named by the variable holding it


def test_catalogue_is_large_and_uses_no_evaluation_function_name(generated):
    java, js = (java_js_synthetic.CATALOGUES[c] for c in CATEGORIES)
    assert len(java) >= 40 and len(js) >= 30
    names = [t.name for t in java + js]
    assert len(set(names)) == len(names)
    used = {json.loads(row["answers"])[0]["name"] for _, row, _, _ in generated}
    assert used == set(names)
    evaluated = {f["name"] for c in EVAL_CATEGORIES for e in load_category(c) for f in e["functions"]}
    assert not set(names) & evaluated


def test_no_row_overlaps_an_evaluation_row(generated):
    guard = OverlapGuard.from_eval()
    assert [guard.overlap(row) for _, row, _, _ in generated] == [None] * len(generated)
