"""Malformed recipes get exit 1 and, per problem, the key, the line and a fix, within seconds."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from recipe_lint.lint import lint, main

GOOD = (ROOT / "recipes" / "xlam.yml").read_text(encoding="utf-8")


def _set(key: str, value: str) -> str:
    """recipes/xlam.yml with one top-level key replaced, written as the raw YAML `value`."""
    cfg = yaml.safe_load(GOOD)
    cfg.pop(key, None)
    return yaml.safe_dump(cfg, sort_keys=False) + f"{key}: {value}\n"


def _line_of(text: str, key: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if line.startswith(f"{key}:"))


@pytest.mark.parametrize(
    "key,value",
    [
        ("lora_target_modules", "q_proj,k_proj,v_proj"),
        ("sequence_len", "-5"),
        ("sequence_len", "0"),
        ("micro_batch_size", "1e308"),
        ("gradient_accumulation_steps", "100000000000000000000000000000"),
        ("deepspeed", "0"),
        ("deepspeed", "recipes/launchers/" + "x" * 300 + ".json"),
        ("gradient_checkpointing_kwargs", "abc"),
        ("adapter", "[[x]]"),
        ("plugins", "prompt_strategies.plugin.XlamPlugin"),
        ("datasets", "[null]"),
    ],
)
def test_bad_value_names_key_line_and_fix(key, value):
    text = _set(key, value)
    start = time.perf_counter()
    report = lint("bad.yml", text=text, validate=False)
    assert time.perf_counter() - start < 2
    assert not report.ok
    problem = next(p for p in report.problems if key in p.where)
    assert f"bad.yml:{_line_of(text, key)}" in problem.where
    assert problem.fix


def test_string_target_modules_suggests_a_list():
    report = lint("bad.yml", text=_set("lora_target_modules", "q_proj,k_proj"), validate=False)
    assert "[q_proj, k_proj, v_proj]" in report.problems[0].fix


@pytest.mark.parametrize(
    "text,line",
    [
        ("base_model: x\nfoo: &x [*x]\n", 2),
        (
            "a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n"
            + "".join(
                f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
                for p, c in zip("abcdefgh", "bcdefghi")
            ),
            None,
        ),
    ],
)
def test_recursive_or_exploding_aliases_are_refused_fast(text, line):
    start = time.perf_counter()
    report = lint("bad.yml", text=text, validate=False)
    assert time.perf_counter() - start < 2
    assert not report.ok and "alias" in report.problems[0].what
    if line:
        assert report.problems[0].where == f"bad.yml:{line}"


def test_non_utf8_file_is_a_message(tmp_path: Path, capsys):
    recipe = tmp_path / "latin1.yml"
    recipe.write_bytes(GOOD.encode("utf-8") + "# caf\xe9\n".encode("latin-1"))
    assert main([str(recipe), "--no-validate"]) == 1
    out = capsys.readouterr().out
    assert f"{recipe}:{GOOD.count(chr(10)) + 1}" in out and "UTF-8" in out


def test_unencodable_string_is_printed_not_raised(tmp_path: Path, capsys):
    recipe = tmp_path / "surrogate.yml"
    recipe.write_text(_set("base_model", '"\\ud800"'), encoding="utf-8")
    assert main([str(recipe), "--no-validate"]) in (0, 1)
    assert "\\ud800" in capsys.readouterr().out


def test_packed_epochs_count_samples_not_rows():
    report = lint(ROOT / "recipes" / "xlam-lora-fast.yml", world_size=16, validate=False)
    epochs = float(dict(report.rows)["max_steps"].split("=")[1].split()[0])
    assert 10 < epochs < 15
    assert any("epochs at world size 16" in w for w in report.warnings)


def test_local_dataset_rows_are_counted():
    report = lint(ROOT / "recipes" / "smoke.yml", validate=False)
    assert "of 400," in dict(report.rows)["steps / epoch"]
