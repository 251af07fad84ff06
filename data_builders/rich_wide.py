"""Rows over the widest catalogue: the diverse catalogue's 269 tools (science, money, world,
leisure) and about 260 more in four domains of their own: care (`wide_catalogue_care`: clinical
dosing and scores, pharmacy, laboratory values, dentistry, veterinary medicine, public health),
tech (`_tech`: software, networks, databases, cloud, security, text and data), work (`_work`:
office, HR, contracts, schools, logistics, support, projects, sales) and trades (`_trades`: home
improvement, construction, plumbing and electrical work, farming, energy, manufacturing, vehicle
repair, waste). The diverse rows gave each of 269 tools ~11 rows and gained 3 points over rows
that repeat a few dozen tools; these rows spread the same 3,000 over twice as many tools.

`python -m data_builders.bfcl_train --rich-wide N` adds N of these rows to the training file.
`DOMAINS` also serves the near-miss abstain rows (`data_builders.near_miss_abstain`).
"""

from __future__ import annotations

from data_builders import rich_diverse
from data_builders.rich_synthetic import catalogue_rows
from data_builders.rich_tool import Tool
from data_builders.wide_catalogue_care import WIDE_CARE
from data_builders.wide_catalogue_tech import WIDE_TECH
from data_builders.wide_catalogue_trades import WIDE_TRADES
from data_builders.wide_catalogue_work import WIDE_WORK

DOMAINS: dict[str, list[Tool]] = {
    **rich_diverse.DOMAINS,
    "care": WIDE_CARE,
    "tech": WIDE_TECH,
    "work": WIDE_WORK,
    "trades": WIDE_TRADES,
}
CATALOGUE: list[Tool] = [tool for domain in DOMAINS.values() for tool in domain]
NEW_TOOLS: list[Tool] = WIDE_CARE + WIDE_TECH + WIDE_WORK + WIDE_TRADES


def generate(rows: int, seed: int = 0) -> list[dict]:
    return catalogue_rows("wide", CATALOGUE, rows, seed)
