"""Rich synthetic XLAM rows: ~60 tools (physics, chemistry, geometry, statistics, finance, unit
conversion, dates, text, travel), questions written with units and thousand separators
("a mass of 1,200 kg", "100g", "$2,500") whose calls carry the clean numbers, nested (dict and
list-of-dict) arguments, optional arguments sometimes given, and many 2-4 call rows: one
function for several values ("for 3, 4 and 5", "then do the same for ...") and several
functions in one request. Tools are shown in the same XLAM format as evaluation tools
(`eval.bfcl.functions_to_xlam_tools`).

    python -m data_builders.rich_synthetic --rows 6000 --seed 0 --out .cache/rich.jsonl
"""

from __future__ import annotations

import argparse
import json
import random

from data_builders.rich_catalogue_everyday import EVERYDAY
from data_builders.rich_catalogue_science import SCIENCE
from data_builders.rich_tool import Tool
from data_builders.synthetic import write_jsonl
from eval.bfcl import functions_to_xlam_tools

CATALOGUE: list[Tool] = SCIENCE + EVERYDAY
KINDS = {"simple": 2, "multiple": 2, "parallel": 3, "parallel_multiple": 3}
OPENERS = ["", "Please ", "Can you ", "Could you ", "I need you to ", "Help me ", "I'd like you to "]
REPEAT_TAILS = [
    ", then do the same with {label} {values}",
    ". Repeat this for a {label} of {values}",
    ", and also for {label} {values}",
    "; do it again with {label} {values}",
    ". I also need it for {label} {values}",
]
JOINERS = [" and ", ", and also ", ". Also, ", ". Additionally, ", ". After that, ", "; then "]


def join_list(texts: list[str], r: random.Random) -> str:
    if len(texts) == 2:
        return f"{texts[0]} and {texts[1]}"
    return ", ".join(texts[:-1]) + r.choice([" and ", ", and "]) + texts[-1]


def _distinct(param, k: int, r: random.Random) -> dict:
    """Up to k values of one parameter with different texts: {text: value}."""
    seen = {}
    for _ in range(k * 6):
        text, value = param.gen(r)
        seen.setdefault(text, value)
        if len(seen) == k:
            break
    return seen


def _distinct_values(param, k: int, r: random.Random) -> dict:
    """Like _distinct, and no two texts of one value ("11.7%" and "11.7 percent" would ask for the
    same call twice): such a text is replaced by a draw from a generator of its own, so that r, and
    so every other row, stays as it was."""
    options, kept = _distinct(param, k, r), {}
    for text, value in options.items():
        side = random.Random(text)
        for _ in range(20):
            if text not in kept and all(v != value for v in kept.values()):
                kept[text] = value
                break
            text, value = param.gen(side)
    return kept


def _varied(tool: Tool, k: int, r: random.Random) -> tuple[str, list[dict]]:
    """One function for k values of one parameter (or two, "... respectively"), the others shared."""
    texts, values, extras = tool.draw(r)
    variable = tool.variable()
    if not variable:
        return _repeated(tool, k, r)
    varied = r.sample(variable, 2) if len(variable) >= 2 and r.random() < 0.25 else [r.choice(variable)]
    options = [_distinct_values(p, k, r) for p in varied]
    if any(len(o) < k for o in options):
        return _repeated(tool, k, r)
    items = [list(o) for o in options]
    template = r.choice(tool.templates)
    if len(varied) == 2:
        clause = template.format(**{**texts, **{p.name: join_list(i, r) for p, i in zip(varied, items)}})
        clause += "".join(extras) + " respectively"
    else:
        (param,), (texts_k,) = varied, items
        form = r.randrange(3)
        if form == 2:
            rest = join_list(texts_k[1:], r) if k > 2 else texts_k[1]
            clause = (
                template.format(**{**texts, param.name: texts_k[0]})
                + "".join(extras)
                + r.choice(REPEAT_TAILS).format(label=param.label, values=rest)
            )
        else:
            at_end = template.endswith("{" + param.name + "}")
            listed = ("each of " if form == 1 and at_end else "") + join_list(texts_k, r)
            clause = template.format(**{**texts, param.name: listed}) + "".join(extras)
    calls = [
        {
            "name": tool.name,
            "arguments": {**values, **{p.name: o[i[n]] for p, o, i in zip(varied, options, items)}},
        }
        for n in range(k)
    ]
    return clause, calls


def _repeated(tool: Tool, k: int, r: random.Random) -> tuple[str, list[dict]]:
    """One function k times with independent values, each request written out."""
    clauses, calls = [], []
    for _ in range(k * 6):
        texts, values, extras = tool.draw(r)
        if any(c["arguments"] == values for c in calls):
            continue
        clauses.append(r.choice(tool.templates).format(**texts) + "".join(extras))
        calls.append({"name": tool.name, "arguments": values})
        if len(calls) == k:
            break
    return join_clauses(clauses, r), calls


def _single(tool: Tool, r: random.Random) -> tuple[str, list[dict]]:
    texts, values, extras = tool.draw(r)
    return r.choice(tool.templates).format(**texts) + "".join(extras), [
        {"name": tool.name, "arguments": values}
    ]


def join_clauses(clauses: list[str], r: random.Random) -> str:
    out = clauses[0]
    for clause in clauses[1:]:
        out += r.choice(JOINERS) + clause
    return out


def _several(tool: Tool, k: int, r: random.Random) -> tuple[str, list[dict]]:
    return _varied(tool, k, r) if r.random() < 0.6 else _repeated(tool, k, r)


def make_row(r: random.Random, row_id: int, catalogue: list[Tool] = CATALOGUE, kinds: dict = KINDS) -> dict:
    kind = r.choices(list(kinds), list(kinds.values()))[0]
    if kind in ("simple", "multiple"):
        needed = [r.choice(catalogue)]
        clause, calls = _single(needed[0], r)
    elif kind == "parallel":
        needed = [r.choice(catalogue)]
        clause, calls = _several(needed[0], r.choice([2, 2, 3, 3, 4]), r)
    else:
        needed = r.sample(catalogue, r.choice([2, 2, 3]))
        parts, calls = [], []
        for tool in needed:
            k = 2 if len(calls) + len(needed) <= 3 and r.random() < 0.35 else 1
            clause, tool_calls = _several(tool, k, r) if k > 1 else _single(tool, r)
            parts.append(clause)
            calls += tool_calls
        clause = join_clauses(parts, r)
    n_distractors = {"simple": 0, "multiple": r.randint(1, 4), "parallel": r.choice([0, 0, 1, 2])}.get(
        kind, r.randint(0, 2)
    )
    tools = with_distractors(needed, n_distractors, r, catalogue)
    return to_row(r, row_id, ask(r.choice(OPENERS), clause), tools, calls)


def with_distractors(
    needed: list[Tool], n: int, r: random.Random, catalogue: list[Tool] = CATALOGUE
) -> list[Tool]:
    """The tools a row offers: the needed ones and `n` others of `catalogue`, shuffled."""
    tools = needed + r.sample([t for t in catalogue if t not in needed], n)
    r.shuffle(tools)
    return tools


def ask(opener: str, clause: str) -> str:
    """An imperative clause as a request: "Can you compute ...?", "Compute ... ."."""
    question = opener + clause
    return question[0].upper() + question[1:] + ("?" if opener.endswith("you ") else ".")


def to_row(r: random.Random, row_id: int, query: str, tools: list[Tool], calls: list[dict]) -> dict:
    note = r.random() < 0.3
    functions = [t.function(python_note=note) for t in tools]
    return {
        "id": row_id,
        "query": query,
        "tools": json.dumps(functions_to_xlam_tools(functions), ensure_ascii=False),
        "answers": json.dumps(calls, ensure_ascii=False),
    }


def generate(rows: int, seed: int = 0) -> list[dict]:
    r = random.Random(seed)
    return [make_row(r, i) for i in range(rows)]


# Mostly single calls, alone or among other tools, as BFCL's simple and multiple categories ask.
SINGLE_LEANING = {"simple": 4, "multiple": 4, "parallel": 1, "parallel_multiple": 1}


def catalogue_rows(stream: str, catalogue: list[Tool], rows: int, seed: int) -> list[dict]:
    """`rows` single-call-leaning rows of another catalogue, drawn from a random stream of its own
    (`stream-seed`), so that adding them leaves the other sources' rows unchanged."""
    r = random.Random(f"{stream}-{seed}")
    return [make_row(r, i, catalogue, SINGLE_LEANING) for i in range(rows)]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--rows", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    write_jsonl(generate(args.rows, args.seed), args.out)
    print(f"wrote {args.rows} rows to {args.out}")


if __name__ == "__main__":
    main()
