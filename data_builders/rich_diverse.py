"""Rows over a wide catalogue: 269 tools of their own (`diverse_catalogue_science`, `_money`,
`_world`, `_leisure`), each a different job, so that 3,000 rows give each tool ~11 rows instead of
the ~70-110 the other synthetic catalogues give theirs. They ask whether the number of distinct
tools, rather than the number of rows, is what the model lacks. Mostly single-call rows, alone or
among other tools, as BFCL's simple and multiple categories ask; some parallel ones.

`python -m data_builders.bfcl_train --rich-diverse N` adds N of these rows to the training file.
"""

from __future__ import annotations

from data_builders.diverse_catalogue_leisure import DIVERSE_LEISURE
from data_builders.diverse_catalogue_money import DIVERSE_MONEY
from data_builders.diverse_catalogue_science import DIVERSE_SCIENCE
from data_builders.diverse_catalogue_world import DIVERSE_WORLD
from data_builders.rich_synthetic import catalogue_rows
from data_builders.rich_tool import Tool

DOMAINS: dict[str, list[Tool]] = {
    "science": DIVERSE_SCIENCE,
    "money": DIVERSE_MONEY,
    "world": DIVERSE_WORLD,
    "leisure": DIVERSE_LEISURE,
}
CATALOGUE: list[Tool] = [tool for domain in DOMAINS.values() for tool in domain]


def generate(rows: int, seed: int = 0) -> list[dict]:
    return catalogue_rows("diverse", CATALOGUE, rows, seed)
