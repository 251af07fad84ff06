"""A tool of the rich synthetic catalogue: a BFCL-style function doc plus how users ask for it.

`templates` are imperative clauses with a `{param}` slot for each required parameter
("compute the kinetic energy of a body of {mass} moving at {speed}"); an optional parameter has
a `clause` (" rounded to {} decimals") appended when the row gives it.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from data_builders.rich_values import Gen

PYTHON_NOTE = " Note that the provided function is in Python 3 syntax."


@dataclass(frozen=True)
class Stated:
    """A quantity's value and the unit its text states ("half an hour" -> 0.5, "hours"); None when
    the text states none."""

    value: object
    unit: str | None


@dataclass
class Param:
    name: str
    type: str  # BFCL (Gorilla) type: integer, float, string, boolean, array, dict
    description: str
    gen: Gen
    clause: str | None = None  # set for optional parameters
    schema: dict = field(default_factory=dict)  # items / properties / enum / default
    vary: bool = True  # False: a code or switch, never the value a parallel request varies
    unit: str | None = None  # the optional parameter taking the unit this one's text states

    @property
    def required(self) -> bool:
        return self.clause is None

    @property
    def label(self) -> str:
        """How a question names the parameter: "side_b" -> "side b", "mass_kg" -> "mass"."""
        return re.sub(
            r"_(kg|g|m|m2|m3|l|ml|cm|km|nm|pct|c|k|w|v|n|ohm|mps|deg|years)$", "", self.name
        ).replace("_", " ")

    def doc(self) -> dict:
        return {"type": self.type, "description": self.description, **self.schema}


@dataclass
class Tool:
    name: str
    description: str
    params: list[Param]
    templates: tuple[str, ...]

    def function(self, python_note: bool = False) -> dict:
        """The BFCL function doc (converted to the XLAM tool format like evaluation tools)."""
        return {
            "name": self.name,
            "description": self.description + (PYTHON_NOTE if python_note else ""),
            "parameters": {
                "type": "dict",
                "properties": {p.name: p.doc() for p in self.params},
                "required": [p.name for p in self.params if p.required],
            },
        }

    def required(self) -> list[Param]:
        return [p for p in self.params if p.required]

    def variable(self) -> list[Param]:
        """Required parameters a parallel request may give several values of."""
        return [
            p
            for p in self.required()
            if p.vary and not p.unit and p.type in ("integer", "float", "string") and "enum" not in p.schema
        ]

    def draw(self, r: random.Random, optional_rate: float = 0.35) -> tuple[dict, dict, list]:
        """Texts and values of the required parameters, and the optional ones given:
        ({name: text}, {name: value}, [(clause, text)])."""
        texts, values = {}, {}
        for p in self.required():
            for _ in range(8):  # "from" and "to" drawn from one list should differ
                texts[p.name], values[p.name] = p.gen(r)
                if not any(
                    q.gen is p.gen and values[q.name] == values[p.name]
                    for q in self.required()
                    if q.name in values and q is not p
                ):
                    break
        units = {p.unit for p in self.params if p.unit}
        for p in self.params:  # a unit argument exactly when the question states the unit
            stated = values.get(p.name)
            if p.unit and isinstance(stated, Stated):
                values[p.name] = stated.value
                if stated.unit is not None:
                    values[p.unit] = stated.unit
        extras = []
        for p in self.params:
            if not p.required and p.name not in units and r.random() < optional_rate:
                text, values[p.name] = p.gen(r)
                extras.append(p.clause.format(text))
        return texts, values, extras


def prop(kind: str, description: str) -> dict:
    """One property of a dict parameter's (or a list of dicts') schema."""
    return {"type": kind, "description": description}


def items(properties: dict) -> dict:
    """The `schema` of an array parameter whose items are dicts with these properties."""
    return {"items": {"type": "dict", "properties": properties}}
