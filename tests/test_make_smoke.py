"""`make smoke` as a user runs it: LoRA on the real SmolLM2-135M-Instruct through the axolotl CLI,
then the run summary with the README's example request, which the tuned model must answer correctly."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_env

EXPECTED_CALL = [{"name": "get_current_weather", "arguments": {"location": "Oslo"}}]
KNOWN_NOISE = (
    "Failed to load",
    "register_constant()",
    "Skipping import of cpp extensions",
    "us.i.posthog.com",
    "Ignoring clean_up_tokenization_spaces",
)


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.skipif(shutil.which("make") is None, reason="needs GNU make")
def test_make_smoke_answers_the_readme_example(tmp_path):
    out = tmp_path / "smoke"
    # the environment running the tests stands in for .venv (-o: do not (re)install it)
    bin_dir = Path(sys.executable).parent
    proc = subprocess.run(
        [
            "make",
            "-o",
            ".venv/.installed",
            "smoke",
            f"BIN={bin_dir}",
            f"SMOKE_OUT={out}",
            # a fresh tokenized cache, so the plugin runs and writes the data report into this run
            f"TRAIN_ARGS=--dataset_prepared_path={tmp_path / 'prepared'}",
        ],
        cwd=ROOT,
        env=run_env(),
        capture_output=True,
        text=True,
        timeout=880,
    )
    log = proc.stdout + proc.stderr
    (tmp_path / "make.log").write_text(log)
    assert proc.returncode == 0, log[-4000:]

    assert re.search(r"100%\|[^|]*\| 15/15 \[", log), "axolotl's progress bar must reach the user"
    # what the programs printed, without make's echo of each command (which names the filters)
    echoes = (str(bin_dir), "\t| grep")
    printed = "\n".join(line for line in log.splitlines() if not line.startswith(echoes))
    assert [n for n in KNOWN_NOISE if n in printed] == []
    summary = proc.stdout[proc.stdout.index(f"run:      {out}") :]
    assert "steps:    15 / 15" in summary
    first, last = map(float, re.search(r"loss:\s+([0-9.]+) \(step \d+\) -> ([0-9.]+)", summary).groups())
    assert last < first / 2, summary

    report = json.loads((out / "xlam_data_report.json").read_text())
    assert report["longer_than_sequence_len"] > 0  # the summary's count leaves them out
    trained = report["rows_tokenized"] - report["longer_than_sequence_len"]
    assert f"data:     {trained}/{report['rows_in']} rows trained on" in summary

    example = re.search(r"^example:  'Weather in Oslo\?' -> (.*)$", summary, re.M)
    assert example, summary
    assert json.loads(example.group(1)) == EXPECTED_CALL
