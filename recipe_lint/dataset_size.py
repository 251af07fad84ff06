"""How many rows the recipe's datasets hold, counted when every dataset is a local file."""

from __future__ import annotations

import json
from pathlib import Path


def local_rows(cfg: dict) -> int | None:
    """Rows of the recipe's datasets if all are local JSON / JSONL files (paths relative to the
    working directory, as axolotl reads them), else None."""
    total = 0
    datasets = cfg.get("datasets")
    if not isinstance(datasets, list):
        return None
    for ds in datasets:
        path = Path(str(ds.get("path", ""))) if isinstance(ds, dict) else None
        if path is None or not path.is_file() or path.suffix not in (".json", ".jsonl"):
            return None
        try:
            with open(path, encoding="utf-8") as f:
                if path.suffix == ".jsonl":
                    total += sum(1 for line in f if line.strip())
                else:
                    data = json.load(f)
                    total += len(data) if isinstance(data, list) else 0
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            return None
    return total or None
