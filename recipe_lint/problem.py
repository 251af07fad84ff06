from dataclasses import dataclass


@dataclass
class Problem:
    """One finding: what is wrong, where (file:line (key)), and how to fix it."""

    what: str
    where: str
    fix: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}\n    fix: {self.fix}"
