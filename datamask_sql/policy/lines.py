"""YAML with a line index: every key path maps to the line it was written on."""

from __future__ import annotations

import re
from typing import Any

import yaml

from datamask_sql.errors import PolicyError

KeyPath = tuple[Any, ...]


class LineIndex:
    """Key path -> 1-based line; lookups fall back to the nearest enclosing path."""

    def __init__(self, lines: dict[KeyPath, int]) -> None:
        self._lines = lines

    def line(self, path: KeyPath) -> int | None:
        """Line of `path`, or of its longest recorded prefix."""
        path = tuple(path)
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return self._lines.get((), None)


# Bounds on what a policy (or pack) may be, so hostile YAML is refused at once instead of eating time and memory.
# A policy for tens of thousands of columns fits easily; the bounds hold with room for growth.
MAX_YAML_BYTES = 5 << 20
MAX_DEPTH = 64
# Nodes as the document reads once every alias is expanded (and as parsed: never more than expanded).
MAX_NODES = 500_000
MAX_ALIASES = 10_000
# Every YAML node but the few nested ones needs a line or a ',' of its own, so counting those bounds the node
# count before the (pure-Python, ~20k nodes/s) parser sees the text: flat bombs are refused in milliseconds.
MAX_ITEMS = 100_000


def _too_much(what: str, file: str, mark: yaml.Mark | None, hint: str, line: int | None = None) -> PolicyError:
    return PolicyError(what, file=file, line=mark.line + 1 if mark else line, hint=hint)


class _BoundedLoader(yaml.SafeLoader):
    """SafeLoader that counts while it composes: nesting, nodes and aliases stop at their bounds."""

    def __init__(self, text: str, file: str) -> None:
        super().__init__(text)
        self.file = file
        self.depth = self.nodes = self.aliases = 0

    def compose_node(self, parent, index):  # noqa: ANN001, ANN201 - PyYAML's signature
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                raise _too_much(f"more than {MAX_ALIASES} aliases", self.file, event.start_mark, "write the values out")
        else:
            self.nodes += 1
            if self.nodes > MAX_NODES:
                raise _too_much(
                    f"more than {MAX_NODES} YAML nodes", self.file, event.start_mark, "a policy is not this large"
                )
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise _too_much(
                    f"YAML nested deeper than {MAX_DEPTH} levels", self.file, event.start_mark, "flatten the document"
                )
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _expanded(root: yaml.Node, file: str) -> None:
    """Refuse a document whose aliases expand it past the bounds (a 'billion laughs'), or that contains itself.

    Sizes are counted per distinct node, so even an expansion to 10^9 nodes is measured in microseconds. An
    anchor comes before its aliases, so a node is sized before any alias reaches it, unless the alias is inside it.
    """
    sizes: dict[int, tuple[int, int]] = {}
    open_: set[int] = set()

    def size(node: yaml.Node) -> tuple[int, int]:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in open_:
            raise _too_much("an alias refers to the node it is inside", file, node.start_mark, "remove the alias")
        open_.add(key)
        children: list[yaml.Node] = []
        if isinstance(node, yaml.MappingNode):
            children = [n for pair in node.value for n in pair]
        elif isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        count, depth = 1, 1
        for child in children:
            c, d = size(child)
            count, depth = count + c, max(depth, d + 1)
        open_.discard(key)
        if count > MAX_NODES:
            raise _too_much(
                f"aliases expand the YAML past {MAX_NODES} nodes", file, node.start_mark, "write the values out"
            )
        if depth > MAX_DEPTH:
            raise _too_much(
                f"aliases nest the YAML deeper than {MAX_DEPTH} levels", file, node.start_mark, "write the values out"
            )
        sizes[key] = (count, depth)
        return count, depth

    size(root)


def _walk(node: yaml.Node, path: KeyPath, lines: dict[KeyPath, int], file: str) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise PolicyError(
                    "a key must be a plain name, not a list or mapping",
                    file=file,
                    line=key_node.start_mark.line + 1,
                    path=".".join(map(str, path)) or None,
                )
            key = key_node.value
            if key in seen:
                raise PolicyError(
                    f"duplicate key '{key}' (first written on line {seen[key]})",
                    file=file,
                    line=key_node.start_mark.line + 1,
                    path=".".join(map(str, path)) or None,
                    hint="YAML would silently keep only the last one; remove or merge the duplicate",
                )
            seen[key] = key_node.start_mark.line + 1
            lines[path + (key,)] = key_node.start_mark.line + 1
            _walk(value_node, path + (key,), lines, file)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, path + (i,), lines, file)


def _compose(text: str, file: str) -> tuple[Any, LineIndex]:
    loader = _BoundedLoader(text, file)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, LineIndex({})
        _expanded(node, file)
        # The line index is walked before construction: constructing merges `<<` keys into the nodes.
        lines: dict[KeyPath, int] = {}
        _walk(node, (), lines, file)
        return loader.construct_document(node), LineIndex(lines)
    finally:
        loader.dispose()


def _flow_depth(text: str, file: str) -> None:
    """Refuse deep '[' / '{' nesting before PyYAML's scanner, which is quadratic in it, reads ahead through it."""
    if text.count("[") + text.count("{") > MAX_ITEMS:
        raise PolicyError(
            f"the file opens more than {MAX_ITEMS:,} '[' and '{{' collections",
            file=file,
            hint="a policy is not this large",
        )
    depth = 0
    for bracket in re.finditer(r"[\[\]{}]", text):
        depth += 1 if bracket.group() in "[{" else -1
        if depth > MAX_DEPTH:
            line = text.count("\n", 0, bracket.start()) + 1
            raise _too_much(f"YAML nested deeper than {MAX_DEPTH} levels", file, None, "flatten the document", line)


def load_yaml(text: str, file: str) -> tuple[Any, LineIndex]:
    """Parse YAML safely and within bounds; report syntax errors, duplicate keys and excess at their line."""
    if len(text) > MAX_YAML_BYTES:
        raise PolicyError(
            f"the file is larger than {MAX_YAML_BYTES >> 20} MB", file=file, hint="a policy is not this large"
        )
    items = text.count("\n") + text.count(",")
    if items > MAX_ITEMS:
        raise PolicyError(
            f"the file has {items:,} lines and list items, more than the {MAX_ITEMS:,} a policy may have",
            file=file,
            hint="a policy is not this large; use defaults or packs instead of listing every value",
        )
    _flow_depth(text, file)
    try:
        return _compose(text, file)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        raise PolicyError(
            f"malformed YAML: {problem}",
            file=file,
            line=mark.line + 1 if mark else None,
            hint="check indentation and that every 'key: value' pair has a space after ':'",
        ) from None
    except yaml.YAMLError as exc:
        raise PolicyError(f"malformed YAML: {exc}", file=file) from None
    except (RecursionError, MemoryError):
        # The bounds above should make these unreachable; if not, still a refusal, not a crash.
        raise PolicyError("the YAML is too large or too deeply nested to read", file=file) from None
