"""dbt-duckdb plugin: puts the masking key in every DuckDB connection dbt opens, through a bound parameter.

profiles.yml:  plugins: [{module: datamask_sql.dbt.duckdb_key}]   (optionally config: {secret_file: PATH})

The secret is read here from $DATAMASK_SECRET (or the secret file) and derived as `datamask-sql key` does;
nothing of it passes through dbt's profile rendering, so no dbt artefact or log can hold it. Without a
secret the variable stays unset, and every model reading the key fails ("datamask_key is not set").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dbt.adapters.duckdb.plugins import BasePlugin

from datamask_sql.dialects import get_dialect
from datamask_sql.emit.sql import to_sql
from datamask_sql.errors import SecretError
from datamask_sql.secret import MaskingKey, load_key


class Plugin(BasePlugin):
    """Sets the DuckDB variable the generated macros read (dialects.duckdb.DuckDB.key)."""

    key: MaskingKey | None = None

    def initialize(self, plugin_config: dict[str, Any]) -> None:
        """Derive the key once; a missing secret leaves it unset so only keyed models fail."""
        secret_file = plugin_config.get("secret_file")
        try:
            self.key = load_key(Path(secret_file) if secret_file else None)
        except SecretError:
            self.key = None

    def configure_connection(self, conn) -> None:
        """The connection dbt-duckdb keeps."""
        self._set(conn)

    def configure_cursor(self, cursor) -> None:
        """Each cursor is its own DuckDB connection, with its own variables."""
        self._set(cursor)

    def _set(self, conn) -> None:
        if self.key is not None:
            conn.execute(to_sql(get_dialect("duckdb"), get_dialect("duckdb").set_key()), [self.key.value])
