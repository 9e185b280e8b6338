"""Explicit rules: validate each against its transform's parameters and the column it is written for."""

from __future__ import annotations

import math

from pydantic import ValidationError
from sqlglot import exp

from datamask_sql.catalog.model import Column, Table
from datamask_sql.errors import PolicyError
from datamask_sql.plan.confine import confine_lookup
from datamask_sql.plan.fields import field_error
from datamask_sql.plan.model import ColumnPlan, Ref
from datamask_sql.plan.rowrules import check_row_rules
from datamask_sql.plan.scope import Scope
from datamask_sql.policy import RuleSpec, did_you_mean, first_error, model_keys, unknown_key_hint
from datamask_sql.transforms import TRANSFORMS, Params, Transform, get_transform
from datamask_sql.transforms.base import HASHABLE_TYPES
from datamask_sql.transforms.fake import FakeParams, in_warehouse
from datamask_sql.transforms.sqlexpr import PolicySQLError, parse_scalar

RowCounts = dict[str, int]


def collision_risk(rows: int, bits: int) -> float:
    """Birthday bound: probability that `rows` uniform `bits`-bit values are not all distinct."""
    return -math.expm1(-rows * (rows - 1) / 2 / 2.0**bits) if rows > 1 else 0.0


def explicit_rules(
    scope: Scope, counts: RowCounts | None
) -> tuple[dict[tuple[Ref, str], ColumnPlan], set[tuple[Ref, str]]]:
    """Every rule the policy writes, checked; and the columns whose domain the policy named on purpose."""
    explicit: dict[tuple[Ref, str], ColumnPlan] = {}
    named: set[tuple[Ref, str]] = set()
    for ref, table in scope.tables.items():
        names = [c.name for c in table.columns]
        for col_name, spec in scope.policy.rules[scope.keys[ref]].items():
            column = table.column(col_name)
            if column is None:
                field_error(scope, ref, table, col_name, spec)
            if column is None:
                raise scope.error(
                    f"column '{col_name}' does not exist in table '{scope.show(ref)}'",
                    spec.key_path,
                    did_you_mean(col_name, names) or f"columns: {', '.join(names)}",
                )
            transform, params = _validate(scope, spec, column, table, counts)
            domain = spec.domain or f"{scope.show(ref)}.{column.name}".lower()
            if spec.domain:
                named.add((ref, column.name))
            reason = f"explicit rule ({scope.policy.file}:{spec.line})" if spec.line else "explicit rule"
            if spec.via:
                reason += f" via {spec.via}"
            when = _when(scope, spec, column, table) if spec.when else None
            explicit[(ref, column.name)] = ColumnPlan(
                column.name,
                column,
                transform,
                params,
                domain,
                reason,
                spec.line,
                when,
                spec.when[0] if spec.when else None,
            )
    _shared_shifts(scope, explicit)
    check_row_rules(scope, explicit)
    return explicit, named


def _shared_shifts(scope: Scope, explicit: dict[tuple[Ref, str], ColumnPlan]) -> None:
    """Date columns of one row shifted per the same entity move by one offset, so their order holds."""
    groups: dict[tuple[Ref, str], list[ColumnPlan]] = {}
    for (ref, _), cp in explicit.items():
        if cp.transform.name == "date_shift" and cp.params.per:
            groups.setdefault((ref, cp.params.per), []).append(cp)
    for (ref, per), plans in groups.items():
        if len(plans) < 2:
            continue
        names = ", ".join(cp.name for cp in plans)
        odd = next((cp for cp in plans if cp.params.days != plans[0].params.days), None)
        if odd is not None:
            raise scope.error(
                f"{scope.show(ref)}: {names} are shifted per {per} with different days "
                f"({plans[0].params.days} and {odd.params.days}), so their order within a row could change",
                scope.path(ref, "columns", odd.name),
                "give every date_shift with the same per: the same days",
            )
        scope.note(
            f"{scope.show(ref)}: {names} move by one offset per {per}, so their order within a row is kept "
            "(a NULL per value, or a date within 10 years of year 1 or 9999, is shifted on its own)"
        )


def _validate(
    scope: Scope, spec: RuleSpec, column: Column, table: Table, counts: RowCounts | None
) -> tuple[Transform, Params]:
    transform = get_transform(spec.transform)
    path = spec.key_path + ("transform",) if spec.params or spec.domain or spec.when else spec.key_path
    if transform is None:
        raise scope.error(
            f"unknown transform '{spec.transform}'",
            path,
            did_you_mean(spec.transform, sorted(TRANSFORMS)) or f"available: {', '.join(sorted(TRANSFORMS))}",
        )
    try:
        # The policy's FileScope: parameters that name files read them only from where the policy may.
        params = transform.Params.model_validate(spec.params, context={"files": scope.policy.files})
    except ValidationError as exc:
        err = first_error(exc.errors())
        loc = tuple(err["loc"])
        key = spec.key_path + loc[:1]
        if err["type"] == "extra_forbidden":
            # The same did-you-mean as the policy's own keys, nested parameters (fake's lookup) included.
            name, allowed = ".".join(map(str, loc)), sorted(model_keys(transform.Params, loc[:-1]))
            hint = unknown_key_hint(str(loc[-1]), allowed, f"'{spec.transform}' takes") or (
                f"'{spec.transform}' takes no parameters"
            )
            raise scope.error(f"unknown parameter '{name}' for transform '{spec.transform}'", key, hint) from None
        cause = (err.get("ctx") or {}).get("error")
        if isinstance(cause, PolicySQLError):
            loc = loc or ((cause.key,) if cause.key else ())
            raise scope.error(str(cause), spec.key_path + loc[:1], cause.hint) from None
        raise scope.error(f"{'.'.join(map(str, loc)) or 'parameters'}: {err['msg']}", key) from None
    check_fit(scope, transform, params, column, table, spec.key_path, counts)
    if isinstance(params, FakeParams) and in_warehouse(params):
        params = confine_lookup(scope, params, spec.key_path + ("lookup", "table"))
    return transform, params


def check_fit(
    scope: Scope,
    transform: Transform,
    params: Params,
    column: Column,
    table: Table,
    path: tuple,
    counts: RowCounts | None,
) -> None:
    """The rule fits the column: type, canonical text, columns it reads, and uniqueness of keys."""
    where = f"{scope.show((table.schema, table.name))}.{column.name} ({column.type_sql})"
    if transform.accepts is not None and column.logical not in transform.accepts:
        raise scope.error(
            f"transform '{transform.name}' does not fit {where}: it needs a {' or '.join(transform.accepts)} column",
            path,
            "choose a transform for this type, or keep/null the column",
        )
    if transform.keyed and column.logical not in HASHABLE_TYPES:
        raise scope.error(
            f"{where} has no canonical text in the determinism spec, so it cannot be hashed",
            path,
            "keep or null this column",
        )
    for used in transform.columns_used(params):
        other = table.column(used)
        names = [c.name for c in table.columns]
        if other is None or other.name != used:
            raise scope.error(
                f"{where}: column '{used}' does not exist in table '{table.name}'",
                path,
                did_you_mean(used, names) or f"columns: {', '.join(names)}",
            )
        if transform.keyed and other.logical not in HASHABLE_TYPES:
            raise scope.error(
                f"{where}: column '{used}' ({other.type_sql}) has no canonical text, so it cannot key this rule",
                path,
                "choose another column",
            )
    try:
        problem = transform.check(params, column)
    except PolicyError as exc:
        # A file the rule names may not be read from where it is: the rule's line, and what to allow.
        raise scope.error(f"{where}: {exc.message}: {exc.file}", path, exc.hint, exc.option) from None
    if problem:
        raise scope.error(f"{where}: {problem}", path)
    keys = [k for k in table.keys() if column.name in k]
    if keys and transform.masks:
        _check_unique(scope, transform, params, column, table, path, where, keys, counts)


def _check_unique(
    scope: Scope,
    transform: Transform,
    params: Params,
    column: Column,
    table: Table,
    path: tuple,
    where: str,
    keys: list[tuple[str, ...]],
    counts: RowCounts | None,
) -> None:
    """Keys stay unique: injective transforms pass; truncated hashes pass when the birthday bound allows; a
    transform that is injective given another column of the key (date_shift per:) passes for that key."""
    injective = transform.injective(params, column)
    within = {k: transform.unique_within(params, column, k) for k in keys} if not injective else {}
    lossy = [k for k in keys if not injective and within[k] is None]
    key = lossy[0] if lossy else keys[0]
    kind = "primary or unique key" if len(key) == 1 else f"part of the key ({', '.join(key)})"
    bits = transform.collision_bits(params, column)
    rows = (counts or {}).get(scope.show((table.schema, table.name)))
    if bits is not None and rows is not None:
        risk = collision_risk(rows, bits)
        limit = scope.policy.document.defaults.max_collision_risk
        text = f"{where}: {bits}-bit hash over {rows:,} rows, collision probability {risk:.2e}"
        if risk > limit:
            raise scope.error(
                f"{text} exceeds defaults.max_collision_risk {limit:g}",
                path,
                "keep more hex digits (a larger hash length) or raise the threshold",
            )
        scope.notes.append(f"collision risk {text}")
        return
    for note in dict.fromkeys(n for n in within.values() if n):
        scope.note(f"{scope.show((table.schema, table.name))}.{column.name}: {note}")
    if lossy:
        note = transform.collision_note(params, column, rows)
        if note is not None:
            scope.note(f"{scope.show((table.schema, table.name))}.{column.name}: {note}")
            return
        raise scope.error(
            f"{where} is a {kind}, and '{transform.name}' would make distinct values collide",
            path,
            transform.lossy_hint(params, column) or injective_hint(column),
        )
    if bits is not None and bits < 256:
        scope.notes.append(
            f"collision risk {where}: {bits}-bit hash, row count unknown "
            "(run or plan against a live source to measure it)"
        )


def injective_hint(column: Column) -> str:
    """The injective rules that fit a key column of this type."""
    fitting = {
        "text": "keep, hash with length >= 16, email, uuid (36+ characters) or fake with unique: true",
        "char": "keep or hash with length >= 16",
        "integer": "keep, or hash_int with a range of at least expected_rows values",
        "uuid": "keep or uuid",
        "date": "keep, or date_shift with per: another column of the same key",
        "timestamp": "keep, or date_shift with per: another column of the same key",
    }
    return f"use a rule that keeps distinct values distinct: {fitting.get(column.logical, 'keep')}"


def _when(scope: Scope, spec: RuleSpec, column: Column, table: Table) -> exp.Expression:
    path = spec.key_path + ("when",)
    if table.is_unique(column.name):
        raise scope.error(
            f"{table.name}.{column.name} is a primary or unique key; masking only some rows "
            "could make masked and unmasked values collide and break joins",
            path,
            "mask every row of a key column, or move the condition to other columns",
        )
    sql, dialect = spec.when
    try:
        predicate = parse_scalar(sql, dialect, [c.name for c in table.columns], condition=True)
    except PolicySQLError as exc:
        raise scope.error(str(exc), path, exc.hint) from None
    scope.notes.append(
        f"{table.name}.{column.name}: masked only where the 'when' predicate is not false; "
        "rows where it is false keep their value and are exempt from the leak check"
    )
    return predicate
