"""Property tests: arbitrary and malformed rows never crash preprocessing, and every row is either
tokenized or counted under exactly one reason."""

import json

from axolotl.utils.dict import DictDefault
from datasets import Dataset
from hypothesis import given, settings
from hypothesis import strategies as st

from prompt_strategies import xlam
from prompt_strategies.render import render_completion, render_prompt
from prompt_strategies.rows import REASONS, check_row

scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=8,
)
type_names = st.sampled_from(
    [
        "str",
        "int",
        "float",
        "bool",
        "List[int]",
        "List[str]",
        "Optional[str]",
        "int, optional",
        "Dict[str, Any]",
        "Union[int, str]",
        "List[",
        "",
        "tuple",
    ]
)
param_spec = st.fixed_dictionaries(
    {"type": type_names | st.text(max_size=6), "description": st.text(max_size=5)},
    optional={"default": json_values},
)
names = st.sampled_from(["a", "b", "c"]) | st.text(max_size=3)
good_tool = st.fixed_dictionaries(
    {
        "name": st.sampled_from(["a", "b", "c"]),
        "description": st.text(max_size=5),
        "parameters": st.dictionaries(st.sampled_from("xyz"), param_spec, max_size=3),
    }
)
tool = good_tool | st.fixed_dictionaries(
    {"name": names},
    optional={
        "description": st.text(max_size=5),
        "parameters": st.dictionaries(st.sampled_from("xyz"), param_spec | json_values, max_size=3)
        | json_values,
    },
)
arguments = st.dictionaries(st.sampled_from("xyzw"), scalars | st.lists(scalars, max_size=2), max_size=3)
call = st.fixed_dictionaries(
    {"name": st.sampled_from(["a", "b", "c"]), "arguments": arguments}
) | st.fixed_dictionaries(
    {"name": st.sampled_from(["a", "b", "c", "d"])}, optional={"arguments": arguments | json_values}
)


def mostly(common, rare, rare_in=4):
    """`common` about (rare_in - 1)/rare_in of the time: one_of alone does not weight."""
    return st.integers(0, rare_in - 1).flatmap(lambda k: rare if k == 0 else common)


def field(item, valid):
    as_list = st.lists(item | json_values, max_size=4)
    broken = (
        as_list.map(json.dumps) | as_list | st.text(max_size=20) | json_values.map(json.dumps) | json_values
    )
    valid_list = st.lists(valid, min_size=1, max_size=4).map(json.dumps)
    return mostly(valid_list, broken, rare_in=3)


text_query = st.text(min_size=1, max_size=30)
complete_rows = st.fixed_dictionaries(
    {
        "id": st.integers(),
        "query": mostly(text_query, json_values),
        "tools": field(tool, good_tool),
        "answers": field(call, call),
    }
)
partial_rows = st.fixed_dictionaries(
    {},
    optional={
        "id": st.integers(),
        "query": st.text(max_size=30) | json_values,
        "tools": field(tool, good_tool),
        "answers": field(call, call),
    },
)
rows = mostly(complete_rows, partial_rows)


@given(rows)
def test_property_check_row_never_raises_and_renders_json(tokenizer, row):
    check = check_row(row)
    assert check.reason is None or check.reason in REASONS
    if check.renderable:
        prompt, completion = render_prompt(check.query, check.tools), render_completion(check.answers)
        assert json.loads(prompt.split("<tools>", 1)[1].rsplit("</tools>", 1)[0]) == check.tools
        assert json.loads(completion[len("<calls>") : -len("</calls>")]) == check.answers
        ids = xlam.tokenize_xlam(tokenizer, check.query, check.tools, check.answers, False)
        assert ids["input_ids"][-1] == tokenizer.eos_token_id


arrow_rows = st.lists(
    st.fixed_dictionaries(
        {
            "id": st.integers(0, 10**6),
            "query": st.none() | st.text(max_size=20),
            "tools": st.none()
            | field(tool, good_tool).map(lambda v: v if isinstance(v, str) else json.dumps(v)),
            "answers": st.none()
            | field(call, call).map(lambda v: v if isinstance(v, str) else json.dumps(v)),
        }
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=60)
@given(arrow_rows, st.sampled_from(["drop", "keep"]))
def test_property_wrap_dataset_accounts_for_every_row(tokenizer, tmp_path_factory, batch, policy):
    out_dir = tmp_path_factory.mktemp("report")
    cfg = DictDefault({"sequence_len": 4096, "output_dir": str(out_dir), "xlam_schema_violations": policy})
    tokenized = xlam.load(tokenizer, cfg).wrap_dataset(Dataset.from_list(batch))
    report = json.loads((out_dir / xlam.REPORT_FILE).read_text())
    assert report["rows_in"] == len(batch)
    assert len(tokenized) == report["rows_tokenized"]
    assert report["rows_tokenized"] + sum(report["dropped"].values()) == len(batch)
    expected = [check_row(r).reason for r in batch]
    counted = {**report["dropped"]}
    for reason, n in report["kept_with_schema_violation"].items():
        counted[reason] = counted.get(reason, 0) + n
    assert counted == {r: expected.count(r) for r in set(expected) if r}
