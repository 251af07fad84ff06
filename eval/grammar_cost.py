"""What constrained decoding costs on the CPU, per BFCL request: compiling its grammar, and filling
the token mask at each step of its ground-truth answer.

    python -m eval.grammar_cost --tokenizer .cache/smollm2-135m
    python -m eval.grammar_cost --tokenizer .cache/smollm2-135m --unbounded   # without the bounds
"""

from __future__ import annotations

import argparse
import json
import time

import xgrammar as xgr
from transformers import AutoTokenizer

from eval.constrained import Constrainer
from eval.datasets import load_examples
from prompt_strategies.render import render_completion

CATEGORIES = "simple_python,simple_java,simple_javascript,multiple,parallel,parallel_multiple,irrelevance"


def measure(tokenizer, examples: list[dict], threads: int, bounded: bool) -> dict:
    stop = [tokenizer.eos_token_id]
    constrainer = Constrainer(tokenizer, len(tokenizer), stop, threads, bounded=bounded)
    start = time.perf_counter()
    grammars = constrainer.compile_many([e["tools"] for e in examples])
    compile_s = time.perf_counter() - start
    mask_s, steps, rejected = 0.0, 0, 0
    bitmask = xgr.allocate_token_bitmask(1, len(tokenizer))
    for example, grammar in zip(examples, grammars):
        if grammar is None:
            continue
        matcher = xgr.GrammarMatcher(grammar)
        for token in tokenizer.encode(render_completion(example["expected"]), add_special_tokens=False):
            start = time.perf_counter()
            matcher.fill_next_token_bitmask(bitmask)
            mask_s += time.perf_counter() - start
            steps += 1
            if not matcher.accept_token(token):
                rejected += 1
                break
    return {
        "requests": len(examples),
        "fallbacks": sum(g is None for g in grammars),
        "compile_ms_per_request": 1e3 * compile_s / len(examples),
        "mask_ms_per_token": 1e3 * mask_s / max(steps, 1),
        "tokens": steps,
        "answers_rejected": rejected,  # ground-truth answers the grammar does not accept
    }


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--tokenizer", required=True, help="a model folder or tokenizer the eval decodes with")
    ap.add_argument("--categories", default=CATEGORIES)
    ap.add_argument("--threads", type=int, default=2, help="grammar compiler threads")
    ap.add_argument("--unbounded", action="store_true", help="compile without the runaway bounds")
    args = ap.parse_args(argv)
    tokenizer = AutoTokenizer.from_pretrained(args.tokenizer)
    examples = load_examples([name.strip() for name in args.categories.split(",")])
    result = measure(tokenizer, examples, args.threads, bounded=not args.unbounded)
    print(json.dumps({"bounded": not args.unbounded, **result}, indent=1))


if __name__ == "__main__":
    main()
