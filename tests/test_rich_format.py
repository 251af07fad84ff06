"""The format generator: valid rows whose place, date, month, time and unit arguments are the
question's value written in the format the parameter's description states ("e.g. Boston, MA",
"MM-DD-YYYY", "like 'ounce' or 'kg'"), and as the question states it where the description states
none; the same value in different formats across tools; tools of its own. The question is read back
and each format written by this file's own parser and formatter, not the generator's."""

import json
import re
from collections import Counter, defaultdict
from datetime import date

import pytest

from data_builders import rich_format
from data_builders.format_values import US_CITIES, WORLD_CITIES

MONTH_NAMES = [date(2024, m, 1).strftime("%B") for m in range(1, 13)]
MONTH = "(" + "|".join(MONTH_NAMES + [m[:3] for m in MONTH_NAMES]) + ")"
STATES = {  # this file's own table: full name -> USPS code
    "Arizona": "AZ",
    "California": "CA",
    "Colorado": "CO",
    "Florida": "FL",
    "Georgia": "GA",
    "Illinois": "IL",
    "Louisiana": "LA",
    "Massachusetts": "MA",
    "Michigan": "MI",
    "Minnesota": "MN",
    "Missouri": "MO",
    "Nevada": "NV",
    "New York": "NY",
    "North Carolina": "NC",
    "Ohio": "OH",
    "Oregon": "OR",
    "Pennsylvania": "PA",
    "Tennessee": "TN",
    "Texas": "TX",
    "Utah": "UT",
    "Washington": "WA",
    "Wisconsin": "WI",
}
UNITS = {  # every spelling of a unit -> the unit
    **dict.fromkeys(["ounce", "ounces", "oz"], "ounce"),
    **dict.fromkeys(["pound", "pounds", "lb"], "pound"),
    **dict.fromkeys(["gram", "grams", "g"], "gram"),
    **dict.fromkeys(["kilogram", "kilograms", "kg"], "kilogram"),
    **dict.fromkeys(["foot", "feet", "ft"], "foot"),
    **dict.fromkeys(["meter", "meters", "m"], "meter"),
    **dict.fromkeys(["yard", "yards", "yd"], "yard"),
    **dict.fromkeys(["mile", "miles", "mi"], "mile"),
    **dict.fromkeys(["kilometer", "kilometers", "km"], "kilometer"),
    **dict.fromkeys(["gallon", "gallons", "gal"], "gallon"),
    **dict.fromkeys(["liter", "liters", "l"], "liter"),
}
DATE_FORMATS = {  # what a description states (a pattern, or an example of its shape) -> strftime
    "%Y-%m-%d": r"YYYY-MM-DD|\b\d{4}-\d{2}-\d{2}\b",
    "%m-%d-%Y": r"MM-DD-YYYY",
    "%d-%m-%Y": r"DD-MM-YYYY",
    "%d/%m/%Y": r"DD/MM/YYYY|\b(1[3-9]|2\d|3[01])/(0\d|1[0-2])/\d{4}\b",
    "%m/%d/%Y": r"MM/DD/YYYY|\b(0\d|1[0-2])/(1[3-9]|2\d|3[01])/\d{4}\b",
    "%B {day}, %Y": r"'(" + "|".join(MONTH_NAMES) + r") \d{1,2}, \d{4}'",
}
MONTH_YEAR_FORMATS = {
    "%m-%Y": r"mm-yyyy",
    "%Y-%m": r"YYYY-MM\b|\b\d{4}-\d{2}\b",
    "%B %Y": r"Month YYYY|'(" + "|".join(MONTH_NAMES) + r") \d{4}'",
}
MONTH_FORMATS = {"%b": r"[Tt]hree-letter month", "%m": r"[Tt]wo-digit month", "%B": r"[Mm]onth name"}
TIME_FORMATS = {"%H:%M": r"24-hour", "12-hour": r"'\d{1,2}:\d{2} [AP]M'"}
PLACE_FORMATS = {  # checked in this order
    "City, ST": r"City, ST\b|e\.g\. [A-Z][a-z]+(?: [A-Z][a-z]+)*, [A-Z]{2}\b|state abbreviation, e\.g\.",
    "City, State": r"City, State\b|city, then full state name",
    "City, Country": r"City, Country",
    "State": r"full state name|spelled out in full",
    "ST": r"[Tt]wo-letter state code|USPS state abbreviation",
    "City": r"name only|as a city name like|City name, e\.g\.",
}


@pytest.fixture(scope="module")
def rows():
    return rich_format.generate(3000, seed=0)


def calls_of(row) -> list[dict]:
    return json.loads(row["answers"])


def params_of(name: str) -> dict:
    (tool,) = [t for t in rich_format.CATALOGUE if t.name == name]
    return {p.name: p for p in tool.params}


def stated_format(description: str, kind: str) -> tuple[str, str] | None:
    """(what the argument is, its format) as the description states them; None when it states none."""
    quoted = re.findall(r"'([^']+)'", description)
    if quoted and all(q in UNITS for q in quoted):
        return "unit", "|".join(quoted)
    if kind == "integer":
        return ("month", "number") if re.search(r"[Mm]onth as a number", description) else None
    for what, formats in (
        ("date", DATE_FORMATS),
        ("month of year", MONTH_YEAR_FORMATS),
        ("month", MONTH_FORMATS),
        ("time", TIME_FORMATS),
        ("place", PLACE_FORMATS),
    ):
        for form, pattern in formats.items():
            if re.search(pattern, description):
                return what, form
    return None


def month_number(name: str) -> int:
    return [m[:3] for m in MONTH_NAMES].index(name[:3]) + 1


def stated_values(query: str) -> dict:
    """What the question states: dates, months of a year, bare months, times, places, units, numbers,
    and the text of each date and place as written."""
    found = defaultdict(set)
    for y, m, d in re.findall(r"\b(\d{4})-(\d{2})-(\d{2})\b", query):
        found["date"].add(date(int(y), int(m), int(d)))
    for pattern, order in (
        (MONTH + r" (\d{1,2})(?:st|nd|rd|th)?, (\d{4})", "mdy"),
        (r"(\d{1,2}) " + MONTH + r" (\d{4})", "dmy"),
        (r"the (\d{1,2})(?:st|nd|rd|th) of " + MONTH + r", (\d{4})", "dmy"),
    ):
        for match in re.finditer(r"\b" + pattern, query):
            a, b, year = match.groups()
            month, day = (a, b) if order == "mdy" else (b, a)
            found["date"].add(date(int(year), month_number(month), int(day)))
            found["text"].add(match.group())
    for month, year in re.findall(r"(?<!\d )\b" + MONTH + r"(?: of)? (\d{4})\b", query):
        found["month of year"].add(date(int(year), month_number(month), 1))
    for month in re.findall(r"(?<!\d )\b(" + "|".join(MONTH_NAMES) + r")\b(?!,? \d| of \d)", query):
        found["month"].add(month_number(month))
        found["text"].add(month)
    for h, m, half in re.findall(r"\b(\d{1,2})(?::(\d{2}))? ?(am|pm|AM|PM)\b", query):
        found["time"].add((int(h) % 12 + (12 if half.lower() == "pm" else 0), int(m or 0)))
    for h, m in re.findall(r"\b(\d{1,2}):(\d{2})\b(?! ?(?:am|pm|AM|PM))", query):
        found["time"].add((int(h), int(m)))
    for city, region in {**US_CITIES, **WORLD_CITIES}.items():
        suffixes = [region, STATES.get(region, region)]
        suffix = "|".join(re.escape(s) for s in suffixes)
        for match in re.finditer(rf"\b{re.escape(city)}(?:, ({suffix}))?(?![\w])", query):
            found["place"].add(city)
            found["text"].add(match.group())
    for name, code in STATES.items():
        if re.search(rf"\b({re.escape(name)}|{code})\b", query):
            found["state"].add(name)
    for word in re.findall(r"\b[a-z]+\b", query):
        if word in UNITS:
            found["unit"].add(UNITS[word])
    found["number"] = {int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", query)}
    return found


def written(what: str, form: str, value) -> str | int:
    """`value` written in `form`, by this file's rules."""
    if what in ("date", "month of year", "month"):
        if form == "number":
            return value.month if isinstance(value, date) else value
        d = value if isinstance(value, date) else date(2024, value, 1)
        return d.strftime(form.replace("{day}", str(d.day)))
    if what == "time":
        h, m = value
        return (
            f"{h:02d}:{m:02d}"
            if form == "%H:%M"
            else f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        )
    if form in ("State", "ST"):
        return {"State": value, "ST": STATES[value]}[form]
    if what == "place":
        region = US_CITIES.get(value) or WORLD_CITIES[value]
        return {
            "City, ST": f"{value}, {STATES.get(region)}",
            "City, State": f"{value}, {region}",
            "City, Country": f"{value}, {region}",
            "City": value,
        }[form]
    raise ValueError(what)


def check_call(call: dict, found: dict, seen: Counter, formats: dict, query: str) -> None:
    params = params_of(call["name"])
    for name, value in call["arguments"].items():
        param = params[name]
        stated = stated_format(param.description, param.type)
        if stated is None:  # as the question states it
            if isinstance(value, int):
                assert value in found["number"], (name, value, query)
            elif value not in found["text"]:  # verbatim; a place or date whole: not "Austin" of "Austin, TX"
                assert re.search(rf"(?<!\w){re.escape(value)}(?!\w)", query), (name, value, query)
                partial = [t for t in found["text"] if t.startswith(value)]
                assert not partial, (name, value, query)
            seen["as stated"] += 1
            continue
        what, form = stated
        if what == "unit":
            spellings = set(form.split("|"))
            assert value in spellings and UNITS[value] in found["unit"], (name, value, query)
            assert len({UNITS[s] for s in spellings}) == len(spellings), param.description  # one each
            seen["unit", "respelled" if not re.search(rf"\b{value}\b", query) else "as stated"] += 1
            continue
        pool = found["state" if what == "place" and form in ("State", "ST") else what]
        if what == "month":  # "June" of "June 2028" is stated too
            pool = pool | {d.month for d in found["date"] | found["month of year"]}
        options = {written(what, form, v): v for v in pool}
        assert value in options, (name, value, form, query)
        formats[what][options[value]].add(form)
        seen[
            what,
            form,
            "as stated" if re.search(rf"(?<!\w){re.escape(str(value))}(?!\w)", query) else "rewritten",
        ] += 1


def test_every_argument_is_the_question_s_value_in_the_format_its_description_states(rows):
    seen, formats = Counter(), defaultdict(lambda: defaultdict(set))
    for row in rows:
        found = stated_values(row["query"])
        for call in calls_of(row):
            check_call(call, found, seen, formats, row["query"])
    for what, form in [
        ("place", "City, ST"),
        ("place", "City, State"),
        ("place", "City, Country"),
        ("place", "State"),
        ("place", "ST"),
        ("date", "%m-%d-%Y"),
        ("date", "%d/%m/%Y"),
        ("date", "%Y-%m-%d"),
        ("month of year", "%m-%Y"),
        ("month", "number"),
        ("time", "%H:%M"),
    ]:  # the question states it otherwise: the call rewrites it
        assert seen[what, form, "rewritten"] >= 50, (what, form, seen)
    assert seen["unit", "respelled"] >= 100 and seen["as stated"] >= 500, seen


def test_the_same_value_takes_different_formats_across_tools(rows):
    formats = defaultdict(lambda: defaultdict(set))
    for row in rows:
        found = stated_values(row["query"])
        for call in calls_of(row):
            check_call(call, found, Counter(), formats, row["query"])
    cities = [
        c for c, f in formats["place"].items() if c in US_CITIES and {"City, ST", "City, State", "City"} <= f
    ]
    assert len(cities) >= 30, formats["place"]
    assert sum(len(f) >= 2 for f in formats["date"].values()) >= 50
    assert all(len(formats["month"][m]) >= 3 for m in range(1, 13))
    kinds = Counter(
        stated[0]
        for t in rich_format.CATALOGUE
        for p in t.params
        if (stated := stated_format(p.description, p.type))
    )
    assert kinds["place"] >= 15 and kinds["date"] >= 10 and kinds["unit"] >= 5, kinds


@pytest.mark.parametrize(
    ("query", "description", "expected"),
    [  # the failures measured on BFCL, read by this file's rules
        (
            "Find a vegan restaurant in Los Angeles.",
            "The city and state, e.g. Los Angeles, CA",
            "Los Angeles, CA",
        ),
        ("Cases filed after January 1, 2021.", "Start in the format of MM-DD-YYYY.", "01-01-2021"),
        ("Concerts in April 2022.", "Date of the concert in 'mm-yyyy' format.", "04-2022"),
        ("Lawsuits in California.", "Location in the format of full state name.", "California"),
        ("Lawsuits in CA.", "Location in the format of full state name.", "California"),
    ],
)
def test_the_rules_read_the_measured_failures_as_bfcl_accepts_them(query, description, expected):
    what, form = stated_format(description, "string")
    found = stated_values(query)
    pool = found["state" if form in ("State", "ST") else what]
    assert expected in {written(what, form, v) for v in pool}


def test_the_catalogue_is_large():  # names new: tests/test_rich_row_sources.py
    assert len(rich_format.CATALOGUE) >= 25
