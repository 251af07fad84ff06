"""Diverse rows (`--rich-diverse N`): a wide catalogue, a few rows per tool. The checks every
single-call-leaning source shares are in tests/test_rich_row_sources.py; the check of every tool's
templates and types in tests/test_rich_wide.py (whose catalogue holds this one)."""

import json
from collections import Counter

import pytest

from data_builders import rich_diverse
from data_builders.diverse_catalogue_leisure import DIVERSE_LEISURE
from data_builders.diverse_catalogue_money import DIVERSE_MONEY
from data_builders.diverse_catalogue_science import DIVERSE_SCIENCE
from data_builders.diverse_catalogue_world import DIVERSE_WORLD
from data_builders.rich_copy import CATALOGUE as COPY_CATALOGUE
from data_builders.rich_synthetic import CATALOGUE as RICH_CATALOGUE


@pytest.mark.parametrize("domain", [DIVERSE_SCIENCE, DIVERSE_MONEY, DIVERSE_WORLD, DIVERSE_LEISURE])
def test_each_domain_holds_many_tools(domain):
    assert len(domain) >= 55


def test_the_catalogue_is_several_times_wider_than_the_others():
    assert len(rich_diverse.CATALOGUE) >= 3 * max(len(RICH_CATALOGUE), len(COPY_CATALOGUE))


def test_rows_spread_over_the_whole_catalogue():
    """3,000 rows: ~11 per tool, every tool asked, none taking a large share."""
    rows = rich_diverse.generate(3000, seed=0)
    asked = Counter(call["name"] for row in rows for call in json.loads(row["answers"]))
    assert set(asked) == {t.name for t in rich_diverse.CATALOGUE}
    assert max(asked.values()) <= 5 * sum(asked.values()) / len(asked)
