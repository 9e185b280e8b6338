"""Append relations to a policy's text: comments, order and formatting kept, since the file is reviewed code."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import yaml

from datamask_sql.errors import PolicyError
from datamask_sql.files import read_text, write_text
from datamask_sql.policy.lines import MAX_YAML_BYTES
from datamask_sql.policy.loader import parse_policy


def append_relations(path: Path | str, relations: list[str], allow_paths: Iterable[Path | str] = ()) -> list[str]:
    """Append the `relations` the policy file at `path` lacks to its relations:; returns those appended.

    The file is rewritten only when the result loads as a policy, with its comments and layout as they were."""
    path = Path(path)
    text = read_text(path, limit=MAX_YAML_BYTES, what="policy file", shown=str(path))
    have = {r.text.strip() for r in parse_policy(text, str(path), allow_paths).relations}
    new = [r for r in relations if r not in have]
    if new:
        updated = with_relations(text, new, str(path))
        parse_policy(updated, str(path), allow_paths)  # what is written must still load
        write_text(path, updated)
    return new


def _scalar(text: str) -> str:
    """`text` as a YAML scalar that reads back as exactly `text`: plain when it can be, else single-quoted."""
    try:
        plain = yaml.safe_load(text) == text and "#" not in text and ": " not in text
    except yaml.YAMLError:
        plain = False
    return text if plain else "'" + text.replace("'", "''") + "'"


def _relations_node(text: str) -> tuple[yaml.Node, yaml.Node] | None:
    """The top-level `relations` key and value nodes, or None when the document has none."""
    root = yaml.compose(text)
    if not isinstance(root, yaml.MappingNode):
        return None
    return next(((k, v) for k, v in root.value if isinstance(k, yaml.ScalarNode) and k.value == "relations"), None)


def with_relations(text: str, relations: list[str], file: str) -> str:
    """`text` with `relations` added at the end of its `relations:` list (or a new list at the end of the file)."""
    if not relations:
        return text
    items = [_scalar(r) for r in relations]
    nl = "\r\n" if "\r\n" in text else "\n"  # the file's own line ends
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += nl
    found = _relations_node(text)
    if found is None:
        return "".join(lines) + f"relations:{nl}" + "".join(f"  - {item}{nl}" for item in items)
    key, value = found
    if isinstance(value, yaml.SequenceNode) and not value.flow_style and value.value:
        # After the last item, at the items' own indentation; a comment after the list stays where it is.
        dash = value.start_mark.column
        end = value.value[-1].end_mark
        at = end.line + (1 if end.column else 0)
        return "".join(lines[:at] + [f"{' ' * dash}- {item}{nl}" for item in items] + lines[at:])
    empty = (isinstance(value, yaml.ScalarNode) and value.tag.endswith(":null")) or (
        isinstance(value, yaml.SequenceNode) and not value.value
    )
    if empty and value.start_mark.line == key.start_mark.line:
        # `relations:`, `relations: []` or `relations: ~` on one line becomes the head of a block list.
        n = key.start_mark.line
        comment = lines[n][value.end_mark.column :].strip()
        head = lines[n][: value.start_mark.column].rstrip() + (f"  {comment}" if comment else "") + nl
        block = [head] + [f"{' ' * (key.start_mark.column + 2)}- {item}{nl}" for item in items]
        return "".join(lines[:n] + block + lines[n + 1 :])
    raise PolicyError(
        "cannot append to this 'relations:' (a flow list [...] with entries, or not a list)",
        file=file,
        line=key.start_mark.line + 1,
        path="relations",
        hint="write it as a block list ('- child.column -> parent.column' lines), then try again",
    )
