"""Closing mode of constrained decoding: near the token limit, every answer is steered to its end.

The grammar bounds each value (eval.constrained_bounds) but not the answer as a whole, so a model
that loops (the same list item again and again, a string it never closes) would still be cut by
the token limit mid-answer. Once a row has at most `CLOSING_MARGIN` tokens left, its
grammar-allowed tokens are narrowed to the first of these that the grammar allows:

- inside a string: tokens of closing characters with a quote (`"`, `"]`, `"}]`, ` "`), which end
  it (a `]` there would only add to the string);
- elsewhere: tokens of `]` and `}`, which end a list, an object or the number before them; else
  quote tokens (an empty string where a string value must be written); else a `,` token, only
  taken when nothing can end yet (an object still needs a required key).

A `,` that could be left out is never taken, so no list or object grows. Where none is allowed (a
key or the first character of a value to write, `</calls>` and EOS after the list) the grammar's
own mask is kept: it forces the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

# Closing from inside the deepest value takes a token per open string, list and object (at most 8),
# `</calls>` and EOS: ~12 tokens. A required argument not yet written adds its key and a short
# value: a call closed from its first argument, every required one still to write with an empty
# string, takes at most 59 SmolLM2 tokens for every BFCL tool but one (9 long required names, 84).
CLOSING_MARGIN = 64
_CLOSERS = frozenset(b'"]} \t\n')
_LITERALS = (b"true", b"false", b"null", b"e", b"E")  # value starts, a number's exponent


@dataclass
class ClosingTokens:
    """Token bitmasks (int32, xgrammar's layout) of one vocabulary: the tiers above, and `word`,
    tokens of letters that no JSON value starts or continues with (allowed: inside a string)."""

    quote: torch.Tensor
    bracket: torch.Tensor
    comma: torch.Tensor
    word: torch.Tensor


def closing_tokens(decoded_vocab: list[bytes], vocab_size: int) -> ClosingTokens:
    """`ClosingTokens` over `vocab_size` ids from each token's text (`xgr.TokenizerInfo.decoded_vocab`)."""
    ids: dict[str, list[int]] = {"quote": [], "bracket": [], "comma": [], "word": []}
    for token_id, text in enumerate(decoded_vocab):
        chars = set(text)
        if chars and chars <= _CLOSERS:
            if b'"'[0] in chars:
                ids["quote"].append(token_id)
            elif chars & set(b"]}"):
                ids["bracket"].append(token_id)
        elif b","[0] in chars and chars <= set(b", "):
            ids["comma"].append(token_id)
        elif text.isalpha() and not any(w.startswith(text) for w in _LITERALS):
            ids["word"].append(token_id)
    return ClosingTokens(**{name: _bitmask(token_ids, vocab_size) for name, token_ids in ids.items()})


def _bitmask(token_ids: list[int], vocab_size: int) -> torch.Tensor:
    allowed = np.zeros(-(-vocab_size // 32) * 32, dtype=bool)
    allowed[token_ids] = True
    return torch.from_numpy(np.packbits(allowed, bitorder="little").view("<i4").copy())


def narrow_to_closing(bitmask: torch.Tensor, row: int, tokens: ClosingTokens) -> None:
    """Row `row` of a filled grammar bitmask: only its tokens of the first tier it allows."""
    in_string = bool((bitmask[row] & tokens.word).any())
    for tier in [tokens.quote] if in_string else [tokens.bracket, tokens.quote, tokens.comma]:
        allowed = bitmask[row] & tier
        if allowed.any():
            bitmask[row] = allowed
            return
