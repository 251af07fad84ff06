"""Wide rows (`--rich-wide N`): the diverse catalogue and four domains more, a few rows per tool. The
checks every single-call-leaning source shares are in tests/test_rich_row_sources.py."""

import json
from collections import Counter

import pytest

from data_builders import rich_diverse, rich_wide
from data_builders.wide_catalogue_care import WIDE_CARE
from data_builders.wide_catalogue_tech import WIDE_TECH
from data_builders.wide_catalogue_trades import WIDE_TRADES
from data_builders.wide_catalogue_work import WIDE_WORK

BFCL_TYPES = {"integer", "float", "string", "boolean", "array", "dict"}


@pytest.mark.parametrize("domain", [WIDE_CARE, WIDE_TECH, WIDE_WORK, WIDE_TRADES])
def test_each_new_domain_holds_many_tools(domain):
    assert len(domain) >= 55


def test_the_catalogue_is_the_diverse_one_and_as_many_tools_again():
    assert rich_wide.CATALOGUE[: len(rich_diverse.CATALOGUE)] == rich_diverse.CATALOGUE
    assert len(rich_wide.NEW_TOOLS) >= 0.9 * len(rich_diverse.CATALOGUE)
    assert len(rich_wide.CATALOGUE) == len(rich_diverse.CATALOGUE) + len(rich_wide.NEW_TOOLS)


def test_every_tool_is_asked_several_ways_with_bfcl_types():
    """The diverse catalogue's tools and the new ones."""
    for tool in rich_wide.CATALOGUE:
        assert len(set(tool.templates)) >= 2, tool.name
        for param in tool.params:
            assert param.type in BFCL_TYPES, (tool.name, param.name)
            if param.type == "array":
                assert "items" in param.schema, (tool.name, param.name)


def test_every_new_tool_takes_strings_from_the_question_or_a_stated_format():
    """A string argument is the question's own text, an enum code, or a date the description asks
    for as YYYY-MM-DD: the model learns to copy, never to invent."""
    rows = rich_wide.generate(3000, seed=0)
    new = {t.name: t for t in rich_wide.NEW_TOOLS}
    outside = []
    for row in rows:
        for call in json.loads(row["answers"]):
            tool = new.get(call["name"])
            if tool is None:
                continue
            for param in tool.params:
                value = call["arguments"].get(param.name)
                texts = value if isinstance(value, list) else [value]
                for text in texts:
                    if not isinstance(text, str) or text in row["query"]:
                        continue
                    if text in param.schema.get("enum", ()) or text in param.schema.get("items", {}).get(
                        "enum", ()
                    ):
                        continue
                    if "YYYY-MM-DD" in param.description:
                        continue
                    outside.append((call["name"], param.name, text))
    assert len(outside) <= 0.01 * len(rows), outside[:10]


def test_rows_spread_over_the_whole_catalogue():
    """3,000 rows over ~530 tools: nearly every tool asked, none taking a large share."""
    rows = rich_wide.generate(3000, seed=0)
    asked = Counter(call["name"] for row in rows for call in json.loads(row["answers"]))
    assert set(asked) <= {t.name for t in rich_wide.CATALOGUE}
    assert len(asked) >= 0.97 * len(rich_wide.CATALOGUE)
    assert max(asked.values()) <= 5 * sum(asked.values()) / len(asked)
