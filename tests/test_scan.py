"""scan: names in five languages and their negatives, check digits in SQL, and the draft policy on the shop
example plus sensitive columns named in German, Portuguese and French, compiled and masked on DuckDB and
PostgreSQL; no sampled value is ever printed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest
from sqlglot import exp
from typer.testing import CliRunner

from datamask_sql.cli import app
from datamask_sql.connection import connect
from datamask_sql.dialects import get_dialect, lit
from datamask_sql.emit.sql import to_sql
from datamask_sql.scan.checksums import cpf_ok, cpf_sql, iban_number, iban_ok, iban_sql, luhn, luhn_sql
from datamask_sql.scan.names import match_name
from tests.engines import Engine

ROOT = Path(__file__).resolve().parents[1]
SHOP = ROOT / "examples" / "shop"
ENV = {"DATAMASK_SECRET": "scan-test-secret-0001"}


@pytest.mark.parametrize(
    ("column", "table", "cls"),
    [
        ("fname", "users", "person.first_name"),
        ("Vorname", "kunden", "person.first_name"),
        ("prénom", "clients", "person.first_name"),
        ("sobrenome", "clientes", "person.last_name"),
        ("apellido", "usuarios", "person.last_name"),
        ("dob", "users", "person.birth_date"),
        ("data_nascimento", "clientes", "person.birth_date"),
        ("tel", "users", "contact.phone"),
        ("Telefonnummer", "kunden", "contact.phone"),
        ("ssn", "users", "person.national_id"),
        ("cpf", "clientes", "person.national_id"),
        ("iban", "konten", "finance.iban"),
        ("zip", "users", "address.postal_code"),
        ("Straße", "kunden", "address.street"),
        ("E-Mail", "kunden", "contact.email"),
        ("courriel", "clients", "contact.email"),
        ("email_address", "users", "contact.email"),
        ("billing_address_zip", "users", "address.postal_code"),
        ("name", "customers", "person.full_name"),
        # The tricky negatives: about the identifier, not the identifier.
        ("email_sent_at", "users", None),
        ("phone_verified", "users", None),
        ("zip_code_count", "stats", None),
        ("name", "products", None),
        ("nom", "produits", None),
        ("city_id", "users", None),
    ],
)
def test_name_rules(column, table, cls):
    assert match_name(column, table).cls == cls


CARDS = ["4111 1111 1111 1111", "4111111111111112", "5500005555555559", "79927398713", "1234567812345670"]
IBANS = ["DE89370400440532013000", "GB82WEST12345698765432", "DE89370400440532013001", "FR1420041010050500013M02606"]
CPFS = ["52998224725", "11144477735", "12345678900", "52998224724"]


@pytest.mark.duckdb
def test_check_digits_in_sql_agree_with_python():
    d = get_dialect("duckdb")
    conn = duckdb.connect()
    for values, sql, python in (
        (CARDS, lambda v: luhn_sql(d, lit(v), d.reverse(lit(v))), luhn),
        (IBANS, lambda v: iban_sql(d, iban_number(d, lit(v))), iban_ok),
        (CPFS, lambda v: cpf_sql(d, lit(v)), cpf_ok),
    ):
        for raw in values:
            digits = raw.replace(" ", "")
            got = conn.execute(to_sql(d, exp.select(sql(digits)))).fetchone()[0]
            assert bool(got) == python(digits), raw
    assert [luhn(c.replace(" ", "")) for c in CARDS] == [True, False, True, False, True]
    assert [iban_ok(i) for i in IBANS] == [True, True, False, True]
    assert [cpf_ok(c) for c in CPFS] == [True, True, False, False]


# Sensitive columns named in other languages, beside the shop; values that pass their checks.
EXTRA = {
    "kunden": (
        [
            ("id", "INT", False),
            ("vorname", "VARCHAR(40)", True),
            ("telefonnummer", "VARCHAR(30)", True),
            ("iban", "VARCHAR(34)", True),
            ("geburtsdatum", "DATE", True),
        ],
        [
            (1, "Felix", "+49 89 8109430", "DE89370400440532013000", "1980-02-03"),
            (2, "Lukas", "+49 30 6616432", "DE44500105175407324931", "1975-07-08"),
        ],
    ),
    "clientes": (
        [
            ("id", "INT", False),
            ("nome_completo", "VARCHAR(80)", True),
            ("cpf", "VARCHAR(14)", True),
            ("celular", "VARCHAR(30)", True),
        ],
        [(1, "Maria Lima", "529.982.247-25", "+55 (51) 94831-3072"), (2, "José Conceição", "111.444.777-35", None)],
    ),
    "clients": (
        [
            ("id", "INT", False),
            ("prenom", "VARCHAR(40)", True),
            ("courriel", "VARCHAR(80)", True),
            ("code_postal", "VARCHAR(5)", True),
        ],
        [(1, "Chloé", "chloe.thomas@yahoo.com", "75011"), (2, "Hugo", "hugo_rousseau@gmail.com", "69002")],
    ),
}
SECRET_VALUES = ["DE89370400440532013000", "529.982.247-25", "chloe.thomas@yahoo.com", "Felix", "+49 89 8109430"]


def load_shop(engine: Engine, schema: str) -> None:
    """The shop example's tables and rows in `schema`, and the EXTRA tables."""
    use = "SET search_path TO {}" if engine.name == "postgres" else "SET schema = '{}'"
    engine.conn.execute(use.format(schema))  # test-only: a schema name this test made
    engine.conn.execute((SHOP / "shop.sql").read_text())
    for table, (columns, rows) in EXTRA.items():
        engine.create_table(schema, table, columns, ("id",))
        engine.insert(schema, table, [c for c, _, _ in columns], rows)


ON = {name: pytest.param(name, marks=getattr(pytest.mark, name)) for name in ("duckdb", "postgres")}


@pytest.fixture(params=[ON["duckdb"], ON["postgres"]])
def shop(request, tmp_path) -> tuple[str, str, Engine]:
    """(URL, schema, engine) of the shop plus EXTRA in a fresh schema."""
    if request.param == "duckdb":
        path = tmp_path / "shop.duckdb"
        url = f"duckdb:///{path}"
        duckdb.connect(str(path)).close()
        engine = Engine("duckdb", connect(url))
    else:
        url = request.getfixturevalue("postgres_url")
        engine = Engine("postgres", connect(url))
    schema = engine.fresh_schema("scan")
    load_shop(engine, schema)
    if engine.name == "duckdb":
        engine.conn.close()  # the CLI opens the file itself
    yield url, schema, engine
    if engine.name == "postgres":
        engine.conn.close()


def masked(url: str, schema: str, table: str, column: str) -> list:
    conn = connect(url)
    try:
        query = (
            exp.select(exp.column(exp.to_identifier(column)))
            .from_(exp.table_(exp.to_identifier(table), db=exp.to_identifier(schema)))
            .order_by(exp.column("id"))
        )
        return [r[0] for r in conn.query(to_sql(get_dialect(conn.dialect), query))]
    finally:
        conn.close()


def test_draft_policy_compiles_and_masks_every_sensitive_column(shop, tmp_path):
    url, schema, _ = shop
    draft = tmp_path / "draft.yml"
    runner = CliRunner()
    result = runner.invoke(app, ["scan", "--source", url, "--source-schema", schema, "--write-policy", str(draft)])
    assert result.exit_code == 0, result.output
    assert "wrote draft policy" in result.output
    for value in SECRET_VALUES:  # evidence is rates and rule names, never a value
        assert value not in result.output and value not in draft.read_text()
    text = draft.read_text()
    for line in (
        "vorname: {class: person.first_name}",
        "cpf: {class: person.national_id}",
        "courriel: {class: contact.email}",
        "code_postal: {class: address.postal_code}",
        "card_number: {class: card.number}",
        "is_vip: keep  # not sensitive",
    ):
        assert line in text, line
    # The class once the installed packs have it (policies/pii.yml), else its rule written out.
    assert "iban: {class: finance.iban}" in text or "iban: {transform: digits}  # finance.iban" in text
    # Every column of every table is decided, each with its reason: the shop's 27 and EXTRA's 13.
    rules = [line for line in text.splitlines() if line.startswith("      ")]
    assert len(rules) == 40 and all(re.match(r"^      \S+: (keep|\{[^}]+\})  # \S", line) for line in rules)
    draft.write_text(text.replace("target: {schema: masked}", f"target: {{schema: {schema}_m}}"))
    result = runner.invoke(app, ["run", str(draft), "--source", url, "--out", str(tmp_path / "out")], env=ENV)
    assert result.exit_code == 0, result.output
    for table, column in [
        ("kunden", "iban"),
        ("kunden", "vorname"),
        ("clientes", "cpf"),
        ("clients", "courriel"),
        ("customers", "email"),
        ("payments", "card_number"),
    ]:
        before, after = masked(url, schema, table, column), masked(url, f"{schema}_m", table, column)
        assert len(before) == len(after) and all(a != b for a, b in zip(before, after) if b is not None), (
            table,
            column,
        )
    assert masked(url, schema, "customers", "is_vip") == masked(url, f"{schema}_m", "customers", "is_vip")


@pytest.mark.duckdb
def test_scan_json_names_class_confidence_and_evidence(tmp_path):
    path = tmp_path / "s.duckdb"
    conn = duckdb.connect(str(path))
    conn.execute("CREATE TABLE t (id INT PRIMARY KEY, contato VARCHAR, email_sent_at TIMESTAMP)")
    conn.execute("INSERT INTO t SELECT i, 'p' || i || '@example.org', NULL FROM range(20) r(i)")
    conn.close()
    result = CliRunner().invoke(app, ["scan", "--source", f"duckdb:///{path}", "--format", "json"])
    assert result.exit_code == 0, result.output
    found = {c["column"]: c for c in json.loads(result.output)["columns"]}
    assert found["contato"]["class"] == "contact.email" and found["contato"]["pack"] == "pii"
    assert "100% of 20 sampled values pass email" in found["contato"]["evidence"]
    assert found["email_sent_at"]["class"] is None and found["id"]["confidence"] == 0
    assert "@example.org" not in result.output
