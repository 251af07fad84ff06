"""The one place the XLAM prompt format is defined; training, eval and inference all use it.

    <user>{query}</user>\n\n<tools>{tools JSON}</tools>\n\n<calls>{answers JSON}</calls>

The prompt is everything before `<calls>`; the completion (the trained part) is
`<calls>…</calls>`, followed by the tokenizer's EOS. Tools and answers are rendered as
JSON (`json.loads` of the inner text gives the list back); the original pipeline used
Python repr (single quotes, True/None), which taught the model to emit invalid JSON.

JSON is read strictly everywhere (`STRICT_JSON`): NaN, Infinity and numbers beyond a double
(1e400) are rejected, since Python's json would accept them and write them back as non-JSON.
"""

from __future__ import annotations

import json
import math
from typing import Any

USER_OPEN, USER_CLOSE = "<user>", "</user>"
TOOLS_OPEN, TOOLS_CLOSE = "<tools>", "</tools>"
CALLS_OPEN, CALLS_CLOSE = "<calls>", "</calls>"
SEPARATOR = "\n\n"


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _reject_constant(name: str):
    raise ValueError(f"{name} is not valid JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text[:40]} is out of range for JSON")
    return value


STRICT_JSON = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite_float)


def is_valid_unicode(value: Any) -> bool:
    """False when a string in `value` (keys included) holds a lone surrogate, e.g. from the JSON
    escape "\\ud83d": such text cannot be UTF-8 encoded, so it can be neither tokenized nor written."""
    try:
        to_json(value).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def render_prompt(query: str, tools: list[dict]) -> str:
    """Everything the model sees before it answers; ends right before `<calls>`."""
    return f"{USER_OPEN}{query}{USER_CLOSE}{SEPARATOR}{TOOLS_OPEN}{to_json(tools)}{TOOLS_CLOSE}{SEPARATOR}"


def render_completion(answers: list[dict]) -> str:
    """The trained target, without EOS (the tokenizer's EOS is appended as a token)."""
    return f"{CALLS_OPEN}{to_json(answers)}{CALLS_CLOSE}"


def render_text(query: str, tools: list[dict], answers: list[dict]) -> str:
    return render_prompt(query, tools) + render_completion(answers)
