"""Load a policy file: YAML -> validated PolicyDocument -> RuleSpecs, errors at file:line."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from datamask_sql.errors import PolicyError
from datamask_sql.files import FileScope, read_text
from datamask_sql.policy.hints import did_you_mean, first_error, model_keys, unknown_key_hint
from datamask_sql.policy.lines import MAX_YAML_BYTES, LineIndex, load_yaml
from datamask_sql.policy.model import Policy, PolicyDocument, RelationSpec, RuleSpec
from datamask_sql.policy.packs import PackRule, class_rules, load_packs

RESERVED_RULE_KEYS = ("transform", "domain", "class", "when", "reason")


def _explain(error: dict, index: LineIndex, file: str) -> PolicyError:
    loc = tuple(error["loc"])
    # pydantic reports union members in loc; keep only the document's own keys.
    loc = tuple(p for p in loc if not (isinstance(p, str) and ("[" in p or p in ("str", "dict", "none"))))
    path = ".".join(str(p) for p in loc)
    kind = error["type"]
    hint = None
    if kind == "extra_forbidden":
        parent, key = loc[:-1], loc[-1]
        message = f"unknown key '{key}'"
        hint = unknown_key_hint(str(key), model_keys(PolicyDocument, parent))
    elif kind == "missing":
        message = "required key is missing"
    elif kind == "literal_error" and loc == ("version",):
        message = f"unsupported policy version {error.get('input')!r}"
        hint = "this datamask-sql reads version: 1"
    else:
        message = error["msg"][0].lower() + error["msg"][1:]
    return PolicyError(message, file=file, line=index.line(loc), path=path or None, hint=hint)


_NAME = r'(?:"[^"]+"|[^\s.,()"\->]+)'
# 'schema.table.col' / 'table.col', or 'schema.table(a, b)' / 'table(a, b)' for composite keys.
_END = re.compile(
    rf"^\s*(?:({_NAME})\s*\.\s*)?({_NAME})\s*(?:\.\s*({_NAME})|\(\s*({_NAME}(?:\s*,\s*{_NAME})*)\s*\))\s*$"
)


def _unquote(name: str) -> str:
    return name[1:-1] if name.startswith('"') and name.endswith('"') else name


def _end(text: str) -> tuple[str | None, str, tuple[str, ...]] | None:
    match = _END.match(text)
    if not match:
        return None
    schema, table, column, columns = match.groups()
    if column is None and schema is None and "." in table:
        return None
    names = (column,) if column else tuple(re.findall(_NAME, columns))
    return (_unquote(schema) if schema else None, _unquote(table), tuple(_unquote(n) for n in names))


def _relation(text: Any, index: int, lines: LineIndex, file: str) -> RelationSpec:
    key_path = ("relations", index)
    line = lines.line(key_path)
    hint = "write 'orders.customer_id -> customers.id' or 'lines(order_id, shop) -> orders(id, shop)'"
    if not isinstance(text, str) or text.count("->") != 1:
        raise PolicyError(
            "a relation is 'child.column -> parent.column'", file=file, line=line, path=f"relations.{index}", hint=hint
        )
    left, right = (part.strip() for part in text.split("->"))
    child, parent = _end(left), _end(right)
    for side, parsed in (("referencing", child), ("referenced", parent)):
        if parsed is None:
            raise PolicyError(
                f"cannot read the {side} side of '{text}'", file=file, line=line, path=f"relations.{index}", hint=hint
            )
    if len(child[2]) != len(parent[2]):
        raise PolicyError(
            f"'{text}' pairs {len(child[2])} column(s) with {len(parent[2])}",
            file=file,
            line=line,
            path=f"relations.{index}",
            hint="list the same number of columns on both sides",
        )
    return RelationSpec(child, parent, text, key_path, line)


def _classed(value: dict, key_path: tuple, index: LineIndex, file: str, classes: dict[str, PackRule]) -> RuleSpec:
    """A column tagged `{class: NAME, ...overrides}`: the pack's rule with the column's own keys on top."""
    name = value["class"]
    where = key_path + ("class",)
    if "transform" in value:
        raise PolicyError(
            "a rule takes either 'class' or 'transform', not both",
            file=file,
            line=index.line(key_path + ("transform",)),
            path=".".join(key_path),
            hint="keep 'class' and override only parameters, or drop 'class'",
        )
    if not isinstance(name, str) or name not in classes:
        if not classes:
            hint = "no pack is included; add e.g. 'include: [pii]' at the top of the policy"
        else:
            hint = did_you_mean(str(name), sorted(classes)) or f"classes: {', '.join(sorted(classes))}"
        raise PolicyError(f"unknown class '{name}'", file=file, line=index.line(where), path=".".join(where), hint=hint)
    pack_rule = classes[name]
    base = pack_rule.rule
    base = {"transform": "null" if base is None else base} if not isinstance(base, dict) else dict(base)
    merged = {**base, **{k: v for k, v in value.items() if k != "class"}}
    spec = _rule(merged, key_path, index, file, {})
    return RuleSpec(
        spec.transform,
        spec.params,
        key_path,
        index.line(key_path),
        domain=spec.domain,
        when=spec.when,
        via=f"class {name} ({pack_rule.pack})",
        reason=spec.reason,
    )


def _rule(value: Any, key_path: tuple, index: LineIndex, file: str, classes: dict[str, PackRule]) -> RuleSpec:
    line = index.line(key_path)
    if value is None:
        return RuleSpec("null", {}, key_path, line)
    if isinstance(value, str):
        return RuleSpec(value, {}, key_path, line)
    if "class" in value:
        return _classed(value, key_path, index, file, classes)
    if "transform" not in value:
        raise PolicyError(
            "a rule needs a 'transform' key",
            file=file,
            line=line,
            path=".".join(key_path),
            hint="write e.g. {transform: hash}, {class: contact.email} or the shorthand 'keep'",
        )
    transform = value["transform"]
    if not isinstance(transform, str):
        raise PolicyError(
            "'transform' must be a name",
            file=file,
            line=index.line(key_path + ("transform",)),
            path=".".join(key_path + ("transform",)),
        )
    domain = value.get("domain")
    if domain is not None and (not isinstance(domain, str) or not domain):
        raise PolicyError(
            "'domain' must be a non-empty name",
            file=file,
            line=index.line(key_path + ("domain",)),
            path=".".join(key_path + ("domain",)),
        )
    params = {k: v for k, v in value.items() if k not in RESERVED_RULE_KEYS}
    when = _when(value.get("when"), key_path + ("when",), index, file) if "when" in value else None
    reason = value.get("reason")
    if reason is not None and (not isinstance(reason, str) or not reason.strip()):
        raise PolicyError(
            "'reason' must be text saying why",
            file=file,
            line=index.line(key_path + ("reason",)),
            path=".".join(key_path + ("reason",)),
            hint='e.g. reason: "public company contact, published on our website"',
        )
    return RuleSpec(transform, params, key_path, line, domain=domain, when=when, reason=reason)


def _when(value: Any, key_path: tuple, index: LineIndex, file: str) -> tuple[str, str | None]:
    """`when: "<sql>"` or `when: {sql: "<sql>", dialect: <name>}`; the planner parses and checks the SQL."""
    if isinstance(value, str) and value.strip():
        return value, None
    if (
        isinstance(value, dict)
        and set(value) <= {"sql", "dialect"}
        and isinstance(value.get("sql"), str)
        and value["sql"].strip()
        and isinstance(value.get("dialect", ""), str)
    ):
        return value["sql"], value.get("dialect")
    raise PolicyError(
        "'when' must be SQL text or {sql: ..., dialect: ...}",
        file=file,
        line=index.line(key_path),
        path=".".join(key_path),
        hint="e.g. when: \"email NOT LIKE '%@ourco.com'\"",
    )


def parse_policy(text: str, file: str, allow_paths: Iterable[str | Path] = ()) -> Policy:
    """Validate policy text; every error names `file`, the line and the key path.

    Files the policy names (packs, lookup CSVs) resolve against `file`'s folder and must stay inside it or
    inside one of `allow_paths`."""
    files = FileScope.of_policy(file, allow_paths)
    data, index = load_yaml(text, file)
    if data is None:
        raise PolicyError("the policy file is empty", file=file, hint="start with 'version: 1' and a 'tables:' map")
    if not isinstance(data, dict):
        raise PolicyError("a policy must be a mapping with 'version' and 'tables'", file=file, line=1)
    try:
        document = PolicyDocument.model_validate(data)
    except ValidationError as exc:
        raise _explain(first_error(exc.errors()), index, file) from None
    packs = load_packs(document.include, file, lambda i: index.line(("include", i)), files)
    classes = class_rules(packs)
    rules: dict[str, dict[str, RuleSpec]] = {}
    for table, table_policy in document.tables.items():
        rules[table] = {
            column: _rule(value, ("tables", table, "columns", column), index, file, classes)
            for column, value in table_policy.columns.items()
        }
    relations = tuple(_relation(r, i, index, file) for i, r in enumerate(data.get("relations") or []))
    # Included packs decide rules too, so a changed pack is a changed policy.
    fingerprint = hashlib.sha256("\0".join([text, *(p.text for p in packs)]).encode("utf-8")).hexdigest()
    return Policy(file, document, rules, index, fingerprint, relations, files)


def load_policy(path: Path | str, allow_paths: Iterable[str | Path] = ()) -> Policy:
    """Read and validate a policy file; `allow_paths`: folders besides its own that its files may be in."""
    path = Path(path)
    # Not only regular files: a policy may come from a pipe; but never more of it than a policy can be.
    text = read_text(path, limit=MAX_YAML_BYTES, what="policy file", shown=str(path), regular=False)
    return parse_policy(text, str(path), allow_paths)
