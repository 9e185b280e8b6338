"""--out is written without following links, cleaned only of files we wrote, and a bad --out is exit 1."""

from __future__ import annotations

import hashlib
import json
import stat
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from datamask_sql.cli import app

SECRET = "out-dir-test-secret-42"
POLICY = """version: 1
source: {schema: main}
target: {schema: masked}
tables:
  a:
    columns: {id: keep, v: hash}
  b:
    columns: {id: keep, v: hash}
"""


@pytest.fixture
def shop(tmp_path: Path) -> tuple[Path, str]:
    """A policy and a DuckDB source with tables a and b."""
    db = tmp_path / "src.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE a (id INT PRIMARY KEY, v TEXT); INSERT INTO a VALUES (1, 'x'), (2, 'y');")
    con.execute("CREATE TABLE b (id INT PRIMARY KEY, v TEXT); INSERT INTO b VALUES (1, 'z');")
    con.close()
    policy = tmp_path / "policy.yml"
    policy.write_text(POLICY, encoding="utf-8")
    return policy, f"duckdb:///{db}"


def cli(*args: str):
    return CliRunner().invoke(app, list(args), env={"DATAMASK_SECRET": SECRET})


def compile_to(shop, out: Path | str):
    policy, source = shop
    return cli("compile", str(policy), "--source", source, "--out", str(out))


def refused(result, *fragments: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    text = " ".join(result.output.split())
    for fragment in fragments:
        assert fragment in text, text


def test_out_dir_that_is_a_link_is_refused(shop, tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "out").symlink_to(real)
    refused(compile_to(shop, tmp_path / "out"), "output folder is a symbolic link")
    assert list(real.iterdir()) == []


@pytest.mark.parametrize("name", ["manifest.json", "run_order.txt", "SQL"])
def test_no_file_is_written_through_a_link(shop, tmp_path, name):
    out = tmp_path / "out"
    assert compile_to(shop, out).exit_code == 0
    if name == "SQL":
        name = json.loads((out / "manifest.json").read_text())["run_order"][1]
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    (out / name).unlink()
    (out / name).symlink_to(victim)
    before = {p.name: p.read_bytes() for p in out.iterdir() if not p.is_symlink()}
    refused(compile_to(shop, out), "refusing to write through a symbolic link", name, "--out")
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert {p.name: p.read_bytes() for p in out.iterdir() if not p.is_symlink()} == before  # nothing half-written


def test_only_files_our_manifest_recorded_are_deleted(shop, tmp_path):
    policy, _ = shop
    out = tmp_path / "out"
    assert compile_to(shop, out).exit_code == 0
    first = json.loads((out / "manifest.json").read_text())
    b_file = next(t["file"] for t in first["tables"] if t["table"] == "b")
    # A user's own files, one of them named in a run_order.txt: never ours to delete.
    (out / "mine.sql").write_text("-- keep me\n", encoding="utf-8")
    (out / "run_order.txt").write_text("mine.sql\n../outside.sql\n", encoding="utf-8")
    (tmp_path / "outside.sql").write_text("-- outside\n", encoding="utf-8")
    policy.write_text(POLICY.split("  b:")[0], encoding="utf-8")  # drop table b
    assert compile_to(shop, out).exit_code == 0
    assert (out / "mine.sql").exists() and (tmp_path / "outside.sql").exists()
    assert not (out / b_file).exists()  # recorded by our manifest, unchanged: a stale file of ours
    second = json.loads((out / "manifest.json").read_text())
    assert set(second["files"]) <= {p.name for p in out.iterdir()}


def test_a_recorded_file_edited_since_is_kept(shop, tmp_path):
    policy, _ = shop
    out = tmp_path / "out"
    assert compile_to(shop, out).exit_code == 0
    b_file = next(t["file"] for t in json.loads((out / "manifest.json").read_text())["tables"] if t["table"] == "b")
    (out / b_file).write_text("-- edited by hand\n", encoding="utf-8")
    policy.write_text(POLICY.split("  b:")[0], encoding="utf-8")
    assert compile_to(shop, out).exit_code == 0
    assert (out / b_file).read_text(encoding="utf-8") == "-- edited by hand\n"


def test_a_forged_manifest_deletes_nothing_outside_our_names(shop, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.sql"
    victim.write_text("x", encoding="utf-8")
    checksum = hashlib.sha256(b"x").hexdigest()
    forged = {"files": {"../victim.sql": checksum, str(victim): checksum, "notes.txt": checksum}}
    (out / "manifest.json").write_text(json.dumps(forged), encoding="utf-8")
    (out / "notes.txt").write_text("x", encoding="utf-8")
    assert compile_to(shop, out).exit_code == 0
    assert victim.exists() and (out / "notes.txt").exists()


def test_bad_out_is_exit_1_with_a_message(shop, tmp_path):
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    refused(compile_to(shop, a_file), "the output folder is not a folder", "--out")
    refused(compile_to(shop, a_file / "sub"), "output folder: Not a directory", "--out")
    refused(compile_to(shop, "/proc/datamask-no-such-dir"), "cannot create the output folder", "--out")


def test_runs_log_is_private_and_never_followed(shop, tmp_path):
    policy, source = shop
    out = tmp_path / "out"
    result = cli("run", str(policy), "--source", source, "--out", str(out))
    assert result.exit_code == 0, result.output
    log = out / "runs.jsonl"
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    log.chmod(0o644)
    assert cli("run", str(policy), "--source", source, "--out", str(out)).exit_code == 0
    assert stat.S_IMODE(log.stat().st_mode) == 0o600  # an older, readable log is tightened
    assert len(log.read_text(encoding="utf-8").splitlines()) >= 2
    # A link in its place: refused before anything runs, the linked file untouched.
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    log.unlink()
    log.symlink_to(victim)
    con = duckdb.connect(source.removeprefix("duckdb:///"))
    con.execute("DROP SCHEMA masked CASCADE")
    con.close()
    refused(cli("run", str(policy), "--source", source, "--out", str(out)), "symbolic link", "runs.jsonl")
    assert victim.read_text(encoding="utf-8") == "precious\n"
    con = duckdb.connect(source.removeprefix("duckdb:///"), read_only=True)
    assert con.execute("SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'masked'").fetchone() == (
        0,
    )
    con.close()
