"""Model output -> list of calls `[{"name", "arguments"}]`, or a structured error.

The model is trained to answer `<calls>[...]</calls>` (then EOS). Generation is read leniently
where the calls are still unambiguous, and every deviation is reported:

- warnings (calls recovered): text after `</calls>`, a missing `</calls>`, garbage between the
  JSON and `</calls>`;
- errors (no calls): no `<calls>` tag, invalid JSON, Python-repr output (single quotes,
  True/None; recovered into `repr_calls` for the report but counted as invalid JSON), a
  value that is not a list, a call without a string `name` and dict `arguments`.

Parsed means strict JSON: NaN, Infinity, numbers beyond a double (1e400) and lone surrogates
("\\ud83d") are invalid JSON. `repr_calls` holds JSON values only (a set, inf, a tuple key
becomes its repr), so a result can always be written as JSON.
"""

from __future__ import annotations

import ast
import json
import math
from dataclasses import dataclass, field

from prompt_strategies.render import CALLS_CLOSE, CALLS_OPEN, STRICT_JSON, is_valid_unicode
from prompt_strategies.rows import is_call

# errors
EMPTY_OUTPUT = "empty_output"
NO_CALLS_TAG = "no_calls_tag"
INVALID_JSON = "invalid_json"
PYTHON_REPR = "python_repr"
NOT_A_LIST = "not_a_list"
MALFORMED_CALL = "malformed_call"
ERRORS = (EMPTY_OUTPUT, NO_CALLS_TAG, INVALID_JSON, PYTHON_REPR, NOT_A_LIST, MALFORMED_CALL)
# warnings
TEXT_AFTER_CALLS = "text_after_calls"
MISSING_CLOSE_TAG = "missing_close_tag"
TRAILING_GARBAGE = "trailing_garbage"
WARNINGS = (TEXT_AFTER_CALLS, MISSING_CLOSE_TAG, TRAILING_GARBAGE)


@dataclass
class ParseResult:
    calls: list[dict] | None = None
    error: str | None = None
    detail: str = ""
    warnings: list[str] = field(default_factory=list)
    repr_calls: list | None = None  # what a Python-repr answer would have meant

    @property
    def ok(self) -> bool:
        return self.calls is not None

    def to_dict(self) -> dict:
        return {
            "calls": self.calls,
            "error": self.error,
            "detail": self.detail,
            "warnings": list(self.warnings),
            "repr_calls": self.repr_calls,
        }


def _check_calls(value, result: ParseResult) -> ParseResult:
    if not isinstance(value, list):
        result.error, result.detail = NOT_A_LIST, f"got {type(value).__name__}"
    elif not all(is_call(c) for c in value):
        result.error = MALFORMED_CALL
        result.detail = "each call needs a string 'name' and a dict 'arguments'"
    else:
        result.calls = [{"name": c["name"], "arguments": c["arguments"]} for c in value]
    return result


def _python_repr(text: str):
    try:
        return _as_json(ast.literal_eval(text.strip()))
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return None


def _as_json(value):
    """A Python literal as JSON values: containers kept, anything JSON cannot hold (a set,
    bytes, inf, a tuple key, a lone surrogate) replaced by its repr."""
    if isinstance(value, dict):
        return {
            k if isinstance(k, str) and is_valid_unicode(k) else repr(k): _as_json(v)
            for k, v in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [_as_json(v) for v in value]
    finite = isinstance(value, float) and math.isfinite(value)
    if value is None or isinstance(value, (bool, int)) or finite:
        return value
    return value if isinstance(value, str) and is_valid_unicode(value) else repr(value)


def parse_calls(text: str) -> ParseResult:
    """Parse generated text (what follows the prompt). Never raises."""
    result = ParseResult()
    if not isinstance(text, str) or not text.strip():
        result.error = EMPTY_OUTPUT
        return result
    start = text.find(CALLS_OPEN)
    if start < 0:
        result.error, result.detail = NO_CALLS_TAG, text.strip()[:120]
        return result
    body_start = start + len(CALLS_OPEN)
    close = text.find(CALLS_CLOSE, body_start)
    pos = body_start
    while pos < len(text) and text[pos].isspace():
        pos += 1
    try:
        value, end = STRICT_JSON.raw_decode(text, pos)
        if not is_valid_unicode(value):
            raise ValueError("a string holds a lone surrogate, not valid Unicode")
    except (json.JSONDecodeError, RecursionError) as exc:
        inner = text[body_start : close if close >= 0 else len(text)]
        recovered = _python_repr(inner)
        if recovered is not None:
            result.error, result.repr_calls = PYTHON_REPR, recovered
            result.detail = "Python repr instead of JSON"
        else:
            result.error, result.detail = INVALID_JSON, str(exc)[:120]
        return result
    except ValueError as exc:  # valid syntax, but not strict JSON
        result.error, result.detail = INVALID_JSON, str(exc)[:120]
        return result
    # the JSON may itself contain "</calls>" inside a string: look for the tag after it
    close = text.find(CALLS_CLOSE, end)
    if close < 0:
        result.warnings.append(MISSING_CLOSE_TAG)
        if text[end:].strip():
            result.warnings.append(TRAILING_GARBAGE)
    else:
        if text[end:close].strip():
            result.warnings.append(TRAILING_GARBAGE)
        if text[close + len(CALLS_CLOSE) :].strip():
            result.warnings.append(TEXT_AFTER_CALLS)
    return _check_calls(value, result)
