"""Number generators for the copy catalogue: numbers a question states in words ("starts from rest"
-> 0, "a dozen" -> 12, "twenty-three" -> 23, "twice a day" -> 2) and quantities whose text states
a unit ("half an hour" -> 0.5 with unit "hours", "12 miles" -> 12 with unit "miles"). A quantity's
value is a `Stated` (value, unit): `Tool.draw` gives the unit argument exactly when the text states
the unit."""

from __future__ import annotations

import random

from data_builders.rich_tool import Stated
from data_builders.rich_values import Gen, number_text

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
ONES = (ONES + " sixteen seventeen eighteen nineteen").split()
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def in_words(n: int) -> str:
    """0 <= n < 1000 in English words: 23 -> "twenty-three", 405 -> "four hundred and five"."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    rest = n % 100
    return ONES[n // 100] + " hundred" + (" and " + in_words(rest) if rest else "")


def spelled(lo: int, hi: int, suffix: str = "", words_rate: float = 0.6) -> Gen:
    """An integer written in words (or digits, 1 - words_rate of the time), then `suffix`."""

    def gen(r):
        n = r.randint(lo, hi)
        return (in_words(n) if r.random() < words_rate else str(n)) + suffix, n

    return gen


def phrases(*pairs: tuple[str, object], fallback: Gen | None = None, rate: float = 0.6) -> Gen:
    """One of the (text, value) `pairs` ("a dozen", 12); with `fallback`, that generator
    (1 - rate) of the time."""

    def gen(r):
        if fallback and r.random() >= rate:
            return fallback(r)
        return r.choice(pairs)

    return gen


def stated(lo: float, hi: float, units: dict[str, tuple[str, ...]], decimals: int = 0, bare: float = 0.15):
    """A number and its unit: {enum value: ways to write it} ("km": ("km", " kilometres")); a unit
    without a leading space is glued or spaced. `bare` of the time no unit is written."""

    def gen(r):
        value = round(r.uniform(lo, hi), decimals) if decimals else r.randint(int(lo), int(hi))
        text = number_text(value, decimals, r)
        if r.random() < bare:
            return text, Stated(value, None)
        unit = r.choice(list(units))
        written = r.choice(units[unit])
        return text + (written if written.startswith(" ") else r.choice(["", " "]) + written), Stated(
            value, unit
        )

    return gen


def one_of(*gens: Gen) -> Gen:
    return lambda r: r.choice(gens)(r)


def stated_phrases(*triples: tuple[str, float, str], fallback: Gen, rate: float = 0.5) -> Gen:
    """("half an hour", 0.5, "hours") phrases, else `fallback` (a `stated` generator)."""

    def gen(r):
        if r.random() < rate:
            text, value, unit = r.choice(triples)
            return text, Stated(value, unit)
        return fallback(r)

    return gen


def amount_in_words(r: random.Random) -> tuple[str, int]:
    """Large money amounts as people write them: "half a million dollars", "$2.5 million", "$40k"."""
    form = r.randrange(4)
    if form == 0:
        return r.choice(
            [
                ("half a million dollars", 500000),
                ("a quarter of a million dollars", 250000),
                ("a million dollars", 1000000),
                ("a hundred thousand dollars", 100000),
                ("two hundred grand", 200000),
            ]
        )
    if form == 1:
        tenths = r.randint(11, 99)
        return f"${tenths / 10:.1f} million", tenths * 100000
    if form == 2:
        k = r.randint(5, 950)
        return f"${k}{r.choice(['k', 'K'])}", k * 1000
    n = r.randint(2, 90)
    return f"{in_words(n)} thousand dollars", n * 1000
