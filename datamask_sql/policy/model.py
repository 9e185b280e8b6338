"""The validated policy: frozen, unknown keys rejected, every rule remembering its line."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from datamask_sql.files import FileScope
from datamask_sql.policy.lines import LineIndex


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class SourceSpec(_Strict):
    """Where the tables to mask live."""

    schema_: str | None = Field(None, alias="schema", description="Source schema; engine default if omitted.")
    database: str | None = Field(
        None,
        description="Database (Snowflake, SQL Server, DuckDB), project (BigQuery) or catalog (Spark, Trino) the "
        "source schema is in; default: the session's current one.",
    )
    path: str | None = Field(
        None,
        description="Data files to mask instead of a database: a CSV, TSV, Parquet or JSON file, a folder or a glob "
        "(relative to the current directory); a source given on the command line overrides it.",
    )


class TargetSpec(_Strict):
    """Where masked tables are written."""

    schema_: str = Field("masked", alias="schema", description="Target schema.")
    database: str | None = Field(
        None,
        description="Database, project or catalog the target schema is in, where the engine writes across them "
        "in one statement (docs/dialects.md); default: the source's.",
    )
    schemas: dict[str, str] = Field(
        default_factory=dict,
        description="Target schema for tables of other source schemas (default '<schema>_<source schema>').",
    )
    constraints: bool = Field(
        True, description="Re-create primary keys, unique and foreign keys on the target where the engine can."
    )
    path: str | None = Field(
        None,
        description="For a file source: the folder the masked files are written to (one per table, same names); "
        "a target path given on the command line overrides it.",
    )
    format: Literal["parquet", "csv", "jsonl"] | None = Field(
        None, description="Format of the masked files (default: each table's source format)."
    )


Unlisted = Literal["error", "keep", "null"]
# A bare YAML `null` means the null transform here as it does on a column, not "unset".
_BARE_NULL = BeforeValidator(lambda value: "null" if value is None else value)


class Defaults(_Strict):
    """Policy-wide behaviour."""

    unlisted: Annotated[Unlisted, _BARE_NULL] = Field(
        "error", description="What happens to a column no rule covers: error (fail closed), keep or null."
    )
    max_collision_risk: float = Field(
        1e-6,
        ge=0,
        le=1,
        description="Refuse a truncated hash on a unique column when the birthday-bound collision "
        "probability for the table's row count exceeds this.",
    )
    subset_passes: int = Field(
        5, ge=0, le=100, description="Bound on upward-closure passes along self-referencing foreign keys."
    )


ColumnRuleInput = str | None | dict[str, Any]


class SubsetSpec(_Strict):
    """Which rows of a root table to keep; related tables follow referentially."""

    where: str | None = Field(None, description="SQL predicate on the table's own columns.")
    percent: float | None = Field(
        None, gt=0, le=100, description="Deterministic sample by the keyed hash of the primary key."
    )


class IncrementalSpec(_Strict):
    """How a table's target is refreshed instead of rebuilt: rows past a cursor merged by key."""

    cursor: str = Field(
        description="A NOT NULL column that only grows when a row is inserted or changed (a timestamp or a number)."
    )
    key: list[str] | None = Field(
        None, min_length=1, description="Columns that identify a row (default: the table's primary key)."
    )
    deletes: bool = Field(
        True, description="Remove target rows whose key no longer exists in the source (default true)."
    )


class TablePolicy(_Strict):
    """Rules for one table's columns."""

    columns: dict[str, ColumnRuleInput] = Field(default_factory=dict)
    subset: SubsetSpec | None = None
    incremental: IncrementalSpec | None = Field(
        None, description="Refresh the target by merging rows whose cursor passed the last run's watermark."
    )
    unlisted: Annotated[Unlisted | None, _BARE_NULL] = Field(
        None,
        description="What happens to this table's columns no rule covers (error, keep or null); "
        "default: defaults.unlisted. 'keep' on a lookup table spares listing each column.",
    )
    primary_key: list[str] | None = Field(
        None,
        description="Columns that identify a row, for a source that records no keys (files): checked against the "
        "data, kept unique by the masking, followed by foreign keys.",
    )
    unique: list[list[str]] = Field(
        default_factory=list, description="Further column sets unique in the data (e.g. [[email]]), as primary_key."
    )


class PolicyDocument(_Strict):
    """The YAML document as written (version 1)."""

    version: Literal[1]
    include: list[str] = Field(
        default_factory=list,
        description="Policy packs whose classes columns can use: "
        "a shipped pack name (pii, hipaa, pci) or a "
        "path relative to this file.",
    )
    source: SourceSpec = SourceSpec()
    target: TargetSpec = TargetSpec()
    defaults: Defaults = Defaults()
    tables: dict[str, TablePolicy] = Field(default_factory=dict)
    relations: list[str] = Field(
        default_factory=list,
        description="Foreign keys the source does not record: 'orders.customer_id -> customers.id' or "
        "'lines(order_id, shop) -> orders(id, shop)', tables optionally schema-qualified.",
    )


@dataclass(frozen=True)
class RuleSpec:
    """A column's rule as written: transform name and raw parameters, validated by the planner."""

    transform: str
    params: dict[str, Any] = field(hash=False)
    key_path: tuple[Any, ...]
    line: int | None
    domain: str | None = None
    # `when:` as written: SQL text and the dialect it is written in (None: sqlglot's generic dialect).
    when: tuple[str, str | None] | None = None
    # The sensitivity class (and pack) a rule came from, when the column was tagged with `class:`.
    via: str | None = None
    # `reason:` as written: why the rule is what it is (on keep, an acknowledged sensitive column).
    reason: str | None = None


@dataclass(frozen=True)
class RelationSpec:
    """A declared foreign key as written: (schema or None, table, columns) on both ends."""

    child: tuple[str | None, str, tuple[str, ...]]
    parent: tuple[str | None, str, tuple[str, ...]]
    text: str
    key_path: tuple[Any, ...]
    line: int | None


@dataclass(frozen=True)
class Policy:
    """A loaded policy file with its rules and line index."""

    file: str
    document: PolicyDocument
    rules: dict[str, dict[str, RuleSpec]]
    lines: LineIndex = field(compare=False)
    fingerprint: str = ""
    relations: tuple[RelationSpec, ...] = ()
    # Where the files the policy names (lookup CSVs) may be read from.
    files: FileScope = field(default_factory=FileScope.working_dir, compare=False)

    @property
    def source_schema(self) -> str | None:
        """Configured source schema, if any."""
        return self.document.source.schema_

    @property
    def source_database(self) -> str | None:
        """Configured source database (catalog, project), if any."""
        return self.document.source.database

    @property
    def target_database(self) -> str | None:
        """Configured target database (catalog, project), if any."""
        return self.document.target.database

    @property
    def target_schema(self) -> str:
        """Configured target schema."""
        return self.document.target.schema_

    @property
    def constraints(self) -> bool:
        """Whether to re-create keys on the target."""
        return self.document.target.constraints

    def incremental(self, table: str) -> IncrementalSpec | None:
        """The incremental refresh written for policy table key `table`."""
        return self.document.tables[table].incremental

    def subset(self, table: str) -> SubsetSpec | None:
        """The subset rule written for policy table key `table`."""
        return self.document.tables[table].subset

    @property
    def unlisted(self) -> str:
        """What to do with columns no rule covers, policy-wide."""
        return self.document.defaults.unlisted

    def unlisted_in(self, table: str) -> tuple[str, tuple[str, ...]]:
        """What to do with the uncovered columns of policy table key `table`, and the key that says so."""
        own = self.document.tables[table].unlisted
        if own is not None:
            return own, ("tables", table, "unlisted")
        return self.unlisted, ("defaults", "unlisted")
