"""Dialects: the only place engines differ, and the one registry of engines (names, aliases, URL schemes)."""

from __future__ import annotations

from datamask_sql.dialects.base import MaskingDialect, lit
from datamask_sql.dialects.bigquery import BigQuery
from datamask_sql.dialects.duckdb import DuckDB
from datamask_sql.dialects.mysql import MySQL
from datamask_sql.dialects.postgres import Postgres
from datamask_sql.dialects.redshift import Redshift
from datamask_sql.dialects.snowflake import Snowflake
from datamask_sql.dialects.spark import Spark
from datamask_sql.dialects.trino import Trino
from datamask_sql.dialects.tsql import TSQL
from datamask_sql.errors import DatamaskError

# The order is the one error messages list engines in (e.g. the SQL dialects policy SQL may be written in).
DIALECTS: dict[str, type[MaskingDialect]] = {
    d.name: d for d in (DuckDB, Postgres, MySQL, Spark, Snowflake, BigQuery, Trino, Redshift, TSQL)
}
ALIASES: dict[str, str] = {alias: d.name for d in DIALECTS.values() for alias in d.aliases}
URL_SCHEMES: dict[str, str] = {scheme: d.name for d in DIALECTS.values() for scheme in d.url_schemes}
# sqlglot names of our dialects; they may differ from ours, so default_schema accepts both.
_BY_SQLGLOT: dict[str, str] = {d.sqlglot_dialect: d.name for d in DIALECTS.values()}


def _resolve(name: str) -> str | None:
    key = name.lower()
    key = ALIASES.get(key, key)
    if key in DIALECTS:
        return key
    return _BY_SQLGLOT.get(key)


def get_dialect(name: str) -> MaskingDialect:
    """The MaskingDialect called `name` (or an alias of it)."""
    key = _resolve(name)
    if key is None:
        from datamask_sql.policy import did_you_mean

        wanted = ALIASES.get(name.lower(), name.lower())
        hint = did_you_mean(wanted, list(DIALECTS)) or f"supported: {', '.join(sorted(DIALECTS))}"
        raise DatamaskError(f"unknown dialect '{name}'", hint=hint)
    return DIALECTS[key]()


def dialect_or_generic(name: str | None) -> MaskingDialect:
    """The dialect named (ours, an alias or sqlglot's name), or the generic one when unknown: its schema
    matching is the most cautious, for catalogs read from files that name no engine."""
    key = _resolve(name) if name else None
    return DIALECTS[key]() if key else MaskingDialect()


def default_schema(name: str) -> str | None:
    """Default schema of a dialect named by our name, an alias or its sqlglot name; None if unknown or none."""
    key = _resolve(name)
    return DIALECTS[key].default_schema if key else None


def schemas_are_databases(name: str) -> bool:
    """Whether a dialect's schemas are databases (so other schemas are other people's business)."""
    key = _resolve(name)
    return DIALECTS[key].schemas_are_databases if key else False


def dialect_of_scheme(scheme: str) -> str | None:
    """The dialect a connection URL scheme opens (e.g. 'mariadb' -> 'mysql'); None when no engine claims it."""
    return URL_SCHEMES.get(scheme.lower())


__all__ = [
    "ALIASES",
    "DIALECTS",
    "URL_SCHEMES",
    "MaskingDialect",
    "default_schema",
    "dialect_or_generic",
    "dialect_of_scheme",
    "get_dialect",
    "lit",
    "schemas_are_databases",
]
