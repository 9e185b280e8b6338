"""Realistic emails spelt from the row's fake names, and fake values picked in each row's country."""

from __future__ import annotations

import pytest

from datamask_sql import lookups
from datamask_sql.catalog.model import Column
from datamask_sql.errors import PlanError, UnsupportedError
from datamask_sql.transforms import RefContext, get_transform
from datamask_sql.transforms.base import RowRule
from datamask_sql.transforms.email import EmailParams
from datamask_sql.transforms.emailnames import SLUG_MAX, slug, slug_table
from datamask_sql.transforms.fake import FakeParams
from datamask_sql.transforms.regional import locale_of
from tests.engines import TEST_KEY, mask_rows, reference_rows

COLUMNS = [
    ("country", "VARCHAR(8)"),
    ("first_name", "VARCHAR(40)"),
    ("last_name", "VARCHAR(40)"),
    ("email", "VARCHAR(120)"),
    ("city", "VARCHAR(60)"),
    ("state", "VARCHAR(60)"),
]
# Countries a case- or accent-insensitive or blank-padding collation would match where the reference does not
# ('Us', 'US ', 'ÜS'), the accepted spellings, and names that are NULL or empty (the fake rule keeps them).
ROWS = [
    ("US", "Ana", "Souza", "ana@x.com", "Rio", "RJ"),
    ("de", "", "Müller", "b@y.de", "Berlin", "BE"),
    ("BRA", None, "Lee", "c@z", "x", "y"),
    (None, "Zoë", None, "d@w", "a", "b"),
    ("Us", "Jo", "Ng", "e@v", "c", "d"),
    ("US ", "Jo", "Ng", "f@v", "c", "d"),
    ("ÜS", "Jo", "Ng", "g@v", "c", "d"),
    ("fr-FR", "Jo", "Ng", "h@v", "c", "d"),
    ("GB", "", "", "i@v", "", ""),
]
RULES = {
    "country": "keep",
    "first_name": {"transform": "fake", "kind": "first_name", "locale": "de_DE", "locale_from": "country"},
    "last_name": {"transform": "fake", "kind": "last_name", "unique": True},
    "email": {"transform": "email", "style": "name"},
    "city": {"transform": "fake", "kind": "city", "locale_from": "country"},
    "state": {"transform": "fake", "kind": "region", "locale_from": "country", "locale": "pt_BR"},
}


def test_names_and_regions_are_identical_on_every_engine_and_equal_the_reference(every_engine):
    rules, columns = dict(RULES), COLUMNS
    if every_engine.name == "spark":
        # Local Spark loads lookup rows slowly: keep the 12,000-value city table out (regions hold the same logic)
        # and shorten the name columns to names of at most 4 letters (a few hundred rows per list).
        rules["city"] = "keep"
        columns = [(n, {"first_name": "VARCHAR(4)", "last_name": "VARCHAR(13)"}.get(n, t)) for n, t in COLUMNS]
    out = mask_rows(every_engine, columns, ROWS, rules)
    assert out == reference_rows(every_engine, columns, ROWS, rules)
    by_row = dict(zip([r[3] for r in ROWS], out))
    # The address spells the row's own first and last names (the picks without last_name's unique suffix).
    _, first, last, email, _, _ = by_row["ana@x.com"]
    assert email.startswith(f"{slug(first)}.{slug(last.rsplit(' ', 1)[0])}.")
    # An empty first name the fake rule keeps, or a NULL one, leaves no part in the address.
    assert by_row["b@y.de"][3].startswith(slug(by_row["b@y.de"][2].rsplit(" ", 1)[0]) + ".")
    assert by_row["d@w"][3].split(".")[0] == slug(by_row["d@w"][1])


def _ref(rule: dict, row: dict, columns: dict, key: str = TEST_KEY.value) -> dict:
    """Reference outputs of every column of one row."""
    rules = {}
    for name, r in rule.items():
        spec = {"transform": r} if isinstance(r, str) else dict(r)
        transform = get_transform(spec.pop("transform"))
        rules[name] = RowRule(transform.name, transform.Params(**spec), columns[name])
    domains = {n: f"t.{n}" for n in columns}
    out = {}
    for name, value in row.items():
        transform = get_transform(rules[name].transform)
        ctx = RefContext(key, domains[name], columns[name], row, columns, domains, rules=rules)
        out[name] = transform.reference(value, ctx, rules[name].params)
    return out


def _columns() -> dict[str, Column]:
    from sqlglot import exp

    return {n: Column(n, exp.DataType.build(t)) for n, t in COLUMNS}


def test_each_row_picks_from_the_list_of_its_country_and_unknown_codes_fall_back():
    columns = _columns()
    for country, locale in [("US", "en_US"), ("DEU", "de_DE"), ("fr", "fr_FR"), ("br", "pt_BR"), ("pt_BR", "pt_BR")]:
        assert locale_of(country, "en_US") == locale
        for i in range(20):
            row = {"country": country, "first_name": f"n{i}", "last_name": "x", "email": f"{i}@x", "city": f"c{i}"}
            row["state"] = f"s{i}"
            out = _ref(RULES, row, columns)
            assert out["city"] in lookups.builtin("city", locale).values
            assert out["state"] in lookups.builtin("region", locale).values
    for unknown in ("GB", "Us", "US ", "ÜS", "", None):
        assert locale_of(unknown, "pt_BR") == "pt_BR"


def test_name_style_keeps_distinct_addresses_distinct_though_names_repeat():
    columns = _columns()
    rules = {"first_name": GOLDEN_RULES["first_name"], "last_name": RULES["last_name"], "email": RULES["email"]}
    emails = set()
    for i in range(3000):
        row = {"first_name": "Ana", "last_name": "Lee", "email": f"user{i}@x.com"}
        emails.add(_ref(rules, row, {n: columns[n] for n in row})["email"])
    assert len(emails) == 3000
    # 3000 inputs, one first and one last name each: the pick repeats, the digest suffix does not.
    assert len({e.split(".")[0] for e in emails}) == 1


@pytest.mark.parametrize(
    ("name", "spelt"),
    [
        ("Zoë", "zoe"),
        ("Strauß", "strauss"),
        ("da Silva", "da.silva"),
        ("O'Connor-Smith", "o.connor.smith"),
        ("日本", "user"),
        ("Maximilian-Alexander", "maximilian.alex"),
        ("Ana Lu.", "ana.lu"),
    ],
)
def test_slug(name, spelt):
    assert slug(name) == spelt
    assert len(slug(name)) <= SLUG_MAX


def test_every_shipped_name_spells_as_an_address_part():
    for locale in lookups.locales():
        for kind in ("first_name", "last_name"):
            rule = RowRule("fake", FakeParams(kind=kind, locale=locale), _columns()["first_name"])
            for part in slug_table(rule).values:
                assert part and part.strip(".") == part and all(c.isascii() and (c.isalnum() or c == ".") for c in part)


def test_region_is_shipped_for_every_locale():
    assert "region" in lookups.kinds()
    assert {len(lookups.builtin("region", loc).values) for loc in lookups.locales()} >= {50, 16}


def _plan(duckdb_engine, rules: dict, columns=COLUMNS, unique_email=False):
    from tests.engines import mask_tables

    schema = duckdb_engine.fresh_schema("i12")
    defs = [("id", "INT", False)] + [(n, t, True) for n, t in columns]
    duckdb_engine.create_table(schema, "t", defs, primary_key=("id",))
    return mask_tables(duckdb_engine, schema, {"t": {"id": "keep", **rules}})


def test_name_style_without_name_columns_is_an_error_at_the_rule_line(duckdb_engine):
    rules = {**RULES, "first_name": "keep", "last_name": {"transform": "hash"}}
    with pytest.raises(PlanError, match="style: name needs a column of the table masked with fake") as exc:
        _plan(duckdb_engine, rules)
    assert exc.value.file == "test-policy.yml" and exc.value.line is not None


def test_name_columns_are_named_when_several_could_be(duckdb_engine):
    columns = [*COLUMNS, ("nickname", "VARCHAR(40)")]
    rules = {**RULES, "nickname": {"transform": "fake", "kind": "first_name"}}
    with pytest.raises(PlanError, match=r"several columns are fake first_name \(first_name, nickname\)"):
        _plan(duckdb_engine, rules, columns)
    rules["email"] = {"transform": "email", "style": "name", "first": "nickname"}
    _plan(duckdb_engine, rules, columns)
    rules["email"] = {"transform": "email", "style": "name", "first": "country"}
    with pytest.raises(PlanError, match="first: column 'country' is not masked with fake"):
        _plan(duckdb_engine, rules, columns)


def test_first_without_name_style_is_refused():
    problem = get_transform("email").check(EmailParams(first="x"), _columns()["email"])
    assert problem is not None and "style: name" in problem


def test_locale_from_needs_a_shipped_kind_and_a_column(duckdb_engine):
    with pytest.raises(PlanError, match="column 'nation' does not exist"):
        _plan(duckdb_engine, {**RULES, "city": {"transform": "fake", "kind": "city", "locale_from": "nation"}})
    problem = get_transform("fake").check(
        FakeParams(lookup={"csv": "x.csv"}, locale_from="country"), _columns()["city"]
    )
    assert problem is not None and "locale_from" in problem


def test_dbt_refuses_both(duckdb_engine):
    from datamask_sql.dbt.models import dbt_files

    _, compiled, _ = _plan(duckdb_engine, RULES)
    with pytest.raises(UnsupportedError, match="style: name has no dbt macro|locale_from has no dbt macro"):
        dbt_files(compiled.plan, duckdb_engine.dialect)


# Golden vectors (key derived from 'golden', domains t.<column>): pinned, so a change is an algorithm change.
GOLDEN = [
    (
        ("US", "Ana", "Souza", "ana.souza@gmail.com", "Rio", "RJ"),
        ("US", "Carmen", "Heath", "carmen.heath.f6bdf235e2c71a53@example.org", "Shannontown", "Illinois"),
    ),
    (
        ("DE", "Jürgen", "Weiß", "j.weiss@web.de", "Köln", "NRW"),
        ("DE", "Todd", "Hawkins", "todd.hawkins.3791635c6c994ccc@example.org", "Koblenz", "Nordrhein-Westfalen"),
    ),
    (
        ("BR", "", "Lima", "x@y.com.br", "Recife", "PE"),
        ("BR", "", "Meyers", "meyers.7885098306ca8a9f@example.net", "Araújo da Praia", "Espírito Santo"),
    ),
    (
        ("GB", "Mia", "Ng", "ng@x.co.uk", "Leeds", "Yorks"),
        ("GB", "Tracie", "Giles", "tracie.giles.a1b2aebb712ee6c3@example.com", "Port Leroy", "Vermont"),
    ),
]
GOLDEN_RULES = {
    "country": "keep",
    "first_name": {"transform": "fake", "kind": "first_name"},
    "last_name": {"transform": "fake", "kind": "last_name"},
    "email": {"transform": "email", "style": "name"},
    "city": {"transform": "fake", "kind": "city", "locale_from": "country"},
    "state": {"transform": "fake", "kind": "region", "locale_from": "country"},
}


@pytest.mark.parametrize(("row", "masked"), GOLDEN)
def test_golden_vectors(row, masked):
    from datamask_sql import reference

    columns = _columns()
    out = _ref(GOLDEN_RULES, dict(zip(columns, row)), columns, reference.derive_key("golden"))
    assert tuple(out.values()) == masked


def test_region_lists_are_pinned():
    pins = {"de_DE": "5435dc9819539693", "en_US": "c09e40c0b6fa044f", "fr_FR": "3886b7f81904f7c6"}
    pins["pt_BR"] = "1dabee76e01ea1db"
    assert {loc: lookups.builtin("region", loc).sha256[:16] for loc in lookups.locales()} == pins


def test_name_style_is_refused_on_a_column_a_foreign_key_joins_on(tmp_path):
    from datamask_sql import api

    (tmp_path / "schema.sql").write_text(
        "CREATE TABLE users (id INT PRIMARY KEY, first_name VARCHAR(40), email VARCHAR(120) UNIQUE);\n"
        "CREATE TABLE logins (id INT PRIMARY KEY, email VARCHAR(120) REFERENCES users (email));\n"
    )
    (tmp_path / "policy.yml").write_text(
        "version: 1\nsource: {schema: public}\ntarget: {schema: masked}\ntables:\n"
        "  users:\n    columns:\n      id: keep\n      first_name: {transform: fake, kind: first_name}\n"
        "      email: {transform: email, style: name}\n"
        "  logins:\n    columns:\n      id: keep\n"
    )
    with pytest.raises(PlanError, match="the values a relation joins on would differ") as exc:
        api.compile_policy(tmp_path / "policy.yml", str(tmp_path / "schema.sql"), None, dialect="duckdb")
    assert exc.value.line == 9
