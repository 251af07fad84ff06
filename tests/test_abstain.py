"""Abstain augmentation: rows whose tools cannot answer the query, answer [], at a seeded fraction,
added inside the strategy and counted in the data report."""

import json
from pathlib import Path

import pytest
from axolotl.utils.dict import DictDefault
from datasets import Dataset
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from data_builders.synthetic import generate
from prompt_strategies import xlam
from prompt_strategies.abstain import (
    FOREIGN_TOOLS,
    NEEDED_TOOL_REMOVED,
    add_abstain_rows,
    make_abstain_rows,
    name_words,
)
from prompt_strategies.args import XlamArgs
from prompt_strategies.rows import check_row

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def rows():
    with open(ROOT / "data/xlam_sample/train.jsonl") as f:
        return [json.loads(line) for line in f]


def _needed(row) -> set[str]:
    return {c["name"] for c in json.loads(row["answers"])}


def test_rows_are_abstain_rows_that_no_tool_can_answer(rows):
    extra, report = make_abstain_rows(rows, 0.25, seed=3)
    assert report["requested"] == round(0.25 * len(rows)) == len(extra) == report["added"]
    assert report["by_method"][FOREIGN_TOOLS] > 0 and report["by_method"][NEEDED_TOOL_REMOVED] > 0
    by_query = {}
    for row in rows:
        by_query.setdefault(row["query"], set()).update(_needed(row))
    for row in extra:
        check = check_row(row)
        assert check.reason is None and check.answers == [] and check.tools
        needed = by_query[row["query"]]  # the query is a real source row's query
        needed_words = set().union(*(name_words(n) for n in needed))
        for tool in check.tools:
            assert tool["name"] not in needed
            assert not name_words(tool["name"]) & needed_words
    assert len({r["id"] for r in extra}) == len(extra)


def test_seeded_and_fraction_controls_count(rows):
    a, _ = make_abstain_rows(rows, 0.1, seed=1)
    b, _ = make_abstain_rows(rows, 0.1, seed=1)
    c, _ = make_abstain_rows(rows, 0.1, seed=2)
    assert a == b and a != c
    assert len(a) == 40
    assert make_abstain_rows(rows, 0.0, seed=1)[0] == []
    with pytest.raises(ValueError, match="xlam_abstain_fraction"):
        make_abstain_rows(rows, -0.1, seed=1)


def test_name_words_ignore_generic_verbs():
    assert name_words("get_current_weather") == {"current", "weather"}
    assert name_words("weather.getForecast") == {"weather", "forecast"}
    assert name_words("get_list") == set()


def test_recipe_keys_are_validated():
    assert XlamArgs().xlam_abstain_fraction == 0.0 and XlamArgs().xlam_abstain_seed is None
    assert XlamArgs(xlam_abstain_fraction=0.2, xlam_abstain_seed=7).xlam_abstain_seed == 7
    with pytest.raises(ValidationError):
        XlamArgs(xlam_abstain_fraction=-1)


def test_strategy_adds_tokenizes_and_reports_abstain_rows(tokenizer, rows, tmp_path):
    dataset = Dataset.from_list(rows[:60] + [{"id": 999, "query": "", "tools": "[]", "answers": "[]"}])
    cfg = DictDefault(
        {
            "train_on_inputs": False,
            "sequence_len": 2048,
            "output_dir": str(tmp_path),
            "xlam_abstain_fraction": 0.5,
            "seed": 11,
        }
    )
    strategy = xlam.load(tokenizer, cfg)
    out = strategy.wrap_dataset(dataset)
    report = json.loads((tmp_path / xlam.REPORT_FILE).read_text())
    added = report["abstain_augmentation"]
    assert added["seed"] == 11 and added["requested"] == 30 and added["added"] == 30
    assert report["rows_in"] == 61 + 30 and report["rows_tokenized"] == 60 + 30
    assert report["dropped"] == {"empty_query": 1}
    completions = [
        tokenizer.decode([t for t, l in zip(r["input_ids"], r["labels"]) if l != -100]) for r in out
    ]
    assert completions.count("<calls>[]</calls><|eot_id|>") == 30
    # off by default: same rows as before
    plain = xlam.load(tokenizer, DictDefault({"sequence_len": 2048})).wrap_dataset(dataset)
    assert len(plain) == 60


def test_dataset_columns_of_other_types_are_kept(rows):
    """Integer ids and extra columns from other datasets must not break the concatenation."""
    dataset = Dataset.from_list([{**r, "source": "x"} for r in rows[:20]])
    out, report = add_abstain_rows(dataset, 0.5, seed=0)
    assert len(out) == 30 and report["added"] == 10
    assert out.column_names == ["id", "query", "tools", "answers"]
    assert out[0]["id"] == str(rows[0]["id"])


junk = st.none() | st.integers() | st.text(max_size=10) | st.lists(st.integers(), max_size=2)
row_like = st.fixed_dictionaries({}, optional={"id": junk, "query": junk, "tools": junk, "answers": junk})


@settings(max_examples=150, deadline=None)
@given(
    good=st.integers(0, 12),
    bad=st.lists(row_like, max_size=6),
    fraction=st.floats(0, 2, allow_nan=False),
    seed=st.integers(0, 2**16),
)
def test_any_input_gives_valid_abstain_rows_or_none(good, bad, fraction, seed):
    rows = generate(good, seed=seed) + bad
    extra, report = make_abstain_rows(rows, fraction, seed)
    assert report["requested"] == round(fraction * len(rows))
    assert len(extra) == report["added"] <= report["requested"]
    assert sum(report["by_method"].values()) == report["requested"] or good < 2
    for row in extra:
        check = check_row(row)
        assert check.reason is None and check.answers == []
        assert not {t["name"] for t in check.tools} & set().union(
            *(_needed(r) for r in rows[:good] if r["query"] == row["query"])
        )
