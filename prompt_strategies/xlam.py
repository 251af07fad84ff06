"""axolotl prompt strategy for XLAM function-calling rows (`type: prompt_strategies.xlam`).

Rows: `id`, `query`, `tools` (JSON list), `answers` (JSON list of calls). Text:
    <|begin_of_text|><user>{query}</user>\n\n<tools>{tools}</tools>\n\n<calls>{answers}</calls><eos>
Only `<calls>…</calls><eos>` is trained unless `train_on_inputs: true`.

Bad rows never crash preprocessing and are never lost silently: `wrap_dataset` validates every
row in the main process's view of the dataset, counts rejects by reason, logs the counts with the
first offending ids, and writes a report plus the rejected rows next to the run's outputs.
"""

from __future__ import annotations

import json
import os
from collections import Counter

from axolotl.prompt_tokenizers import DatasetWrappingStrategy, PromptTokenizingStrategy
from axolotl.utils.logging import get_logger

from prompt_strategies.abstain import add_abstain_rows
from prompt_strategies.render import render_completion, render_prompt
from prompt_strategies.rows import TOO_LONG, check_row

LOG = get_logger("axolotl.prompt_strategies.xlam")
IGNORE_INDEX = -100
FIRST_IDS_SHOWN = 5
REPORT_FILE, REJECTED_FILE = "xlam_data_report.json", "xlam_rejected_rows.jsonl"


def _text_ids(tokenizer, text: str) -> list[int]:
    """Token ids of text from data: special-token text in it (a query holding "<|eot_id|>")
    stays plain text and never becomes a special token."""
    return tokenizer(text, add_special_tokens=False, split_special_tokens=True)["input_ids"]


def tokenize_xlam(tokenizer, query: str, tools: list, answers: list, train_on_inputs: bool) -> dict:
    """BOS once, prompt, completion, EOS; prompt labels masked unless train_on_inputs.
    BOS and EOS are the only special tokens, added as ids."""
    bos = [tokenizer.bos_token_id] if tokenizer.bos_token_id is not None else []
    prompt = _text_ids(tokenizer, render_prompt(query, tools))
    completion = _text_ids(tokenizer, render_completion(answers))
    completion = completion + [tokenizer.eos_token_id]
    input_ids = bos + prompt + completion
    if train_on_inputs:
        labels = list(input_ids)
    else:
        labels = [IGNORE_INDEX] * (len(bos) + len(prompt)) + completion
    return {"input_ids": input_ids, "attention_mask": [1] * len(input_ids), "labels": labels}


class XlamPromptTokenizingStrategy(PromptTokenizingStrategy, DatasetWrappingStrategy):
    """A PromptTokenizingStrategy (per-row `tokenize_prompt`) that axolotl drives through
    `wrap_dataset`, so rejected rows can be counted over the whole dataset."""

    def __init__(
        self,
        tokenizer,
        train_on_inputs=False,
        sequence_len=2048,
        schema_violations="drop",
        report_dir=None,
        abstain_fraction=0.0,
        abstain_seed=0,
    ):
        super().__init__(None, tokenizer, train_on_inputs, sequence_len)
        self.abstain_fraction, self.abstain_seed = abstain_fraction, abstain_seed
        self.keep_violations = schema_violations == "keep"
        self.report_dir = report_dir

    def accepts(self, check) -> bool:
        return check.reason is None or (self.keep_violations and check.renderable)

    def encode(self, check) -> dict:
        return tokenize_xlam(self.tokenizer, check.query, check.tools, check.answers, self.train_on_inputs)

    def tokenize_prompt(self, prompt: dict) -> dict:
        """Tokenize one row; raises ValueError naming the reason if the row is unusable."""
        check = check_row(prompt)
        if not self.accepts(check):
            raise ValueError(f"XLAM row {prompt.get('id')!r} rejected: {check.reason} {check.detail}")
        return self.encode(check)

    def _check_batch(self, batch: dict, indices: list[int]) -> dict:
        out = {
            "row_id": [],
            "reason": [],
            "detail": [],
            "accepted": [],
            "input_ids": [],
            "attention_mask": [],
            "labels": [],
        }
        n = len(indices)
        for i in range(n):
            row = {k: batch[k][i] for k in batch}
            check = check_row(row)
            accepted = self.accepts(check)
            encoded = (
                self.encode(check) if accepted else {"input_ids": [], "attention_mask": [], "labels": []}
            )
            row_id = row.get("id")
            out["row_id"].append(str(indices[i] if row_id is None else row_id))
            out["reason"].append(check.reason or "")
            out["detail"].append(check.detail)
            out["accepted"].append(accepted)
            for key, value in encoded.items():
                out[key].append(value)
        return out

    def wrap_dataset(self, dataset, process_count=None, keep_in_memory=False, **kwargs):
        dataset, abstain = add_abstain_rows(dataset, self.abstain_fraction, self.abstain_seed)
        checked = dataset.map(
            self._check_batch,
            batched=True,
            with_indices=True,
            num_proc=process_count,
            remove_columns=list(dataset.column_names),
            keep_in_memory=keep_in_memory,
            desc="XLAM: validate + tokenize",
        )
        meta = checked.select_columns(["row_id", "reason", "detail", "accepted"]).to_dict()
        lengths = [len(ids) for ids in checked["input_ids"]]
        report = self._report(meta, lengths, len(dataset))
        if abstain:
            report["abstain_augmentation"] = abstain
        self._log(report)
        self._write(report, meta, dataset)
        kept = checked.filter(
            lambda ok: ok, input_columns="accepted", num_proc=process_count, desc="XLAM: drop rejected rows"
        )
        return kept.select_columns(["input_ids", "attention_mask", "labels"])

    def _report(self, meta: dict, lengths: list[int], total: int) -> dict:
        dropped, kept_flagged, first_ids = Counter(), Counter(), {}
        for row_id, reason, accepted in zip(meta["row_id"], meta["reason"], meta["accepted"]):
            if not reason:
                continue
            (kept_flagged if accepted else dropped)[reason] += 1
            first_ids.setdefault(reason, [])
            if len(first_ids[reason]) < FIRST_IDS_SHOWN:
                first_ids[reason].append(row_id)
        too_long = [
            rid
            for rid, n, ok in zip(meta["row_id"], lengths, meta["accepted"])
            if ok and n > self.sequence_len
        ]
        if too_long:
            first_ids[TOO_LONG] = too_long[:FIRST_IDS_SHOWN]
        return {
            "rows_in": total,
            "rows_tokenized": sum(meta["accepted"]),
            "dropped": dict(dropped),
            "kept_with_schema_violation": dict(kept_flagged),
            "longer_than_sequence_len": len(too_long),
            "sequence_len": self.sequence_len,
            "first_ids": first_ids,
        }

    def _log(self, report: dict) -> None:
        lines = [f"XLAM data report: {report['rows_in']} rows in, {report['rows_tokenized']} tokenized"]
        for title, counts in (
            ("dropped", report["dropped"]),
            ("kept despite", report["kept_with_schema_violation"]),
        ):
            for reason, count in sorted(counts.items(), key=lambda kv: -kv[1]):
                ids = ", ".join(report["first_ids"][reason])
                lines.append(f"  {title:<12} {reason:<26} {count:>7}   e.g. ids {ids}")
        if report["longer_than_sequence_len"]:
            ids = ", ".join(report["first_ids"][TOO_LONG])
            lines.append(
                f"  {'too long':<12} {'> sequence_len ' + str(self.sequence_len):<26} "
                f"{report['longer_than_sequence_len']:>7}   e.g. ids {ids} "
                "(axolotl's excess_length_strategy applies)"
            )
        if "abstain_augmentation" in report:
            a = report["abstain_augmentation"]
            lines.append(
                f"  abstain rows added (answer []): {a['added']} of {a['requested']} "
                f"requested, by method {a['by_method']}"
            )
        log = LOG.warning if report["dropped"] else LOG.info
        log("\n".join(lines), main_process_only=True)

    def _write(self, report: dict, meta: dict, dataset) -> None:
        if not self.report_dir:
            return
        os.makedirs(self.report_dir, exist_ok=True)
        with open(os.path.join(self.report_dir, REPORT_FILE), "w", encoding="utf-8") as f:
            json.dump(report, f, indent=2)
        rejected = [i for i, ok in enumerate(meta["accepted"]) if not ok]
        with open(os.path.join(self.report_dir, REJECTED_FILE), "w", encoding="utf-8") as f:
            for i, row in zip(rejected, dataset.select(rejected)):
                f.write(
                    json.dumps(
                        {"reason": meta["reason"][i], "detail": meta["detail"][i], "row": row},
                        ensure_ascii=False,
                        default=str,
                    )
                    + "\n"
                )


def load(tokenizer, cfg, ds_cfg=None, processor=None):
    return XlamPromptTokenizingStrategy(
        tokenizer,
        train_on_inputs=bool(cfg.train_on_inputs),
        sequence_len=cfg.sequence_len or 2048,
        schema_violations=cfg.xlam_schema_violations or "drop",
        report_dir=cfg.xlam_report_dir or cfg.output_dir,
        abstain_fraction=cfg.xlam_abstain_fraction or 0.0,
        abstain_seed=(cfg.xlam_abstain_seed if cfg.xlam_abstain_seed is not None else (cfg.seed or 0)),
    )
