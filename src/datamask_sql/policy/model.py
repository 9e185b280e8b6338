"""The validated policy: frozen, unknown keys rejected, every rule remembering its line."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from datamask_sql.policy.lines import LineIndex


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class SourceSpec(_Strict):
    """Where the tables to mask live."""

    schema_: str | None = Field(None, alias="schema", description="Source schema; engine default if omitted.")


class TargetSpec(_Strict):
    """Where masked tables are written."""

    schema_: str = Field("masked", alias="schema", description="Target schema in the same database.")


class Defaults(_Strict):
    """Policy-wide behaviour."""

    unlisted: Literal["error", "keep", "null"] = Field(
        "error", description="What happens to a column no rule covers: error (fail closed), keep or null."
    )


ColumnRuleInput = str | None | dict[str, Any]


class TablePolicy(_Strict):
    """Rules for one table's columns."""

    columns: dict[str, ColumnRuleInput] = Field(default_factory=dict)


class PolicyDocument(_Strict):
    """The YAML document as written (version 1)."""

    version: Literal[1]
    source: SourceSpec = SourceSpec()
    target: TargetSpec = TargetSpec()
    defaults: Defaults = Defaults()
    tables: dict[str, TablePolicy] = Field(default_factory=dict)


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


@dataclass(frozen=True)
class Policy:
    """A loaded policy file with its rules and line index."""

    file: str
    document: PolicyDocument
    rules: dict[str, dict[str, RuleSpec]]
    lines: LineIndex = field(compare=False)
    fingerprint: str = ""

    @property
    def source_schema(self) -> str | None:
        """Configured source schema, if any."""
        return self.document.source.schema_

    @property
    def target_schema(self) -> str:
        """Configured target schema."""
        return self.document.target.schema_

    @property
    def unlisted(self) -> str:
        """What to do with columns no rule covers."""
        return self.document.defaults.unlisted
