"""Grouped-query attention on axolotl's packed-row (varlen) SDPA path without repeating K/V heads.

axolotl 0.19's varlen SDPA function (axolotl.monkeypatch.attention.sdpa_varlen) repeats each K/V head
Hq/Hkv times before torch's `varlen_attn`, which had no GQA mode: for Llama 3 8B (32 query heads,
8 K/V heads) a 4x copy of K and V in every layer's forward pass and its reduction in the backward
pass. From torch 2.12 on, `varlen_attn(..., enable_gqa=True)` takes the 8 K/V heads as they are and
its Flash kernel shares each one with its group of query heads.

`install()` re-registers transformers' `sdpa` attention function as a thin wrapper of axolotl's:
the calls axolotl would send to `varlen_attn` with fewer K/V heads than query heads go to
`varlen_attn(..., enable_gqa=True)`; every other call goes to axolotl's function unchanged.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import torch
from axolotl.monkeypatch.attention.sdpa_varlen import _VARLEN_MAX_HEAD_DIM, _is_packed
from axolotl.utils.logging import get_logger

LOG = get_logger("axolotl.speedups.gqa_varlen")

# axolotl marks its varlen `sdpa` function with the stock function it wraps (its unpatch reads it)
AXOLOTL_ORIGINAL = "_axolotl_sdpa_original"
INSTALLED = "_gqa_varlen"
# enable_gqa arrived in torch 2.12; window_size (how causal attention is asked for) in 2.11
NEEDED_PARAMS = ("enable_gqa", "window_size")


def missing_gqa_support(varlen_attn: Callable) -> str | None:
    """Why `varlen_attn` cannot take fewer K/V heads than query heads, or None when it can."""
    try:
        params = inspect.signature(varlen_attn).parameters
    except (TypeError, ValueError):
        return "the signature of torch's varlen_attn cannot be read"
    missing = [p for p in NEEDED_PARAMS if p not in params]
    if missing:
        return (
            f"torch {torch.__version__}'s varlen_attn has no {', '.join(missing)} parameter (torch >= 2.12)"
        )
    return None


def axolotl_sends_to_varlen(query, attention_mask, dropout, scaling, position_ids) -> bool:
    """The calls axolotl 0.19's sdpa_varlen_forward sends to varlen_attn (its `use_varlen`);
    it sends every other call to stock SDPA."""
    head_dim = query.shape[-1]
    return (
        attention_mask is None
        and not dropout
        and head_dim <= _VARLEN_MAX_HEAD_DIM
        and position_ids is not None
        and (scaling is None or abs(scaling - head_dim**-0.5) < 1e-9)
        and query.is_cuda
        and query.dtype in (torch.float16, torch.bfloat16)
        and _is_packed(position_ids)
    )


def build_gqa_forward(axolotl_forward: Callable, varlen_attn: Callable) -> Callable:
    """`axolotl_forward` with its GQA varlen branch replaced by one `varlen_attn(enable_gqa=True)`."""
    from transformers.modeling_flash_attention_utils import prepare_fa_kwargs_from_position_ids

    def sdpa_varlen_gqa_forward(
        module: Any,
        query: torch.Tensor,
        key: torch.Tensor,
        value: torch.Tensor,
        attention_mask: torch.Tensor | None,
        dropout: float = 0.0,
        scaling: float | None = None,
        **kwargs: Any,
    ):
        position_ids = kwargs.get("position_ids")
        B, Hq, S, D = query.shape
        Hkv = key.shape[1]
        grouped = Hkv < Hq and Hq % Hkv == 0
        if not (grouped and axolotl_sends_to_varlen(query, attention_mask, dropout, scaling, position_ids)):
            return axolotl_forward(
                module, query, key, value, attention_mask, dropout=dropout, scaling=scaling, **kwargs
            )
        sliding_window = kwargs.get("sliding_window") or getattr(module, "sliding_window", None)
        pid = position_ids if position_ids.dim() > 1 else position_ids[None]
        (cu_q, cu_k), (max_q, max_k) = prepare_fa_kwargs_from_position_ids(pid)

        def tokens(x: torch.Tensor) -> torch.Tensor:  # [B, H, S, D] -> [B*S, H, D]
            return x.transpose(1, 2).reshape(B * S, x.shape[1], D)

        out = varlen_attn(
            tokens(query),
            tokens(key),
            tokens(value),
            cu_q.to(torch.int32),
            cu_k.to(torch.int32),
            int(max_q),
            int(max_k),
            # (left, right): (-1, 0) = causal; (W-1, 0) = causal sliding window of W, as axolotl asks
            window_size=(sliding_window - 1, 0) if sliding_window else (-1, 0),
            enable_gqa=True,
        )
        if isinstance(out, tuple):
            out = out[0]
        return out.reshape(B, S, Hq, D), None

    sdpa_varlen_gqa_forward.__wrapped__ = axolotl_forward  # type: ignore[attr-defined]
    # axolotl's unpatch_sdpa_varlen restores stock SDPA through this attribute of the registered function
    setattr(sdpa_varlen_gqa_forward, AXOLOTL_ORIGINAL, getattr(axolotl_forward, AXOLOTL_ORIGINAL, None))
    setattr(sdpa_varlen_gqa_forward, INSTALLED, True)
    return sdpa_varlen_gqa_forward


def install(varlen_attn: Callable | None = None) -> bool:
    """Wrap the registered `sdpa` function when it is axolotl's varlen one and `varlen_attn` (torch's
    by default) takes `enable_gqa`; else leave it and log why. True when the wrapper is registered."""
    from transformers.modeling_utils import ALL_ATTENTION_FUNCTIONS

    current = ALL_ATTENTION_FUNCTIONS["sdpa"]
    if getattr(current, INSTALLED, False):
        return True
    if getattr(current, AXOLOTL_ORIGINAL, None) is None:
        LOG.warning(
            "gqa_varlen: axolotl's varlen SDPA path is not active (it needs attn_implementation: sdpa, "
            "sample_packing: true and fp16/bf16 on CUDA); nothing to change"
        )
        return False
    if varlen_attn is None:
        from torch.nn.attention.varlen import varlen_attn
    reason = missing_gqa_support(varlen_attn)
    if reason:
        LOG.warning(f"gqa_varlen: keeping axolotl's K/V head repeat: {reason}")
        return False
    ALL_ATTENTION_FUNCTIONS.register("sdpa", build_gqa_forward(current, varlen_attn))
    LOG.info("gqa_varlen: packed GQA rows go to varlen_attn(enable_gqa=True), K/V heads not repeated")
    return True
