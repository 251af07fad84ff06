"""Training data for the SmolLM2 function-calling run: BFCL data the evaluation does not score,
converted to XLAM rows, plus synthetic rows. Abstain rows with foreign tools are not written here:
the recipe adds them at preprocessing time (`xlam_abstain_fraction`), so one file serves the
with/without ablation.

    # recommended: every source
    python -m data_builders.bfcl_train --synthetic 2000 --rich-synthetic 6000 \\
        --live-irrelevance --multi-turn --unused --seed 0 --out .cache/smollm2-data/train.jsonl
    # the original mix: BFCL live + 2,000 synthetic rows
    python -m data_builders.bfcl_train --synthetic 2000 --seed 0

Sources: BFCL live categories (`data_builders.bfcl_live`), `live_irrelevance` as abstain rows,
multi-turn turns as single-turn rows (`data_builders.bfcl_multi_turn`), `unused_datasets`
(exec, rest, sql), the small synthetic catalogue (`data_builders.synthetic`), the larger one
(`data_builders.rich_synthetic`), with `--java-js N`, Java/JavaScript-convention rows
(`data_builders.java_js_synthetic`) and, with `--rich-multi-call N`, multi-call rows in BFCL's
parallel request shapes (`data_builders.rich_multi_call`) and, with `--rich-copy N`, rows whose
arguments are copied verbatim from the question or read from word problems
(`data_builders.rich_copy`) and, with `--rich-scale N`, rows whose rates and amounts must be passed
at the right power of ten (percent or fraction as the description states, "213 million" in full;
`data_builders.rich_scale`) and, with `--rich-format N`, rows whose places, dates, months, times and
units are passed in the format the parameter's description states ("Austin, TX", "MM-DD-YYYY",
'ounce'; `data_builders.rich_format`) and, with `--rich-diverse N`, rows over a catalogue of 269
tools of its own, ~11 rows per tool (`data_builders.rich_diverse`) and, with `--rich-wide N`, rows
over those tools and ~260 more (`data_builders.rich_wide`) and, with `--near-miss-abstain N`,
questions offered only tools that do a neighbouring job, answer `[]`
(`data_builders.near_miss_abstain`; `--near-miss-abstain-diverse N`: the same over the diverse
tools only) and, with `--java-js-wide N`, Java/JavaScript-convention rows
over a catalogue twice as wide (`data_builders.java_js_wide`) and, with `--diverse-multi-call N`,
multi-call rows in BFCL's parallel request shapes over the 269 diverse tools
(`data_builders.diverse_multi_call`). Every row is checked with
`prompt_strategies.rows.check_row` and against every evaluation row (`data_builders.overlap_guard`:
id, folded question text, set of tool names); rows that fail, and repeats of an earlier row, are
counted and left out. The rows are shuffled with `--seed`. The written data is derived from
BFCL: keep it out of git.
"""

from __future__ import annotations

import argparse
import json
import os
import random
from collections import Counter
from collections.abc import Callable
from typing import NamedTuple

from data_builders.bfcl_live import LIVE_CATEGORIES, live_rows
from data_builders.bfcl_live_irrelevance import live_irrelevance_rows
from data_builders.bfcl_multi_turn import multi_turn_rows
from data_builders.bfcl_unused import unused_rows
from data_builders.diverse_multi_call import generate as generate_diverse_multi_call
from data_builders.java_js_synthetic import generate as generate_java_js
from data_builders.java_js_wide import generate as generate_java_js_wide
from data_builders.near_miss_abstain import generate as generate_near_miss
from data_builders.near_miss_abstain import generate_diverse as generate_near_miss_diverse
from data_builders.overlap_guard import KEYS, OverlapGuard, normalize_question
from data_builders.rich_copy import generate as generate_copy
from data_builders.rich_diverse import generate as generate_diverse
from data_builders.rich_format import generate as generate_format
from data_builders.rich_multi_call import generate as generate_multi_call
from data_builders.rich_scale import generate as generate_scale
from data_builders.rich_synthetic import generate as generate_rich
from data_builders.rich_wide import generate as generate_wide
from data_builders.synthetic import generate as generate_small
from prompt_strategies.rows import check_row

DEFAULT_OUT = ".cache/smollm2-data/train.jsonl"


class AddedSource(NamedTuple):
    """Rows a flag adds (`--rich-copy N` -> rich_copy=N): ids prefixed `prefix-`, `generate(n, seed)`,
    and the flag's help."""

    prefix: str
    generate: Callable[[int, int], list[dict]]
    help: str


# Source name -> its rows; the flag is the name with dashes. The file takes them in this order, so a
# row repeated across sources stays in the first.
ADDED_SOURCES = {
    "java_js": AddedSource(
        "javajs",
        generate_java_js,
        "Java- and JavaScript-convention rows (half each; arguments as language literals)",
    ),
    "rich_multi_call": AddedSource(
        "multicall",
        generate_multi_call,
        "multi-call rows of the large catalogue: combinations, several functions each for several "
        "values, long multi-task requests",
    ),
    "rich_copy": AddedSource(
        "copy",
        generate_copy,
        "rows whose arguments are copied verbatim from the question (names, codes, titles) or read "
        "from word problems ('starts from rest', 'a dozen'), units given when stated",
    ),
    "rich_scale": AddedSource(
        "scale",
        generate_scale,
        "rows whose rates are passed as a percent or a fraction as the parameter's description "
        "states and whose amounts are stated with scale words ('213 million', '$4.5M', '12k')",
    ),
    "rich_format": AddedSource(
        "format",
        generate_format,
        "rows whose places, dates, months, times and units are passed in the format the parameter's "
        "description states ('e.g. Boston, MA', 'MM-DD-YYYY', \"like 'ounce' or 'kg'\")",
    ),
    "rich_diverse": AddedSource(
        "diverse",
        generate_diverse,
        "rows over a wide catalogue of its own (269 tools: science, money, world, leisure), a few "
        "rows per tool",
    ),
    "rich_wide": AddedSource(
        "wide",
        generate_wide,
        "rows over the widest catalogue (the diverse tools and ~260 more: care, tech, work, trades)",
    ),
    "near_miss_abstain": AddedSource(
        "nearmiss",
        generate_near_miss,
        "abstain rows (answer []) whose offered tools do a neighbouring job: the same service's "
        "other functions or other tools of the same domain",
    ),
    "java_js_wide": AddedSource(
        "javajswide",
        generate_java_js_wide,
        "Java- and JavaScript-convention rows over the --java-js catalogue and ~120 more tools",
    ),
    "diverse_multi_call": AddedSource(
        "diversemulti",
        generate_diverse_multi_call,
        "multi-call rows in BFCL's parallel request shapes over the diverse catalogue's 269 tools",
    ),
    "near_miss_abstain_diverse": AddedSource(
        "nearmissdiverse",
        generate_near_miss_diverse,
        "near-miss abstain rows over the diverse catalogue's tools only (for a file without wide rows)",
    ),
}


def generated_rows(prefix: str, generate, n: int, seed: int) -> tuple[list[dict], Counter]:
    """A generator's n rows, each id prefixed with its source so that no two sources share one."""
    return [{**row, "id": f"{prefix}-{row['id']}"} for row in generate(n, seed)], Counter()


def _source_report(converted: int, skipped: Counter) -> dict:
    return {
        "converted": converted,
        "kept": 0,
        "skipped": dict(skipped),
        "invalid": Counter(),
        "overlap": dict.fromkeys(KEYS, 0),
        "duplicate": 0,
    }


def collect(sources: dict, guard: OverlapGuard) -> tuple[list[dict], dict]:
    """Valid, new, non-evaluation rows of every source (name -> (rows, skipped)) + the report."""
    rows, report, seen = [], {}, set()
    for name, (candidates, skipped) in sources.items():
        counts = report[name] = _source_report(len(candidates), skipped)
        for row in candidates:
            check = check_row(row)
            if check.reason:
                counts["invalid"][check.reason] += 1
                continue
            key = guard.overlap(row)
            if key:
                counts["overlap"][key] += 1
                continue
            identity = (normalize_question(row["query"]), json.dumps(check.answers, sort_keys=True))
            if identity in seen:
                counts["duplicate"] += 1
                continue
            seen.add(identity)
            rows.append(row)
            counts["kept"] += 1
        counts["invalid"] = dict(counts["invalid"])
    return rows, report


def build(
    out: str = DEFAULT_OUT,
    synthetic: int = 2000,
    seed: int = 0,
    live: tuple[str, ...] = LIVE_CATEGORIES,
    rich_synthetic: int = 0,
    live_irrelevance: bool = False,
    multi_turn: bool = False,
    unused: bool = False,
    **added: int,
) -> dict:
    """Write the training JSONL and `<out>.report.json`; returns the report. `added`: how many rows
    of each generator in ADDED_SOURCES (java_js=1500, rich_copy=3000, ...)."""
    unknown = sorted(set(added) - set(ADDED_SOURCES))
    if unknown:
        raise TypeError(f"build() got unknown sources {unknown}; known: {', '.join(ADDED_SOURCES)}")
    sources = {"live": live_rows(live)}
    if live_irrelevance:
        sources["live_irrelevance"] = live_irrelevance_rows()
    if multi_turn:
        sources["multi_turn"] = multi_turn_rows()
    if unused:
        sources["unused"] = unused_rows()
    sources["synthetic"] = generated_rows("synthetic", generate_small, synthetic, seed)
    sources["rich_synthetic"] = generated_rows("rich", generate_rich, rich_synthetic, seed)
    for name, source in ADDED_SOURCES.items():
        if added.get(name):
            sources[name] = generated_rows(source.prefix, source.generate, added[name], seed)
    rows, per_source = collect(sources, OverlapGuard.from_eval())
    random.Random(seed).shuffle(rows)
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    report = {"out": out, "rows": len(rows), "seed": seed, "sources": per_source}
    with open(out + ".report.json", "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2)
    return report


def format_report(report: dict) -> str:
    width = max(len(name) for name in ["source", *report["sources"]]) + 1
    lines = [
        f"wrote {report['rows']} rows to {report['out']} (seed {report['seed']})",
        f"{'source':<{width}}{'converted':>10}{'kept':>7}{'invalid':>8}{'overlap':>8}{'repeat':>7}  details",
    ]
    for name, s in report["sources"].items():
        details = {
            k: v
            for k, v in {
                **s["skipped"],
                **s["invalid"],
                **{f"overlap:{k}": v for k, v in s["overlap"].items()},
            }.items()
            if v
        }
        lines.append(
            f"{name:<{width}}{s['converted']:>10}{s['kept']:>7}{sum(s['invalid'].values()):>8}"
            f"{sum(s['overlap'].values()):>8}{s['duplicate']:>7}  "
            + ", ".join(f"{k} {v}" for k, v in sorted(details.items()))
        )
    return "\n".join(lines)


def row_count(text: str) -> int:
    """argparse type of the row-count flags: a whole number, 0 or more."""
    n = int(text)
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, not {n}")
    return n


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--seed", type=int, default=0, help="synthetic generators' and shuffle seed")
    ap.add_argument("--synthetic", type=row_count, default=2000, help="rows of the small synthetic catalogue")
    ap.add_argument(
        "--rich-synthetic",
        type=row_count,
        default=0,
        metavar="N",
        help="rows of the large synthetic catalogue (units, nested and parallel calls)",
    )
    for name, source in ADDED_SOURCES.items():
        ap.add_argument(
            f"--{name.replace('_', '-')}", type=row_count, default=0, metavar="N", help=source.help
        )
    ap.add_argument(
        "--live",
        nargs="*",
        default=list(LIVE_CATEGORIES),
        metavar="CATEGORY",
        help=f"BFCL live categories to convert (default: all: {' '.join(LIVE_CATEGORIES)})",
    )
    ap.add_argument("--live-irrelevance", action="store_true", help="BFCL live_irrelevance as abstain rows")
    ap.add_argument("--multi-turn", action="store_true", help="BFCL multi-turn turns as single-turn rows")
    ap.add_argument("--unused", action="store_true", help="BFCL unused_datasets: exec_*, rest, sql")
    args = ap.parse_args(argv)
    try:
        report = build(
            args.out,
            args.synthetic,
            args.seed,
            tuple(args.live),
            args.rich_synthetic,
            args.live_irrelevance,
            args.multi_turn,
            args.unused,
            **{name: getattr(args, name) for name in ADDED_SOURCES},
        )
    except ValueError as exc:
        ap.error(str(exc))
    print(format_report(report))


if __name__ == "__main__":
    main()
