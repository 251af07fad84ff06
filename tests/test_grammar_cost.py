"""`python -m eval.grammar_cost` measures compile and mask cost over BFCL requests, with and without
the runaway bounds, on the same ground-truth answers."""

import pytest

from eval.datasets import load_examples
from eval.grammar_cost import measure


@pytest.mark.parametrize("bounded", [True, False])
def test_measures_every_request_and_walks_the_ground_truth(tokenizer, bounded):
    examples = load_examples(["simple_java", "parallel"])[:6]
    result = measure(tokenizer, examples, threads=1, bounded=bounded)
    assert result["requests"] == 6 and result["fallbacks"] == 0
    assert result["answers_rejected"] == 0 and result["tokens"] > 6 * 10
    assert result["compile_ms_per_request"] > 0 and result["mask_ms_per_token"] > 0
