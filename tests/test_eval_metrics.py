"""eval.metrics and eval.report on hand-made model outputs (no model needed)."""

import json

from eval import metrics, report
from eval.ast_match import ast_check
from eval.datasets import load_examples
from eval.metrics import aggregate, score_example
from eval.parse import parse_calls
from prompt_strategies.render import render_completion

TOOLS = [
    {
        "name": "get_weather",
        "description": "Weather.",
        "parameters": {
            "city": {"description": "City.", "type": "str"},
            "days": {"description": "Days.", "type": "int, optional", "default": 1},
        },
    },
    {"name": "get_time", "description": "Time.", "parameters": {"tz": {"description": "TZ.", "type": "str"}}},
]
EXPECTED = [
    {"name": "get_weather", "arguments": {"city": "Oslo"}},
    {"name": "get_time", "arguments": {"tz": "CET"}},
]
XLAM = {
    "id": "1",
    "category": "xlam_heldout",
    "query": "q",
    "tools": TOOLS,
    "expected": EXPECTED,
    "functions": None,
    "possible_answer": None,
}


def score(example, calls_or_text):
    text = calls_or_text if isinstance(calls_or_text, str) else render_completion(calls_or_text)
    return score_example(example, parse_calls(text))


def test_exact_answer_in_any_order_scores_everything():
    s = score(XLAM, EXPECTED[::-1])
    assert s == {
        "parse_rate": True,
        "clean_parse_rate": True,
        "tool_selection": True,
        "arg_exact_match": True,
        "schema_valid": True,
        "ast_accuracy": None,
        "abstain_accuracy": None,
    }


def test_wrong_value_keeps_tool_selection_and_schema():
    s = score(XLAM, [{"name": "get_weather", "arguments": {"city": "Bergen"}}, EXPECTED[1]])
    assert s["tool_selection"] and s["schema_valid"] and not s["arg_exact_match"]


def test_schema_violation_and_unknown_tool():
    bad_type = [{"name": "get_weather", "arguments": {"city": "Oslo", "days": "two"}}, EXPECTED[1]]
    assert not score(XLAM, bad_type)["schema_valid"]
    unknown = [{"name": "get_news", "arguments": {}}, EXPECTED[1]]
    s = score(XLAM, unknown)
    assert not s["schema_valid"] and not s["tool_selection"]


def test_duplicate_call_breaks_tool_selection_multiset():
    assert not score(XLAM, EXPECTED + EXPECTED[:1])["tool_selection"]


def test_unparseable_output_fails_every_call_metric():
    s = score(XLAM, "<calls>[{'name': 'get_weather'}]</calls>")
    assert s["parse_rate"] is False and not any(
        s[k] for k in ("tool_selection", "arg_exact_match", "schema_valid")
    )


def test_missing_close_tag_parses_but_is_not_clean():
    s = score(XLAM, render_completion(EXPECTED)[: -len("</calls>")])
    assert s["parse_rate"] and not s["clean_parse_rate"] and s["arg_exact_match"]


def test_bfcl_ast_and_irrelevance():
    simple, irrelevant = load_examples(["simple_python", "irrelevance"], limit=1)
    assert score(simple, simple["expected"])["ast_accuracy"] is True
    assert score(simple, [])["ast_accuracy"] is False
    # BFCL normalises strings and accepts an int for a float; exact match does not
    (call,) = simple["expected"]  # calculate_triangle_area(base=10, height=5, unit="units")
    shouted = [{**call, "arguments": {**call["arguments"], "unit": " UNITS "}}]
    s = score(simple, shouted)
    assert s["ast_accuracy"] is True and s["arg_exact_match"] is False
    cell = next(e for e in load_examples(["simple_python"]) if e["id"] == "simple_python_57")
    (call,) = cell["expected"]
    assert call["arguments"]["calibration_factor"] == 1e9  # a float parameter
    as_int = [{**call, "arguments": {**call["arguments"], "calibration_factor": 1000000000}}]
    s = score(cell, as_int)
    assert s["ast_accuracy"] is True and s["arg_exact_match"] is False
    assert score(irrelevant, "<calls>[]</calls>")["abstain_accuracy"] is True
    assert score(irrelevant, "Sorry, none of these tools fit.")["abstain_accuracy"] is True
    assert score(irrelevant, [{"name": "x", "arguments": {}}])["abstain_accuracy"] is False


def test_schema_valid_does_not_apply_to_a_correct_empty_answer():
    abstain = {**XLAM, "id": "2", "expected": []}
    s = score(abstain, [])
    assert s["schema_valid"] is None and s["arg_exact_match"] and s["tool_selection"]
    assert score(abstain, EXPECTED)["schema_valid"] is True  # calls where none were expected: checked
    assert score(XLAM, [])["schema_valid"] is False  # calls expected, none made
    assert score(abstain, "no calls here")["schema_valid"] is False  # unparseable: still a failure
    scored = [
        {"category": "xlam_heldout", "parse": {"error": None}, "scores": score(e, c)}
        for e, c in ((abstain, []), (XLAM, EXPECTED))
    ]
    summary = aggregate(["xlam_heldout"], scored)
    assert summary["per_category"]["xlam_heldout"]["schema_valid"] == 1.0  # None left out of the mean
    assert summary["overall"]["schema_valid"] == 1.0
    md = report.markdown(report.build({"m": aggregate(["xlam_heldout"], scored[:1])}, {}))
    assert "| xlam_heldout | m | 1 | 100.0 | 100.0 | 100.0 | 100.0 | 100.0 | – | – | – |" in md


def test_exact_match_keeps_json_types():
    days = {**XLAM, "expected": [{"name": "get_weather", "arguments": {"city": "Oslo", "days": 1}}]}
    assert score(days, days["expected"])["arg_exact_match"] is True
    for wrong in (True, 1.0):  # Python: 1 == True == 1.0
        calls = [{"name": "get_weather", "arguments": {"city": "Oslo", "days": wrong}}]
        assert score(days, calls)["arg_exact_match"] is False


# an optional array-of-dict parameter whose possible answers are "omit it" or one list of dicts
PLAN = {
    "id": "p",
    "category": "simple_python",
    "query": "q",
    "tools": [],
    "expected": [],
    "functions": [
        {
            "name": "plan",
            "description": "Plan.",
            "parameters": {
                "type": "dict",
                "required": [],
                "properties": {
                    "stops": {"type": "array", "items": {"type": "dict"}, "description": "Stops."}
                },
            },
        }
    ],
    "possible_answer": [{"plan": {"stops": ["", [{"city": ["Oslo"]}]]}}],
}


def test_non_dict_in_a_list_of_dicts_is_a_type_error_not_a_crash():
    def check(stops):
        return ast_check(
            PLAN["functions"],
            [{"name": "plan", "arguments": {"stops": stops}}],
            PLAN["possible_answer"],
            "simple_python",
        )

    assert check([{"city": "oslo"}])["valid"] and check([])["valid"]
    verdict = check(["Oslo"])
    assert not verdict["valid"] and verdict["error_type"] == "type_error:nested"


def test_a_scorer_crash_fails_one_example_and_is_recorded(monkeypatch):
    def broken(*args):
        raise KeyError("boom")

    monkeypatch.setattr(metrics, "ast_check", broken)
    simple = load_examples(["simple_python"], limit=1)[0]
    s = score(simple, simple["expected"])
    assert s["ast_accuracy"] is False and s["scoring_error"] == "ast_check: KeyError: 'boom'"
    assert s["parse_rate"] and s["arg_exact_match"]  # the other metrics are still scored


def test_aggregate_and_report_files(tmp_path):
    examples = load_examples(["xlam_heldout", "parallel", "live_irrelevance"], limit=4)
    scored = []
    for i, e in enumerate(examples):  # half right, half a call of a tool that does not exist
        calls = e["expected"] if i % 2 == 0 else [{"name": "nope", "arguments": {}}]
        scored.append(
            {
                "id": e["id"],
                "category": e["category"],
                "text": "",
                "parse": parse_calls(render_completion(calls)).to_dict(),
                "scores": score(e, calls),
            }
        )
    summary = aggregate(["xlam_heldout", "parallel", "live_irrelevance"], scored)
    assert summary["per_category"]["xlam_heldout"]["arg_exact_match"] == 0.5
    assert summary["per_category"]["parallel"]["score"] == 0.5
    assert summary["per_category"]["live_irrelevance"]["abstain_accuracy"] == 0.5
    assert summary["per_category"]["live_irrelevance"]["tool_selection"] is None
    assert summary["overall"]["n"] == 12 and summary["overall"]["score"] == 0.5
    built = report.build({"base": summary, "adapter": summary}, {"note": "test"})
    paths = report.write(built, tmp_path)
    loaded = json.loads(paths["json"].read_text())
    assert loaded["schema_version"] == 1 and list(loaded["models"]) == ["base", "adapter"]
    md = paths["markdown"].read_text()
    assert "| parallel | base | 4 | 50.0 |" in md and "| parallel | adapter | 4 | 50.0 |" in md
    assert paths["chart"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
