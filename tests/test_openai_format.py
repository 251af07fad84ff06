"""eval.openai_format: parsed calls as an OpenAI assistant message, OpenAI tools checked for the prompt."""

import json

import pytest

from eval.infer import to_xlam_tools
from eval.openai_format import assistant_message, prompt_tools, tool_calls
from eval.parse import parse_calls

CALLS = [
    {"name": "get_weather", "arguments": {"city": "Zürich", "days": [1, 2], "opts": {"metric": True}}},
    {"name": "ping", "arguments": {}},
]


def test_calls_become_tool_calls_with_unique_ids_and_json_string_arguments():
    message, finish_reason = assistant_message(CALLS, "<calls>…</calls>")
    assert finish_reason == "tool_calls" and message["role"] == "assistant" and message["content"] is None
    calls = message["tool_calls"]
    assert [c["type"] for c in calls] == ["function", "function"]
    assert [c["function"]["name"] for c in calls] == ["get_weather", "ping"]
    for call, expected in zip(calls, CALLS):
        assert isinstance(call["function"]["arguments"], str)
        assert json.loads(call["function"]["arguments"]) == expected["arguments"]
    ids = [c["id"] for c in calls] + [c["id"] for _ in range(200) for c in tool_calls(CALLS)]
    assert all(i.startswith("call_") and len(i) > len("call_") for i in ids)
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize(
    "text, tool_choice",
    [
        ("<calls>[]</calls>", "auto"),  # the model abstains
        ("The weather is nice.", "auto"),  # no <calls>: not parsed, the text is the answer
        ('<calls>[{"name": "ping", "arguments": {}}]</calls>', "none"),  # calls not wanted
    ],
)
def test_no_calls_is_a_plain_message_with_the_text(text, tool_choice):
    message, finish_reason = assistant_message(parse_calls(text).calls, f" {text}\n", tool_choice)
    assert (message, finish_reason) == ({"role": "assistant", "content": text}, "stop")


def test_openai_tools_pass_to_the_renderer_and_a_function_without_parameters_gets_none():
    weather = {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Weather.",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        },
    }
    ping = {"type": "function", "function": {"name": "ping", "parameters": {"type": "object"}}}
    tools = prompt_tools([weather, {"type": "function", "function": {"name": "now"}}, ping])
    assert tools[0] == weather
    assert [t["parameters"] for t in to_xlam_tools(tools)] == [
        {"city": {"description": "", "type": "str"}},
        {},
        {},
    ]


@pytest.mark.parametrize(
    "tools, message",
    [
        ({"type": "function"}, "'tools' must be a list"),
        ([{"name": "f"}], 'tools[0] must be {"type": "function"'),
        ([{"type": "function", "function": {"description": "x"}}], "non-empty string 'name'"),
        ([{"type": "function", "function": {"name": "f", "description": 3}}], "description must be a string"),
        (
            [{"type": "function", "function": {"name": "f", "parameters": ["x"]}}],
            "must be a JSON Schema object",
        ),
        (
            [{"type": "function", "function": {"name": "f", "parameters": {"type": "string"}}}],
            "must be a JSON Schema object",
        ),
        (
            [
                {
                    "type": "function",
                    "function": {
                        "name": "f",
                        "parameters": {"type": "object", "properties": {"x": {"type": "dict"}}},
                    },
                }
            ],
            "not valid JSON Schema at properties/x/type",
        ),
    ],
)
def test_malformed_tools_are_refused_with_the_place(tools, message):
    with pytest.raises(ValueError) as exc:
        prompt_tools(tools)
    assert message in str(exc.value)
