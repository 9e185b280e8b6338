"""Files a policy names (lookup CSVs, packs) stay inside its folder, and their content never reaches a message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from datamask_sql import lookups
from datamask_sql.cli import app
from datamask_sql.errors import PolicyError
from datamask_sql.files import FileScope

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = "CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(60));\n"
TEAM = "team\nRed\nBlue\nGreen\n"


def policy_text(csv: str, column: str | None = None, include: str | None = None) -> str:
    lookup = f"{{csv: '{csv}'" + (f", column: '{column}'" if column else "") + "}"
    head = f"include: ['{include}']\n" if include else ""
    return (
        f"version: 1\n{head}source: {{schema: public}}\ntables:\n  t:\n    columns:\n      id: keep\n"
        f"      name: {{transform: fake, lookup: {lookup}}}\n"
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """tmp/pol/ holds the policy and its files; tmp/ (outside) holds the schema and anything out of bounds."""
    (tmp_path / "pol").mkdir()
    (tmp_path / "pol" / "team.csv").write_text(TEAM, encoding="utf-8")
    (tmp_path / "schema.sql").write_text(SCHEMA, encoding="utf-8")
    (tmp_path / "outside.csv").write_text(TEAM, encoding="utf-8")
    return tmp_path


def plan(project: Path, text: str, *extra: str, cwd: Path | None = None):
    policy = project / "pol" / "policy.yml"
    policy.write_text(text, encoding="utf-8")
    args = ["plan", str(policy), "--source", str(project / "schema.sql"), "--dialect", "postgres", *extra]
    if cwd is not None:
        old = os.getcwd()
        os.chdir(cwd)
    try:
        return CliRunner().invoke(app, args, env={"DATAMASK_SECRET": ""})
    finally:
        if cwd is not None:
            os.chdir(old)


def refused(result, *fragments: str) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    text = " ".join(result.output.split())
    for fragment in fragments:
        assert fragment in text, text
    return text


def test_lookup_csv_resolves_against_the_policy_folder_not_the_working_directory(project, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    ok = plan(project, policy_text("team.csv"), cwd=elsewhere)
    assert ok.exit_code == 0, ok.output
    # A file beside the working directory, but not beside the policy, is not found.
    (elsewhere / "only_here.csv").write_text(TEAM, encoding="utf-8")
    refused(
        plan(project, policy_text("only_here.csv"), cwd=elsewhere),
        "lookup CSV file not found: only_here.csv",
        "relative to the policy file's folder",
    )


@pytest.mark.parametrize(
    "ref",
    ["/etc/shadow", "/etc/passwd", "../outside.csv", "../../x.csv", "sub/../../outside.csv", "OUTSIDE_ABSOLUTE"],
)
def test_paths_outside_the_policy_folder_are_refused(project, ref):
    ref = str(project / "outside.csv") if ref == "OUTSIDE_ABSOLUTE" else ref
    text = refused(plan(project, policy_text(ref)), "policy.yml:7:", "is outside the policy's folder", "--allow-path")
    assert "Red" not in text and "root:" not in text


def test_allow_path_admits_a_folder_outside(project):
    result = plan(project, policy_text(str(project / "outside.csv")), "--allow-path", str(project))
    assert result.exit_code == 0, result.output
    absolute_inside = plan(project, policy_text(str(project / "pol" / "team.csv")))
    assert absolute_inside.exit_code == 0, absolute_inside.output


def test_links_are_followed_only_to_where_the_policy_may_read(project):
    pol = project / "pol"
    (pol / "out.csv").symlink_to(project / "outside.csv")
    (pol / "in.csv").symlink_to(pol / "team.csv")
    (pol / "dir").symlink_to(project)
    refused(plan(project, policy_text("out.csv")), "is outside the policy's folder")
    refused(plan(project, policy_text("dir/outside.csv")), "is outside the policy's folder")
    assert plan(project, policy_text("in.csv")).exit_code == 0


def test_fifo_and_devices_are_not_read(project):
    os.mkfifo(project / "pol" / "pipe.csv")
    # Would block forever if opened for reading like a file.
    refused(plan(project, policy_text("pipe.csv")), "lookup CSV file is not a regular file: pipe.csv")
    refused(plan(project, policy_text("/dev/zero"), "--allow-path", "/dev"), "not a regular file")


def test_lookup_csv_size_is_bounded(project):
    with open(project / "pol" / "big.csv", "wb") as fh:
        fh.truncate(lookups.MAX_CSV_BYTES + 1)  # sparse: large without filling the disk
    refused(plan(project, policy_text("big.csv")), "lookup CSV file is larger than 10 MB: big.csv")


def test_csv_errors_name_file_and_line_never_content(project):
    pol = project / "pol"
    (pol / "header.csv").write_text("hunter2_secret_header,other\nx,y\n", encoding="utf-8")
    text = refused(plan(project, policy_text("header.csv", column="nope")), "header.csv:1 ", "no column 'nope'")
    assert "hunter2" not in text and "other" not in text
    (pol / "latin1.csv").write_bytes("team\nRed\nsecret_caf\xe9\n".encode("latin-1"))
    text = refused(plan(project, policy_text("latin1.csv")), "latin1.csv:3 ", "is not UTF-8 text")
    assert "secret_caf" not in text
    (pol / "huge_field.csv").write_text("team\nok\n" + "q" * 200_000 + "\n", encoding="utf-8")
    text = refused(plan(project, policy_text("huge_field.csv")), "huge_field.csv:3", "cannot be parsed")
    assert "qqqq" not in text
    (pol / "blank.csv").write_text("hunter2_only_header\n\n", encoding="utf-8")
    text = refused(plan(project, policy_text("blank.csv")), "no values in its first column")
    assert "hunter2" not in text


def test_environ_never_reaches_the_output(project, tmp_path):
    """The reported case: a lookup CSV at /proc/self/environ put DATAMASK_SECRET into the error message."""
    if not Path("/proc/self/environ").exists():
        pytest.skip("no /proc on this system")
    secret = "s3cr3t-value-that-must-not-leak-7Q"
    policy = project / "pol" / "policy.yml"
    env = {**os.environ, "DATAMASK_SECRET": secret, "PYTHONPATH": str(ROOT)}
    for extra in ([], ["--allow-path", "/proc"]):
        for column in (None, "x"):
            policy.write_text(policy_text("/proc/self/environ", column=column), encoding="utf-8")
            cmd = [sys.executable, "-c", "from datamask_sql.cli import main; main()", "plan", str(policy)]
            cmd += ["--source", str(project / "schema.sql"), "--dialect", "postgres", *extra]
            done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
            assert done.returncode in (0, 1), done.stderr
            assert secret not in done.stdout + done.stderr
            assert "Traceback" not in done.stderr
            if not extra:
                assert done.returncode == 1 and "outside the policy's folder" in done.stderr


def test_include_paths_are_confined_too(project):
    pack = "pack: ours\nclasses:\n  x.name: {transform: fake, kind: first_name}\n"
    (project / "ours.yml").write_text(pack, encoding="utf-8")
    (project / "pol" / "link.yml").symlink_to(project / "ours.yml")
    for ref in ("../ours.yml", str(project / "ours.yml"), "link.yml", "/etc/passwd"):
        refused(
            plan(project, policy_text("team.csv", include=ref)),
            "policy.yml:2: include.0: policy pack",
            "is outside the policy's folder",
            "--allow-path",
        )
    os.mkfifo(project / "pol" / "fifo.yml")
    refused(plan(project, policy_text("team.csv", include="fifo.yml")), "is not a regular file")
    assert plan(project, policy_text("team.csv", include="../ours.yml"), "--allow-path", str(project)).exit_code == 0


def test_file_scope_in_the_library(tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "l.csv").write_text(TEAM, encoding="utf-8")
    scope = FileScope.of_policy(tmp_path / "a" / "p.yml")
    assert lookups.from_csv("l.csv", files=scope).values == ("Red", "Blue", "Green")
    with pytest.raises(PolicyError, match="outside the policy's folder") as err:
        lookups.from_csv("../a/../../etc/hostname", files=scope)
    assert err.value.option == "allow_paths"
    # Without a policy, the working directory is the folder.
    monkeypatch.chdir(tmp_path / "a")
    assert lookups.from_csv("l.csv").values == ("Red", "Blue", "Green")
    with pytest.raises(PolicyError, match="outside"):
        lookups.from_csv(str(tmp_path / "x.csv"))
