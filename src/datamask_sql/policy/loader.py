"""Load a policy file: YAML -> validated PolicyDocument -> RuleSpecs, errors at file:line."""

from __future__ import annotations

import difflib
import hashlib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from datamask_sql.errors import PolicyError
from datamask_sql.policy.lines import LineIndex, load_yaml
from datamask_sql.policy.model import Policy, PolicyDocument, RuleSpec

RESERVED_RULE_KEYS = ("transform", "domain", "when")


def did_you_mean(word: str, choices: list[str]) -> str | None:
    """A 'did you mean ...?' hint when `word` is close to one of `choices`."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


def _explain(error: dict, index: LineIndex, file: str, known: dict[tuple, list[str]]) -> PolicyError:
    loc = tuple(error["loc"])
    # pydantic reports union members in loc; keep only the document's own keys.
    loc = tuple(p for p in loc if not (isinstance(p, str) and ("[" in p or p in ("str", "dict", "none"))))
    path = ".".join(str(p) for p in loc)
    kind = error["type"]
    hint = None
    if kind == "extra_forbidden":
        parent, key = loc[:-1], loc[-1]
        allowed = known.get(tuple(p for p in parent if not isinstance(p, int))[-1:] or ("",), [])
        message = f"unknown key '{key}'"
        hint = did_you_mean(str(key), allowed) or (f"allowed keys: {', '.join(allowed)}" if allowed else None)
    elif kind == "missing":
        message = "required key is missing"
    elif kind == "literal_error" and loc == ("version",):
        message = f"unsupported policy version {error.get('input')!r}"
        hint = "this datamask-sql reads version: 1"
    else:
        message = error["msg"][0].lower() + error["msg"][1:]
    return PolicyError(message, file=file, line=index.line(loc), path=path or None, hint=hint)


_KNOWN_KEYS = {
    ("",): ["version", "source", "target", "defaults", "tables"],
    ("source",): ["schema"],
    ("target",): ["schema"],
    ("defaults",): ["unlisted"],
}


def _rule(value: Any, key_path: tuple, index: LineIndex, file: str) -> RuleSpec:
    line = index.line(key_path)
    if value is None:
        return RuleSpec("null", {}, key_path, line)
    if isinstance(value, str):
        return RuleSpec(value, {}, key_path, line)
    if "transform" not in value:
        raise PolicyError("a rule needs a 'transform' key", file=file, line=line, path=".".join(key_path),
                          hint="write e.g. {transform: hash} or the shorthand 'keep'")
    transform = value["transform"]
    if not isinstance(transform, str):
        raise PolicyError("'transform' must be a name", file=file, line=index.line(key_path + ("transform",)),
                          path=".".join(key_path + ("transform",)))
    domain = value.get("domain")
    if domain is not None and (not isinstance(domain, str) or not domain):
        raise PolicyError("'domain' must be a non-empty name", file=file,
                          line=index.line(key_path + ("domain",)), path=".".join(key_path + ("domain",)))
    params = {k: v for k, v in value.items() if k not in RESERVED_RULE_KEYS}
    when = _when(value.get("when"), key_path + ("when",), index, file) if "when" in value else None
    return RuleSpec(transform, params, key_path, line, domain, when)


def _when(value: Any, key_path: tuple, index: LineIndex, file: str) -> tuple[str, str | None]:
    """`when: "<sql>"` or `when: {sql: "<sql>", dialect: <name>}`; the planner parses and checks the SQL."""
    if isinstance(value, str) and value.strip():
        return value, None
    if isinstance(value, dict) and set(value) <= {"sql", "dialect"} and isinstance(value.get("sql"), str) \
            and value["sql"].strip() and isinstance(value.get("dialect", ""), str):
        return value["sql"], value.get("dialect")
    raise PolicyError("'when' must be SQL text or {sql: ..., dialect: ...}", file=file, line=index.line(key_path),
                      path=".".join(key_path), hint="e.g. when: \"email NOT LIKE '%@ourco.com'\"")


def parse_policy(text: str, file: str) -> Policy:
    """Validate policy text; every error names `file`, the line and the key path."""
    data, index = load_yaml(text, file)
    if data is None:
        raise PolicyError("the policy file is empty", file=file, hint="start with 'version: 1' and a 'tables:' map")
    if not isinstance(data, dict):
        raise PolicyError("a policy must be a mapping with 'version' and 'tables'", file=file, line=1)
    try:
        document = PolicyDocument.model_validate(data)
    except ValidationError as exc:
        raise _explain(exc.errors()[0], index, file, _KNOWN_KEYS) from None
    rules: dict[str, dict[str, RuleSpec]] = {}
    for table, table_policy in document.tables.items():
        rules[table] = {
            column: _rule(value, ("tables", table, "columns", column), index, file)
            for column, value in table_policy.columns.items()
        }
    fingerprint = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Policy(file, document, rules, index, fingerprint)


def load_policy(path: Path | str) -> Policy:
    """Read and validate a policy file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PolicyError("policy file not found", file=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"cannot read the policy file: {exc}", file=str(path)) from None
    return parse_policy(text, str(path))
