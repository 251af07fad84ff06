"""Java/JavaScript rows over the wider catalogue (`--java-js-wide N`): the narrow catalogue's 76
tools and as many again and more, each new one asked several ways, every answer accepted by our
AST matcher and by bfcl_eval's own checker, no evaluation function or question reused."""

import json
from collections import Counter

import pytest
from test_eval_ast_agreement import bfcl_checker  # noqa: F401  (fixture: bfcl_eval's own checker)
from test_java_js_synthetic import literal_form

from data_builders import java_js_synthetic, java_js_wide, rich_copy, rich_format, rich_scale, rich_wide
from data_builders.overlap_guard import EVAL_CATEGORIES, OverlapGuard
from data_builders.rich_synthetic import CATALOGUE as RICH_CATALOGUE
from data_builders.synthetic import CATALOGUE as SMALL_CATALOGUE
from eval.ast_match import ast_check
from eval.bfcl import load_category
from eval.bfcl_languages import conversion_types, language
from prompt_strategies.rows import check_row

CATEGORIES = ("simple_java", "simple_javascript")


@pytest.fixture(scope="module")
def generated():
    return java_js_wide.generate_with_answers(1200, seed=0)


def test_the_catalogue_is_the_narrow_one_and_as_many_new_tools_again():
    for category in CATEGORIES:
        narrow = java_js_synthetic.CATALOGUES[category]
        assert java_js_wide.CATALOGUES[category][: len(narrow)] == narrow
        assert len(java_js_wide.NEW_TOOLS[category]) >= len(narrow)


def test_new_tools_are_asked_several_ways_with_their_language_s_types():
    for category, tools in java_js_wide.NEW_TOOLS.items():
        types = conversion_types(language(category))
        for tool in tools:
            assert len(set(tool.templates)) >= 2, tool.name
            assert all(p.type in types for p in tool.params), tool.name


def test_new_tool_names_are_new():
    names = [t.name for tools in java_js_wide.NEW_TOOLS.values() for t in tools]
    assert len(names) == len(set(names))
    evaluated = {f["name"] for c in EVAL_CATEGORIES for e in load_category(c) for f in e["functions"]}
    others = RICH_CATALOGUE + SMALL_CATALOGUE + rich_wide.CATALOGUE
    others += rich_copy.CATALOGUE + rich_format.CATALOGUE + rich_scale.CATALOGUE
    others += [t for tools in java_js_synthetic.CATALOGUES.values() for t in tools]
    assert not set(names) & (evaluated | {t.name for t in others})


def test_rows_are_valid_reproducible_and_new(generated):
    rows = [row for _, row, _, _ in generated]
    assert all(check_row(r).reason is None for r in rows)
    assert java_js_wide.generate(40, seed=0) == rows[:40]
    assert java_js_wide.generate(40, seed=1) != rows[:40]
    assert java_js_wide.generate(40, seed=0) != java_js_synthetic.generate(40, seed=0)
    assert len({r["query"] for r in rows}) > 0.95 * len(rows)
    guard = OverlapGuard.from_eval()
    assert [guard.overlap(row) for row in rows] == [None] * len(rows)


def test_both_checkers_accept_every_answer_and_ours_rejects_a_changed_one(generated, bfcl_checker):  # noqa: F811
    for i, (category, row, function, possible) in enumerate(generated):
        calls = json.loads(row["answers"])
        assert ast_check([function], calls, possible, category)["valid"], row
        changed = [{**calls[0], "arguments": dict.fromkeys(calls[0]["arguments"], "zz9 not it")}]
        assert not ast_check([function], changed, possible, category)["valid"], row
        if i < 400:
            assert bfcl_checker([function], calls, possible, category)["valid"], row


def test_arguments_are_literals_and_every_tool_is_asked(generated):
    asked = Counter()
    for category, row, function, _ in generated:
        lang, call = language(category), json.loads(row["answers"])[0]
        asked[call["name"]] += 1
        properties = function["parameters"]["properties"]
        for name, value in call["arguments"].items():
            declared = properties[name]["type"]
            form = literal_form(declared, lang)
            held = lang == "javascript" and declared in ("array", "dict") and value.isidentifier()
            assert form is None or form.fullmatch(value) or held, (declared, value)
    catalogue = [t.name for tools in java_js_wide.CATALOGUES.values() for t in tools]
    assert len(asked) >= 0.95 * len(catalogue)
    assert max(asked.values()) <= 5 * len(generated) / len(catalogue)
