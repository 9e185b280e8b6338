"""PostgreSQL indexes are re-created with their method, operator classes, expressions and predicate."""

from __future__ import annotations

import pytest
import yaml
from typer.testing import CliRunner

from datamask_sql.catalog import introspect
from datamask_sql.cli import app
from datamask_sql.errors import PlanError, RunError
from tests.relschema import mask

INDEXES = {
    "doc_gin": "CREATE INDEX {name} ON {t} USING gin (doc)",
    "body_fts": "CREATE INDEX {name} ON {t} USING gin (to_tsvector('english'::regconfig, body))",
    "spot_gist": "CREATE INDEX {name} ON {t} USING gist (spot)",
    "code_hash": "CREATE INDEX {name} ON {t} USING hash (code)",
    "made_brin": "CREATE INDEX {name} ON {t} USING brin (made) WITH (pages_per_range='16')",
    "code_prefix": "CREATE INDEX {name} ON {t} USING btree (code text_pattern_ops DESC NULLS LAST) INCLUDE (id)",
    "live_code": "CREATE UNIQUE INDEX {name} ON {t} USING btree (code) WHERE live",
}


def _source(engine) -> str:
    s = engine.fresh_schema("ix")
    engine.conn.execute(
        f"CREATE TABLE {s}.doc (id INT PRIMARY KEY, code TEXT NOT NULL, body TEXT, doc TSVECTOR, spot POINT,"
        " made DATE, live BOOLEAN)"
    )
    # One tsvector far larger than a btree index row may be (8191 bytes): only its GIN index takes it.
    engine.conn.execute(
        f"INSERT INTO {s}.doc SELECT g, 'c' || (g % 7), 'body ' || g,"
        " CASE WHEN g = 1 THEN (SELECT to_tsvector('simple', string_agg(md5(i::text), ' '))"
        " FROM generate_series(1, 2000) i) ELSE to_tsvector('simple', 'w' || g) END,"
        " point(g, g), DATE '2024-01-01' + g, g = 3 FROM generate_series(1, 40) g"
    )
    for name, sql in INDEXES.items():
        engine.conn.execute(sql.format(name=f"{name}_{s}", t=f"{s}.doc"))
    return s


def _doc(schema: str, code: object = "keep") -> dict:
    return {
        "version": 1,
        "source": {"schema": schema},
        "target": {"schema": f"{schema}_m"},
        "tables": {
            "doc": {
                "columns": {
                    "id": "keep",
                    "code": code,
                    "body": {"transform": "redact_text"},
                    "doc": "keep",
                    "spot": "keep",
                    "made": "keep",
                    "live": "keep",
                }
            }
        },
    }


def _definitions(engine, schema: str) -> dict[str, str]:
    """Index definitions of schema.doc, each without its own name and table (so source and target compare)."""
    rows = engine.conn.query(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = %s AND tablename = 'doc'", (schema,)
    )
    return sorted(d.split(" USING ", 1)[1] for name, d in rows if not name.endswith("_pkey") and "_dm_pk_" not in name)


def test_indexes_keep_method_opclass_expressions_and_predicate(postgres_engine):
    s = _source(postgres_engine)
    catalog = introspect(postgres_engine.conn)
    indexes = {ix.name.removesuffix(f"_{s}"): ix for ix in catalog.table(s, "doc").indexes}
    assert set(indexes) == set(INDEXES)
    assert indexes["live_code"].partial and indexes["live_code"].columns == ("code",)
    assert indexes["body_fts"].columns == ()
    _, result = mask(postgres_engine, _doc(s))
    assert result.outcome == "succeeded"
    assert _definitions(postgres_engine, f"{s}_m") == _definitions(postgres_engine, s)
    assert len(_definitions(postgres_engine, s)) == len(INDEXES)


def test_a_partial_unique_index_is_a_key_for_the_rows_it_indexes(postgres_engine):
    s = _source(postgres_engine)
    with pytest.raises(PlanError, match=r"code \(TEXT\) is a primary or unique key"):
        mask(postgres_engine, _doc(s, code={"transform": "partial", "keep_first": 1}))


def test_a_failing_index_is_named_and_the_way_out_given(postgres_engine, tmp_path, monkeypatch):
    s = postgres_engine.fresh_schema("ixf")
    postgres_engine.conn.execute(f"CREATE TABLE {s}.account (id INT PRIMARY KEY, handle TEXT NOT NULL)")
    postgres_engine.conn.execute(f"INSERT INTO {s}.account SELECT g, 'h' || g FROM generate_series(1, 20) g")
    # A unique expression index is no key the plan can check (it is not on plain columns): it fails at the swap.
    postgres_engine.conn.execute(f"CREATE UNIQUE INDEX handle_ci_{s} ON {s}.account (lower(handle))")
    doc = {
        "version": 1,
        "source": {"schema": s},
        "target": {"schema": f"{s}_m"},
        "tables": {"account": {"columns": {"id": "keep", "handle": {"transform": "constant", "value": "same"}}}},
    }
    with pytest.raises(RunError) as caught:
        mask(postgres_engine, doc)
    assert f"index handle_ci_{s} of {s}_m.account" in caught.value.message
    assert caught.value.option == "constraints"
    assert "previous target is intact" in caught.value.hint
    # The CLI names the way out.
    policy = tmp_path / "p.yml"
    policy.write_text(yaml.safe_dump(doc))
    monkeypatch.setenv("DATAMASK_SECRET", "a-long-random-test-secret-9f8e7d6c5b4a")
    out = CliRunner().invoke(app, ["run", str(policy), "--source", postgres_engine.conn.url])
    assert out.exit_code == 1
    assert f"handle_ci_{s}" in out.output and "--no-constraints" in out.output
    out = CliRunner().invoke(app, ["run", str(policy), "--source", postgres_engine.conn.url, "--no-constraints"])
    assert out.exit_code == 0, out.output
