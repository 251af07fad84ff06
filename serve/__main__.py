"""Serve a fine-tuned model over an OpenAI-compatible API.

    python -m serve --model meta-llama/Meta-Llama-3-8B-Instruct --adapter runs/xlam --port 8000
    python -m serve --model runs/xlam/merged --constrained

Prompts are built and answers parsed exactly as in training and eval (`eval.infer`); concurrent
requests are generated in batches (`serve.batcher`).
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import sys
from pathlib import Path

from eval.infer import DEFAULT_MAX_NEW_TOKENS, load_model

PROG = "python -m serve"


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", required=True, help="base model dir or hub id, or a merged model")
    parser.add_argument("--adapter", help="LoRA adapter dir (a training output_dir)")
    parser.add_argument(
        "--constrained",
        action="store_true",
        help="force every answer to valid calls of the request's tools (JSON Schema grammar; xgrammar)",
    )
    parser.add_argument("--host", default="127.0.0.1", help="0.0.0.0 to listen on every interface")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--max-batch", type=int, default=8, help="most requests generated in one batch")
    parser.add_argument(
        "--batch-wait-ms", type=float, default=10.0, help="how long a batch waits for more requests"
    )
    parser.add_argument(
        "--max-tokens",
        type=int,
        default=DEFAULT_MAX_NEW_TOKENS,
        help="max_tokens of a request without one, and the most a request may ask for",
    )
    parser.add_argument("--served-model-name", help="the model id clients send (default: the folder name)")
    args = parser.parse_args(argv)
    if args.max_batch < 1 or args.max_tokens < 1 or args.batch_wait_ms < 0:
        parser.error("--max-batch and --max-tokens must be >= 1, --batch-wait-ms >= 0")
    if args.constrained and importlib.util.find_spec("xgrammar") is None:
        parser.error("--constrained needs xgrammar: pip install xgrammar==0.2.8 (or leave --constrained out)")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    import uvicorn

    from serve.app import create_app
    from serve.batcher import Batcher

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    log = logging.getLogger("serve")
    name = args.served_model_name or Path(args.adapter or args.model).name
    log.info("loading %s%s ...", args.model, f" + adapter {args.adapter}" if args.adapter else "")
    try:
        model = load_model(args.model, args.adapter, backend="hf" if args.constrained else "auto")
    except FileNotFoundError as exc:  # a missing model or adapter: one line, no traceback
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    batcher = Batcher(model, args.max_batch, args.batch_wait_ms / 1000, args.constrained)
    log.info(
        "serving %r (%s backend, constrained decoding %s, batches of up to %d) at http://%s:%d/v1",
        name,
        model.backend,
        "on" if args.constrained else "off",
        args.max_batch,
        args.host,
        args.port,
    )
    try:
        uvicorn.run(create_app(batcher, name, args.max_tokens), host=args.host, port=args.port)
    finally:
        batcher.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
