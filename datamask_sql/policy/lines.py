"""YAML with a line index: every key path maps to the line it was written on."""

from __future__ import annotations

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


def _walk(node: yaml.Node, path: KeyPath, lines: dict[KeyPath, int], file: str) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
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


def load_yaml(text: str, file: str) -> tuple[Any, LineIndex]:
    """Parse YAML safely; report syntax errors and duplicate keys at their line."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
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
    lines: dict[KeyPath, int] = {}
    if node is not None:
        _walk(node, (), lines, file)
    return data, LineIndex(lines)
