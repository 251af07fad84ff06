"""The original pipeline's training step in plain transformers + PEFT + bitsandbytes (no axolotl),
for the speed benchmark's `original-hf` variant: every setting comes from the recipe it is given
(recipes/xlam.yml plus the driver's overrides), as the original run had them:

- base weights NF4 with double quantisation (`bnb_config_kwargs`), compute in `fp16` autocast with
  the Trainer's loss scaling; `prepare_model_for_kbit_training` (norms and LoRA in fp32);
- LoRA r / alpha / dropout / target modules of the recipe, bias none;
- rows tokenized as the project's strategy does (prompt masked unless `train_on_inputs`), rows over
  `sequence_len` dropped, batches padded to the longest row (DataCollatorForSeq2Seq);
- `micro_batch_size` x `gradient_accumulation_steps`, non-reentrant gradient checkpointing, the
  recipe's optimizer (paged AdamW 8-bit), learning rate and schedule, SDPA attention.

    accelerate launch -m benchmarks.original_hf CONFIG.yml     # written by benchmarks/benchmark.py

Timed and guarded exactly like the axolotl variants (benchmarks/plugin.py's `instrument`).
"""

from __future__ import annotations

import json
import os
import sys

import torch
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

DTYPES = {"float16": torch.float16, "bfloat16": torch.bfloat16, "float32": torch.float32}


def load_config(path: str) -> dict:
    with open(path, encoding="utf-8") as f:
        cfg = yaml.safe_load(f)
    missing = [
        k
        for k in (
            "base_model",
            "datasets",
            "micro_batch_size",
            "gradient_accumulation_steps",
            "max_steps",
            "lora_r",
            "lora_target_modules",
            "output_dir",
        )
        if cfg.get(k) is None
    ]
    if missing:
        raise SystemExit(f"{path}: missing {', '.join(missing)} (a recipe plus the benchmark's overrides)")
    return cfg


def bnb_config(cfg: dict):
    from transformers import BitsAndBytesConfig

    if not cfg.get("load_in_4bit"):
        return None
    kw = dict(cfg.get("bnb_config_kwargs") or {})
    compute = kw.pop("bnb_4bit_compute_dtype", "float16" if cfg.get("fp16") else "bfloat16")
    return BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_compute_dtype=DTYPES[compute], **kw)


def lora_config(cfg: dict):
    from peft import LoraConfig

    return LoraConfig(
        r=cfg["lora_r"],
        lora_alpha=cfg.get("lora_alpha", cfg["lora_r"]),
        lora_dropout=cfg.get("lora_dropout", 0.0),
        target_modules=list(cfg["lora_target_modules"]),
        bias="none",
        task_type="CAUSAL_LM",
    )


def training_arguments(cfg: dict, cpu: bool):
    from transformers import TrainingArguments

    return TrainingArguments(
        output_dir=cfg["output_dir"],
        per_device_train_batch_size=cfg["micro_batch_size"],
        gradient_accumulation_steps=cfg["gradient_accumulation_steps"],
        max_steps=cfg["max_steps"],
        learning_rate=float(cfg.get("learning_rate", 1e-4)),
        lr_scheduler_type=cfg.get("lr_scheduler", "linear"),
        warmup_steps=float(cfg.get("warmup_ratio") or cfg.get("warmup_steps") or 0),
        optim=cfg.get("optimizer", "adamw_torch"),
        fp16=bool(cfg.get("fp16")),
        bf16=bool(cfg.get("bf16")),
        gradient_checkpointing=bool(cfg.get("gradient_checkpointing")),
        gradient_checkpointing_kwargs=cfg.get("gradient_checkpointing_kwargs"),
        logging_steps=cfg.get("logging_steps", 1),
        save_strategy="no",
        report_to="none",
        seed=cfg.get("seed", 42),
        remove_unused_columns=False,
        use_cpu=cpu,
    )


def tokenizer_for(cfg: dict):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(cfg.get("tokenizer_config") or cfg["base_model"])
    for key, value in (cfg.get("special_tokens") or {}).items():
        setattr(tok, key, value)
    return tok


def rows_dataset(cfg: dict, tokenizer):
    """The training rows exactly as prompt_strategies.xlam tokenizes them."""
    from datasets import Dataset

    from prompt_strategies.rows import check_row
    from prompt_strategies.xlam import tokenize_xlam

    path = cfg["datasets"][0]["path"]
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            check = check_row(json.loads(line))
            if not check.renderable:
                continue
            enc = tokenize_xlam(
                tokenizer, check.query, check.tools, check.answers, bool(cfg.get("train_on_inputs"))
            )
            if len(enc["input_ids"]) <= cfg.get("sequence_len", 1024):
                rows.append(enc)
    return Dataset.from_list(rows)


def load_model(cfg: dict, cpu: bool):
    from peft import get_peft_model, prepare_model_for_kbit_training
    from transformers import AutoModelForCausalLM

    quant = bnb_config(cfg)
    dtype = torch.float16 if cfg.get("fp16") else torch.bfloat16 if cfg.get("bf16") else torch.float32
    device_map = "cpu" if cpu else {"": int(os.environ.get("LOCAL_RANK", "0"))}
    model = AutoModelForCausalLM.from_pretrained(
        cfg["base_model"],
        quantization_config=quant,
        dtype=dtype,
        device_map=device_map,
        attn_implementation=cfg.get("attn_implementation") or "sdpa",
    )
    if quant is not None:
        model = prepare_model_for_kbit_training(
            model,
            use_gradient_checkpointing=bool(cfg.get("gradient_checkpointing")),
            gradient_checkpointing_kwargs=cfg.get("gradient_checkpointing_kwargs"),
        )
    return get_peft_model(model, lora_config(cfg))


def main(argv=None):
    from transformers import DataCollatorForSeq2Seq, Trainer

    from benchmarks.plugin import fast_exit, instrument, run_meta

    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        raise SystemExit("usage: python -m benchmarks.original_hf CONFIG.yml")
    cfg = load_config(argv[0])
    cpu = os.environ.get("ACCELERATE_USE_CPU", "").lower() in ("1", "true") or not torch.cuda.is_available()
    tokenizer = tokenizer_for(cfg)
    trainer = Trainer(
        model=load_model(cfg, cpu),
        args=training_arguments(cfg, cpu),
        train_dataset=rows_dataset(cfg, tokenizer),
        data_collator=DataCollatorForSeq2Seq(tokenizer, padding="longest", label_pad_token_id=-100),
        processing_class=tokenizer,
    )
    meta = run_meta(cfg, "hf") | {"sample_packing": False}
    for callback in instrument(trainer, bool(cfg.get("fp16")), False, meta):
        trainer.add_callback(callback)
    trainer.train()
    fast_exit()


if __name__ == "__main__":
    main()
