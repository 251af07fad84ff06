"""BFCL loader and BFCL -> XLAM tool conversion, on the installed bfcl-eval data."""

import json

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eval.ast_match import ast_check
from eval.bfcl import AST_CATEGORIES, CATEGORIES, functions_to_xlam_tools, ground_truth_calls, load_category
from eval.bfcl_languages import model_functions, to_literal
from eval.datasets import load_bfcl, reference_calls
from prompt_strategies.rows import call_violation
from prompt_strategies.xlam_types import parameters_schema

SIZES = {
    "simple_python": 400,
    "simple_java": 100,
    "simple_javascript": 50,
    "multiple": 200,
    "parallel": 200,
    "parallel_multiple": 200,
    "irrelevance": 240,
    "live_simple": 258,
    "live_multiple": 1053,
    "live_parallel": 16,
    "live_parallel_multiple": 24,
    "live_irrelevance": 884,
}


@pytest.mark.parametrize("category", CATEGORIES)
def test_load_category_reads_every_entry_with_answers(category):
    entries = load_category(category)
    assert len(entries) == SIZES[category]
    for e in entries:
        assert e["id"] and e["category"] == category and e["question"].strip()
        assert isinstance(e["functions"], list)
        if category in AST_CATEGORIES:
            assert isinstance(e["possible_answer"], list) and e["possible_answer"]
        else:
            assert e["possible_answer"] is None


def test_ground_truth_calls_resolve_nested_alternatives():
    pa = [{"f": {"a": [1, 2], "b": ["", "x"], "d": [{"k": ["v"], "o": [""]}], "l": [[{"n": ["q"]}]]}}]
    assert ground_truth_calls(pa) == [
        {"name": "f", "arguments": {"a": 1, "d": {"k": "v"}, "l": [{"n": "q"}]}}
    ]
    assert ground_truth_calls(pa, pick=lambda v: v[-1])[0]["arguments"]["b"] == "x"


def test_unknown_category_names_the_known_ones():
    with pytest.raises(ValueError, match="known: .*simple_python"):
        load_category("simple_pyhton")


def test_conversion_maps_gorilla_types_required_default_enum_and_nested():
    functions = [
        {
            "name": "book",
            "description": "Book it.",
            "parameters": {
                "type": "dict",
                "required": ["city", "nights", "guests"],
                "properties": {
                    "city": {"type": "string", "description": "City."},
                    "nights": {"type": "integer", "description": "Nights."},
                    "price": {"type": "float", "description": "Max price.", "default": 99.5},
                    "pets": {"type": "boolean", "description": "Pets?"},
                    "dates": {"type": "array", "items": {"type": "string"}, "description": "Dates."},
                    "grid": {
                        "type": "array",
                        "items": {"type": "array", "items": {"type": "integer"}},
                        "description": "Grid.",
                    },
                    "loc": {"type": "tuple", "items": {"type": "float"}, "description": "Lat/lon."},
                    "extra": {"type": "any", "description": "Anything."},
                    "unit": {"type": "string", "enum": ["c", "f"], "default": "c", "description": "Unit."},
                    "guests": {
                        "type": "dict",
                        "description": "Guests.",
                        "required": ["adults"],
                        "properties": {"adults": {"type": "integer", "description": "Adults."}},
                    },
                },
            },
        }
    ]
    (tool,) = functions_to_xlam_tools(functions)
    p = tool["parameters"]
    assert tool["name"] == "book" and tool["description"] == "Book it."
    assert p["city"] == {"description": "City.", "type": "str"}
    assert p["nights"]["type"] == "int"
    assert p["price"] == {"description": "Max price.", "type": "float, optional", "default": 99.5}
    assert p["pets"]["type"] == "bool, optional" and "default" not in p["pets"]
    assert p["dates"]["type"] == "List[str], optional"
    assert p["grid"]["type"] == "List[List[int]], optional"
    assert p["loc"]["type"] == "tuple, optional"
    assert p["extra"]["type"] == "Any, optional"
    assert p["unit"]["description"] == 'Unit. One of: "c", "f".'
    assert p["guests"]["type"] == "dict"
    assert '"adults": {"description": "Adults.", "type": "int"}' in p["guests"]["description"]
    schema = parameters_schema(p)
    assert schema["required"] == ["city", "nights", "guests"]
    assert schema["properties"]["grid"] == {
        "type": "array",
        "items": {"type": "array", "items": {"type": "integer"}},
    }


def test_converted_schemas_accept_bfcl_ground_truth():
    """Each BFCL ground-truth call (first possible value of each argument) must satisfy the
    converted tool's schema; the few that do not are inconsistencies inside BFCL's own data
    (ground truth omitting a 'required' parameter, a string where the doc says array)."""
    total, bad = 0, []
    for category in AST_CATEGORIES:
        for e in load_category(category):
            tools = {t["name"]: t for t in functions_to_xlam_tools(model_functions(e["functions"], category))}
            for call in reference_calls(e):
                total += 1
                if call_violation(call, tools)[0]:
                    bad.append(e["id"])
    assert total > 2500
    assert len(bad) <= 20, bad


@pytest.mark.parametrize("category, hint", [("simple_java", "Java"), ("simple_javascript", "JavaScript")])
def test_java_and_javascript_tools_take_literal_strings(category, hint):
    """As BFCL shows these docs to function-calling models: every parameter a string, its
    Java/JavaScript type in the description; the reference calls hold literals that pass
    bfcl's own conversion (e.g. Java boolean -> "true", long -> "6L", ArrayList -> new ArrayList<>)."""
    examples = load_bfcl(category)
    assert len(examples) == SIZES[category]
    for e in examples:
        (tool,) = e["tools"]
        syntax = "Java 8 SDK" if hint == "Java" else hint
        assert tool["description"].endswith(f"provided function is in {syntax} syntax.")
        for spec in tool["parameters"].values():
            assert spec["type"].split(",")[0] == "str" and f"{hint} " in spec["description"]
        for call in e["expected"]:
            assert all(isinstance(v, str) for v in call["arguments"].values())
    assert load_category(category)[0]["functions"][0]["parameters"]["properties"]  # original docs kept
    passed = sum(
        ast_check(e["functions"], e["expected"], e["possible_answer"], category)["valid"] for e in examples
    )
    assert passed >= 0.97 * len(examples)


def test_java_and_javascript_literals():
    assert to_literal(True, {"type": "boolean"}, "java") == "true"
    assert to_literal(6, {"type": "long"}, "java") == "6L"
    assert to_literal(2, {"type": "float"}, "java") == "2.0f"
    assert (
        to_literal(["a", "b"], {"type": "ArrayList", "items": {"type": "String"}}, "java")
        == 'new ArrayList<>(Arrays.asList("a", "b"))'
    )
    assert to_literal([1, 2], {"type": "Array", "items": {"type": "integer"}}, "java") == "new int[]{1, 2}"
    assert (
        to_literal({"k": 1}, {"type": "HashMap"}, "java")
        == 'new HashMap<String, Object>() {{ put("k", 1); }}'
    )
    assert to_literal(["x", 1.5], {"type": "array"}, "javascript") == '["x", 1.5]'
    assert to_literal({"a": [1], "b": "s"}, {"type": "dict"}, "javascript") == '{"a": [1], "b": "s"}'
    assert to_literal(7, {"type": "Bigint"}, "javascript") == "7n"
    assert to_literal("mapController", {"type": "any"}, "java") == "mapController"


json_scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
type_names = (
    st.sampled_from(
        [
            "string",
            "integer",
            "float",
            "number",
            "boolean",
            "array",
            "tuple",
            "dict",
            "object",
            "any",
            "ArrayList",
            "",
        ]
    )
    | json_scalars
)
param_specs = st.recursive(
    st.fixed_dictionaries(
        {"type": type_names},
        optional={
            "description": json_scalars,
            "default": json_scalars,
            "enum": st.lists(json_scalars, max_size=3) | json_scalars,
        },
    ),
    lambda inner: st.fixed_dictionaries(
        {"type": type_names},
        optional={
            "items": inner | json_scalars,
            "properties": st.dictionaries(st.text(max_size=6), inner | json_scalars, max_size=3),
            "required": st.lists(st.text(max_size=6), max_size=3) | json_scalars,
        },
    ),
    max_leaves=8,
)
function_docs = st.fixed_dictionaries(
    {"name": st.text(min_size=1, max_size=10) | json_scalars},
    optional={
        "description": json_scalars,
        "parameters": st.fixed_dictionaries(
            {},
            optional={
                "type": type_names,
                "properties": st.dictionaries(st.text(max_size=6), param_specs | json_scalars, max_size=4)
                | json_scalars,
                "required": st.lists(st.text(max_size=6), max_size=3) | json_scalars,
            },
        )
        | json_scalars,
    },
)


@settings(max_examples=300, deadline=None)
@given(functions=st.lists(function_docs, max_size=3))
def test_any_function_doc_converts_to_a_checkable_xlam_tool_or_a_clear_error(functions):
    try:
        tools = functions_to_xlam_tools(functions)
    except ValueError as exc:
        assert "name" in str(exc)
        return
    for tool in tools:
        assert isinstance(tool["name"], str) and isinstance(tool["description"], str)
        for spec in tool["parameters"].values():
            assert isinstance(spec["type"], str) and isinstance(spec["description"], str)
        schema = parameters_schema(tool["parameters"])
        jsonschema.Draft202012Validator.check_schema(schema)
        assert json.loads(json.dumps(tool, default=str))["name"] == tool["name"]
