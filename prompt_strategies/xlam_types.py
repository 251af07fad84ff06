"""XLAM's Python-style parameter types ("str", "List[int]", "Optional[str]", "int, optional")
mapped to JSON Schema, so calls can be checked with jsonschema, and the JSON Schema type names
mapped back to XLAM's (`JSON_SCHEMA_TO_XLAM_TYPES`).

Types we cannot read map to `{}` (no constraint): an unusual annotation is not evidence of a
bad row.
"""

from __future__ import annotations

import re

_SCALARS = {
    "str": {"type": "string"},
    "string": {"type": "string"},
    "int": {"type": "integer"},
    "integer": {"type": "integer"},
    "float": {"type": "number"},
    "number": {"type": "number"},
    "bool": {"type": "boolean"},
    "boolean": {"type": "boolean"},
    "none": {"type": "null"},
    "nonetype": {"type": "null"},
    "any": {},
    "object": {},
}
# JSON Schema / Gorilla (BFCL) parameter types -> XLAM's Python-style types: how tools given as
# JSON Schema are written in the prompt (eval.bfcl.functions_to_xlam_tools, the chat template).
JSON_SCHEMA_TO_XLAM_TYPES = {
    "string": "str",
    "integer": "int",
    "float": "float",
    "number": "float",
    "boolean": "bool",
    "dict": "dict",
    "object": "dict",
    "tuple": "tuple",
    "any": "Any",
    "array": "list",
}
_ARRAYS = {"list", "tuple", "set", "sequence", "iterable", "array"}
_OBJECTS = {"dict", "mapping"}
_OPTIONAL_SUFFIX = re.compile(r",\s*optional\s*$", re.IGNORECASE)


def split_top_level(text: str, sep: str = ",") -> list[str]:
    """Split on `sep` outside brackets: "Dict[str, int], float" -> ["Dict[str, int]", "float"]."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        elif ch == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def is_optional_type(type_str: str) -> bool:
    t = type_str.strip()
    return bool(_OPTIONAL_SUFFIX.search(t)) or t.lower().startswith("optional[")


def type_to_schema(type_str) -> dict:
    """JSON Schema for one XLAM type annotation; `{}` when it cannot be read."""
    if not isinstance(type_str, str):
        return {}
    t = _OPTIONAL_SUFFIX.sub("", type_str.strip())
    if not t:
        return {}
    if "|" in t and "[" not in t:
        return _any_of([type_to_schema(p) for p in t.split("|")])
    head, inner = _head_and_args(t)
    if head is None:
        return {}
    key = head.lower().split(".")[-1]
    if key == "optional":
        return _any_of([type_to_schema(a) for a in inner] + [{"type": "null"}])
    if key == "union":
        return _any_of([type_to_schema(a) for a in inner])
    if key in _ARRAYS:
        return _array_schema(key, inner)
    if key in _OBJECTS:
        values = type_to_schema(inner[1]) if len(inner) == 2 else {}
        return {"type": "object", "additionalProperties": values} if values else {"type": "object"}
    if key in _SCALARS and not inner:
        return dict(_SCALARS[key])
    return {}


def _array_schema(key: str, inner: list[str]) -> dict:
    """List[X] / Set[X] / Tuple[X, ...]: every item an X; Tuple[X, Y]: exactly an X then a Y."""
    if not inner:
        return {"type": "array"}
    if key == "tuple" and not (len(inner) == 2 and inner[1] == "..."):
        return {
            "type": "array",
            "prefixItems": [type_to_schema(a) for a in inner],
            "minItems": len(inner),
            "maxItems": len(inner),
        }
    items = type_to_schema(inner[0])
    return {"type": "array", "items": items} if items else {"type": "array"}


def _head_and_args(t: str) -> tuple[str | None, list[str]]:
    m = re.fullmatch(r"\s*([A-Za-z_][\w.]*)\s*(?:\[(.*)\])?\s*", t, re.DOTALL)
    if not m:
        return None, []
    return m.group(1), split_top_level(m.group(2)) if m.group(2) else []


def _any_of(options: list[dict]) -> dict:
    if any(o == {} for o in options):
        return {}
    return {"anyOf": options}


def is_json_schema(parameters: dict) -> bool:
    """JSON-Schema parameters (`{"type": "object", "properties": ...}`, properties may be absent)
    rather than XLAM's `{param: {"type": ...}}`, where every value is an object. XLAM's form may
    name a parameter "properties": its value is then that parameter's spec, whose type and
    description are strings, not a mapping of specs."""
    if parameters.get("type") == "object":
        return True
    properties = parameters.get("properties")
    return isinstance(properties, dict) and all(isinstance(spec, dict) for spec in properties.values())


def parameters_schema(parameters: dict) -> dict:
    """Object schema for a tool's XLAM `parameters` ({name: {type, description, default?}}).

    A parameter is required when it has no `default` key and its type is not optional; a
    parameter whose default is null also accepts an explicit null.
    Tools already written as JSON Schema (`{"type": "object", "properties": …}`) pass through.
    """
    if is_json_schema(parameters):
        schema = {"type": "object", "properties": {}, **parameters}
        schema.setdefault("additionalProperties", False)
        return schema
    properties, required = {}, []
    for name, spec in parameters.items():
        spec = spec if isinstance(spec, dict) else {}
        type_str = spec.get("type", "")
        properties[name] = type_to_schema(type_str)
        if "default" in spec and spec["default"] is None:
            properties[name] = _any_of([properties[name], {"type": "null"}])
        optional = "default" in spec or (isinstance(type_str, str) and is_optional_type(type_str))
        if not optional:
            required.append(name)
    return {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
