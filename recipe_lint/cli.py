"""Lint a recipe before spending GPU hours on it.

    xlam-check recipes/xlam.yml --world-size 16 [--dataset-rows 60000]
    python -m recipe_lint recipes/xlam.yml --world-size 16

Prints the batch arithmetic (global batch, samples and tokens per step, steps per epoch), which
DeepSpeed / FSDP config is used, and fails (exit 1) with what / where / how-to-fix on what axolotl
would silently ignore or only discover on the GPU box: malformed YAML, values of the wrong type or
range, unknown keys, a dataset `type` that does not import, a missing or mismatched DeepSpeed JSON,
`trust_remote_code: true`, secrets in the file, and anything axolotl 0.19's own validation rejects.
"""

from __future__ import annotations

import argparse
import os
import re
import sys

from recipe_lint.axolotl_validation import DEFAULT_COMPUTE_CAPABILITY
from recipe_lint.report import lint
from recipe_lint.secret_scan import redact


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


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be >= 1")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="xlam-check", description=__doc__.split("\n\n")[0])
    parser.add_argument("recipe", nargs="+", help="recipe YAML file(s)")
    parser.add_argument(
        "--world-size",
        type=_positive,
        default=os.environ.get("WORLD_SIZE", "1"),
        help="number of GPUs in the run (default: $WORLD_SIZE or 1)",
    )
    parser.add_argument(
        "--dataset-rows",
        type=_positive,
        default=None,
        help="rows in the dataset before the val split (default: counted when the "
        "dataset is a local file or folder, else XLAM-60k's 60,000)",
    )
    parser.add_argument(
        "--compute-capability",
        default=DEFAULT_COMPUTE_CAPABILITY,
        help="target GPU for axolotl's validation: sm_80 (A100), sm_90 (H100, default)",
    )
    parser.add_argument("--no-validate", action="store_true", help="skip axolotl's validate_config")
    parser.add_argument("--verbose", action="store_true", help="show axolotl's own log lines")
    args = parser.parse_args(argv)
    if not re.fullmatch(r"sm_\d{2,3}", args.compute_capability):
        parser.error("--compute-capability looks like sm_80 or sm_90")
    if not args.verbose:
        quiet_libraries()
    for stream in (sys.stdout, sys.stderr):  # a recipe's odd characters must not crash the report
        if hasattr(stream, "reconfigure"):
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
            print(f"ERROR {redact(str(problem))}")
        print()
        failed |= not report.ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
