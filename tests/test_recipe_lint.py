"""The recipe lint (`python -m recipe_lint` / `xlam-check`): the table on a good recipe,
and one test per failure mode on a copy of recipes/xlam.yml with one thing broken."""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lint_helpers import ORIGINAL, edited, from_repo_root, only, problems_of  # noqa: F401 - fixture

from conftest import ROOT, run_env
from recipe_lint.cli import format_table, main
from recipe_lint.report import lint


def test_seed_recipe_table_and_no_problems():
    report = lint(ROOT / "recipes" / "xlam.yml", world_size=16)
    rows = dict(report.rows)
    assert report.problems == []
    assert rows["global batch"] == "512 = micro 4 x accum 8 x world size 16"
    assert rows["tokens / step"].startswith("<= 524,288 ")
    assert rows["steps / epoch"].startswith("106 (54,000 train rows of 60,000")  # ceil(54000 / 512)
    assert "XLAM-60k's size" in rows["steps / epoch"]  # the hub dataset is not counted, and it says so
    assert rows["scaling"] == "DDP (no DeepSpeed / FSDP)"
    assert rows["axolotl validation"].startswith("ok")
    # the original recipe's 1000 steps were 0.6 epochs on 1 GPU; on 16 GPUs they are 9.4: flagged, not failed
    assert len(report.warnings) == 1 and "max_steps ~63" in report.warnings[0]
    assert lint(ROOT / "recipes" / "xlam.yml", world_size=1, validate=False).warnings == []


def test_unknown_top_level_key_with_line_and_suggestion():
    text = edited("learning_rate: 1.0e-4", "learning_rte: 1.0e-4")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if row.startswith("learning_rte"))
    problem = only(
        problems_of(text),
        "unknown recipe key `learning_rte`",
        f"xlam.yml:{line}",
        "did you mean `learning_rate`?",
    )
    assert "ignores it silently" in problem


def test_unknown_dataset_key():
    text = edited(
        "    type: prompt_strategies.xlam\n", "    type: prompt_strategies.xlam\n    spilt: train\n"
    )
    only(problems_of(text), "unknown dataset key `spilt`", "datasets[0].spilt", "did you mean `split`?")


def test_plugin_keys_need_the_plugin_listed():
    text = edited("plugins:\n  - prompt_strategies.plugin.XlamPlugin\n", "")
    problems = problems_of(text)
    assert {re.search(r"`(\w+)`", p).group(1) for p in problems} == {
        "xlam_schema_violations",
        "xlam_report_dir",
    }
    assert all("list the plugin under `plugins:`" in p for p in problems)


def test_plugin_that_does_not_import():
    text = edited("  - prompt_strategies.plugin.XlamPlugin", "  - prompt_strategies.plugin.NoSuchPlugin")
    assert any("plugin 'prompt_strategies.plugin.NoSuchPlugin' does not load" in p for p in problems_of(text))


def test_strategy_type_that_does_not_import():
    text = edited("type: prompt_strategies.xlam", "type: prompt_strategies.xlma")
    only(problems_of(text), "dataset type `prompt_strategies.xlma` does not import", "datasets[0].type")


def test_builtin_strategy_types_resolve():
    for type_ in ("alpaca", "chat_template", "completion"):
        assert problems_of(edited("type: prompt_strategies.xlam", f"type: {type_}")) == []


def test_deepspeed_file_missing():
    text = edited("\ndeepspeed:\n", "\ndeepspeed: recipes/launchers/zero4.json\n")
    only(problems_of(text), "DeepSpeed config recipes/launchers/zero4.json not found", "(deepspeed)")


def test_deepspeed_relative_to_another_directory_says_where_to_launch(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    text = edited("\ndeepspeed:\n", "\ndeepspeed: recipes/launchers/zero2.json\n")
    only(problems_of(text), "not found", f"launch from {ROOT}")


@pytest.mark.parametrize("launcher", ["zero1.json", "zero2.json"])
def test_deepspeed_selected_by_one_line(launcher):
    text = edited("\ndeepspeed:\n", f"\ndeepspeed: recipes/launchers/{launcher}\n")
    report = lint(ROOT / "recipes" / "xlam.yml", 16, text=text, validate=False)
    assert report.problems == []
    assert dict(report.rows)["scaling"] == (
        f"DeepSpeed ZeRO-{launcher[4]}: recipes/launchers/{launcher} (exists, parses)"
    )


@pytest.mark.parametrize(
    "key, value, recipe_side",
    [
        ("train_micro_batch_size_per_gpu", 8, "micro_batch_size"),
        ("gradient_accumulation_steps", 4, "gradient_accumulation_steps"),
        ("train_batch_size", 32, "world size 16"),  # 4 x 8 x 16 = 512, not 32
    ],
)
def test_deepspeed_batch_mismatch(tmp_path, key, value, recipe_side):
    ds = json.loads((ROOT / "recipes/launchers/zero2.json").read_text())
    ds[key] = value
    path = tmp_path / "ds.json"
    path.write_text(json.dumps(ds))
    text = edited("\ndeepspeed:\n", f"\ndeepspeed: {path}\n")
    only(problems_of(text), f"sets {key}={value}", recipe_side, '"auto"')


def test_deepspeed_precision_mismatch():
    # zero3_bf16.json is for bf16 recipes; the original recipe trains in fp16
    text = edited("\ndeepspeed:\n", "\ndeepspeed: recipes/launchers/zero3_bf16.json\n")
    problems = problems_of(text)
    assert len(problems) == 2
    assert "fp16.enabled=False" in problems[0] and "bf16.enabled=True" in problems[1]


def test_deepspeed_json_that_does_not_parse_or_has_bad_zero_keys(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"zero_optimization": {"stage": 2,}}')
    only(problems_of(edited("\ndeepspeed:\n", f"\ndeepspeed: {bad}\n")), "is not valid JSON")
    typo = tmp_path / "typo.json"
    typo.write_text('{"zero_optimization": {"stage": 2, "overlap_com": true}}')
    only(
        problems_of(edited("\ndeepspeed:\n", f"\ndeepspeed: {typo}\n")),
        "rejected by DeepSpeed",
        "overlap_com",
    )


def test_deepspeed_and_fsdp_together():
    fsdp = (ROOT / "recipes/launchers/fsdp2.yml").read_text()
    text = edited("\ndeepspeed:\n", "\ndeepspeed: recipes/launchers/zero2.json\n") + fsdp
    assert any("both `deepspeed` and `fsdp_config`" in p for p in problems_of(text))


def test_fsdp2_block_selected():
    text = ORIGINAL + (ROOT / "recipes/launchers/fsdp2.yml").read_text()
    report = lint(ROOT / "recipes" / "xlam.yml", 16, text=text)
    assert report.problems == []
    assert dict(report.rows)["scaling"] == "FSDP2 (fsdp_config block in the recipe)"


def test_qlora_sharding_warns_about_quant_storage_dtype():
    fsdp = (ROOT / "recipes/launchers/fsdp2.yml").read_text()
    report = lint(ROOT / "recipes" / "xlam.yml", 1, text=ORIGINAL + fsdp, validate=False)
    assert report.ok and report.warnings == [
        "QLoRA sharded with FSDP/ZeRO-3 stores 4-bit weights as bfloat16 but trains in float16: "
        "set bnb_config_kwargs.bnb_4bit_quant_storage: float16 (or train in bf16)"
    ]
    matched = edited(
        "  bnb_4bit_compute_dtype: float16\n",
        "  bnb_4bit_compute_dtype: float16\n  bnb_4bit_quant_storage: float16\n",
    )
    assert lint(ROOT / "recipes" / "xlam.yml", 1, text=matched + fsdp, validate=False).warnings == []
    ddp = lint(ROOT / "recipes" / "xlam.yml", 1, text=ORIGINAL, validate=False)
    assert ddp.warnings == []  # DDP / ZeRO-1/2 keep whole weights per GPU: nothing to match


def test_axolotl_validation_failure_is_reported():
    # axolotl rejects cpu_ram_efficient_loading with 4-bit weights under FSDP2
    fsdp = (
        (ROOT / "recipes/launchers/fsdp2.yml")
        .read_text()
        .replace("cpu_ram_efficient_loading: false", "cpu_ram_efficient_loading: true")
    )
    problems = problems_of(ORIGINAL + fsdp, validate=True)
    only(problems, "axolotl config validation failed", "cpu_ram_efficient_loading")


@pytest.mark.parametrize(
    "old, new, where",
    [
        ("trust_remote_code: false", "trust_remote_code: true", "(trust_remote_code)"),
        (
            "    type: prompt_strategies.xlam\n",
            "    type: prompt_strategies.xlam\n    trust_remote_code: true\n",
            "datasets[0].trust_remote_code",
        ),
    ],
)
def test_trust_remote_code(old, new, where):
    only(problems_of(edited(old, new)), "`trust_remote_code: true`", where)


HF = "hf_" + "AbCdEfGhIjKlMnOpQrStUvWxYz01234567"
SK = "sk-" + "proj-0123456789abcdefghijklmnop"


@pytest.mark.parametrize(
    "old, new, needle",
    [
        (
            "wandb_entity:\n",
            "wandb_entity:\nwandb_api_key: 0123456789abcdef0123456789abcdef01234567\n",
            "secret-looking key `wandb_api_key`",
        ),
        ("wandb_entity:\n", "wandb_entity:\nhf_token: mytoken\n", "secret-looking key `hf_token`"),
        ("wandb_name:\n", f"wandb_name: {HF}\n", "Hugging Face token"),
        ("wandb_name:\n", f"wandb_name:   # {SK}\n", "API key (sk-...)"),  # in a comment
    ],
)
def test_secrets(old, new, needle):
    text = edited(old, new)
    problems = [p for p in problems_of(text) if "unknown recipe key" not in p]
    problem = only(problems, needle, "Kubernetes Secret")
    assert HF not in problem and SK not in problem  # the message never repeats the secret
    line = next(i for i, row in enumerate(text.splitlines(), 1) if new.splitlines()[-1] in row)
    assert f"xlam.yml:{line}" in problem


def test_table_never_prints_a_token():
    report = lint(
        ROOT / "recipes" / "xlam.yml",
        1,
        text=edited("base_model: meta-llama/Meta-Llama-3-8B-Instruct", f"base_model: org/{HF}"),
        validate=False,
    )
    assert any("Hugging Face token" in str(p) for p in report.problems)
    assert HF not in format_table(report.rows) and "org/hf_A…" in format_table(report.rows)


def test_innocent_token_keys_are_not_secrets():
    # special_tokens.pad_token / eos_token are tokenizer strings, not credentials
    assert problems_of(ORIGINAL) == []


def test_cli_table_and_exit_code_through_the_console_script(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text(edited("trust_remote_code: false", "trust_remote_code: true"))
    script = ROOT / ".venv" / "bin" / "xlam-check"
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "recipe_lint"]
    proc = subprocess.run(
        [*cmd, "recipes/xlam.yml", str(bad), "--world-size", "16", "--no-validate"],
        cwd=ROOT,
        env=run_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr[-2000:]
    out = proc.stdout
    assert out.count("global batch         512 = micro 4 x accum 8 x world size 16") == 2
    assert out.count("result               OK") == 1
    assert f"ERROR {bad}:" in out and "trust_remote_code: true" in out and "    fix: " in out


def test_cli_exit_zero_on_a_good_recipe(capsys):
    try:
        assert main(["recipes/xlam.yml", "--world-size", "1"]) == 0
    finally:
        logging.disable(logging.NOTSET)  # main() quiets library logs for the whole process
    out = capsys.readouterr().out
    assert "result               OK" in out and "ERROR" not in out and "WARNING" not in out
    assert "global batch         32 = micro 4 x accum 8 x world size 1" in out


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.characters(categories=["L", "N"]), min_size=34, max_size=40),
    st.sampled_from(["wandb_name: {}", "wandb_name:  # {}", "hub_model_id: x/{}"]),
)
def test_property_hf_tokens_found_anywhere(body, line):
    body = re.sub(r"[^A-Za-z0-9]", "a", body)
    text = ORIGINAL.replace("wandb_name:\n", line.format("hf_" + body) + "\n")
    assert any("Hugging Face token" in p for p in problems_of(text))
