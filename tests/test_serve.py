"""python -m serve: the OpenAI-compatible server on the smoke model, called with the official
`openai` client over real HTTP (uvicorn in a thread on a free localhost port)."""

import json
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import httpx
import jsonschema
import openai
import pytest
import uvicorn

from eval.infer import predict_many
from serve.__main__ import main as serve_main
from serve.app import create_app
from serve.batcher import Batcher

NAME = "smoke-model"


def function_tool(name: str, properties: dict, required: list[str]) -> dict:
    parameters = {"type": "object", "properties": properties, "required": required}
    return {"type": "function", "function": {"name": name, "description": name, "parameters": parameters}}


CITY = {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["c", "f"]}}
WEATHER = function_tool("get_weather", CITY, ["city"])
PING = function_tool("ping", {}, [])
USER = [{"role": "user", "content": "Weather in Oslo?"}]


@contextmanager
def running(model, constrained: bool, max_batch: int = 8):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    batcher = Batcher(model, max_batch=max_batch, wait_s=0.01, constrained=constrained)
    server = uvicorn.Server(
        uvicorn.Config(create_app(batcher, NAME, 256), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}/v1", batcher
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        batcher.close()


@pytest.fixture(scope="module")
def server(smoke):
    with running(smoke, constrained=False) as (url, batcher):
        yield openai.OpenAI(base_url=url, api_key="unused", max_retries=0), batcher


@pytest.fixture(scope="module")
def constrained_server(smoke):
    with running(smoke, constrained=True) as (url, batcher):
        yield openai.OpenAI(base_url=url, api_key="unused", max_retries=0), batcher


def test_models_lists_the_served_model(server):
    client, _ = server
    assert [m.id for m in client.models.list().data] == [NAME]


def test_an_answer_without_calls_is_the_models_text(server, smoke):
    client, _ = server
    response = client.chat.completions.create(model=NAME, messages=USER, tools=[WEATHER], max_tokens=12)
    (choice,) = response.choices
    ((text, parsed),) = predict_many(
        smoke, [("Weather in Oslo?", [WEATHER])], max_new_tokens=12, progress=False
    )
    assert not parsed.ok  # the random smoke model writes no <calls> block
    assert choice.message.tool_calls is None and choice.finish_reason == "stop"
    assert choice.message.content == text.strip() and response.model == NAME


def test_constrained_calls_are_offered_tools_with_schema_valid_arguments(constrained_server):
    client, _ = constrained_server
    response = client.chat.completions.create(
        model=NAME,
        messages=[{"role": "system", "content": "Be brief."}, *USER],
        tools=[WEATHER, PING],
        tool_choice="required",
        max_tokens=256,
    )
    (choice,) = response.choices
    assert choice.finish_reason == "tool_calls" and choice.message.content is None
    calls = choice.message.tool_calls
    assert calls and len({c.id for c in calls}) == len(calls)
    schemas = {t["function"]["name"]: t["function"]["parameters"] for t in (WEATHER, PING)}
    for call in calls:
        assert call.type == "function" and call.function.name in schemas
        jsonschema.validate(json.loads(call.function.arguments), schemas[call.function.name])


def test_constrained_without_tools_abstains_as_a_plain_message(constrained_server):
    client, _ = constrained_server
    response = client.chat.completions.create(model=NAME, messages=USER, tools=[], max_tokens=16)
    (choice,) = response.choices
    assert choice.message.tool_calls is None and choice.finish_reason == "stop"
    assert choice.message.content == "<calls>[]</calls>"


def test_tool_choice_none_answers_with_text(constrained_server, smoke):
    client, _ = constrained_server
    response = client.chat.completions.create(
        model=NAME, messages=USER, tools=[WEATHER], tool_choice="none", max_tokens=12
    )
    ((text, _),) = predict_many(smoke, [("Weather in Oslo?", [WEATHER])], max_new_tokens=12, progress=False)
    assert response.choices[0].message.content == text.strip()  # decoded unconstrained


BAD_TOOL = {"type": "function", "function": {"name": "f", "parameters": {"type": "object", "properties": []}}}


@pytest.mark.parametrize(
    "request_kwargs, message",
    [
        ({"messages": [{"role": "system", "content": "Hi"}]}, "single user turn"),
        ({"messages": [*USER, {"role": "assistant", "content": "ok"}, *USER]}, "single user turn"),
        ({"messages": "Weather in Oslo?"}, "'messages' must be a non-empty list"),
        ({"messages": [{"role": "user", "content": 3}]}, "needs non-empty text 'content'"),
        ({"tools": [BAD_TOOL]}, "tools[0].function.parameters is not valid JSON Schema at properties"),
        ({"tools": [{"name": "get_weather"}]}, 'tools[0] must be {"type": "function"'),
        ({"tool_choice": "sometimes"}, "'tool_choice' 'sometimes' is not supported"),
        ({"tool_choice": "required"}, "needs a server started with --constrained"),
        ({"stream": True}, "streaming is not supported"),
        ({"max_tokens": "64"}, "'max_tokens' must be a positive integer"),
        ({"max_tokens": 0}, "'max_tokens' must be a positive integer"),
        ({"max_tokens": 10_000}, "max_tokens 10000 is above this server's limit of 256"),
        ({"n": 2}, "only 'n': 1 is supported"),
    ],
)
def test_malformed_requests_get_400_saying_what_to_fix(server, request_kwargs, message):
    client, _ = server
    with pytest.raises(openai.BadRequestError) as exc:
        client.chat.completions.create(
            **{"model": NAME, "messages": USER, "tools": [WEATHER], **request_kwargs}
        )
    assert exc.value.status_code == 400 and message in exc.value.message
    assert exc.value.body["type"] == "invalid_request_error"


def test_unknown_model_is_404_and_a_non_json_body_is_400(server):
    client, _ = server
    with pytest.raises(openai.NotFoundError, match="GET /v1/models"):
        client.chat.completions.create(model="gpt-4o", messages=USER)
    response = httpx.post(f"{client.base_url}chat/completions", content=b"{not json")
    assert response.status_code == 400 and "not JSON" in response.json()["error"]["message"]


def test_a_burst_of_concurrent_requests_is_answered_in_fewer_batches(server, smoke):
    client, batcher = server
    queries = [f"Weather in city number {i}?" for i in range(8)]
    before = (batcher.batches, batcher.answered)

    def ask(query):
        messages = [{"role": "user", "content": query}]
        return client.chat.completions.create(model=NAME, messages=messages, tools=[WEATHER], max_tokens=8)

    with ThreadPoolExecutor(len(queries)) as pool:
        responses = list(pool.map(ask, queries))
    batches, answered = batcher.batches - before[0], batcher.answered - before[1]
    assert answered == len(queries) and 1 <= batches < len(queries)
    # each caller got the answer to its own request
    expected = predict_many(
        smoke, [(q, [WEATHER]) for q in queries], batch_size=8, max_new_tokens=8, progress=False
    )
    assert [r.choices[0].message.content for r in responses] == [t.strip() for t, _ in expected]


def test_cli_usage_errors_exit_2(capsys, tmp_path):
    with pytest.raises(SystemExit) as exc:
        serve_main(["--model", str(tmp_path), "--max-batch", "0"])
    assert exc.value.code == 2 and "--max-batch" in capsys.readouterr().err
    assert serve_main(["--model", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("python -m serve: error: base model") and "Traceback" not in err
