"""eval.parse: model output -> calls or a structured error; never raises."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eval.parse import (
    EMPTY_OUTPUT,
    ERRORS,
    INVALID_JSON,
    MALFORMED_CALL,
    MISSING_CLOSE_TAG,
    NO_CALLS_TAG,
    NOT_A_LIST,
    PYTHON_REPR,
    TEXT_AFTER_CALLS,
    TRAILING_GARBAGE,
    WARNINGS,
    parse_calls,
)
from prompt_strategies.render import render_completion

CALLS = [{"name": "get_weather", "arguments": {"city": "Oslo", "days": 3, "metric": True}}]


def test_clean_output():
    r = parse_calls(render_completion(CALLS))
    assert r.ok and r.calls == CALLS and r.error is None and r.warnings == []


def test_empty_list_is_a_valid_abstention():
    r = parse_calls("<calls>[]</calls>")
    assert r.ok and r.calls == [] and r.warnings == []


def test_text_after_close_tag_is_ignored_and_reported():
    r = parse_calls(render_completion(CALLS) + "<|eot_id|> and then some chatter")
    assert r.calls == CALLS and r.warnings == [TEXT_AFTER_CALLS]


def test_missing_close_tag():
    r = parse_calls('<calls>[{"name": "f", "arguments": {}}]')
    assert r.calls == [{"name": "f", "arguments": {}}] and r.warnings == [MISSING_CLOSE_TAG]


def test_trailing_garbage_inside_block_and_without_close_tag():
    r = parse_calls('<calls>[{"name": "f", "arguments": {}}] oops</calls>')
    assert r.ok and r.warnings == [TRAILING_GARBAGE]
    r = parse_calls('<calls>[{"name": "f", "arguments": {}}]]]}')
    assert r.ok and r.warnings == [MISSING_CLOSE_TAG, TRAILING_GARBAGE]


def test_close_tag_inside_a_json_string_does_not_cut_the_calls():
    calls = [{"name": "echo", "arguments": {"text": "a</calls>b"}}]
    assert parse_calls(render_completion(calls)).calls == calls


def test_python_repr_is_invalid_json_but_recovered_for_the_report():
    r = parse_calls("<calls>[{'name': 'f', 'arguments': {'x': True, 'y': None}}]</calls>")
    assert not r.ok and r.error == PYTHON_REPR
    assert r.repr_calls == [{"name": "f", "arguments": {"x": True, "y": None}}]


def test_errors():
    assert parse_calls("").error == EMPTY_OUTPUT
    assert parse_calls("I cannot help with that.").error == NO_CALLS_TAG
    assert parse_calls('<calls>[{"name": </calls>').error == INVALID_JSON
    assert parse_calls('<calls>{"name": "f", "arguments": {}}</calls>').error == NOT_A_LIST
    assert parse_calls('<calls>[{"name": "f", "arguments": []}]</calls>').error == MALFORMED_CALL
    assert parse_calls('<calls>[{"name": 3, "arguments": {}}]</calls>').error == MALFORMED_CALL


@pytest.mark.parametrize(
    "value", ["NaN", "Infinity", "-Infinity", "1e400", "-1e400", '"\\ud83d"', '{"\\udc00": 1}']
)
def test_parsed_means_strict_json(value):
    """NaN, Infinity, a number beyond a double and a lone surrogate are plain ASCII a model can
    emit; Python's json accepts them, but they are not JSON and cannot be written back as JSON."""
    r = parse_calls(f'<calls>[{{"name": "f", "arguments": {{"x": {value}}}}}]</calls>')
    assert not r.ok and r.error == INVALID_JSON and r.repr_calls is None, r.detail
    assert parse_calls('<calls>[{"name": "f", "arguments": {"x": "\\ud83d\\ude00"}}]</calls>').calls == [
        {"name": "f", "arguments": {"x": "\U0001f600"}}
    ]


def test_python_repr_recovery_holds_only_json_values():
    r = parse_calls(
        "<calls>[{'name': 'f', 'arguments': {'s': {1, 2}, (1, 2): '\\ud83d', "
        "'x': 1e400, 'b': b'\\x00'}}]</calls>"
    )
    assert r.error == PYTHON_REPR
    assert r.repr_calls == [
        {"name": "f", "arguments": {"s": "{1, 2}", "(1, 2)": "'\\ud83d'", "x": "inf", "b": "b'\\x00'"}}
    ]
    json.dumps(r.to_dict(), ensure_ascii=False, allow_nan=False).encode("utf-8")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(), children, max_size=3),
    max_leaves=10,
)
calls_strategy = st.lists(
    st.fixed_dictionaries(
        {"name": st.text(min_size=1), "arguments": st.dictionaries(st.text(), json_values, max_size=4)}
    ),
    max_size=3,
)


@settings(max_examples=300, deadline=None)
@given(calls=calls_strategy, suffix=st.text())
def test_rendered_calls_round_trip_whatever_follows(calls, suffix):
    r = parse_calls(render_completion(calls) + suffix)
    assert r.ok and r.calls == calls
    assert set(r.warnings) <= {TEXT_AFTER_CALLS}


@settings(max_examples=500, deadline=None)
@given(
    text=st.one_of(
        st.text(),
        st.text().map(lambda t: "<calls>" + t),
        st.text().map(lambda t: "<calls>[" + t + "</calls>"),
        calls_strategy.map(lambda c: "<calls>" + repr(c) + "</calls>"),
    )
)
def test_arbitrary_text_gives_calls_or_exactly_one_known_error(text):
    r = parse_calls(text)
    assert (r.calls is None) == (r.error is not None)
    assert r.error is None or r.error in ERRORS
    assert set(r.warnings) <= set(WARNINGS)
    if r.ok:
        assert all(isinstance(c["name"], str) and isinstance(c["arguments"], dict) for c in r.calls)
    json.dumps([r.calls, r.repr_calls], ensure_ascii=False, allow_nan=False).encode("utf-8")
