"""The list a `fake` rule brings instead of a shipped kind: a CSV file or a warehouse table."""

from __future__ import annotations

from pydantic import Field, PrivateAttr, ValidationInfo, model_validator
from sqlglot import exp

from datamask_sql.errors import UnsupportedError
from datamask_sql.files import FileScope
from datamask_sql.transforms.base import Params


class LookupSource(Params):
    """A lookup list the user brings instead of a shipped kind: a CSV file or a warehouse table."""

    csv: str | None = Field(
        None, description="CSV file with a header line; relative to the policy file's folder and inside it."
    )
    table: str | None = Field(None, description="Warehouse table [schema.]table holding the values.")
    column: str | None = Field(
        None, description="Column holding the values; default the CSV's first column, required with `table`."
    )
    # Where `csv` may be read from: the policy's FileScope, passed by the planner as validation context.
    _files: FileScope | None = PrivateAttr(None)

    @model_validator(mode="after")
    def _scoped(self, info: ValidationInfo) -> LookupSource:
        files = (info.context or {}).get("files")
        if isinstance(files, FileScope):
            self._files = files
        return self

    @property
    def scope(self) -> FileScope | None:
        """Where `csv` may be read from (None: validated without a policy, so the working directory)."""
        return self._files

    # (schema, table, column) as the catalog spells them, set by the planner once `table` is confined to the
    # policy's source scope; the SQL reads only this, never the text as written.
    _resolved: tuple[str, str, str] | None = PrivateAttr(None)

    def resolved(self, schema: str, table: str, column: str) -> LookupSource:
        """A copy that names the confined catalog table and column."""
        copy = self.model_copy()
        copy._resolved = (schema, table, column)
        return copy

    def warehouse_table(self) -> tuple[exp.Table, str]:
        """The confined table (schema-qualified, so no search path picks another) and its value column."""
        if self._resolved is None:
            raise UnsupportedError(
                "a warehouse lookup table is read only once the planner has confined it to the source scope"
            )
        schema, table, column = self._resolved
        return exp.table_(exp.to_identifier(table), db=exp.to_identifier(schema)), column
