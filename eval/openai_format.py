"""The model's answer in OpenAI's chat-completion form, and OpenAI `tools` checked for the prompt.

    assistant_message(parse_calls(text).calls, text)
    -> ({"role": "assistant", "content": None, "tool_calls": [{"id": "call_…", "type": "function",
         "function": {"name": "get_weather", "arguments": "{\"city\": \"Oslo\"}"}}]}, "tool_calls")

An answer with no call (`[]`, an output that does not parse, or `tool_choice="none"`) is a plain
assistant message holding the generated text, finish_reason "stop" (as OpenAI-compatible servers
do when their tool parser finds no call).

OpenAI tools (`{"type": "function", "function": {"name", "description", "parameters"}}`, parameters
as JSON Schema) go to the renderer as they are: `eval.infer.to_xlam_tools` (used by `predict_many`)
and the shipped chat template convert them; `prompt_tools` refuses what they cannot take.
"""

from __future__ import annotations

import json
import uuid

import jsonschema

TOOL_CHOICES = ("auto", "none", "required")  # "required": constrained decoding only


def call_id() -> str:
    return "call_" + uuid.uuid4().hex[:24]


def tool_calls(calls: list[dict]) -> list[dict]:
    """XLAM calls [{"name", "arguments": {...}}] -> OpenAI tool_calls (arguments as a JSON string)."""
    return [
        {
            "id": call_id(),
            "type": "function",
            "function": {"name": c["name"], "arguments": json.dumps(c["arguments"], ensure_ascii=False)},
        }
        for c in calls
    ]


def assistant_message(calls: list[dict] | None, text: str, tool_choice: str = "auto") -> tuple[dict, str]:
    """(message, finish_reason) for one answer: `calls` as parsed (None when it did not parse)."""
    if calls and tool_choice != "none":
        return {"role": "assistant", "content": None, "tool_calls": tool_calls(calls)}, "tool_calls"
    return {"role": "assistant", "content": text.strip()}, "stop"


def prompt_tools(tools) -> list[dict]:
    """OpenAI `tools`, checked; the renderer, the chat template and the constrained grammar take
    them as they are. ValueError names the first tool that is not a function with a string name
    and a JSON Schema object as parameters."""
    if not isinstance(tools, list):
        raise ValueError(f"'tools' must be a list of tool objects, got {type(tools).__name__}")
    for i, tool in enumerate(tools):
        where = f"tools[{i}]"
        if not isinstance(tool, dict) or tool.get("type") != "function":
            raise ValueError(f'{where} must be {{"type": "function", "function": {{...}}}}')
        fn = tool.get("function")
        if not isinstance(fn, dict) or not isinstance(fn.get("name"), str) or not fn["name"]:
            raise ValueError(f"{where}.function must be an object with a non-empty string 'name'")
        if not isinstance(fn.get("description", ""), str):
            raise ValueError(f"{where}.function.description must be a string")
        params = fn.get("parameters", {})
        if not isinstance(params, dict) or params.get("type", "object") != "object":
            raise ValueError(
                f'{where}.function.parameters must be a JSON Schema object: {{"type": "object", '
                '"properties": {...}, "required": [...]}'
            )
        try:
            jsonschema.validators.validator_for(params).check_schema(params)
        except jsonschema.exceptions.SchemaError as exc:
            at = "/".join(map(str, exc.path)) or "(top)"
            raise ValueError(
                f"{where}.function.parameters is not valid JSON Schema at {at}: {exc.message}"
            ) from None
    return tools
