"""Model output that is plain ASCII yet not strict JSON (a lone surrogate escape, NaN, 1e400, a
Python set) neither crashes the CLIs nor loses predictions."""

import json

import pytest

from eval import infer, run
from eval.infer import Model
from eval.parse import INVALID_JSON, PYTHON_REPR, parse_calls
from prompt_strategies.render import STRICT_JSON

TOOLS = [{"name": "f", "parameters": {"s": {"type": "str"}}}]
OUTPUTS = {
    "surrogate": '<calls>[{"name": "f", "arguments": {"s": "\\ud83d"}}]</calls>',
    "nan": '<calls>[{"name": "f", "arguments": {"s": NaN}}]</calls>',
    "huge": '<calls>[{"name": "f", "arguments": {"s": 1e400}}]</calls>',
    "set": "<calls>[{'name': 'f', 'arguments': {'s': {1, 2}}}]</calls>",
}


@pytest.mark.parametrize("kind", OUTPUTS)
def test_infer_cli_prints_strict_json_for_bad_model_output(kind, tokenizer, monkeypatch, capsys):
    monkeypatch.setattr(infer, "load_model", lambda *a, **k: Model(tokenizer))
    monkeypatch.setattr(infer, "generate", lambda model, prompts, *a, **k: [OUTPUTS[kind]] * len(prompts))
    code = infer.main(["--base", "any", "--query", "q", "--tools", json.dumps(TOOLS), "--raw"])
    out = STRICT_JSON.decode(capsys.readouterr().out)
    assert code == 1 and out["calls"] is None and out["text"] == OUTPUTS[kind]
    assert out["error"] == (PYTHON_REPR if kind == "set" else INVALID_JSON)


def test_predictions_are_written_before_scoring_and_survive_any_text(tmp_path, monkeypatch):
    texts = [*OUTPUTS.values(), "raw lone surrogate \ud83d"]
    examples = [
        {"id": str(i), "category": "xlam_heldout", "query": "q", "tools": TOOLS, "expected": []}
        for i in range(len(texts))
    ]
    monkeypatch.setattr(
        run, "predict_many", lambda model, requests, *a, **k: [(t, parse_calls(t)) for t in texts]
    )

    def broken_scorer(example, parsed):
        raise RuntimeError("scorer bug")

    monkeypatch.setattr(run, "score_example", broken_scorer)
    path = tmp_path / "predictions.jsonl"
    with pytest.raises(RuntimeError, match="scorer bug"):
        run.evaluate(None, examples, predictions=path)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in rows] == texts, "every generation written, surrogate included"
    assert all(STRICT_JSON.decode(json.dumps(r["parse"])) for r in rows)
    assert [r["parse"]["error"] for r in rows] == [INVALID_JSON] * 3 + [PYTHON_REPR, "no_calls_tag"]
