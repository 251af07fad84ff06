"""Multi-call rows over the diverse catalogue: `data_builders.rich_multi_call`'s request shapes
(every combination of two listed values, several functions each for several values, one sentence
per task or per case) drawn from the 269 tools of `data_builders.rich_diverse` instead of the rich
catalogue's 63.

Widening the catalogue is the one synthetic lever that moved BFCL's single-call categories (the
diverse rows); the multi-call rows over 63 tools left the parallel ones where they were. These rows
ask whether the parallel categories move when their shapes come with many tools, as each BFCL
question brings functions of its own.

`python -m data_builders.bfcl_train --diverse-multi-call N` adds N of these rows to the training file.
"""

from __future__ import annotations

import random

from data_builders.rich_diverse import CATALOGUE
from data_builders.rich_multi_call import make_row


def generate(rows: int, seed: int = 0) -> list[dict]:
    r = random.Random(f"diverse-multi-call-{seed}")  # its own stream: the other sources' rows stay unchanged
    return [make_row(r, i, CATALOGUE) for i in range(rows)]
