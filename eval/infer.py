"""Function-calling inference with a fine-tuned model: prompt exactly as in training, generate
greedily in batches, parse the calls.

    from eval.infer import load_model, predict
    model = load_model("meta-llama/Meta-Llama-3-8B-Instruct",
                       adapter="/mnt/data/output/llama-3-8b-function-calling")
    predict(model, "Weather in Oslo?", tools)   # -> ParseResult(calls=[{"name", "arguments"}], ...)
    predict_message(model, "Weather in Oslo?", tools)   # -> (OpenAI assistant message, finish_reason)

    python -m eval.infer --base .cache/smollm2-135m --adapter outputs/smoke \\
        --query "Weather in Oslo?" \\
        --tools '[{"name": "get_weather", "parameters": {"city": {"type": "str"}}}]'

`base` is a model dir or hub id (a merged model works as a base with no adapter). Tools may be
XLAM (`{"name","description","parameters":{p:{"type":"str",...}}}`) or OpenAI / JSON-Schema style
(`{"type":"function","function":{"name",...,"parameters":{"type":"object","properties":...}}}`),
converted to XLAM because that is what the model was trained on. With vLLM importable and a GPU,
`backend="auto"` uses vLLM; otherwise HF transformers with left-padded batches sorted by length.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from eval.bfcl import functions_to_xlam_tools
from eval.openai_format import assistant_message
from eval.parse import ParseResult, parse_calls
from prompt_strategies.render import CALLS_CLOSE, STRICT_JSON, is_valid_unicode
from prompt_strategies.xlam import IGNORE_INDEX, tokenize_xlam
from prompt_strategies.xlam_types import is_json_schema

DEFAULT_MAX_NEW_TOKENS = 512  # holds the longest BFCL answer with margin (tests/test_constrained_bounds.py)


def to_xlam_tools(tools: list[dict]) -> list[dict]:
    """XLAM tools pass through; OpenAI / JSON-Schema tools are converted to XLAM."""
    out = []
    for tool in tools:
        if not isinstance(tool, dict):
            raise ValueError(f"a tool must be an object, got {tool!r:.80}")
        openai = isinstance(tool.get("function"), dict)  # {"type": "function", "function": {...}}
        if openai:
            tool = tool["function"]
        if "name" not in tool:
            raise ValueError(f"tool without a 'name': {json.dumps(tool)[:120]}")
        params = tool.get("parameters") or {}
        if not isinstance(params, dict):
            raise ValueError(
                f"tool {tool['name']!r}: 'parameters' must be an object (XLAM "
                f'{{param: {{"type": ...}}}} or JSON Schema), got {type(params).__name__}'
            )
        if openai or is_json_schema(params):
            properties = {k: _first_type(v) for k, v in (params.get("properties") or {}).items()}
            out += functions_to_xlam_tools([{**tool, "parameters": {**params, "properties": properties}}])
        else:
            out.append(tool)
    return out


def _first_type(spec):
    """JSON Schema allows "type": ["string", "null"]; XLAM has one type (plus ', optional')."""
    if isinstance(spec, dict) and isinstance(spec.get("type"), list):
        types = [t for t in spec["type"] if t != "null"] or ["any"]
        return {**spec, "type": types[0]}
    return spec


def prompt_ids(tokenizer, query: str, tools: list[dict]) -> list[int]:
    """BOS + rendered prompt, exactly the tokens training puts before `<calls>` (taken from
    the training tokenizer: the masked part of a row with no answers)."""
    row = tokenize_xlam(tokenizer, query, tools, [], train_on_inputs=False)
    return [t for t, label in zip(row["input_ids"], row["labels"]) if label == IGNORE_INDEX]


@dataclass
class Model:
    tokenizer: object
    hf_model: object = None
    vllm: object = None
    lora_request: object = None
    device: str = "cpu"
    stop_ids: list[int] = field(default_factory=list)

    @property
    def backend(self) -> str:
        return "vllm" if self.vllm is not None else "hf"


def _load_tokenizer(base: str, adapter: str | None):
    from transformers import AutoTokenizer

    source = adapter if adapter and (Path(adapter) / "tokenizer_config.json").exists() else base
    tokenizer = AutoTokenizer.from_pretrained(source)
    tokenizer.padding_side = "left"
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def _check_base(base: str) -> None:
    """A one-line FileNotFoundError when `base` is neither a model directory nor a loadable hub id."""
    from huggingface_hub import constants
    from transformers import AutoConfig

    fix = "pass a model directory (a Hugging Face checkpoint or a merged model)"
    if Path(base).exists():
        if not (Path(base) / "config.json").is_file():
            raise FileNotFoundError(f"base model {base}: no config.json in it; {fix} or a hub id")
        return
    if base.startswith(("/", ".", "~")) or base.count("/") > 1:  # a path, not a hub id
        raise FileNotFoundError(f"base model {base}: no such directory; {fix} or a hub id")
    try:
        AutoConfig.from_pretrained(base)
    except (OSError, ValueError) as exc:
        why = (
            "is not in the local Hugging Face cache and HF_HUB_OFFLINE=1"
            if constants.HF_HUB_OFFLINE
            else f"could not be loaded ({(str(exc).splitlines() or [type(exc).__name__])[0][:100]})"
        )
        raise FileNotFoundError(
            f"base model {base}: no such directory, and the hub model {why}; "
            f"download it first (hf download {base}) or {fix}"
        ) from None


def _vllm_available() -> bool:
    import importlib.util

    import torch

    return importlib.util.find_spec("vllm") is not None and torch.cuda.is_available()


def load_model(
    base: str,
    adapter: str | None = None,
    backend: str = "auto",
    device: str | None = None,
    dtype: str | None = None,
) -> Model:
    """Base model (+ LoRA adapter dir). backend: auto | hf | vllm."""
    import torch

    if adapter and not (Path(adapter) / "adapter_config.json").exists():
        missing = "no adapter_config.json" if Path(adapter).is_dir() else "no such directory"
        raise FileNotFoundError(
            f"adapter {adapter}: {missing}; pass the training output_dir "
            "holding the LoRA adapter, or a merged model as --base without --adapter"
        )
    _check_base(base)
    tokenizer = _load_tokenizer(base, adapter)
    stop_ids = [tokenizer.eos_token_id]
    if backend == "vllm" or (backend == "auto" and _vllm_available()):
        from vllm import LLM
        from vllm.lora.request import LoRARequest

        llm = LLM(
            model=base,
            tokenizer=base,
            enable_lora=adapter is not None,
            dtype=dtype or "auto",
            max_lora_rank=256,
        )
        lora = LoRARequest("adapter", 1, str(Path(adapter).resolve())) if adapter else None
        return Model(tokenizer, vllm=llm, lora_request=lora, device="cuda", stop_ids=stop_ids)

    from transformers import AutoModelForCausalLM

    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    torch_dtype = getattr(torch, dtype) if dtype else (torch.bfloat16 if device == "cuda" else torch.float32)
    model = AutoModelForCausalLM.from_pretrained(base, dtype=torch_dtype)
    if adapter:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, adapter)
    model.to(device).eval()
    return Model(tokenizer, hf_model=model, device=device, stop_ids=stop_ids)


def _fixed_shape_batches(model: Model, prompts: list[list[int]], order: list[int], batch_size: int):
    """Every batch padded to one shape (all prompts to the longest, rounded up to 64; the last
    batch filled with repeats) so a static KV cache and its compiled decode step are reused."""
    width = -(-max(len(p) for p in prompts) // 64) * 64
    for start in range(0, len(order), batch_size):
        idx = order[start : start + batch_size]
        rows = [prompts[i] for i in idx] + [prompts[idx[-1]]] * (batch_size - len(idx))
        yield (
            idx,
            model.tokenizer.pad(
                {"input_ids": rows}, padding="max_length", max_length=width, return_tensors="pt"
            ),
        )


def generate(
    model: Model,
    prompts: list[list[int]],
    batch_size: int = 16,
    max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS,
    progress: bool = True,
    use_adapter: bool = True,
    static_cache: bool = False,
    grammars: list | None = None,
) -> list[str]:
    """Greedy completions (decoded text, special tokens dropped) for token-id prompts.
    `use_adapter=False` runs the base model of a model loaded with an adapter.
    `grammars` (HF backend): one compiled grammar per prompt, None = unconstrained
    (`eval.constrained.compile_grammars`).
    `static_cache=True` (HF on a GPU): a static KV cache, which transformers compiles with
    CUDA graphs; one compile, then decode steps cost a fraction of the eager ones."""
    from contextlib import nullcontext

    from tqdm.auto import tqdm

    if model.backend == "vllm":
        from vllm import SamplingParams

        if grammars is not None:
            raise ValueError("constrained decoding runs on the HF transformers backend; pass --backend hf")
        params = SamplingParams(
            temperature=0.0,
            max_tokens=max_new_tokens,
            stop=[CALLS_CLOSE],
            include_stop_str_in_output=True,
            stop_token_ids=model.stop_ids,
        )
        outputs = model.vllm.generate(
            [{"prompt_token_ids": p} for p in prompts],
            params,
            lora_request=model.lora_request if use_adapter else None,
            use_tqdm=progress,
        )
        return [o.outputs[0].text for o in outputs]

    import torch

    # longest first: similar lengths share a batch (little padding) and OOM shows up at once
    order = sorted(range(len(prompts)), key=lambda i: -len(prompts[i]))
    texts: list[str] = [""] * len(prompts)
    if not prompts:
        return texts
    if static_cache:
        batches = _fixed_shape_batches(model, prompts, order, batch_size)
        extra = {"cache_implementation": "static"}
    else:
        batches = (
            (
                order[s : s + batch_size],
                model.tokenizer.pad(
                    {"input_ids": [prompts[i] for i in order[s : s + batch_size]]}, return_tensors="pt"
                ),
            )
            for s in range(0, len(order), batch_size)
        )
        extra = {}
    bar = tqdm(total=len(prompts), desc="generating", unit="ex", disable=not progress)
    for idx, batch in batches:
        batch = {k: v.to(model.device) for k, v in batch.items()}
        adapter_off = (
            model.hf_model.disable_adapter()
            if not use_adapter and hasattr(model.hf_model, "disable_adapter")
            else nullcontext()
        )
        # no stop_strings: transformers' stop-string check costs ~50% per step on a GPU; the
        # model ends with EOS after </calls>, and the parser ignores anything after it
        if grammars is not None:
            from eval.constrained import batch_logits_processor

            extra["logits_processor"] = batch_logits_processor(
                model, grammars, idx, len(batch["input_ids"]), max_new_tokens
            )
        with torch.inference_mode(), adapter_off:
            out = model.hf_model.generate(
                **batch,
                do_sample=False,
                max_new_tokens=max_new_tokens,
                eos_token_id=model.stop_ids,
                pad_token_id=model.tokenizer.pad_token_id,
                **extra,
            )
        new_tokens = out[: len(idx), batch["input_ids"].shape[1] :]
        for i, text in zip(idx, model.tokenizer.batch_decode(new_tokens, skip_special_tokens=True)):
            texts[i] = text
        bar.update(len(idx))
    bar.close()
    return texts


def predict_many(
    model: Model,
    requests: list[tuple[str, list[dict]]],
    batch_size: int = 16,
    max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS,
    progress: bool = True,
    use_adapter: bool = True,
    static_cache: bool = False,
    grammars: list | None = None,
) -> list[tuple[str, ParseResult]]:
    """(raw text, parsed calls) for each (query, tools); `grammars`: see `generate`."""
    prompts = [prompt_ids(model.tokenizer, q, to_xlam_tools(t)) for q, t in requests]
    texts = generate(
        model, prompts, batch_size, max_new_tokens, progress, use_adapter, static_cache, grammars
    )
    return [(text, parse_calls(text)) for text in texts]


def _predict_one(model: Model, query: str, tools: list[dict], constrained: bool, **kwargs):
    if constrained:
        from eval.constrained import compile_grammars

        kwargs["grammars"] = compile_grammars(model, [tools])
    return predict_many(model, [(query, tools)], progress=False, **kwargs)[0]


def predict(model: Model, query: str, tools: list[dict], constrained: bool = False, **kwargs) -> ParseResult:
    """`constrained`: output forced to `<calls>[calls of these tools]</calls>` (eval.constrained)."""
    return _predict_one(model, query, tools, constrained, **kwargs)[1]


def predict_message(
    model: Model,
    query: str,
    tools: list[dict],
    tool_choice: str = "auto",
    constrained: bool = False,
    **kwargs,
) -> tuple[dict, str]:
    """The answer as an OpenAI chat-completion assistant message and its finish_reason
    (`eval.openai_format.assistant_message`)."""
    text, parsed = _predict_one(model, query, tools, constrained, **kwargs)
    return assistant_message(parsed.calls, text, tool_choice)


def _read_tools(value: str) -> list[dict]:
    """--tools (JSON text or a file) -> tools, checked; ValueError says what is wrong."""
    if value.lstrip()[:1] not in ("[", "{") and not Path(value).is_file():
        raise ValueError(f"{value!r} is neither JSON text nor an existing file")
    text = value if value.lstrip()[:1] in ("[", "{") else Path(value).read_text(encoding="utf-8")
    try:
        tools = STRICT_JSON.decode(text)
    except ValueError as exc:
        raise ValueError(
            f"not a JSON file or JSON text ({exc}); give a path or '[{{\"name\": ...}}]'"
        ) from exc
    if not is_valid_unicode(tools):
        raise ValueError("a string holds a lone surrogate (e.g. \\ud83d), which is not valid Unicode")
    tools = tools if isinstance(tools, list) else [tools]
    to_xlam_tools(tools)  # validates every tool before a model is loaded
    return tools


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.infer", description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="base (or merged) model dir or hub id")
    parser.add_argument("--adapter", help="LoRA adapter dir (a training output_dir)")
    parser.add_argument("--query", required=True)
    parser.add_argument("--tools", required=True, help="JSON file or JSON text: XLAM or OpenAI-style tools")
    parser.add_argument("--backend", default="auto", choices=["auto", "hf", "vllm"])
    parser.add_argument("--max-new-tokens", type=int, default=DEFAULT_MAX_NEW_TOKENS)
    parser.add_argument("--raw", action="store_true", help="also print the generated text")
    parser.add_argument(
        "--openai",
        action="store_true",
        help="print the answer as an OpenAI chat-completion choice (message with tool_calls, finish_reason)",
    )
    parser.add_argument(
        "--constrained",
        action="store_true",
        help="force the output to calls of the given tools (JSON Schema grammar; HF backend)",
    )
    args = parser.parse_args(argv)
    if not args.query.strip():
        parser.error('--query is empty; give the user request, e.g. --query "What\'s the weather in Oslo?"')
    if not is_valid_unicode(args.query):
        parser.error("--query is not valid UTF-8 text; fix its encoding")
    if args.constrained and args.backend == "vllm":
        parser.error("--constrained runs on the HF transformers backend; use --backend hf (or auto)")
    try:
        tools = _read_tools(args.tools)
    except ValueError as exc:  # exits 2, like every other usage error
        parser.error(f"--tools: {exc}; fix the tools JSON (XLAM or OpenAI-style tool objects)")
    try:
        model = load_model(
            args.base,
            args.adapter,
            backend="hf" if args.constrained and args.backend == "auto" else args.backend,
        )
    except FileNotFoundError as exc:  # a missing model or adapter: one line, no traceback
        print(f"{parser.prog}: error: {exc}", file=sys.stderr)
        return 2
    grammars = None
    if args.constrained:
        from eval.constrained import compile_grammars

        grammars = compile_grammars(model, [tools])
    ((text, parsed),) = predict_many(
        model, [(args.query, tools)], max_new_tokens=args.max_new_tokens, progress=False, grammars=grammars
    )
    out = parsed.to_dict()
    if args.openai:
        message, finish_reason = assistant_message(parsed.calls, text)
        out = {"message": message, "finish_reason": finish_reason}
    if args.raw:
        out["text"] = text
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0 if parsed.ok else 1


if __name__ == "__main__":
    sys.exit(main())
