"""eval.constrained_closing: near the token limit, constrained decoding steers every answer to its end,
so a looping model's answer still parses and validates; an answer that ends in time is unchanged."""

import pytest
import torch
from test_constrained import (
    SEARCH,
    TOOL_SETS,
    WEATHER,
    RandomJsonWalk,
    assert_valid_answer,
    decode_like_generate,
    json_walk_bonuses,
)

import eval.constrained
from eval.constrained import batch_logits_processor, compile_grammars
from eval.constrained_closing import CLOSING_MARGIN, _bitmask, closing_tokens, narrow_to_closing
from eval.infer import predict_many
from eval.parse import parse_calls

CLIMATE = {
    "name": "climate",
    "description": "Climate factors.",
    "parameters": {"factors": {"type": "List[str]", "description": "."}, "year": {"type": "int"}},
}
CONVERT = {
    "name": "convert",
    "description": "Convert.",
    "parameters": {"x": {"type": "float", "description": "."}, "unit": {"type": "str"}},
}
PING = {"name": "ping", "description": "Ping.", "parameters": {}}
# (tools, what the model writes first, what it then repeats for as long as the grammar allows)
RUNAWAYS = {
    "array": (
        [CLIMATE],
        '<calls>[{"name": "climate", "arguments": {"factors": ["climate_shift"',
        ', "climate_shift"',
    ),
    "string": ([SEARCH], '<calls>[{"name": "search", "arguments": {"query": "climate', " a]]"),
    "number": ([CONVERT], '<calls>[{"name": "convert", "arguments": {"x": 1', "0"),
    "calls": ([PING], '<calls>[{"name": "ping", "arguments": {}}', ', {"name": "ping", "arguments": {}}'),
}
MAX_NEW_TOKENS = 100


class Runaway:
    """A looping model: row i writes its `start` token by token, then its `loop` again and again;
    a token the grammar masks gives way to another of the loop's tokens, then to the longest
    allowed token (text the grammar forces comes in few tokens, as a trained model writes it)."""

    def __init__(self, tokenizer, vocab_size: int, scripts: list[tuple[str, str]]):
        self.scripts = [
            [tokenizer.encode(text, add_special_tokens=False) for text in script] for script in scripts
        ]
        texts = tokenizer.batch_decode([[i] for i in range(len(tokenizer))])
        self.longer = torch.zeros(vocab_size)
        self.longer[: len(texts)] = torch.tensor([len(t) / 100 for t in texts]).clamp(max=1.0)
        self.step = 0

    def __call__(self, input_ids, scores):
        scores = scores + self.longer[: scores.shape[1]]
        for row, (start, loop) in enumerate(self.scripts):
            k = self.step - len(start)
            scores[row, loop] += 5.0
            scores[row, start[self.step] if k < 0 else loop[k % len(loop)]] += 10.0
        self.step += 1
        return scores


def run_away(smoke, cases: list[str], max_new_tokens: int | None) -> list[str]:
    """The answers of a batch of runaway rows (plus a padding row repeating the last one, as
    fixed-shape batches have) decoded for MAX_NEW_TOKENS tokens, the closing mode knowing
    `max_new_tokens` (None: no closing mode)."""
    tools = [RUNAWAYS[c][0] for c in cases]
    grammars = compile_grammars(smoke, tools)
    rows = len(cases) + 1
    scripts = [RUNAWAYS[c][1:] for c in cases]
    vocab = smoke.hf_model.get_output_embeddings().weight.shape[0]
    processors = [
        Runaway(smoke.tokenizer, vocab, scripts + scripts[-1:]),
        *batch_logits_processor(smoke, grammars, list(range(len(cases))), rows, max_new_tokens),
    ]
    out = decode_like_generate(processors, rows, vocab, smoke.stop_ids[0], MAX_NEW_TOKENS)
    return [smoke.tokenizer.decode(row, skip_special_tokens=True) for row in out]


def test_a_runaway_answer_is_closed_within_the_token_limit_and_validates(smoke):
    cases = list(RUNAWAYS)
    texts = run_away(smoke, cases, MAX_NEW_TOKENS)
    for case, text in zip([*cases, cases[-1]], texts):
        assert assert_valid_answer(text, RUNAWAYS[case][0])
        assert text.startswith(RUNAWAYS[case][1]), (case, text)  # the model looped before closing
    assert len(parse_calls(texts[cases.index("array")]).calls[0]["arguments"]["factors"]) > 3
    assert len(parse_calls(texts[cases.index("calls")]).calls) >= 3
    # without the closing mode the same loops are cut mid-answer by the token limit
    for case, text in zip(cases, run_away(smoke, cases, None)):
        assert not parse_calls(text).ok, (case, text)


def test_answers_that_end_in_time_are_unchanged_and_the_rest_are_closed(smoke):
    """Random walks through several schemas: those ending before the last CLOSING_MARGIN tokens are
    the same with the closing mode; with a limit that cuts them, all still parse and validate."""
    tool_sets = TOOL_SETS * 2
    grammars = compile_grammars(smoke, tool_sets)
    vocab = smoke.hf_model.get_output_embeddings().weight.shape[0]
    bonuses = json_walk_bonuses(smoke.tokenizer, vocab)
    rows = list(range(len(grammars)))

    def walk(seed: int, limit: int, max_new_tokens: int | None) -> list[list[int]]:
        processors = [
            RandomJsonWalk(bonuses, seed, steps=60),
            *batch_logits_processor(smoke, grammars, rows, len(rows), max_new_tokens),
        ]
        return decode_like_generate(processors, len(rows), vocab, smoke.stop_ids[0], limit)

    eos, seed = smoke.stop_ids[0], 0
    free = walk(seed, 400, None)
    longest = max(row.index(eos) + 1 for row in free)
    assert walk(seed, longest + CLOSING_MARGIN, longest + CLOSING_MARGIN) == free
    assert any(eos not in row[:100] for row in free)  # a limit of 100 cuts some free walks
    for row, tools in zip(walk(seed, 100, 100), tool_sets):
        assert eos in row
        assert_valid_answer(smoke.tokenizer.decode(row, skip_special_tokens=True), tools)


def test_generate_passes_its_token_limit_to_the_closing_mode(smoke, monkeypatch):
    """The smoke model (random weights) writes long strings; with 80 new tokens every constrained
    answer still ends with `</calls>` and validates; without the closing mode they are cut."""
    requests = [("Weather in Oslo?", [WEATHER]), ("Find flights.", [SEARCH])] * 2
    grammars = compile_grammars(smoke, [t for _, t in requests], min_calls=[1] * len(requests))

    def answers() -> list[str]:
        out = predict_many(
            smoke, requests, batch_size=3, max_new_tokens=80, progress=False, grammars=grammars
        )
        return [text for text, _ in out]

    for text, (_, tools) in zip(answers(), requests):
        assert_valid_answer(text, tools)
    monkeypatch.setattr(eval.constrained, "CLOSING_MARGIN", 0)
    assert not all(parse_calls(text).ok for text in answers())


@pytest.mark.parametrize("vocab_size", [100, 128])
def test_closing_tokens_narrow_a_mask_to_its_first_allowed_tier(vocab_size):
    vocab = [b"a", b'"', b"]", b'"]}', b" ", b",", b", ", b"],", b"}", b"]]", b"tr", b"e"]
    tokens = closing_tokens(vocab + [b"1"] * (vocab_size - len(vocab)), vocab_size)
    words = -(-vocab_size // 32)

    def ids(mask: torch.Tensor) -> list[int]:
        return [i for i in range(words * 32) if (int(mask[i // 32]) >> (i % 32)) & 1]

    assert ids(tokens.quote) == [1, 3] and ids(tokens.bracket) == [2, 8, 9]
    assert ids(tokens.comma) == [5, 6] and ids(tokens.word) == [0]  # `tr` may start `true`

    def narrowed(allowed: list[int]) -> list[int]:
        bitmask = torch.zeros((2, words), dtype=torch.int32)
        bitmask[1] = _bitmask(allowed, vocab_size)
        narrow_to_closing(bitmask, 1, tokens)
        return ids(bitmask[1])

    assert narrowed([1, 2, 5, 10]) == [2]  # `]` ends a list: before a quote, which opens a string
    assert narrowed([0, 1, 2, 3, 4]) == [1, 3]  # in a string (`a` allowed), `]` would continue it
    assert narrowed([5, 6, 11, 12]) == [5, 6]  # a `,` only when nothing else closes
    assert narrowed([4, 10, 11]) == [4, 10, 11]  # nothing to narrow: the grammar's mask is kept
