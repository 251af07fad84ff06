"""The evaluation report: `report.json` (stable keys), `report.md` (a table per model, side by
side when several models were run, then BFCL's non-live AST summary beside published anchors)
and `report.png` (headline score and parse rate per category, one bar per model)."""

from __future__ import annotations

import json
from pathlib import Path

from eval.bfcl_summary import load_anchors, markdown_table
from eval.metrics import METRICS

SCHEMA_VERSION = 1
JSON_FILE, MARKDOWN_FILE, CHART_FILE = "report.json", "report.md", "report.png"
_SHORT = {
    "parse_rate": "parse",
    "clean_parse_rate": "clean parse",
    "tool_selection": "tool sel.",
    "arg_exact_match": "args exact",
    "schema_valid": "schema ok",
    "ast_accuracy": "AST",
    "abstain_accuracy": "abstain",
    "score": "score",
}


def build(models: dict[str, dict], config: dict) -> dict:
    """models: {label: metrics.aggregate(...)} in display order (e.g. base, adapter)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "metrics": list(METRICS) + ["score"],
        "config": config,
        "models": models,
    }


def _pct(value) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def markdown(report: dict) -> str:
    labels = list(report["models"])
    categories = list(dict.fromkeys(c for m in report["models"].values() for c in m["per_category"]))
    columns = ["score", *METRICS]
    lines = [
        f"# Function-calling eval ({', '.join(labels)})",
        "",
        "Percent of examples; `score` = AST accuracy (BFCL), abstain accuracy (irrelevance), "
        "exact match (XLAM held-out); – = not applicable.",
        "",
    ]
    header = ["category", "model", "n", *(_SHORT[c] for c in columns)]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for category in [*categories, "overall"]:
        for label in labels:
            summary = report["models"][label]
            row = summary["overall"] if category == "overall" else summary["per_category"].get(category)
            if row is None:
                continue
            name = f"**{category}**" if category == "overall" else category
            lines.append(
                "| " + " | ".join([name, label, str(row["n"]), *(_pct(row[c]) for c in columns)]) + " |"
            )
    summaries = [
        (label, {k: None if v is None else 100 * v for k, v in m["bfcl_summary"].items()})
        for label, m in report["models"].items()
        if m.get("bfcl_summary")
    ]
    if any(v is not None for _, values in summaries for v in values.values()):
        lines += [
            "",
            "## BFCL non-live AST summary",
            "",
            "Percent; Simple = mean of simple_python, simple_java, simple_javascript; Non-live AST = "
            "mean of Simple, Multiple, Parallel, Parallel multiple; – = a category not evaluated.",
            "",
            markdown_table(summaries, load_anchors()).rstrip("\n"),
        ]
    errors = {label: m["overall"]["parse_errors"] for label, m in report["models"].items()}
    if any(errors.values()):
        lines += [
            "",
            "Parse errors: "
            + "; ".join(
                f"{label}: " + ", ".join(f"{k} {v}" for k, v in sorted(e.items()))
                for label, e in errors.items()
                if e
            ),
        ]
    fallbacks = report["config"].get("constrained_fallbacks")
    if fallbacks:
        lines += [
            "",
            "Constrained decoding fell back to unconstrained (tool schema not compilable): "
            + "; ".join(
                f"{label}: {n} of {report['models'][label]['overall']['n']}"
                for label, n in fallbacks.items()
                if label in report["models"]
            ),
        ]
    return "\n".join(lines) + "\n"


def chart(report: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = list(report["models"])
    categories = list(dict.fromkeys(c for m in report["models"].values() for c in m["per_category"]))
    width = 0.8 / max(len(labels), 1)
    fig, axes = plt.subplots(2, 1, figsize=(max(6, 1.1 * len(categories) + 2), 7), sharex=True)
    for ax, metric, title in (
        (axes[0], "score", "score (AST / abstain / exact match)"),
        (axes[1], "parse_rate", "parse rate (valid calls block)"),
    ):
        for j, label in enumerate(labels):
            per = report["models"][label]["per_category"]
            values = [100 * (per.get(c, {}).get(metric) or 0) for c in categories]
            xs = [i + (j - (len(labels) - 1) / 2) * width for i in range(len(categories))]
            bars = ax.bar(xs, values, width, label=label)
            ax.bar_label(bars, fmt="%.0f", fontsize=7)
        ax.set_ylim(0, 110)
        ax.set_ylabel("%")
        ax.set_title(title, fontsize=10)
    axes[0].legend(fontsize=8)
    axes[1].set_xticks(range(len(categories)), categories, rotation=30, ha="right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def write(report: dict, out_dir: str | Path) -> dict[str, Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"json": out / JSON_FILE, "markdown": out / MARKDOWN_FILE, "chart": out / CHART_FILE}
    paths["json"].write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    paths["markdown"].write_text(markdown(report), encoding="utf-8")
    chart(report, paths["chart"])
    return paths
