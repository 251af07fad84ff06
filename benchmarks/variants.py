"""What the benchmark runs: variants (`NAME=[GPUS:][RUNNER:]RECIPE`), their `--set` overrides, the
training config each one gets, the launcher it is meant to use, its 1-GPU reference, and the
presets (the 1-GPU speed comparison, and the N-GPU scaling matrix over every shipped launcher).

RUNNER is `axolotl` (default: `axolotl.cli.train` through k8s/launch.sh) or `hf` (the original
pipeline in plain HF + PEFT, benchmarks/original_hf.py).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNNERS = ("axolotl", "hf")
LAUNCHERS_DIR = "recipes/launchers"
SPEED = [
    "original-hf=hf:recipes/xlam.yml",
    "original=recipes/xlam.yml",
    "lora-fast=recipes/xlam-lora-fast.yml",
    "qlora-fast=recipes/xlam-qlora-fast.yml",
]
SCALED_RECIPES = {"lora-fast": "recipes/xlam-lora-fast.yml", "qlora-fast": "recipes/xlam-qlora-fast.yml"}
ORIGINAL = "recipes/xlam.yml"
BENCH_PLUGIN = "benchmarks.plugin.BenchPlugin"  # times every axolotl variant (benchmarks/plugin.py)


@dataclass(frozen=True)
class Variant:
    name: str
    gpus: int
    runner: str
    recipe: str


def parse_variant(spec: str) -> Variant:
    name, sep, rest = spec.partition("=")
    parts = rest.split(":")
    recipe, prefix = parts[-1], parts[:-1]
    gpus, runner = 1, "axolotl"
    ok = bool(sep and name and recipe) and len(prefix) <= 2
    for p in prefix:
        if p.isdigit() and int(p) >= 1:
            gpus = int(p)
        elif p in RUNNERS:
            runner = p
        else:
            ok = False
    if not ok:
        raise SystemExit(
            f"--variant {spec!r}: expected NAME=[GPUS:][RUNNER:]RECIPE with RUNNER one of "
            f"{', '.join(RUNNERS)}, e.g. lora-ddp=2:recipes/xlam-lora-fast.yml"
        )
    if not os.path.exists(os.path.join(ROOT, recipe)):
        raise SystemExit(f"--variant {spec!r}: recipe {recipe} not found under {ROOT}")
    return Variant(name, gpus, runner, recipe)


def parse_variants(specs: list[str]) -> dict[str, Variant]:
    out = {}
    for spec in specs:
        v = parse_variant(spec)
        if v.name in out:
            raise SystemExit(f"--variant {spec!r}: name {v.name!r} given twice")
        out[v.name] = v
    return out


def parse_sets(specs: list[str], names) -> dict[str, dict]:
    """'NAME:KEY=YAML' -> {NAME: {KEY: value}}."""
    extras = {name: {} for name in names}
    for s in specs:
        name, sep, kv = s.partition(":")
        key, sep2, value = kv.partition("=")
        if not (sep and sep2 and key):
            raise SystemExit(f"--set {s!r}: expected NAME:KEY=YAML, e.g. lora-fast:micro_batch_size=2")
        if name not in extras:
            raise SystemExit(f"--set {s!r}: no variant named {name!r} (variants: {', '.join(extras)})")
        try:
            extras[name][key] = yaml.safe_load(value)
        except yaml.YAMLError as e:
            raise SystemExit(f"--set {s!r}: the value is not YAML ({e.problem})") from None
    return extras


def load_yaml(path: str) -> dict:
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return yaml.safe_load(f) or {}


def launcher_overrides(path: str, recipe: dict) -> dict:
    """Recipe keys that select a shipped launcher: `deepspeed:` for a DeepSpeed JSON, the key block
    of an FSDP YAML. QLoRA under a sharding launcher stores the 4-bit weights in the training dtype
    (bnb_4bit_quant_storage), which FSDP and ZeRO-3 need to shard them."""
    if path.endswith(".json"):
        over = {"deepspeed": path}
        with open(os.path.join(ROOT, path), encoding="utf-8") as f:
            sharded = json.load(f)["zero_optimization"].get("stage") == 3
    else:
        over = {"deepspeed": None, **load_yaml(path)}
        sharded = True
    if sharded and recipe.get("load_in_4bit"):
        storage = "bfloat16" if recipe.get("bf16") else "float16"
        over["bnb_config_kwargs"] = {
            **(recipe.get("bnb_config_kwargs") or {}),
            "bnb_4bit_quant_storage": storage,
        }
    return over


def shipped_launchers() -> list[str]:
    return sorted(
        os.path.join(LAUNCHERS_DIR, f)
        for f in os.listdir(os.path.join(ROOT, LAUNCHERS_DIR))
        if f.endswith((".json", ".yml", ".yaml"))
    )


def scaling_preset(gpus: int) -> tuple[list[str], list[str]]:
    """(variants, sets): every shipped launcher (and plain DDP) x {lora-fast, qlora-fast} on `gpus`
    GPUs, and the original recipe under DDP, each after its 1-GPU reference at the same global
    batch (the reference accumulates `gpus` x more micro-batches)."""
    variants, sets = [], []
    recipes = {**SCALED_RECIPES, "original": ORIGINAL}
    for short, recipe in recipes.items():
        cfg = load_yaml(recipe)
        variants.append(f"{short}-1gpu=1:{recipe}")
        sets.append(f"{short}-1gpu:gradient_accumulation_steps={cfg['gradient_accumulation_steps'] * gpus}")
        variants.append(f"{short}-ddp={gpus}:{recipe}")
        if short == "original":
            continue
        for path in shipped_launchers():
            name = f"{short}-{os.path.splitext(os.path.basename(path))[0]}"
            variants.append(f"{name}={gpus}:{recipe}")
            sets += [f"{name}:{k}={json.dumps(v)}" for k, v in launcher_overrides(path, cfg).items()]
    return variants, sets


def variant_config(v: Variant, extra: dict, model_dir: str, data: str, work: str, steps: int) -> dict:
    """The recipe with the benchmark's overrides: the local model and rows, no eval, no saves, no
    W&B, logging every step, `steps` optimizer steps; then the variant's own `--set` keys."""
    cfg = load_yaml(v.recipe)
    cfg.update(
        {
            "base_model": model_dir,
            "datasets": [{"path": data, "ds_type": "json", "type": "prompt_strategies.xlam"}],
            "val_set_size": 0.0,
            "dataset_prepared_path": os.path.join(work, "prepared", v.name),
            "output_dir": os.path.join(work, "out", v.name),
            "xlam_report_dir": os.path.join(work, "out", v.name),
            "max_steps": steps,
            "logging_steps": 1,
            "save_strategy": "no",
            "save_steps": None,
            "eval_steps": None,
            "eval_strategy": "no",
            "use_wandb": False,
            "wandb_project": None,
            "wandb_entity": None,
            "wandb_name": None,
        }
    )
    cfg.update(extra)
    # after the `--set` keys, so a variant that sets its own `plugins:` list is still timed
    if v.runner == "axolotl" and BENCH_PLUGIN not in (cfg.get("plugins") or []):
        cfg["plugins"] = list(cfg.get("plugins") or []) + [BENCH_PLUGIN]
    return cfg


def launcher_label(cfg: dict, gpus: int) -> str:
    """The launcher a config asks for (launch.sh picks DeepSpeed from `deepspeed:`)."""
    if cfg.get("fsdp_config") or cfg.get("fsdp_version"):
        return f"FSDP{cfg.get('fsdp_version') or 1}"
    ds = cfg.get("deepspeed")
    if ds:
        if isinstance(ds, str):
            with open(os.path.join(ROOT, ds), encoding="utf-8") as f:
                ds = json.load(f)
        return f"DeepSpeed ZeRO-{(ds.get('zero_optimization') or {}).get('stage', '?')}"
    return "DDP" if gpus > 1 else "single process"


def reference_of(name: str, variants: dict[str, Variant]) -> str | None:
    """The first 1-GPU variant of the same recipe and runner (None for a 1-GPU variant)."""
    v = variants[name]
    if v.gpus == 1:
        return None
    return next(
        (n for n, o in variants.items() if o.gpus == 1 and o.recipe == v.recipe and o.runner == v.runner),
        None,
    )
