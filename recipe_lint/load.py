"""Read a recipe file safely: UTF-8 only, and YAML aliases neither recursive nor exploding.

A YAML alias is a pointer: `a: &x [...]` then `b: [*x, *x]` shares one node. Composing the node
graph is cheap; constructing Python objects from it copies every alias, so a few lines of
nested aliases ("billion laughs") expand to billions of objects, and `foo: &x [*x]` to a list
that contains itself. Both are refused before construction.
"""

from __future__ import annotations

from pathlib import Path

import yaml

MAX_EXPANDED_NODES = 100_000  # a real recipe has a few hundred


class RecipeLoadError(ValueError):
    """The file cannot be a recipe; `line` is 1-based where known."""

    def __init__(self, what: str, line: int | None, fix: str):
        super().__init__(what)
        self.what, self.line, self.fix = what, line, fix


def read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RecipeLoadError(
            f"byte 0x{data[exc.start]:02x} is not UTF-8",
            line,
            "save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)",
        ) from None


def _expanded_size(root: yaml.Node) -> int:
    """Nodes after alias expansion; raises on a cycle or past MAX_EXPANDED_NODES."""
    sizes: dict[int, int] = {}
    on_path: set[int] = set()

    def size(node: yaml.Node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in on_path:
            raise RecipeLoadError(
                "a YAML alias refers to a node that contains it (recursive alias)",
                node.start_mark.line + 1,
                "replace the alias by the values it should hold",
            )
        on_path.add(key)
        if isinstance(node, yaml.MappingNode):
            children = [n for pair in node.value for n in pair]
        elif isinstance(node, yaml.SequenceNode):
            children = node.value
        else:
            children = []
        total = 1 + sum(size(child) for child in children)
        on_path.discard(key)
        if total > MAX_EXPANDED_NODES:
            raise RecipeLoadError(
                f"YAML aliases expand to more than {MAX_EXPANDED_NODES:,} values",
                node.start_mark.line + 1,
                "write the values out instead of nesting aliases",
            )
        sizes[key] = total
        return total

    size(root)
    return sizes[id(root)]


def load(text: str) -> tuple[object, yaml.Node | None]:
    """The recipe's value and its node graph (for line numbers)."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise RecipeLoadError(
            f"not valid YAML: {exc.problem}",
            mark.line + 1 if mark else None,
            "fix the YAML syntax at that line",
        ) from None
    except yaml.YAMLError as exc:
        raise RecipeLoadError(f"not valid YAML: {exc}", None, "fix the YAML syntax") from None
    if node is None:
        return None, None
    _expanded_size(node)
    return yaml.safe_load(text), node
