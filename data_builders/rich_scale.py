"""Rows whose numbers are off by a power of ten when read carelessly: rates stated as a percent or a
decimal fraction ("7%", "7.5 per cent", "0.075") and passed in the convention the parameter's
description states ("as a decimal fraction (e.g. 0.05 for 5%)" -> 0.075, "in percent (e.g. 5 for
5%)" -> 7.5), and amounts stated with scale words or suffixes ("213 million" -> 213000000, "$4.5M"
-> 4500000, "12k" -> 12000, "half a million" -> 500000) or thousand separators. 27 tools of their
own (`scale_catalogue`: finance, economics, demographics, science); the same rates occur in both
conventions across tools, so only the description decides. Mostly single-call rows, alone or among
other tools, as BFCL's simple and multiple categories ask; some parallel ones.

`python -m data_builders.bfcl_train --rich-scale N` adds N of these rows to the training file.
"""

from __future__ import annotations

from data_builders.rich_synthetic import catalogue_rows
from data_builders.rich_tool import Tool
from data_builders.scale_catalogue import SCALE

CATALOGUE: list[Tool] = SCALE


def generate(rows: int, seed: int = 0) -> list[dict]:
    return catalogue_rows("scale", CATALOGUE, rows, seed)
