"""Synthetic Java- and JavaScript-convention rows, shown the way the evaluation shows BFCL's
simple_java / simple_javascript: the function docs go through BFCL's language rewrite
(`eval.bfcl_languages.model_functions`: every type becomes a string, the Java/JavaScript type
named in the description) and then the XLAM tool format (`eval.bfcl.functions_to_xlam_tools`);
the answers carry every argument as the Java/JavaScript literal string BFCL's checker reads back
(`eval.bfcl_languages.literal_calls`: "42L", "true", "new ArrayList<>(Arrays.asList(...))",
"[1, 2]", "{\"mode\": \"dark\"}", variable names for objects).

Most rows offer the one function asked for, as BFCL does; a quarter add one or two other functions
of the same language. `generate_with_answers` also gives each row's BFCL ground truth, which
`eval.ast_match.ast_check` accepts for the row's answer (tests/test_java_js_synthetic.py).
`python -m data_builders.bfcl_train --java-js N` adds the rows to the training file.
"""

from __future__ import annotations

import json
import random

from data_builders.java_js_catalogue_java_apps import JAVA_APPS
from data_builders.java_js_catalogue_java_services import JAVA_SERVICES
from data_builders.java_js_catalogue_js import JAVASCRIPT
from data_builders.rich_tool import Tool
from eval.bfcl import functions_to_xlam_tools
from eval.bfcl_languages import literal_calls, model_functions

CATALOGUES = {"simple_java": JAVA_SERVICES + JAVA_APPS, "simple_javascript": JAVASCRIPT}
OPENERS = [("Help me ", "?")] * 8 + [
    ("Can you ", "?"),
    ("I need to ", "."),
    ("Please ", "."),
    ("How do I ", "?"),
]


def draw(tool: Tool, r: random.Random) -> tuple[str, dict]:
    """A request for `tool` and the arguments it names (Python values, as BFCL's answers)."""
    texts, values, extras = tool.draw(r)
    opener, end = r.choice(OPENERS)
    return opener + r.choice(tool.templates).format(**texts) + "".join(extras) + end, values


def make_row(
    category: str, r: random.Random, row_id: str, catalogues: dict[str, list[Tool]] = CATALOGUES
) -> tuple[dict, dict, list[dict]]:
    """One row of `category` (simple_java or simple_javascript) over `catalogues[category]`, the BFCL
    doc of the function it calls and its BFCL possible answer (omitted optional arguments as `[""]`)."""
    catalogue = catalogues[category]
    tool = r.choice(catalogue)
    others = r.sample([t for t in catalogue if t is not tool], r.choice([1, 2])) if r.random() < 0.25 else []
    tools = [tool, *others]
    r.shuffle(tools)
    query, values = draw(tool, r)
    functions = [t.function() for t in tools]
    calls = literal_calls([{"name": tool.name, "arguments": values}], functions, category)
    row = {
        "id": row_id,
        "query": query,
        "tools": json.dumps(
            functions_to_xlam_tools(model_functions(functions, category)), ensure_ascii=False
        ),
        "answers": json.dumps(calls, ensure_ascii=False),
    }
    possible = {p.name: [_possible(values[p.name])] if p.name in values else [""] for p in tool.params}
    return row, tool.function(), [{tool.name: possible}]


def _possible(value):
    """BFCL's ground truth lists the accepted values of each dict entry too."""
    return {k: [v] for k, v in value.items()} if isinstance(value, dict) else value


def generate_with_answers(
    rows: int, seed: int = 0, catalogues: dict[str, list[Tool]] = CATALOGUES, stream: str | None = None
) -> list[tuple[str, dict, dict, list[dict]]]:
    """(category, row, BFCL doc of the called function, possible answer) of `rows` rows, Java and JavaScript
    alternating (Java gets the odd one). `stream` names a random stream of its own (`stream-seed`),
    so that another source's rows leave these unchanged."""
    r = random.Random(seed if stream is None else f"{stream}-{seed}")
    out = []
    for i in range(rows):
        category = "simple_java" if i % 2 == 0 else "simple_javascript"
        out.append((category, *make_row(category, r, f"{category.removeprefix('simple_')}-{i}", catalogues)))
    return out


def generate(rows: int, seed: int = 0) -> list[dict]:
    return [row for _, row, _, _ in generate_with_answers(rows, seed)]
