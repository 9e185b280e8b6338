"""dbt's catalog.json as a schema source."""

from __future__ import annotations

import json

import pytest

from datamask_sql import api
from datamask_sql.catalog import load_catalog
from datamask_sql.errors import CatalogError
from tests.engines import TEST_KEY, policy_text

# The shape `dbt docs generate` writes (trimmed): nodes and sources with metadata and indexed columns.
CATALOG = {
    "metadata": {"dbt_schema_version": "https://schemas.getdbt.com/dbt/catalog/v1.json"},
    "nodes": {
        "model.shop.customers": {
            "metadata": {"type": "BASE TABLE", "schema": "analytics", "name": "customers", "database": "db"},
            "columns": {
                "EMAIL": {"type": "character varying(120)", "index": 2, "name": "email", "comment": None},
                "ID": {"type": "integer", "index": 1, "name": "id", "comment": None},
                "SIGNUP": {"type": "timestamp without time zone", "index": 3, "name": "signup", "comment": None},
                "SCORE": {"type": "numeric(5,2)", "index": 4, "name": "score", "comment": None},
            },
            "stats": {},
            "unique_id": "model.shop.customers",
        }
    },
    "sources": {
        "source.shop.raw.events": {
            "metadata": {"type": "BASE TABLE", "schema": "raw", "name": "events", "database": "db"},
            "columns": {"PAYLOAD": {"type": "jsonb", "index": 1, "name": "payload", "comment": None}},
            "stats": {},
            "unique_id": "source.shop.raw.events",
        }
    },
    "errors": None,
}


def test_reads_relations_columns_and_types(tmp_path):
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(CATALOG))
    catalog = load_catalog(str(path), dialect="postgres", default_schema="public")
    customers = catalog.table("analytics", "customers")
    assert [c.name for c in customers.columns] == ["id", "email", "signup", "score"]
    assert [c.logical for c in customers.columns] == ["integer", "text", "timestamp", "decimal"]
    assert customers.column("email").length == 120 and customers.column("score").scale == 2
    assert customers.primary_key == () and customers.foreign_keys == ()
    assert catalog.table("raw", "events").column("payload").logical == "json"


def test_compiles_a_policy_against_it_for_another_warehouse(tmp_path):
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(CATALOG))
    policy = tmp_path / "policy.yml"
    policy.write_text(
        policy_text(
            "analytics",
            "masked",
            {"customers": {"id": "keep", "email": {"transform": "email"}, "signup": "keep", "score": "null"}},
        )
    )
    compiled = api.compile_policy(policy, str(path), TEST_KEY, dialect="snowflake", source_dialect="postgres")
    text = "".join(f.text for f in compiled.files)
    assert '"analytics"."customers"' in text and "SHA2(" in text and "$datamask_key" in text


@pytest.mark.parametrize(
    "content, message",
    [("{not json", "not valid JSON"), ("[]", "not a dbt catalog.json"), ('{"nodes": {}}', "lists no relations")],
)
def test_bad_files_are_catalog_errors(tmp_path, content, message):
    path = tmp_path / "catalog.json"
    path.write_text(content)
    with pytest.raises(CatalogError, match=message):
        load_catalog(str(path), dialect="postgres", default_schema="public")
