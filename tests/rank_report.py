"""Test-only axolotl plugin: every rank writes what it trained, so a multi-"node" test can compare ranks.

axolotl/HF Trainer only log on world rank 0; this adds a callback that, at the end of training,
writes `<output_dir>/rank_report/rank<N>.json` on EVERY rank: global step, world size, and a
digest of the trainable (LoRA) weights (identical on all ranks only if gradients were all-reduced).
Enable with the CLI override
  --plugins='["prompt_strategies.plugin.XlamPlugin", "tests.rank_report.RankReportPlugin"]'
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from axolotl.integrations.base import BasePlugin
from transformers import TrainerCallback


def trainable_digest(model) -> str:
    h = hashlib.sha256()
    for name, param in sorted(model.named_parameters()):
        if param.requires_grad:
            h.update(name.encode())
            h.update(param.detach().float().cpu().numpy().tobytes())
    return h.hexdigest()


class _RankReport(TrainerCallback):
    def on_train_end(self, args, state, control, model=None, **kwargs):
        out = Path(args.output_dir) / "rank_report"
        out.mkdir(parents=True, exist_ok=True)
        report = {
            "rank": args.process_index,
            "world_size": args.world_size,
            "parallel_mode": str(args.parallel_mode),
            "global_step": state.global_step,
            "max_steps": state.max_steps,
            "trainable_sha256": trainable_digest(model),
        }
        (out / f"rank{args.process_index}.json").write_text(json.dumps(report, indent=1))


class RankReportPlugin(BasePlugin):
    def add_callbacks_post_trainer(self, cfg, trainer):
        return [_RankReport()]
