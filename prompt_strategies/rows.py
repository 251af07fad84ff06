"""Validate one XLAM row: `query`, `tools` (JSON list), `answers` (JSON list of calls).

`check_row` never raises on user data. It returns the parsed tools/answers and at most one
reason (the first problem found), so every row is either usable or counted under exactly one
reason. Reasons in SCHEMA_VIOLATIONS leave a renderable row, which the `keep` policy trains on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache

import jsonschema

from prompt_strategies.render import STRICT_JSON, is_valid_unicode
from prompt_strategies.xlam_types import is_json_schema, parameters_schema

MISSING_FIELD = "missing_field"
EMPTY_QUERY = "empty_query"
INVALID_UNICODE = "invalid_unicode"
TOOLS_INVALID_JSON = "tools_invalid_json"
ANSWERS_INVALID_JSON = "answers_invalid_json"
TOOLS_NOT_A_LIST = "tools_not_a_list"
ANSWERS_NOT_A_LIST = "answers_not_a_list"
EMPTY_TOOLS = "empty_tools"
MALFORMED_TOOL = "malformed_tool"
MALFORMED_CALL = "malformed_call"
UNKNOWN_TOOL = "unknown_tool"
MISSING_REQUIRED_ARGUMENT = "missing_required_argument"
UNKNOWN_ARGUMENT = "unknown_argument"
WRONG_ARGUMENT_TYPE = "wrong_argument_type"
TOO_LONG = "too_long"

SCHEMA_VIOLATIONS = (UNKNOWN_TOOL, MISSING_REQUIRED_ARGUMENT, UNKNOWN_ARGUMENT, WRONG_ARGUMENT_TYPE)
REASONS = (
    MISSING_FIELD,
    EMPTY_QUERY,
    INVALID_UNICODE,
    TOOLS_INVALID_JSON,
    ANSWERS_INVALID_JSON,
    TOOLS_NOT_A_LIST,
    ANSWERS_NOT_A_LIST,
    EMPTY_TOOLS,
    MALFORMED_TOOL,
    MALFORMED_CALL,
    *SCHEMA_VIOLATIONS,
    TOO_LONG,
)


@dataclass
class RowCheck:
    reason: str | None = None
    detail: str = ""
    query: str = ""
    tools: list = field(default_factory=list)
    answers: list = field(default_factory=list)

    @property
    def renderable(self) -> bool:
        return self.reason is None or self.reason in SCHEMA_VIOLATIONS


def _load_list(value, invalid_json: str, not_a_list: str) -> tuple[list | None, str | None, str]:
    if isinstance(value, (bytes, bytearray)):
        value = value.decode("utf-8", errors="replace")
    if isinstance(value, str):
        try:
            value = STRICT_JSON.decode(value)
        except (ValueError, RecursionError) as exc:
            return None, invalid_json, str(exc)[:120]
    if not isinstance(value, list):
        return None, not_a_list, f"got {type(value).__name__}"
    return value, None, ""


def _is_tool(tool) -> bool:
    return (
        isinstance(tool, dict)
        and isinstance(tool.get("name"), str)
        and bool(tool["name"].strip())
        and isinstance(tool.get("parameters", {}), dict)
    )


def is_call(call) -> bool:
    """A call: a dict with a string 'name' and a dict 'arguments'."""
    return (
        isinstance(call, dict)
        and isinstance(call.get("name"), str)
        and isinstance(call.get("arguments"), dict)
    )


@lru_cache(maxsize=16)
def _strict_integers(cls):
    """JSON Schema counts 10.0 as an integer; BFCL's checker (and Python) do not."""
    checker = cls.TYPE_CHECKER.redefine(
        "integer", lambda _, value: isinstance(value, int) and not isinstance(value, bool)
    )
    return jsonschema.validators.extend(cls, type_checker=checker)


@lru_cache(maxsize=4096)
def _validator(parameters_json: str) -> jsonschema.protocols.Validator:
    schema = parameters_schema(json.loads(parameters_json))
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    return _strict_integers(cls)(schema)


def _omit_null_defaults(call: dict, tools_by_name: dict) -> dict:
    """An explicit null for a parameter whose default is null means the same as leaving it out;
    the shorter form is the one trained (and the one BFCL's checker accepts)."""
    parameters = (tools_by_name.get(call["name"]) or {}).get("parameters") or {}
    if is_json_schema(parameters):
        parameters = parameters.get("properties") or {}
    arguments = {
        k: v
        for k, v in call["arguments"].items()
        if not (
            v is None
            and isinstance(parameters.get(k), dict)
            and "default" in parameters[k]
            and parameters[k]["default"] is None
        )
    }
    return {**call, "arguments": arguments}


def call_violation(call: dict, tools_by_name: dict) -> tuple[str | None, str]:
    """The first schema problem of one call against the row's tools, or (None, "")."""
    tool = tools_by_name.get(call["name"])
    if tool is None:
        return UNKNOWN_TOOL, call["name"]
    parameters = tool.get("parameters") or {}
    try:
        validator = _validator(json.dumps(parameters, sort_keys=True, default=str))
        errors = sorted(validator.iter_errors(call["arguments"]), key=lambda e: e.path)
    except (jsonschema.exceptions.SchemaError, TypeError, ValueError, RecursionError):
        return None, ""  # a schema we cannot compile constrains nothing
    for kind in ("required", "additionalProperties"):
        for error in errors:
            if error.validator == kind:
                reason = MISSING_REQUIRED_ARGUMENT if kind == "required" else UNKNOWN_ARGUMENT
                return reason, f"{call['name']}: {error.message}"[:160]
    if errors:
        e = errors[0]
        where = "/".join(str(p) for p in e.path)
        return WRONG_ARGUMENT_TYPE, f"{call['name']}.{where}: {e.message}"[:160]
    return None, ""


def check_row(row: dict) -> RowCheck:
    for key in ("query", "tools", "answers"):
        if row.get(key) is None:
            return RowCheck(MISSING_FIELD, key)
    query = row["query"]
    if not isinstance(query, str) or not query.strip():
        return RowCheck(EMPTY_QUERY, repr(query)[:80])
    if not is_valid_unicode(query):
        return RowCheck(INVALID_UNICODE, "query holds a lone surrogate")

    tools, reason, detail = _load_list(row["tools"], TOOLS_INVALID_JSON, TOOLS_NOT_A_LIST)
    if reason:
        return RowCheck(reason, detail)
    answers, reason, detail = _load_list(row["answers"], ANSWERS_INVALID_JSON, ANSWERS_NOT_A_LIST)
    if reason:
        return RowCheck(reason, detail)
    if not tools:
        return RowCheck(EMPTY_TOOLS)
    if not all(_is_tool(t) for t in tools):
        return RowCheck(MALFORMED_TOOL, "each tool needs a non-empty 'name' and dict 'parameters'")
    if not all(is_call(c) for c in answers):
        return RowCheck(MALFORMED_CALL, "each call needs a string 'name' and dict 'arguments'")
    for field_name, value in (("tools", tools), ("answers", answers)):
        if not is_valid_unicode(value):
            return RowCheck(INVALID_UNICODE, f"{field_name} hold a lone surrogate (e.g. \\ud83d)")

    tools_by_name = {t["name"]: t for t in tools}
    answers = [_omit_null_defaults(call, tools_by_name) for call in answers]
    check = RowCheck(None, "", query, tools, answers)
    for call in answers:
        check.reason, check.detail = call_violation(call, tools_by_name)
        if check.reason:
            break
    return check
