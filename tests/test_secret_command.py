"""The secret from a command: stdout is the secret, failures are clear and never echo the command's stderr."""

from __future__ import annotations

import sys

from typer.testing import CliRunner

from datamask_sql.cli import app
from datamask_sql.secret import key_from_secret

SECRET = "cmd-secret-4f9a2b7c1d8e6a3f"
runner = CliRunner()


def _py(code: str) -> str:
    return f'{sys.executable} -c "{code}"'


def test_key_fingerprint_from_a_secret_command_matches_the_secret():
    result = runner.invoke(app, ["key", "--fingerprint", "--secret-command", _py(f"print('{SECRET}')")], env={})
    assert result.exit_code == 0, result.output
    assert result.output.strip() == key_from_secret(SECRET).fingerprint
    assert SECRET not in result.output


def test_a_failing_secret_command_exits_1_without_its_stderr():
    code = f"import sys; sys.stderr.write('{SECRET}'); sys.exit(3)"
    result = runner.invoke(app, ["key", "--secret-command", _py(code)], env={})
    assert result.exit_code == 1
    assert "exited with status 3" in result.output and SECRET not in result.output


def test_a_secret_command_printing_nothing_is_refused():
    result = runner.invoke(app, ["key", "--secret-command", _py("pass")], env={})
    assert result.exit_code == 1 and "printed nothing" in result.output
