"""The rich synthetic generator: valid rows, numbers written with units and thousand separators
become clean numeric arguments, parallel requests produce one call per value, no evaluation
function names."""

import json
import random
import re

import pytest

from data_builders import rich_synthetic
from data_builders.overlap_guard import OverlapGuard
from data_builders.rich_values import money, percent, qty
from eval.metrics import call_key
from prompt_strategies.rows import check_row


@pytest.fixture(scope="module")
def rows():
    return rich_synthetic.generate(1500, seed=0)


def test_rows_are_valid_reproducible_and_varied(rows):
    assert all(check_row(r).reason is None for r in rows)
    assert rich_synthetic.generate(50, seed=0) == rows[:50]
    assert len({r["query"] for r in rows}) > 0.98 * len(rows)
    used = {c["name"] for r in rows for c in json.loads(r["answers"])}
    assert len(used) == len(rich_synthetic.CATALOGUE) >= 60


def test_many_rows_need_two_to_four_calls(rows):
    counts = [len(json.loads(r["answers"])) for r in rows]
    assert sum(c >= 2 for c in counts) >= 0.5 * len(rows)
    assert max(counts) == 4 and min(counts) == 1


def numbers_in(value) -> set:
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return set().union(set(), *(numbers_in(v) for v in value))
    return {value} if isinstance(value, (int, float)) and not isinstance(value, bool) else set()


def test_thousand_separators_and_units_become_numbers(rows):
    separated = 0
    for row in rows:
        numbers = numbers_in([c["arguments"] for c in json.loads(row["answers"])])
        for text in re.findall(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", row["query"]):
            separated += 1
            assert float(text.replace(",", "")) in numbers, (text, row)
    assert separated > 200
    r = random.Random(1)
    for gen in (qty(1000, 90000, ("km",)), money(1000, 90000), percent(1, 9, 1)):
        for _ in range(50):
            text, value = gen(r)
            assert isinstance(value, (int, float))
            assert float(re.search(r"\d[\d,]*(?:\.\d+)?", text).group().replace(",", "")) == value


@pytest.mark.parametrize("k", [2, 3, 4])
def test_several_values_give_one_call_each(k):
    r = random.Random(k)
    for tool in rich_synthetic.CATALOGUE:
        clause, calls = rich_synthetic._several(tool, k, r)
        assert len(calls) == k and {c["name"] for c in calls} == {tool.name}
        assert len({json.dumps(c, sort_keys=True) for c in calls}) == k, clause


def test_no_row_asks_for_the_same_call_twice(rows):
    for row in rows:
        calls = [call_key(c) for c in json.loads(row["answers"])]
        assert len(set(calls)) == len(calls), row


def test_distinct_values_draw_as_much_of_the_stream_as_distinct_texts():
    """Two texts of one value are replaced from a generator of their own: the shared stream, and so
    every later row, is the same as without the replacement."""
    replaced = 0
    for seed in range(300):
        for param in (p for tool in rich_synthetic.CATALOGUE[:20] for p in tool.variable()):
            plain, fixed = random.Random(seed), random.Random(seed)
            texts = rich_synthetic._distinct(param, 3, plain)
            values = rich_synthetic._distinct_values(param, 3, fixed)
            assert plain.getstate() == fixed.getstate()
            drawn = list(values.values())  # values may be lists: compared pairwise, not hashed
            assert all(drawn[i] != drawn[j] for i in range(len(drawn)) for j in range(i))
            replaced += values != texts
    assert replaced > 0


def test_no_tool_shares_a_name_with_an_evaluation_function():
    eval_names = set().union(*OverlapGuard.from_eval().function_names)
    assert not {t.name for t in rich_synthetic.CATALOGUE} & eval_names


def test_conversions_never_go_from_a_unit_to_itself(rows):
    pairs = (
        ("from_unit", "to_unit"),
        ("from_scale", "to_scale"),
        ("from_zone", "to_zone"),
        ("source_currency", "target_currency"),
        ("origin", "destination"),
    )
    for row in rows:
        for call in json.loads(row["answers"]):
            args = call["arguments"]
            assert all(args[a] != args[b] for a, b in pairs if a in args), row["query"]
