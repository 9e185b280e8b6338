"""Fuzz: hostile and mangled policies end in exit 0 or 1 with a message, never a traceback, a write outside
the target, or the key in sight, on DuckDB, PostgreSQL and MariaDB (cases in tests/fuzz_policies.py)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
from sqlglot import exp
from typer.testing import CliRunner

from datamask_sql.cli import app
from datamask_sql.connection import connect
from datamask_sql.secret import key_from_secret
from tests import fuzz_policies as fp
from tests.conftest import MYSQL_URL
from tests.engines import Engine

ROOT = Path(__file__).resolve().parents[1]
SECRET = "fuzz-Secret-7QmZ-2026-xyzzy-plugh"
KEY = key_from_secret(SECRET).value
SLOW_SQL = ("sleep", "benchmark")
LOOT = Path("/tmp/datamask-fuzz-loot")
SHOP_SQL = ROOT / "examples" / "shop" / "shop.sql"
SHOP_POLICY = ROOT / "examples" / "shop" / "policy.yml"


def leaks(text: str) -> list[str]:
    """Every 16-character fragment of the secret or the key found in `text`, in any case."""
    low = text.lower()
    return [s[i : i + 16] for s in (SECRET, KEY) for i in range(len(s) - 15) if s[i : i + 16].lower() in low]


def build_source(engine: Engine, src: str, victim: str) -> None:
    """Two related tables in `src` and an unrelated payroll in `victim`, the table an attacker wants."""
    engine.create_table(
        src,
        "customers",
        [
            ("id", "INTEGER", False),
            ("email", "VARCHAR(120)", False),
            ("first_name", "VARCHAR(40)", True),
            ("notes", "VARCHAR(200)", True),
            ("created_at", "TIMESTAMP", True),
        ],
        primary_key=("id",),
    )
    engine.create_table(
        src,
        "orders",
        [("id", "INTEGER", False), ("customer_id", "INTEGER", False), ("total", "DECIMAL(10,2)", True)],
        primary_key=("id",),
        foreign_keys=(("customer_id", "customers", "id"),),
    )
    engine.create_table(
        victim, "payroll", [("id", "INTEGER", False), ("salary", "INTEGER", True), ("ssn", "VARCHAR(11)", True)]
    )
    when = dt.datetime(2024, 1, 1, 12, 0)
    engine.insert(
        src,
        "customers",
        ["id", "email", "first_name", "notes", "created_at"],
        [(i, f"user{i}@example.com", f"Name{i % 7}", None if i % 3 else f"call {i}", when) for i in range(1, 41)],
    )
    engine.insert(src, "orders", ["id", "customer_id", "total"], [(i, 1 + i % 40, i) for i in range(1, 81)])
    engine.insert(victim, "payroll", ["id", "salary", "ssn"], [(1, 250000, "078-05-1120"), (2, 90000, "219-09-9999")])


def snapshot(engine: Engine, schemas: set[str]) -> dict[tuple[str, str], list[str]]:
    """Every table in `schemas` (matched case-insensitively) with its rows, sorted, as text."""
    listing = exp.select("table_schema", "table_name").from_(exp.table_("tables", db="information_schema"))
    tables = [(s, t) for s, t in engine.conn.query(engine.sql(listing)) if s.lower() in {n.lower() for n in schemas}]
    state = {}
    for schema, table in tables:
        rows = engine.conn.query(
            engine.sql(exp.select("*").from_(exp.table_(exp.to_identifier(table), db=exp.to_identifier(schema))))
        )
        state[(schema, table)] = sorted(map(repr, rows))
    return state


Snapshot = Callable[[set[str]], dict[tuple[str, str], list[str]]]


@dataclass
class Fuzz:
    """Runs cases against one source and collects every broken promise."""

    snap: Snapshot
    url: str
    src: str
    victim: str
    folder: Path
    tried: int = 0
    failures: list[str] = field(default_factory=list)

    def attempt(self, case: fp.Case, command: str = "run", source: str | None = None) -> None:
        """Run one case; record what it broke."""
        case = case.bound(self.src, self.victim)
        self.tried += 1
        policy = self.folder / f"{case.name}.yml"
        policy.write_bytes(case.text.encode("utf-8", "surrogateescape"))
        out = self.folder / "out" / case.name
        watched = {self.src, self.victim}
        before = self.snap(watched)
        args = [command, str(policy), "--source", source or self.url]
        args += ["--out", str(out)] if command != "plan" else []
        began = time.monotonic()
        result = CliRunner().invoke(app, args, env={"DATAMASK_SECRET": SECRET})
        seconds = time.monotonic() - began
        after = self.snap(watched)
        problems = []
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            problems.append(f"internal error {type(result.exception).__name__}: {result.exception}"[:300])
        if result.exit_code not in (0, 1):
            problems.append(f"exit {result.exit_code}")
        if "Traceback" in result.output:
            problems.append("traceback in output")
        files = [p for p in out.rglob("*") if p.is_file()] if out.exists() else []
        if leaks(result.output + " ".join(p.read_text("utf-8", "replace") for p in files)):
            problems.append("key or secret in output or written files")
        changed = [k for k in before if after.get(k) != before[k]]
        if changed:
            problems.append(f"source tables changed: {changed}")
        new = [k for k in after if k not in before and k[0] not in case.targets]
        if new:
            problems.append(f"tables written outside the target: {new}")
        if seconds > (4.5 if any(s in case.text.lower() for s in SLOW_SQL) else 30):
            problems.append(f"took {seconds:.1f}s")
        if problems:
            self.failures.append(f"{case.name}: {'; '.join(problems)} | {' '.join(result.output.split())[:200]}")

    def report(self, capsys, engine: str) -> None:
        """Print how many cases ran; fail naming every case that broke a promise."""
        with capsys.disabled():
            print(f"\nfuzz on {engine}: {self.tried} hostile policies tried, {len(self.failures)} broke a promise")
        assert not self.failures, "\n".join(self.failures)


def every_case() -> list[fp.Case]:
    """The named cases and the seeded mutations of the base policy."""
    cases = fp.sql_cases() + fp.target_cases() + fp.path_cases() + fp.yaml_cases()
    return cases + fp.mutations(fp.policy(), 100, "base")


def _prepare(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "outside.csv").symlink_to("/etc/passwd")
    LOOT.unlink(missing_ok=True)


def _duckdb_snapshot(url: str) -> Snapshot:
    """Snapshots through a connection of their own: the run opens the file itself, read-only or not."""

    def snap(schemas: set[str]) -> dict[tuple[str, str], list[str]]:
        engine = Engine("duckdb", connect(url))
        try:
            return snapshot(engine, schemas)
        finally:
            engine.conn.close()

    return snap


def _duckdb_source(path: Path, build: Callable[[Engine], None]) -> str:
    url = f"duckdb:///{path}"
    duckdb.connect(str(path)).close()  # connect() refuses a missing file, by design
    engine = Engine("duckdb", connect(url))
    try:
        build(engine)
    finally:
        engine.conn.close()
    return url


def test_fuzz_duckdb(tmp_path, capsys):
    def hostile_source(engine: Engine) -> None:
        engine.conn.execute(engine.sql(engine.dialect.create_schema("secret")))
        build_source(engine, "main", "secret")

    url = _duckdb_source(tmp_path / "fuzz.duckdb", hostile_source)
    shop = _duckdb_source(tmp_path / "shop.duckdb", lambda e: e.conn.execute(SHOP_SQL.read_text()))
    folder = tmp_path / "policies"
    _prepare(folder)
    fuzz = Fuzz(_duckdb_snapshot(url), url, "main", "secret", folder)
    for case in every_case():
        fuzz.attempt(case)
    for case in fp.mutations(SHOP_POLICY.read_text(), 60, "shop"):
        fuzz.attempt(case, "plan", shop)
    assert not LOOT.exists(), "a hostile policy wrote a file"
    fuzz.report(capsys, "duckdb")


def test_fuzz_postgres(postgres_engine, postgres_url, tmp_path, capsys):
    engine = postgres_engine
    src, victim = engine.fresh_schema("fz"), engine.fresh_schema("fzv")
    build_source(engine, src, victim)
    objects = exp.select(exp.func("count", exp.Star())).from_(exp.table_("pg_largeobject_metadata"))
    large_objects = engine.conn.query(engine.sql(objects))
    _prepare(tmp_path / "policies")
    fuzz = Fuzz(lambda schemas: snapshot(engine, schemas), postgres_url, src, victim, tmp_path / "policies")
    for case in fp.sql_cases() + fp.target_cases():
        fuzz.attempt(case)
    assert engine.conn.query(engine.sql(objects)) == large_objects, "a hostile policy created large objects"
    assert not LOOT.exists(), "a hostile policy wrote a file on the server"
    fuzz.report(capsys, "postgres")


def test_fuzz_mariadb(mariadb_engine, tmp_path, capsys):
    engine = mariadb_engine
    src, victim = engine.fresh_schema("fz"), engine.fresh_schema("fzv")
    # The target spelt '"{src}"' is a database of its own on MariaDB (quotes in its name): a lawful target the
    # run creates, which the server keeps after the test unless the fixture drops it too.
    engine.schemas.append(f'"{src}"')
    build_source(engine, src, victim)
    url = MYSQL_URL.rsplit("/", 1)[0] + f"/{src}"
    _prepare(tmp_path / "policies")
    fuzz = Fuzz(lambda schemas: snapshot(engine, schemas), url, src, victim, tmp_path / "policies")
    for case in fp.sql_cases() + fp.target_cases():
        fuzz.attempt(case)
    assert not LOOT.exists(), "a hostile policy wrote a file on the server"
    fuzz.report(capsys, "mariadb")
