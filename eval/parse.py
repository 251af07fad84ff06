"""Model output -> list of calls `[{"name", "arguments"}]`, or a structured error.

The model is trained to answer `<calls>[...]</calls>` (then EOS). Generation is read leniently
where the calls are still unambiguous, and every deviation is reported:

- warnings (calls recovered): text after `</calls>`, a missing `</calls>`, garbage between the
  JSON and `</calls>`;
- errors (no calls): no `<calls>` tag, invalid JSON, Python-repr output (single quotes,
  True/None; recovered into `repr_calls` for the report but counted as invalid JSON), a
  value that is not a list, a call without a string `name` and dict `arguments`.
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass, field

from prompt_strategies.render import CALLS_CLOSE, CALLS_OPEN
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

_DECODER = json.JSONDecoder()


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
        return {"calls": self.calls, "error": self.error, "detail": self.detail,
                "warnings": list(self.warnings), "repr_calls": self.repr_calls}


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
        return ast.literal_eval(text.strip())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return None


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
        value, end = _DECODER.raw_decode(text, pos)
    except (ValueError, RecursionError) as exc:
        inner = text[body_start:close if close >= 0 else len(text)]
        recovered = _python_repr(inner)
        if recovered is not None:
            result.error, result.repr_calls = PYTHON_REPR, recovered
            result.detail = "Python repr instead of JSON"
        else:
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
        if text[close + len(CALLS_CLOSE):].strip():
            result.warnings.append(TEXT_AFTER_CALLS)
    return _check_calls(value, result)
