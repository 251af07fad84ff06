"""Print a short summary of a finished axolotl run: steps, loss first -> last, where the adapter is,
and the XLAM data report.

    python scripts/summarize_run.py outputs/smoke
"""

import glob
import json
import os
import sys


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


def summarize(output_dir: str) -> str:
    state = trainer_state(output_dir)
    curve = losses(state)
    adapter = os.path.join(output_dir, "adapter_model.safetensors")
    lines = [
        f"run:      {output_dir}",
        f"steps:    {state['global_step']} / {state['max_steps']}",
        f"loss:     {curve[0][1]:.4f} (step {curve[0][0]}) -> {curve[-1][1]:.4f} (step {curve[-1][0]})"
        if curve else "loss:     (no loss logged)",
        f"adapter:  {adapter if os.path.exists(adapter) else 'MISSING: ' + adapter}",
    ]
    report_path = os.path.join(output_dir, "xlam_data_report.json")
    if os.path.exists(report_path):
        with open(report_path, encoding="utf-8") as f:
            report = json.load(f)
        dropped = sum(report["dropped"].values())
        lines.append(f"data:     {report['rows_tokenized']}/{report['rows_in']} rows tokenized, "
                     f"{dropped} dropped ({report_path})")
    return "\n".join(lines)


if __name__ == "__main__":
    print(summarize(sys.argv[1] if len(sys.argv) > 1 else "outputs/smoke"))
