"""Value generators for the Java/JavaScript synthetic catalogue, in the rich catalogue's
`(text, value)` form: the text as a user writes it, the value as BFCL's possible answers hold it
(a Python value; `eval.bfcl_languages.to_literal` renders it as the Java/JavaScript literal)."""

from __future__ import annotations

import random

from data_builders.rich_tool import Param
from data_builders.rich_values import Gen, join_texts


def ref(*names: str) -> Gen:
    """An object the code already holds (BFCL's `any` parameters): a variable name, written
    `name`, 'name' or bare; the value is the name."""

    def gen(r: random.Random):
        name = r.choice(names)
        return r.choice(["`{}`", "'{}'", "{}"]).format(name), name

    return gen


def flag(true_text: str, false_text: str) -> Gen:
    """A boolean the question states in words ("recursively" / "without recursion")."""
    return lambda r: r.choice([(true_text, True), (false_text, False)])


def count(lo: int, hi: int, unit: str = "") -> Gen:
    """A whole number, written with its unit when it has one ("250 ms")."""

    def gen(r: random.Random):
        value = r.randint(lo, hi)
        return f"{value}{unit}", value

    return gen


def decimal(lo: float, hi: float, decimals: int = 2, unit: str = "") -> Gen:
    def gen(r: random.Random):
        value = round(r.uniform(lo, hi), decimals)
        if value == int(value):
            value = round(value + 10**-decimals, decimals)
        return f"{value:.{decimals}f}{unit}", value

    return gen


def texts(pool: tuple[str, ...], size=(2, 4), quote: str = "'") -> Gen:
    """Several strings from `pool`: "'a', 'b' and 'c'" -> ["a", "b", "c"]."""

    def gen(r: random.Random):
        values = r.sample(pool, r.randint(*size))
        return join_texts([f"{quote}{v}{quote}" for v in values]), values

    return gen


def whole_numbers(lo: int, hi: int, size=(2, 5)) -> Gen:
    """Distinct whole numbers, written "[3, 5, 8]" or "3, 5 and 8"."""

    def gen(r: random.Random):
        values = r.sample(range(lo, hi + 1), r.randint(*size))
        if r.random() < 0.5:
            return "[" + ", ".join(map(str, values)) + "]", values
        return join_texts([str(v) for v in values]), values

    return gen


def decimals(lo: float, hi: float, size=(2, 4), places: int = 1) -> Gen:
    def gen(r: random.Random):
        values = [round(r.uniform(lo, hi), places) for _ in range(r.randint(*size))]
        return join_texts([f"{v:.{places}f}" for v in values]), values

    return gen


def entries(fields: dict[str, Gen], size=(1, 3)) -> Gen:
    """A map of some of `fields` (key -> value generator): "timeout 30 and region 'eu'"."""

    def gen(r: random.Random):
        keys = r.sample(list(fields), min(len(fields), r.randint(*size)))
        pairs = [(k, *fields[k](r)) for k in keys]
        form = r.choice(["{} {}", "{} set to {}", "{}={}", "'{}' as {}"])
        text = join_texts([form.format(k, t) for k, t, _ in pairs])
        return text, {k: v for k, _, v in pairs}

    return gen


def param(name: str, type_: str, description: str, gen: Gen, clause: str | None = None, **schema) -> Param:
    """A catalogue parameter with BFCL's Java/JavaScript types (`String`, `long`, `HashMap`,
    `ArrayList`, `dict`, ...): `items="String"` for a list's element type, `default=` for an
    optional parameter (one with a `clause`)."""
    if "items" in schema:
        schema["items"] = {"type": schema["items"]}
    return Param(name, type_, description, gen, clause, schema)


def or_held(gen: Gen, *names: str, rate: float = 0.3) -> Gen:
    """`gen`'s value, or (at `rate`) an object the code already holds under one of `names`: BFCL
    also asks for a `dict` or `array` argument by variable name."""
    held = ref(*names)
    return lambda r: held(r) if r.random() < rate else gen(r)


def fields_schema(**types: str) -> dict:
    """The `properties` of a dict parameter: {key: {"type", "description"}}."""
    return {k: {"type": t, "description": f"The {k} entry."} for k, t in types.items()}
