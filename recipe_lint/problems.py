"""What every check returns: a problem names what is wrong, where (file:line (key)) and the fix."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Problem:
    what: str
    where: str
    fix: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}\n    fix: {self.fix}"


def shorten(value, limit: int = 80) -> str:
    """A value for a message: repr, cut to `limit` characters, never raising on odd objects."""
    try:
        text = repr(value)
    except (RecursionError, ValueError):
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 1] + "…"
