"""Read a recipe safely: UTF-8 only, bounded alias expansion, and the line of every key and item.

PyYAML's safe loader builds recursive aliases (`foo: &x [*x]`) as cyclic lists and shares
anchored nodes, so a few lines of nested aliases ("billion laughs") expand to billions of
entries for any code that walks the result. This loader refuses an alias to a node that is
still open and counts every node an alias stands for; past MAX_EXPANDED_NODES it stops.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from recipe_lint.problems import Problem

MAX_EXPANDED_NODES = 20_000  # a real recipe has a few hundred
KEY_LINE = re.compile(r"^\s*(?:-\s+)?([^\s#:'\"][^:#]*?|'[^']*'|\"[^\"]*\")\s*:(?:\s|$)")
YAML_FIX = "fix the YAML at that line (compare recipes/xlam.yml)"
ALIAS_FIX = "write the values out instead of the aliases (*name), or nest fewer of them"


class RecipeError(Exception):
    """The recipe cannot be read as YAML; carries a Problem with line and fix."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


class _BoundedLoader(yaml.SafeLoader):
    """SafeLoader that refuses self-referencing and exploding aliases and records item lines."""

    def __init__(self, stream):
        super().__init__(stream)
        self.nodes = 0  # nodes composed, counting what each alias stands for
        self.sizes: dict[str, int] = {}
        self.open: set[str] = set()  # anchors whose node is still being composed
        self.lines: dict[int, tuple[object, dict]] = {}  # id(container) -> (container, key/index -> line)
        self.duplicates: list[tuple[object, int]] = []  # (key, line of the repeat): YAML keeps the last

    def _count(self, n: int, mark) -> None:
        self.nodes += n
        if self.nodes > MAX_EXPANDED_NODES:
            raise yaml.composer.ComposerError(
                None,
                None,
                f"aliases expand to more than {MAX_EXPANDED_NODES:,} values (a YAML alias bomb?)",
                mark,
            )

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            if event.anchor in self.open:
                raise yaml.composer.ComposerError(
                    None, None, f"alias *{event.anchor} refers to the node that contains it", event.start_mark
                )
            node = super().compose_node(parent, index)
            self._count(self.sizes.get(event.anchor, 1), event.start_mark)
            return node
        event = self.peek_event()
        anchor = getattr(event, "anchor", None)
        before = self.nodes
        self._count(1, event.start_mark)
        if anchor:
            self.open.add(anchor)
        try:
            node = super().compose_node(parent, index)
        finally:
            self.open.discard(anchor)
        if anchor:
            self.sizes[anchor] = self.nodes - before
        return node

    def construct_yaml_int(self, node):
        try:
            return super().construct_yaml_int(node)
        except ValueError as exc:  # e.g. more than 4,300 digits
            raise yaml.constructor.ConstructorError(None, None, str(exc), node.start_mark) from None

    def construct_yaml_map(self, node):
        data = {}
        yield data
        data.update(self.construct_mapping(node))
        lines = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node)
            if key in lines and not isinstance(key, (list, dict)):
                self.duplicates.append((key, key_node.start_mark.line + 1))
            lines[key] = key_node.start_mark.line + 1
        self.lines[id(data)] = (data, lines)

    def construct_yaml_seq(self, node):
        data = []
        yield data
        data.extend(self.construct_sequence(node))
        self.lines[id(data)] = (data, {i: item.start_mark.line + 1 for i, item in enumerate(node.value)})


_BoundedLoader.add_constructor("tag:yaml.org,2002:int", _BoundedLoader.construct_yaml_int)
_BoundedLoader.add_constructor("tag:yaml.org,2002:map", _BoundedLoader.construct_yaml_map)
_BoundedLoader.add_constructor("tag:yaml.org,2002:seq", _BoundedLoader.construct_yaml_seq)


def key_at(text: str, line: int) -> str | None:
    """The YAML key written on `line`, else the nearest one above it, else below it (for messages
    on lines the parser could not read, comments included)."""
    lines = text.splitlines()
    for candidate in [*reversed(lines[:line]), *lines[line:]]:
        match = KEY_LINE.match(candidate)
        if match:
            return match.group(1).strip("'\"")
    return None


def _at(path: Path, text: str, line: int) -> str:
    key = key_at(text, line)
    return f"{path}:{line} ({key})" if key else f"{path}:{line}"


def _decode(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RecipeError(
            Problem(
                f"byte 0x{data[exc.start]:02x} is not UTF-8 (the file is in another encoding, e.g. Latin-1)",
                _at(path, data.decode("latin-1"), line),
                "save the file as UTF-8 (iconv -f latin1 -t utf-8, or your editor's 'save with encoding')",
            ),
        ) from None


def load(path: Path, text: str) -> tuple[object, dict, list]:
    """(parsed value, line index, repeated keys); raises RecipeError with the line for any YAML problem."""
    loader = None
    try:
        loader = _BoundedLoader(text)
        node = loader.get_single_node()
        value = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = _at(path, text, mark.line + 1) if mark else str(path)
        fix = ALIAS_FIX if "alias" in str(exc.problem) else YAML_FIX
        raise RecipeError(Problem(f"not valid YAML: {exc.problem or exc}", where, fix)) from None
    except yaml.reader.ReaderError as exc:
        raise RecipeError(
            Problem(
                f"character U+{exc.character:04X} is not allowed in YAML",
                _at(path, text, text[: exc.position].count("\n") + 1),
                YAML_FIX,
            )
        ) from None
    except (yaml.YAMLError, RecursionError) as exc:  # e.g. nesting deeper than Python's stack
        raise RecipeError(
            Problem(f"not valid YAML: {type(exc).__name__}: {str(exc)[:200]}", str(path), YAML_FIX)
        ) from None
    finally:
        if loader is not None:
            loader.dispose()
    return value, loader.lines, loader.duplicates


class Recipe:
    """A recipe's parsed mapping plus the line of every key and list item, for `file:line` messages."""

    def __init__(self, path: str | Path, text: str | bytes | None = None):
        self.path = Path(path)
        data = self.path.read_bytes() if text is None else text
        self.text = data if isinstance(data, str) else _decode(self.path, data)
        self.cfg, self._lines, self.duplicates = load(self.path, self.text)

    def line(self, *path) -> int | None:
        """The line of the deepest part of `path` that the file has."""
        node, line = self.cfg, None
        for part in path:
            container, lines = self._lines.get(id(node), (None, {}))
            if container is not node:
                break
            try:
                if part not in lines:
                    break
            except TypeError:
                break
            line = lines[part]
            node = node[part]
        return line

    def at_line(self, line: int) -> str:
        """`file:line (key)` for a line of the text (the key written there or just above)."""
        return _at(self.path, self.text, line)

    def where(self, *path) -> str:
        line = self.line(*path)
        dotted = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
        loc = f"{self.path}:{line}" if line else str(self.path)
        return f"{loc} ({dotted})" if dotted else loc


def walk(node, path=()):
    """(path, value) of every mapping value and list item below `node`, depth first."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield path + (key,), value
            yield from walk(value, path + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield path + (i,), value
            yield from walk(value, path + (i,))
