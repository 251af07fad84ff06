"""Rows whose arguments are copied from the question: names, codes and titles a call must carry
verbatim ("HSBC", "Xi'an", "BRK-B", "ORD-2024-88123", "Mary-Kate O'Neill", "C:\\Users\\..."),
numbers a word problem states in words ("starts from rest" -> 0, "a dozen" -> 12, "twice a day"
-> 2) and unit arguments given exactly when the question states the unit ("half an hour" ->
duration 0.5, duration_unit "hours"). 45 tools of their own (`copy_catalogue_names`,
`copy_catalogue_numbers`), names composed from parts and random codes, so that values rarely
repeat. Mostly single-call rows, alone or among other tools, as BFCL's simple and multiple
categories ask; some parallel ones.

`python -m data_builders.bfcl_train --rich-copy N` adds N of these rows to the training file.
"""

from __future__ import annotations

from data_builders.copy_catalogue_names import NAMES
from data_builders.copy_catalogue_numbers import NUMBERS
from data_builders.rich_synthetic import catalogue_rows
from data_builders.rich_tool import Tool

CATALOGUE: list[Tool] = NAMES + NUMBERS


def generate(rows: int, seed: int = 0) -> list[dict]:
    return catalogue_rows("copy", CATALOGUE, rows, seed)
