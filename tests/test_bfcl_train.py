"""The SmolLM2 training-data builder: BFCL live -> XLAM rows, and the guard that no training row
is an evaluation (BFCL non-live) row, by id or by question text."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from data_builders import bfcl_train
from eval.ast_match import ast_check
from eval.bfcl import load_category
from prompt_strategies.rows import check_row


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("bfcl-train") / "train.jsonl"
    report = bfcl_train.build(str(out), synthetic=300, seed=0)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    return report, rows


def test_every_written_row_is_valid_and_ids_unique(built):
    report, rows = built
    assert len(rows) == report["rows"] == report["live_rows"] + 300
    assert all(check_row(r).reason is None for r in rows)
    assert all(isinstance(r["id"], str) for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
    # almost every live entry survives conversion; what does not is counted by reason
    total_live = sum(len(load_category(c)) for c in bfcl_train.LIVE_CATEGORIES)
    left_out = sum(report["rejected"].values()) + len(report["overlap_with_eval"])
    assert report["live_rows"] + left_out == total_live
    assert report["live_rows"] >= 0.98 * total_live
    assert set(report["per_category"]) == set(bfcl_train.LIVE_CATEGORIES)
    assert all(n > 0 for n in report["per_category"].values())


def test_no_overlap_with_evaluation_rows_by_id_or_question(built):
    _, rows = built
    eval_ids, eval_questions = set(), set()
    for category in bfcl_train.EVAL_CATEGORIES:
        for entry in load_category(category):
            eval_ids.add(str(entry["id"]))
            eval_questions.add(bfcl_train.normalize_question(entry["question"]))
    assert len(eval_ids) == 1240
    assert not {r["id"] for r in rows} & eval_ids
    assert not {bfcl_train.normalize_question(r["query"]) for r in rows} & eval_questions


def test_guard_removes_a_live_question_that_is_also_an_eval_question():
    # BFCL itself has one: a live_multiple question that is also a non-live question
    _, report = bfcl_train.live_rows(("live_multiple",))
    assert len(report["overlap_with_eval"]) == 1
    _, eval_questions = bfcl_train.eval_keys()
    entry = next(e for e in load_category("live_multiple") if e["id"] == report["overlap_with_eval"][0])
    assert bfcl_train.normalize_question(entry["question"]) in eval_questions


def test_guard_catches_an_eval_id_and_reworded_whitespace(monkeypatch):
    simple = load_category("simple_python")[0]
    fake_live = [
        {**simple, "category": "live_simple"},                                    # same id
        {**simple, "id": "live_simple_x", "question": "  " + simple["question"].upper() + "\n"},
    ]
    real = bfcl_train.load_category
    monkeypatch.setattr(bfcl_train, "load_category",
                        lambda name: fake_live if name == "live_simple" else real(name))
    rows, report = bfcl_train.live_rows(("live_simple",))
    assert rows == [] and len(report["overlap_with_eval"]) == 2


@pytest.mark.parametrize("category", bfcl_train.LIVE_CATEGORIES)
def test_chosen_answers_are_accepted_by_the_bfcl_checker(category):
    """The concrete answer picked from possible_answer is right by BFCL's own AST rules."""
    entries = {e["id"]: e for e in load_category(category)}
    rows, _ = bfcl_train.live_rows((category,))
    assert rows
    for row in rows:
        entry = entries[row["id"]]
        verdict = ast_check(entry["functions"], json.loads(row["answers"]),
                            entry["possible_answer"], category)
        assert verdict["valid"], (row["id"], verdict)


def test_omittable_arguments_are_left_out_unless_the_schema_requires_one():
    entry = {"id": "live_simple_t", "question": "weather in Oslo",
             "functions": [{"name": "w", "description": "", "parameters": {
                 "type": "dict", "required": ["city", "days"], "properties": {
                     "city": {"type": "string"}, "days": {"type": "integer"},
                     "unit": {"type": "string", "default": "c"}}}}],
             "possible_answer": [{"w": {"city": ["Oslo"], "days": [3, ""], "unit": ["", "f"]}}]}
    optional_only = {**entry, "possible_answer": [{"w": {"city": ["Oslo"], "days": [3],
                                                          "unit": ["", "f"]}}]}
    assert json.loads(bfcl_train.entry_to_row(optional_only)["answers"]) == [
        {"name": "w", "arguments": {"city": "Oslo", "days": 3}}]
    # `days` is required by the schema although BFCL marks it omittable: the row falls back to
    # the first real value of every argument, still a right answer by BFCL's rules
    row = bfcl_train.entry_to_row(entry)
    assert json.loads(row["answers"]) == [
        {"name": "w", "arguments": {"city": "Oslo", "days": 3, "unit": "f"}}]
    assert check_row(row).reason is None
    assert ast_check(entry["functions"], json.loads(row["answers"]), entry["possible_answer"],
                     "live_simple")["valid"]


alternatives = st.lists(st.just("") | st.integers() | st.text(max_size=4)
                        | st.lists(st.integers(), max_size=2), min_size=1, max_size=3)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from(["f", "g"]),
                                st.dictionaries(st.sampled_from("abc"), alternatives, max_size=3),
                                min_size=1, max_size=1), max_size=3))
def test_picks_never_emit_the_omission_marker(ground_truth):
    for pick in (bfcl_train.omit_optional, bfcl_train.first_value):
        calls = bfcl_train.ground_truth_calls(ground_truth, pick)
        assert len(calls) == len(ground_truth)
        for call, answer in zip(calls, ground_truth):
            (name, args), = answer.items()
            assert call["name"] == name
            for key, value in call["arguments"].items():
                assert value != "" and value in args[key]
            if pick is bfcl_train.first_value:  # only all-"" arguments are left out
                assert set(call["arguments"]) == {k for k, v in args.items() if any(x != "" for x in v)}


def test_cli_refuses_evaluation_categories(tmp_path, capsys):
    with pytest.raises(SystemExit):
        bfcl_train.main(["--live", "simple_python", "--out", str(tmp_path / "x.jsonl")])
    assert "never trained on" in capsys.readouterr().err
    assert not (tmp_path / "x.jsonl").exists()
