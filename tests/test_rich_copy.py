"""The copy generator: valid rows whose string arguments occur verbatim in the question, numbers read
from word problems, unit arguments given when the question states the unit, tools of its own, and
values varied enough that rows do not repeat."""

import json
import random
import re
from collections import Counter

import pytest

from data_builders import copy_values, rich_copy
from data_builders.copy_numbers import in_words


@pytest.fixture(scope="module")
def rows():
    return rich_copy.generate(3000, seed=0)


def calls_of(row) -> list[dict]:
    return json.loads(row["answers"])


def single_calls(rows, name: str):
    for row in rows:
        calls = calls_of(row)
        if len(calls) == 1 and calls[0]["name"] == name:
            yield row["query"], calls[0]["arguments"]


def string_leaves(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from string_leaves(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from string_leaves(item)


def test_every_free_string_argument_is_copied_verbatim_from_the_question(rows):
    """Every string but an enum value or a date: names, codes, paths, titles (without quotes)."""
    tools = {t.name: t for t in rich_copy.CATALOGUE}
    checked = 0
    for row in rows:
        for call in calls_of(row):
            params = {p.name: p for p in tools[call["name"]].params}
            for name, value in call["arguments"].items():
                if "enum" in params[name].schema:
                    assert value in params[name].schema["enum"]
                    continue
                if "YYYY-MM-DD" in params[name].description:  # dates are written in words too
                    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
                    continue
                for text in string_leaves(value):
                    assert text in row["query"], (text, row["query"])
                    checked += 1
    assert checked > 4000


def test_values_come_from_large_generators(rows):
    strings = [s for r in rows for c in calls_of(r) for s in string_leaves(c["arguments"])]
    assert len(set(strings)) >= 3000
    r = random.Random(0)
    composed = ["person", "company", "bank", "ticker", "airport_code", "product_code", "email"]
    composed += ["file_path", "title", "gadget", "street_address", "repository", "url", "plate", "phone"]
    for name in composed:
        make = getattr(copy_values, name)
        assert len({make(r) for _ in range(3000)}) >= 1000, name


WORD_PROBLEMS = {  # phrase -> (argument, value)
    "starts from rest": ("initial_speed", 0),
    "begins from a standstill": ("initial_speed", 0),
    "for half a dozen ": ("people", 6),
    "what a dozen ": ("quantity", 12),
    "what two dozen ": ("quantity", 24),
    "twice a day": ("doses_per_day", 2),
    "for a fortnight": ("days", 14),
    "a right angle": ("angle_degrees", 90),
    "half a million dollars": ("loan_amount", 500000),
    "from the freezing point of water": ("start_temperature", 0),
}


def test_word_problem_numbers_are_read_as_numbers(rows):
    found = Counter()
    for row in rows:
        for phrase, (argument, value) in WORD_PROBLEMS.items():
            if phrase in row["query"] and len(calls_of(row)) == 1:
                args = calls_of(row)[0]["arguments"]
                if argument in args:
                    assert args[argument] == value, row["query"]
                    found[phrase] += 1
    assert set(found) == set(WORD_PROBLEMS), set(WORD_PROBLEMS) - set(found)


def test_half_an_hour_is_half_of_the_hours_unit(rows):
    seen = 0
    for name in ("workout.calories_burned", "parking.estimate_fee"):
        for query, args in single_calls(rows, name):
            if re.search(r"for half an hour\b", query):
                assert (args["duration"], args["duration_unit"]) == (0.5, "hours"), query
                seen += 1
    assert seen >= 5


def test_the_unit_is_given_exactly_when_the_question_states_it(rows):
    seen = Counter()
    for query, args in single_calls(rows, "trip_planner.travel_time"):
        tail = query.split("for ", 1)[1].split(" at an average")[0]
        unit = "km" if re.search(r"km|kilomet", tail) else "miles" if re.search(r"mi\b|mile", tail) else None
        assert args.get("distance_unit") == unit, query
        seen[unit] += 1
    for query, args in single_calls(rows, "parking.estimate_fee"):
        unit = "minutes" if re.search(r"minutes|\bmin\b", query) else "hours"
        assert args["duration_unit"] == unit, query
        seen[unit] += 1
    assert all(seen[u] >= 3 for u in ("km", "miles", None, "minutes", "hours")), seen


def test_numbers_in_words():
    assert [in_words(n) for n in (0, 12, 23, 40, 100, 405, 999)] == [
        "zero",
        "twelve",
        "twenty-three",
        "forty",
        "one hundred",
        "four hundred and five",
        "nine hundred and ninety-nine",
    ]


def test_the_catalogue_is_large_and_shows_every_bfcl_type():  # names new: test_rich_row_sources.py
    assert len(rich_copy.CATALOGUE) >= 40
    params = [p for t in rich_copy.CATALOGUE for p in t.params]
    assert {p.type for p in params} == {"string", "integer", "float", "boolean", "array", "dict"}
    assert sum("enum" in p.schema for p in params) >= 10
