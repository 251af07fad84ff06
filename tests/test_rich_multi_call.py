"""The multi-call generator: valid rows in BFCL's parallel request shapes (combinations of two
listed values, several functions each for several values, one sentence per task), mostly 3-6
calls; over the rich catalogue (`--rich-multi-call`) and over the diverse one (`--diverse-multi-call`)."""

import itertools
import json
import random
import re
from collections import Counter

import pytest

from data_builders import diverse_multi_call, rich_diverse, rich_multi_call, rich_synthetic
from prompt_strategies.rows import check_row

GENERATORS = {"rich": rich_multi_call, "diverse": diverse_multi_call}


@pytest.fixture(scope="module", params=GENERATORS)
def source(request):
    module = GENERATORS[request.param]
    return module, module.generate(1500, seed=0)


def calls_of(row) -> list[dict]:
    return json.loads(row["answers"])


def test_rows_are_valid_reproducible_and_varied(source):
    module, rows = source
    assert all(check_row(r).reason is None for r in rows)
    assert module.generate(50, seed=0) == rows[:50]
    assert module.generate(50, seed=1) != rows[:50]
    assert len({r["query"] for r in rows}) == len(rows)
    for row in rows:  # two texts of one value ("2,096 g", "2096g") must not ask the same call twice
        keys = [json.dumps(c, sort_keys=True) for c in calls_of(row)]
        assert len(set(keys)) == len(keys), row["query"]


def test_most_rows_need_more_calls_than_the_rich_mix_writes(source):
    _, rows = source
    counts = Counter(len(calls_of(r)) for r in rows)
    assert min(counts) == 2 and max(counts) == 6
    assert sum(v for k, v in counts.items() if k >= 4) >= 0.5 * len(rows)
    distinct = Counter(len({c["name"] for c in calls_of(r)}) for r in rows)
    assert set(distinct) == {1, 2, 3, 4}
    shapes = Counter(tuple(sorted(Counter(c["name"] for c in calls_of(r)).values())) for r in rows)
    assert shapes[(2, 2)] > 50  # two functions, each for two values


def test_rows_offer_the_needed_tools_and_at_most_one_other(source):
    _, rows = source
    for row in rows:
        offered = [t["name"] for t in json.loads(row["tools"])]
        needed = {c["name"] for c in calls_of(row)}
        assert needed <= set(offered) and len(offered) - len(needed) <= 1


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("catalogue", [rich_synthetic.CATALOGUE, rich_diverse.CATALOGUE], ids=GENERATORS)
def test_cross_rows_call_every_combination(seed, catalogue):
    clause, tools, calls = rich_multi_call._cross(random.Random(seed), catalogue)
    (tool,) = tools
    assert tool in catalogue
    varying = [p for p in calls[0]["arguments"] if len({json.dumps(c["arguments"][p]) for c in calls}) > 1]
    values = [{json.dumps(c["arguments"][p]) for c in calls} for p in varying]
    combos = {tuple(json.dumps(c["arguments"][p]) for p in varying) for c in calls}
    if len(calls) > 1:
        assert len(varying) == 2 and combos == set(itertools.product(*values)), clause
        assert len(calls) == len(combos) >= 4
    assert {c["name"] for c in calls} == {tool.name}


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("kind", ["tasks", "cases"])
def test_one_sentence_per_call_in_the_order_asked(kind, seed):
    text, _, calls = getattr(rich_multi_call, f"_{kind}")(random.Random(seed))
    leads = [lead for group in rich_multi_call.ORDINALS + rich_multi_call.CASE_LEADS for lead in group]
    pattern = (
        r"(?:^|[.?!] )(" + "|".join(re.escape(lead) for lead in sorted(leads, key=len, reverse=True)) + "),"
    )
    assert len(re.findall(pattern, text)) == len(calls), text
    keys = [json.dumps(c, sort_keys=True) for c in calls]
    assert len(set(keys)) == len(keys), text
