"""Emitters: SQL files, run order and manifest."""

from datamask_sql.emit.manifest import build_manifest, write_manifest
from datamask_sql.emit.sql import Emitted, EmittedFile, EmittedStatement, emit_sql, to_sql, write_files

__all__ = [
    "Emitted",
    "EmittedFile",
    "EmittedStatement",
    "build_manifest",
    "emit_sql",
    "to_sql",
    "write_files",
    "write_manifest",
]
