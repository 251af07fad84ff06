"""BFCL test categories from the installed `bfcl-eval` package, and BFCL function docs converted
to the XLAM tool format the model is trained on.

The data is read straight from the package's files (`bfcl_eval/data/BFCL_v4_<category>.json`,
JSON lines, and `possible_answer/` beside it), the way `bfcl_eval.utils.load_file` does, without
importing bfcl_eval (its constants pull in many API clients). Never commit this data.

    load_category("simple_python") -> [{"id", "category", "question", "messages",
                                        "functions", "possible_answer"}, ...]
    functions_to_xlam_tools(entry["functions"]) -> [{"name", "description", "parameters"}, ...]
"""

from __future__ import annotations

import json
from importlib.util import find_spec
from pathlib import Path

from prompt_strategies.xlam_types import JSON_SCHEMA_TO_XLAM_TYPES

VERSION_PREFIX = "BFCL_v4"
AST_CATEGORIES = (
    "simple_python",
    "simple_java",
    "simple_javascript",
    "multiple",
    "parallel",
    "parallel_multiple",
    "live_simple",
    "live_multiple",
    "live_parallel",
    "live_parallel_multiple",
)
IRRELEVANCE_CATEGORIES = ("irrelevance", "live_irrelevance")
CATEGORIES = AST_CATEGORIES + IRRELEVANCE_CATEGORIES


def data_dir() -> Path:
    """`bfcl_eval/data` of the installed package (located without importing it)."""
    spec = find_spec("bfcl_eval")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(
            "bfcl-eval is not installed. Install its data with: pip install --no-deps bfcl-eval==2026.3.23"
        )
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def _read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def is_irrelevance(category: str) -> bool:
    return "irrelevance" in category


def question_text(messages: list[dict]) -> str:
    """One query string from a BFCL single-turn conversation: the contents joined by blank
    lines; role prefixes only when an assistant turn is part of the context."""
    if all(m.get("role") in ("user", "system") for m in messages):
        return "\n\n".join(str(m.get("content", "")) for m in messages)
    return "\n\n".join(f"{m.get('role')}: {m.get('content', '')}" for m in messages)


def load_category(name: str) -> list[dict]:
    """All entries of one BFCL category, with their possible answers (None for irrelevance)."""
    root = data_dir()
    path = root / f"{VERSION_PREFIX}_{name}.json"
    if not path.exists():
        known = sorted(p.name[len(VERSION_PREFIX) + 1 : -5] for p in root.glob(f"{VERSION_PREFIX}_*.json"))
        raise ValueError(f"unknown BFCL category {name!r} (no {path}); known: {', '.join(known)}")
    entries = _read_jsonl(path)
    answer_path = root / "possible_answer" / path.name
    answers = {a["id"]: a["ground_truth"] for a in _read_jsonl(answer_path)} if answer_path.exists() else {}
    out = []
    for e in entries:
        messages = e["question"][0] if e["question"] else []
        out.append(
            {
                "id": e["id"],
                "category": name,
                "question": question_text(messages),
                "messages": messages,
                "functions": e["function"],
                "possible_answer": answers.get(e["id"]),
            }
        )
    if answers and any(x["possible_answer"] is None for x in out):
        missing = [x["id"] for x in out if x["possible_answer"] is None]
        raise ValueError(f"{answer_path}: no possible answer for ids {missing[:5]}")
    return out


def entries_for(category: str, rows: list[dict]) -> list[tuple[dict, dict]]:
    """(row, its BFCL entry) for each prediction row of `category`, in order; a row whose id the
    installed bfcl-eval does not hold is an error."""
    entries = {e["id"]: e for e in load_category(category)}
    out = []
    for row in (r for r in rows if r["category"] == category):
        if row["id"] not in entries:
            raise ValueError(
                f"id {row['id']!r} is not in BFCL category {category} of the installed bfcl-eval"
            )
        out.append((row, entries[row["id"]]))
    return out


def _xlam_type(spec: dict) -> str:
    gorilla = spec.get("type", "any")
    gorilla = gorilla.lower() if isinstance(gorilla, str) else "any"
    if gorilla == "array":
        items = spec.get("items")
        return f"List[{_xlam_type(items)}]" if isinstance(items, dict) and items.get("type") else "list"
    return JSON_SCHEMA_TO_XLAM_TYPES.get(gorilla, "Any")


def _describe(spec: dict) -> str:
    """The parameter's description, plus what the XLAM type cannot carry (enum, nested fields)."""
    text = str(spec.get("description", "")).strip()
    extra = []
    if spec.get("enum"):
        enum = spec["enum"] if isinstance(spec["enum"], list) else [spec["enum"]]
        extra.append(
            "One of: " + ", ".join(json.dumps(v, ensure_ascii=False, default=str) for v in enum) + "."
        )
    items = spec.get("items") if isinstance(spec.get("items"), dict) else {}
    owner = spec if isinstance(spec.get("properties"), dict) and spec["properties"] else items
    if isinstance(owner.get("properties"), dict) and owner["properties"]:
        fields = _parameters(owner["properties"], owner.get("required"))
        extra.append("Fields: " + json.dumps(fields, ensure_ascii=False, default=str))
    return " ".join([text, *extra]).strip()


def _parameters(properties: dict, required) -> dict:
    required = required if isinstance(required, list) else []
    params = {}
    for name, spec in properties.items():
        spec = spec if isinstance(spec, dict) else {}
        xlam_type = _xlam_type(spec)
        param = {"description": _describe(spec), "type": xlam_type}
        if name not in required:
            param["type"] = f"{xlam_type}, optional"
            if "default" in spec:
                param["default"] = spec["default"]
        params[name] = param
    return params


def functions_to_xlam_tools(functions: list[dict]) -> list[dict]:
    """BFCL function docs (Gorilla types, nested properties, `required`) -> XLAM tools:
    `{"name", "description", "parameters": {p: {"description", "type", "default"?}}}`.
    Parameters not in `required` get XLAM's ", optional" type suffix (and their default)."""
    tools = []
    for fn in functions:
        if not isinstance(fn, dict) or not isinstance(fn.get("name"), str):
            raise ValueError(f"a function needs a string 'name': {json.dumps(fn, default=str)[:120]}")
        params = fn.get("parameters") if isinstance(fn.get("parameters"), dict) else {}
        properties = params.get("properties") if isinstance(params.get("properties"), dict) else {}
        tools.append(
            {
                "name": fn["name"],
                "description": str(fn.get("description", "")),
                "parameters": _parameters(properties, params.get("required")),
            }
        )
    return tools


def _canonical(value, pick):
    """A possible-answer value resolved to one concrete value ("" = leave the key out)."""
    if isinstance(value, dict):  # nested dicts list the alternatives of each key
        resolved = {}
        for key, alternatives in value.items():
            if isinstance(alternatives, list):  # a bare value (rare in BFCL data) is literal
                alternatives = _canonical(pick(alternatives), pick) if alternatives else ""
            if alternatives != "":
                resolved[key] = alternatives
        return resolved
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return [_canonical(v, pick) for v in value]
    return value


def ground_truth_calls(possible_answer: list[dict], pick=lambda alternatives: alternatives[0]) -> list[dict]:
    """BFCL possible answers -> one concrete list of calls `[{"name", "arguments"}]`, taking
    `pick(alternatives)` for every argument (default: the first listed) and leaving out
    arguments whose pick is "" (BFCL's "may be omitted")."""
    calls = []
    for answer in possible_answer:
        for name, args in answer.items():
            calls.append({"name": name, "arguments": _canonical(args, pick)})
    return calls
