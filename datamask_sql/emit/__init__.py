"""Emitters: SQL files, run order and manifest."""

from datamask_sql.emit.manifest import build_manifest, write_manifest
from datamask_sql.emit.sql import EmittedFile, emit_sql, to_sql, write_files

__all__ = ["EmittedFile", "build_manifest", "emit_sql", "to_sql", "write_files", "write_manifest"]
