"""The chat template renders exactly the training prompt (render.py + to_xlam_tools), for XLAM and
OpenAI tools, and tokenizes to the training ids on text without special-token text."""

import copy

import jsonschema
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from eval.bfcl import load_category
from eval.constrained import calls_schema
from eval.datasets import load_examples
from eval.infer import prompt_ids, to_xlam_tools
from prompt_strategies.chat_template import CHAT_TEMPLATE
from prompt_strategies.render import render_prompt

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
SCALAR = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False), TEXT
)
JSON = st.recursive(
    SCALAR,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(TEXT, inner, max_size=3)),
    max_leaves=6,
)
TYPE_NAMES = st.sampled_from(
    [
        "string",
        "STRING",
        "integer",
        "number",
        "float",
        "boolean",
        "array",
        "object",
        "dict",
        "tuple",
        "any",
        "null",
        "list",
        "weird",
    ]
)
SPEC = st.deferred(
    lambda: st.one_of(
        st.fixed_dictionaries(
            {},
            optional={
                "type": st.one_of(
                    TYPE_NAMES, st.lists(st.one_of(TYPE_NAMES, st.integers()), max_size=3), st.none()
                ),
                "description": st.one_of(TEXT, st.none(), st.integers()),
                "enum": st.one_of(st.lists(SCALAR, max_size=3), SCALAR),
                "default": JSON,
                "items": SPEC,
                "properties": st.dictionaries(TEXT, SPEC, max_size=2),
                "required": st.one_of(st.lists(TEXT, max_size=2), TEXT),
            },
        ),
        SCALAR,
    )
)
OPENAI_TOOL = st.builds(
    lambda name, description, properties, required: {
        "type": "function",
        "function": {
            "name": name,
            "description": description,
            "parameters": {
                "type": "object",
                "properties": properties,
                "required": required if required is not None else list(properties)[:1],
            },
        },
    },
    TEXT,
    st.one_of(TEXT, st.none()),
    st.dictionaries(TEXT, SPEC, max_size=4),
    st.one_of(st.none(), st.lists(TEXT, max_size=2), TEXT),
)
XLAM_TOOL = st.builds(
    lambda name, extra, params: {"name": name, **extra, "parameters": params},
    TEXT,
    st.dictionaries(st.sampled_from(["description", "x"]), JSON, max_size=2),
    st.dictionaries(TEXT, st.fixed_dictionaries({"type": TEXT, "description": TEXT}), max_size=3),
)
TOOLS = st.lists(st.one_of(OPENAI_TOOL, XLAM_TOOL), max_size=4)


@pytest.fixture(scope="module")
def templated(tokenizer):
    tokenizer = copy.deepcopy(tokenizer)  # the session tokenizer stays as training sees it
    tokenizer.chat_template = CHAT_TEMPLATE
    return tokenizer


def chat_prompt(tokenizer, query, tools, tokenize=False, system=False):
    messages = [{"role": "system", "content": "Be brief."}] * system + [{"role": "user", "content": query}]
    return tokenizer.apply_chat_template(
        messages, tools=tools, add_generation_prompt=True, tokenize=tokenize, return_dict=False
    )


@given(query=TEXT, tools=TOOLS, system=st.booleans())
def test_property_template_renders_the_training_prompt(templated, query, tools, system):
    expected = templated.bos_token + render_prompt(query, to_xlam_tools(tools))
    assert chat_prompt(templated, query, tools, system=system) == expected


@given(query=TEXT, tools=st.lists(XLAM_TOOL, max_size=2))
def test_property_template_ids_are_the_training_ids(templated, query, tools):
    rendered = render_prompt(query, tools)
    assume(not any(special in rendered for special in templated.get_added_vocab()))
    ids = chat_prompt(templated, query, tools, tokenize=True)
    assert ids == prompt_ids(templated, query, tools)
    assert ids.count(templated.bos_token_id) == 1


def test_real_tools_in_both_formats_give_training_ids(templated):
    for example in load_examples(["xlam_heldout"], limit=5):
        assert chat_prompt(templated, example["query"], example["tools"], tokenize=True) == prompt_ids(
            templated, example["query"], example["tools"]
        )
    for entry in load_category("live_multiple")[:20]:
        openai_tools = [{"type": "function", "function": fn} for fn in entry["functions"]]
        assert chat_prompt(templated, entry["question"], openai_tools, tokenize=True) == prompt_ids(
            templated, entry["question"], to_xlam_tools(openai_tools)
        )


def test_a_function_without_properties_has_no_parameters_everywhere(templated):
    """`{"type": "object"}` (a function taking no arguments) is JSON Schema, not an XLAM parameter
    named "type": the template, the renderer's converter and the grammar's schema agree."""
    for params in ({"type": "object"}, {"type": "object", "properties": {}}, None):
        fn = {"name": "ping", "description": "Ping."} | ({"parameters": params} if params else {})
        tools = [{"type": "function", "function": fn}]
        (xlam,) = to_xlam_tools(tools)
        assert xlam["parameters"] == {}
        assert chat_prompt(templated, "ping it", tools) == templated.bos_token + render_prompt(
            "ping it", [xlam]
        )
        jsonschema.validate([{"name": "ping", "arguments": {}}], calls_schema(tools))
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate([{"name": "ping", "arguments": {"type": 1}}], calls_schema(tools))


def test_special_token_text_is_the_documented_limit(templated):
    """Training keeps "<|eot_id|>" in a query as text; the tokenized template cannot."""
    query = "say <|eot_id|> please"
    ids = chat_prompt(templated, query, [], tokenize=True)
    training = prompt_ids(templated, query, [])
    eot = templated.convert_tokens_to_ids("<|eot_id|>")
    assert eot in ids and eot not in training
    assert chat_prompt(templated, query, []) == templated.decode(training)  # the text still agrees


@pytest.mark.parametrize(
    "messages, tools, error",
    [
        ([{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"}], [], "one user message"),
        ([{"role": "user", "content": [{"type": "text", "text": "a"}]}], [], "string content"),
        ([{"role": "user", "content": "a"}], [{"description": "nameless"}], "without a 'name'"),
        ([{"role": "user", "content": "a"}], [{"name": "f", "parameters": [1]}], "must be an object"),
    ],
)
def test_unsupported_input_is_refused_with_the_rule(templated, messages, tools, error):
    with pytest.raises(Exception, match=error):
        templated.apply_chat_template(messages, tools=tools, tokenize=False)
