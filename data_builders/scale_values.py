"""Value generators for the scale catalogue: rates a question states as a percent or as a decimal
fraction ("7%", "7.5 per cent", "0.075"), passed in the convention the parameter's description
states (0.075 or 7.5), and amounts stated with scale words or suffixes ("213 million", "$1.2
billion", "$4.5M", "12k", "half a million") or thousand separators ("1,250,000"), passed as the
full number (213000000). Values are computed in integers, so that "8.5 million" is 8500000 and a
rate of 7.5% is 0.075, never 0.07500000000000001. Each returns `(text, value)` like
`data_builders.rich_values`."""

from __future__ import annotations

import random

from data_builders.rich_values import Gen

SCALE_WORDS = ("thousand", "million", "billion")
PERCENT_SIGNS = ["%", "%", " %", " percent", " per cent"]
SCALES = {  # power of ten -> ways to write it after a number
    3: (" thousand", "k", "K"),
    6: (" million", " million", "M"),
    9: (" billion", " billion", "B", "bn", " bn"),
}
PHRASES = [  # amounts people write in words: (text, value)
    ("half a million", 500000),
    ("a quarter of a million", 250000),
    ("three quarters of a million", 750000),
    ("one and a half million", 1500000),
    ("a million", 1000000),
    ("two and a half million", 2500000),
    ("half a billion", 500000000),
    ("a billion", 1000000000),
    ("a hundred thousand", 100000),
]


def decimal_text(n: int, places: int) -> str:
    """The integer n / 10**places written without trailing zeros: (750, 2) -> "7.5", (700, 4) ->
    "0.07", (8, 0) -> "8"."""
    digits = str(n).rjust(places + 1, "0")
    whole, fraction = digits[: len(digits) - places], digits[len(digits) - places :].rstrip("0")
    return whole + ("." + fraction if fraction else "")


def basis_points(r: random.Random, lo: float, hi: float) -> int:
    """A rate between lo% and hi% in hundredths of a percent: whole percents most often, then
    halves, quarters and tenths (7%, 7.5%, 7.25%, 7.3%)."""
    step = r.choice([100, 100, 50, 25, 10])
    return step * r.randint(max(1, -(-int(lo * 100) // step)), int(hi * 100) // step)


def rate(lo: float, hi: float, fraction: bool, fraction_text: float = 0.25) -> Gen:
    """A rate stated as "7.5%" / "7.5 percent" / "7.5 per cent" or, `fraction_text` of the time,
    as "0.075"; the value is the fraction 0.075 when `fraction`, else the percent 7.5."""

    def gen(r):
        bp = basis_points(r, lo, hi)
        if r.random() < fraction_text:
            text = decimal_text(bp, 4)
        else:
            text = decimal_text(bp, 2) + r.choice(PERCENT_SIGNS)
        return text, (bp / 10000 if fraction else bp / 100)

    return gen


def _scaled(r: random.Random, exponents: tuple[int, ...], lo: int, hi: int) -> tuple[str, int]:
    """A number times a power of ten written with its scale: "213 million", "8.5M", "1.25 billion"."""
    exponent = r.choice(exponents)
    places = r.choice([0, 0, 1, 1, 2]) if exponent > 3 else r.choice([0, 0, 0, 1])
    mantissa = r.randint(lo * 10**places, hi * 10**places)
    if places and mantissa % 10 == 0:  # "8.50 million" reads oddly: one more digit
        mantissa += r.randint(1, 9)
    return decimal_text(mantissa, places) + r.choice(SCALES[exponent]), mantissa * 10 ** (exponent - places)


def _plain(r: random.Random, exponents: tuple[int, ...], lo: int, hi: int) -> tuple[str, int]:
    """The same amount written out, with or without thousand separators: "1,250,000", "84500"."""
    _, value = _scaled(r, exponents, lo, hi)
    return (f"{value:,}" if r.random() < 0.7 else str(value)), value


def amount(
    exponents: tuple[int, ...] = (3, 6, 9),
    lo: int = 1,
    hi: int = 999,
    dollars: bool = False,
    unit: str = "",
    phrases: float = 0.12,
    plain: float = 0.15,
) -> Gen:
    """An amount with a scale word or suffix ("213 million", "12k", "$1.2 billion"), a phrase ("half
    a million") or a plain number ("1,250,000"); `dollars` writes it as money ("$4.5M", "350
    thousand dollars", "USD 2 billion"), `unit` follows the number ("people", "km")."""

    def gen(r):
        draw = r.random()
        if draw < phrases:
            text, value = r.choice(PHRASES)
        elif draw < phrases + plain:
            text, value = _plain(r, exponents, lo, hi)
        else:
            text, value = _scaled(r, exponents, lo, hi)
        if dollars:
            form = r.choice(["${}", "${}", "${}", "{} dollars", "USD {}"])
            if text[0].isalpha():  # "half a million dollars"
                form = "{} dollars"
            elif form == "{} dollars" and not (text[-1].isdigit() or text.endswith(SCALE_WORDS)):
                form = "${}"  # "$12k", "$3.4 bn": never "12k dollars"
            text = form.format(text)
        elif unit:
            text += " " + unit
        return text, value

    return gen


def count(lo: int, hi: int, unit: str = "") -> Gen:
    """A small whole number written plainly: "12 years"."""

    def gen(r):
        n = r.randint(lo, hi)
        return f"{n}{' ' + unit if unit else ''}", n

    return gen
