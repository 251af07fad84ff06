"""A `POST /v1/chat/completions` body checked and reduced to what the model answers: one user
request, its tools, tool_choice ("auto", "none", or "required" when decoding is constrained) and
max_tokens. Anything else is a `RequestError` (HTTP 400) that
says what is wrong and how to fix it.

The model was trained on one user request with tools and no system prompt: system messages are
accepted and not shown to it (as in the shipped chat template). Sampling settings (temperature,
top_p, seed, ...) are accepted and ignored: decoding is greedy.
"""

from __future__ import annotations

from dataclasses import dataclass

from eval.openai_format import TOOL_CHOICES, prompt_tools
from prompt_strategies.render import is_valid_unicode

ONE_TURN = (
    "this server answers a single user turn (plus optional system messages) with tool calls; "
    'send "messages": [{"role": "system", ...}?, {"role": "user", "content": "..."}]'
)


class RequestError(ValueError):
    def __init__(self, message: str, param: str | None = None, status: int = 400):
        super().__init__(message)
        self.param = param
        self.status = status


@dataclass
class ChatRequest:
    query: str
    tools: list[dict]
    tool_choice: str
    max_tokens: int


def _user_query(messages) -> str:
    if not isinstance(messages, list) or not messages:
        raise RequestError(f"'messages' must be a non-empty list; {ONE_TURN}", "messages")
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or not isinstance(m.get("role"), str):
            raise RequestError(f"messages[{i}] must be an object with a string 'role'", f"messages[{i}]")
    turns = [m for m in messages if m["role"] != "system"]
    if len(turns) != 1 or turns[0]["role"] != "user":
        roles = ", ".join(m["role"] for m in messages)
        raise RequestError(f"got roles [{roles}]; {ONE_TURN}", "messages")
    content = turns[0].get("content")
    if isinstance(content, list) and all(isinstance(p, dict) and p.get("type") == "text" for p in content):
        content = "".join(str(p.get("text", "")) for p in content)
    if not isinstance(content, str) or not content.strip():
        raise RequestError(
            "the user message needs non-empty text 'content' (a string or text parts)", "messages"
        )
    if not is_valid_unicode(content):
        raise RequestError("the user message holds a lone surrogate; send valid Unicode text", "messages")
    return content


def _positive_int(body: dict, key: str, default: int) -> int:
    value = body.get(key)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise RequestError(f"'{key}' must be a positive integer, got {value!r:.40}", key)
    return value


def parse_chat_request(body, served_model: str, max_tokens_limit: int, constrained: bool) -> ChatRequest:
    if not isinstance(body, dict):
        raise RequestError("the request body must be a JSON object (a chat.completions request)")
    if body.get("stream"):
        raise RequestError("streaming is not supported; send 'stream': false or leave it out", "stream")
    model = body.get("model")
    if model is not None and model != served_model:
        raise RequestError(
            f"model {model!r:.80} is not served here; use {served_model!r} (GET /v1/models)", "model", 404
        )
    if _positive_int(body, "n", 1) != 1:
        raise RequestError("only 'n': 1 is supported (decoding is greedy)", "n")
    tool_choice = body.get("tool_choice", "auto")
    if tool_choice not in TOOL_CHOICES:
        raise RequestError(
            f"'tool_choice' {tool_choice!r:.80} is not supported; use \"auto\" (the model decides), "
            '"none" (answer as text) or, on a server started with --constrained, "required"',
            "tool_choice",
        )
    try:
        tools = prompt_tools([] if body.get("tools") is None else body["tools"])
    except ValueError as exc:
        raise RequestError(f"{exc}; see the OpenAI 'tools' format", "tools") from None
    if tool_choice == "required" and not (constrained and tools):
        why = "tools to call" if constrained else "a server started with --constrained (it forces a call)"
        raise RequestError(f'\'tool_choice\': "required" needs {why}; or use "auto"', "tool_choice")
    max_tokens = _positive_int(
        body, "max_completion_tokens", _positive_int(body, "max_tokens", max_tokens_limit)
    )
    if max_tokens > max_tokens_limit:
        raise RequestError(
            f"max_tokens {max_tokens} is above this server's limit of {max_tokens_limit} "
            "(python -m serve --max-tokens); ask for fewer or restart the server with a higher limit",
            "max_tokens",
        )
    return ChatRequest(_user_query(body.get("messages")), tools, tool_choice, max_tokens)
