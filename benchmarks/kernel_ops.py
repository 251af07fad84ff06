"""Which host operator launched each GPU kernel of a profiled step (benchmarks/kernel_table.py).

A kernel's launch path is read from the host ranges open when its runtime call ran (same
correlation id): the innermost autograd node if the launch happened in backward, the outermost aten
op under it, and the innermost aten op (the one that launched it), e.g. `aten::to > aten::copy_`
(a dtype cast), `MulBackward0 > aten::mul`, `torch::autograd::AccumulateGrad > aten::add_`. The
input shapes, dtypes and strides of the launching op come from the profiler's `record_shapes`.
A kernel with no aten op around its launch (or no launch in the trace) is `unattributed`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

UNATTRIBUTED = "unattributed"
BACKWARD_OP = re.compile(r"evaluate_function|Backward", re.I)
EVALUATE = "autograd::engine::evaluate_function: "
DTYPES = {
    "c10::BFloat16": "bf16",
    "c10::Half": "f16",
    "float": "f32",
    "double": "f64",
    "long int": "i64",
    "int": "i32",
    "bool": "bool",
}


def launch_path(stack: list[dict]) -> tuple[str, dict | None]:
    """(path, launching op) for a launch under host stack `stack` (outermost first)."""
    ops = [r for r in stack if r.get("cat") == "cpu_op"]
    if not ops:
        return UNATTRIBUTED, None
    node = max((i for i, r in enumerate(ops) if BACKWARD_OP.search(r["name"])), default=-1)
    names = [ops[node]["name"].removeprefix(EVALUATE)] if node >= 0 else []
    under = ops[node + 1 :]
    if under:
        names += [under[0]["name"], under[-1]["name"]]
    path = [n for i, n in enumerate(names) if i == 0 or n != names[i - 1]]
    return " > ".join(path), ops[-1]


def _contiguous(dims: list, strides: list) -> bool:
    expected = 1
    for size, stride in zip(reversed(dims), reversed(strides)):
        if size != 1 and stride != expected:
            return False
        expected *= size
    return True


def inputs(op: dict | None) -> str:
    """The launching op's inputs, e.g. `bf16[2, 4096], f32[2, 4096] non-contiguous, False`."""
    args = (op or {}).get("args") or {}
    dims, types = args.get("Input Dims") or [], args.get("Input type") or []
    strides, values = args.get("Input Strides") or [], args.get("Concrete Inputs") or []
    out = []
    for i in range(max(len(dims), len(types))):
        d, t = dims[i] if i < len(dims) else [], types[i] if i < len(types) else ""
        if t.startswith("Scalar"):
            out.append((values[i] if i < len(values) else "") or "scalar")
        elif isinstance(d, list) and all(isinstance(x, int) for x in d) and (d or t in DTYPES):
            s = strides[i] if i < len(strides) else []
            odd = len(s) == len(d) and all(isinstance(x, int) for x in s) and not _contiguous(d, s)
            out.append(f"{DTYPES.get(t, t)}{d}" + (" non-contiguous" if odd else ""))
        elif isinstance(d, list) and d:
            out.append(f"{len(d)} × {t or 'tensor'}")
    return ", ".join(out)


class Attribution:
    """Launch paths and launching-op inputs per top-kernel key, and GPU time per launch path."""

    def __init__(self):
        self.paths = defaultdict(Counter)  # kernel key -> Counter(path)
        self.launches = defaultdict(Counter)  # kernel key -> Counter((path, inputs))
        self.ops = defaultdict(lambda: [0, 0.0])  # path -> [launches, ms]

    def add(self, key, stack: list[dict], ms: float) -> None:
        path, op = launch_path(stack)
        self.paths[key][path] += 1
        self.launches[key][(path, inputs(op))] += 1
        self.ops[path][0] += 1
        self.ops[path][1] += ms

    def kernel(self, key) -> dict:
        """`launched_by`: the 3 most common launch paths with their launch counts; `launch`: the most
        common (path, inputs) pair."""
        (path, args), count = self.launches[key].most_common(1)[0]
        return {
            "launched_by": [{"op": p, "count": n} for p, n in self.paths[key].most_common(3)],
            "launch": {"op": path, "inputs": args, "count": count},
        }

    def top_ops(self, n_steps: int, limit: int = 15) -> list[dict]:
        top = sorted(self.ops.items(), key=lambda kv: -kv[1][1])[:limit]
        return [
            {"op": p, "launches_per_step": n / n_steps, "ms_per_step": ms / n_steps} for p, (n, ms) in top
        ]


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _count(x: float) -> str:
    return f"{x:,.0f}" if x == int(x) else f"{x:,.1f}"


def markdown(table: dict, kernels: int = 10) -> str:
    """The top kernels with their launching ops, and the top launch paths by GPU time; empty for a
    table written before kernels were attributed."""
    if "top_ops" not in table:
        return ""
    n = max(1, table["steps"])
    lines = [
        "| top kernels | category | launches per step | ms per step | launched by (launches per step) "
        "| most common launch: inputs |",
        "|---|---|---|---|---|---|",
    ]
    for k in table["top_kernels"][:kernels]:
        by = ", ".join(f"{b['op']} ({_count(b['count'] / n)})" for b in k["launched_by"])
        launch = k["launch"]
        lines.append(
            f"| `{_cell(k['kernel'])}` | {k['category']} | {_count(k['count'] / n)} | {k['ms_per_step']:.1f} "
            f"| {_cell(by)} | {_cell(launch['op'])}: {_cell(launch['inputs']) or '-'} |"
        )
    lines += ["", "| top aten ops by GPU time | launches per step | GPU ms per step |", "|---|---|---|"]
    for o in table["top_ops"]:
        lines.append(f"| {_cell(o['op'])} | {_count(o['launches_per_step'])} | {o['ms_per_step']:.1f} |")
    return "\n".join(lines) + "\n"
