"""Near-miss abstain rows: a question for one tool of the wide catalogue (`data_builders.rich_wide`),
offered only tools that do a neighbouring job, and the answer `[]`. The neighbours are the same
service's other functions (`coin_ledger.swap_quote` for a question `coin_ledger.historical_price`
answers) or other tools of the same domain. A tool that could serve the question is never offered:
one whose function name shares a distinctive word with the asked one's (`translate_batch` for a
question `translate_text` answers, `price_history` for `closing_price`), or one listed in
`CAN_SERVE` (`macro_db.compare_countries` reports inflation for one country as well).

BFCL's irrelevance category offers exactly such a near miss ("Who wrote Don Quixote?" with a
lookup of music compositions). The recipe's own abstain rows (`prompt_strategies.abstain`) leave
related tools out on purpose, so they never show one; the diverse rows' run called a neighbouring
tool on 59 of BFCL's 240 irrelevance requests, against 38-47 for the recipe.

`python -m data_builders.bfcl_train --near-miss-abstain N` adds N of these rows to the training file;
`--near-miss-abstain-diverse N` adds N drawn from the diverse catalogue's four domains only, for a
file whose call rows teach those tools and not the wide catalogue's others: there, a row offering a
tool no row ever calls could be answered by knowing the tool rather than by reading the request.
"""

from __future__ import annotations

import random

from data_builders import rich_diverse
from data_builders.rich_synthetic import OPENERS, _single, ask, to_row
from data_builders.rich_tool import Tool
from data_builders.rich_wide import DOMAINS
from prompt_strategies.abstain import name_words

OFFERED = {1: 6, 2: 3, 3: 1}  # how many tools a row offers: mostly one, as BFCL's irrelevance does
SIBLINGS_FIRST = 0.7  # share of rows that offer the asked tool's own service first, where it has others


# Tools that answer some of another tool's questions although their names share no word.
CAN_SERVE: dict[str, set[str]] = {
    "macro_db.compare_countries": {"macro_db.gdp", "macro_db.inflation", "macro_db.unemployment"},
}


def service(tool: Tool) -> str:
    return tool.name.split(".")[0]


def function_words(tool: Tool) -> set[str]:
    return name_words(tool.name.split(".")[-1])


def could_serve(offered: Tool, asked: Tool) -> bool:
    """Whether `offered` may answer a question for `asked` (checked both ways round)."""
    if function_words(offered) & function_words(asked):
        return True
    return asked.name in CAN_SERVE.get(offered.name, ()) or offered.name in CAN_SERVE.get(asked.name, ())


def neighbours(tool: Tool, domain: list[Tool]) -> tuple[list[Tool], list[Tool]]:
    """The other tools of `tool`'s service, and the rest of its domain, none of which could serve."""
    others = [t for t in domain if t.name != tool.name and not could_serve(t, tool)]
    siblings = [t for t in others if service(t) == service(tool)]
    return siblings, [t for t in others if service(t) != service(tool)]


def draw(r: random.Random, domains: dict[str, list[Tool]] = DOMAINS) -> tuple[Tool, list[Tool], str]:
    """A tool, the neighbours a row offers in its place, and a request for the tool."""
    domain = r.choice(list(domains.values()))
    tool = r.choice(domain)
    clause, _ = _single(tool, r)
    k = r.choices(list(OFFERED), list(OFFERED.values()))[0]
    siblings, rest = neighbours(tool, domain)
    offered = r.sample(siblings, min(k, len(siblings))) if r.random() < SIBLINGS_FIRST else []
    offered += r.sample(rest, k - len(offered))
    r.shuffle(offered)
    return tool, offered, clause


def make_row(r: random.Random, row_id: int, domains: dict[str, list[Tool]] = DOMAINS) -> dict:
    _, offered, clause = draw(r, domains)
    return to_row(r, row_id, ask(r.choice(OPENERS), clause), offered, [])


def generate(rows: int, seed: int = 0) -> list[dict]:
    r = random.Random(f"near-miss-{seed}")
    return [make_row(r, i) for i in range(rows)]


def generate_diverse(rows: int, seed: int = 0) -> list[dict]:
    r = random.Random(f"near-miss-diverse-{seed}")
    return [make_row(r, i, rich_diverse.DOMAINS) for i in range(rows)]
