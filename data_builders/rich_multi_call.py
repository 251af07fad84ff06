"""Multi-call rows from the rich synthetic catalogue, in the request shapes BFCL's parallel and
parallel_multiple categories use and the rich mix (`data_builders.rich_synthetic`) rarely writes:

- cross: one function over every combination of two listed values ("for Lakers and Bulls in
  2018 and 2020" -> 4 calls), where the rich mix only pairs lists "respectively";
- grouped: two or three functions, each for several values ("the GDP and the life expectancy
  for 1900 and 1950" shapes: 2+2, 2+2+1, 3+2 calls), where the rich mix repeats at most one;
- tasks: a long conversational request of 2-4 tasks in separate sentences ("First, ...
  Second, ... Lastly, ..."), a function sometimes asked again for other values ("After that,
  ... another ..."), 2-5 calls;
- cases: one function asked in separate sentences per case ("For the first one, ... For the
  second, ..."), 2-4 calls.

Rows offer the needed tools and at most one other, as BFCL's parallel categories do.
`python -m data_builders.bfcl_train --rich-multi-call N` adds N of these rows to the training file;
`make_row` takes another catalogue (`data_builders.diverse_multi_call`).
"""

from __future__ import annotations

import itertools
import random

from data_builders.rich_synthetic import (
    CATALOGUE,
    OPENERS,
    _distinct,
    _several,
    _single,
    ask,
    join_clauses,
    join_list,
    to_row,
    with_distractors,
)
from data_builders.rich_tool import Tool

KINDS = {"cross": 2, "grouped": 3, "tasks": 4, "cases": 2}
CROSS_TAILS = ["", "", "", " for every combination", ", each combination separately", " (all combinations)"]
INTROS = [
    "",
    "Can you help me with a few things? ",
    "I have several requests. ",
    "Could you please help me with some tasks? ",
    "I need help with {n} things. ",
    "Please handle the following for me. ",
]
ORDINALS = [
    ["First", "Second", "Third", "Lastly"],
    ["First", "Then", "After that", "Finally"],
    ["To start", "Next", "Also", "Lastly"],
    ["Firstly", "Secondly", "Thirdly", "Finally"],
]
CASE_LEADS = [
    ["For the first one", "For the second", "For the third", "And for the fourth"],
    ["In the first case", "In the second case", "In the third case", "In the fourth case"],
    ["First", "Second", "Third", "Fourth"],
]
SENTENCES = ["{lead}, I need you to {clause}.", "{lead}, could you {clause}?", "{lead}, please {clause}."]
SENTENCES += ["{lead}, {clause}.", "{lead}, I'd like you to {clause}."]
AGAIN = ["another request of the same kind: ", "once more, ", "again, ", ""]
COUNTS = {2: "two", 3: "three", 4: "four"}
OUTROS = ["", "", " Can you assist me with these?", " Thanks!"]


def _by_value(options: dict) -> dict:
    """{text: value} keeping the first text of each value ("2,096 g" and "2096g" are one value)."""
    seen = {}
    for text, value in options.items():
        if all(v != value for v in seen.values()):
            seen[text] = value
    return seen


def _cross(r: random.Random, catalogue: list[Tool] = CATALOGUE) -> tuple[str, list[Tool], list[dict]]:
    tool = r.choice([t for t in catalogue if len(t.variable()) >= 2])
    texts, values, extras = tool.draw(r)
    params = r.sample(tool.variable(), 2)
    options = [
        _by_value(_distinct(p, k, r)) for p, k in zip(params, r.choice([(2, 2), (2, 2), (3, 2), (2, 3)]))
    ]
    if any(len(o) < 2 for o in options):
        clause, calls = _single(tool, r)
        return clause, [tool], calls
    filled = {p.name: join_list(list(o), r) for p, o in zip(params, options)}
    clause = r.choice(tool.templates).format(**{**texts, **filled}) + "".join(extras)
    calls = [
        {
            "name": tool.name,
            "arguments": {**values, **{p.name: o[t] for p, o, t in zip(params, options, combo)}},
        }
        for combo in itertools.product(*options)
    ]
    return clause + r.choice(CROSS_TAILS), [tool], calls


def _grouped(r: random.Random, catalogue: list[Tool] = CATALOGUE) -> tuple[str, list[Tool], list[dict]]:
    tools = r.sample(catalogue, r.choice([2, 2, 3]))
    counts = r.choice(
        [(2, 2), (2, 2), (3, 2), (2, 3)] if len(tools) == 2 else [(2, 2, 1), (2, 1, 2), (1, 2, 2)]
    )
    parts, calls = [], []
    for tool, k in zip(tools, counts):
        clause, tool_calls = _several(tool, k, r) if k > 1 else _single(tool, r)
        parts.append(clause)
        calls += tool_calls
    return join_clauses(parts, r), tools, calls


def _draw_new(tool: Tool, calls: list[dict], r: random.Random) -> tuple[str, dict]:
    """A clause for `tool` whose arguments differ from every call already made."""
    for _ in range(8):
        texts, values, extras = tool.draw(r)
        if all(c["arguments"] != values for c in calls if c["name"] == tool.name):
            break
    return r.choice(tool.templates).format(**texts) + "".join(extras), {
        "name": tool.name,
        "arguments": values,
    }


def _sentences(leads: list[str], clauses: list[str], r: random.Random) -> str:
    return " ".join(r.choice(SENTENCES).format(lead=lead, clause=c) for lead, c in zip(leads, clauses))


def _tasks(r: random.Random, catalogue: list[Tool] = CATALOGUE) -> tuple[str, list[Tool], list[dict]]:
    tools = r.sample(catalogue, r.choice([2, 2, 3, 3, 4]))
    order = list(tools)
    if len(order) < 4 and r.random() < 0.5:  # a function asked again: A, B, A(, B)
        order += r.sample(tools, min(len(tools), 4 - len(order), r.choice([1, 2])))
    clauses, calls = [], []
    for n, tool in enumerate(order):
        clause, call = _draw_new(tool, calls, r)
        if n >= len(tools):
            clause = r.choice(AGAIN) + clause
        clauses.append(clause)
        calls.append(call)
    ordinals = r.choice(ORDINALS)
    leads = ordinals[: len(order) - 1] + [ordinals[-1]]
    intro = r.choice(INTROS).format(n=COUNTS[len(order)])
    return intro + _sentences(leads, clauses, r) + r.choice(OUTROS), tools, calls


def _cases(r: random.Random, catalogue: list[Tool] = CATALOGUE) -> tuple[str, list[Tool], list[dict]]:
    tool = r.choice(catalogue)
    clauses, calls = [], []
    for _ in range(r.choice([2, 2, 3, 3, 4])):
        clause, call = _draw_new(tool, calls, r)
        if call["arguments"] in [c["arguments"] for c in calls]:
            break
        clauses.append(clause)
        calls.append(call)
    intro = r.choice(INTROS).format(n=COUNTS.get(len(calls), "some"))
    return intro + _sentences(r.choice(CASE_LEADS), clauses, r) + r.choice(OUTROS), [tool], calls


def make_row(r: random.Random, row_id: int, catalogue: list[Tool] = CATALOGUE) -> dict:
    kind = r.choices(list(KINDS), list(KINDS.values()))[0]
    shape = {"cross": _cross, "grouped": _grouped, "tasks": _tasks, "cases": _cases}[kind]
    text, needed, calls = shape(r, catalogue)
    if kind in ("cross", "grouped"):
        text = ask(r.choice(OPENERS), text)
    tools = with_distractors(needed, r.choice([0, 0, 0, 1]), r, catalogue)
    return to_row(r, row_id, text, tools, calls)


def generate(rows: int, seed: int = 0) -> list[dict]:
    r = random.Random(f"multi-call-{seed}")  # its own stream: the rich mix's rows stay unchanged
    return [make_row(r, i) for i in range(rows)]
