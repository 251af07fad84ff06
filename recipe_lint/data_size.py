"""How many rows the recipe trains on, and how long they are, for the epoch arithmetic.

A local dataset (JSON Lines, a JSON list, CSV, Parquet, or a `save_to_disk` folder) is counted.
Row length is estimated from its bytes: XLAM rows as JSON take about 4 bytes per Llama 3 token
once rendered (data/xlam_sample: 996 bytes per row, 248 tokens; tests/test_recipe_lint_batch.py
re-measures it). Hub datasets are taken to be XLAM-60k: 60,000 rows of ~383 tokens (the length
mix measured in docs/benchmarks.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from recipe_lint.recipe_yaml import Recipe
from recipe_lint.schema import entries

XLAM_ROWS = 60_000  # Salesforce/xlam-function-calling-60k
XLAM_MEAN_ROW_TOKENS = 383  # docs/benchmarks.md
BYTES_PER_TOKEN = 4.0
SAMPLED_ROWS = 2_000  # rows read from a dataset folder to estimate their length
CHUNK = 1 << 20


@dataclass
class DataSize:
    rows: int
    rows_source: str
    mean_row_tokens: float
    tokens_source: str


@dataclass
class _Counted:
    rows: int
    row_bytes: float | None  # mean bytes per row, None when the format does not tell


def _jsonl(path: Path) -> _Counted:
    rows = size = 0
    last = b"\n"
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            rows += chunk.count(b"\n")
            size += len(chunk)
            last = chunk[-1:]
    rows += last != b"\n"
    return _Counted(rows, size / rows if rows else None)


def _json(path: Path) -> _Counted:
    with path.open("rb") as f:
        head = f.read(64).lstrip()
    if not head.startswith(b"["):
        return _jsonl(path)  # axolotl's json loader reads JSON Lines under .json too
    data = json.loads(path.read_bytes())
    if not isinstance(data, list):
        raise ValueError("not a JSON list of rows")
    return _Counted(len(data), path.stat().st_size / len(data) if data else None)


def _csv(path: Path) -> _Counted:
    counted = _jsonl(path)
    return _Counted(max(0, counted.rows - 1), None)


def _parquet(path: Path) -> _Counted:
    import pyarrow.parquet as pq

    return _Counted(pq.ParquetFile(path).metadata.num_rows, None)


def _folder(path: Path, split: str | None) -> _Counted:
    from datasets import DatasetDict, load_from_disk

    ds = load_from_disk(str(path))
    if isinstance(ds, DatasetDict):
        ds = ds[split or "train"]
    sample = ds.select(range(min(len(ds), SAMPLED_ROWS)))
    sizes = [len(json.dumps(row, ensure_ascii=False, default=str).encode()) for row in sample]
    return _Counted(len(ds), sum(sizes) / len(sizes) if sizes else None)


READERS = {".jsonl": _jsonl, ".json": _json, ".csv": _csv, ".parquet": _parquet}


def count_local(entry: dict) -> _Counted | None:
    """Rows (and mean bytes per row) of a dataset entry whose `path` is on this machine."""
    path = Path(str(entry.get("path")))
    try:
        if path.is_dir():
            return _folder(path, entry.get("split"))
        reader = READERS.get(path.suffix) or READERS.get(f".{entry.get('ds_type')}")
        return reader(path) if reader and path.is_file() else None
    except (OSError, ValueError, KeyError, ImportError):  # unreadable: the default is used
        return None


def data_size(recipe: Recipe, dataset_rows: int | None = None) -> DataSize:
    """Rows before the validation split and mean tokens per row, each saying where it comes from."""
    counted, remote = [], 0
    for _, entry in entries(recipe, "datasets", dict):
        found = count_local(entry)
        if found is None:
            remote += 1
        else:
            counted.append((str(entry.get("path")), found))
    if dataset_rows is not None:
        rows, rows_source = dataset_rows, "--dataset-rows"
    elif counted and not remote:
        rows = sum(c.rows for _, c in counted)
        rows_source = "counted in " + ", ".join(p for p, _ in counted)
    else:
        rows = sum(c.rows for _, c in counted) + XLAM_ROWS * max(remote, 1)
        rows_source = (
            "XLAM-60k's size assumed for a dataset not on this machine"
            + (" plus the counted local files" if counted else "")
            + "; --dataset-rows N"
        )
    sized = [(c.rows, c.row_bytes) for _, c in counted if c.row_bytes and c.rows]
    if sized and not remote and len(sized) == len(counted):
        mean_bytes = sum(r * b for r, b in sized) / sum(r for r, _ in sized)
        return DataSize(
            rows,
            rows_source,
            mean_bytes / BYTES_PER_TOKEN,
            f"estimated from the local data at {BYTES_PER_TOKEN:g} bytes of JSON per token",
        )
    return DataSize(rows, rows_source, XLAM_MEAN_ROW_TOKENS, "XLAM-60k's mean row length, docs/benchmarks.md")
