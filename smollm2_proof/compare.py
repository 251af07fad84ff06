"""Score SmolLM2 before and after fine-tuning on BFCL non-live categories, in one report.

    python -m smollm2_proof.compare --base .cache/smollm2-135m \\
        --tuned fine-tuned=outputs/smollm2-fc --tuned "no abstain=outputs/smollm2-fc-noabstain" \\
        --out reports/smollm2

The base model gets its fair best, scored twice:
- `base (calls format)`: our training prompt (`<user>/<tools>`, BOS), as the fine-tuned models;
- `base (chat template)`: SmolLM2's own chat template, with the function-calling system prompt of
  SmolLM2's APIGen training data (tools in <tools>, answer a JSON list in <tool_call>, [] if no
  tool fits); the JSON list is read from <tool_call> or from the first bare JSON list.
The report (eval.report: report.json / .md / .png) holds every variant with BFCL's non-live AST
summary; `config.base_best` names the base variant with the higher non-live AST score.
Fine-tuned models are full checkpoints
(a merged model); a LoRA output_dir is given as `label=base_dir+adapter_dir`.

`--constrained` also scores every calls-format model (fine-tuned ones and `base (calls format)`)
with schema-constrained decoding (eval.constrained), labelled `<label> (constrained)`;
`--constrained-only` runs just those (add them to an earlier report with `--append`).
`config.constrained_fallbacks` counts requests whose tool schema could not be compiled.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from eval import report
from eval.bfcl_summary import NON_LIVE_CATEGORIES
from eval.datasets import load_examples
from eval.infer import DEFAULT_MAX_NEW_TOKENS, generate, load_model
from eval.metrics import aggregate, score_example
from eval.parse import parse_calls
from eval.run import constrained_fallbacks, evaluate, save_predictions
from prompt_strategies.render import CALLS_CLOSE, CALLS_OPEN, to_json

CATEGORIES = NON_LIVE_CATEGORIES
AST_CATEGORIES = CATEGORIES[:-1]
CHAT_SYSTEM = (
    "You are an expert in composing functions. You are given a question and a set of possible "
    "functions. Based on the question, you will need to make one or more function/tool calls to "
    "achieve the purpose. If none of the functions can be used, point it out and refuse to answer. "
    "If the given question lacks the parameters required by the function, also point it out.\n\n"
    "You have access to the following tools:\n<tools>{tools}</tools>\n\n"
    "The output MUST strictly adhere to the following format, and NO other text MUST be included.\n"
    "The example format is as follows. Please make sure the parameter type is correct. If no "
    "function call is needed, please make the tool calls an empty list '[]'.\n"
    '<tool_call>[\n{{"name": "func_name1", "arguments": {{"argument1": "value1", '
    '"argument2": "value2"}}}},\n... (more tool calls as required)\n]</tool_call>'
)
_TOOL_CALL = re.compile(r"<tool_call>(.*?)(</tool_call>|$)", re.S)


def chat_prompt_ids(tokenizer, query: str, tools: list[dict]) -> list[int]:
    messages = [
        {"role": "system", "content": CHAT_SYSTEM.format(tools=to_json(tools))},
        {"role": "user", "content": query},
    ]
    ids = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True)
    return list(ids["input_ids"] if hasattr(ids, "keys") else ids)


def parse_chat_answer(text: str):
    """The JSON list of a chat-template answer, read by the same parser as our format."""
    match = _TOOL_CALL.search(text)
    if match:
        body = match.group(1)
    else:
        start = text.find("[")
        body = text[start:] if start >= 0 else text
    body = re.sub(r"^\s*```(?:json)?|```\s*$", "", body.strip())
    return parse_calls(f"{CALLS_OPEN}{body}{CALLS_CLOSE}" if body.strip() else "")


def evaluate_chat(model, examples, batch_size, max_new_tokens) -> list[dict]:
    prompts = [chat_prompt_ids(model.tokenizer, e["query"], e["tools"]) for e in examples]
    texts = generate(model, prompts, batch_size, max_new_tokens)
    out = []
    for e, text in zip(examples, texts):
        parsed = parse_chat_answer(text)
        out.append(
            {
                "id": e["id"],
                "category": e["category"],
                "text": text,
                "parse": parsed.to_dict(),
                "expected": e["expected"],
                "scores": score_example(e, parsed),
            }
        )
    return out


def ast_mean(summary: dict) -> float:
    """BFCL's non-live AST score; with categories left out, the mean AST accuracy of the rest."""
    non_live = (summary.get("bfcl_summary") or {}).get("non_live_ast")
    if non_live is not None:
        return non_live
    values = [
        summary["per_category"][c]["ast_accuracy"] for c in AST_CATEGORIES if c in summary["per_category"]
    ]
    return sum(values) / len(values) if values else 0.0


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--base", required=True, help="the base model dir")
    ap.add_argument(
        "--tuned",
        action="append",
        default=[],
        metavar="LABEL=DIR[+ADAPTER]",
        help="a fine-tuned model (repeatable)",
    )
    ap.add_argument("--no-base", action="store_true", help="skip the two base-model runs")
    ap.add_argument("--categories", default=",".join(CATEGORIES))
    ap.add_argument("--limit", type=int)
    ap.add_argument("--batch-size", type=int, default=128)
    ap.add_argument("--max-new-tokens", type=int, default=DEFAULT_MAX_NEW_TOKENS)
    ap.add_argument(
        "--static-cache",
        action="store_true",
        help="HF on a GPU: static KV cache + compiled decode step (about 2x faster)",
    )
    ap.add_argument("--out", default="reports/smollm2")
    ap.add_argument(
        "--append",
        action="store_true",
        help="keep the models already in OUT/report.json (runs split over several calls)",
    )
    ap.add_argument(
        "--constrained",
        action="store_true",
        help="also run each calls-format model with schema-constrained decoding",
    )
    ap.add_argument(
        "--constrained-only",
        action="store_true",
        help="only the constrained runs (implies --constrained; no chat-template run)",
    )
    return ap


def main(argv=None) -> None:
    args = parser().parse_args(argv)
    decodings = [False] * (not args.constrained_only) + [True] * (args.constrained or args.constrained_only)

    categories = [c for c in args.categories.split(",") if c]
    examples = load_examples(categories, args.limit)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    models, timings, fallbacks = {}, {}, {}
    if args.append and (out / report.JSON_FILE).exists():
        previous = json.loads((out / report.JSON_FILE).read_text())
        models.update(previous["models"])
        timings.update(previous["config"].get("generation_seconds", {}))
        fallbacks.update(previous["config"].get("constrained_fallbacks", {}))

    def record(label, scored, seconds):
        timings[label] = round(seconds, 1)
        models[label] = aggregate(categories, scored)
        if any("constrained" in row for row in scored):
            fallbacks[label] = constrained_fallbacks(scored)
        save_predictions(out, label, scored)
        config = {
            "base": args.base,
            "tuned": args.tuned,
            "categories": categories,
            "examples": len(examples),
            "batch_size": args.batch_size,
            "max_new_tokens": args.max_new_tokens,
            "generation_seconds": timings,
        }
        if fallbacks:
            config["constrained_fallbacks"] = fallbacks
        bases = [k for k in models if k.startswith("base")]
        if bases:
            config["base_best"] = max(bases, key=lambda k: ast_mean(models[k]))
        config["ast_mean"] = {k: round(100 * ast_mean(v), 2) for k, v in models.items()}
        ordered = {k: models[k] for k in sorted(models, key=lambda k: not k.startswith("base"))}
        report.write(report.build(ordered, config), out)  # rewritten after each model
        print(
            f"{label}: non-live AST {100 * ast_mean(models[label]):.2f}, "
            f"score {models[label]['overall']['score']}, {seconds:.0f}s",
            flush=True,
        )

    def run_calls_format(model, label, constrained):
        start = time.perf_counter()
        # the static cache's compiled decode step is for unconstrained decoding only
        scored = evaluate(
            model,
            examples,
            args.batch_size,
            args.max_new_tokens,
            constrained=constrained,
            static_cache=args.static_cache and not constrained,
        )
        record(f"{label} (constrained)" if constrained else label, scored, time.perf_counter() - start)

    for spec in args.tuned:
        label, _, path = spec.partition("=")
        base, _, adapter = path.partition("+")
        model = load_model(base, adapter or None, backend="hf")
        for constrained in decodings:
            run_calls_format(model, label, constrained)
        del model
    if not args.no_base:
        model = load_model(args.base, backend="hf")
        for constrained in decodings:
            run_calls_format(model, "base (calls format)", constrained)
        if not args.constrained_only:
            start = time.perf_counter()
            record(
                "base (chat template)",
                evaluate_chat(model, examples, args.batch_size, args.max_new_tokens),
                time.perf_counter() - start,
            )
    print(report.markdown(json.loads((out / report.JSON_FILE).read_text())))


if __name__ == "__main__":
    main()
