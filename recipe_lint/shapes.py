"""Value shapes that axolotl accepts at load time but that fail minutes into a GPU run (or crash
the lint's own arithmetic): each is reported with its key, line and fix."""

from __future__ import annotations

from recipe_lint.problem import Problem

MAX_COUNT = 1_000_000  # no real batch, step or sequence size is larger
MAX_PATH_COMPONENT = 255  # bytes, the usual file-system limit

COUNT_KEYS = (
    "sequence_len",
    "micro_batch_size",
    "gradient_accumulation_steps",
    "max_steps",
    "eval_batch_size",
)
MAPPING_KEYS = ("gradient_checkpointing_kwargs", "bnb_config_kwargs", "fsdp_config", "peft_config")
STRING_KEYS = ("adapter", "base_model", "output_dir", "dataset_prepared_path", "chat_template")


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _name(value) -> str:
    return f"{value!r:.60}" if not isinstance(value, str) else repr(value[:60])


def check_shapes(recipe, problems: list[Problem]) -> None:
    cfg = recipe.cfg

    def bad(key, what, fix, *path):
        problems.append(Problem(what, recipe.where(key, *path), fix))

    for key in COUNT_KEYS:
        value = cfg.get(key)
        if value is not None and not (_is_int(value) and 1 <= value <= MAX_COUNT):
            bad(
                key,
                f"`{key}` must be a whole number from 1 to {MAX_COUNT:,}, got {_name(value)}",
                f"set `{key}` to a positive integer (see recipes/xlam.yml), or delete the line",
            )

    targets = cfg.get("lora_target_modules")
    if isinstance(targets, str):
        bad(
            "lora_target_modules",
            f"`lora_target_modules` is one string ({_name(targets)}): PEFT "
            "looks for a module of that exact name and fails after the model has loaded",
            "write a YAML list, e.g. `lora_target_modules: [q_proj, k_proj, v_proj]`, or use "
            "`lora_target_linear: true`",
        )
    elif targets is not None and not (isinstance(targets, list) and all(isinstance(t, str) for t in targets)):
        bad(
            "lora_target_modules",
            f"`lora_target_modules` must be a list of module names, got {_name(targets)}",
            "write a YAML list of names, e.g. `[q_proj, v_proj]`",
        )

    for key in MAPPING_KEYS:
        value = cfg.get(key)
        if value is not None and not isinstance(value, dict):
            bad(
                key,
                f"`{key}` must be a mapping of settings, got {_name(value)}",
                f"write `{key}:` with indented `name: value` lines below it, or delete it",
            )
    for key in STRING_KEYS:
        value = cfg.get(key)
        if value is not None and not isinstance(value, str):
            bad(
                key,
                f"`{key}` must be a single string, got {_name(value)}",
                f"set `{key}` to one value (e.g. `adapter: lora`), or leave it empty",
            )

    deepspeed = cfg.get("deepspeed")
    if deepspeed is not None and not isinstance(deepspeed, (str, dict)):
        bad(
            "deepspeed",
            f"`deepspeed` must be a path to a DeepSpeed JSON, got {_name(deepspeed)}",
            "set `deepspeed: recipes/launchers/zero2.json` (or another launcher), or leave it empty",
        )
    elif isinstance(deepspeed, str):
        long = [
            c for c in deepspeed.split("/") if len(c.encode("utf-8", "surrogatepass")) > MAX_PATH_COMPONENT
        ]
        if long:
            bad(
                "deepspeed",
                f"`deepspeed` path has a name over {MAX_PATH_COMPONENT} bytes ({_name(long[0])}...)",
                "point `deepspeed:` at one of recipes/launchers/*.json",
            )

    for key in ("plugins", "datasets", "test_datasets"):
        value = cfg.get(key)
        if value is not None and not isinstance(value, list):
            bad(
                key,
                f"`{key}` must be a YAML list, got {_name(value)}",
                f"write each entry on its own `- ` line under `{key}:` (see recipes/xlam.yml)",
            )
        elif isinstance(value, list):
            want = str if key == "plugins" else dict
            for i, item in enumerate(value):
                if not isinstance(item, want):
                    what = "a module path string" if want is str else "a mapping (path:, type:, ...)"
                    bad(
                        key,
                        f"`{key}[{i}]` must be {what}, got {_name(item)}",
                        f"fix or delete entry {i} of `{key}` (see recipes/xlam.yml)",
                        i,
                    )
