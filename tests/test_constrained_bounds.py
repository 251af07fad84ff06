"""The eval's token budget and the constrained grammar's value bounds, checked against BFCL's
ground truth: the default budget holds the longest reference answer, and no bound excludes one."""

import json
import statistics

import pytest
import xgrammar as xgr
from xgrammar.testing import _is_grammar_accept_string

from eval import constrained_bounds as bounds
from eval.bfcl import CATEGORIES
from eval.constrained import (
    MAX_CALLS,
    SEPARATORS,
    allow_escapes,
    bound_number_digits,
    calls_schema,
    decoding_schema,
    tool_call_schema,
)
from eval.constrained_closing import CLOSING_MARGIN
from eval.datasets import load_examples
from eval.infer import DEFAULT_MAX_NEW_TOKENS
from prompt_strategies.render import CALLS_CLOSE, render_completion, to_json
from smollm2_proof import compare

MARGIN = 1.25  # SmolLM2's tokenizer takes more tokens than Llama 3's for the same answer


@pytest.fixture(scope="module")
def bfcl():
    return [e for e in load_examples(list(CATEGORIES)) if e["expected"]]


def test_default_budget_holds_the_longest_bfcl_answer(bfcl, tokenizer):
    lengths = {
        e["id"]: len(tokenizer.encode(render_completion(e["expected"]), add_special_tokens=False)) + 1
        for e in bfcl
    }  # + EOS
    longest = max(lengths, key=lengths.get)
    assert MARGIN * lengths[longest] < DEFAULT_MAX_NEW_TOKENS, (longest, lengths[longest])
    # the closing mode (the last CLOSING_MARGIN tokens) never reaches an answer of BFCL's length
    assert MARGIN * lengths[longest] + CLOSING_MARGIN <= DEFAULT_MAX_NEW_TOKENS
    per_call = statistics.mean(lengths[e["id"]] / len(e["expected"]) for e in bfcl)
    assert MAX_CALLS * per_call < DEFAULT_MAX_NEW_TOKENS  # a runaway list is closed within the budget
    assert compare.parser().get_default("max_new_tokens") == DEFAULT_MAX_NEW_TOKENS


def _values(value, depth=0):
    yield value, depth
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    for child in children:
        yield from _values(child, depth + 1)


def test_every_bfcl_value_is_within_the_bounds(bfcl):
    values = [v for e in bfcl for call in e["expected"] for v in _values(call["arguments"])]
    strings = [v for v, _ in values if isinstance(v, str)]
    strings += [k for v, _ in values if isinstance(v, dict) for k in v]
    integers = [v for v, _ in values if isinstance(v, int) and not isinstance(v, bool)]
    assert max(len(to_json(v)) - 2 for v in strings) < bounds.STRING_MAX_LENGTH / 2  # JSON text
    assert max(map(abs, integers)) <= bounds.INTEGER_BOUND
    assert max(len(v) for v, _ in values if isinstance(v, list)) < bounds.ARRAY_MAX_ITEMS / 2
    assert max(len(v) for v, _ in values if isinstance(v, dict)) < bounds.OBJECT_MAX_PROPERTIES / 2
    assert max(d for _, d in values) < bounds.FREE_FORM_DEPTH


def _grammar(schema: dict, digits: bool = True) -> xgr.Grammar:
    """The grammar Constrainer compiles from `schema` (`digits=False`: numbers unbounded)."""
    grammar = xgr.Grammar.from_json_schema(
        json.dumps(schema), any_whitespace=False, separators=SEPARATORS, strict_mode=False
    )
    return allow_escapes(bound_number_digits(grammar) if digits else grammar)


def test_the_bounds_exclude_no_reference_answer(bfcl):
    """Every answer with an escaped string (Java/JavaScript code, quotes) and a sample of the rest:
    what the unbounded schema's grammar accepts, the bounded one accepts too."""
    escaped = [e for e in bfcl if "\\" in to_json(e["expected"])]
    assert len(escaped) >= 10
    checked = 0
    for e in escaped + bfcl[::40]:
        answer = to_json(e["expected"])
        if _is_grammar_accept_string(_grammar(calls_schema(e["tools"]), digits=False), answer):
            assert _is_grammar_accept_string(_grammar(decoding_schema(e["tools"])), answer), e["id"]
            checked += 1
    assert checked >= len(escaped)


TOOL = {
    "name": "f",
    "parameters": {
        "s": {"type": "str"},
        "i": {"type": "int"},
        "x": {"type": "float"},
        "d": {"type": "dict"},
        "a": {"type": "Any"},
    },
}


def _call(**arguments) -> str:
    return to_json([{"name": "f", "arguments": {"s": "", "i": 0, "x": 0, "d": {}, "a": None, **arguments}}])


def test_bounded_strings_take_control_characters_only_escaped():
    grammar = _grammar(decoding_schema([TOOL]))
    assert _is_grammar_accept_string(grammar, _call(s="a\x00b\tc"))  # written as \u0000 and \t
    raw = _call(s="a").replace('"s": "a"', '"s": "a\x00b"')
    assert not _is_grammar_accept_string(grammar, raw)
    assert not _is_grammar_accept_string(grammar, raw.replace("\x00", "\t"))


@pytest.mark.parametrize(
    "arguments, accepted",
    [
        ({"s": ("é" * 100 + '"\\\n') * 4 + "a" * (bounds.STRING_MAX_LENGTH - 4 * 106)}, True),
        ({"s": '"' * (bounds.STRING_MAX_LENGTH // 2 + 1)}, False),  # an escape counts its 2 characters
        ({"s": "a" * (bounds.STRING_MAX_LENGTH + 1)}, False),
        ({"i": bounds.INTEGER_BOUND}, True),
        ({"i": -bounds.INTEGER_BOUND - 1}, False),
        ({"x": 6.626e-34}, True),
        ({"x": 10**40}, False),  # 41 digits
        ({"d": {"k": [[{"deep": "v"}]]}}, True),
        ({"d": {"k": [[[[["too deep"]]]]]}}, False),
        ({"d": {str(i): i for i in range(bounds.OBJECT_MAX_PROPERTIES + 1)}}, False),
        ({"a": list(range(bounds.ARRAY_MAX_ITEMS))}, True),
        ({"a": list(range(bounds.ARRAY_MAX_ITEMS + 1))}, False),
        ({"a": {"k" * (bounds.STRING_MAX_LENGTH + 1): 1}}, False),
    ],
)
def test_bounded_grammar(arguments, accepted):
    assert _is_grammar_accept_string(_grammar(decoding_schema([TOOL])), _call(**arguments)) is accepted
    assert _is_grammar_accept_string(_grammar(calls_schema([TOOL]), digits=False), _call(**arguments))


def test_every_bfcl_number_is_within_the_digit_bounds(bfcl):
    numbers = [
        v
        for e in bfcl
        for call in e["expected"]
        for v, _ in _values(call["arguments"])
        if isinstance(v, (int, float)) and not isinstance(v, bool)
    ]
    assert len(numbers) > 1000
    grammar = _grammar({"type": "array", "items": {"type": "number"}})
    assert _is_grammar_accept_string(grammar, to_json(numbers))
    assert not _is_grammar_accept_string(grammar, to_json([*numbers, 10**bounds.NUMBER_MAX_DIGITS]))


DIGITS = "9" * bounds.NUMBER_MAX_DIGITS


@pytest.mark.parametrize(
    "number, accepted",
    [
        (f"-{DIGITS}.{DIGITS}e-{'9' * bounds.EXPONENT_MAX_DIGITS}", True),
        (f"{DIGITS}9", False),
        (f"0.{DIGITS}9", False),
        (f"1e{'9' * bounds.EXPONENT_MAX_DIGITS}9", False),
    ],
)
def test_number_digits_are_bounded(number, accepted):
    text = _call(x=0).replace('"x": 0', f'"x": {number}')
    assert _is_grammar_accept_string(_grammar(decoding_schema([TOOL])), text) is accepted
    assert _is_grammar_accept_string(_grammar(calls_schema([TOOL]), digits=False), text)


def test_the_closing_margin_holds_a_call_closed_from_its_first_argument(bfcl, tokenizer):
    """The closing mode's worst case on BFCL's tools: a runaway in a call's first argument, every
    required argument still to write (empty strings), then `}}]</calls>` and EOS."""
    tools = {json.dumps(t, sort_keys=True): t for e in bfcl for t in e["tools"]}
    lengths = []
    for tool in tools.values():
        required = tool_call_schema(tool)["properties"]["arguments"].get("required", [])
        rest = ", ".join(f'"{key}": ""' for key in required) + "}}]" + CALLS_CLOSE
        lengths.append(MARGIN * (len(tokenizer.encode(rest, add_special_tokens=False)) + 1))
    assert len(lengths) > 1000
    assert sum(n > CLOSING_MARGIN for n in lengths) <= len(lengths) // 1000, sorted(lengths)[-5:]
