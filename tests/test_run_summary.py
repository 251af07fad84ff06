"""python -m eval.run_summary on a hand-made run directory: the row count leaves out the rows axolotl
drops as longer than sequence_len, and a bad --tools is a usage error."""

import json
import subprocess
import sys

from conftest import ROOT


def fake_run(tmp_path):
    checkpoint = tmp_path / "checkpoint-4"
    checkpoint.mkdir()
    history = [{"step": 2, "loss": 1.5}, {"step": 4, "loss": 0.5}]
    (checkpoint / "trainer_state.json").write_text(
        json.dumps({"global_step": 4, "max_steps": 4, "log_history": history})
    )
    report = {
        "rows_in": 10,
        "rows_tokenized": 8,
        "dropped": {"invalid_json": 2},
        "longer_than_sequence_len": 3,
        "sequence_len": 512,
    }
    (tmp_path / "xlam_data_report.json").write_text(json.dumps(report))
    return tmp_path


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "eval.run_summary", *args], cwd=ROOT, capture_output=True, text=True
    )


def test_summary_counts_only_the_rows_that_are_trained_on(tmp_path):
    out = run(str(fake_run(tmp_path))).stdout
    assert "steps:    4 / 4" in out
    assert "loss:     1.5000 (step 2) -> 0.5000 (step 4)" in out
    assert "data:     5/10 rows trained on: 2 failed the row checks, 3 longer than sequence_len 512" in out
    assert "MISSING" in out  # no adapter in the hand-made run


def test_query_without_tools_and_bad_tools_are_usage_errors(tmp_path):
    alone = run(str(fake_run(tmp_path)), "--query", "Weather in Oslo?")
    assert alone.returncode == 2 and "--query and --tools go together" in alone.stderr
    bad = run(str(tmp_path), "--query", "Weather in Oslo?", "--tools", "[{")
    assert bad.returncode == 2 and "--tools is not JSON" in bad.stderr
