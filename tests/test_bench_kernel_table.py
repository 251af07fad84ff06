"""benchmarks/kernel_table.py on a synthetic torch.profiler trace: each kernel lands in its category
through its name, the shapes of the aten op that launched it, or the module range of its forward
op, GPU idle time is split into data loading and the rest, and each kernel names the aten ops that
launched it (benchmarks/kernel_ops.py)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest

from benchmarks import kernel_ops as kops
from benchmarks import kernel_table as kt
from conftest import ROOT

LORA_R, VOCAB = 16, 128256


class Trace:
    """Host ranges on thread 1 (or `tid`), kernels launched from inside them at increasing GPU times."""

    def __init__(self):
        self.events, self.corr, self.gpu_t = [], 0, 1000.0

    def host(self, name, ts, dur, cat="cpu_op", tid=1, **args):
        self.events.append(
            {"ph": "X", "cat": cat, "name": name, "pid": 1, "tid": tid, "ts": ts, "dur": dur, "args": args}
        )

    def kernel(self, name, launch_ts, dur, gap=0.0, tid=1, launched=True):
        """`launched=False`: the trace lost the runtime call that launched the kernel."""
        self.corr += 1
        if launched:
            self.events.append(
                {
                    "ph": "X",
                    "cat": "cuda_runtime",
                    "name": "cudaLaunchKernel",
                    "pid": 1,
                    "tid": tid,
                    "ts": launch_ts,
                    "dur": 1,
                    "args": {"correlation": self.corr},
                }
            )
        self.gpu_t += gap
        self.events.append(
            {
                "ph": "X",
                "cat": "kernel",
                "name": name,
                "pid": 0,
                "tid": 7,
                "ts": self.gpu_t,
                "dur": dur,
                "args": {"correlation": self.corr},
            }
        )
        self.gpu_t += dur


def synthetic() -> Trace:
    t = Trace()
    t.host("bench::optimizer_step 4", 0, 10_000, cat="user_annotation")
    t.host("bench::data", 10, 50, cat="user_annotation")
    # forward
    t.host("aten::mm", 100, 10, **{"Input Dims": [[8192, 4096], [4096, 14336]], "Sequence number": 1})
    t.kernel("sm90_xmma_gemm_bf16bf16_bf16f32", 101, 100, gap=500)  # the GPU idled 500 us in bench::data
    t.host("aten::mm", 120, 10, **{"Input Dims": [[8192, 4096], [4096, 16]], "Sequence number": 2})
    t.kernel("nvjet_tst_128x64", 121, 10)
    t.host("kDequantizeBlockwise launcher", 130, 5)
    t.kernel("void kDequantizeBlockwise<__nv_bfloat16, 512, 64, 8, 2>", 131, 5)
    t.host("aten::_scaled_dot_product_flash_attention", 140, 10)
    t.kernel("pytorch_flash::flash_fwd_kernel", 141, 40)
    t.kernel("_rms_norm_forward_kernel", 155, 8)
    t.host("bench::module::activation", 160, 20, cat="user_annotation")
    t.host("aten::silu", 161, 5, **{"Sequence number": 3})
    t.kernel("vectorized_elementwise_kernel<silu>", 162, 6)
    t.host("aten::mm", 190, 10, **{"Input Dims": [[8192, 4096], [4096, 128256]], "Sequence number": 4})
    t.kernel("sm90_xmma_gemm_bf16bf16_bf16f32", 191, 200)
    t.kernel("liger_cross_entropy_kernel", 200, 30)
    # backward: the base matmul's input gradient, the activation's backward via its sequence number
    t.host("autograd::engine::evaluate_function: MmBackward0", 300, 50, **{"Sequence number": 1})
    t.host("aten::mm", 305, 10, **{"Input Dims": [[8192, 14336], [14336, 4096]]})
    t.kernel("sm90_xmma_gemm_bf16bf16_bf16f32", 306, 150)
    t.host("autograd::engine::evaluate_function: SiluBackward0", 400, 20, **{"Sequence number": 3})
    t.host("aten::mul", 405, 5)
    t.kernel("elementwise_kernel<mul>", 406, 7)
    t.kernel("ncclDevKernel_AllReduce_Sum_f32_RING_LL", 430, 60)
    t.host("Optimizer.step#AdamW.step", 500, 100, cat="user_annotation")
    t.host("aten::_foreach_add_", 510, 10)
    t.kernel("multi_tensor_apply_kernel<AdamFunctor>", 511, 20, gap=1000)  # host gap
    t.host("aten::copy_", 700, 5)
    t.kernel("elementwise_copy_kernel", 701, 4)
    t.events.append(
        {
            "ph": "X",
            "cat": "kernel",
            "name": "outside the profiled step",
            "pid": 0,
            "tid": 7,
            "ts": 20_000,
            "dur": 999,
            "args": {"correlation": 999},
        }
    )
    return t


def rows(table):
    return {r["category"]: r["ms_per_step"] * 1e3 for r in table["rows"]}  # microseconds


def test_kernels_land_in_their_categories():
    ms = rows(kt.breakdown(synthetic().events, LORA_R, VOCAB))
    assert ms[kt.BASE_FWD] == pytest.approx(100)
    assert ms[kt.BASE_BWD] == pytest.approx(150)
    assert ms[kt.LORA] == pytest.approx(10)
    assert ms[kt.DEQUANT] == pytest.approx(5)
    assert ms[kt.ATTENTION] == pytest.approx(40)
    assert ms[kt.HEAD] == pytest.approx(230)  # lm_head GEMM (vocab-wide) + the loss kernel
    assert ms[kt.NORM] == pytest.approx(8 + 6 + 7)  # Liger norm by name, silu forward and backward by range
    assert ms[kt.COMM] == pytest.approx(60)
    assert ms[kt.OPTIMIZER] == pytest.approx(20)
    assert ms[kt.OTHER] == pytest.approx(4)


def test_idle_time_is_split_and_the_step_adds_up():
    table = kt.breakdown(synthetic().events, LORA_R, VOCAB)
    ms = rows(table)
    assert table["steps"] == 1 and table["step_ms"] == pytest.approx(10.0)
    busy = 100 + 10 + 5 + 40 + 8 + 6 + 200 + 30 + 150 + 7 + 60 + 20 + 4
    assert table["gpu_busy_ms_per_step"] * 1e3 == pytest.approx(busy)
    # the GPU idles from the step's start to its first kernel; only the 50 us with bench::data open
    # count as data loading
    assert ms[kt.DATA_IDLE] == pytest.approx(50)
    assert sum(ms.values()) == pytest.approx(10_000)
    assert table["kernels"] == 13  # the kernel after the step is not counted


def test_cli_prints_the_table_and_rejects_a_bad_file(tmp_path):
    path = tmp_path / "trace.json.gz"
    with gzip.open(path, "wt") as f:
        json.dump({"traceEvents": synthetic().events}, f)
    cmd = [
        sys.executable,
        "-m",
        "benchmarks.kernel_table",
        str(path),
        "--lora-r",
        "16",
        "--vocab",
        str(VOCAB),
    ]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "| LoRA matmuls | 0.0 |" in out.stdout and "| attention |" in out.stdout
    (tmp_path / "bad.json").write_text("{not json")
    cmd[3] = str(tmp_path / "bad.json")
    bad = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert (
        bad.returncode == 1 and "not a readable Chrome trace" in bad.stderr and "Traceback" not in bad.stderr
    )


def test_cpu_trace_uses_operator_self_time():
    t = Trace()
    t.host("bench::optimizer_step 2", 0, 1000, cat="user_annotation")
    t.host("aten::linear", 10, 300)
    t.host("aten::mm", 20, 200, **{"Input Dims": [[512, 64], [64, 16]]})
    t.host("aten::view", 30, 50)
    ms = rows(kt.breakdown([e for e in t.events if e["cat"] != "kernel"], LORA_R, VOCAB))
    assert ms[kt.LORA] == pytest.approx(150 + 50)  # mm's own time and its view's
    assert ms[kt.BASE_FWD] == pytest.approx(100)  # linear's own time: a matmul op without LoRA shapes
    assert ms[kt.HOST_IDLE] == pytest.approx(1000 - 300)


NOCAST = "void at::native::elementwise_kernel<128, 4, at::native::gpu_kernel_impl_nocast<>"
BF16_2D = {"Input Dims": [[64, 4096], [64, 4096]], "Input type": ["c10::BFloat16", "c10::BFloat16"]}


def micro_batch(t: Trace, t0: float):
    """One forward + backward whose elementwise kernels come from a cast, two residual adds (one
    input transposed), a backward mul and a gradient accumulation, plus two kernels without an aten op."""
    t.host("aten::to", t0 + 100, 30)
    t.host("aten::_to_copy", t0 + 101, 28)
    t.host(
        "aten::copy_",
        t0 + 102,
        20,
        **{"Input Dims": [[64, 4096], [64, 4096], []], "Input type": ["c10::BFloat16", "float", "Scalar"]},
        **{"Concrete Inputs": ["", "", "False"]},
    )
    t.kernel(NOCAST, t0 + 103, 5000)
    for start in (200, 220):
        t.host("aten::add", t0 + start, 10, **BF16_2D, **{"Input Strides": [[4096, 1], [1, 64]]})
        t.kernel(NOCAST, t0 + start + 1, 3000)
    # backward on the autograd thread, while the main thread waits inside an op of its own
    t.host("aten::_local_scalar_dense", t0 + 290, 300)
    t.host("autograd::engine::evaluate_function: MulBackward0", t0 + 300, 50, tid=2)
    t.host("MulBackward0", t0 + 301, 48, tid=2)
    t.host("aten::mul", t0 + 302, 8, tid=2, **BF16_2D)
    t.kernel(NOCAST, t0 + 303, 1000, tid=2)
    t.host("autograd::engine::evaluate_function: torch::autograd::AccumulateGrad", t0 + 400, 50, tid=2)
    t.host("aten::add_", t0 + 401, 9, tid=2, **BF16_2D)
    t.kernel("vectorized_elementwise_kernel<add>", t0 + 402, 500, tid=2)
    t.host("bench::module::norm", t0 + 600, 20, cat="user_annotation")
    t.kernel("_rms_norm_forward_kernel", t0 + 601, 700)  # a Triton launch, no aten op around it
    t.kernel("elementwise_copy_kernel", t0 + 650, 200, launched=False)


def two_steps() -> Trace:
    t = Trace()
    for step, t0 in ((1, 0), (2, 50_000)):
        t.host(f"bench::optimizer_step {step}", t0, 50_000, cat="user_annotation")
        t.gpu_t = t0 + 1000.0
        micro_batch(t, t0)
    return t


def test_kernels_name_the_aten_ops_that_launched_them():
    table = kt.breakdown(two_steps().events, LORA_R, VOCAB)
    top = {k["kernel"]: k for k in table["top_kernels"]}
    nocast = top[NOCAST[:90]]
    assert nocast["count"] == 8 and nocast["ms_per_step"] == pytest.approx(5 + 3 + 3 + 1)
    assert [(b["op"], b["count"]) for b in nocast["launched_by"]] == [
        ("aten::add", 4),
        ("aten::to > aten::copy_", 2),
        ("MulBackward0 > aten::mul", 2),  # from the autograd thread, not the main thread's op
    ]
    assert nocast["launch"] == {
        "op": "aten::add",
        "inputs": "bf16[64, 4096], bf16[64, 4096] non-contiguous",
        "count": 4,
    }
    accumulate = top["vectorized_elementwise_kernel<add>"]
    assert accumulate["launched_by"] == [{"op": "torch::autograd::AccumulateGrad > aten::add_", "count": 2}]
    assert accumulate["launch"]["inputs"] == "bf16[64, 4096], bf16[64, 4096]"
    assert top["_rms_norm_forward_kernel"]["launched_by"] == [{"op": kops.UNATTRIBUTED, "count": 2}]
    assert top["elementwise_copy_kernel"]["launch"] == {"op": kops.UNATTRIBUTED, "inputs": "", "count": 2}


def test_top_aten_ops_by_gpu_time_add_up_to_the_kernel_time():
    table = kt.breakdown(two_steps().events, LORA_R, VOCAB)
    ops = {o["op"]: (o["launches_per_step"], o["ms_per_step"]) for o in table["top_ops"]}
    assert ops == {
        "aten::add": (2, pytest.approx(6.0)),
        "aten::to > aten::copy_": (1, pytest.approx(5.0)),
        "MulBackward0 > aten::mul": (1, pytest.approx(1.0)),
        kops.UNATTRIBUTED: (2, pytest.approx(0.9)),
        "torch::autograd::AccumulateGrad > aten::add_": (1, pytest.approx(0.5)),
    }
    assert [o["op"] for o in table["top_ops"]][:2] == ["aten::add", "aten::to > aten::copy_"]
    kernel_ms = sum(r["ms_per_step"] for r in table["rows"] if r["category"] in kt.CATEGORIES)
    assert sum(ms for _, ms in ops.values()) == pytest.approx(kernel_ms)


def test_markdown_shows_the_launching_ops_after_the_unchanged_category_table():
    table = kt.breakdown(two_steps().events, LORA_R, VOCAB)
    md = kt.markdown(table)
    categories, kernels, ops = md.split("\n\n")[1:4]
    assert categories.splitlines()[0] == "| where the step goes | ms per step | share of step |"
    assert len(categories.splitlines()) == 2 + len(kt.CATEGORIES) + 2
    assert (
        f"| `{NOCAST}` | {kt.OTHER} | 4 | 12.0 | aten::add (2), aten::to > aten::copy_ (1), "
        "MulBackward0 > aten::mul (1) | aten::add: bf16[64, 4096], bf16[64, 4096] non-contiguous |"
    ) in kernels
    assert "| aten::to > aten::copy_ | 1 | 5.0 |" in ops and "| unattributed | 2 | 0.9 |" in ops
    older = {k: v for k, v in table.items() if k != "top_ops"}  # a results.json from before attribution
    assert kt.markdown(older) == md.split("\n\n| top kernels")[0] + "\n"


def test_launch_inputs_read_types_strides_and_scalars():
    op = {
        "args": {
            "Input Dims": [[8, 1, 16], [[2, 3], [4]], [], []],
            "Input type": ["c10::Half", "TensorList", "Scalar", "GenericList"],
            "Input Strides": [[16, 99, 1], [], [], []],  # a size-1 dim's stride does not matter
            "Concrete Inputs": ["", "", "0.5", ""],
        }
    }
    assert kops.inputs(op) == "f16[8, 1, 16], 2 × TensorList, 0.5"
    assert kops.launch_path([{"name": "bench::optimizer_step 1", "cat": "user_annotation"}]) == (
        kops.UNATTRIBUTED,
        None,
    )
