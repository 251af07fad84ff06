"""python -m eval.failures: synthetic predictions on real BFCL entries, each with a known cause."""

import gzip
import json

import pytest

from eval.failures import main, near_misses


def call(name, **arguments):
    return {"name": name, "arguments": arguments}


def prediction(id_, calls, category=None):
    category = category or id_.rsplit("_", 1)[0]
    return {
        "id": id_,
        "category": category,
        "parse": {"calls": calls, "error": None if calls is not None else "x"},
    }


FACTORIAL = "math.factorial"  # simple_python_1: number=5
TRIANGLE = "triangle_properties.get"  # multiple_0: sides 5, 4, 3; get_* optional booleans
PREDICTIONS = [
    prediction("simple_python_1", [call(FACTORIAL, number=5)]),  # right
    prediction("simple_python_1", None),  # parse
    prediction("simple_python_1", []),  # too few calls (no call)
    prediction("simple_python_1", [call(FACTORIAL, number=5), call(FACTORIAL, number=5)]),  # too many
    prediction("simple_python_1", [call("math.gamma", number=5)]),  # wrong function
    prediction("simple_python_1", [call(" Math.factorial", number=5)]),  # wrong function: a near name
    prediction(
        "simple_python_1", [call(FACTORIAL, number=5), call(FACTORIAL, number=4)]
    ),  # too many, no repeat
    prediction("simple_python_1", [call(FACTORIAL, number=6)]),  # number
    prediction("simple_python_1", [call(FACTORIAL, number="5")]),  # wrong type
    prediction("simple_python_1", [call(FACTORIAL)]),  # missing required
    prediction("simple_python_1", [call(FACTORIAL, number=5, extra=1)]),  # unknown argument
    prediction("simple_python_0", [call("calculate_triangle_area", base=10, height=5, unit="cm")]),  # string
    prediction("simple_python_5", [call("solve_quadratic", a=3, b=-11, c=-4)]),  # missing optional
    prediction(  # dict (and a wrong number: two wrong arguments in one example)
        "simple_python_89",
        [
            call(
                "db_fetch_records",
                database_name="StudentDB",
                table_name="students",
                conditions={"department": "Arts", "school": "Bluebird HS"},
                fetch_limit=5,
            )
        ],
    ),
    prediction("multiple_0", [call(TRIANGLE, side1=5, side2=4, side3=3, get_area=False)]),  # bool
    prediction(  # list
        "parallel_multiple_0",
        [
            call("math_toolkit.sum_of_multiples", lower_limit=1, upper_limit=1000, multiples=[3, 6]),
            call("math_toolkit.product_of_primes", count=5),
        ],
    ),
    prediction(  # durations swapped: two numbers, each the value of the other call
        "parallel_0",
        [
            call("spotify.play", artist="Taylor Swift", duration=15),
            call("spotify.play", artist="Maroon 5", duration=20),
        ],
    ),
    prediction("parallel_0", [call("spotify.play", artist="Taylor Swift", duration=20)]),  # too few
    prediction("irrelevance_0", []),  # no possible answers: left out
]


def table_rows(text):
    """{first cell: [cells]} of every Markdown table row."""
    rows = {}
    for line in text.splitlines():
        if line.startswith("| ") and not line.startswith("| ---"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            rows.setdefault(cells[0], []).append(cells[1:])
    return rows


@pytest.fixture()
def predictions_gz(tmp_path):
    path = tmp_path / "predictions_fine-tuned.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.writelines(json.dumps(row) + "\n" for row in PREDICTIONS)
    return path


def test_every_cause_and_kind_from_a_gzipped_file(predictions_gz, tmp_path, capsys):
    out = tmp_path / "failures.md"
    assert main([str(predictions_gz), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert out.read_text() == printed
    rows = table_rows(printed)
    header = rows["category (n)"][0]
    assert header == [
        "right",
        "too few calls",
        "too many calls",
        "wrong function",
        "wrong argument values",
        "parse",
    ]
    # right, too few, too many, wrong function, wrong values, parse
    assert rows["simple_python (14)"] == [
        ["1", "1 (1 no call)", "2 (1 a call twice)", "2 (1 name off by case or spaces)", "7", "1"]
    ]
    assert rows["multiple (1)"] == [["0", "0", "0", "0", "1", "0"]]
    assert rows["parallel_multiple (1)"] == [["0", "0", "0", "0", "1", "0"]]
    assert rows["parallel (2)"] == [["0", "1", "0", "0", "1", "0"]]
    assert rows["all (18)"] == [
        ["1", "2 (1 no call)", "2 (1 a call twice)", "2 (1 name off by case or spaces)", "10", "1"]
    ]
    assert not any(name.startswith("irrelevance") for name in rows)

    kinds = dict(zip(rows["category"][0], zip(*[rows[c][0] for c in ("simple_python", "parallel")])))
    assert kinds["examples"] == ("7", "1")
    assert kinds["wrong arguments"] == ("8", "2")
    for kind, expected in {
        "string": ("1", "0"),
        "string: other phrasing": ("0", "0"),  # "cm" for "units"
        "number": ("2", "2"),
        "number: power of ten": ("0", "0"),  # 6 for 5, durations swapped
        "dict": ("1", "0"),
        "missing required": ("1", "0"),
        "missing optional": ("1", "0"),
        "unknown argument": ("1", "0"),
        "wrong type": ("1", "0"),
        "value of another call": ("0", "2"),
    }.items():
        assert kinds[kind] == expected, kind
    assert rows["multiple"][0][rows["category"][0].index("bool")] == "1"
    assert rows["parallel_multiple"][0][rows["category"][0].index("list")] == "1"


def test_near_misses_are_a_part_of_their_kind(tmp_path, capsys):
    path = tmp_path / "predictions.jsonl"
    # simple_python_68: location "Yellowstone National Park"; parallel_20: "HSBC", then "Wells Fargo";
    # simple_python_127: discount_rate 0.1
    predictions = [
        prediction(
            "simple_python_68",
            [call("forest_growth_forecast", location="Yellowstone", years=5, include_human_impact=True)],
        ),
        prediction(
            "simple_python_127",
            [
                call(
                    "calculate_NPV",
                    cash_flows=[200, 300, 400, 500],
                    discount_rate=10,
                    initial_investment=2000,
                )
            ],
        ),
        prediction(
            "parallel_20",
            [
                call(
                    "loan_eligibility_check",
                    financial_institution="HBC",
                    loan_amount=500000,
                    annual_income=100000,
                ),
                call(
                    "loan_eligibility_check",
                    financial_institution="Wells Fargo",
                    loan_amount=700000,
                    annual_income=120000,
                ),
            ],
        ),
    ]
    path.write_text("".join(json.dumps(row) + "\n" for row in predictions))
    assert main([str(path)]) == 0
    printed = capsys.readouterr().out
    rows = table_rows(printed)
    header = rows["category"][0]
    assert header[header.index("string") + 1] == "string: other phrasing"
    kinds = {c: dict(zip(header, rows[c][0])) for c in ("simple_python", "parallel", "all")}
    assert [kinds[c]["string"] for c in kinds] == ["1", "1", "2"]
    assert [kinds[c]["string: other phrasing"] for c in kinds] == ["1", "0", "1"]
    assert header[header.index("number") + 1] == "number: power of ten"
    assert [kinds[c]["number"] for c in kinds] == ["1", "0", "1"]
    assert [kinds[c]["number: power of ten"] for c in kinds] == ["1", "0", "1"]
    assert "counted in `string` too" in printed and "counted in `number` too" in printed


@pytest.mark.parametrize(
    "value, accepted, expected",
    [
        ("Yellowstone", ["Yellowstone National Park"], {"other phrasing": 1}),
        ("human cell", ["human"], {"other phrasing": 1}),
        ("Los Angeles", ["Los Angeles, CA"], {"other phrasing": 1}),
        ("dict", ["dictionary"], {"other phrasing": 1}),
        ("  NEW_york.", ["New-York City"], {"other phrasing": 1}),  # case, `_`/`-`, spaces, punctuation
        ("HBC", ["HSBC"], {}),
        ("Berlin", ["Paris", ""], {}),  # "" (optional) is no accepted value to contain
        ("?", ["Paris"], {}),  # nothing left once punctuation is set aside
        (10, [0.1], {"power of ten": 1}),  # a percent for a fraction
        (0.05, [5.0], {"power of ten": 1}),  # and back
        (213000, [213000000], {"power of ten": 1}),  # "213 million"
        (-0.1, [0.1, ""], {}),  # a sign is not a power of ten
        (3, [4], {}),
        (20, [2], {"power of ten": 1}),
    ],
)
def test_near_misses(value, accepted, expected):
    json_type = "string" if isinstance(value, str) else "float"
    entry = {
        "category": "simple_python",
        "functions": [
            {
                "name": "f",
                "parameters": {"type": "dict", "properties": {"x": {"type": json_type}}, "required": []},
            }
        ],
        "possible_answer": [{"f": {"x": accepted}}],
    }
    assert {k: v for k, v in near_misses(entry, [call("f", x=value)]).items() if v} == expected


def test_categories_and_several_files(predictions_gz, tmp_path, capsys):
    plain = tmp_path / "predictions_base.jsonl"
    plain.write_text(json.dumps(PREDICTIONS[0]) + "\n")
    assert main([str(predictions_gz), str(plain), "--categories", "simple_python"]) == 0
    printed = capsys.readouterr().out
    assert "### predictions_fine-tuned.jsonl.gz" in printed and "### predictions_base.jsonl" in printed
    assert table_rows(printed)["simple_python (1)"] == [["1", "0", "0", "0", "0", "0"]]
    assert "parallel" not in printed


@pytest.mark.parametrize(
    "content, args, message",
    [
        (None, [], "not found"),
        ("{not json\n", [], "line 1: not an eval prediction"),
        (json.dumps({"id": "simple_python_1", "category": "simple_python"}) + "\n", [], "line 1"),
        (json.dumps(prediction("simple_python_999999", [])) + "\n", [], "simple_python_999999"),
        (json.dumps(PREDICTIONS[0]) + "\n", ["--categories", "simple_cobol"], "simple_cobol"),
    ],
)
def test_bad_input_is_a_clear_error(tmp_path, capsys, content, args, message):
    path = tmp_path / "predictions.jsonl"
    if content is not None:
        path.write_text(content)
    assert main([str(path), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("eval.failures: error:") and message in err and "Traceback" not in err


def test_irrelevance_requests_answered_with_a_call_are_listed(tmp_path, capsys):
    """irrelevance_0 offers determine_body_mass_index for a triangle's area: every call is a miss."""
    rows = [
        prediction("irrelevance_0", []),  # abstained
        prediction("irrelevance_0", None),  # unparsable: no call
        prediction("irrelevance_0", [call("determine_body_mass_index", weight=10, height=5)]),  # offered
        prediction("irrelevance_0", [call("triangle_area", base=10, height=5)]),  # not offered
        prediction("simple_python_1", [call(FACTORIAL, number=5)]),
    ]
    path = tmp_path / "predictions.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert main([str(path), "--categories", "irrelevance"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(
        "Irrelevance (4): 2 answered with a call, 1 of them only to functions the request offers "
        "(abstained: 50.0 %)."
    )
    listed = [line for line in printed.splitlines() if line.startswith("| irrelevance_0 |")]
    called = [line.rsplit("|", 2)[1].strip() for line in listed]
    assert called == ["determine_body_mass_index", "triangle_area"]
    assert "Calculate the area of a triangle" in listed[0]
    assert "simple_python" not in printed  # only the categories asked for

    assert main([str(path)]) == 0  # by default, after the AST tables
    printed = capsys.readouterr().out
    assert printed.index("| simple_python (1) |") < printed.index("Irrelevance (4)")
    assert main([str(path), "--categories", "irrelevance,exec_simple"]) == 2
    assert "not BFCL AST categories or irrelevance: ['exec_simple']" in capsys.readouterr().err
