"""BFCL data the evaluation does not score, converted to XLAM rows: live_irrelevance, multi-turn
turns, unused_datasets (exec, rest, sql). Real bfcl_eval data, spot-checked rows."""

import json

import pytest

from data_builders.bfcl_live_irrelevance import live_irrelevance_rows
from data_builders.bfcl_multi_turn import MULTI_TURN_CATEGORIES, multi_turn_rows
from data_builders.bfcl_unused import UNUSED_CATEGORIES, unused_rows
from data_builders.call_strings import CallStringError, parse_call
from prompt_strategies.rows import check_row


def by_id(rows):
    return {r["id"]: r for r in rows}


def valid(rows):
    return [r for r in rows if check_row(r).reason is None]


@pytest.fixture(scope="module")
def multi_turn():
    return multi_turn_rows()


@pytest.fixture(scope="module")
def unused():
    return unused_rows()


def test_live_irrelevance_rows_are_abstain_rows():
    rows, skipped = live_irrelevance_rows()
    assert len(rows) + sum(skipped.values()) == 884
    assert len(valid(rows)) >= 880  # 4 entries offer no tool at all
    assert all(r["answers"] == "[]" for r in rows)
    row = by_id(rows)["live_irrelevance_0-0-0"]
    assert row["query"].startswith("Can you provide the address for latitude 37.4224764")
    assert [t["name"] for t in json.loads(row["tools"])] == ["requests.get"]


def test_multi_turn_turns_become_single_turn_rows(multi_turn):
    rows, skipped = multi_turn
    assert len(valid(rows)) >= 0.95 * len(rows) > 3000
    for category in MULTI_TURN_CATEGORIES:
        assert any(r["id"].startswith(category + "_") for r in valid(rows)), category
    assert skipped["no_user_text"] > 0 and skipped["no_ground_truth"] > 0
    row = by_id(rows)["multi_turn_base_0-turn0"]
    assert row["query"].startswith("Move 'final_report.pdf' within document directory to 'temp'")
    assert json.loads(row["answers"]) == [
        {"name": "cd", "arguments": {"folder": "document"}},
        {"name": "mkdir", "arguments": {"dir_name": "temp"}},
        {"name": "mv", "arguments": {"source": "final_report.pdf", "destination": "temp"}},
    ]
    names = [t["name"] for t in json.loads(row["tools"])]
    assert {"cd", "mkdir", "mv"} <= set(names) and len(names) <= 3 + 4
    # a positional argument takes the parameter's name
    assert json.loads(by_id(rows)["multi_turn_base_0-turn2"]["answers"]) == [
        {"name": "sort", "arguments": {"file_name": "final_report.pdf"}}
    ]


def test_a_turn_whose_function_is_held_back_is_an_abstain_row(multi_turn):
    rows, _ = multi_turn
    row = by_id(rows)["multi_turn_miss_func_0-turn2"]  # `sort` is only added at turn 3
    assert row["answers"] == "[]"
    assert "sort" not in {t["name"] for t in json.loads(row["tools"])}
    assert "multi_turn_miss_func_0-turn3" not in by_id(rows)  # no user text in that turn
    assert "multi_turn_miss_param_0-turn3" not in by_id(rows)  # a missing parameter: skipped


def test_unused_datasets_convert(unused):
    rows, _ = unused
    ids = by_id(rows)
    for category in UNUSED_CATEGORIES:
        assert any(r["id"].startswith(category + "_") and check_row(r).reason is None for r in rows), category
    assert len(valid([r for r in rows if r["id"].startswith("exec_")])) >= 230
    assert json.loads(ids["exec_multiple_0"]["answers"]) == [
        {"name": "calc_binomial_probability", "arguments": {"n": 20, "k": 5, "p": 1 / 6}}
    ]
    rest = json.loads(ids["rest_0"]["answers"])[0]
    assert rest["name"] == "requests.get"
    assert rest["arguments"]["params"] == {"lat": 48.8584, "lon": 2.2945, "c": 1}
    assert check_row(ids["rest_0"]).reason is None


def test_parse_call_strings():
    order = {"f": ["a", "b"]}
    assert parse_call("f(1, b=[1, 2])", order) == {"name": "f", "arguments": {"a": 1, "b": [1, 2]}}
    assert parse_call("m.g(x={'k': -2.5}, y=2**3)", {}) == {
        "name": "m.g",
        "arguments": {"x": {"k": -2.5}, "y": 8},
    }
    for bad in ("f(1, 2, 3)", "f(a=g())", "f(**kw)", "x = 1", "f("):
        with pytest.raises(CallStringError):
            parse_call(bad, order)
