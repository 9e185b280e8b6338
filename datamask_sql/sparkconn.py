"""The local Spark session datamask-sql runs Spark SQL on, and the connection wrapping it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from datamask_sql.errors import CatalogError

SPARK_ERRORS: tuple[type[BaseException], ...] = ()
try:
    from pyspark.errors import PySparkException as _SparkError

    SPARK_ERRORS = (_SparkError,)
except ImportError:  # pragma: no cover - pyspark is the optional 'spark' extra
    _SparkError = None


@dataclass
class SparkConnection:
    """A SparkSession; statements run through spark.sql with positional '?' parameters."""

    raw: Any
    url: str
    dialect: str = "spark"
    placeholder: str = "?"

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> None:
        """Run one statement (DDL and SET run eagerly; collect() forces anything lazy)."""
        self.raw.sql(sql, args=list(params) if params else None).collect()

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple]:
        """Run one statement and fetch every row."""
        return [tuple(r) for r in self.raw.sql(sql, args=list(params) if params else None).collect()]

    def close(self) -> None:
        """Sessions are shared per process and stopped at exit; nothing to release per connection."""


def spark_session(warehouse: str | None = None) -> Any:
    """The process's local SparkSession (created once: startup takes seconds), UTC session time zone."""
    if _SparkError is None:
        raise CatalogError("Spark support needs pyspark", hint="pip install 'datamask-sql[spark]'")
    from pyspark.sql import SparkSession

    builder = (
        SparkSession.builder.master("local[1]")
        .appName("datamask-sql")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "1")
        .config("spark.driver.memory", "512m")
        .config("spark.sql.session.timeZone", "UTC")
    )
    if warehouse:
        builder = builder.config("spark.sql.warehouse.dir", warehouse)
    return builder.getOrCreate()


def open_spark(url: str, shown: str, read_only: bool, key: object) -> SparkConnection:
    """spark://local[/warehouse dir]: the process's local session."""
    path = urlparse(url).path
    return SparkConnection(spark_session(path or None), shown)
