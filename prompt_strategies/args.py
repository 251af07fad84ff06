"""Recipe keys added by the XLAM plugin (`plugins: [prompt_strategies.plugin.XlamPlugin]`).

axolotl validates them like its own keys; a typo or wrong value fails config validation.
"""

from typing import Literal

from pydantic import BaseModel, Field


class XlamArgs(BaseModel):
    xlam_schema_violations: Literal["drop", "keep"] = Field(
        default="drop",
        json_schema_extra={
            "description": "Rows whose calls break their tools' schema (unknown tool, missing "
            "required / unknown argument, wrong type): drop them, or keep and train on them. "
            "Either way they are counted in the data report."
        },
    )
    xlam_report_dir: str | None = Field(
        default=None,
        json_schema_extra={
            "description": "Where the data report (xlam_data_report.json) and the rejected rows "
            "(xlam_rejected_rows.jsonl) are written; default: output_dir."
        },
    )
    xlam_abstain_fraction: float = Field(
        default=0.0,
        ge=0.0,
        json_schema_extra={
            "description": "Abstain augmentation (prompt_strategies/abstain.py): add this many rows "
            "per source row whose tools cannot answer the query, with answer [] (0.1 = one per ten "
            "rows; 0 = off). Counted in the data report."
        },
    )
    xlam_abstain_seed: int | None = Field(
        default=None,
        json_schema_extra={"description": "Seed of the abstain augmentation; default: `seed`."},
    )
