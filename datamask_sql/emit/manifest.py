"""manifest.json: what was compiled, from what, with which rules; stable byte for byte."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlglot

from datamask_sql import ALGORITHM_VERSION, __version__
from datamask_sql.emit.sql import MANIFEST, Emitted
from datamask_sql.files import prepare_dir, write_text


def build_manifest(emitted: Emitted, *, source: str, key_fingerprint: str | None) -> dict[str, Any]:
    """The audit record of one compile (no timestamps, so recompiles are byte-identical).

    `key_fingerprint` is None for a compile without a secret: the SQL only reads the key from the session,
    so the fingerprint of the key a run used is in that run's record instead."""
    rendered, files = emitted.rendered, emitted.files
    plan = rendered.plan
    by_table = {f.table: f.name for f in files if f.kind == "table"}
    by_lookup = {f.table: f.name for f in files if f.kind == "lookup"}
    return {
        "tool": {"name": "datamask-sql", "version": __version__, "sqlglot": sqlglot.__version__},
        "algorithm": ALGORITHM_VERSION,
        "dialect": rendered.dialect.name,
        "policy": {"file": plan.policy_file, "sha256": plan.policy_fingerprint},
        "schema": {"source": source, "sha256": plan.catalog_fingerprint, "schema": plan.source_schema},
        "target_schema": plan.target_schema,
        **(
            {"databases": {"source": plan.source_database, "target": plan.target_database}}
            if plan.target_database
            else {}
        ),
        "constraints": plan.constraints and rendered.dialect.enforces_constraints,
        "key_fingerprint": key_fingerprint,
        "tables": [
            {
                "table": t.name,
                "file": by_table[t.name],
                "target_schema": t.target_schema,
                "columns": [c.to_dict() for c in t.columns],
                **({"subset": t.subset.to_dict()} if t.subset else {}),
            }
            for t in plan.tables
        ],
        "lookups": [
            {
                "table": lk.table_name,
                "file": by_lookup[lk.table_name],
                "rows": len(lk.values),
                "content_sha256": lk.sha256,
            }
            for lk in rendered.lookups
        ],
        "files": {f.name: f.sha256 for f in files},
        "run_order": [f.name for f in files],
        "notes": list(plan.notes),
    }


def write_manifest(manifest: dict[str, Any], out_dir: Path) -> Path:
    """Write manifest.json with sorted keys and a trailing newline (replaced, never written through a link)."""
    prepare_dir(out_dir)
    path = out_dir / MANIFEST
    write_text(path, json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    return path
