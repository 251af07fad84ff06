"""Java/JavaScript rows over a catalogue twice as wide: the 76 tools of `java_js_synthetic` and
~120 more (`java_js_catalogue_java_wide`: concurrency, JDBC, parsing, reflection, security,
caching, networking, services, big-data jobs; `java_js_catalogue_js_wide`: UI state, Node.js,
servers, workers, canvas, build tooling, tests, i18n, maps, payments, storage), each asked two or
three ways. Rows are built like `java_js_synthetic`'s (BFCL's language rewrite, answers as
Java/JavaScript literals), Java and JavaScript alternating.

simple_java and simple_javascript weigh as much in BFCL's Simple score as simple_python's 400
questions, over 100 and 50; the diverse rows, which widened the Python-style catalogue, left them
where they were. `python -m data_builders.bfcl_train --java-js-wide N` adds N of these rows.
"""

from __future__ import annotations

from data_builders.java_js_catalogue_java_wide import JAVA_WIDE
from data_builders.java_js_catalogue_js_wide import JAVASCRIPT_WIDE
from data_builders.java_js_synthetic import CATALOGUES as NARROW
from data_builders.java_js_synthetic import generate_with_answers as narrow_with_answers
from data_builders.rich_tool import Tool

NEW_TOOLS: dict[str, list[Tool]] = {"simple_java": JAVA_WIDE, "simple_javascript": JAVASCRIPT_WIDE}
CATALOGUES: dict[str, list[Tool]] = {c: NARROW[c] + NEW_TOOLS[c] for c in NARROW}


def generate_with_answers(rows: int, seed: int = 0) -> list[tuple[str, dict, dict, list[dict]]]:
    return narrow_with_answers(rows, seed, CATALOGUES, stream="javajs-wide")


def generate(rows: int, seed: int = 0) -> list[dict]:
    return [row for _, row, _, _ in generate_with_answers(rows, seed)]
