"""docs/benchmarks.md's headline table and the README's speed line must be the committed raw run's
numbers (docs/bench-results/h200-speed-rope.json), not figures typed by hand."""

from __future__ import annotations

import json
import re

from conftest import ROOT

RAW = ROOT / "docs/bench-results/h200-speed-rope.json"
ROWS = {
    "original-hf": "`original-hf`",
    "lora-fast": "`lora-fast` (`xlam-lora-fast.yml`)",
    "lora-fast-no-rope": "`lora-fast`, without the RoPE plugin",
    "qlora-fast": "`qlora-fast` (`xlam-qlora-fast.yml`)",
}


def headline_rows() -> dict[str, list[str]]:
    doc = (ROOT / "docs/benchmarks.md").read_text()
    section = doc.split("## Results (one H200 141GB): the fast recipes as shipped")[1].split("\n## ")[0]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        for name, label in ROWS.items():
            if line.startswith("|") and cells[0].startswith(label):
                rows[name] = cells
    return rows


def num(cell: str) -> float:
    return float(re.sub(r"[*,%\s]", "", cell.split("/")[0]))


def test_headline_table_is_the_raw_run():
    results = json.loads(RAW.read_text())["results"]
    rows = headline_rows()
    assert set(rows) == set(ROWS)
    base = results["original-hf"]["tokens_per_s"]
    for name, cells in rows.items():
        r = results[name]
        assert num(cells[1]) == round(r["tokens_per_s"]), name
        assert num(cells[2]) == round(r["tokens_per_s_aggregate"]), name
        assert num(cells[3]) == round(100 * r["mfu"], 1), name
        assert num(cells[4]) == round(r["peak_allocated_gib"], 1), name
        assert num(cells[5]) == round(r["tokens_per_s"] / base, 2), name


def test_headline_run_passed_its_guard():
    raw = json.loads(RAW.read_text())
    text = (ROOT / "docs/bench-results/h200-speed-rope.md").read_text()
    guard = text.split("Guard (reference")[1].split("Where time")[0]
    assert "FAIL" not in guard
    assert guard.count("PASS") >= 3 * len(raw["results"]) - 1  # original-hf has no packing check


def test_readme_speed_line_matches_the_run():
    results = json.loads(RAW.read_text())["results"]
    readme = (ROOT / "README.md").read_text()
    base = results["original-hf"]["tokens_per_s"]
    for name in ("lora-fast", "qlora-fast"):
        tok = results[name]["tokens_per_s"]
        assert f"`xlam-{name}` {round(tok):,} ({tok / base:.2f} ×)" in readme, name
    assert f"HF + PEFT {round(base):,} non-pad tok/s" in readme
