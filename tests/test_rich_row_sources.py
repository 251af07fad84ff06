"""What every single-call-leaning synthetic source (copy, scale, format, diverse and wide rows) must hold:
tools of its own, valid rows, reproducible for a seed and different for another, rarely a repeated
question, no call asked twice, mostly single calls alone or among other tools, as BFCL's simple and
multiple categories ask."""

import json
from collections import Counter

import pytest

from data_builders import rich_copy, rich_diverse, rich_format, rich_scale, rich_wide
from data_builders.java_js_synthetic import CATALOGUES as JAVA_JS
from data_builders.overlap_guard import EVAL_CATEGORIES, normalize_question
from data_builders.rich_synthetic import CATALOGUE as RICH_CATALOGUE
from data_builders.synthetic import CATALOGUE as SMALL_CATALOGUE
from eval.bfcl import load_category
from eval.metrics import call_key
from prompt_strategies.rows import check_row

SOURCES = {
    "rich_copy": rich_copy,
    "rich_scale": rich_scale,
    "rich_format": rich_format,
    "rich_diverse": rich_diverse,
    "rich_wide": rich_wide,
}


def own_tools(module) -> list:
    """The tools a source adds: the wide rows also ask the diverse catalogue's."""
    return getattr(module, "NEW_TOOLS", module.CATALOGUE)


def calls_of(row: dict) -> list[dict]:
    return json.loads(row["answers"])


@pytest.mark.parametrize("name", SOURCES)
def test_tools_are_new(name):
    """No tool name twice, none an evaluated BFCL function, none in another catalogue."""
    names = [t.name for t in own_tools(SOURCES[name])]
    assert len(names) == len(set(names))
    eval_names = {f["name"] for c in EVAL_CATEGORIES for e in load_category(c) for f in e["functions"]}
    assert not set(names) & eval_names
    others = RICH_CATALOGUE + SMALL_CATALOGUE + [t for c in JAVA_JS.values() for t in c]
    others += [t for other, module in SOURCES.items() if other != name for t in own_tools(module)]
    assert not set(names) & {t.name for t in others}


@pytest.fixture(scope="module", params=SOURCES)
def source(request):
    module = SOURCES[request.param]
    return module, module.generate(3000, seed=0)


def test_rows_are_valid_reproducible_and_rarely_repeat(source):
    module, rows = source
    assert all(check_row(r).reason is None for r in rows)
    assert module.generate(50, seed=0) == rows[:50]
    assert module.generate(50, seed=1) != rows[:50]
    repeats = len(rows) - len({normalize_question(r["query"]) for r in rows})
    assert repeats <= 5


def test_no_row_asks_for_the_same_call_twice(source):
    for row in source[1]:
        calls = [call_key(c) for c in calls_of(row)]
        assert len(set(calls)) == len(calls), row


def test_mostly_single_calls_alone_or_among_other_tools(source):
    rows = source[1]
    calls = Counter(len(calls_of(r)) for r in rows)
    offered = Counter(len(json.loads(r["tools"])) for r in rows)
    assert calls[1] >= 0.7 * len(rows) and max(calls) >= 3
    assert offered[1] >= 0.3 * len(rows) and max(offered) >= 4
