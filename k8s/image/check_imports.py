"""Build-time check of the image: everything the pods import is installed and importable.

    python check_imports.py --version 0.1.0 --axolotl 0.19.0

The package is installed with --no-deps (the base image's torch/axolotl builds stay), so this checks
what pip did not: every declared dependency of xlam-fc-recipes is installed, and every module the
pods run (prompt_strategies, eval, speedups, the axolotl CLIs, run_env.py's yaml) imports, together
with every module those import anywhere, also inside functions (eval draws its report with
matplotlib only at the end of a run). Exit 1 lists each missing piece.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import importlib.metadata as metadata
import re
import sys
from pathlib import Path

DIST = "xlam-fc-recipes"
PACKAGES = ("prompt_strategies", "eval", "speedups")
ENTRY_MODULES = ("yaml", "axolotl.cli.train", "axolotl.cli.preprocess", "accelerate.commands.launch")
OPTIONAL = {"vllm"}  # eval/infer.py uses vLLM only when it is installed


def missing_distributions() -> list[str]:
    missing = []
    for requirement in metadata.requires(DIST) or []:
        if "extra ==" in requirement:
            continue
        name = re.match(r"[A-Za-z0-9_.-]+", requirement).group(0)
        try:
            metadata.distribution(name)
        except metadata.PackageNotFoundError:
            missing.append(f"{name} (a dependency of {DIST}: {requirement})")
    return missing


def imported_modules(package: str) -> dict[str, str]:
    """Every absolute import in the package's files (module -> first file importing it), plus the
    package's own modules."""
    root = Path(importlib.import_module(package).__path__[0])
    found: dict[str, str] = {}
    for path in sorted(root.rglob("*.py")):
        own = ".".join(path.relative_to(root.parent).with_suffix("").parts).removesuffix(".__init__")
        if not own.endswith("__main__"):
            found.setdefault(own, str(path))
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module != "__future__":
                names = [node.module]
            else:
                continue
            for name in names:
                if name.split(".")[0] not in OPTIONAL:
                    found.setdefault(name, f"{path.parent.name}/{path.name}")
    return found


def import_problems() -> list[str]:
    wanted = dict.fromkeys(ENTRY_MODULES, "the pods")
    for package in PACKAGES:
        try:
            wanted.update(imported_modules(package))
        except ImportError as exc:
            return [f"{package}: {exc}"]
    problems = []
    for name, user in sorted(wanted.items()):
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001  any failure to import is what this check reports
            problems.append(f"{name} (imported by {user}): {type(exc).__name__}: {exc}")
    return problems


def bfcl_problems() -> list[str]:
    """The eval Job scores BFCL categories from bfcl-eval's data files."""
    from eval.bfcl import data_dir

    try:
        folder = data_dir()
    except FileNotFoundError as exc:
        return [str(exc)]
    return [] if folder.is_dir() else [f"BFCL data folder {folder} is missing (bfcl-eval)"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", required=True, help=f"the {DIST} version the image must hold")
    parser.add_argument("--axolotl", required=True, help="the axolotl version the base image must hold")
    args = parser.parse_args(argv)
    problems = []
    installed = metadata.version(DIST)
    if installed != args.version:
        problems.append(f"{DIST} {installed} installed, the image is tagged for {args.version}")
    if not metadata.version("axolotl").startswith(args.axolotl):
        problems.append(f"axolotl {metadata.version('axolotl')} in the base image, expected {args.axolotl}")
    problems += missing_distributions() + import_problems()
    if not problems:
        problems += bfcl_problems()
    if problems:
        print("check_imports: the image cannot run the Jobs; missing or broken:", file=sys.stderr)
        print("\n".join(f"  - {p}" for p in problems), file=sys.stderr)
        return 1
    print(f"check_imports: {DIST} {installed} on axolotl {metadata.version('axolotl')}: all imports resolve")
    return 0


if __name__ == "__main__":
    sys.exit(main())
