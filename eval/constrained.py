"""Schema-constrained decoding: every generated token must keep the output a valid answer.

The output is forced to `<calls>` + a JSON list of `{"name": <one of the request's tools>,
"arguments": <that tool's parameters>}` (or `[]`, unless the request needs a call: `min_calls`, the
server's tool_choice "required") + `</calls>` + EOS, written as training
renders it (`json.dumps` separators `", "` and `": "`). One grammar per request, compiled by
xgrammar from JSON Schema; a `LogitsProcessor` masks each batch row's logits with its
grammar's token bitmask (on the logits' device, CPU or CUDA). In a row's last tokens before
generate()'s limit only tokens that end the answer are allowed (eval.constrained_closing), so a
looping model's answer still parses.

The arguments schema is the one the eval's `schema_valid` metric checks
(`prompt_strategies.xlam_types.parameters_schema`): XLAM types, or a tool's own JSON Schema
(enum, nested objects) when the tool is given in OpenAI / JSON-Schema form. Arguments follow
the schema's property order. A request whose schema xgrammar cannot compile (or that is not
valid JSON Schema, e.g. `"type": "dict"`) gets a one-line warning and is decoded unconstrained.
"""

from __future__ import annotations

import json
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from functools import cached_property

import jsonschema
import xgrammar as xgr
from transformers import LogitsProcessor

from eval.constrained_bounds import (
    EXPONENT_MAX_DIGITS,
    FREE_FORM_REF,
    NUMBER_MAX_DIGITS,
    bounded,
    free_form_defs,
)
from eval.constrained_closing import CLOSING_MARGIN, closing_tokens, narrow_to_closing
from prompt_strategies.render import CALLS_CLOSE, CALLS_OPEN
from prompt_strategies.xlam_types import parameters_schema

SEPARATORS = (", ", ": ")  # json.dumps defaults, what training renders
# Longer call lists are runaway repetition (one call emitted again and again until the token limit),
# never a request: the grammar closes the list after this many calls, so every output parses.
MAX_CALLS = 10


def tool_call_schema(tool: dict) -> dict:
    """JSON Schema of one call of `tool` (XLAM or OpenAI / JSON-Schema form)."""
    if isinstance(tool.get("function"), dict):
        tool = tool["function"]
    params = tool.get("parameters") if isinstance(tool.get("parameters"), dict) else {}
    return {
        "type": "object",
        "properties": {"name": {"const": tool["name"]}, "arguments": parameters_schema(params)},
        "required": ["name", "arguments"],
        "additionalProperties": False,
    }


def calls_schema(tools: list[dict], max_calls: int = MAX_CALLS, min_calls: int = 0) -> dict:
    """JSON Schema of the calls list: `min_calls` to `max_calls` calls, each of one of `tools`
    (`[]` allowed unless `min_calls`)."""
    items = [tool_call_schema(t) for t in tools]
    if not items:
        return {"type": "array", "maxItems": 0}
    item = items[0] if len(items) == 1 else {"anyOf": items}
    schema = {"type": "array", "items": item, "maxItems": max_calls}
    return {**schema, "minItems": min_calls} if min_calls else schema


def decoding_schema(tools: list[dict], min_calls: int = 0) -> dict:
    """`calls_schema` with every value's length bounded (eval.constrained_bounds): what the grammar
    is compiled from."""
    schema = bounded(calls_schema(tools, min_calls=min_calls))
    # the free-form definitions only where a value refers to them: each one adds compile time
    return {**schema, "$defs": free_form_defs()} if FREE_FORM_REF in json.dumps(schema) else schema


# xgrammar 0.2.8 writes a string with maxLength n as `"` chars{0, n} `"`, chars one character that is
# neither a quote nor a backslash: escapes (\", \\, \n) could not be written at all, and control
# characters (U+0000 to U+001F, invalid in JSON text unless escaped) could. Each such string
# becomes a rule with a character budget (xgrammar's `max_chars`) of n over characters and escapes:
# at most n characters of JSON text. Strings of the same character class share their rules (each
# rule adds compile time). Spelling the bound as repetitions instead, e.g. `(chars{0, n} "\\"
# escape){0, k} chars{0, n}`, makes each mask cost ~18 ms per token once a string passes 128
# characters (eval/README.md, "Constrained decoding").
_BOUNDED_STRING = re.compile(r'"\\"" (\w+_characters)\{0, (\d+)\} "\\""')
_CHARACTERS_RULE = re.compile(r"^(\w+_characters) ::= (.+)$", flags=re.MULTILINE)


def allow_escapes(grammar: xgr.Grammar) -> xgr.Grammar:
    """`grammar` whose length-bounded strings also take JSON escapes."""
    text = str(grammar)
    classes = dict(_CHARACTERS_RULE.findall(text))
    names: dict[str, str] = {}
    rules: dict[str, str] = {}

    def budgeted(match: re.Match) -> str:
        # xgrammar's class lets control characters through, which strict JSON only takes escaped
        chars = classes.get(match[1], match[1]).replace("[^", "[^\\0-\\x1f", 1)
        name = names.setdefault(chars, f"bounded_string_{len(names)}")
        char, body, content = f"{name}_char", f"{name}_body", f"{name}_max_{match[2]}"
        rules[char] = f"{char} ::= {chars}"
        rules[body] = f'{body} ::= "" | {char} {body} | "\\\\" basic_escape {body}'
        rules[content] = f"{content}[max_chars={match[2]}] ::= {body}"
        return f'"\\"" {content} "\\""'

    escaped = _BOUNDED_STRING.sub(budgeted, text)
    return grammar if escaped == text else xgr.Grammar.from_ebnf("\n".join([escaped, *rules.values()]))


# xgrammar 0.2.8's JSON number: `basic_number ::= sign int fraction exponent`, each part's digits
# unbounded. The parts are rewritten with bounded digit counts (eval.constrained_bounds).
_NUMBER_PARTS = {
    'basic_number_2 ::= (("0") | ([1-9] [0-9]*))': (
        f'basic_number_2 ::= (("0") | ([1-9] [0-9]{{0, {NUMBER_MAX_DIGITS - 1}}}))'
    ),
    'basic_number_3 ::= ("" | ("." basic_number_digits{1, -1}))': (
        f'basic_number_3 ::= ("" | ("." basic_number_digits{{1, {NUMBER_MAX_DIGITS}}}))'
    ),
    'basic_number_5 ::= ("" | ([eE] basic_number_4 basic_number_digits{1, -1}))': (
        f'basic_number_5 ::= ("" | ([eE] basic_number_4 basic_number_digits{{1, {EXPONENT_MAX_DIGITS}}}))'
    ),
}


def bound_number_digits(grammar: xgr.Grammar) -> xgr.Grammar:
    """`grammar` whose JSON numbers have a bounded count of digits."""
    text = str(grammar)
    lines = [_NUMBER_PARTS.get(line, line) for line in text.splitlines()]
    return grammar if "\n".join(lines) == text else xgr.Grammar.from_ebnf("\n".join(lines))


def _library_message(exc: Exception) -> str:
    """xgrammar's C++ errors start with a timestamp and a source location: keep the message."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return re.sub(r"^\[[\d:]+\]\s*\S+:\d+:\s*", "", text)


class Constrainer:
    """Compiles per-request grammars for one tokenizer / vocabulary."""

    def __init__(
        self, tokenizer, vocab_size: int, stop_ids: list[int], max_threads: int = 8, bounded: bool = True
    ):
        """`bounded=False` compiles `calls_schema` itself, without the runaway bounds (to measure them)."""
        self.vocab_size = vocab_size
        self.max_threads = max_threads
        self.bounded = bounded
        self.schema = decoding_schema if bounded else calls_schema
        self.info = xgr.TokenizerInfo.from_huggingface(
            tokenizer, vocab_size=vocab_size, stop_token_ids=list(stop_ids)
        )
        self.compiler = xgr.GrammarCompiler(self.info, max_threads=max_threads)

    @cached_property
    def closing_tokens(self):
        """eval.constrained_closing's token sets for this vocabulary (built once)."""
        return closing_tokens(self.info.decoded_vocab, self.vocab_size)

    def compile(self, tools: list[dict], min_calls: int = 0):
        """The compiled grammar for one request's tools; raises ValueError if it cannot be built."""
        try:
            schema = self.schema(tools, min_calls=min_calls)
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"malformed tool ({type(exc).__name__}: {exc})") from exc
        try:
            jsonschema.validators.validator_for(schema).check_schema(schema)
        except jsonschema.exceptions.SchemaError as exc:
            raise ValueError(
                f"not valid JSON Schema at {'/'.join(map(str, exc.path))}: {exc.message}"[:200]
            ) from exc
        try:
            body = xgr.Grammar.from_json_schema(
                json.dumps(schema), any_whitespace=False, separators=SEPARATORS, strict_mode=False
            )
            body = allow_escapes(bound_number_digits(body) if self.bounded else body)
            grammar = xgr.Grammar.concat(
                xgr.Grammar.from_ebnf(f"root ::= {json.dumps(CALLS_OPEN)}"),
                body,
                xgr.Grammar.from_ebnf(f"root ::= {json.dumps(CALLS_CLOSE)}"),
            )
            return self.compiler.compile_grammar(grammar)
        except (RuntimeError, ValueError, TypeError) as exc:
            raise ValueError(_library_message(exc)[:200]) from exc

    def compile_many(
        self,
        requests_tools: list[list[dict]],
        names: list[str] | None = None,
        min_calls: list[int] | None = None,
    ) -> list:
        """One compiled grammar per request, None (unconstrained) where it cannot be built;
        each such request gets a one-line warning on stderr. `min_calls`: per request (default 0).
        Requests compile on `max_threads` threads (xgrammar releases the GIL: ~1.7x faster on
        2 CPU cores)."""

        def attempt(i: int):
            try:
                return self.compile(requests_tools[i], min_calls[i] if min_calls else 0)
            except ValueError as exc:
                return exc

        with ThreadPoolExecutor(self.max_threads) as pool:
            results = list(pool.map(attempt, range(len(requests_tools))))
        for i, result in enumerate(results):
            if isinstance(result, ValueError):
                where = names[i] if names else f"request {i}"
                tool_names = ", ".join(_tool_name(t) for t in requests_tools[i])[:80]
                print(
                    f"warning: constrained decoding off for {where} (tools: {tool_names}): {result}",
                    file=sys.stderr,
                )
                results[i] = None
        return results

    def logits_processor(self, grammars: list, max_new_tokens: int | None = None):
        """`max_new_tokens`: generate()'s limit, for the closing mode (None: no closing mode)."""
        closing = self.closing_tokens if max_new_tokens is not None else None
        return GrammarLogitsProcessor(grammars, self.vocab_size, max_new_tokens, closing)


def constrainer_for(model) -> Constrainer:
    """One Constrainer per loaded model, kept on it: tokenizer info is built once and compiled
    grammars are cached across runs (base and adapter share them)."""
    if getattr(model, "constrainer", None) is None:
        if model.backend != "hf":
            raise ValueError("constrained decoding runs on the HF transformers backend; pass --backend hf")
        vocab_size = model.hf_model.get_output_embeddings().weight.shape[0]
        model.constrainer = Constrainer(model.tokenizer, vocab_size, model.stop_ids)
    return model.constrainer


def compile_grammars(
    model,
    requests_tools: list[list[dict]],
    names: list[str] | None = None,
    min_calls: list[int] | None = None,
) -> list:
    """Per-request compiled grammars for `model` (None = that request decodes unconstrained)."""
    return constrainer_for(model).compile_many(requests_tools, names, min_calls)


def batch_logits_processor(
    model, grammars: list, idx: list[int], rows: int, max_new_tokens: int | None = None
) -> list:
    """The logits processors of one generate() batch: prompts `idx`, then `rows - len(idx)`
    repeats of the last one (fixed-shape batches); `max_new_tokens`: generate()'s limit."""
    batch = [grammars[i] for i in idx] + [grammars[idx[-1]]] * (rows - len(idx))
    return [constrainer_for(model).logits_processor(batch, max_new_tokens)]


def _tool_name(tool) -> str:
    tool = tool.get("function", tool) if isinstance(tool, dict) else {}
    return str(tool.get("name") if isinstance(tool, dict) else None)


class GrammarLogitsProcessor(LogitsProcessor):
    """Masks row i of the logits with grammars[i] (None: row left as is). One instance per
    `generate()` call: it tracks each row's grammar state from the tokens generate appends.
    Given generate()'s `max_new_tokens` and the vocabulary's `closing` tokens, a row's last
    `CLOSING_MARGIN` tokens are narrowed to those that end the answer (eval.constrained_closing)."""

    def __init__(self, grammars: list, vocab_size: int, max_new_tokens: int | None = None, closing=None):
        self.matchers = [xgr.GrammarMatcher(g) if g is not None else None for g in grammars]
        self.bitmask = xgr.allocate_token_bitmask(len(grammars), vocab_size)
        self.vocab_size = vocab_size
        self.max_new_tokens = max_new_tokens
        self.closing = closing
        self.prompt_length: int | None = None  # set at the first step

    def _live_rows(self) -> list[int]:
        return [i for i, m in enumerate(self.matchers) if m is not None and not m.is_terminated()]

    def __call__(self, input_ids, scores):
        if len(self.matchers) != input_ids.shape[0]:
            raise RuntimeError(f"{len(self.matchers)} grammars for a batch of {input_ids.shape[0]} rows")
        rows = self._live_rows()
        if self.prompt_length is not None and rows:  # advance each live matcher by last step's token
            last = input_ids[:, -1].tolist()
            for i in rows:  # a rejected token: another logits processor removed every allowed one
                if not self.matchers[i].accept_token(last[i]):
                    print(
                        f"warning: constrained decoding off for batch row {i}: token {last[i]} "
                        "is outside its grammar",
                        file=sys.stderr,
                    )
                    self.matchers[i] = None
            rows = self._live_rows()
        if self.prompt_length is None:
            self.prompt_length = input_ids.shape[1]
        if not rows:
            return scores
        closing = self.closing is not None and self._tokens_left(input_ids) <= CLOSING_MARGIN
        # row by row: with xgrammar's threaded BatchGrammarMatcher, decoding on 2 CPU cores
        # measured ~3x slower (its threads compete with the model's)
        for i in rows:
            self.matchers[i].fill_next_token_bitmask(self.bitmask, i)
            if closing:
                narrow_to_closing(self.bitmask, i, self.closing)
        xgr.apply_token_bitmask_inplace(
            scores,
            self.bitmask.to(scores.device, non_blocking=True),
            vocab_size=self.vocab_size,
            indices=rows,
        )
        return scores

    def _tokens_left(self, input_ids) -> int:
        """Tokens every row may still generate, this step's included (rows advance together)."""
        return self.max_new_tokens - (input_ids.shape[1] - self.prompt_length)
