"""Multi-call rows over the diverse catalogue: valid, reproducible rows in rich_multi_call's shapes
(2-6 calls, up to 4 functions, combinations called in full) whose tools all come from the 269
diverse tools, every one of them called."""

import itertools
import json
import random
from collections import Counter

import pytest

from data_builders import diverse_multi_call, rich_diverse, rich_multi_call
from prompt_strategies.rows import check_row

DIVERSE = {t.name for t in rich_diverse.CATALOGUE}


@pytest.fixture(scope="module")
def rows():
    return diverse_multi_call.generate(2000, seed=0)


def calls_of(row) -> list[dict]:
    return json.loads(row["answers"])


def test_rows_are_valid_reproducible_and_never_ask_a_call_twice(rows):
    assert all(check_row(r).reason is None for r in rows)
    assert diverse_multi_call.generate(50, seed=0) == rows[:50]
    assert diverse_multi_call.generate(50, seed=1) != rows[:50]
    assert len({r["query"] for r in rows}) == len(rows)
    for row in rows:
        keys = [json.dumps(c, sort_keys=True) for c in calls_of(row)]
        assert len(set(keys)) == len(keys), row["query"]


def test_rows_draw_from_the_diverse_catalogue_only_and_call_every_tool(rows):
    called = Counter(c["name"] for r in rows for c in calls_of(r))
    assert set(called) == DIVERSE
    for row in rows:
        offered = [t["name"] for t in json.loads(row["tools"])]
        needed = {c["name"] for c in calls_of(row)}
        assert needed <= set(offered) <= DIVERSE and len(offered) - len(needed) <= 1


def test_rows_take_the_parallel_shapes(rows):
    counts = Counter(len(calls_of(r)) for r in rows)
    assert min(counts) == 2 and max(counts) == 6
    assert sum(v for k, v in counts.items() if k >= 4) >= 0.5 * len(rows)
    distinct = Counter(len({c["name"] for c in calls_of(r)}) for r in rows)
    assert set(distinct) == {1, 2, 3, 4}


@pytest.mark.parametrize("seed", range(40))
def test_cross_rows_over_the_diverse_tools_call_every_combination(seed):
    clause, (tool,), calls = rich_multi_call._cross(random.Random(seed), rich_diverse.CATALOGUE)
    assert tool.name in DIVERSE and {c["name"] for c in calls} == {tool.name}
    varying = [p for p in calls[0]["arguments"] if len({json.dumps(c["arguments"][p]) for c in calls}) > 1]
    if len(calls) > 1:
        values = [{json.dumps(c["arguments"][p]) for c in calls} for p in varying]
        combos = {tuple(json.dumps(c["arguments"][p]) for p in varying) for c in calls}
        assert len(varying) == 2 and combos == set(itertools.product(*values)), clause
