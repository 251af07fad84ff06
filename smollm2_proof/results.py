"""Build the results table from eval reports: one variant per trained model, its numbers averaged
over training runs (one report.json per run), beside published BFCL anchors.

    python -m smollm2_proof.results \\
        --variant "fine-tuned=SmolLM2-135M-Instruct:false:reports/s0/report.json,reports/s1/report.json" \\
        --variant "fine-tuned, constrained=SmolLM2-135M-Instruct:true:reports/c0/report.json#adapter" \\
        --out docs/results.json

A variant is NAME=MODEL:CONSTRAINED:REPORT[,REPORT...]: MODEL names the model trained,
CONSTRAINED is true/false (schema-constrained decoding), each REPORT an eval report.json, with
`#LABEL` picking one of the models it holds (e.g. `#base (calls format)`; needed when it holds
several). A run's training seed is read from its label's `(seed N)` (the eval's labels carry
it): each variant counts the distinct seeds its runs average (`seeds`; null where a label names
none), each run keeps its own. Writes --out (JSON), the markdown table beside it
(`<out>_table.md`) and a bar chart (`<out>.png`). All numbers are percent.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from pathlib import Path

from eval.bfcl_summary import COLUMNS, SIMPLE_CATEGORIES, load_anchors, markdown_table, summarize

METRICS = (
    "non_live_ast",
    "simple",
    *SIMPLE_CATEGORIES,
    "multiple",
    "parallel",
    "parallel_multiple",
    "irrelevance",
    "parse_rate",
)
SEED = re.compile(r"\(seed (\d+)\)")
_BOOLS = {"true": True, "yes": True, "constrained": True, "false": False, "no": False, "free": False}


class InputError(ValueError):
    """Bad command-line input or report file: the message says what and how to fix it."""


def parse_variant(spec: str) -> dict:
    name, sep, rest = spec.partition("=")
    parts = rest.split(":", 2)
    if not sep or not name.strip() or len(parts) != 3 or not all(p.strip() for p in parts):
        raise InputError(f"--variant {spec!r}: expected NAME=MODEL:CONSTRAINED:REPORT[,REPORT...]")
    model, constrained, reports = (p.strip() for p in parts)
    if constrained.lower() not in _BOOLS:
        raise InputError(f"--variant {spec!r}: CONSTRAINED must be true or false, not {constrained!r}")
    return {
        "name": name.strip(),
        "model": model,
        "constrained": _BOOLS[constrained.lower()],
        "reports": [r.strip() for r in reports.split(",") if r.strip()],
    }


def run_values(ref: str) -> dict:
    """One run's numbers (percent) from `report.json[#LABEL]`."""
    path, _, label = ref.partition("#")
    try:
        report = json.loads(Path(path).read_text(encoding="utf-8"))
        models = report["models"]
    except FileNotFoundError:
        raise InputError(f"report {path} not found") from None
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise InputError(f"{path} is not an eval report.json ({type(exc).__name__}: {exc})") from None
    if not label:
        if len(models) != 1:
            raise InputError(f"{path} holds several models ({', '.join(models)}): pick one with {path}#LABEL")
        label = next(iter(models))
    if label not in models:
        raise InputError(f"{path} has no model {label!r}; it holds: {', '.join(models)}")
    model = models[label]
    per = model["per_category"]
    summary = model.get("bfcl_summary") or summarize({c: v["score"] for c, v in per.items()})
    values = {**summary, **{c: per[c]["score"] for c in SIMPLE_CATEGORIES if c in per}}
    values["parse_rate"] = model["overall"]["parse_rate"]
    seed = SEED.search(label)
    return {
        "report": path,
        "label": label,
        "seed": int(seed.group(1)) if seed else None,
        **{m: None if values.get(m) is None else round(100 * values[m], 2) for m in METRICS},
    }


def build_variant(variant: dict) -> dict:
    runs = [run_values(ref) for ref in variant["reports"]]
    out = {"name": variant["name"], "model": variant["model"]}
    spread = {}
    for metric in METRICS:
        values = [s[metric] for s in runs]
        if any(v is None for v in values):
            out[metric], spread[metric] = None, None
            continue
        out[metric] = round(statistics.fmean(values), 2)
        spread[metric] = {
            "min": min(values),
            "max": max(values),
            "std": round(statistics.stdev(values), 2) if len(values) > 1 else 0.0,
        }
    seeds = {run["seed"] for run in runs}
    out.update(
        {
            "constrained": variant["constrained"],
            "runs": len(runs),
            "seeds": None if None in seeds else len(seeds),
            "per_run": runs,
            "spread": spread,
        }
    )
    return out


def _label(row: dict) -> str:
    extra = ["constrained"] if row["constrained"] and "constrained" not in row["name"] else []
    extra += [f"{row['runs']} runs"] if row["runs"] > 1 else []
    return f"{row['name']} ({', '.join(extra)})" if extra else row["name"]


def markdown(rows: list[dict], anchors: dict) -> str:
    lines = [
        "# BFCL non-live results",
        "",
        (
            "Percent. Ours: mean over training runs (± sample std where several). Simple = mean of "
            "simple_python, simple_java, simple_javascript; Non-live AST = mean of Simple, Multiple, "
            "Parallel, Parallel multiple."
        ),
        "",
        markdown_table([(_label(r), r) for r in rows], anchors).rstrip("\n"),
        "",
        (
            "| variant | model | runs | constrained | non-live AST | simple_python | simple_java "
            "| simple_javascript | parse rate |"
        ),
        "|---" * 9 + "|",
    ]
    for r in rows:
        std = (r["spread"].get("non_live_ast") or {}).get("std")
        ast = (
            "–"
            if r["non_live_ast"] is None
            else f"{r['non_live_ast']:.1f}" + (f" ± {std:.1f}" if r["runs"] > 1 and std is not None else "")
        )
        cells = [
            r["name"],
            r["model"],
            str(r["runs"]),
            "yes" if r["constrained"] else "no",
            ast,
            *("–" if r[k] is None else f"{r[k]:.1f}" for k in (*SIMPLE_CATEGORIES, "parse_rate")),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def chart(rows: list[dict], anchors: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    keys = ("simple", "multiple", "parallel", "parallel_multiple", "non_live_ast", "irrelevance")
    bars = [(_label(r), r, r["spread"], False) for r in rows] + [
        (f"{a['name']} (published)", a, {}, True) for a in anchors["models"]
    ]
    width = 0.85 / max(len(bars), 1)
    fig, ax = plt.subplots(figsize=(max(8, 1.6 * len(keys) + 0.3 * len(bars)), 5.6))
    for j, (label, values, spread, published) in enumerate(bars):
        xs = [i + (j - (len(bars) - 1) / 2) * width for i in range(len(keys))]
        heights = [values.get(k) or 0 for k in keys]
        errors = [(spread.get(k) or {}).get("std", 0) for k in keys]
        ax.bar(
            xs,
            heights,
            width,
            yerr=errors if any(errors) else None,
            label=label,
            capsize=2,
            hatch="//" if published else None,
            alpha=0.55 if published else 1.0,
        )
    ax.set_xticks(range(len(keys)), [COLUMNS[k] for k in keys], fontsize=9)
    ax.set_ylim(0, 100)
    ax.set_ylabel("%")
    ax.set_title("BFCL non-live (AST) and irrelevance: ours vs published", fontsize=10)
    ax.legend(fontsize=7, ncol=3, loc="upper center", bbox_to_anchor=(0.5, -0.07))  # below: bars reach 100
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m smollm2_proof.results",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument(
        "--variant",
        action="append",
        required=True,
        metavar="NAME=MODEL:CONSTRAINED:REPORTS",
        help="a variant and its reports, one per training run (repeatable; see above)",
    )
    ap.add_argument("--out", default="docs/results.json", help="results JSON (default: docs/results.json)")
    ap.add_argument("--anchors", help="published anchors JSON (default: eval/anchors.json)")
    ap.add_argument(
        "--plot",
        type=int,
        metavar="N",
        help="chart only the first N variants (default: all; the table has all)",
    )
    args = ap.parse_args(argv)
    try:
        variants = [parse_variant(v) for v in args.variant]
        names = [v["name"] for v in variants]
        if len(set(names)) != len(names):
            raise InputError(f"variant names must be unique: {names}")
        if args.plot is not None and not 1 <= args.plot <= len(names):
            raise InputError(f"--plot {args.plot}: give 1 to {len(names)} (the number of variants)")
        rows = [build_variant(v) for v in variants]
        anchors = load_anchors(args.anchors) if args.anchors else load_anchors()
    except (InputError, FileNotFoundError, json.JSONDecodeError) as exc:
        print(f"results: error: {exc}", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    table = out.with_name(f"{out.stem}_table.md")
    table.write_text(markdown(rows, anchors), encoding="utf-8")
    chart(rows[: args.plot], anchors, out.with_suffix(".png"))
    print(markdown(rows, anchors))
    print(f"wrote {out}, {table}, {out.with_suffix('.png')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
