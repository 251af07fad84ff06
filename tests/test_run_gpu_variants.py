"""smollm2_proof/run_gpu.sh, with `echo` in place of Python: `prepare` builds the training file with
the command written in recipes/smollm2-fc.yml's header, and each variant's file with the command in
its recipe's header: the recipe's command with some of its rows left out and others added (the copy
variant's without the diverse, wide Java/JavaScript and near-miss rows the recipe took after it, the
variants measured on the copy recipe's file likewise, plus their own rows; the no-copy variant's also
without `--rich-copy 3000`; the diverse-multicall variant's plus `--diverse-multi-call 2000`);
a variant trains recipes/smollm2-fc-VARIANT.yml where one exists and recipes/smollm2-fc.yml otherwise,
with overrides that name only keys axolotl's config or a plugin they list (XLAM, Liger) knows;
`eval` hands the eval a model path without '+'."""

import importlib
import os
import shlex
import subprocess

import pytest
import yaml

from conftest import ROOT, bfcl_train_command

SCRIPT = ROOT / "smollm2_proof" / "run_gpu.sh"
RECIPE = ROOT / "recipes" / "smollm2-fc.yml"
COPY = ROOT / "recipes" / "smollm2-fc-copy.yml"
MULTICALL = ROOT / "recipes" / "smollm2-fc-multicall.yml"
NO_COPY = ROOT / "recipes" / "smollm2-fc-no-copy.yml"
SCALE = ROOT / "recipes" / "smollm2-fc-scale.yml"
FORMAT = ROOT / "recipes" / "smollm2-fc-format.yml"
DIVERSE = ROOT / "recipes" / "smollm2-fc-diverse.yml"
WIDE = ROOT / "recipes" / "smollm2-fc-wide.yml"
JAVAJS_WIDE = ROOT / "recipes" / "smollm2-fc-javajs-wide.yml"
DIVERSE_JAVAJS = ROOT / "recipes" / "smollm2-fc-diverse-javajs.yml"
DIVERSE_MULTICALL = ROOT / "recipes" / "smollm2-fc-diverse-multicall.yml"


def run(tmp_path, *args, cwd=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PY": "echo", "LOGS": str(tmp_path / "logs")}
    return subprocess.run(
        ["bash", str(SCRIPT), *args], cwd=cwd or tmp_path, env=env, capture_output=True, text=True
    )


def launched(tmp_path, variant: str, cwd=None) -> list[str]:
    """The words `train VARIANT 7` launches axolotl with (PY=echo writes them to the train log)."""
    result = run(tmp_path, "train", variant, "7", cwd=cwd)
    assert result.returncode == 0, (variant, result.stderr)
    return (tmp_path / "logs" / f"train-smollm2-{variant}-s7.log").read_text().split()


def launched_args(tmp_path, variant: str, cwd=None) -> dict[str, str]:
    """The `--key=value` arguments `train VARIANT 7` launches axolotl with, as written."""
    words = launched(tmp_path, variant, cwd)
    return dict(arg[2:].split("=", 1) for arg in words if arg.startswith("--") and "=" in arg)


def bfcl_train_commands(tmp_path) -> list[list[str]]:
    lines = run(tmp_path, "prepare").stdout.splitlines()
    return [shlex.split(line) for line in lines if "data_builders.bfcl_train" in line]


def test_prepare_builds_the_file_the_recipe_header_documents(tmp_path):
    plain = bfcl_train_commands(tmp_path)[0]
    assert plain == ["-m", *bfcl_train_command(RECIPE)]
    assert {"--java-js", "--rich-copy"} <= set(plain)


def test_prepare_builds_side_by_side_and_fails_when_one_file_fails(tmp_path):
    """Every command's output comes back in order; a failed one fails the stage and is named."""
    fake = tmp_path / "py"
    fake.write_text(
        '#!/usr/bin/env bash\n[[ "$*" == *--rich-wide* ]] && { echo broken; exit 3; }\necho "$@"\n'
    )
    fake.chmod(0o755)
    env = {**os.environ, "PY": str(fake), "LOGS": str(tmp_path / "logs")}
    result = subprocess.run(
        ["bash", str(SCRIPT), "prepare"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "train-wide.jsonl.log" in result.stderr and "broken" in result.stderr
    outs = [line.split("--out ")[1] for line in result.stdout.splitlines() if "--out " in line]
    # the recipe's file, then the variants' in the order prepare starts them (OTHER_FILES's), but wide
    files = ["train", *(f"train-{v}" for v in OTHER_FILES if v != "wide")]
    assert outs == [f".cache/smollm2-data/{name}.jsonl" for name in files]


def without_out(command: list[str]) -> list[str]:
    out = command.index("--out")
    return command[:out] + command[out + 2 :]


DIVERSE_ROWS, JAVAJS_WIDE_ROWS = ("--rich-diverse", "3000"), ("--java-js-wide", "1500")
NEAR_MISS_ROWS = ("--near-miss-abstain-diverse", "1000")
# the rows the recipe took after the copy recipe, which the variants measured on its file leave out
ADOPTED = [DIVERSE_ROWS, JAVAJS_WIDE_ROWS, NEAR_MISS_ROWS]

# variant -> (its recipe, the flags its file adds to the recipe's command, the flags it leaves out)
OTHER_FILES = {
    "copy": (COPY, [], ADOPTED),
    "multicall": (MULTICALL, [("--rich-multi-call", "2000")], ADOPTED),
    "no-copy": (NO_COPY, [], [*ADOPTED, ("--rich-copy", "3000")]),
    "scale": (SCALE, [("--rich-scale", "3000")], ADOPTED),
    "format": (FORMAT, [("--rich-format", "3000")], ADOPTED),
    "diverse": (DIVERSE, [], [JAVAJS_WIDE_ROWS, NEAR_MISS_ROWS]),
    "wide": (WIDE, [("--rich-wide", "3000"), ("--near-miss-abstain", "1000")], ADOPTED),
    "javajs-wide": (JAVAJS_WIDE, [], [DIVERSE_ROWS, NEAR_MISS_ROWS]),
    "diverse-javajs": (DIVERSE_JAVAJS, [], [NEAR_MISS_ROWS]),
    "diverse-multicall": (DIVERSE_MULTICALL, [("--diverse-multi-call", "2000")], []),
}


def flags_of(command: list[str]) -> list[tuple[str, str | None]]:
    """`--flag value` and bare `--flag` words as (flag, value or None), `--out` left out."""
    pairs, words = [], without_out(command)[2:]  # after `-m data_builders.bfcl_train`
    for i, word in enumerate(words):
        if word.startswith("--"):
            value = words[i + 1] if i + 1 < len(words) and not words[i + 1].startswith("--") else None
            pairs.append((word, value))
    return pairs


def variant_command(tmp_path, variant: str) -> list[str]:
    """The bfcl_train command `prepare` runs for `variant`'s file (train-VARIANT.jsonl)."""
    out = f".cache/smollm2-data/train-{variant}.jsonl"
    (command,) = [c for c in bfcl_train_commands(tmp_path) if c[c.index("--out") + 1] == out]
    return command


@pytest.mark.parametrize("variant", OTHER_FILES)
def test_prepare_builds_the_variant_file_with_the_recipe_s_command_but_its_rows(tmp_path, variant):
    recipe, added, left_out = OTHER_FILES[variant]
    plain, command = bfcl_train_commands(tmp_path)[0], variant_command(tmp_path, variant)
    assert command == ["-m", *bfcl_train_command(recipe)]
    assert command[command.index("--out") + 1] == f".cache/smollm2-data/train-{variant}.jsonl"
    expected = [pair for pair in flags_of(plain) if pair not in left_out]
    assert set(left_out) <= set(flags_of(plain))
    assert sorted(flags_of(command)) == sorted(expected + added)
    assert "--seed" in dict(flags_of(command)) and len(flags_of(command)) == len(set(flags_of(command)))


@pytest.mark.parametrize("variant", OTHER_FILES)
def test_the_variant_trains_its_recipe_on_its_file(tmp_path, variant):
    env = {**os.environ, "PY": "echo", "LOGS": str(tmp_path / "logs")}
    result = subprocess.run(
        ["bash", str(SCRIPT), "train", variant, "7"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    launched = (tmp_path / "logs" / f"train-smollm2-{variant}-s7.log").read_text()
    assert (
        f"-m axolotl.cli.train recipes/smollm2-fc-{variant}.yml --output_dir=outputs/smollm2-{variant}-s7"
        in launched
    )
    recipe = yaml.safe_load(OTHER_FILES[variant][0].read_text())
    command = variant_command(tmp_path, variant)
    assert [d["path"] for d in recipe["datasets"]] == [command[command.index("--out") + 1]]


@pytest.mark.parametrize("own_recipe", [False, True])
def test_a_variant_trains_its_own_recipe_where_one_exists(tmp_path, own_recipe):
    expected = "recipes/smollm2-fc.yml"
    if own_recipe:
        (tmp_path / "recipes").mkdir()
        (tmp_path / "recipes" / "smollm2-fc-e2.yml").write_text("{}\n")
        expected = "recipes/smollm2-fc-e2.yml"
    assert run(tmp_path, "train", "e2", "7").returncode == 0
    launched = (tmp_path / "logs" / "train-smollm2-e2-s7.log").read_text()
    assert f"-m axolotl.cli.train {expected} --output_dir=outputs/smollm2-e2-s7" in launched
    assert "--num_epochs=2" in launched


def test_unknown_variant_is_refused(tmp_path):
    result = run(tmp_path, "train", "nope")
    assert result.returncode == 2 and "unknown variant nope" in result.stderr
    result = run(tmp_path, "train", "liger+nope")
    assert result.returncode == 2 and "unknown variant nope" in result.stderr
    assert not (tmp_path / "logs" / "train-smollm2-liger+nope-s7.log").exists()


def test_joined_variants_train_the_one_recipe_with_every_part_s_overrides(tmp_path):
    words = launched(tmp_path, "no-copy+liger", cwd=ROOT)
    assert words[words.index("axolotl.cli.train") + 1] == "recipes/smollm2-fc-no-copy.yml"
    joined = launched_args(tmp_path, "no-copy+liger", cwd=ROOT)
    assert joined["output_dir"] == "outputs/smollm2-no-copy+liger-s7"
    liger = launched_args(tmp_path, "liger", cwd=ROOT)
    for args in (joined, liger):  # both paths are named after the variant
        del args["output_dir"], args["dataset_prepared_path"]
    assert joined == liger
    assert {"neftune_noise_alpha", "liger_rope"} <= set(launched_args(tmp_path, "neft5+liger"))


@pytest.mark.parametrize(("variant", "layout"), [("no-copy+liger+mb16+steps300", (16, 1)), ("mb8", (8, 2))])
def test_mb16_and_mb8_keep_the_recipe_s_16_rows_per_step(tmp_path, variant, layout):
    args = launched_args(tmp_path, variant, cwd=ROOT)
    assert (int(args["micro_batch_size"]), int(args["gradient_accumulation_steps"])) == layout
    for recipe in (RECIPE, NO_COPY):
        cfg = yaml.safe_load(recipe.read_text())
        assert cfg["micro_batch_size"] * cfg["gradient_accumulation_steps"] == 16, recipe.name
    assert yaml.safe_load(RECIPE.read_text())["micro_batch_size"] == 16  # the layout the scores measured


@pytest.mark.parametrize(
    ("variant", "message"),
    [
        ("e2+e4", "variant e2+e4: --num_epochs is set by two of its parts"),
        ("lora+lr1e-4", "variant lora+lr1e-4: --learning_rate is set by two of its parts"),
        ("multicall+no-copy", "smollm2-fc-multicall.yml and recipes/smollm2-fc-no-copy.yml both name"),
    ],
)
def test_joined_variants_that_disagree_are_refused(tmp_path, variant, message):
    result = run(tmp_path, "train", variant, "7", cwd=ROOT)
    assert result.returncode == 2 and message in result.stderr
    assert not (tmp_path / "logs" / f"train-smollm2-{variant}-s7.log").exists()


def test_every_variant_overrides_only_keys_axolotl_or_its_plugins_know(tmp_path):
    from axolotl.integrations.liger.args import LigerArgs
    from axolotl.utils.schemas.config import AxolotlInputConfig
    from fire.parser import DefaultParseValue

    from prompt_strategies.args import XlamArgs

    usage = run(tmp_path, "train", "nope").stderr
    variants = usage[usage.index("(") + 1 : usage.index(")")].split("|")
    assert {
        "recipe",
        *OTHER_FILES,
        "e4",
        "neft5",
        "liger",
        "lora",
        "mb8",
    } <= set(variants)
    plugin_args = {"axolotl.integrations.liger.LigerPlugin": LigerArgs}
    for variant in variants:
        args = launched_args(tmp_path, variant)
        known = set(AxolotlInputConfig.model_fields) | set(XlamArgs.model_fields)
        if "plugins" in args:  # as axolotl's CLI (fire) reads it: a list of importable plugin classes
            plugins = DefaultParseValue(args["plugins"])
            assert isinstance(plugins, list) and "prompt_strategies.plugin.XlamPlugin" in plugins, variant
            for plugin in plugins:
                module, name = plugin.rsplit(".", 1)
                assert hasattr(importlib.import_module(module), name), plugin
                known |= set(plugin_args[plugin].model_fields) if plugin in plugin_args else set()
        assert set(args) - known == set(), variant


def test_liger_variant_reaches_axolotl_config_as_the_cli_passes_it(tmp_path, smoke_model, clean_env):
    """The launch arguments as axolotl's CLI (fire) parses them, through axolotl's own load_cfg: the
    Liger plugin is registered and its kernels switched on, the XLAM plugin kept."""
    from axolotl.cli.config import load_cfg
    from axolotl.integrations.base import PluginManager
    from fire.parser import DefaultParseValue

    args = {k: DefaultParseValue(v) for k, v in launched_args(tmp_path, "no-copy+liger", cwd=ROOT).items()}
    assert "liger_rope" not in yaml.safe_load(NO_COPY.read_text())  # so only the overrides switch it on
    cfg = load_cfg(
        str(NO_COPY),
        **{
            **args,
            "base_model": str(smoke_model),
            "output_dir": str(tmp_path / "out"),
            "dataset_prepared_path": str(tmp_path / "prepared"),
        },
    )
    assert cfg.plugins == ["prompt_strategies.plugin.XlamPlugin", "axolotl.integrations.liger.LigerPlugin"]
    assert cfg.liger_fused_linear_cross_entropy is True and cfg.liger_rope is True
    assert cfg.liger_rms_norm is True and cfg.liger_glu_activation is True
    assert "axolotl.integrations.liger.LigerPlugin" in PluginManager.get_instance().plugins


def test_eval_hands_compare_a_model_path_without_plus(tmp_path):
    """compare.py splits BASE+ADAPTER at '+', so a joined variant's output directory is passed
    through a link named without it."""
    name = "smollm2-no-copy+liger-s7"
    (tmp_path / "outputs" / name).mkdir(parents=True)
    (tmp_path / "outputs" / name / "model.safetensors").write_text("")
    result = run(tmp_path, "eval", "no-copy+liger", "7")
    assert result.returncode == 0, result.stderr
    launched = (tmp_path / "logs" / f"eval-{name}.log").read_text()  # echo drops the quotes
    label, _, model = launched.split("--tuned ")[1].split(" --categories")[0].partition("=")
    assert label == "no-copy-liger (seed 7)"
    assert "+" not in model and "+" not in label
    assert (tmp_path / model).resolve() == (tmp_path / "outputs" / name).resolve()


@pytest.mark.parametrize("started", [False, True])
def test_eval_of_a_run_not_trained_says_so(tmp_path, started):
    """An interrupted run has config.json (axolotl writes it when training starts) but no weights."""
    if started:
        (tmp_path / "outputs" / "smollm2-e2-s7").mkdir(parents=True)
        (tmp_path / "outputs" / "smollm2-e2-s7" / "config.json").write_text("{}")
    result = run(tmp_path, "eval", "e2", "7")
    assert result.returncode == 1
    assert "no weights in outputs/smollm2-e2-s7: train it first (train e2 7)" in result.stderr


@pytest.mark.parametrize(
    "weights", ["model.safetensors", "model.safetensors.index.json", "adapter_model.safetensors"]
)
def test_train_skips_a_run_only_once_its_weights_are_saved(tmp_path, weights):
    out = tmp_path / "outputs" / "smollm2-recipe-s7"
    out.mkdir(parents=True)
    (out / "config.json").write_text("{}")  # an interrupted run: trained again
    result = run(tmp_path, "train", "recipe", "7")
    assert result.returncode == 0 and "done already" not in result.stdout
    assert "axolotl.cli.train" in (tmp_path / "logs" / "train-smollm2-recipe-s7.log").read_text()
    (out / weights).write_text("")
    result = run(tmp_path, "train", "recipe", "7")
    assert result.returncode == 0 and "train smollm2-recipe-s7: done already" in result.stdout
