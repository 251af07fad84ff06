"""eval.constrained: schema-constrained decoding. Every constrained output parses and every call
validates against its tool's schema; a schema that cannot be compiled falls back (counted);
rows without a grammar decode exactly as before."""

import json

import jsonschema
import pytest
import torch

from eval.constrained import MAX_CALLS, batch_logits_processor, calls_schema, compile_grammars
from eval.constrained_bounds import STRING_MAX_LENGTH
from eval.datasets import load_examples
from eval.infer import DEFAULT_MAX_NEW_TOKENS, generate, load_model, main, predict, predict_many, prompt_ids
from eval.parse import parse_calls
from eval.report import markdown
from eval.run import constrained_fallbacks, evaluate, run
from prompt_strategies.render import CALLS_CLOSE
from prompt_strategies.rows import call_violation
from smollm2_proof import compare

WEATHER = {
    "name": "get_weather",
    "description": "Weather for a city.",
    "parameters": {
        "city": {"type": "str", "description": "City."},
        "days": {"type": "List[int], optional", "description": "Days ahead."},
        "metric": {"type": "bool", "description": "Metric units.", "default": True},
    },
}
SEARCH = {
    "name": "search",
    "description": "Search.",
    "parameters": {
        "query": {"type": "str", "description": "Query."},
        "limit": {"type": "Optional[int]", "description": "Max hits."},
        "filters": {"type": "Dict[str, Any]", "description": "Filters."},
        "score": {"type": "float", "description": "Min score."},
        "tags": {"type": "List[str]", "description": "Tags."},
    },
}
BOOKING = {
    "type": "function",
    "function": {  # OpenAI form: enum and nested objects are constrained
        "name": "book",
        "description": "Book a trip.",
        "parameters": {
            "type": "object",
            "required": ["traveler", "class"],
            "properties": {
                "class": {"type": "string", "enum": ["economy", "business"], "description": "Class."},
                "traveler": {
                    "type": "object",
                    "required": ["name"],
                    "additionalProperties": False,
                    "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
                },
                "legs": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["to"],
                        "properties": {"to": {"type": "string"}, "nights": {"type": "integer"}},
                    },
                },
                "seat": {"type": ["string", "null"], "description": "Seat."},
            },
        },
    },
}
SEEDS = 3
NO_PARAMS = {"name": "ping", "description": "Ping.", "parameters": {}}
TOOL_SETS = [[WEATHER], [WEATHER, SEARCH], [BOOKING], [BOOKING, NO_PARAMS, SEARCH]]
QUERIES = [
    "Weather in Oslo for the next 3 days?",
    "Find cheap flights to Paris, then book economy.",
    "Book business for Ada (36) to Rome for 2 nights.",
    "ping",
]
UNKNOWN_TYPE = {
    "type": "function",
    "function": {"name": "f", "parameters": {"type": "object", "properties": {"x": {"type": "dict"}}}},
}  # not a JSON Schema type
UNCOMPILABLE = {
    "type": "function",
    "function": {
        "name": "g",
        "parameters": {"type": "object", "properties": {"x": {"$ref": "#/definitions/missing"}}},
    },
}


def assert_valid_answer(text: str, tools: list[dict]) -> list[dict]:
    """Parses cleanly; every call names a given tool and validates against its schema (the
    tool's own JSON Schema for OpenAI-form tools, the eval's XLAM schema otherwise)."""
    parsed = parse_calls(text)
    assert parsed.ok and not parsed.warnings, (text, parsed)
    assert text.endswith(CALLS_CLOSE)
    by_name = {t.get("function", t)["name"]: t for t in tools}
    for call in parsed.calls:
        tool = by_name[call["name"]]
        if "function" in tool:
            schema = {"additionalProperties": False, **tool["function"]["parameters"]}
            jsonschema.validate(call["arguments"], schema)
        else:
            assert call_violation(call, {tool["name"]: tool}) == (None, ""), (call, tool)
    return parsed.calls


def json_walk_bonuses(tokenizer, vocab_size: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Per-token bonuses of RandomJsonWalk: (while walking, while closing)."""
    walk, closing = torch.zeros(vocab_size), torch.zeros(vocab_size)
    for i, text in enumerate(tokenizer.batch_decode([[i] for i in range(len(tokenizer))])):
        if "[]" in text:  # `<calls>[]` is one token away: favour answers with calls
            walk[i] = -5.0
        if not text or not (set(text) <= set('"[]{},: ') or text in ("true", "false", "null")):
            continue
        closes = set(text) <= set('"}],')
        opens = "{" in text or ("[" in text and "]" not in text)
        walk[i] = 16.0 if opens else 15.0 if closes else 10.0
        closing[i] = 30.0 if set(text) <= set('"}]') else 20.0 * closes
    return walk, closing


class RandomJsonWalk:
    """Replaces the model's logits by seeded noise plus a bonus for JSON punctuation and literals
    (opening and closing tokens most): under the grammar's mask, greedy decoding then takes a
    random walk through the schema with short strings and numbers (a random model alone
    mostly answers `[]`). After `steps` tokens only closing tokens get a bonus, so it ends."""

    def __init__(self, bonuses: tuple[torch.Tensor, torch.Tensor], seed: int, steps: int = 40):
        self.walk, self.closing = bonuses
        self.generator = torch.Generator().manual_seed(seed)
        self.steps = steps

    def __call__(self, input_ids, scores):
        self.steps -= 1
        bonus = self.walk if self.steps > 0 else self.closing
        noise = 2 * torch.rand(scores.shape, generator=self.generator)
        return (noise + bonus[: scores.shape[1]]).to(scores.device)


def decode_like_generate(processors, rows: int, vocab_size: int, eos: int, max_new_tokens: int):
    """HF generate's greedy loop without a model (its logits would be replaced anyway): process
    the scores, take the argmax, pad finished rows with EOS; the new tokens of each row."""
    tokens = torch.zeros((rows, 1), dtype=torch.long)
    done = torch.zeros(rows, dtype=torch.bool)
    for _ in range(max_new_tokens):
        scores = torch.zeros((rows, vocab_size))
        for processor in processors:
            scores = processor(tokens, scores)
        next_tokens = torch.where(done, eos, scores.argmax(-1))
        tokens = torch.cat([tokens, next_tokens[:, None]], dim=1)
        done |= next_tokens == eos
        if done.all():
            break
    return tokens[:, 1:].tolist()


def test_random_walks_through_the_grammar_parse_and_validate(smoke):
    """Nested objects, lists, enums, optional and nullable params, several tools per request:
    every output parses cleanly, validates, and ends with EOS right after </calls>."""
    tok = smoke.tokenizer
    tool_sets = TOOL_SETS * 2
    grammars = compile_grammars(smoke, tool_sets)
    assert all(g is not None for g in grammars)
    vocab = smoke.hf_model.get_output_embeddings().weight.shape[0]
    bonuses = json_walk_bonuses(tok, vocab)
    calls_seen = []
    for seed in range(SEEDS):
        processors = [
            RandomJsonWalk(bonuses, seed),
            *batch_logits_processor(smoke, grammars, list(range(len(grammars))), len(grammars)),
        ]
        rows = decode_like_generate(processors, len(grammars), vocab, smoke.stop_ids[0], 200)
        for row, tools in zip(rows, tool_sets):
            assert smoke.stop_ids[0] in row, tok.decode(row)
            calls_seen += assert_valid_answer(tok.decode(row, skip_special_tokens=True), tools)
    names = {c["name"] for c in calls_seen}
    assert {"get_weather", "search", "book"} <= names  # the walks really exercised the schemas
    booked = [c["arguments"] for c in calls_seen if c["name"] == "book"]
    assert {b["class"] for b in booked} == {"economy", "business"}  # enum
    searched = [c["arguments"] for c in calls_seen if c["name"] == "search"]
    assert {"limit" in a for a in searched} == {True, False}  # optional params taken and left out


class TokenBonus:
    """A runaway model: adds `bonus(token text)` to every score, the same at every step."""

    def __init__(self, tokenizer, vocab_size: int):
        texts = tokenizer.batch_decode([[i] for i in range(len(tokenizer))])
        self.bonus = torch.zeros(vocab_size)
        for i, text in enumerate(texts):
            self.bonus[i] = self.bonus_for(text)

    def bonus_for(self, text: str) -> float:
        raise NotImplementedError

    def __call__(self, input_ids, scores):
        return scores + self.bonus[: scores.shape[1]].to(scores.device)


class RepeatCalls(TokenBonus):
    """Always prefers starting another call over closing the list."""

    def bonus_for(self, text: str) -> float:
        if text.strip().startswith(",") or text.strip() == "{":
            return 30.0
        return 10.0 if text and set(text) <= set('"{}:, ') else 0.0


def test_a_runaway_call_list_is_closed_after_max_calls(smoke):
    ping = {"name": "ping", "description": "Ping.", "parameters": {}}
    grammars = compile_grammars(smoke, [[ping]])
    vocab = smoke.hf_model.get_output_embeddings().weight.shape[0]
    processors = [RepeatCalls(smoke.tokenizer, vocab), *batch_logits_processor(smoke, grammars, [0], 1)]
    (row,) = decode_like_generate(processors, 1, vocab, smoke.stop_ids[0], 40 * MAX_CALLS)
    assert smoke.stop_ids[0] in row
    calls = assert_valid_answer(smoke.tokenizer.decode(row, skip_special_tokens=True), [ping])
    assert len(calls) == MAX_CALLS
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(calls + calls[:1], calls_schema([ping]))


class NeverCloseString(TokenBonus):
    """A runaway model inside a string: text such as `</calls>assistant>user>` beats everything
    (longer pieces more), a quote (opening a string, no escape) comes next, closing brackets last."""

    def bonus_for(self, text: str) -> float:
        if text.strip() and all(c.isalpha() or c in " <>/" for c in text):
            return 20.0 + len(text)
        if '"' in text and "\\" not in text:
            return 10.0
        return 5.0 if text and set(text) <= set("]} ") else 0.0


def test_a_string_that_is_never_closed_is_cut_at_its_max_length_within_the_budget(smoke):
    tools = [SEARCH]  # a string, then a free-form object whose keys and values are strings too
    grammars = compile_grammars(smoke, [tools])
    vocab = smoke.hf_model.get_output_embeddings().weight.shape[0]
    processors = [NeverCloseString(smoke.tokenizer, vocab), *batch_logits_processor(smoke, grammars, [0], 1)]
    (row,) = decode_like_generate(processors, 1, vocab, smoke.stop_ids[0], DEFAULT_MAX_NEW_TOKENS)
    text = smoke.tokenizer.decode(row, skip_special_tokens=True)
    assert smoke.stop_ids[0] in row, text[-200:]
    (call, *_) = assert_valid_answer(text, tools)
    assert len(call["arguments"]["query"]) == STRING_MAX_LENGTH


def test_greedy_batched_constrained_equals_one_by_one_and_stops_at_eos(smoke):
    requests = [(q, tools) for q, tools in zip(QUERIES, TOOL_SETS)]
    grammars = compile_grammars(smoke, [t for _, t in requests])
    batched = predict_many(
        smoke, requests, batch_size=4, max_new_tokens=64, progress=False, grammars=grammars
    )
    single = [
        predict_many(smoke, [r], batch_size=1, max_new_tokens=64, progress=False, grammars=[g])[0]
        for r, g in zip(requests, grammars)
    ]
    assert [t for t, _ in batched] == [t for t, _ in single]
    for (text, _parsed), (_, tools) in zip(batched, requests):
        assert_valid_answer(text, tools)
    # static-cache style fixed-shape batches (the last one filled with repeats) work too
    static = predict_many(
        smoke, requests, batch_size=3, max_new_tokens=64, progress=False, static_cache=True, grammars=grammars
    )
    assert [t for t, _ in static] == [t for t, _ in single]


def test_rows_without_a_grammar_decode_exactly_as_unconstrained(smoke):
    examples = load_examples(["xlam_heldout"], limit=3)
    prompts = [prompt_ids(smoke.tokenizer, e["query"], e["tools"]) for e in examples]
    free = generate(smoke, prompts, batch_size=3, max_new_tokens=12, progress=False)
    assert not all(parse_calls(t).ok and t.endswith(CALLS_CLOSE) for t in free)  # a random model
    grammars = compile_grammars(smoke, [e["tools"] for e in examples])
    mixed = generate(
        smoke, prompts, batch_size=3, max_new_tokens=12, progress=False, grammars=[None, grammars[1], None]
    )
    assert mixed[0] == free[0] and mixed[2] == free[2]
    assert (
        generate(smoke, prompts, batch_size=3, max_new_tokens=12, progress=False, grammars=[None] * 3) == free
    )


def test_uncompilable_schema_falls_back_with_a_warning_and_is_counted(smoke, capsys, tmp_path):
    grammars = compile_grammars(smoke, [[UNKNOWN_TYPE], [WEATHER], [UNCOMPILABLE]], ["a", "b", "c"])
    assert [g is None for g in grammars] == [True, False, True]
    warnings = capsys.readouterr().err.strip().splitlines()
    assert len(warnings) == 2
    assert warnings[0].startswith("warning: constrained decoding off for a (tools: f): ")
    assert "'dict' is not valid" in warnings[0]
    assert warnings[1].startswith("warning: constrained decoding off for c (tools: g): ")
    assert "missing" in warnings[1] and ".cc:" not in warnings[1]

    examples = load_examples(["xlam_heldout"], limit=3)
    examples[0]["tools"] = [UNKNOWN_TYPE]
    scored = evaluate(smoke, examples, batch_size=3, max_new_tokens=48, progress=False, constrained=True)
    assert [r["constrained"] for r in scored] == [False, True, True]
    assert constrained_fallbacks(scored) == 1
    for row, example in zip(scored[1:], examples[1:]):
        assert_valid_answer(row["text"], example["tools"])
        assert row["scores"]["parse_rate"] and row["scores"]["clean_parse_rate"]


def test_python_m_eval_constrained_reports_labels_and_fallbacks(smoke_model, tmp_path):
    result = run(
        str(smoke_model),
        None,
        ["simple_python", "irrelevance"],
        tmp_path,
        limit=2,
        batch_size=4,
        max_new_tokens=96,
        progress=False,
        constrained=True,
    )
    assert list(result["models"]) == ["base (constrained)"]
    assert result["config"]["constrained"] is True
    assert result["config"]["constrained_fallbacks"] == {"base (constrained)": 0}
    assert result["models"]["base (constrained)"]["overall"]["parse_rate"] == 1.0
    assert "fell back to unconstrained" in markdown(result)
    predictions = (tmp_path / "predictions_base_constrained.jsonl").read_text()
    rows = [json.loads(line) for line in predictions.splitlines()]
    assert len(rows) == 4 and all(r["constrained"] for r in rows)


def test_predict_and_cli_constrained(smoke, smoke_model, capsys):
    result = predict(smoke, "Book economy for Ada.", [BOOKING], constrained=True, max_new_tokens=96)
    assert result.ok and not result.warnings
    code = main(
        [
            "--base",
            str(smoke_model),
            "--query",
            "Weather in Oslo?",
            "--tools",
            json.dumps([WEATHER]),
            "--max-new-tokens",
            "64",
            "--constrained",
            "--raw",
        ]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["error"] is None
    assert_valid_answer(out["text"], [WEATHER])


def test_cli_constrained_with_vllm_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(
            [
                "--base",
                "/nonexistent/model",
                "--query",
                "q",
                "--tools",
                json.dumps([WEATHER]),
                "--backend",
                "vllm",
                "--constrained",
            ]
        )
    assert exc.value.code == 2 and "--backend hf" in capsys.readouterr().err


def test_calls_schema_accepts_the_training_answers():
    for example in load_examples(["xlam_heldout"], limit=20):
        jsonschema.validate(example["expected"], calls_schema(example["tools"]))
    jsonschema.validate([], calls_schema([]))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{"name": "get_weather", "arguments": {}}], calls_schema([WEATHER]))


def test_compare_reports_constrained_variants_under_their_own_label(smoke_model, tmp_path, capsys):
    compare.main(
        [
            "--base",
            str(smoke_model),
            "--no-base",
            "--tuned",
            f"tuned={smoke_model}",
            "--categories",
            "simple_python",
            "--limit",
            "2",
            "--batch-size",
            "2",
            "--max-new-tokens",
            "32",
            "--out",
            str(tmp_path),
            "--constrained",
        ]
    )
    report = json.loads((tmp_path / "report.json").read_text())
    assert list(report["models"]) == ["tuned", "tuned (constrained)"]
    assert report["config"]["constrained_fallbacks"] == {"tuned (constrained)": 0}
    assert report["models"]["tuned (constrained)"]["overall"]["parse_rate"] == 1.0
    assert (tmp_path / "predictions_tuned_constrained.jsonl").exists()
    compare.main(
        [
            "--base",
            str(smoke_model),
            "--no-base",
            "--tuned",
            f"again={smoke_model}",
            "--categories",
            "simple_python",
            "--limit",
            "1",
            "--max-new-tokens",
            "8",
            "--out",
            str(tmp_path),
            "--constrained-only",
            "--append",
        ]
    )
    report = json.loads((tmp_path / "report.json").read_text())
    assert list(report["models"]) == ["tuned", "tuned (constrained)", "again (constrained)"]


@pytest.mark.slow  # 20-30 s on 2 CPU cores
def test_smollm2_constrained_answers_bfcl_simple_python_with_valid_calls(smollm2):
    """The real SmolLM2-135M-Instruct (not trained on our format): constrained, every answer
    parses and every call validates against its tool's schema."""
    model = load_model(str(smollm2), backend="hf")
    examples = load_examples(["simple_python"], limit=4)
    scored = evaluate(model, examples, batch_size=4, max_new_tokens=96, progress=False, constrained=True)
    assert constrained_fallbacks(scored) == 0
    for row, example in zip(scored, examples):
        calls = assert_valid_answer(row["text"], example["tools"])
        assert row["scores"]["parse_rate"] and (not calls or row["scores"]["schema_valid"])


def test_a_token_outside_the_grammar_turns_that_row_unconstrained(smoke, capsys):
    """Another logits processor could leave a row no allowed token: that row goes on
    unconstrained with a warning instead of failing the whole batch."""
    grammars = compile_grammars(smoke, [[WEATHER], [WEATHER]])
    (processor,) = batch_logits_processor(smoke, grammars, [0, 1], 2)
    vocab = processor.vocab_size
    prompt = torch.zeros((2, 3), dtype=torch.long)
    scores = processor(prompt, torch.zeros((2, vocab)))
    assert torch.isinf(scores).any(dim=1).all()  # both rows masked: only `<calls>` prefixes allowed
    allowed = int(scores[0].argmax())
    bad = smoke.tokenizer.encode("Hello", add_special_tokens=False)[0]
    step = torch.cat([prompt, torch.tensor([[allowed], [bad]])], dim=1)
    scores = processor(step, torch.zeros((2, vocab)))
    assert torch.isinf(scores[0]).any() and not torch.isinf(scores[1]).any()
    assert "constrained decoding off for batch row 1" in capsys.readouterr().err
