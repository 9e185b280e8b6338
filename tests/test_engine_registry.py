"""The engine registry: each dialect class declares its names, schemes and default schema once."""

from __future__ import annotations

import pytest

from datamask_sql import dialects
from datamask_sql.catalog.live import INTROSPECTORS
from datamask_sql.connection import OPENERS, dialect_of_url
from datamask_sql.dialects import ALIASES, DIALECTS, default_schema, dialect_of_scheme, get_dialect
from datamask_sql.errors import CatalogError, DatamaskError
from datamask_sql.transforms.sqlexpr import SQL_DIALECTS, parse_scalar

EXPECTED_DEFAULT_SCHEMAS = {"duckdb": "main", "postgres": "public", "spark": "default", "tsql": "dbo"}
ENGINES_WITH_URLS = {name for name, d in DIALECTS.items() if d.url_schemes}


@pytest.mark.parametrize("name", sorted(DIALECTS))
def test_every_dialect_resolves_by_its_name_and_aliases(name):
    cls = DIALECTS[name]
    for spelling in (name, name.upper(), *cls.aliases, *(a.upper() for a in cls.aliases)):
        assert type(get_dialect(spelling)) is cls, spelling


def test_names_aliases_and_schemes_are_each_claimed_once():
    aliases = [a for d in DIALECTS.values() for a in d.aliases]
    schemes = [s for d in DIALECTS.values() for s in d.url_schemes]
    assert len(aliases) == len(set(aliases)) and len(schemes) == len(set(schemes))
    # An alias equal to another dialect's name would make that dialect unreachable by its own name.
    assert not set(aliases) & set(DIALECTS)
    assert ALIASES == {
        "postgresql": "postgres",
        "pg": "postgres",
        "mariadb": "mysql",
        "databricks": "spark",
        "sqlserver": "tsql",
        "mssql": "tsql",
    }


@pytest.mark.parametrize(
    "scheme,dialect",
    [
        ("duckdb", "duckdb"),
        ("postgresql", "postgres"),
        ("postgres", "postgres"),
        ("mysql", "mysql"),
        ("mariadb", "mysql"),
        ("spark", "spark"),
    ],
)
def test_url_schemes_open_the_right_dialect(scheme, dialect):
    assert dialect_of_scheme(scheme) == dialect
    assert dialect_of_url(f"{scheme}://user@host/db") == dialect
    assert dialect_of_url(f"{scheme}+driver://user@host/db") == dialect
    assert scheme in DIALECTS[dialect].url_schemes


def test_every_declared_scheme_resolves_to_its_dialect():
    for name, cls in DIALECTS.items():
        for scheme in cls.url_schemes:
            assert dialect_of_url(f"{scheme}://x") == name


@pytest.mark.parametrize("url", ["oracle://scott@db/orcl", "snowflake://acct/db", "file:///tmp/x.duckdb"])
def test_unknown_scheme_is_a_catalog_error_with_the_hint(url):
    with pytest.raises(CatalogError) as caught:
        dialect_of_url(url)
    scheme = url.split("://")[0]
    assert caught.value.message == f"unsupported connection URL scheme '{scheme}://'"
    assert "duckdb:///path.duckdb" in caught.value.hint and "spark://local" in caught.value.hint
    assert dialect_of_scheme(scheme) is None


@pytest.mark.parametrize("name", sorted(DIALECTS))
def test_default_schema_per_dialect(name):
    expected = EXPECTED_DEFAULT_SCHEMAS.get(name)
    assert default_schema(name) == expected
    assert default_schema(DIALECTS[name].sqlglot_dialect) == expected
    for alias in DIALECTS[name].aliases:
        assert default_schema(alias) == expected


def test_default_schema_of_unknown_names_is_none():
    assert default_schema("oracle") is None
    assert default_schema("") is None
    assert default_schema("mysql") is None


def test_policy_sql_accepts_every_registered_dialect():
    for cls in DIALECTS.values():
        assert cls.sqlglot_dialect in SQL_DIALECTS
        assert parse_scalar("a + 1", cls.sqlglot_dialect, ["a"]) is not None
    assert parse_scalar("a + 1", "databricks", ["a"]) is not None
    assert parse_scalar("a + 1", "generic", ["a"]) is not None
    assert parse_scalar("a + 1", "PostgreSQL", ["a"]) is not None


def test_policy_sql_rejects_unknown_dialects_listing_the_accepted_ones_in_order():
    with pytest.raises(ValueError) as caught:
        parse_scalar("a", "oracle", ["a"])
    assert str(caught.value) == (
        "unknown SQL dialect 'oracle' (one of: generic, duckdb, postgres, mysql, spark, "
        "databricks, snowflake, bigquery, trino, redshift, tsql)"
    )
    # Aliases sqlglot does not know are ours only; policy SQL is parsed by sqlglot.
    for alias in ("pg", "mariadb", "mssql"):
        with pytest.raises(ValueError):
            parse_scalar("a", alias, ["a"])


def test_every_engine_with_urls_can_be_opened_and_introspected():
    # A new engine declaring URL schemes must also bring an opener and an introspector.
    assert set(OPENERS) == ENGINES_WITH_URLS
    assert set(INTROSPECTORS) == ENGINES_WITH_URLS
    assert ENGINES_WITH_URLS == {"duckdb", "postgres", "mysql", "spark"}


def test_get_dialect_still_rejects_unknown_names():
    with pytest.raises(DatamaskError, match="unknown dialect 'oracle'"):
        get_dialect("oracle")
    assert dialects.URL_SCHEMES["mariadb"] == "mysql"
