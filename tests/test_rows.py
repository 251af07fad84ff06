"""Each bad-row reason, the XLAM type mapping, and the valid-by-construction sample data."""

import json

import jsonschema
import pytest

from data_builders.synthetic import generate
from prompt_strategies import rows as R
from prompt_strategies.xlam_types import parameters_schema, type_to_schema

TOOLS = [
    {
        "name": "get_weather",
        "description": "Weather.",
        "parameters": {
            "city": {"type": "str", "description": "City."},
            "days": {"type": "int", "description": "Days.", "default": 1},
            "tags": {"type": "List[str]", "description": "Tags.", "default": []},
            "unit": {"type": "str, optional", "description": "Unit."},
        },
    },
    {"name": "noop", "description": "No arguments.", "parameters": {}},
]


def row(answers, tools=TOOLS, query="Weather in Paris?"):
    return {
        "id": 1,
        "query": query,
        "tools": tools if isinstance(tools, str) else json.dumps(tools),
        "answers": answers if isinstance(answers, str) else json.dumps(answers),
    }


def call(**arguments):
    return [{"name": "get_weather", "arguments": arguments}]


@pytest.mark.parametrize(
    "bad, reason",
    [
        ({"query": "q", "tools": "[]"}, R.MISSING_FIELD),
        ({"query": None, "tools": "[]", "answers": "[]"}, R.MISSING_FIELD),
        (row(call(city="x"), query=""), R.EMPTY_QUERY),
        (row(call(city="x"), query=" \n"), R.EMPTY_QUERY),
        (row(call(city="x"), query=12), R.EMPTY_QUERY),
        (row(call(city="x"), tools="[{'name': 'get_weather'}]"), R.TOOLS_INVALID_JSON),
        (row("[{'name': 'get_weather', 'arguments': {}}]"), R.ANSWERS_INVALID_JSON),
        (row(call(city="x"), tools='{"name": "get_weather"}'), R.TOOLS_NOT_A_LIST),
        (row('{"name": "get_weather", "arguments": {}}'), R.ANSWERS_NOT_A_LIST),
        (row(call(city="x"), tools=[]), R.EMPTY_TOOLS),
        (row(call(city="x"), tools=[{"description": "no name"}]), R.MALFORMED_TOOL),
        (row(call(city="x"), tools=[{"name": "f", "parameters": []}]), R.MALFORMED_TOOL),
        (row([{"name": "get_weather"}]), R.MALFORMED_CALL),
        (row([{"name": "get_weather", "arguments": "city=Paris"}]), R.MALFORMED_CALL),
        (row([{"name": "get_time", "arguments": {}}]), R.UNKNOWN_TOOL),
        (row(call(days=2)), R.MISSING_REQUIRED_ARGUMENT),
        (row(call(city="Paris", country="FR")), R.UNKNOWN_ARGUMENT),
        (row(call(city="Paris", days="two")), R.WRONG_ARGUMENT_TYPE),
        (row(call(city="Paris", days=True)), R.WRONG_ARGUMENT_TYPE),
        (row(call(city="Paris", tags="a,b")), R.WRONG_ARGUMENT_TYPE),
        (row(call(city="Paris", tags=[1])), R.WRONG_ARGUMENT_TYPE),
        (row(call(city="Paris", days=3.0)), R.WRONG_ARGUMENT_TYPE),  # policy: 3.0 is no int (as BFCL)
        # strict JSON: Python's json would accept these and render them back as non-JSON
        (row('[{"name": "get_weather", "arguments": {"city": NaN}}]'), R.ANSWERS_INVALID_JSON),
        (
            row('[{"name": "get_weather", "arguments": {"city": "x", "days": Infinity}}]'),
            R.ANSWERS_INVALID_JSON,
        ),
        (
            row('[{"name": "get_weather", "arguments": {"city": "x", "days": -1e400}}]'),
            R.ANSWERS_INVALID_JSON,
        ),
        (
            row(call(city="x"), tools='[{"name": "f", "parameters": {"x": {"default": NaN}}}]'),
            R.TOOLS_INVALID_JSON,
        ),
        # a lone surrogate (the JSON escape \ud83d, common in scraped data) cannot be tokenized
        (row('[{"name": "get_weather", "arguments": {"city": "Paris \\ud83d"}}]'), R.INVALID_UNICODE),
        (row('[{"name": "get_weather", "arguments": {"\\udc00": "x"}}]'), R.INVALID_UNICODE),
        (row(call(city="x"), tools='[{"name": "get_weather", "description": "\\ud83d"}]'), R.INVALID_UNICODE),
        (row(call(city="x"), query="Weather \ud83d?"), R.INVALID_UNICODE),
    ],
)
def test_each_bad_row_reason(bad, reason):
    check = R.check_row(bad)
    assert check.reason == reason, check.detail
    assert check.renderable == (reason in R.SCHEMA_VIOLATIONS)


@pytest.mark.parametrize(
    "answers",
    [
        call(city="Paris"),
        call(city="Paris", days=3, tags=["x"], unit="F"),
        call(city="Paris", tags=[], unit="F"),
        '[{"name": "get_weather", "arguments": {"city": "Paris \\ud83d\\ude00"}}]',  # escaped pair: fine
        [{"name": "noop", "arguments": {}}] + call(city="Oslo"),
        [],  # abstain: no call is a valid answer
    ],
)
def test_valid_rows_pass(answers):
    assert R.check_row(row(answers)).reason is None


def test_first_problem_wins_so_each_row_has_one_reason():
    answers = [{"name": "get_time", "arguments": {}}] + call(days="x")
    assert R.check_row(row(answers)).reason == R.UNKNOWN_TOOL


@pytest.mark.parametrize(
    "type_str, schema",
    [
        ("str", {"type": "string"}),
        ("int", {"type": "integer"}),
        ("float", {"type": "number"}),
        ("bool", {"type": "boolean"}),
        ("List[int]", {"type": "array", "items": {"type": "integer"}}),
        ("list", {"type": "array"}),
        ("Dict[str, Any]", {"type": "object"}),
        ("Dict[str, int]", {"type": "object", "additionalProperties": {"type": "integer"}}),
        ("Optional[str]", {"anyOf": [{"type": "string"}, {"type": "null"}]}),
        ("int, optional", {"type": "integer"}),
        ("Union[int, float]", {"anyOf": [{"type": "integer"}, {"type": "number"}]}),
        ("List[Dict[str, Any]]", {"type": "array", "items": {"type": "object"}}),
        ("List[Any]", {"type": "array"}),
        (
            "Tuple[int, str]",
            {
                "type": "array",
                "prefixItems": [{"type": "integer"}, {"type": "string"}],
                "minItems": 2,
                "maxItems": 2,
            },
        ),
        ("Tuple[float, ...]", {"type": "array", "items": {"type": "number"}}),
        ("tuple", {"type": "array"}),
        ("Callable[[int], int]", {}),
        ("datetime.date", {}),
        ("Optional[Any]", {}),
        ("", {}),
    ],
)
def test_type_to_schema(type_str, schema):
    assert type_to_schema(type_str) == schema


POLICY_TOOLS = [
    {
        "name": "f",
        "parameters": {
            "counts": {"type": "Dict[str, int]"},
            "point": {"type": "Tuple[int, int]", "default": [0, 0]},
            "unit": {"type": "str", "default": None},
            "lang": {"type": "str", "default": "en"},
        },
    }
]


def policy_row(**arguments):
    return row([{"name": "f", "arguments": {"counts": {"a": 1}, **arguments}}], tools=POLICY_TOOLS)


@pytest.mark.parametrize(
    "arguments",
    [
        {"counts": {"a": "1"}},  # Dict[str, int]: values are checked like List[int] items
        {"counts": {"a": 1.0}},
        {"point": [1]},  # Tuple[int, int]: exactly two ints
        {"point": [1, 2, 3]},
        {"point": [1, "2"]},
        {"lang": None},  # null is no str when the default is not null
    ],
)
def test_policy_rejects(arguments):
    assert R.check_row(policy_row(**arguments)).reason == R.WRONG_ARGUMENT_TYPE


def test_policy_explicit_null_for_a_null_default_is_kept_as_the_argument_left_out():
    check = R.check_row(policy_row(unit=None, point=[1, 2]))
    assert check.reason is None
    assert check.answers == [{"name": "f", "arguments": {"counts": {"a": 1}, "point": [1, 2]}}]
    assert R.check_row(policy_row(unit="C")).answers[0]["arguments"]["unit"] == "C"
    # in the eval, an explicit null for a null default is a schema-valid call
    assert R.call_violation(
        {"name": "f", "arguments": {"counts": {}, "unit": None}}, {"f": POLICY_TOOLS[0]}
    ) == (None, "")


def test_parameters_schema_required_and_closed():
    schema = parameters_schema(TOOLS[0]["parameters"])
    assert schema["required"] == ["city"]
    assert schema["additionalProperties"] is False
    jsonschema.Draft202012Validator.check_schema(schema)


def test_a_parameter_named_properties_is_a_parameter_not_a_json_schema():
    """XLAM tools may name a parameter "properties" (or "type"); the tool stays in XLAM's form."""
    parameters = {
        "properties": {"type": "dict", "description": "Listing features."},
        "type": {"type": "str", "description": "Listing type."},
        "limit": {"type": "int, optional", "default": 10},
    }
    schema = parameters_schema(parameters)
    assert schema["required"] == ["properties", "type"]
    assert set(schema["properties"]) == {"properties", "type", "limit"}
    tools = [{"name": "listings", "description": "", "parameters": parameters}]
    row = {
        "id": 1,
        "query": "q",
        "tools": json.dumps(tools),
        "answers": json.dumps(
            [{"name": "listings", "arguments": {"properties": {"pool": True}, "type": "flat"}}]
        ),
    }
    assert R.check_row(row).reason is None
    assert parameters_schema({"properties": {"x": {"type": "string"}}})["properties"] == {
        "x": {"type": "string"}
    }


def test_synthetic_rows_are_valid_and_varied():
    rows = generate(300, seed=3)
    assert [R.check_row(r).reason for r in rows] == [None] * 300
    n_calls = [len(json.loads(r["answers"])) for r in rows]
    n_tools = [len(json.loads(r["tools"])) for r in rows]
    assert set(n_tools) == {1, 2, 3, 4, 5}
    assert min(n_calls) == 1 and max(n_calls) >= 3
    names = {c["name"] for r in rows for c in json.loads(r["answers"])}
    assert len(names) >= 12
    assert generate(5, seed=3) == rows[:5], "fixed seed reproduces"


def test_bundled_heldout_shares_no_query_with_train():
    from conftest import ROOT
    from data_builders.synthetic import read_queries

    train = read_queries(str(ROOT / "data/xlam_sample/train.jsonl"))
    heldout = read_queries(str(ROOT / "data/xlam_sample/heldout.jsonl"))
    assert len(heldout) >= 95 and not train & heldout


def test_generate_excludes_queries():
    train = {r["query"] for r in generate(400, seed=0)}
    assert not {r["query"] for r in generate(200, seed=1, exclude_queries=train)} & train
