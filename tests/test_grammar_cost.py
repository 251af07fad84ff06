"""`python -m eval.grammar_cost` measures compile and mask cost over BFCL requests, with and without
the runaway bounds, on the same ground-truth answers."""

import json

import pytest

from eval.datasets import load_examples
from eval.grammar_cost import main, measure, spread


@pytest.mark.parametrize("bounded", [True, False])
def test_measures_every_request_and_walks_the_ground_truth(tokenizer, bounded):
    examples = load_examples(["simple_java", "parallel"])[:6]
    result = measure(tokenizer, examples, threads=1, bounded=bounded)
    assert result["requests"] == 6 and result["fallbacks"] == 0
    assert result["answers_rejected"] == 0 and result["tokens"] > 6 * 10
    assert result["compile_ms_per_request"] > 0 and result["mask_ms_per_token"] > 0


def test_generate_measures_along_the_model_own_constrained_answers(smoke_model, capsys):
    args = ["--tokenizer", str(smoke_model), "--categories", "simple_python,parallel"]
    main([*args, "--generate", "2", "--max-new-tokens", "16"])
    result = json.loads(capsys.readouterr().out)
    assert result["answers"] == "generated" and result["requests"] == 2
    assert result["answers_rejected"] == 0 and 2 <= result["tokens"] <= 2 * 16
    assert result["mask_ms_max"] >= result["mask_ms_p99"] >= result["mask_ms_p50"] > 0


def test_spread_takes_requests_from_every_category():
    examples = load_examples(["simple_python", "parallel"])
    assert {e["id"].rsplit("_", 1)[0] for e in spread(examples, 4)} == {"simple_python", "parallel"}
