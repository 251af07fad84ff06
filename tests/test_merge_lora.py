"""Adapter export: `axolotl merge-lora` on the smoke adapter (CPU), and the merged model answers
exactly like base + adapter."""

import pytest
import torch

from conftest import AXOLOTL, run_cmd
from eval.datasets import load_examples
from eval.infer import load_model, predict_many, prompt_ids


@pytest.mark.slow
def test_merge_lora_gives_the_same_calls_as_base_plus_adapter(smoke_run, smoke_model, tmp_path):
    assert AXOLOTL, "no axolotl CLI next to the test interpreter or on PATH: pip install -e '.[test]'"
    merged_parent = tmp_path / "export"
    run_cmd(
        [
            AXOLOTL,
            "merge-lora",
            "recipes/smoke.yml",
            f"--lora-model-dir={smoke_run}",
            f"--output-dir={merged_parent}",
        ],
        tmp_path / "merge.log",
        timeout=300,
    )
    merged_dir = merged_parent / "merged"
    assert (merged_dir / "model.safetensors").exists() and (merged_dir / "tokenizer.json").exists()
    assert not (merged_dir / "adapter_config.json").exists()

    with_adapter = load_model(str(smoke_model), adapter=str(smoke_run), backend="hf")
    merged = load_model(str(merged_dir), backend="hf")
    examples = load_examples(["xlam_heldout", "simple_python", "parallel_multiple"], limit=1)
    requests = [(e["query"], e["tools"]) for e in examples]

    # same next-token distribution on every prompt, and the adapter really changes the base
    for query, tools in requests:
        ids = torch.tensor([prompt_ids(merged.tokenizer, query, tools)])
        with torch.inference_mode():
            a = with_adapter.hf_model(input_ids=ids).logits[0, -1]
            m = merged.hf_model(input_ids=ids).logits[0, -1]
            with with_adapter.hf_model.disable_adapter():
                base = with_adapter.hf_model(input_ids=ids).logits[0, -1]
        torch.testing.assert_close(m, a, atol=1e-4, rtol=1e-4)
        assert (base - a).abs().max() > 1e-2

    # same generated text and parsed calls (or the same parse error)
    ours = predict_many(with_adapter, requests, batch_size=3, max_new_tokens=16, progress=False)
    theirs = predict_many(merged, requests, batch_size=3, max_new_tokens=16, progress=False)
    assert [t for t, _ in ours] == [t for t, _ in theirs]
    assert [p.to_dict() for _, p in ours] == [p.to_dict() for _, p in theirs]
