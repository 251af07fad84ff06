"""speedups.lora_attention_rope: `liger_rope: true` reaches axolotl's rewritten LoRA attention forward.

Each case runs in a fresh interpreter: axolotl's and Liger's patches rewrite transformers' Llama
classes for the whole process."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = """
import json, sys, tempfile
from transformers import LlamaConfig, LlamaForCausalLM
from transformers.models.llama import modeling_llama
from axolotl.monkeypatch.lora_kernels import patch_self_attn_lora
from axolotl.utils.dict import DictDefault
from axolotl.integrations.base import load_plugin

mode = sys.argv[1]
config = LlamaConfig(hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
                     num_key_value_heads=2, vocab_size=128)
base = tempfile.mkdtemp()
config.save_pretrained(base)
patch_self_attn_lora(DictDefault({"base_model": base, "lora_qkv_kernel": True, "lora_o_kernel": True}))
if mode != "no-liger":  # what axolotl's Liger plugin does in its pre_model_load, after the rewrite
    from liger_kernel.transformers import apply_liger_kernel_to_llama
    apply_liger_kernel_to_llama(rope=True, rms_norm=False, swiglu=False, fused_linear_cross_entropy=False)
model = LlamaForCausalLM(config)

def rope_in_use():
    return modeling_llama.LlamaAttention.forward.__globals__["apply_rotary_pos_emb"]

before = rope_in_use() is modeling_llama.apply_rotary_pos_emb
plugin = load_plugin("speedups.plugin.LoraRopePlugin")
plugin.post_model_build(DictDefault({"liger_rope": mode != "liger-off"}), model)
print(json.dumps({
    "forward": modeling_llama.LlamaAttention.forward.__name__,
    "liger_before": before,
    "liger_after": rope_in_use() is modeling_llama.apply_rotary_pos_emb,
    "rope_module": getattr(rope_in_use(), "__module__", type(rope_in_use()).__module__),
}))
"""


def run(mode: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "AXOLOTL_DO_NOT_TRACK": "1", "HF_HUB_OFFLINE": "1"}
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300
    )
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_axolotl_rewritten_forward_misses_liger_rope_and_the_plugin_routes_it():
    routed = run("plugin")
    assert routed["forward"] == "axolotl_attn_forward"
    assert routed["liger_before"] is False  # the defect: Liger patched the module after the rewrite
    assert routed["liger_after"] is True and routed["rope_module"].startswith("liger_kernel")


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["no-liger", "liger-off"])
def test_plugin_changes_nothing_without_liger_rope(mode):
    result = run(mode)
    assert result["rope_module"].startswith("transformers") or result["rope_module"].startswith("kernels")
    assert result["liger_after"] is (mode == "no-liger")  # no Liger patch: module and forward agree
