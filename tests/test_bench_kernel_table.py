"""benchmarks/kernel_table.py on a synthetic torch.profiler trace: each kernel lands in its category
through its name, the shapes of the aten op that launched it, or the module range of its forward
op, and GPU idle time is split into data loading and the rest."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest

from benchmarks import kernel_table as kt
from conftest import ROOT

LORA_R, VOCAB = 16, 128256


class Trace:
    """Host ranges on thread 1, kernels launched from inside them at increasing GPU times."""

    def __init__(self):
        self.events, self.corr, self.gpu_t = [], 0, 1000.0

    def host(self, name, ts, dur, cat="cpu_op", **args):
        self.events.append(
            {"ph": "X", "cat": cat, "name": name, "pid": 1, "tid": 1, "ts": ts, "dur": dur, "args": args}
        )

    def kernel(self, name, launch_ts, dur, gap=0.0):
        self.corr += 1
        self.events.append(
            {
                "ph": "X",
                "cat": "cuda_runtime",
                "name": "cudaLaunchKernel",
                "pid": 1,
                "tid": 1,
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
