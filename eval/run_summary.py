"""Print a short summary of a finished axolotl run: steps, loss first -> last, where the adapter is,
how many rows were really trained on, and (with --query/--tools) what the tuned model answers.

    python -m eval.run_summary outputs/smoke
    python -m eval.run_summary outputs/smoke --query "Weather in Oslo?" --tools '[{"name": ...}]'
"""

import argparse
import glob
import json
import logging
import os
import sys
import warnings


def trainer_state(output_dir: str) -> dict:
    """The newest checkpoint's trainer_state.json (axolotl/HF write one per checkpoint)."""
    states = glob.glob(os.path.join(output_dir, "checkpoint-*", "trainer_state.json"))
    if not states:
        sys.exit(f"no checkpoint-*/trainer_state.json under {output_dir}: did training save a checkpoint?")
    newest = max(states, key=lambda p: int(p.split("checkpoint-")[-1].split(os.sep)[0]))
    with open(newest, encoding="utf-8") as f:
        return json.load(f)


def losses(state: dict) -> list[tuple[int, float]]:
    return [(e["step"], float(e["loss"])) for e in state["log_history"] if "loss" in e]


def data_line(report: dict, report_path: str) -> str:
    """Rows in -> rows trained on. `rows_tokenized` still holds rows longer than sequence_len, which
    axolotl drops after the plugin has tokenized them (excess_length_strategy: drop, its default)."""
    rejected = sum(report["dropped"].values())
    too_long = report.get("longer_than_sequence_len", 0)
    return (
        f"data:     {report['rows_tokenized'] - too_long}/{report['rows_in']} rows trained on: "
        f"{rejected} failed the row checks, {too_long} longer than sequence_len "
        f"{report.get('sequence_len')} ({report_path})"
    )


def summarize(output_dir: str) -> str:
    state = trainer_state(output_dir)
    curve = losses(state)
    adapter = os.path.join(output_dir, "adapter_model.safetensors")
    lines = [
        f"run:      {output_dir}",
        f"steps:    {state['global_step']} / {state['max_steps']}",
        f"loss:     {curve[0][1]:.4f} (step {curve[0][0]}) -> {curve[-1][1]:.4f} (step {curve[-1][0]})"
        if curve
        else "loss:     (no loss logged)",
        f"adapter:  {adapter if os.path.exists(adapter) else 'MISSING: ' + adapter}",
    ]
    report_path = os.path.join(output_dir, "xlam_data_report.json")
    if os.path.exists(report_path):
        with open(report_path, encoding="utf-8") as f:
            lines.append(data_line(json.load(f), report_path))
    return "\n".join(lines)


class DropMessages(logging.Filter):
    """Drops a logger's records whose message contains one of the given phrases; keeps the rest."""

    def __init__(self, *phrases: str):
        super().__init__()
        self.phrases = phrases

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not any(p in message for p in self.phrases)


# Known-harmless messages of the CPU stack, silenced by name and phrase (everything else still shows):
# torchao's CUDA-only kernels (sm90a, mxfp8) do not load without CUDA; torch deprecates the
# register_constant() on Enums that torchao calls; the SmolLM2 tokenizer's BPE clean-up notice; on a CPU
# with AVX512-BF16, bitsandbytes' failed hub fetch of a 4-bit matmul kernel (offline it keeps its own).
KNOWN_HARMLESS = {
    "torchao": ("Failed to load", "Skipping import of cpp extensions"),
    "bitsandbytes.backends.cpu.ops": ("Failed to load CPU gemm_4bit_forward from kernels-community",),
    "torch.utils._pytree": ("Calling register_constant() on Enum subclasses is deprecated",),
    "transformers.tokenization_utils_tokenizers": ("Ignoring clean_up_tokenization_spaces",),
}


def quiet_known_harmless() -> None:
    for name, phrases in KNOWN_HARMLESS.items():
        logging.getLogger(name).addFilter(DropMessages(*phrases))
    warnings.filterwarnings("ignore", message="Skipping publisher trust check for 'kernels-community/")


def example_call(output_dir: str, query: str, tools: list[dict]) -> str:
    """The tuned model's calls for one request, as `python -m eval.infer` prints them."""
    quiet_known_harmless()
    from transformers.utils.logging import disable_progress_bar

    from eval.infer import load_model, predict

    disable_progress_bar()  # a 272-tensor loading bar would garble the summary

    with open(os.path.join(output_dir, "adapter_config.json"), encoding="utf-8") as f:
        base = json.load(f)["base_model_name_or_path"]
    model = load_model(base, adapter=output_dir, backend="hf")
    result = predict(model, query, tools, max_new_tokens=96)
    answer = json.dumps(result.calls) if result.ok else f"no valid call ({result.error}: {result.detail})"
    return f"example:  {query!r} -> {answer}"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("output_dir", nargs="?", default="outputs/smoke")
    ap.add_argument("--query", help="also show the tuned model's calls for this request (needs --tools)")
    ap.add_argument("--tools", help="tools JSON for --query (XLAM or OpenAI-style)")
    args = ap.parse_args(argv)
    if bool(args.query) != bool(args.tools):
        ap.error("--query and --tools go together")
    tools = None
    if args.tools:
        try:
            tools = json.loads(args.tools)
        except json.JSONDecodeError as exc:
            ap.error(f'--tools is not JSON ({exc}); give \'[{{"name": ..., "parameters": ...}}]\'')
    print(summarize(args.output_dir), flush=True)
    if args.query:
        print(example_call(args.output_dir, args.query, tools if isinstance(tools, list) else [tools]))


if __name__ == "__main__":
    main()
