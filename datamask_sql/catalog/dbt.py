"""dbt's target/catalog.json as a catalog source: relations and column types, no keys."""

from __future__ import annotations

import json
from pathlib import Path

from datamask_sql.catalog.model import Catalog, Column, Table
from datamask_sql.errors import CatalogError
from datamask_sql.sqltypes import parse_type


def read_dbt_catalog(path: Path, dialect: str) -> Catalog:
    """Tables of catalog.json's nodes and sources; types read in `dialect` (the warehouse's).

    dbt's catalog has no keys or nullability: every column is nullable, and relationships come from
    the policy (configured foreign keys).
    """
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CatalogError(f"cannot read the dbt catalog: {exc.strerror}", file=str(path)) from None
    except json.JSONDecodeError as exc:
        raise CatalogError(f"not valid JSON: {exc.msg}", file=str(path), line=exc.lineno) from None
    if not isinstance(document, dict) or not ("nodes" in document or "sources" in document):
        raise CatalogError(
            "not a dbt catalog.json (no 'nodes' or 'sources')",
            file=str(path),
            hint="run `dbt docs generate` and pass target/catalog.json",
        )
    tables: dict[tuple[str, str], Table] = {}
    for section in ("nodes", "sources"):
        for unique_id, entry in sorted((document.get(section) or {}).items()):
            meta = entry.get("metadata") or {}
            schema, name = meta.get("schema"), meta.get("name")
            if not schema or not name:
                raise CatalogError(f"{section}.{unique_id} has no metadata.schema/name", file=str(path))
            ordered = sorted((entry.get("columns") or {}).values(), key=lambda c: c.get("index") or 0)
            columns = tuple(Column(c["name"], parse_type(c.get("type") or "", dialect), True) for c in ordered)
            tables.setdefault((schema, name), Table(schema, name, columns))
    if not tables:
        raise CatalogError("the dbt catalog lists no relations", file=str(path))
    return Catalog(tuple(tables[k] for k in sorted(tables)), dialect, source=str(path))
