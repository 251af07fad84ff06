"""The scale generator: valid rows whose rate arguments are the question's rate in the convention
the parameter's description states (a decimal fraction or a percent), whose other numbers are the
amounts the question states read at their scale ("213 million" -> 213000000), exact floats, and
tools of its own. The question is read back by a parser of this file, not by the generator."""

import json
import re
from collections import Counter
from decimal import Decimal

import pytest

from data_builders import rich_scale
from data_builders.scale_values import decimal_text

NUMBER = r"((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
SCALE = {"thousand": 3, "k": 3, "K": 3, "million": 6, "M": 6, "billion": 9, "B": 9, "bn": 9}
STATED = re.compile(NUMBER + r"(?:\s?(thousand|million|billion|bn|[kKMB])\b)?")
RATE = re.compile(r"(?<![\d.,])" + NUMBER + r"(?:\s?(%|percent\b|per cent\b))?")
WORDS = {  # longest first: "half a million" is not "a million"
    "three quarters of a million": 750000,
    "a quarter of a million": 250000,
    "two and a half million": 2500000,
    "one and a half million": 1500000,
    "a hundred thousand": 100000,
    "half a million": 500000,
    "half a billion": 500000000,
    "a million": 1000000,
    "a billion": 1000000000,
}


@pytest.fixture(scope="module")
def rows():
    return rich_scale.generate(3000, seed=0)


def calls_of(row) -> list[dict]:
    return json.loads(row["answers"])


def params_of(name: str) -> dict:
    (tool,) = [t for t in rich_scale.CATALOGUE if t.name == name]
    return {p.name: p for p in tool.params}


def convention(description: str) -> str | None:
    """What a rate parameter's description says it takes: "fraction", "percent" or None."""
    fraction = bool(re.search(r"fraction|as a decimal", description))
    percent = bool(re.search(r"in percent|as a percentage", description))
    assert not (fraction and percent), description
    return "fraction" if fraction else "percent" if percent else None


def stated_rates(query: str) -> Counter:
    """Rates the question states, in hundredths of a percent: "7.5%" and "0.075" -> 750; a bare
    number below 1 is a decimal fraction."""
    found = Counter()
    for number, sign in RATE.findall(query):
        value = Decimal(number.replace(",", ""))
        if sign:
            found[value * 100] += 1
        elif value < 1:
            found[value * 10000] += 1
    return found


def stated_amounts(query: str) -> tuple[set, set]:
    """Numbers the question states: (read at their scale, written plainly). "213 million" is
    213000000 and never 213."""
    scaled, plain = set(), set()
    for phrase, value in WORDS.items():
        if phrase in query:
            scaled.add(Decimal(value))
            query = query.replace(phrase, " ")
    for number, scale in STATED.findall(query):
        value = Decimal(number.replace(",", ""))
        if scale:
            scaled.add(value * 10 ** SCALE[scale])
        else:
            plain.add(value)
    return scaled, plain


def test_every_rate_is_the_question_s_rate_in_the_convention_its_description_states(rows):
    seen = Counter()
    for row in rows:
        stated = stated_rates(row["query"])
        for call in calls_of(row):
            params = params_of(call["name"])
            for name, value in call["arguments"].items():
                kind = convention(params[name].description)
                if kind is None:
                    continue
                basis_points = Decimal(repr(value)) * (10000 if kind == "fraction" else 100)
                assert stated[basis_points], (name, value, row["query"])
                as_fraction = re.search(
                    rf"(?<![\d.,]){re.escape(decimal_text(int(basis_points), 4))}(?![\d%]| ?per)",
                    row["query"],
                )
                seen[kind, "as a fraction" if as_fraction else "as a percent"] += 1
    # the same way of stating a rate is passed both ways: only the description decides
    assert all(seen[k, s] >= 100 for k in ("fraction", "percent") for s in ("as a fraction", "as a percent"))


def test_one_rate_is_passed_in_both_conventions_across_rows(rows):
    passed = {"fraction": set(), "percent": set()}
    for row in rows:
        for call in calls_of(row):
            params = params_of(call["name"])
            for name, value in call["arguments"].items():
                kind = convention(params[name].description)
                if kind:
                    passed[kind].add(Decimal(repr(value)) * (100 if kind == "fraction" else 1))
    assert len(passed["fraction"] & passed["percent"]) >= 100


def test_every_other_number_is_an_amount_the_question_states_at_its_scale(rows):
    seen = Counter()
    for row in rows:
        scaled, plain = stated_amounts(row["query"])
        for call in calls_of(row):
            params = params_of(call["name"])
            for name, value in call["arguments"].items():
                if isinstance(value, str) or convention(params[name].description):
                    continue
                assert isinstance(value, int), (name, value)
                assert Decimal(value) in scaled | plain, (name, value, row["query"])
                seen["scaled" if Decimal(value) in scaled else "plain"] += 1
                if value >= 10000:
                    seen["large, plain"] += Decimal(value) in plain
    assert seen["scaled"] >= 3000 and seen["large, plain"] >= 300, seen


@pytest.mark.parametrize(
    ("form", "scale"),
    [
        (r"(\d+) million", 10**6),  # "213 million" -> 213000000, not 213000
        (r"(\d+\.\d+) million", 10**6),  # "8.5 million" -> 8500000, not 8.5
        (r"\$(\d+(?:\.\d+)?) billion", 10**9),  # "$1.2 billion"
        (r"(\d+) thousand", 10**3),  # "350 thousand"
        (r"\$(\d+(?:\.\d+)?)M", 10**6),  # "$4.5M"
        (r"(\d+)k", 10**3),  # "12k"
        (r"(half a million)", None),
    ],
)
def test_each_form_of_the_measured_errors_is_passed_in_full(rows, form, scale):
    pattern, found = re.compile(rf"(?<![\d.,]){form}\b"), 0
    for row in rows:
        (call, *more) = calls_of(row)
        for match in pattern.finditer(row["query"]):
            if more:
                continue
            value = 500000 if scale is None else Decimal(match.group(1)) * scale
            assert any(Decimal(v) == value for v in call["arguments"].values() if isinstance(v, int)), row
            found += 1
    assert found >= 10, form


def test_numbers_are_exact(rows):
    """Integer arithmetic: 8.5 million is 8500000, 7.5% is 0.075 (never 0.07500000000000001)."""
    for row in rows:
        for call in calls_of(row):
            for value in call["arguments"].values():
                if isinstance(value, float):
                    assert len(Decimal(repr(value)).as_tuple().digits) <= 4, (value, row["query"])
    assert decimal_text(750, 4) == "0.075" and decimal_text(750, 2) == "7.5" and decimal_text(85, 1) == "8.5"
    assert decimal_text(700, 2) == "7" and decimal_text(5, 4) == "0.0005"


def test_the_catalogue_is_large_and_states_both_conventions():  # names new: test_rich_row_sources.py
    assert len(rich_scale.CATALOGUE) >= 20
    kinds = Counter(convention(p.description) for t in rich_scale.CATALOGUE for p in t.params)
    assert kinds["fraction"] >= 10 and kinds["percent"] >= 10
