"""What constrained decoding costs on the CPU, per BFCL request: compiling its grammar, and filling
the token mask at each step of an answer: the ground truth, or with `--generate N` the model's own
greedy constrained answers to N requests (spread over the categories; a model that loops inside a
value writes long answers, the worst case for the mask).

    python -m eval.grammar_cost --tokenizer .cache/smollm2-135m
    python -m eval.grammar_cost --tokenizer .cache/smollm2-135m --unbounded   # without the bounds
    python -m eval.grammar_cost --tokenizer .cache/smollm2-135m --generate 32  # the model's answers
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import xgrammar as xgr
from transformers import AutoTokenizer

from eval.constrained import Constrainer
from eval.datasets import load_examples
from eval.infer import DEFAULT_MAX_NEW_TOKENS
from prompt_strategies.render import render_completion

CATEGORIES = "simple_python,simple_java,simple_javascript,multiple,parallel,parallel_multiple,irrelevance"


def measure(
    tokenizer, examples: list[dict], threads: int, bounded: bool, answers: list[str] | None = None
) -> dict:
    """Compile time per request and mask fill time per token along `answers` (default: each
    request's ground truth)."""
    answers = answers or [render_completion(e["expected"]) for e in examples]
    stop = [tokenizer.eos_token_id]
    constrainer = Constrainer(tokenizer, len(tokenizer), stop, threads, bounded=bounded)
    start = time.perf_counter()
    grammars = constrainer.compile_many([e["tools"] for e in examples])
    compile_s = time.perf_counter() - start
    fills, per_request, rejected = [], [], 0  # seconds per token, per request
    bitmask = xgr.allocate_token_bitmask(1, len(tokenizer))
    for answer, grammar in zip(answers, grammars):
        if grammar is None:
            continue
        matcher, request_s = xgr.GrammarMatcher(grammar), 0.0
        for token in tokenizer.encode(answer, add_special_tokens=False):
            start = time.perf_counter()
            matcher.fill_next_token_bitmask(bitmask)
            fills.append(time.perf_counter() - start)
            request_s += fills[-1]
            if not matcher.accept_token(token):
                rejected += 1
                break
        per_request.append(request_s)
    fills = sorted(fills) or [0.0]
    return {
        "requests": len(examples),
        "fallbacks": sum(g is None for g in grammars),
        "compile_ms_per_request": 1e3 * compile_s / len(examples),
        "mask_ms_per_token": 1e3 * statistics.mean(fills),
        "mask_ms_p50": 1e3 * fills[len(fills) // 2],
        "mask_ms_p99": 1e3 * fills[int(0.99 * (len(fills) - 1))],
        "mask_ms_max": 1e3 * fills[-1],
        "mask_ms_slowest_request": 1e3 * max(per_request, default=0.0),
        "tokens": len(fills) if per_request else 0,
        "answers_rejected": rejected,  # answers the grammar does not accept
    }


def generated_answers(model_dir: str, examples: list[dict], max_new_tokens: int, batch_size: int):
    """The model's greedy answers under the eval's constrained decoding (HF backend)."""
    from eval.constrained import compile_grammars
    from eval.infer import load_model, predict_many

    model = load_model(model_dir, backend="hf")
    grammars = compile_grammars(model, [e["tools"] for e in examples])
    requests = [(e["query"], e["tools"]) for e in examples]
    return [text for text, _ in predict_many(model, requests, batch_size, max_new_tokens, grammars=grammars)]


def spread(examples: list[dict], n: int) -> list[dict]:
    """`n` requests taken evenly over `examples` (all categories, not the first one's)."""
    return examples[:: max(1, len(examples) // n)][:n]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--tokenizer", required=True, help="a model folder or tokenizer the eval decodes with")
    ap.add_argument("--categories", default=CATEGORIES)
    ap.add_argument("--threads", type=int, default=2, help="grammar compiler threads")
    ap.add_argument(
        "--unbounded",
        action="store_true",
        help="compile without the runaway bounds (--generate still decodes with them)",
    )
    ap.add_argument(
        "--generate",
        type=int,
        metavar="N",
        help="measure along the greedy constrained answers of the model in --tokenizer to N requests",
    )
    ap.add_argument("--max-new-tokens", type=int, default=DEFAULT_MAX_NEW_TOKENS, help="with --generate")
    ap.add_argument("--batch-size", type=int, default=16, help="with --generate")
    args = ap.parse_args(argv)
    if args.generate is not None and args.generate < 1:
        ap.error("--generate takes a number of requests >= 1")
    tokenizer = AutoTokenizer.from_pretrained(args.tokenizer)
    examples = load_examples([name.strip() for name in args.categories.split(",")])
    answers = None
    if args.generate:
        examples = spread(examples, args.generate)
        answers = generated_answers(args.tokenizer, examples, args.max_new_tokens, args.batch_size)
    result = measure(tokenizer, examples, args.threads, bounded=not args.unbounded, answers=answers)
    source = "generated" if answers else "ground truth"
    print(json.dumps({"bounded": not args.unbounded, "answers": source, **result}, indent=1))


if __name__ == "__main__":
    main()
