"""The command line as a user meets it: exit codes, file:line errors, outputs that stay stable and secret-free."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from datamask_sql.cli import app
from datamask_sql.secret import key_from_secret

ROOT = Path(__file__).resolve().parents[1]
SHOP_SQL = ROOT / "examples" / "shop" / "shop.sql"
SHOP_POLICY = ROOT / "examples" / "shop" / "policy.yml"
SECRET = "cli-7f3a9c2e41d8b6e0"


@pytest.fixture
def shop_db(tmp_path) -> str:
    path = tmp_path / "shop.duckdb"
    con = duckdb.connect(str(path))
    con.execute(SHOP_SQL.read_text())
    con.close()
    return f"duckdb:///{path}"


def invoke(*args: str, secret: str | None = SECRET):
    env = {"DATAMASK_SECRET": secret} if secret else {"DATAMASK_SECRET": ""}
    return CliRunner().invoke(app, list(args), env=env)


def write_policy(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.yml"
    path.write_text(text)
    return path


def one_paragraph_error(result, *fragments: str) -> str:
    assert result.exit_code == 1, result.output
    text = " ".join(result.output.split())
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in text, text
    return text


MINIMAL = """version: 1
source: {schema: main}
tables:
  customers:
    columns:
      id: keep
      email: {transform: emial}
"""


def test_compile_writes_files_manifest_and_run_order(tmp_path, shop_db):
    out = tmp_path / "build"
    result = invoke("compile", str(SHOP_POLICY), "--source", shop_db, "--dialect", "duckdb", "--out", str(out))
    assert result.exit_code == 0, result.output
    order = (out / "run_order.txt").read_text().split()
    assert order[0].endswith("setup.sql") and order[-1].endswith("swap.sql")
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["algorithm"] == "dm2"
    assert manifest["key_fingerprint"] == key_from_secret(SECRET).fingerprint
    assert [t["table"] for t in manifest["tables"]][0] == "customers"
    for name, checksum in manifest["files"].items():
        import hashlib

        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == checksum


def test_recompile_is_byte_identical(tmp_path, shop_db):
    for out in ("a", "b"):
        assert invoke("compile", str(SHOP_POLICY), "-s", shop_db, "--out", str(tmp_path / out)).exit_code == 0
    files_a = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert files_a == sorted(p.name for p in (tmp_path / "b").iterdir())
    for name in files_a:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_compile_from_ddl_file_for_postgres(tmp_path):
    out = tmp_path / "pg"
    result = invoke("compile", str(SHOP_POLICY), "--source", str(SHOP_SQL), "--dialect", "postgres", "--out", str(out))
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text())
    customers = next(t["file"] for t in manifest["tables"] if t["table"] == "customers")
    text = (out / customers).read_text()
    assert "CURRENT_SETTING('datamask.key')" in text and "CAST" in text and "VARCHAR(120)" in text


def test_missing_secret_refuses_to_run(tmp_path, shop_db):
    # compile needs none (its SQL reads the key from the session); run keys the data, so it does.
    result = invoke("run", str(SHOP_POLICY), "-s", shop_db, "--out", str(tmp_path / "o"), secret=None)
    one_paragraph_error(result, "no masking secret", "DATAMASK_SECRET", "--secret-file")
    assert not (tmp_path / "o").exists()


def test_short_secret_refuses(shop_db, tmp_path):
    one_paragraph_error(invoke("compile", str(SHOP_POLICY), "-s", shop_db, secret="short"), "shorter than 8")


def test_secret_file(tmp_path, shop_db):
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(SECRET + "\n")
    result = invoke(
        "compile",
        str(SHOP_POLICY),
        "-s",
        shop_db,
        "--secret-file",
        str(secret_file),
        "--out",
        str(tmp_path / "o"),
        secret=None,
    )
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "o" / "manifest.json").read_text())
    assert manifest["key_fingerprint"] == key_from_secret(SECRET).fingerprint


def test_unknown_transform_points_at_line_with_suggestion(tmp_path, shop_db):
    policy = write_policy(tmp_path, MINIMAL)
    one_paragraph_error(
        invoke("compile", str(policy), "-s", shop_db),
        f"{policy}:7:",
        "unknown transform 'emial'",
        "did you mean 'email'?",
    )


def test_unknown_column(tmp_path, shop_db):
    policy = write_policy(tmp_path, MINIMAL.replace("email: {transform: emial}", "emali: hash"))
    one_paragraph_error(
        invoke("compile", str(policy), "-s", shop_db),
        f"{policy}:7:",
        "column 'emali' does not exist in table 'customers'",
        "did you mean 'email'?",
    )


def test_unknown_table(tmp_path, shop_db):
    policy = write_policy(tmp_path, MINIMAL.replace("customers:", "customer:"))
    one_paragraph_error(
        invoke("compile", str(policy), "-s", shop_db),
        f"{policy}:4:",
        "table 'customer' does not exist",
        "did you mean 'customers'?",
    )


def test_uncovered_columns_stop_compilation(tmp_path, shop_db):
    policy = write_policy(tmp_path, MINIMAL.replace("emial", "email"))
    text = one_paragraph_error(
        invoke("compile", str(policy), "-s", shop_db, "--out", str(tmp_path / "o")),
        "have no rule",
        "customers.first_name",
        "customers.notes",
        "defaults.unlisted",
    )
    assert f"{policy}:4:" in text
    assert not (tmp_path / "o").exists()


def test_unlisted_keep_is_an_explicit_choice(tmp_path, shop_db):
    policy = write_policy(
        tmp_path, MINIMAL.replace("emial", "email").replace("tables:", "defaults: {unlisted: keep}\ntables:")
    )
    assert invoke("compile", str(policy), "-s", shop_db, "--out", str(tmp_path / "o")).exit_code == 0


def test_malformed_yaml(tmp_path, shop_db):
    policy = write_policy(
        tmp_path, "version: 1\ntables:\n  customers:\n    columns:\n      id: keep\n     email: hash\n"
    )
    one_paragraph_error(invoke("compile", str(policy), "-s", shop_db), f"{policy}:6:", "malformed YAML")


def test_duplicate_key(tmp_path, shop_db):
    policy = write_policy(tmp_path, MINIMAL.replace("emial", "email") + "      id: null\n")
    one_paragraph_error(invoke("compile", str(policy), "-s", shop_db), f"{policy}:8:", "duplicate key 'id'", "line 6")


def test_unknown_parameter(tmp_path, shop_db):
    policy = write_policy(tmp_path, MINIMAL.replace("{transform: emial}", "{transform: hash, lenght: 8}"))
    one_paragraph_error(
        invoke("compile", str(policy), "-s", shop_db),
        f"{policy}:7:",
        "unknown parameter 'lenght'",
        "did you mean 'length'?",
    )


def test_unknown_top_level_key_and_version(tmp_path, shop_db):
    policy = write_policy(tmp_path, MINIMAL.replace("source:", "sourse:"))
    one_paragraph_error(
        invoke("compile", str(policy), "-s", shop_db), f"{policy}:2:", "unknown key 'sourse'", "did you mean 'source'?"
    )
    policy = write_policy(tmp_path, MINIMAL.replace("version: 1", "version: 3"))
    one_paragraph_error(invoke("compile", str(policy), "-s", shop_db), f"{policy}:1:", "unsupported policy version")


def test_null_on_not_null_column(tmp_path, shop_db):
    policy = write_policy(
        tmp_path,
        MINIMAL.replace("{transform: emial}", "null").replace("tables:", "defaults: {unlisted: keep}\ntables:"),
    )
    one_paragraph_error(invoke("compile", str(policy), "-s", shop_db), "NOT NULL", "constant")


def test_lossy_transform_on_unique_key_is_refused(tmp_path, shop_db):
    policy = write_policy(
        tmp_path,
        MINIMAL.replace("{transform: emial}", "{transform: partial, keep_last: 2}").replace(
            "tables:", "defaults: {unlisted: keep}\ntables:"
        ),
    )
    one_paragraph_error(invoke("compile", str(policy), "-s", shop_db), "unique key", "collide")


def test_target_equal_to_source_is_refused(tmp_path, shop_db):
    policy = write_policy(
        tmp_path,
        MINIMAL.replace("emial", "email").replace(
            "source: {schema: main}", "source: {schema: main}\ntarget: {schema: main}"
        ),
    )
    one_paragraph_error(invoke("compile", str(policy), "-s", shop_db), "overwrite the source")


def test_missing_source_file_and_bad_url(tmp_path):
    policy = write_policy(tmp_path, MINIMAL)
    one_paragraph_error(invoke("compile", str(policy), "-s", "duckdb:///nope.duckdb"), "does not exist")
    one_paragraph_error(invoke("compile", str(policy), "-s", "oracle://x/y"), "unsupported connection URL")
    one_paragraph_error(invoke("compile", str(policy), "-s", "postgresql://nobody@127.0.0.1:1/x"), "cannot connect")


def test_run_then_verify_and_log(tmp_path, shop_db):
    out = tmp_path / "out"
    result = invoke("run", str(SHOP_POLICY), "-s", shop_db, "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "customers: 200 rows" in result.output
    record = json.loads((out / "runs.jsonl").read_text().splitlines()[-1])
    assert record["outcome"] == "succeeded" and record["rows"]["payments"] == 642
    assert invoke("verify", str(SHOP_POLICY), "-s", shop_db).exit_code == 0
    # Re-running is idempotent: same masked data, one more log line.
    path = shop_db.split(":///", 1)[1]
    before = duckdb.connect(path).execute("SELECT * FROM masked.customers ORDER BY id").fetchall()
    assert invoke("run", str(SHOP_POLICY), "-s", shop_db, "--out", str(out)).exit_code == 0
    con = duckdb.connect(path)
    assert con.execute("SELECT * FROM masked.customers ORDER BY id").fetchall() == before
    assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE '_dm_stage%'").fetchone()[0] == 0
    # Each run wrote a "started" record before executing and its outcome after, paired by run_id.
    records = [json.loads(line) for line in (out / "runs.jsonl").read_text().splitlines()]
    assert [r["outcome"] for r in records] == ["started", "succeeded"] * 2
    assert records[0]["run_id"] == records[1]["run_id"] != records[2]["run_id"] == records[3]["run_id"]


def test_secret_and_key_appear_in_no_output(tmp_path, shop_db):
    out = tmp_path / "out"
    key = key_from_secret(SECRET).value
    results = [
        invoke("run", str(SHOP_POLICY), "-s", shop_db, "--out", str(out)),
        invoke("compile", str(SHOP_POLICY), "-s", shop_db, "--out", str(out / "c")),
        invoke("plan", str(SHOP_POLICY), "-s", shop_db),
        invoke("compile", str(write_policy(tmp_path, MINIMAL)), "-s", shop_db),
    ]
    texts = [r.output for r in results] + [p.read_text() for p in out.rglob("*") if p.is_file()]
    for text in texts:
        assert SECRET not in text and key not in text


def test_key_command_prints_the_derived_key_only():
    result = invoke("key")
    assert result.exit_code == 0
    assert result.output.strip() == key_from_secret(SECRET).value


def test_help_teaches():
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for verb in ("compile", "run", "plan", "verify", "key", "schema"):
        assert verb in result.output
    assert "DATAMASK_SECRET" in CliRunner().invoke(app, ["compile", "--help"]).output


def test_plan_explains_inherited_rules(shop_db):
    result = invoke("plan", str(SHOP_POLICY), "-s", shop_db, "--format", "json", secret=None)
    assert result.exit_code == 0, result.output
    plan = json.loads(result.output)
    orders = next(t for t in plan["tables"] if t["table"] == "orders")
    customer_id = next(c for c in orders["columns"] if c["column"] == "customer_id")
    assert customer_id["domain"] == "customers.id"
    assert "inherited from customers.id" in customer_id["reason"]
