"""Value generators for the rich synthetic catalogue: each returns `(text, value)`, the text as a
user writes it ("12,000 km", "100g", "$2,500", "7.5%") and the clean JSON value a call carries
(12000, 100, 2500, 7.5)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

Gen = Callable[[random.Random], tuple[str, object]]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def number_text(value, decimals: int, r: random.Random) -> str:
    """`value` as written in a question: thousand separators on about half the large numbers."""
    sep = "," if abs(value) >= 1000 and r.random() < 0.55 else ""
    return f"{value:{sep}.{decimals}f}"


def _number(r: random.Random, lo: float, hi: float, decimals: int):
    value = round(r.uniform(lo, hi), decimals) if decimals else r.randint(int(lo), int(hi))
    if decimals and value == int(value):
        value = round(value + 10**-decimals, decimals)
    return value


def qty(lo: float, hi: float, units=("",), decimals: int = 0) -> Gen:
    """A number with one of `units` ("kg", " kilograms"; a unit without a leading space is
    written either glued, "100g", or spaced)."""

    def gen(r):
        value = _number(r, lo, hi, decimals)
        unit = r.choice(units)
        if unit and not unit.startswith(" "):
            unit = r.choice(["", " "]) + unit
        return number_text(value, decimals, r) + unit, value

    return gen


def money(lo: int, hi: int, decimals: int = 0) -> Gen:
    def gen(r):
        value = _number(r, lo, hi, decimals)
        text = number_text(value, decimals, r)
        form = r.choice(["${}", "$ {}", "{} dollars", "{} USD", "USD {}"])
        return form.format(text), value

    return gen


def percent(lo: float, hi: float, decimals: int = 1, as_fraction: bool = False) -> Gen:
    """ "7.5%" -> 7.5, or 0.075 when the parameter takes a fraction."""

    def gen(r):
        value = _number(r, lo, hi, decimals)
        text = f"{value:.{decimals}f}" + r.choice(["%", " %", " percent"])
        return text, round(value / 100, decimals + 2) if as_fraction else value

    return gen


def pick(*options) -> Gen:
    """One of `options`: plain values (text = str(value)) or (text, value) pairs."""
    pairs = [o if isinstance(o, tuple) else (str(o), o) for o in options]
    return lambda r: r.choice(pairs)


def numbers(lo: int, hi: int, size=(3, 6), decimals: int = 0) -> Gen:
    """A list of numbers, written "[3, 5, 8]" or "3, 5 and 8"."""

    def gen(r):
        values = [_number(r, lo, hi, decimals) for _ in range(r.randint(*size))]
        texts = [f"{v:.{decimals}f}" for v in values]
        if r.random() < 0.5:
            return "[" + ", ".join(texts) + "]", values
        return ", ".join(texts[:-1]) + " and " + texts[-1], values

    return gen


def day(start_year: int = 2023, years: int = 4) -> Gen:
    """A calendar date written in words or ISO; the value is always YYYY-MM-DD."""

    def gen(r):
        d = date(start_year, 1, 1) + timedelta(days=r.randrange(365 * years))
        text = r.choice(
            [
                f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
                d.isoformat(),
                f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            ]
        )
        return text, d.isoformat()

    return gen


def words(*options: str) -> Gen:
    """A string value the question quotes as is."""
    return lambda r: (lambda w: (w, w))(r.choice(options))


def quoted(*options: str) -> Gen:
    return lambda r: (lambda w: (f"'{w}'", w))(r.choice(options))


def year(lo: int, hi: int) -> Gen:
    """A year written plainly ("1987", never "1,987")."""

    def gen(r):
        y = r.randint(lo, hi)
        return str(y), y

    return gen


def join_texts(texts: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " and " + texts[-1]


def listing(options, size=(2, 4), quote: bool = False) -> Gen:
    """Several distinct `options`, written "A, B and C" (each in quotes with `quote`); the value is
    the list."""

    def gen(r):
        chosen = r.sample(list(options), r.randint(*size))
        return join_texts([f"'{c}'" if quote else c for c in chosen]), chosen

    return gen


def switched_on(r):
    """An optional boolean whose clause states it in full (" and include the crew"): no text of
    its own, the value True."""
    return "", True


def zip_code(r):
    """A five-digit US ZIP code, written and passed as is."""
    code = f"{r.randint(1001, 99950):05d}"
    return code, code
