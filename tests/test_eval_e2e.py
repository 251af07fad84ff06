"""End to end: `python -m eval` on the trained smoke adapter writes the three report files with
base and adapter side by side (a tiny random model scores low; the pipeline is real)."""

import json
import sys

import pytest

from conftest import run_cmd

CATEGORIES = ["xlam_heldout", "simple_python", "parallel", "irrelevance"]


@pytest.mark.slow
def test_python_m_eval_writes_report_for_base_and_adapter(smoke_run, smoke_model, tmp_path):
    out = tmp_path / "eval"
    run_cmd(
        [
            sys.executable,
            "-m",
            "eval",
            "--base",
            str(smoke_model),
            "--adapter",
            str(smoke_run),
            "--categories",
            ",".join(CATEGORIES),
            "--limit",
            "2",
            "--max-new-tokens",
            "16",
            "--backend",
            "hf",
            "--out",
            str(out),
        ],
        tmp_path / "eval.log",
        timeout=300,
    )
    report = json.loads((out / "report.json").read_text())
    assert report["schema_version"] == 1 and list(report["models"]) == ["base", "adapter"]
    for label in ("base", "adapter"):
        summary = report["models"][label]
        assert list(summary["per_category"]) == CATEGORIES
        assert summary["overall"]["n"] == 8
        assert all(0 <= summary["overall"][m] <= 1 for m in ("parse_rate", "score"))
        rows = [json.loads(line) for line in (out / f"predictions_{label}.jsonl").read_text().splitlines()]
        assert len(rows) == 8 and all("text" in r and "scores" in r for r in rows)
    md = (out / "report.md").read_text()
    assert "| simple_python | base | 2 |" in md and "| simple_python | adapter | 2 |" in md
    assert (out / "report.png").read_bytes()[:4] == b"\x89PNG"
    log = (tmp_path / "eval.log").read_text()
    assert "generating" in log  # the tqdm progress bar


def test_unknown_category_is_a_clear_error(capsys):
    from eval.__main__ import main

    assert main(["--base", "unused", "--categories", "simple_pyton"]) == 2
    assert "unknown categories ['simple_pyton']" in capsys.readouterr().err
