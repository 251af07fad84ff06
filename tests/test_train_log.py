"""smollm2_proof.train_log: speed and memory read from axolotl's training logs, and the committed
timing of docs/smollm2/timing-mb16 is what the command writes from the committed logs."""

import gzip
import json

from conftest import ROOT
from smollm2_proof.train_log import main, summary

TIMING = ROOT / "docs" / "smollm2" / "timing-mb16"

LOG = (
    "Loading model\n"
    "{'eval_loss': '1.25', 'memory/max_allocated (GiB)': '7.1', 'epoch': 0}\n"
    "  3%|3         | 10/300 [00:03<01:30,  3.2it/s]\r"
    "{'loss': '0.84', 'memory/max_allocated (GiB)': '48.85', 'epoch': '0.01'}\n"
    "{'loss': '0.19', 'memory/max_allocated (GiB)': '13.2', 'epoch': '0.02'}\n"
    "{'loss': '0.1\r 99%|#########9| 299/300\r"  # a metric line cut by a redraw is skipped
    "{'eval_loss': '0.042', 'epoch': '0.36'}\n"
    "{'train_runtime': '90.47', 'train_samples_per_second': '53.06', 'train_steps_per_second': '3.316', "
    "'train_loss': '0.122', 'memory/max_allocated (GiB)': '1.57', 'epoch': '0.3674'}\n"
)


def test_summary_reads_steps_time_peak_and_validation_losses():
    assert summary(LOG) == {
        "optimizer_steps": 300,
        "train_runtime_s": 90.47,
        "steps_per_second": 3.316,
        "samples_per_second": 53.06,
        "train_loss": 0.122,
        "peak_allocated_gib": 48.85,  # training steps only: not the end-of-run line, not evaluation
        "eval_losses": [1.25, 0.042],
    }


def test_a_run_that_did_not_finish_is_an_error_naming_the_log(tmp_path, capsys):
    log = tmp_path / "train-cut.log.gz"
    log.write_bytes(gzip.compress(LOG.split("{'train_runtime'")[0].encode()))
    assert main([str(log)]) == 1
    assert f"{log}: no 'train_runtime' line" in capsys.readouterr().err


def test_committed_timing_is_what_the_command_writes_from_the_committed_logs(capsys):
    assert main(sorted(str(p) for p in TIMING.glob("*.log.gz"))) == 0
    written = json.loads(capsys.readouterr().out)
    assert written == json.loads((TIMING / "timing.json").read_text())
    mb16 = written["train-smollm2-liger+mb16+steps300-s42"]
    assert mb16["optimizer_steps"] == written["train-smollm2-liger+steps300-s42"]["optimizer_steps"] == 300
