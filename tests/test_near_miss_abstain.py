"""Near-miss abstain rows (`--near-miss-abstain N`): a request for one tool, only neighbouring tools
offered, answer []. A neighbour that could serve the request is never offered."""

import json
import random
from collections import Counter

import pytest

from data_builders import near_miss_abstain as nm
from data_builders import rich_diverse
from data_builders.rich_wide import CATALOGUE, DOMAINS
from prompt_strategies.rows import check_row

BY_NAME = {t.name: t for t in CATALOGUE}
DOMAIN_OF = {t.name: name for name, domain in DOMAINS.items() for t in domain}


@pytest.mark.parametrize("generate", [nm.generate, nm.generate_diverse])
def test_rows_are_valid_abstains_reproducible_for_a_seed(generate):
    rows = generate(500, seed=0)
    assert all(check_row(r).reason is None for r in rows)
    assert {r["answers"] for r in rows} == {"[]"}
    assert generate(20, seed=0) == rows[:20]
    assert generate(20, seed=1) != rows[:20]


def test_offered_tools_are_neighbours_that_cannot_serve():
    r = random.Random(0)
    sizes, siblings_offered, with_siblings = Counter(), 0, 0
    for _ in range(3000):
        asked, offered, clause = nm.draw(r)
        assert offered and asked.name not in {t.name for t in offered}, clause
        assert {DOMAIN_OF[t.name] for t in offered} == {DOMAIN_OF[asked.name]}
        assert not any(nm.could_serve(t, asked) for t in offered), (asked.name, [t.name for t in offered])
        sizes[len(offered)] += 1
        if nm.neighbours(asked, DOMAINS[DOMAIN_OF[asked.name]])[0]:
            with_siblings += 1
            siblings_offered += any(nm.service(t) == nm.service(asked) for t in offered)
    assert sizes[1] > sizes[2] > sizes[3] > 0  # mostly one tool, as BFCL's irrelevance offers
    assert siblings_offered >= 0.5 * with_siblings


def test_tools_named_alike_or_listed_as_able_to_serve_are_kept_apart():
    def serves(a, b):
        return nm.could_serve(BY_NAME[a], BY_NAME[b])

    assert serves("lingua_bridge.translate_batch", "lingua_bridge.translate_text")
    assert serves("equity_tape.price_history", "equity_tape.closing_price")
    assert serves("macro_db.compare_countries", "macro_db.inflation")
    assert serves("macro_db.inflation", "macro_db.compare_countries")
    assert not serves("coin_ledger.swap_quote", "coin_ledger.historical_price")
    for name, served in nm.CAN_SERVE.items():
        assert name in BY_NAME and served <= set(BY_NAME), name


def test_questions_are_the_wide_rows_own_requests():
    """The request text is built like a wide row's, so the model sees the same question both with
    its tool (a call) and with neighbours only ([])."""
    rows = nm.generate(200, seed=0)
    assert all(json.loads(r["tools"]) for r in rows)
    assert len({r["query"] for r in rows}) >= 195


def test_the_diverse_rows_ask_and_offer_diverse_tools_only():
    """--near-miss-abstain-diverse: for a file whose call rows teach only the diverse tools."""
    diverse = {t.name for domain in rich_diverse.DOMAINS.values() for t in domain}
    rows = nm.generate_diverse(500, seed=0)
    assert {t["name"] for r in rows for t in json.loads(r["tools"])} <= diverse
    r = random.Random(0)
    for _ in range(1000):
        asked, offered, clause = nm.draw(r, rich_diverse.DOMAINS)
        assert asked.name in diverse and not any(nm.could_serve(t, asked) for t in offered), clause
