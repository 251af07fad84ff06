"""speedups.gqa_varlen: packed GQA rows reach varlen_attn with their K/V heads as they are, with the
output and gradients of axolotl's repeat path; every other call reaches axolotl's function unchanged.

torch's varlen_attn runs on CUDA only, so a reference varlen_attn stands in for it: causal SDPA per
cu_seqlens segment. Both the wrapper and axolotl's own varlen function run through it; the inputs
report is_cuda, as axolotl's varlen function only takes CUDA tensors."""

import logging
from types import SimpleNamespace

import pytest
import torch
import torch.nn.attention.varlen as torch_varlen
import torch.nn.functional as F
from axolotl.integrations.base import load_plugin
from axolotl.monkeypatch.attention import sdpa_varlen as axolotl_varlen
from transformers.modeling_utils import ALL_ATTENTION_FUNCTIONS

from speedups import gqa_varlen
from speedups.gqa_varlen import build_gqa_forward, install, missing_gqa_support

B, HQ, HKV, S, D = 2, 8, 2, 16, 16
DOC_STARTS = [[0, 5, 11], [0, 9, 12]]  # three packed documents per row


class CudaLooking(torch.Tensor):
    @property
    def is_cuda(self):
        return True


class ReferenceVarlen:
    """torch >= 2.12's varlen_attn signature; records the shapes and flags of each call."""

    def __init__(self):
        self.calls = []

    def __call__(self, q, k, v, cu_q, cu_k, max_q, max_k, *, return_aux=None, scale=None,
                 window_size=(-1, -1), enable_gqa=False):  # fmt: skip
        self.calls.append({"k": tuple(k.shape), "v": tuple(v.shape), "enable_gqa": enable_gqa})
        assert window_size == (-1, 0), "causal attention"
        if not enable_gqa and q.shape[1] != k.shape[1]:
            raise ValueError("Try setting enable_gqa=True for GQA.")
        q, k, v = (x.as_subclass(torch.Tensor) for x in (q, k, v))
        out = []
        for start, end in zip(cu_q.tolist(), cu_q.tolist()[1:]):
            q_doc, k_doc, v_doc = (x[start:end].transpose(0, 1)[None] for x in (q, k, v))
            o = F.scaled_dot_product_attention(q_doc, k_doc, v_doc, is_causal=True, enable_gqa=enable_gqa)
            out.append(o[0].transpose(0, 1))
        return torch.cat(out)


class Torch211Varlen(ReferenceVarlen):
    """torch 2.11's varlen_attn signature: no enable_gqa."""

    def __call__(self, q, k, v, cu_q, cu_k, max_q, max_k, *, return_aux=None, scale=None,
                 window_size=(-1, -1)):  # fmt: skip
        return super().__call__(q, k, v, cu_q, cu_k, max_q, max_k, window_size=window_size)


def packed_position_ids(starts=DOC_STARTS):
    rows = []
    for row in starts:
        ends = row[1:] + [S]
        rows.append(torch.cat([torch.arange(e - s) for s, e in zip(row, ends)]))
    return torch.stack(rows)


def qkv(hkv=HKV, dtype=torch.bfloat16, head_dim=D, cuda=True):
    gen = torch.Generator().manual_seed(0)
    shapes = [(B, HQ, S, head_dim), (B, hkv, S, head_dim), (B, hkv, S, head_dim)]
    leaves = [torch.randn(s, generator=gen).to(dtype).requires_grad_() for s in shapes]
    return leaves, [x.as_subclass(CudaLooking) if cuda else x for x in leaves]


def axolotl_forward(monkeypatch, varlen, stock_sdpa):
    """axolotl's own varlen `sdpa` function, built over `stock_sdpa` with `varlen` as torch's kernel."""
    monkeypatch.setattr(torch_varlen, "varlen_attn", varlen)
    return axolotl_varlen._build_varlen_forward(stock_sdpa)


def recording_sdpa(calls):
    def forward(module, query, key, value, attention_mask, **kwargs):
        calls.append((module, query, key, value, attention_mask, kwargs))
        return query.transpose(1, 2), None

    return forward


MODULE = SimpleNamespace(is_causal=True)


def test_gqa_rows_go_to_varlen_with_unrepeated_kv_and_match_axolotls_repeat_path(monkeypatch):
    repeat_varlen, gqa_varlen_kernel = ReferenceVarlen(), ReferenceVarlen()
    axolotl = axolotl_forward(monkeypatch, repeat_varlen, recording_sdpa([]))
    ours = build_gqa_forward(axolotl, gqa_varlen_kernel)
    pid = packed_position_ids()

    grads, outs = [], []
    for forward in (axolotl, ours):
        leaves, (q, k, v) = qkv()
        out, weights = forward(MODULE, q, k, v, None, dropout=0.0, scaling=None, position_ids=pid)
        assert weights is None and out.shape == (B, S, HQ, D)
        out.float().square().sum().backward()
        outs.append(out.as_subclass(torch.Tensor).float())
        grads.append([x.grad.float() for x in leaves])

    assert repeat_varlen.calls == [{"k": (B * S, HQ, D), "v": (B * S, HQ, D), "enable_gqa": False}]
    assert gqa_varlen_kernel.calls == [{"k": (B * S, HKV, D), "v": (B * S, HKV, D), "enable_gqa": True}]
    torch.testing.assert_close(outs[1], outs[0], atol=2e-2, rtol=2e-2)
    for ours_grad, axolotl_grad in zip(grads[1], grads[0]):
        torch.testing.assert_close(ours_grad, axolotl_grad, atol=5e-2, rtol=5e-2)


def test_the_reference_varlen_keeps_documents_apart():
    """A document's output depends on that document only (else the comparison above proves little)."""
    _, (q, k, v) = qkv()
    q, k, v = (x[0].transpose(0, 1) for x in (q, k, v))  # the first packed row as [S, H, D]
    three, one = torch.tensor([0, 5, 11, 16], dtype=torch.int32), torch.tensor([0, 6], dtype=torch.int32)
    attend = ReferenceVarlen()
    packed = attend(q, k, v, three, three, 6, 6, window_size=(-1, 0), enable_gqa=True)
    alone = attend(q[5:11], k[5:11], v[5:11], one, one, 6, 6, window_size=(-1, 0), enable_gqa=True)
    torch.testing.assert_close(packed[5:11], alone)
    unpacked = attend(q, k, v, three[[0, 3]], three[[0, 3]], 16, 16, window_size=(-1, 0), enable_gqa=True)
    assert not torch.allclose(unpacked[5:11], alone)


# Calls axolotl does not send to varlen_attn: they reach stock SDPA through axolotl's function.
STOCK_CASES = {
    "padding mask": {"attention_mask": torch.ones(B, 1, S, S, dtype=torch.bool)},
    "dropout": {"dropout": 0.1},
    "custom scale": {"scaling": 0.5},
    "fp32": {"dtype": torch.float32},
    "cpu tensors": {"cuda": False},
    "one document per row": {"position_ids": torch.arange(S).expand(B, S)},
    "no position ids": {"position_ids": None},
    "head_dim over the Flash limit": {"head_dim": 264},
}
# Calls axolotl sends to varlen_attn whose K/V need no repeat: the wrapper leaves them to axolotl too.
VARLEN_CASES = {
    "same K/V and query heads": {"hkv": HQ},
    "query heads not a multiple of K/V heads": {"hkv": 3},
}


def call(forward, case):
    defaults = {
        "attention_mask": None,
        "dropout": 0.0,
        "scaling": None,
        "position_ids": packed_position_ids(),
    }
    case = {**defaults, **case}
    tensor_args = {k: case.pop(k) for k in ("hkv", "dtype", "head_dim", "cuda") if k in case}
    _, (q, k, v) = qkv(**tensor_args)
    mask = case.pop("attention_mask")
    forward(MODULE, q, k, v, mask, **case)
    return (MODULE, q, k, v, mask, case)


@pytest.mark.parametrize("case", list({**STOCK_CASES, **VARLEN_CASES}), ids=str)
def test_other_calls_reach_axolotls_function_unchanged(monkeypatch, case):
    kernel, axolotl_calls = ReferenceVarlen(), []
    ours = build_gqa_forward(recording_sdpa(axolotl_calls), kernel)
    sent = call(ours, {**STOCK_CASES, **VARLEN_CASES}[case])
    assert kernel.calls == []
    [(module, q, k, v, mask, kwargs)] = axolotl_calls
    assert all(got is given for got, given in zip((module, q, k, v, mask), sent[:5]))
    assert kwargs.keys() == sent[5].keys() and all(kwargs[n] is sent[5][n] for n in kwargs)


@pytest.mark.parametrize("case", list(STOCK_CASES), ids=str)
def test_axolotl_itself_sends_those_calls_to_stock_sdpa(monkeypatch, case):
    """The wrapper's test of what axolotl sends to varlen_attn agrees with axolotl's function."""
    kernel, stock_calls = ReferenceVarlen(), []
    call(axolotl_forward(monkeypatch, kernel, recording_sdpa(stock_calls)), STOCK_CASES[case])
    assert kernel.calls == [] and len(stock_calls) == 1


@pytest.fixture
def axolotl_varlen_registered():
    """axolotl's varlen patch as its pre-model-load patches apply it; undone by axolotl's unpatch."""
    stock = ALL_ATTENTION_FUNCTIONS["sdpa"]
    assert axolotl_varlen.patch_sdpa_varlen()
    yield ALL_ATTENTION_FUNCTIONS["sdpa"]
    axolotl_varlen.unpatch_sdpa_varlen()
    assert ALL_ATTENTION_FUNCTIONS["sdpa"] is stock


@pytest.fixture
def log(caplog):
    """The plugin's log records, also where axolotl's logging config stops propagation to the root."""
    logger = logging.getLogger(gqa_varlen.LOG.logger.name)
    logger.addHandler(caplog.handler)
    caplog.set_level(logging.INFO, logger=logger.name)
    yield caplog
    logger.removeHandler(caplog.handler)


def test_install_wraps_axolotls_function_once(axolotl_varlen_registered, log):
    assert install(ReferenceVarlen())
    registered = ALL_ATTENTION_FUNCTIONS["sdpa"]
    assert registered is not axolotl_varlen_registered
    assert registered.__wrapped__ is axolotl_varlen_registered
    assert install(ReferenceVarlen()) and ALL_ATTENTION_FUNCTIONS["sdpa"] is registered, "idempotent"
    assert any("enable_gqa=True" in r.getMessage() for r in log.records)


def test_torch_without_enable_gqa_keeps_axolotls_function(axolotl_varlen_registered, log):
    assert missing_gqa_support(Torch211Varlen()).endswith("no enable_gqa parameter (torch >= 2.12)")
    assert missing_gqa_support(ReferenceVarlen()) is None
    assert not install(Torch211Varlen())
    assert ALL_ATTENTION_FUNCTIONS["sdpa"] is axolotl_varlen_registered
    assert any("keeping axolotl's K/V head repeat" in r.getMessage() for r in log.records)


def test_without_axolotls_varlen_path_nothing_changes(log):
    stock = ALL_ATTENTION_FUNCTIONS["sdpa"]
    assert not install(ReferenceVarlen())
    assert ALL_ATTENTION_FUNCTIONS["sdpa"] is stock
    assert any("not active" in r.getMessage() for r in log.records)


def test_plugin_loads_through_axolotl_and_installs_before_the_model_loads(
    axolotl_varlen_registered, monkeypatch
):
    monkeypatch.setattr(torch_varlen, "varlen_attn", ReferenceVarlen())
    plugin = load_plugin("speedups.plugin.GqaVarlenPlugin")
    plugin.pre_model_load(cfg={})
    assert ALL_ATTENTION_FUNCTIONS["sdpa"].__wrapped__ is axolotl_varlen_registered
