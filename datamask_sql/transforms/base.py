"""What every transform is: declared parameters, a SQL builder from dialect primitives, a Python twin."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict
from sqlglot import exp

from datamask_sql import reference
from datamask_sql.catalog.model import Column
from datamask_sql.dialects.base import MaskingDialect
from datamask_sql.errors import UnsupportedError
from datamask_sql.lookups import LookupTable

# Registers an equi-join of a lookup table on idx = index and returns the joined value column.
LookupJoin = Callable[[LookupTable, exp.Expression], exp.Expression]
# Registers a one-row count query and a numbered (idx, value) query; the index is a function of the count.
QueryJoin = Callable[[exp.Select, exp.Select, Callable[[exp.Expression], exp.Expression]], exp.Expression]

TEXT_TYPES = ("text", "char")
# Logical types with a canonical text in the determinism spec: what keyed transforms can read.
HASHABLE_TYPES = ("text", "char", "integer", "decimal", "boolean", "date", "timestamp", "timestamptz", "uuid")


class Params(BaseModel):
    """Base of every transform's parameter model: frozen, unknown keys rejected."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    # Options added after targets were built with this transform: left out of the rules hash while at their
    # default, so a target built before they existed still merges (render/refresh.py).
    unhashed_defaults: ClassVar[tuple[str, ...]] = ()


@dataclass(frozen=True)
class RowRule:
    """The rule another column of the same row is masked with (email's name style reads its fake picks)."""

    transform: str
    params: Params
    column: Column


@dataclass
class BuildContext:
    """What a transform's SQL builder may use: the dialect, the column, its value, its digest, the row."""

    dialect: MaskingDialect
    column: Column
    value: exp.Expression
    domain: str
    _digest: Callable[[], exp.Expression] = field(repr=False)
    _lookup: LookupJoin | None = field(default=None, repr=False)
    _lookup_query: QueryJoin | None = field(default=None, repr=False)
    # Other columns of the same row (per:, when:, expression): name -> source reference.
    _column: Callable[[str], exp.Expression] | None = field(default=None, repr=False)
    # (column name, domain) -> reference to that column's digest in that domain, once per row.
    _digest_of: Callable[[str, str], exp.Expression] | None = field(default=None, repr=False)
    # Column name -> the consistency domain the plan gave it.
    domains: dict[str, str] = field(default_factory=dict)
    # (level, expression) -> reference to it computed in projection `level` over the row (1 = the first).
    _stage: Callable[[int, exp.Expression], exp.Expression] | None = field(default=None, repr=False)
    # Column name -> the rule that column of the row is masked with.
    rules: dict[str, RowRule] = field(default_factory=dict)
    # (part, expression of the source row alone) -> reference to it computed beside the digests, once per row.
    _row: Callable[[str, exp.Expression], exp.Expression] | None = field(default=None, repr=False)

    def digest(self) -> exp.Expression:
        """Reference to this column's keyed digest (64 lowercase hex), computed once per row."""
        return self._digest()

    def lookup(self, table: LookupTable, index: exp.Expression) -> exp.Expression:
        """The `value` of `table`'s row whose 0-based idx equals `index`, through a plain equi-join."""
        if self._lookup is None:
            raise NotImplementedError("this renderer does not join lookup tables")
        return self._lookup(table, index)

    def lookup_query(
        self, numbered: exp.Select, count: exp.Select, index_of: Callable[[exp.Expression], exp.Expression]
    ) -> exp.Expression:
        """`value` of the `numbered` row (idx, value) whose idx is `index_of(n)`, n read from the one-row `count`."""
        if self._lookup_query is None:
            raise NotImplementedError("this renderer does not join lookup queries")
        return self._lookup_query(numbered, count, index_of)

    def column_value(self, name: str) -> exp.Expression:
        """Reference to another column of the same source row."""
        if self._column is None:
            raise ValueError("this build context has no row")
        return self._column(name)

    def digest_of(self, name: str, domain: str) -> exp.Expression:
        """Keyed digest of another column of the row in `domain` (NULL when that value is NULL)."""
        if self._digest_of is None:
            raise ValueError("this build context has no row")
        return self._digest_of(name, domain)

    def row(self, part: str, expr: exp.Expression) -> exp.Expression:
        """Reference to `expr`, which reads only the source row (no digest), computed once per row in the digest
        level and named `part` for this column (a dbt model asks the column's macro for that part by name);
        `expr` itself where the renderer has no such level."""
        return expr if self._row is None else self._row(part, expr)

    def stage(self, level: int, expr: exp.Expression) -> exp.Expression:
        """Reference to `expr` computed once per row in projection `level` (>= 1), which may read the row, its
        digests and every lower level: a value read many times, or built from the one below, is computed once."""
        if self._stage is None:
            raise UnsupportedError(
                f"transform on {self.column.name} needs per-row projections this renderer does not build",
                hint="compile to SQL files instead",
            )
        return self._stage(level, expr)


@dataclass
class RefContext:
    """What a transform's Python reference may use: the key, the domain, the column and the row."""

    key: str = field(repr=False)
    domain: str
    column: Column
    # The whole source row and its columns, for transforms that read other columns.
    row: dict[str, Any] = field(default_factory=dict)
    columns: dict[str, Column] = field(default_factory=dict)
    domains: dict[str, str] = field(default_factory=dict)
    # Reads a warehouse lookup column's values (schema.table, column) for lookups N is not known for.
    table_values: Callable[[str, str], list[Any]] | None = field(default=None, repr=False)
    # Column name -> the rule that column of the row is masked with.
    rules: dict[str, RowRule] = field(default_factory=dict)

    def digest(self, value: Any) -> str:
        """Keyed digest of a value of this column, per the determinism spec."""
        text = reference.canonical_text(value, self.column.logical, self.column.scale)
        return reference.digest(self.key, self.domain, text)

    def digest_of(self, name: str, domain: str) -> str | None:
        """Keyed digest of another column of the row in `domain`; None when that value is NULL."""
        value = self.row.get(name)
        if value is None:
            return None
        column = self.columns[name]
        return reference.digest(self.key, domain, reference.canonical_text(value, column.logical, column.scale))


class Transform:
    """One masking transform; subclasses declare name, Params, and the three behaviours."""

    name: ClassVar[str]
    Params: ClassVar[type[Params]] = Params
    # Reads the keyed digest, so the input's logical type needs a canonical text.
    keyed: ClassVar[bool] = False
    # NULL in gives NULL out (the renderer adds the guard).
    null_preserving: ClassVar[bool] = True
    # Whether the output differs from the source by design (keep is the one identity).
    masks: ClassVar[bool] = True
    # Whether any masked value equal to a source value means the source leaked through (verify checks it).
    leak_checked: ClassVar[bool] = False
    # Whether the output depends on what a value holds, so that some values legitimately come out as they went
    # in (text without digits under digits, a value shorter than what partial keeps, a value already on its
    # band's edge): verify reports such a column's unchanged cells but does not fail on their share.
    content_dependent: ClassVar[bool] = False
    # Logical input types accepted; None means any.
    accepts: ClassVar[tuple[str, ...] | None] = None
    summary: ClassVar[str] = ""

    def check(self, params: Params, column: Column) -> str | None:
        """Plan-time feasibility for this column: an error message, or None when it fits."""
        return None

    def unchanged_allowance(self, params: Params) -> float | None:
        """The largest share of a column's non-NULL cells that may still equal their own row's source value
        (0.0: none may; None: not checked, keep being the identity). Verify fails a column above it.

        By default a masking transform changes most cells: a value may come out equal by chance (a fake pick),
        but not half of them. A content-dependent transform's share is reported, never failed (1.0)."""
        if not self.masks:
            return None
        if self.content_dependent:
            return 1.0
        return 0.0 if self.leak_checked else 0.5

    def injective(self, params: Params, column: Column) -> bool:
        """Whether distinct inputs give distinct outputs (up to hash collisions of >= 64 bits)."""
        return False

    def collision_bits(self, params: Params, column: Column) -> int | None:
        """Bits of hash output when distinct inputs can collide only by hash truncation, else None."""
        return None

    def unique_within(self, params: Params, column: Column, key: tuple[str, ...]) -> str | None:
        """Why this transform keeps the multi-column `key` unique though it is not injective on its own (the
        plan's note), or None when it does not."""
        return None

    def lossy_hint(self, params: Params, column: Column) -> str | None:
        """How to keep a unique column unique when this transform is not injective (None: the generic hint)."""
        return None

    def columns_used(self, params: Params) -> tuple[str, ...]:
        """Other columns of the same row this rule reads; the planner checks they exist."""
        return ()

    def collision_note(self, params: Params, column: Column, rows: int | None = None) -> str | None:
        """For a non-injective transform on a unique column: the collision risk to report, or None to refuse.

        `rows` is the table's row count where the source was counted, else None."""
        return None

    def build(self, ctx: BuildContext, params: Params) -> exp.Expression:
        """The masked value as a sqlglot expression built only from dialect primitives."""
        raise NotImplementedError

    def reference(self, value: Any, ctx: RefContext, params: Params) -> Any:
        """The masked value computed in Python, identical to what every engine returns."""
        raise NotImplementedError
