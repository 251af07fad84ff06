"""Malformed recipes get exit 1 and, for each problem, the key, the line and a fix, in well under
two seconds: broken YAML (encoding, aliases, alias bombs, huge numbers), values of the wrong
shape, and values axolotl accepts but training cannot use."""

from __future__ import annotations

import re
import subprocess
import sys
import time

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lint_helpers import ORIGINAL, edited, from_repo_root, only  # noqa: F401 - fixture

from conftest import ROOT, run_env
from recipe_lint.report import lint
from recipe_lint.schema import field_names

FAST_S = 2.0
LORA_LIST = "".join(
    f"  - {m}\n" for m in ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
)


LATIN1 = ORIGINAL.encode().replace(b"# Model\n", b"# Mod\xe8le\n")  # a comment saved as Latin-1


def billion_laughs(levels: int) -> str:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module", autouse=True)
def _imports_done():
    lint(ROOT / "recipes" / "xlam.yml", 16, validate=False)  # axolotl's import is not the lint's time


def timed_lint(text: str | bytes, validate: bool = False):
    start = time.perf_counter()
    report = lint(ROOT / "recipes" / "xlam.yml", 16, text=text, validate=validate)
    elapsed = time.perf_counter() - start
    assert elapsed < FAST_S, f"{elapsed:.1f} s"
    return report


def the_problem(text: str | bytes, key: str, line: int, *needles: str, validate: bool = False) -> str:
    report = timed_lint(text, validate)
    assert not report.ok
    return only([str(p) for p in report.problems], f"xlam.yml:{line} ({key})", "\n    fix: ", *needles)


def line_of(text: str, start: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if line.startswith(start))


# --- values that pass axolotl's schema but fail on the GPU box ---------------------------------------


def test_lora_target_modules_as_one_string():
    text = edited(f"lora_target_modules:\n{LORA_LIST}", "lora_target_modules: q_proj,k_proj,v_proj\n")
    the_problem(
        text,
        "lora_target_modules",
        line_of(text, "lora_target_modules"),
        "one string",
        "YAML list",
        validate=True,
    )


@pytest.mark.parametrize("value", ["all-linear", r".*\.(q_proj|v_proj)"])
def test_lora_target_modules_string_forms_peft_understands(value):
    text = edited(f"lora_target_modules:\n{LORA_LIST}", f"lora_target_modules: '{value}'\n")
    assert timed_lint(text).ok


@pytest.mark.parametrize(
    "old, new, key",
    [
        ("sequence_len: 1024", "sequence_len: -5", "sequence_len"),
        ("sequence_len: 1024", "sequence_len: 0", "sequence_len"),
        ("micro_batch_size: 4", "micro_batch_size: 0", "micro_batch_size"),
        ("micro_batch_size: 4", "micro_batch_size: " + "9" * 400, "micro_batch_size"),
        (
            "gradient_accumulation_steps: 8 ",
            "gradient_accumulation_steps: 99999999999999999999 ",
            "gradient_accumulation_steps",
        ),
        ("max_steps: 1000", "max_steps: -1", "max_steps"),
        ("val_set_size: 0.1", "val_set_size: -0.1", "val_set_size"),
        ("val_set_size: 0.1", "val_set_size: 2.5", "val_set_size"),
    ],
)
def test_out_of_range_numbers(old, new, key):
    text = edited(old, new)
    the_problem(text, key, line_of(text, key), f"`{key}", validate=True)


# --- values of the wrong shape: each message names the key ---------------------------------------


@pytest.mark.parametrize(
    "old, new, key, needle",
    [
        ("\ndeepspeed:\n", "\ndeepspeed: 0\n", "deepspeed", "a string, a mapping, or empty"),
        (
            "gradient_checkpointing_kwargs:\n  use_reentrant: false\n",
            "gradient_checkpointing_kwargs: abc\n",
            "gradient_checkpointing_kwargs",
            "a mapping",
        ),
        ("adapter: qlora", "adapter: [[x]]", "adapter", "a string"),
        (
            "plugins:\n  - prompt_strategies.plugin.XlamPlugin\n",
            "plugins: prompt_strategies.plugin.XlamPlugin\n",
            "plugins",
            "a list of strings",
        ),
        ("micro_batch_size: 4", "micro_batch_size: four", "micro_batch_size", "an integer"),
    ],
)
def test_wrong_shapes_name_the_key(old, new, key, needle):
    text = edited(old, new)
    problems = [str(p) for p in timed_lint(text, validate=True).problems]
    problem = next(p for p in problems if f"({key})" in p)  # a scalar `plugins` also unlists its keys
    assert f"xlam.yml:{line_of(text, key)} ({key})" in problem and needle in problem and "fix: " in problem
    assert not any("could not" in p or "Error:" in p for p in problems), problems


def test_huge_batch_product_with_a_list_sequence_len():
    """Once `[1024] * micro * accum * world size`: a MemoryError instead of a message."""
    text = edited("sequence_len: 1024", "sequence_len: [1024]")
    text = edited("micro_batch_size: 4", "micro_batch_size: 65536", text)
    text = edited("gradient_accumulation_steps: 8 ", "gradient_accumulation_steps: 65536 ", text)
    the_problem(text, "sequence_len", line_of(text, "sequence_len"), "an integer", validate=True)


def test_null_dataset_entry_points_at_the_entry():
    text = edited("datasets:\n", "datasets:\n  -\n")
    the_problem(text, "datasets[0]", line_of(text, "datasets") + 1, "entry 0", validate=True)


def test_dataset_entry_without_path():
    text = edited("  - path: Salesforce/xlam-function-calling-60k", "  - split: train\n  - spilt: x")
    problems = [str(p) for p in timed_lint(text).problems]
    assert any("datasets[0]" in p and "no `path`" in p for p in problems), problems


# --- YAML that PyYAML alone turns into tracebacks or minutes -------------------------------------


def test_latin1_comment_is_a_message_with_the_line():
    data = LATIN1
    report = timed_lint(data)
    only(
        [str(p) for p in report.problems],
        f"xlam.yml:{line_of(ORIGINAL, '# Model')} (",
        "not UTF-8",
        "save the file as UTF-8",
    )


def test_recursive_alias():
    text = ORIGINAL + "foo: &x [*x]\n"
    the_problem(text, "foo", line_of(text, "foo"), "refers to the node that contains it")


@pytest.mark.parametrize("levels", [9, 10, 12])
def test_alias_bomb_is_refused_fast(levels):
    text = ORIGINAL + billion_laughs(levels)
    problem = str(timed_lint(text).problems[0])
    assert "alias bomb" in problem and "xlam.yml:" in problem and "fix: " in problem


def test_deep_nesting_and_giant_integer():
    assert "not valid YAML" in str(timed_lint("a: " + "[" * 5000 + "]" * 5000 + "\n").problems[0])
    the_problem(
        ORIGINAL + "seed_digits: " + "9" * 5000 + "\n",
        "seed_digits",
        line_of(ORIGINAL, "wandb_name") + 1,
        "4300 digits",
    )


def test_unpaired_surrogate_escape():
    text = edited("wandb_name:\n", 'wandb_name: "run-\\ud800"\n')
    the_problem(text, "wandb_name", line_of(text, "wandb_name"), "lone surrogate")


def test_deepspeed_path_component_over_255_characters():
    text = edited("\ndeepspeed:\n", f"\ndeepspeed: recipes/{'a' * 300}/zero2.json\n")
    the_problem(text, "deepspeed", line_of(text, "deepspeed"), "cannot be read", validate=True)


def test_repeated_key():
    text = ORIGINAL + "learning_rate: 3.0e-4\n"
    the_problem(text, "learning_rate", len(text.splitlines()), "set twice")


def test_cli_prints_messages_not_tracebacks(tmp_path):
    files = {
        "latin1.yml": LATIN1,
        "alias.yml": (ORIGINAL + "foo: &x [*x]\n").encode(),
        "bomb.yml": (ORIGINAL + billion_laughs(12)).encode(),
        "surrogate.yml": edited("wandb_name:\n", 'wandb_name: "\\ud800"\n').encode(),
        "scalar.yml": b"just a string\n",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    proc = subprocess.run(
        [sys.executable, "-m", "recipe_lint", *sorted(map(str, tmp_path.iterdir())), "--no-validate"],
        cwd=ROOT,
        env=run_env(),
        capture_output=True,
        timeout=120,
    )
    out = proc.stdout.decode("utf-8")
    assert proc.returncode == 1 and "Traceback" not in out + proc.stderr.decode(), proc.stderr[-2000:]
    assert out.count("ERROR ") == len(files) and out.count("    fix: ") == len(files)
    assert "(wandb_name): `wandb_name` contains '\\ud800'" in out


# --- property: whatever the recipe, a report with what / where / fix --------------------------------

yaml_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
)
yaml_values = st.recursive(
    yaml_scalars,
    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=10), c, max_size=3),
    max_leaves=8,
)
KNOWN = [
    "micro_batch_size",
    "gradient_accumulation_steps",
    "sequence_len",
    "val_set_size",
    "max_steps",
    "deepspeed",
    "fsdp_config",
    "datasets",
    "plugins",
    "trust_remote_code",
    "bf16",
    "lora_target_modules",
    "adapter",
    "gradient_checkpointing_kwargs",
]
# a malformed `key: value` line per shape that once gave a traceback, a silent pass or a hang
MALFORMED_LINES = [
    "lora_target_modules: q_proj,k_proj,v_proj",
    "sequence_len: -5",
    "deepspeed: 0",
    "gradient_checkpointing_kwargs: abc",
    "adapter: [[x]]",
    "plugins: one.Plugin",
    "datasets: [null]",
    "foo: &x [*x]",
    "micro_batch_size: " + "9" * 30,
    'wandb_name: "\\ud800"',
    "deepspeed: " + "d" * 300 + "/z.json",
    "seed: " + "1" * 5000,
    "val_set_size: -3",
    billion_laughs(10).rstrip("\n"),
    "micro_batch_size: 65536\ngradient_accumulation_steps: 65536\nsequence_len: [1]",
]


def _schema_keys() -> set[str]:
    from axolotl.utils.schemas.config import AxolotlInputConfig

    return field_names(AxolotlInputConfig)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(KNOWN) | st.text(max_size=12), yaml_values, max_size=6))
def test_property_lint_never_crashes_on_arbitrary_recipes(tmp_path_factory, recipe):
    text = yaml.safe_dump(recipe)
    report = lint(tmp_path_factory.getbasetemp() / "any.yml", 16, text=text, validate=False)
    assert all(p.what and p.where and p.fix for p in report.problems)
    for key in recipe:
        if key not in KNOWN:
            assert any(f"`{key}`" in p.what for p in report.problems) or key in _schema_keys()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.sampled_from(MALFORMED_LINES),
    st.integers(0, ORIGINAL.count("\n")),
    st.binary(max_size=8).filter(lambda b: b"\n" not in b and b"\r" not in b),
    st.booleans(),
)
def test_property_malformed_lines_are_reported_with_key_line_and_fix(line, at, junk, latin1_comment):
    """One malformed line dropped between two top-level keys of the original recipe, optionally with a
    comment of arbitrary bytes: exit 1, every problem with a line and a fix, fast."""
    lines = ORIGINAL.splitlines(keepends=True)
    at = next((i for i in range(at, len(lines)) if lines[i][:1].isalpha()), len(lines))
    keys = re.findall(r"^(\w+):", line, flags=re.M)
    data = "".join(lines[:at]).encode() + line.encode("utf-8", "surrogatepass") + b"\n"
    if latin1_comment:
        data += b"# " + junk + b"\n"
    data += "".join(lines[at:]).encode()
    report = timed_lint(data)
    assert not report.ok
    for problem in report.problems:
        assert problem.what and problem.fix and "xlam.yml:" in problem.where, problem
    assert any(f"({key}" in p.where or f"`{key}" in p.what for key in keys for p in report.problems) or any(
        "UTF-8" in p.what for p in report.problems
    ), report.problems
