"""eval.infer: training-identical prompt, tool conversion, batched left-padded greedy generation."""

import json
from pathlib import Path

import pytest

from eval.datasets import load_examples
from eval.infer import load_model, main, predict, predict_many, predict_message, prompt_ids, to_xlam_tools
from eval.parse import NO_CALLS_TAG
from prompt_strategies.render import render_prompt
from prompt_strategies.xlam import tokenize_xlam

TOOLS = [
    {
        "name": "get_weather",
        "description": "Weather for a city.",
        "parameters": {"city": {"description": "City.", "type": "str"}},
    }
]
OPENAI_TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Weather for a city.",
            "parameters": {
                "type": "object",
                "required": ["city"],
                "properties": {
                    "city": {"type": "string", "description": "City."},
                    "unit": {
                        "type": ["string", "null"],
                        "enum": ["c", "f"],
                        "default": "c",
                        "description": "Unit.",
                    },
                    "days": {"type": "array", "items": {"type": "integer"}, "description": "Days."},
                },
            },
        },
    }
]


def test_prompt_is_the_training_prefix(tokenizer):
    ids = prompt_ids(tokenizer, "Weather in Oslo?", TOOLS)
    row = tokenize_xlam(
        tokenizer,
        "Weather in Oslo?",
        TOOLS,
        [{"name": "get_weather", "arguments": {"city": "Oslo"}}],
        train_on_inputs=False,
    )
    assert row["input_ids"][: len(ids)] == ids and row["labels"][len(ids)] != -100
    assert row["labels"][len(ids) - 1] == -100
    assert tokenizer.decode(ids) == "<|begin_of_text|>" + render_prompt("Weather in Oslo?", TOOLS)
    assert ids.count(tokenizer.bos_token_id) == 1


def test_openai_tools_are_converted_to_xlam():
    (tool,) = to_xlam_tools(OPENAI_TOOLS)
    assert tool["name"] == "get_weather" and tool["description"] == "Weather for a city."
    assert tool["parameters"]["city"] == {"description": "City.", "type": "str"}
    assert tool["parameters"]["unit"] == {
        "description": 'Unit. One of: "c", "f".',
        "type": "str, optional",
        "default": "c",
    }
    assert tool["parameters"]["days"]["type"] == "List[int], optional"
    assert to_xlam_tools(TOOLS) == TOOLS
    with pytest.raises(ValueError, match="without a 'name'"):
        to_xlam_tools([{"description": "nameless"}])


def test_batched_left_padded_generation_equals_one_by_one(smoke):
    examples = load_examples(["xlam_heldout", "live_multiple"], limit=2)
    requests = [(e["query"], e["tools"]) for e in examples]
    lengths = {len(prompt_ids(smoke.tokenizer, q, t)) for q, t in requests}
    assert len(lengths) > 1  # the batch really needs padding
    batched = predict_many(smoke, requests, batch_size=4, max_new_tokens=8, progress=False)
    single = [predict_many(smoke, [r], batch_size=1, max_new_tokens=8, progress=False)[0] for r in requests]
    assert [t for t, _ in batched] == [t for t, _ in single]
    assert all(t for t, _ in batched)
    # fixed-shape batches for a static KV cache: every prompt padded to one width, last batch filled
    static = predict_many(smoke, requests, batch_size=3, max_new_tokens=8, progress=False, static_cache=True)
    assert [t for t, _ in static] == [t for t, _ in single]


def test_predict_returns_a_structured_result_and_cli_prints_it(smoke, smoke_model, capsys):
    # the untrained random model cannot write a <calls> block: a named parse error, exit 1
    result = predict(smoke, "Weather in Oslo?", OPENAI_TOOLS, max_new_tokens=8)
    assert result.calls is None and result.error == NO_CALLS_TAG and result.detail
    code = main(
        [
            "--base",
            str(smoke_model),
            "--query",
            "Weather in Oslo?",
            "--backend",
            "hf",
            "--tools",
            json.dumps(OPENAI_TOOLS),
            "--max-new-tokens",
            "8",
            "--raw",
        ]
    )
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"calls", "error", "detail", "warnings", "repr_calls", "text"}
    assert out["text"].strip() and out["detail"] == result.detail  # the same greedy text as predict
    assert (code, out["calls"], out["error"]) == (1, None, NO_CALLS_TAG)


def test_predict_message_and_cli_openai_give_the_openai_form(smoke, smoke_model, capsys):
    message, finish_reason = predict_message(smoke, "Weather in Oslo?", OPENAI_TOOLS, max_new_tokens=8)
    assert finish_reason == "stop" and message["role"] == "assistant" and message["content"]
    args = ["--base", str(smoke_model), "--query", "Weather in Oslo?", "--tools", json.dumps(OPENAI_TOOLS)]
    main([*args, "--backend", "hf", "--max-new-tokens", "8", "--openai", "--raw"])
    out = json.loads(capsys.readouterr().out)
    assert out["message"] == message and out["finish_reason"] == finish_reason
    assert out["message"]["content"] == out["text"].strip()


@pytest.mark.parametrize(
    "tools, message",
    [
        ('[{"name": "f", "parameters": ["city"]}]', "tool 'f': 'parameters' must be an object"),
        ('[{"name": "f", "parameters": "city: str"}]', "tool 'f': 'parameters' must be an object"),
        ('["get_weather"]', "a tool must be an object"),
        ('[{"description": "nameless"}]', "without a 'name'"),
        ('[{"name": "f",', "not a JSON file or JSON text"),
        ("no_such_tools.json", "neither JSON text nor an existing file"),
    ],
)
def test_cli_malformed_tools_exit_2_before_loading_a_model(tools, message, capsys):
    with pytest.raises(SystemExit) as exc:  # --base does not exist: the tools are checked first
        main(["--base", "/nonexistent/model", "--query", "Weather in Oslo?", "--tools", tools])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "--tools: " in err and message in err and "fix the tools JSON" in err


def test_cli_empty_query_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--base", "/nonexistent/model", "--query", "  ", "--tools", json.dumps(TOOLS)])
    assert exc.value.code == 2 and "--query is empty" in capsys.readouterr().err


def test_adapter_dir_without_adapter_is_a_clear_error(tmp_path, smoke_model):
    with pytest.raises(FileNotFoundError, match="adapter_config.json"):
        load_model(str(smoke_model), adapter=str(tmp_path))


@pytest.mark.parametrize(
    "args, missing",
    [
        (["--base", "/nonexistent/model"], "base model /nonexistent/model: no such directory"),
        (["--base", "no-such-org/no-such-model"], "not in the local Hugging Face cache"),
        (["--base", str(Path(__file__).parent)], "no config.json in it"),
        (
            ["--base", "no-such-org/no-such-model", "--adapter", "/nonexistent/adapter"],
            "adapter /nonexistent/adapter: no such directory",
        ),
    ],
)
def test_cli_missing_model_or_adapter_is_one_line_exit_2(args, missing, capsys):
    """HF_HUB_OFFLINE=1 (conftest): a hub id must already be in the local cache."""
    assert main([*args, "--query", "Weather in Oslo?", "--tools", json.dumps(TOOLS)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("python -m eval.infer: error: ") and missing in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_eval_cli_missing_base_is_one_line_exit_2(capsys):
    from conftest import ROOT
    from eval.__main__ import main as eval_main

    code = eval_main(
        [
            "--base",
            "no-such-org/no-such-model",
            "--categories",
            "xlam_heldout",
            "--limit",
            "1",
            "--heldout",
            str(ROOT / "data/xlam_sample/heldout.jsonl"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("xlam-eval: error: base model no-such-org/no-such-model")
    assert err.count("\n") == 1
