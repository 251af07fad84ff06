"""Rows whose string arguments take the format the parameter's description states, whatever form
the question states the value in: a place stated "in Austin" passed as "Austin, TX" (e.g. Boston,
MA), "Austin, Texas" (City, State), "Texas" (full state name) or "Austin" (city name only); a date
stated "the 5th of March, 2022" passed as 2022-03-05, 03-05-2022 or 05/03/2022; "April 2022" as
04-2022 (mm-yyyy); "December" as 12 or "Dec"; "3:30 pm" as 15:30; "per oz" as "ounce" when the
description spells it 'ounce'. A description that states no format takes the value as the question
states it. 33 tools of their own (`format_catalogue`: travel, legal, events, retail, weather,
sports, real estate); the same value takes different formats across tools, so only the description
decides. Mostly single-call rows, alone or among other tools, as BFCL's simple and multiple
categories ask; some parallel ones.

`python -m data_builders.bfcl_train --rich-format N` adds N of these rows to the training file.
"""

from __future__ import annotations

from data_builders.format_catalogue import FORMAT
from data_builders.rich_synthetic import catalogue_rows
from data_builders.rich_tool import Tool

CATALOGUE: list[Tool] = FORMAT


def generate(rows: int, seed: int = 0) -> list[dict]:
    return catalogue_rows("format", CATALOGUE, rows, seed)
