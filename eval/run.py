"""One evaluation run: examples -> generations -> scores -> report files (+ predictions)."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from eval import report
from eval.datasets import load_examples
from eval.infer import DEFAULT_MAX_NEW_TOKENS, Model, load_model, predict_many
from eval.metrics import aggregate, score_example


def write_jsonl(path: str | Path, rows: list[dict]) -> None:
    # a lone surrogate (model output can decode to one) is written as its JSON escape \uXXXX
    with open(path, "w", encoding="utf-8", errors="backslashreplace") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def evaluate(
    model: Model,
    examples: list[dict],
    batch_size: int = 16,
    max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS,
    use_adapter: bool = True,
    progress: bool = True,
    static_cache: bool = False,
    constrained: bool = False,
    predictions: str | Path | None = None,
) -> list[dict]:
    """Per-example records: id, category, generated text, parse result, scores; with
    `constrained` (eval.constrained) also `constrained`: False where the request's schema
    could not be compiled and it was decoded unconstrained. With `predictions`, the records are
    written there (JSON lines) right after generation, before anything else can fail, and again
    once scored."""
    grammars = None
    if constrained:
        from eval.constrained import compile_grammars

        grammars = compile_grammars(model, [e["tools"] for e in examples], [e["id"] for e in examples])
    outputs = predict_many(
        model,
        [(e["query"], e["tools"]) for e in examples],
        batch_size,
        max_new_tokens,
        progress,
        use_adapter,
        static_cache,
        grammars,
    )
    records = [
        {
            "id": e["id"],
            "category": e["category"],
            "text": text,
            "parse": parsed.to_dict(),
            "expected": e["expected"],
        }
        for e, (text, parsed) in zip(examples, outputs)
    ]
    for record, grammar in zip(records, grammars or []):
        record["constrained"] = grammar is not None
    if predictions:
        write_jsonl(predictions, records)
    for record, e, (_, parsed) in zip(records, examples, outputs):
        record["scores"] = score_example(e, parsed)
    if predictions:
        write_jsonl(predictions, records)
    return records


def constrained_fallbacks(scored: list[dict]) -> int:
    """Requests of a constrained run that were decoded unconstrained (schema not compilable)."""
    return sum(1 for row in scored if row.get("constrained") is False)


def predictions_path(out: Path, label: str) -> Path:
    """predictions_<label>.jsonl, the label made file-name safe ("base (constrained)" ->
    predictions_base_constrained.jsonl)."""
    return out / f"predictions_{re.sub(r'[^A-Za-z0-9_.-]+', '_', label).strip('_')}.jsonl"


def save_predictions(out: Path, label: str, scored: list[dict]) -> None:
    write_jsonl(predictions_path(out, label), scored)


def run(
    base: str,
    adapter: str | None,
    categories: list[str],
    out_dir: str | Path,
    limit: int | None = None,
    heldout: str | Path = "data/xlam_sample/heldout.jsonl",
    batch_size: int = 16,
    max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS,
    backend: str = "auto",
    with_base: bool = True,
    progress: bool = True,
    static_cache: bool = False,
    constrained: bool = False,
) -> dict:
    """Evaluate base+adapter (and the base alone, side by side, when `with_base`) and write
    report.json, report.md, report.png and predictions_<label>.jsonl to out_dir.
    `constrained`: schema-constrained decoding (HF backend), models labelled "... (constrained)"."""
    examples = load_examples(categories, limit, heldout)
    if constrained and backend == "auto":
        backend = "hf"
    model = load_model(base, adapter, backend=backend)
    runs = (
        [("base", False)] if not adapter else ([("base", False)] if with_base else []) + [("adapter", True)]
    )
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    models, timings, fallbacks = {}, {}, {}
    for label, use_adapter in runs:
        label = f"{label} (constrained)" if constrained else label
        start = time.perf_counter()
        scored = evaluate(
            model,
            examples,
            batch_size,
            max_new_tokens,
            use_adapter,
            progress,
            static_cache,
            constrained,
            predictions=predictions_path(out, label),
        )
        timings[label] = round(time.perf_counter() - start, 2)
        models[label] = aggregate(categories, scored)
        if constrained:
            fallbacks[label] = constrained_fallbacks(scored)
    config = {
        "base": base,
        "adapter": adapter,
        "categories": categories,
        "limit": limit,
        "heldout": str(heldout),
        "examples": len(examples),
        "backend": model.backend,
        "device": model.device,
        "batch_size": batch_size,
        "max_new_tokens": max_new_tokens,
        "static_cache": static_cache,
        "constrained": constrained,
        "generation_seconds": timings,
    }
    if constrained:
        config["constrained_fallbacks"] = fallbacks
    result = report.build(models, config)
    report.write(result, out)
    return result
