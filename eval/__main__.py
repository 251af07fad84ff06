"""`python -m eval` / `xlam-eval`: evaluate a base model and/or LoRA adapter on the held-out XLAM
split and BFCL categories; writes report.json, report.md, report.png (+ predictions_*.jsonl)."""

from __future__ import annotations

import argparse
import sys

from eval.datasets import ALL_CATEGORIES, DEFAULT_HELDOUT
from eval.infer import DEFAULT_MAX_NEW_TOKENS


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="xlam-eval",
        description="Evaluate a base model and/or a LoRA adapter on the held-out "
        "XLAM split and BFCL categories; writes report.json, report.md, report.png and "
        "predictions_<label>.jsonl to --out.",
    )
    p.add_argument("--base", required=True, help="base (or merged) model dir or hub id")
    p.add_argument(
        "--adapter",
        help="LoRA adapter dir (a training output_dir); base and adapter "
        "are reported side by side unless --no-base",
    )
    p.add_argument("--no-base", action="store_true", help="with --adapter: skip the base-model run")
    p.add_argument(
        "--categories",
        default=",".join(ALL_CATEGORIES),
        help=f"comma-separated subset of: {', '.join(ALL_CATEGORIES)} (default: all)",
    )
    p.add_argument("--limit", type=int, help="at most N examples per category (quick runs)")
    p.add_argument("--heldout", default=DEFAULT_HELDOUT, help="XLAM-format JSONL for xlam_heldout")
    p.add_argument("--out", default="outputs/eval", help="report directory")
    p.add_argument(
        "--batch-size", type=int, help="examples per generate call (default: 128 on a GPU, 8 on CPU)"
    )
    p.add_argument("--max-new-tokens", type=int, default=DEFAULT_MAX_NEW_TOKENS)
    p.add_argument(
        "--backend",
        default="auto",
        choices=["auto", "hf", "vllm"],
        help="auto: vLLM when importable and a GPU is present, else HF transformers",
    )
    p.add_argument(
        "--static-cache",
        action="store_true",
        help="HF on a GPU: static KV cache + compiled decode step (one compile, "
        "then several times faster per token)",
    )
    p.add_argument(
        "--constrained",
        action="store_true",
        help="schema-constrained decoding: output forced to <calls>[calls of the request's "
        "tools]</calls> (HF backend; models labelled '... (constrained)')",
    )
    return p.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    from eval.report import markdown
    from eval.run import run

    categories = [c.strip() for c in args.categories.split(",") if c.strip()]
    if args.batch_size is None:
        import torch

        args.batch_size = 128 if torch.cuda.is_available() else 8
    try:
        result = run(
            args.base,
            args.adapter,
            categories,
            args.out,
            limit=args.limit,
            heldout=args.heldout,
            batch_size=args.batch_size,
            max_new_tokens=args.max_new_tokens,
            backend=args.backend,
            with_base=not args.no_base,
            static_cache=args.static_cache,
            constrained=args.constrained,
        )
    except (ValueError, FileNotFoundError) as exc:
        print(f"xlam-eval: error: {exc}", file=sys.stderr)
        return 2
    print(markdown(result))
    print(f"report: {args.out}/report.json, report.md, report.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
