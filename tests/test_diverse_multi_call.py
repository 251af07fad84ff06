"""Multi-call rows over the diverse catalogue draw their tools from the 269 diverse tools only and
call every one of them (the shapes and validity checks they share with the rich catalogue's
multi-call rows: tests/test_rich_multi_call.py)."""

import json
from collections import Counter

from data_builders import diverse_multi_call, rich_diverse

DIVERSE = {t.name for t in rich_diverse.CATALOGUE}


def test_rows_draw_from_the_diverse_catalogue_only_and_call_every_tool():
    rows = diverse_multi_call.generate(2000, seed=0)
    called = Counter(c["name"] for r in rows for c in json.loads(r["answers"]))
    assert set(called) == DIVERSE
    for row in rows:
        offered = [t["name"] for t in json.loads(row["tools"])]
        needed = {c["name"] for c in json.loads(row["answers"])}
        assert needed <= set(offered) <= DIVERSE and len(offered) - len(needed) <= 1
