"""Lint a recipe before spending GPU hours on it.

    python -m recipe_lint recipes/xlam.yml --world-size 16 [--dataset-rows 60000]
    xlam-check recipes/xlam.yml --world-size 16

Prints the batch arithmetic (global batch, tokens per step, steps per epoch), which DeepSpeed /
FSDP config is used, and fails (exit 1) with what / where / how-to-fix on what axolotl would
silently ignore or only discover on the GPU box: unknown keys, a dataset `type` that does not
import, a missing or mismatched DeepSpeed JSON, `trust_remote_code: true`, secrets in the file,
and anything axolotl 0.19's own config validation rejects.
"""

from __future__ import annotations

import argparse
import copy
import difflib
import functools
import importlib
import inspect
import json
import math
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from recipe_lint.dataset_size import local_rows
from recipe_lint.load import RecipeLoadError, load, read_text
from recipe_lint.problem import Problem
from recipe_lint.shapes import check_shapes

DEFAULT_DATASET_ROWS = 60_000  # Salesforce/xlam-function-calling-60k
# axolotl's validation asks for the GPU's capabilities; we declare the target instead of probing
# this (possibly GPU-less) machine. sm_90 = H100/H200.
DEFAULT_COMPUTE_CAPABILITY = "sm_90"
MAX_EPOCHS_WITHOUT_WARNING = 3
XLAM_MEAN_ROW_TOKENS = 383  # XLAM-60k rows in the training prompt, Llama 3 tokenizer

SECRET_KEY = re.compile(
    r"(api[_-]?key|secret|passw(or)?d|credential|private[_-]?key|access[_-]?key"
    r"|(^|_)(hf|hub|auth|access|api|bearer|github|gh|openai|wandb|comet|mlflow)_?token)$",
    re.IGNORECASE,
)
SECRET_VALUES = {
    "Hugging Face token": re.compile(r"\bhf_[A-Za-z0-9]{30,}"),
    "API key (sk-...)": re.compile(r"\bsk-[A-Za-z0-9_-]{20,}"),
    "GitHub token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{30,}"),
    "AWS access key id": re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
    "Slack token": re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}"),
    "private key": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
}
SECRET_FIX = (
    "delete it from the file; pass it through the environment (HF_TOKEN, WANDB_API_KEY) "
    "or a Kubernetes Secret, and rotate it if the file was ever shared or committed"
)


class Recipe:
    """A recipe's parsed mapping plus the line of every key, for `file:line` messages."""

    def __init__(self, path: str | Path, text: str | None = None):
        self.path = Path(path)
        self.text = read_text(self.path) if text is None else text
        self.cfg, node = load(self.text)
        self._lines: dict[tuple, int] = {}
        if node is not None:
            self._index(node, ())

    def _index(self, node, prefix: tuple) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                path = prefix + (key.value,)
                self._lines[path] = key.start_mark.line + 1
                self._index(value, path)
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                self._lines[prefix + (i,)] = item.start_mark.line + 1
                self._index(item, prefix + (i,))

    def where(self, *path) -> str:
        line = self._lines.get(tuple(path))
        dotted = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
        loc = f"{self.path}:{line}" if line else str(self.path)
        return f"{loc} ({dotted})" if dotted else loc


# --- schema: what axolotl reads ---------------------------------------------------------------


@functools.cache
def _field_names(model) -> frozenset[str]:
    names = set()
    for name, field in model.model_fields.items():
        names.add(name)
        if isinstance(field.alias, str):
            names.add(field.alias)
        choices = getattr(field.validation_alias, "choices", None)
        if isinstance(field.validation_alias, str):
            names.add(field.validation_alias)
        for choice in choices or ():
            if isinstance(choice, str):
                names.add(choice)
    return frozenset(names)


def list_of(recipe: Recipe, key: str, item_type: type, problems: list[Problem] | None = None) -> list:
    """The recipe's list under `key` (empty if unset); a wrong shape is reported once, not raised."""
    value = recipe.cfg.get(key)
    if value is None:
        return []
    if isinstance(value, list) and all(isinstance(v, item_type) for v in value):
        return value
    if problems is not None:
        problems.append(
            Problem(
                f"`{key}` must be a list of {item_type.__name__} entries, got {value!r:.80}",
                recipe.where(key),
                f"write it like recipes/xlam.yml's `{key}:`",
            )
        )
    return [v for v in value if isinstance(v, item_type)] if isinstance(value, list) else []


def _plugin_arg_models(recipe: Recipe, problems: list[Problem]) -> list:
    from axolotl.integrations.base import load_plugin

    models = []
    for i, name in enumerate(list_of(recipe, "plugins", str, problems)):
        try:
            plugin = load_plugin(name)
            args_path = plugin.get_input_args()
            if args_path:
                module, cls = args_path.rsplit(".", 1)
                models.append(getattr(importlib.import_module(module), cls))
        except Exception as exc:  # noqa: BLE001 - any import failure is the user's problem to see
            problems.append(
                Problem(
                    f"plugin {name!r} does not load: {type(exc).__name__}: {exc}",
                    recipe.where("plugins", i),
                    "use 'module.ClassName' of an importable axolotl plugin "
                    "(ours: prompt_strategies.plugin.XlamPlugin; run `pip install -e .`)",
                )
            )
    return models


def _unknown(keys, known: set[str], where, what: str, problems: list[Problem]) -> None:
    for key in keys:
        if key in known:
            continue
        close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.75)
        hint = f"did you mean `{close[0]}`? " if close else ""
        problems.append(
            Problem(
                f"unknown {what} key `{key}`: axolotl ignores it silently",
                where(key),
                f"{hint}fix or delete it; valid keys are axolotl's config schema"
                + (" plus the plugins' keys (list the plugin under `plugins:`)" if what == "recipe" else ""),
            )
        )


def check_unknown_keys(recipe: Recipe, problems: list[Problem]) -> None:
    from axolotl.utils.schemas.config import AxolotlInputConfig
    from axolotl.utils.schemas.datasets import DPODataset, KTODataset, SFTDataset
    from axolotl.utils.schemas.fsdp import FSDPConfig

    cfg = recipe.cfg
    known = set(_field_names(AxolotlInputConfig))
    for model in _plugin_arg_models(recipe, problems):
        known |= _field_names(model)
    _unknown(cfg, known, lambda k: recipe.where(k), "recipe", problems)

    rl = str(cfg.get("rl") or "")
    ds_model = DPODataset if rl in ("dpo", "ipo", "simpo") else KTODataset if rl == "kto" else SFTDataset
    for i, ds in enumerate(list_of(recipe, "datasets", dict, problems)):
        if isinstance(ds, dict):
            _unknown(
                ds, _field_names(ds_model), lambda k, i=i: recipe.where("datasets", i, k), "dataset", problems
            )
    if isinstance(cfg.get("fsdp_config"), dict):
        _unknown(
            cfg["fsdp_config"],
            _field_names(FSDPConfig) | {"version"},
            lambda k: recipe.where("fsdp_config", k),
            "fsdp_config",
            problems,
        )
    if isinstance(cfg.get("bnb_config_kwargs"), dict):
        from transformers import BitsAndBytesConfig

        params = set(inspect.signature(BitsAndBytesConfig.__init__).parameters) - {"self", "kwargs"}
        _unknown(
            cfg["bnb_config_kwargs"],
            params,
            lambda k: recipe.where("bnb_config_kwargs", k),
            "bnb_config_kwargs",
            problems,
        )


# --- dataset strategies ------------------------------------------------------------------------


def resolve_strategy(type_: str):
    """Import a dataset `type` the way axolotl.prompt_strategies.load does; return the load fn."""
    load_fn, strategy, package = "load", type_, "axolotl.prompt_strategies"
    last = type_.split(".")[-1]
    if last == "load" or last.startswith("load_"):
        load_fn, strategy = last, ".".join(type_.split(".")[:-1])
    elif "." in type_:
        try:
            importlib.import_module("." + last, ".".join(type_.split(".")[:-1]))
            package, strategy = ".".join(type_.split(".")[:-1]), last
        except ModuleNotFoundError:
            pass
    module = importlib.import_module(f".{strategy}", package)
    return getattr(module, load_fn)


def check_strategy_types(recipe: Recipe, problems: list[Problem]) -> None:
    from axolotl.utils.data.wrappers import DATASET_HANDLERS

    for i, ds in enumerate(list_of(recipe, "datasets", dict)):
        type_ = ds.get("type")
        if not isinstance(type_, str) or type_ in DATASET_HANDLERS or type_ == "messages":
            continue
        try:
            resolve_strategy(type_)
        except Exception as exc:  # noqa: BLE001
            problems.append(
                Problem(
                    f"dataset type `{type_}` does not import: {type(exc).__name__}: {exc}",
                    recipe.where("datasets", i, "type"),
                    "use an axolotl strategy or an importable `package.module` with a `load` "
                    "function (ours: prompt_strategies.xlam; run `pip install -e .` or from the "
                    "repo root)",
                )
            )


# --- DeepSpeed / FSDP ----------------------------------------------------------------------------


def _ds_value(ds: dict, dotted: str):
    node = ds
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def scaling_summary(recipe: Recipe, world_size: int, problems: list[Problem]) -> str:
    cfg = recipe.cfg
    ds_path, fsdp = cfg.get("deepspeed"), cfg.get("fsdp_config")
    if ds_path and fsdp:
        problems.append(
            Problem(
                "both `deepspeed` and `fsdp_config` are set",
                recipe.where("deepspeed"),
                "keep one: empty `deepspeed:` for FSDP2, or delete the fsdp_* keys for DeepSpeed",
            )
        )
    if fsdp:
        version = cfg.get("fsdp_version") or (fsdp.get("fsdp_version") if isinstance(fsdp, dict) else None)
        return f"FSDP{version or 1} (fsdp_config block in the recipe)"
    if not ds_path:
        return "DDP (no DeepSpeed / FSDP)"
    if isinstance(ds_path, dict):
        ds, label = ds_path, "inline deepspeed mapping"
    else:
        path = Path(ds_path)
        if not path.is_file():
            # axolotl opens it relative to the working directory
            root = recipe.path.resolve().parent.parent
            hint = (
                f"launch from {root} (the file exists there)"
                if (root / path).is_file()
                else "point `deepspeed:` at one of recipes/launchers/*.json (paths are relative "
                "to the directory you launch from)"
            )
            problems.append(
                Problem(
                    f"DeepSpeed config {ds_path} not found (cwd: {os.getcwd()})",
                    recipe.where("deepspeed"),
                    hint,
                )
            )
            return f"DeepSpeed {ds_path} (MISSING)"
        try:
            ds = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            problems.append(
                Problem(
                    f"DeepSpeed config {ds_path} is not valid JSON: {exc}",
                    f"{ds_path}:{exc.lineno}",
                    "fix the JSON syntax",
                )
            )
            return f"DeepSpeed {ds_path} (DOES NOT PARSE)"
        label = str(ds_path)
    check_deepspeed(recipe, ds, label, world_size, problems)
    stage = _ds_value(ds, "zero_optimization.stage")
    return f"DeepSpeed ZeRO-{stage}: {label} (exists, parses)"


def check_deepspeed(recipe: Recipe, ds: dict, label: str, world_size: int, problems: list[Problem]) -> None:
    """Non-`auto` values must equal what the trainer passes, or HF stops at launch."""
    cfg = recipe.cfg
    micro, accum = cfg.get("micro_batch_size") or 1, cfg.get("gradient_accumulation_steps") or 1
    expected = {
        "train_micro_batch_size_per_gpu": (micro, "micro_batch_size"),
        "gradient_accumulation_steps": (accum, "gradient_accumulation_steps"),
        "train_batch_size": (
            micro * accum * world_size,
            f"micro_batch_size x gradient_accumulation_steps x world size {world_size}",
        ),
        "fp16.enabled": (bool(cfg.get("fp16")), "fp16"),
        "bf16.enabled": (cfg.get("bf16") is True, "bf16"),
    }
    if cfg.get("bf16") == "auto":  # decided on the GPU box, like the JSON's own "auto"
        del expected["bf16.enabled"]
    for key, (want, recipe_key) in expected.items():
        have = _ds_value(ds, key)
        if have is None or have == "auto":
            continue
        if have != want:
            fix = (
                f'set "{key}": "auto" in the JSON (the trainer fills it in), or change the recipe'
                if "." not in key
                else 'pick a JSON whose fp16/bf16 are "auto" (zero1.json, zero2.json), or train in '
                "bf16 (bf16: true, fp16: false) for zero3_bf16.json"
            )
            problems.append(
                Problem(
                    f"{label} sets {key}={have} but the recipe gives {want} ({recipe_key})",
                    f"{recipe.where('deepspeed')} -> {label} ({key})",
                    fix,
                )
            )
    zero = ds.get("zero_optimization")
    if not isinstance(zero, dict):
        problems.append(
            Problem(
                f"{label} has no zero_optimization section",
                label,
                "start from recipes/launchers/zero1.json / zero2.json / zero3_bf16.json",
            )
        )
        return
    try:
        from deepspeed.runtime.zero.config import DeepSpeedZeroConfig
    except ImportError:
        return  # DeepSpeed not installed: `pip install axolotl[deepspeed]` is what the GPU box has
    try:  # `auto` sizes are filled from hidden_size at launch; any integer checks the schema
        DeepSpeedZeroConfig(**{k: (1 if v == "auto" else v) for k, v in zero.items()})
    except Exception as exc:  # noqa: BLE001
        problems.append(
            Problem(
                f"{label} zero_optimization is rejected by DeepSpeed: {exc}",
                f"{label} (zero_optimization)",
                "fix the key/value DeepSpeed names",
            )
        )


# --- safety -----------------------------------------------------------------------------------


def check_trust_remote_code(recipe: Recipe, problems: list[Problem]) -> None:
    fix = (
        "set `trust_remote_code: false`; Llama 3 needs no remote code, and `true` runs "
        "Python from the model/dataset repo on every GPU node"
    )
    if recipe.cfg.get("trust_remote_code") is True:
        problems.append(Problem("`trust_remote_code: true`", recipe.where("trust_remote_code"), fix))
    for i, ds in enumerate(list_of(recipe, "datasets", dict)):
        if ds.get("trust_remote_code") is True:
            problems.append(
                Problem(
                    "`trust_remote_code: true` on a dataset",
                    recipe.where("datasets", i, "trust_remote_code"),
                    fix,
                )
            )


def _walk(node, path=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield path + (key,), value
            yield from _walk(value, path + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, path + (i,))


def _mask(value: str) -> str:
    return value[:4] + "…" if len(value) > 4 else "…"


def check_secrets(recipe: Recipe, problems: list[Problem]) -> None:
    for path, value in _walk(recipe.cfg):
        key = path[-1]
        if isinstance(key, str) and SECRET_KEY.search(key) and isinstance(value, str) and value.strip():
            problems.append(
                Problem(
                    f"secret-looking key `{key}` holds a value ({_mask(value)})",
                    recipe.where(*path),
                    SECRET_FIX,
                )
            )
    # the raw text too: comments and values under innocent keys
    for lineno, line in enumerate(recipe.text.splitlines(), 1):
        for kind, pattern in SECRET_VALUES.items():
            for match in pattern.finditer(line):
                problems.append(
                    Problem(
                        f"{kind} in the file ({_mask(match.group())})", f"{recipe.path}:{lineno}", SECRET_FIX
                    )
                )


# --- axolotl's own validation ----------------------------------------------------------------------


def capabilities(world_size: int, compute_capability: str) -> tuple[dict, dict]:
    import torch

    major = int(compute_capability.removeprefix("sm_")[:-1] or 0)
    return (
        {
            "bf16": major >= 8,
            "fp8": major >= 9,
            "tf32": major >= 8,
            "n_gpu": world_size,
            "compute_capability": compute_capability,
        },
        {"torch_version": torch.__version__.split("+")[0]},
    )


def axolotl_validate(cfg: dict, world_size: int, compute_capability: str = DEFAULT_COMPUTE_CAPABILITY):
    """axolotl 0.19's validate_config with the recipe's plugins registered; raises on rejection."""
    from axolotl.integrations.base import PluginManager
    from axolotl.utils.config import prepare_plugins, validate_config
    from axolotl.utils.dict import DictDefault

    cfg = DictDefault(copy.deepcopy(cfg))
    manager = PluginManager.get_instance()
    registered = dict(manager.plugins)  # a process-wide singleton: leave it as we found it,
    environ = dict(os.environ)  # and the env vars plugins set in register()
    try:
        prepare_plugins(cfg)
        caps, env = capabilities(world_size, compute_capability)
        return validate_config(cfg, capabilities=caps, env_capabilities=env)
    finally:
        manager.plugins.clear()
        manager.plugins.update(registered)
        os.environ.clear()
        os.environ.update(environ)


def check_axolotl(recipe: Recipe, world_size: int, compute_capability: str, problems: list[Problem]) -> str:
    try:
        axolotl_validate(recipe.cfg, world_size, compute_capability)
    except Exception as exc:  # noqa: BLE001 - pydantic / ValueError: report, don't crash
        problems.append(
            Problem(
                f"axolotl config validation failed: {exc}", str(recipe.path), "fix what axolotl names above"
            )
        )
        return "FAILED"
    return f"ok (axolotl validate_config, {compute_capability}, {world_size} GPUs)"


# --- the report ----------------------------------------------------------------------------------


def train_rows(cfg: dict, dataset_rows: int) -> int:
    val = cfg.get("val_set_size") or 0
    return dataset_rows - (round(dataset_rows * val) if val < 1 else int(val))


def rows_per_micro_batch(cfg: dict) -> float:
    """Samples in one micro-batch row: 1, or with sample_packing about sequence_len / mean tokens."""
    if not cfg.get("sample_packing"):
        return 1
    return max(1.0, (cfg.get("sequence_len") or 2048) / XLAM_MEAN_ROW_TOKENS)


def samples_per_step(cfg: dict, world_size: int) -> float:
    micro, accum = cfg.get("micro_batch_size") or 1, cfg.get("gradient_accumulation_steps") or 1
    return micro * accum * world_size * rows_per_micro_batch(cfg)


def batch_rows(cfg: dict, world_size: int, dataset_rows: int) -> list[tuple[str, str]]:
    micro, accum = cfg.get("micro_batch_size") or 1, cfg.get("gradient_accumulation_steps") or 1
    seq = cfg.get("sequence_len") or 2048
    global_batch = micro * accum * world_size
    train = train_rows(cfg, dataset_rows)
    per_step = samples_per_step(cfg, world_size)
    unit = "packed rows of" if cfg.get("sample_packing") else "rows, each at most"
    steps_epoch = max(1, math.ceil(train / per_step))
    samples = (
        f", ~{per_step:,.0f} samples at ~{XLAM_MEAN_ROW_TOKENS} tokens per XLAM row"
        if cfg.get("sample_packing")
        else ""
    )
    rows = [
        ("global batch", f"{global_batch} = micro {micro} x accum {accum} x world size {world_size}"),
        ("tokens / step", f"<= {global_batch * seq:,} ({global_batch} {unit} {seq} tokens{samples})"),
        (
            "steps / epoch",
            f"{steps_epoch:,} ({train:,} train rows of {dataset_rows:,}, "
            f"val_set_size {cfg.get('val_set_size') or 0})",
        ),
    ]
    if cfg.get("max_steps"):
        rows.append(("max_steps", f"{cfg['max_steps']} = {cfg['max_steps'] / steps_epoch:.2f} epochs"))
    return rows


def batch_warnings(cfg: dict, world_size: int, dataset_rows: int) -> list[str]:
    """Not errors: a run that is valid but probably not what was meant."""
    max_steps = cfg.get("max_steps") or 0
    per_step = samples_per_step(cfg, world_size)
    epochs = max_steps / max(1, math.ceil(train_rows(cfg, dataset_rows) / per_step))
    if epochs > MAX_EPOCHS_WITHOUT_WARNING:
        same = math.ceil(max_steps / world_size)
        return [
            f"max_steps {max_steps} is {epochs:.1f} epochs at world size {world_size} (~{per_step:,.0f} "
            f"samples per step); for the samples of the same recipe on 1 GPU use max_steps ~{same} "
            f"(e.g. --max_steps={same}) or a smaller micro_batch_size x gradient_accumulation_steps"
        ]
    return []


def _zero_stage(cfg: dict):
    ds = cfg.get("deepspeed")
    if isinstance(ds, str) and Path(ds).is_file():
        try:
            ds = json.loads(Path(ds).read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            return None
    return _ds_value(ds, "zero_optimization.stage") if isinstance(ds, dict) else None


def quant_storage_warnings(cfg: dict) -> list[str]:
    """QLoRA sharded by FSDP / ZeRO-3 stores the packed 4-bit weights as bnb_4bit_quant_storage
    (axolotl's default bfloat16); the sharding wants it to be the dtype of the other weights."""
    if cfg.get("adapter") != "qlora" or not (cfg.get("fsdp_config") or _zero_stage(cfg) == 3):
        return []
    kwargs = cfg.get("bnb_config_kwargs") if isinstance(cfg.get("bnb_config_kwargs"), dict) else {}
    storage = kwargs.get("bnb_4bit_quant_storage", "bfloat16")
    train = "bfloat16" if cfg.get("bf16") is True else "float16" if cfg.get("fp16") else "float32"
    if str(storage).removeprefix("torch.") == train:
        return []
    return [
        f"QLoRA sharded with FSDP/ZeRO-3 stores 4-bit weights as {storage} but trains in {train}: "
        f"set bnb_config_kwargs.bnb_4bit_quant_storage: {train} (or train in bf16)"
    ]


@dataclass
class Report:
    rows: list[tuple[str, str]]
    problems: list[Problem]
    warnings: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def lint(
    path: str | Path,
    world_size: int = 1,
    dataset_rows: int | None = None,
    compute_capability: str = DEFAULT_COMPUTE_CAPABILITY,
    validate: bool = True,
    text: str | None = None,
) -> Report:
    """Check one recipe; `validate=False` skips axolotl's validate_config (the slow part)."""
    problems: list[Problem] = []
    try:
        recipe = Recipe(path, text)
    except RecipeLoadError as exc:
        where = f"{path}:{exc.line}" if exc.line else str(path)
        return Report([], [Problem(exc.what, where, exc.fix)], [])
    except (OSError, yaml.YAMLError) as exc:
        return Report(
            [], [Problem(f"cannot read the recipe: {exc}", str(path), "fix the path / YAML syntax")], []
        )
    if not isinstance(recipe.cfg, dict):
        return Report(
            [],
            [Problem("the recipe is not a YAML mapping of keys", str(path), "start from recipes/xlam.yml")],
            [],
        )
    cfg, warnings_ = recipe.cfg, []
    if dataset_rows is None:  # counted when the data is local, else XLAM-60k's size
        dataset_rows = local_rows(cfg) or DEFAULT_DATASET_ROWS
    precision = "bf16" if cfg.get("bf16") is True else "fp16" if cfg.get("fp16") else "fp32"
    rows = [
        ("recipe", str(path)),
        ("base_model", str(cfg.get("base_model"))),
        ("adapter / precision", f"{cfg.get('adapter') or 'full'} / {precision}"),
    ]
    for name, check in (
        ("keys", check_unknown_keys),
        ("strategies", check_strategy_types),
        ("trust_remote_code", check_trust_remote_code),
        ("secrets", check_secrets),
    ):
        try:
            check(recipe, problems)
        except Exception as exc:  # noqa: BLE001 - a malformed recipe must give a message, not a trace
            problems.append(
                Problem(
                    f"could not check {name}: {type(exc).__name__}: {exc}",
                    str(path),
                    "fix the recipe's structure (compare recipes/xlam.yml)",
                )
            )
    shape_problems: list[Problem] = []
    check_shapes(recipe, shape_problems)
    if shape_problems:  # the checks below assume these shapes
        problems += shape_problems
        rows.append(("result", f"{len(problems)} problem(s)"))
        return Report(rows, problems, warnings_)
    try:
        rows += batch_rows(cfg, world_size, dataset_rows)
        warnings_ += batch_warnings(cfg, world_size, dataset_rows)
        rows.append(("scaling", scaling_summary(recipe, world_size, problems)))
        warnings_ += quant_storage_warnings(cfg)
    except (TypeError, ValueError, AttributeError, ArithmeticError) as exc:  # e.g. max_steps: .inf
        problems.append(
            Problem(
                f"batch / scaling keys have the wrong type or value: {exc}",
                str(path),
                "micro_batch_size, gradient_accumulation_steps, sequence_len are "
                "integers, val_set_size a number, deepspeed a path",
            )
        )
    if validate:
        rows.append(("axolotl validation", check_axolotl(recipe, world_size, compute_capability, problems)))
    rows.append(("result", "OK" if not problems else f"{len(problems)} problem(s)"))
    return Report(rows, problems, warnings_)


def redact(text: str) -> str:
    for pattern in SECRET_VALUES.values():
        text = pattern.sub(lambda m: _mask(m.group()), text)
    return text


def format_table(rows: list[tuple[str, str]]) -> str:
    width = max((len(k) for k, _ in rows), default=0)
    return "\n".join(f"  {k.ljust(width)}  {redact(v)}" for k, v in rows)


def quiet_libraries() -> None:
    """axolotl/torchao/bitsandbytes log at import and during validation; the table is the output."""
    import logging
    import warnings

    warnings.simplefilter("ignore")
    logging.disable(logging.WARNING)
    os.environ.setdefault("AXOLOTL_DO_NOT_TRACK", "1")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="xlam-check", description=__doc__.split("\n\n")[0])
    parser.add_argument("recipe", nargs="+", help="recipe YAML file(s)")
    parser.add_argument(
        "--world-size",
        type=int,
        default=int(os.environ.get("WORLD_SIZE", 1)),
        help="number of GPUs in the run (default: $WORLD_SIZE or 1)",
    )
    parser.add_argument(
        "--dataset-rows",
        type=int,
        default=None,
        help="rows in the dataset before the val split (default: counted for local "
        f"JSON/JSONL datasets, else {DEFAULT_DATASET_ROWS:,}, XLAM-60k)",
    )
    parser.add_argument(
        "--compute-capability",
        default=DEFAULT_COMPUTE_CAPABILITY,
        help="target GPU for axolotl's validation: sm_80 (A100), sm_90 (H100, default)",
    )
    parser.add_argument("--no-validate", action="store_true", help="skip axolotl's validate_config")
    parser.add_argument("--verbose", action="store_true", help="show axolotl's own log lines")
    args = parser.parse_args(argv)
    if args.world_size < 1 or (args.dataset_rows is not None and args.dataset_rows < 1):
        parser.error("--world-size and --dataset-rows must be >= 1")
    if not re.fullmatch(r"sm_\d{2,3}", args.compute_capability):
        parser.error("--compute-capability looks like sm_80 or sm_90")
    if not args.verbose:
        quiet_libraries()
    for stream in (sys.stdout, sys.stderr):  # a recipe string may hold a lone surrogate
        stream.reconfigure(errors="backslashreplace")
    # like axolotl: `type: package.module` resolves from the working directory
    sys.path.insert(0, os.getcwd())
    failed = False
    for path in args.recipe:
        report = lint(
            path, args.world_size, args.dataset_rows, args.compute_capability, validate=not args.no_validate
        )
        print(format_table(report.rows))
        for warning in report.warnings:
            print(f"WARNING {warning}")
        for problem in report.problems:
            print(f"ERROR {problem}")
        print()
        failed |= not report.ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
