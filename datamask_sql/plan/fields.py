"""Rules that name no column of their table because of a STRUCT: which error the policy gets, at its line."""

from __future__ import annotations

from datamask_sql.catalog.model import Table
from datamask_sql.catalog.nested import struct_fields
from datamask_sql.plan.model import Ref
from datamask_sql.plan.scope import Scope
from datamask_sql.policy import RuleSpec, did_you_mean


def field_error(scope: Scope, ref: Ref, table: Table, col_name: str, spec: RuleSpec) -> None:
    """A rule on no column because of a STRUCT: the whole of one masked field by field, a field it lacks, a field
    of a column of another type, or a field of a STRUCT on a database."""
    if any(c.name.startswith(col_name + ".") for c in table.columns):
        # A column, or a STRUCT field (`addr.geo`) whose own fields rules name (`addr.geo.lat`).
        what = "field" if "." in col_name else "column"
        raise scope.error(
            f"the STRUCT {what} '{col_name}' is masked field by field (rules name its fields), so a rule for "
            f"the whole {what} conflicts with them",
            spec.key_path,
            f"give each field of '{col_name}' a rule (or leave them to unlisted:) and drop this one",
        )
    if "." not in col_name:
        return
    head, field = col_name.split(".", 1)
    flat = [c.name.split(".", 1)[1] for c in table.columns if c.name.startswith(head + ".")]
    nested = table.column(head)
    fields = flat or (struct_fields(nested) if nested is not None else None)
    # Not flattened (a database's STRUCT): a path into the STRUCT (`geo.lat`) is checked by its first field.
    if fields is not None and (flat or field.split(".", 1)[0] not in fields):
        raise scope.error(
            f"the STRUCT column '{head}' of table '{scope.show(ref)}' has no field '{field}'",
            spec.key_path,
            did_you_mean(field, list(fields)) or f"fields: {', '.join(fields)}",
        )
    if nested is not None and fields is None:
        raise scope.error(
            f"'{col_name}' names a field, but the column '{head}' is {nested.type_sql}, not a STRUCT",
            spec.key_path,
            f"only fields of STRUCT columns can be addressed; write a rule for the whole column '{head}'",
        )
    if nested is not None:
        raise scope.error(
            f"'{col_name}' is a field of the STRUCT column '{head}'; fields are masked one by one only when the "
            "source is data files (CSV, Parquet, JSON)",
            spec.key_path,
            f"write a rule for the whole column '{head}' (keep or null), or mask the exported files",
        )
