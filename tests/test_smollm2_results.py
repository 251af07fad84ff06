"""smollm2_proof.results: per-seed eval reports -> docs/results.json, table and chart."""

import json
import subprocess
import sys

import pytest

from conftest import ROOT
from eval.bfcl_summary import NON_LIVE_CATEGORIES, summarize
from smollm2_proof import results


def _model(scores: dict, parse_rate: float) -> dict:
    per = {c: {"score": s} for c, s in scores.items()}
    return {"per_category": per, "overall": {"parse_rate": parse_rate}, "bfcl_summary": summarize(scores)}


def _report(tmp_path, name, **models):
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps({"schema_version": 1, "models": models}))
    return str(path)


def _scores(simple_python, irrelevance):
    return {
        **dict.fromkeys(NON_LIVE_CATEGORIES, 0.5),
        "simple_python": simple_python,
        "irrelevance": irrelevance,
    }


def test_builder_averages_seeds_and_keeps_per_seed_values(tmp_path):
    seed0 = _report(
        tmp_path, "seed0", base=_model(_scores(0.2, 0.1), 0.9), adapter=_model(_scores(0.8, 0.6), 1.0)
    )
    seed1 = _report(tmp_path, "seed1", adapter=_model(_scores(0.5, 0.9), 0.8))
    out = tmp_path / "docs" / "results.json"
    rc = results.main(
        [
            "--variant",
            f"tuned=SmolLM2-135M:false:{seed0}#adapter,{seed1}",
            "--variant",
            f"base=SmolLM2-135M:yes:{seed0}#base",
            "--out",
            str(out),
        ]
    )
    assert rc == 0
    tuned, base = json.loads(out.read_text())
    fields = {"name", "model", "constrained", "runs", "seeds", "per_run", "spread"}
    assert set(tuned) == set(results.METRICS) | fields
    assert (tuned["name"], tuned["model"], tuned["constrained"]) == ("tuned", "SmolLM2-135M", False)
    assert tuned["runs"] == 2 and tuned["seeds"] is None  # the labels name no seed
    assert [s["simple_python"] for s in tuned["per_run"]] == [80.0, 50.0]
    assert [s["label"] for s in tuned["per_run"]] == ["adapter", "adapter"]
    assert tuned["simple_python"] == 65.0 and tuned["irrelevance"] == 75.0 and tuned["parse_rate"] == 90.0
    # simple = mean(sp, 50, 50) per seed -> 60 and 50; non-live = mean(simple, 50, 50, 50)
    assert [s["simple"] for s in tuned["per_run"]] == [60.0, 50.0]
    assert tuned["simple"] == 55.0 and tuned["non_live_ast"] == pytest.approx((55.0 + 150) / 4, abs=0.01)
    spread = tuned["spread"]["simple_python"]
    assert spread == {"min": 50.0, "max": 80.0, "std": pytest.approx(21.21, abs=0.01)}
    assert (base["constrained"], base["runs"], base["simple_python"]) == (True, 1, 20.0)
    table = (tmp_path / "docs" / "results_table.md").read_text()
    assert "| tuned (2 runs) |" in table and "Hammer2.1-0.5b (published)" in table
    assert (tmp_path / "docs" / "results.png").stat().st_size > 1000


@pytest.mark.parametrize(
    "spec, message",
    [
        ("tuned=m:false", "NAME=MODEL:CONSTRAINED"),
        ("tuned=m:maybe:x.json", "true or false"),
        ("tuned=m:false:{missing}", "not found"),
        ("tuned=m:false:{report}", "several models"),
        ("tuned=m:false:{report}#nope", "has no model 'nope'"),
    ],
)
def test_bad_input_is_a_clear_error(tmp_path, capsys, spec, message):
    report = _report(tmp_path, "r", a=_model(_scores(0.1, 0.1), 1.0), b=_model(_scores(0.1, 0.1), 1.0))
    spec = spec.format(report=report, missing=tmp_path / "missing.json")
    assert results.main(["--variant", spec, "--out", str(tmp_path / "out.json")]) == 2
    assert message in capsys.readouterr().err


def test_plot_charts_the_first_variants_and_the_table_keeps_all(tmp_path, monkeypatch, capsys):
    report = _report(tmp_path, "r", adapter=_model(_scores(0.8, 0.6), 1.0))
    charted = []
    monkeypatch.setattr(results, "chart", lambda rows, anchors, path: charted.extend(r["name"] for r in rows))
    args = ["--variant", f"a=m:false:{report}", "--variant", f"b=m:false:{report}"]
    out = tmp_path / "out.json"
    assert results.main([*args, "--out", str(out), "--plot", "1"]) == 0
    assert charted == ["a"] and [r["name"] for r in json.loads(out.read_text())] == ["a", "b"]
    assert results.main([*args, "--out", str(out), "--plot", "3"]) == 2
    assert "--plot 3: give 1 to 2" in capsys.readouterr().err


def test_committed_results_are_what_the_command_in_docs_results_md_writes(tmp_path):
    """docs/results.json and docs/results_table.md come from the results command in docs/results.md,
    run on the raw reports under docs/smollm2/: a report added without the command rerun, or a
    number edited by hand, fails here."""
    doc = (ROOT / "docs" / "results.md").read_text()
    start = doc.index("D=docs/smollm2")
    block = doc[start : doc.index("```", start)]
    assert "python -m smollm2_proof.results --out docs/results.json" in block
    block = block.replace("python -m", f"{sys.executable} -m").replace(
        "--out docs/results.json", f"--out {tmp_path / 'results.json'}"
    )
    result = subprocess.run(["bash", "-c", block], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    for name in ("results.json", "results_table.md"):
        assert (tmp_path / name).read_text() == (ROOT / "docs" / name).read_text(), name


def test_seeds_count_the_distinct_training_seeds_the_labels_name(tmp_path):
    """A seed trained twice is two runs of one seed; each run keeps its own seed."""
    model = _model(_scores(0.5, 0.5), 1.0)
    first = _report(tmp_path, "a", **{"recipe (seed 42)": model})
    again = _report(tmp_path, "b", **{"recipe (seed 42)": model, "recipe (seed 42) (constrained)": model})
    other = _report(tmp_path, "c", **{"recipe (seed 43)": model})
    spec = f"r=m:false:{first},{again}#recipe (seed 42),{other}"
    out = tmp_path / "results.json"
    assert results.main(["--variant", spec, "--out", str(out)]) == 0
    (row,) = json.loads(out.read_text())
    assert (row["runs"], row["seeds"]) == (3, 2)
    assert [run["seed"] for run in row["per_run"]] == [42, 42, 43]
