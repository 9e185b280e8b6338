"""Dialects: the only place engines differ."""

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

DIALECTS: dict[str, type[MaskingDialect]] = {
    d.name: d for d in (DuckDB, Postgres, MySQL, Spark, Snowflake, BigQuery, Redshift, Trino, TSQL)
}
ALIASES = {"postgresql": "postgres", "pg": "postgres", "mariadb": "mysql", "databricks": "spark",
           "sqlserver": "tsql", "mssql": "tsql"}


def get_dialect(name: str) -> MaskingDialect:
    """The MaskingDialect called `name` (or an alias of it)."""
    key = ALIASES.get(name.lower(), name.lower())
    if key not in DIALECTS:
        from datamask_sql.policy import did_you_mean

        hint = did_you_mean(key, list(DIALECTS)) or f"supported: {', '.join(sorted(DIALECTS))}"
        raise DatamaskError(f"unknown dialect '{name}'", hint=hint)
    return DIALECTS[key]()


_DEFAULT_SCHEMA = {"duckdb": "main", "postgres": "public", "spark": "default", "tsql": "dbo"}


def default_schema(name: str) -> str | None:
    """The engine's default schema (placeholder until the engine registry lands)."""
    return _DEFAULT_SCHEMA.get(name)


__all__ = ["DIALECTS", "default_schema", "MaskingDialect", "get_dialect", "lit"]
