"""Value generators for the format catalogue: places, dates, months, times of day and units that a
question states one way ("in Austin", "on the 5th of March, 2022", "at 3:30 pm", "per oz") and a call
passes in the format the parameter's description states ("Austin, TX", "03-05-2022", "15:30",
"ounce"). A generator made with `form=None` passes the value as the question states it. Each
returns `(text, value)` like `data_builders.rich_values`."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

from data_builders.rich_values import MONTHS, Gen

STATE_CODES = {
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
US_CITIES = {  # city -> state; no city shares its name with a state of another city
    "Los Angeles": "California",
    "San Francisco": "California",
    "San Diego": "California",
    "Sacramento": "California",
    "Austin": "Texas",
    "Houston": "Texas",
    "Dallas": "Texas",
    "El Paso": "Texas",
    "Chicago": "Illinois",
    "Boston": "Massachusetts",
    "Seattle": "Washington",
    "Spokane": "Washington",
    "Denver": "Colorado",
    "Boulder": "Colorado",
    "Phoenix": "Arizona",
    "Tucson": "Arizona",
    "Miami": "Florida",
    "Orlando": "Florida",
    "Tampa": "Florida",
    "Atlanta": "Georgia",
    "Detroit": "Michigan",
    "Ann Arbor": "Michigan",
    "Minneapolis": "Minnesota",
    "St. Louis": "Missouri",
    "Las Vegas": "Nevada",
    "Reno": "Nevada",
    "New York": "New York",
    "Buffalo": "New York",
    "Charlotte": "North Carolina",
    "Raleigh": "North Carolina",
    "Cleveland": "Ohio",
    "Cincinnati": "Ohio",
    "Philadelphia": "Pennsylvania",
    "Pittsburgh": "Pennsylvania",
    "Nashville": "Tennessee",
    "Memphis": "Tennessee",
    "Salt Lake City": "Utah",
    "New Orleans": "Louisiana",
    "Milwaukee": "Wisconsin",
    "Eugene": "Oregon",
}
WORLD_CITIES = {
    "Paris": "France",
    "Lyon": "France",
    "Berlin": "Germany",
    "Munich": "Germany",
    "Madrid": "Spain",
    "Seville": "Spain",
    "Rome": "Italy",
    "Milan": "Italy",
    "Lisbon": "Portugal",
    "Vienna": "Austria",
    "Prague": "Czech Republic",
    "Amsterdam": "Netherlands",
    "Tokyo": "Japan",
    "Osaka": "Japan",
    "Seoul": "South Korea",
    "Toronto": "Canada",
    "Vancouver": "Canada",
    "Sydney": "Australia",
    "Melbourne": "Australia",
    "Nairobi": "Kenya",
    "Buenos Aires": "Argentina",
    "Mexico City": "Mexico",
    "Cape Town": "South Africa",
    "Edinburgh": "United Kingdom",
    "Manchester": "United Kingdom",
}
ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
UNITS = {  # canonical name -> (singular, plural, abbreviation a question may write or None)
    "ounce": ("ounce", "ounces", "oz"),
    "pound": ("pound", "pounds", "lb"),
    "gram": ("gram", "grams", None),
    "kilogram": ("kilogram", "kilograms", "kg"),
    "foot": ("foot", "feet", "ft"),
    "meter": ("meter", "meters", None),
    "yard": ("yard", "yards", "yd"),
    "mile": ("mile", "miles", None),
    "kilometer": ("kilometer", "kilometers", "km"),
    "gallon": ("gallon", "gallons", "gal"),
    "liter": ("liter", "liters", None),
}


def us_place(form: str | None) -> Gen:
    """A US city stated as "Austin", "Austin, TX" or "Austin, Texas"; passed as `form` says:
    "City, ST", "City, State", "City", or None (as stated)."""

    def gen(r):
        city = r.choice(sorted(US_CITIES))
        state = US_CITIES[city]
        text = r.choices([city, f"{city}, {STATE_CODES[state]}", f"{city}, {state}"], [5, 3, 2])[0]
        values = {
            "City, ST": f"{city}, {STATE_CODES[state]}",
            "City, State": f"{city}, {state}",
            "City": city,
        }
        return text, values[form] if form else text

    return gen


def world_place(form: str | None) -> Gen:
    """A city outside the US stated as "Lyon" or "Lyon, France"; passed as "City, Country", "City"
    or as stated."""

    def gen(r):
        city = r.choice(sorted(WORLD_CITIES))
        text = city if r.random() < 0.6 else f"{city}, {WORLD_CITIES[city]}"
        values = {"City, Country": f"{city}, {WORLD_CITIES[city]}", "City": city}
        return text, values[form] if form else text

    return gen


def any_city(form: str | None) -> Gen:
    """A US city or one elsewhere, passed as the city alone ("City") or as stated."""
    us, world = us_place(form), world_place(form)
    return lambda r: us(r) if r.random() < 0.6 else world(r)


def state(form: str) -> Gen:
    """A US state stated by name or code, passed as the full name ("State") or the code ("ST")."""

    def gen(r):
        name = r.choice(sorted(STATE_CODES))
        text = r.choices([name, STATE_CODES[name], f"the state of {name}"], [5, 3, 2])[0]
        return text, name if form == "State" else STATE_CODES[name]

    return gen


def render(d: date, form: str) -> str:
    """A date written in `form`: YYYY, MM and DD are zero-padded numbers, Month the month's name,
    Mon its three-letter abbreviation, D the day without padding ("Month D, YYYY")."""
    words = {
        "YYYY": str(d.year),
        "MM": f"{d.month:02d}",
        "DD": f"{d.day:02d}",
        "Month": MONTHS[d.month - 1],
        "Mon": MONTHS[d.month - 1][:3],
        "D": str(d.day),
    }
    return re.sub(r"YYYY|MM|DD|Month|Mon|D", lambda m: words[m.group()], form)


def _date(r: random.Random) -> date:
    return date(2019, 1, 1) + timedelta(days=r.randrange(8 * 365))


def day(form: str | None) -> Gen:
    """A date stated in words or ISO ("March 5, 2022", "Mar 5, 2022", "5 March 2022", "the 5th of
    March, 2022", "March 5th, 2022", "2022-03-05"), passed in `form` ("MM-DD-YYYY", ...)."""

    def gen(r):
        d = _date(r)
        nth = f"{d.day}{ORDINAL.get(d.day, 'th')}"
        month = MONTHS[d.month - 1]
        text = r.choice(
            [
                f"{month} {d.day}, {d.year}",
                f"{month[:3]} {d.day}, {d.year}",
                f"{d.day} {month} {d.year}",
                f"the {nth} of {month}, {d.year}",
                f"{month} {nth}, {d.year}",
                d.isoformat(),
            ]
        )
        return text, render(d, form) if form else text

    return gen


def month_of_year(form: str) -> Gen:
    """A month of a year stated as "April 2022", "April of 2022" or "Apr 2022", passed in `form`
    ("MM-YYYY", "YYYY-MM", "Month YYYY")."""

    def gen(r):
        d = _date(r)
        month = MONTHS[d.month - 1]
        text = r.choice([f"{month} {d.year}", f"{month} of {d.year}", f"{month[:3]} {d.year}"])
        return text, render(d, form)

    return gen


def month(form: str | None) -> Gen:
    """A month stated by name ("December"), passed as the name ("Month"), its abbreviation ("Mon"),
    its two-digit number as a string ("MM"), its number (int) or as stated (None)."""

    def gen(r):
        d = date(2024, r.randint(1, 12), 1)
        text = MONTHS[d.month - 1]
        if form == "int":
            return text, d.month
        return text, render(d, form) if form else text

    return gen


def clock(form: str) -> Gen:
    """A time of day stated as "3:30 pm", "3:30 PM", "3 pm" or "15:30", passed in 24-hour form
    ("HH:MM": "15:30") or 12-hour form ("h:MM AM": "3:30 PM")."""

    def gen(r):
        hour, minute = r.randint(6, 22), r.choice([0, 15, 30, 45])
        half = "AM" if hour < 12 else "PM"
        h12 = hour - 12 if hour > 12 else hour
        texts = [f"{h12}:{minute:02d} {half.lower()}", f"{h12}:{minute:02d} {half}", f"{hour}:{minute:02d}"]
        if minute == 0:
            texts.append(f"{h12} {half.lower()}")
        value = f"{hour:02d}:{minute:02d}" if form == "HH:MM" else f"{h12}:{minute:02d} {half}"
        return r.choice(texts), value

    return gen


def unit(spellings: dict[str, str] | tuple[str, ...], after: str = "number") -> Gen:
    """A unit stated as its word or abbreviation ("ounce" / "oz" after "per", "feet" / "ft" after a
    number or "in"); passed in the spelling the description gives it (`spellings`: canonical name ->
    that spelling) or, given a tuple of canonical names, as stated."""
    names = sorted(spellings)

    def gen(r):
        name = r.choice(names)
        singular, plural, abbreviation = UNITS[name]
        word = singular if after == "per" else plural
        text = abbreviation if abbreviation and r.random() < 0.35 else word
        return text, spellings[name] if isinstance(spellings, dict) else text

    return gen
