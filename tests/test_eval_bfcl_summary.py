"""BFCL's non-live summary arithmetic, in aggregate() and in the report."""

import pytest

from eval import report
from eval.bfcl_summary import load_anchors, summarize
from eval.metrics import METRICS, aggregate

# hand-made per-example AST verdicts: (category, correct, total)
COUNTS = [
    ("simple_python", 3, 4),
    ("simple_java", 1, 2),
    ("simple_javascript", 0, 1),
    ("multiple", 2, 2),
    ("parallel", 1, 4),
    ("parallel_multiple", 0, 3),
    ("irrelevance", 2, 3),
]


def _scored():
    rows = []
    for category, correct, total in COUNTS:
        metric = "abstain_accuracy" if category == "irrelevance" else "ast_accuracy"
        for i in range(total):
            scores = dict.fromkeys(METRICS)
            scores.update(parse_rate=True, **{metric: i < correct})
            rows.append({"category": category, "parse": {"error": None}, "scores": scores})
    return rows


def test_summary_is_bfcl_unweighted_mean_of_means():
    summary = aggregate([c for c, _, _ in COUNTS], _scored())["bfcl_summary"]
    simple = (3 / 4 + 1 / 2 + 0 / 1) / 3  # not 4/7, the pooled accuracy
    non_live = (simple + 1.0 + 1 / 4 + 0.0) / 4
    assert summary["simple"] == pytest.approx(simple, abs=1e-4)
    assert summary["non_live_ast"] == pytest.approx(non_live, abs=1e-4)
    assert summary["multiple"] == 1.0 and summary["parallel"] == 0.25 and summary["parallel_multiple"] == 0.0
    assert summary["irrelevance"] == pytest.approx(2 / 3, abs=1e-4)


def test_missing_category_leaves_its_groups_empty():
    summary = summarize({"simple_python": 1.0, "multiple": 0.5, "parallel": 0.5, "parallel_multiple": 0.5})
    assert summary["simple"] is None and summary["non_live_ast"] is None and summary["irrelevance"] is None
    assert summary["multiple"] == 0.5


def test_report_shows_summary_beside_published_anchors(tmp_path):
    models = {"base": aggregate([c for c, _, _ in COUNTS], _scored())}
    paths = report.write(report.build(models, {}), tmp_path)
    text = paths["markdown"].read_text()
    assert "## BFCL non-live AST summary" in text
    non_live = 100 * models["base"]["bfcl_summary"]["non_live_ast"]
    assert f"| base | 41.7 | 100.0 | 25.0 | 0.0 | {non_live:.1f} | 66.7 |" in text
    for anchor in load_anchors()["models"]:
        assert f"| {anchor['name']} (published) |" in text
    assert "gorilla.cs.berkeley.edu" in text


def test_anchor_non_live_is_the_mean_of_its_four_columns():
    # the published Non-live AST column is the unweighted mean of the four published columns
    for anchor in load_anchors()["models"]:
        mean = sum(anchor[k] for k in ("simple", "multiple", "parallel", "parallel_multiple")) / 4
        assert abs(mean - anchor["non_live_ast"]) < 0.15, anchor["name"]
