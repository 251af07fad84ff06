"""Speed and memory of training runs, read from their axolotl logs (the Trainer's metric lines).

    python -m smollm2_proof.train_log outputs/logs/train-smollm2-liger+steps300-s42.log \\
        outputs/logs/train-smollm2-liger+mb16+steps300-s42.log

prints one JSON object per run: optimizer steps, training time and steps per second (the
Trainer's own `train_runtime`), peak GPU memory allocated while training, and the validation
losses in the order they were logged. Logs may be gzipped; progress-bar redraws are skipped.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import re
import sys
from pathlib import Path

PEAK = "memory/max_allocated (GiB)"


def metric_lines(text: str) -> list[dict]:
    """The Trainer's logged dicts, e.g. {'loss': '0.83', ...}, in order."""
    found = []
    for line in re.split(r"[\r\n]", text):
        line = line.strip()
        if line.startswith("{'") and line.endswith("}"):
            try:
                found.append(ast.literal_eval(line))
            except (ValueError, SyntaxError):
                continue  # a dict cut by a progress-bar redraw
    return found


def summary(text: str) -> dict:
    """Steps, time, steps/s, peak memory and validation losses of one run's log."""
    lines = metric_lines(text)
    steps = [m for m in lines if "loss" in m and "train_runtime" not in m]
    ends = [m for m in lines if "train_runtime" in m]
    if not ends:
        raise ValueError("no 'train_runtime' line: the run did not finish training")
    end = ends[-1]
    runtime, per_second = float(end["train_runtime"]), float(end["train_steps_per_second"])
    return {
        # the Trainer logs steps/s to 3 decimals: exact while the run is shorter than ~1,000 s
        "optimizer_steps": round(runtime * per_second),
        "train_runtime_s": runtime,
        "steps_per_second": per_second,
        "samples_per_second": float(end["train_samples_per_second"]),
        "train_loss": float(end["train_loss"]),
        "peak_allocated_gib": max(float(m[PEAK]) for m in steps) if steps else None,
        "eval_losses": [float(m["eval_loss"]) for m in lines if "eval_loss" in m],
    }


def read(path: Path) -> str:
    raw = path.read_bytes()
    return (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8", "replace")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("logs", nargs="+", type=Path, help="train-*.log files (or .log.gz)")
    args = ap.parse_args(argv)
    out = {}
    for path in args.logs:
        if not path.is_file():
            ap.error(f"{path}: no such file")
        try:
            out[path.name.removesuffix(".gz").removesuffix(".log")] = summary(read(path))
        except ValueError as e:
            print(f"{path}: {e}", file=sys.stderr)
            return 1
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
