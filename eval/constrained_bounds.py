"""Length bounds for the constrained-decoding schema, so that no single value can run away.

Greedy decoding of a small model can loop inside one value (a string it never closes, a number
whose digits never stop, an ever-growing list or free-form object) until the token limit cuts the
answer. `bounded(schema)` adds bounds to every value that has none; each bound is far above
anything a BFCL answer holds (tests/test_constrained_bounds.py checks them against the ground
truth), so no correct answer is excluded:

- strings: at most `STRING_MAX_LENGTH` characters of JSON text, an escape (\\", \\n, \\u00e9) counting
  as the characters it is written with (object keys of free-form objects too);
- integers: within +-`INTEGER_BOUND`, the range a JSON double holds exactly;
- arrays: at most `ARRAY_MAX_ITEMS` items; objects: at most `OBJECT_MAX_PROPERTIES` keys beyond
  their declared properties;
- free-form values (`{}`, an object without properties, an array without items): JSON values
  nested at most `FREE_FORM_DEPTH` deep, built from the bounded types above.

Numbers get no minimum or maximum: given one, xgrammar 0.2.8 also forbids exponents and more than
6 decimals (6.626e-34 could not be written). Their digits are bounded in the compiled grammar
instead (eval.constrained.bound_number_digits): at most `NUMBER_MAX_DIGITS` before and after the
point, `EXPONENT_MAX_DIGITS` in the exponent, more than any double's shortest form needs (17
significant digits). Only the decoding grammar is bounded; the `schema_valid` metric checks the
tool's schema as given.
"""

from __future__ import annotations

STRING_MAX_LENGTH = 512
INTEGER_BOUND = 2**53 - 1
NUMBER_MAX_DIGITS = 24
EXPONENT_MAX_DIGITS = 3
ARRAY_MAX_ITEMS = 64
OBJECT_MAX_PROPERTIES = 32
FREE_FORM_DEPTH = 4
_FREE = "free_form_{}"
FREE_FORM_REF = "#/$defs/free_form_"  # prefix of the references to them
_SCHEMA_LISTS = ("anyOf", "oneOf", "allOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "$defs", "definitions")


def free_form_defs() -> dict:
    """`$defs` of the bounded free-form values: free_form_0 scalars, free_form_d also arrays and
    objects of free_form_(d-1) values."""
    scalars = [
        {"type": "string", "maxLength": STRING_MAX_LENGTH},
        {"type": "integer", "minimum": -INTEGER_BOUND, "maximum": INTEGER_BOUND},
        {"type": "number"},
        {"type": "boolean"},
        {"type": "null"},
    ]
    defs = {_FREE.format(0): {"anyOf": scalars}}
    for depth in range(1, FREE_FORM_DEPTH + 1):
        inner = {"$ref": f"{FREE_FORM_REF}{depth - 1}"}
        defs[_FREE.format(depth)] = {
            "anyOf": [*scalars, _free_array(inner), _free_object(inner)],
        }
    return defs


def free_form_ref() -> dict:
    return {"$ref": f"{FREE_FORM_REF}{FREE_FORM_DEPTH}"}


def _free_array(items: dict) -> dict:
    return {"type": "array", "items": items, "maxItems": ARRAY_MAX_ITEMS}


def _free_object(values: dict) -> dict:
    return {
        "type": "object",
        "additionalProperties": values,
        "propertyNames": {"maxLength": STRING_MAX_LENGTH},
        "maxProperties": OBJECT_MAX_PROPERTIES,
    }


def bounded(schema):
    """A copy of `schema` with the bounds above added wherever it has none; free-form values refer
    to `free_form_defs()`, which the caller places in the root schema's `$defs`."""
    if schema is True or schema == {}:
        return free_form_ref()
    if not isinstance(schema, dict):
        return schema
    out = dict(schema)
    for key in _SCHEMA_LISTS:
        if isinstance(out.get(key), list):
            out[key] = [bounded(s) for s in out[key]]
    for key in _SCHEMA_MAPS:
        if isinstance(out.get(key), dict):
            out[key] = {name: bounded(s) for name, s in out[key].items()}
    types = out.get("type")
    types = set(types) if isinstance(types, list) else {types}
    fixed = any(k in out for k in ("enum", "const", "$ref"))
    if "string" in types and not fixed and not {"maxLength", "pattern", "format"} & set(out):
        out["maxLength"] = STRING_MAX_LENGTH
    if "integer" in types and "number" not in types and not fixed:
        if not {"minimum", "exclusiveMinimum"} & set(out):
            out["minimum"] = -INTEGER_BOUND
        if not {"maximum", "exclusiveMaximum"} & set(out):
            out["maximum"] = INTEGER_BOUND
    if "array" in types:
        out["items"] = bounded(out.get("items", True))
        out.setdefault("maxItems", ARRAY_MAX_ITEMS)
    if "object" in types:
        extra = out.get("additionalProperties", True)
        if extra is not False:
            out["additionalProperties"] = bounded(extra)
            out.setdefault("propertyNames", {"maxLength": STRING_MAX_LENGTH})
            declared = len(out.get("properties") or {})
            out.setdefault("maxProperties", declared + OBJECT_MAX_PROPERTIES)
    return out
