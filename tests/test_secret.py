"""The secret: scrypt-derived key, weak-secret warnings, the secret file, and scrubbing every message of both."""

from __future__ import annotations

import hashlib
import warnings

import pytest
from typer.testing import CliRunner

from datamask_sql import ALGORITHM_VERSION, api, reference
from datamask_sql.cli import app
from datamask_sql.errors import DatamaskError, DatamaskWarning, SecretError
from datamask_sql.secret import REDACTED, MaskingKey, Scrubber, key_from_secret, load_key, scrub, weak_secret_reasons

STRONG = "7Hq!2vLw9#xR4mZp0sKe"
KEY = reference.derive_key(STRONG)


def _leaks(text: str, *values: str) -> list[str]:
    """Every 16-character run of `values` found in `text`, ignoring case (an oracle independent of Scrubber)."""
    folded = text.casefold()
    return [v[i : i + 16] for v in values for i in range(len(v) - 15) if v[i : i + 16].casefold() in folded]


# --- the key derivation (dm2) ------------------------------------------------------------------------------


def test_the_key_is_scrypt_of_the_secret_with_the_documented_parameters():
    expected = hashlib.scrypt(
        STRONG.encode(), salt=b"datamask-sql/dm2/key", n=2**15, r=8, p=1, maxmem=2**26, dklen=32
    ).hex()
    assert reference.derive_key(STRONG) == expected and len(expected) == 64
    assert ALGORITHM_VERSION == "dm2"


def test_derivation_is_cached_per_secret():
    reference.derive_key.cache_clear()
    key_from_secret(STRONG)
    key_from_secret(STRONG)
    info = reference.derive_key.cache_info()
    assert (info.hits, info.misses) == (1, 1)


# --- weak secrets ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("secret", "reason"),
    [
        ("password1", "shorter than 16"),
        ("correcthorsebatterystaple", "one kind of character"),
        ("1234567890123456789", "one kind of character"),
        ("ab12ab12ab12ab12ab12", "fewer than 6 different"),
        ("Password-Secret-2024", "common words"),
        ("demo-secret-change-me", "common words"),
        ("test-secret-0001", "common words"),
    ],
)
def test_weak_secrets_are_named_with_a_reason(secret, reason):
    assert any(reason in r for r in weak_secret_reasons(secret)), weak_secret_reasons(secret)
    with pytest.warns(DatamaskWarning, match="the masking secret is weak") as caught:
        key_from_secret(secret)
    assert secret not in str(caught[0].message)


@pytest.mark.parametrize("secret", [STRONG, "f3a9c2e41d8b6e07" * 4, "cli-7f3a9c2e41d8b6e0"])
def test_strong_secrets_pass_without_a_warning(secret):
    assert weak_secret_reasons(secret) == []
    with warnings.catch_warnings():
        warnings.simplefilter("error", DatamaskWarning)
        key_from_secret(secret)


def test_too_short_is_still_an_error():
    with pytest.raises(SecretError, match="shorter than 8"):
        key_from_secret("short")


# --- the secret file ---------------------------------------------------------------------------------------


def test_a_secret_file_others_can_read_warns_and_names_the_flag(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(STRONG + "\n")
    path.chmod(0o644)
    with pytest.warns(DatamaskWarning, match=r"can be read by other users \(mode 644\)") as caught:
        assert load_key(path).value == KEY
    assert caught[0].message.option == "secret_file"
    path.chmod(0o640)
    with pytest.warns(DatamaskWarning, match="can be read by its group"):
        load_key(path)
    path.chmod(0o600)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DatamaskWarning)
        assert load_key(path).value == KEY


def test_a_non_utf8_secret_file_is_exit_1_with_a_message(tmp_path):
    path = tmp_path / "secret.bin"
    path.write_bytes(b"\xff\xfe\x00secret\x80\x81" * 4)
    path.chmod(0o600)
    with pytest.raises(SecretError, match="not UTF-8 text"):
        load_key(path)
    result = CliRunner().invoke(app, ["key", "--secret-file", str(path)], env={"DATAMASK_SECRET": ""})
    assert result.exit_code == 1, result.output
    assert "not UTF-8 text" in result.output and "Traceback" not in result.output


def test_the_cli_prints_warnings_on_stderr_with_the_flag(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("password-password-1\n")
    path.chmod(0o644)
    result = CliRunner().invoke(app, ["key", "--secret-file", str(path)], env={"DATAMASK_SECRET": ""})
    assert result.exit_code == 0
    assert result.stdout.strip() == reference.derive_key("password-password-1")
    assert "warning: the masking secret is weak" in result.stderr
    assert "can be read by other users" in result.stderr and "see --secret-file" in result.stderr
    assert "password-password-1" not in result.stderr


# --- scrubbing ---------------------------------------------------------------------------------------------


SCRUBBER = Scrubber.of(KEY, STRONG)


@pytest.mark.parametrize(
    "text",
    [
        f'invalid input syntax for type integer: "{KEY}"',
        f"Could not convert string '{KEY.upper()}' to INT32",
        f"truncated: '{KEY[7:30]}'",
        f"first half {KEY[:32]} ... second half {KEY[32:]}",
        f"wrapped over lines: {KEY[:20]}\n  {KEY[20:44]}\n  {KEY[44:]}",
        f"embedded: xx{KEY}yy{KEY.upper()}zz",
        f"the secret {STRONG} and {STRONG.lower()} and {STRONG[2:19]}",
        f"bytes: \\x{KEY.encode().hex()}",
        f"spaced: {' '.join(KEY[:24])}",
    ],
)
def test_scrubber_removes_key_and_secret_in_any_case_and_fragment(text):
    scrubbed = SCRUBBER(text)
    assert REDACTED in scrubbed
    assert _leaks(scrubbed, KEY, STRONG, KEY.encode().hex()) == []


def test_scrubber_keeps_ordinary_text_and_short_overlaps():
    text = f'relation "t" does not exist; key starts {KEY[:15]}'
    assert SCRUBBER(text) == text
    assert SCRUBBER(f"a {KEY} b") == f"a {REDACTED} b"


def test_a_short_secret_is_scrubbed_whole():
    scrubber = Scrubber.of("hunter22x")
    assert scrubber("pw HUNTER22X here") == f"pw {REDACTED} here"


def test_every_key_the_process_made_is_scrubbed_anywhere(monkeypatch):
    monkeypatch.delenv("DATAMASK_SECRET", raising=False)
    key = key_from_secret(STRONG)
    assert scrub(f"error near '{key.value.upper()}' from {STRONG}") == f"error near '{REDACTED}' from {REDACTED}"
    # A key made from its value alone (no secret known) is scrubbed too.
    other = MaskingKey("ab" * 32)
    assert "abab" * 4 not in scrub("x" + other.value[3:40] + "x")
    # The secret in the environment is scrubbed even when no key was derived from it.
    monkeypatch.setenv("DATAMASK_SECRET", "Env-Only-9f8e7d6c5b4a")
    assert scrub("leaked Env-Only-9f8e7d6c5b4a!") == f"leaked {REDACTED}!"


def test_the_cli_edge_scrubs_errors_and_internal_errors(monkeypatch, tmp_path):
    key = key_from_secret(STRONG)

    def leaky(*args, **kwargs):
        raise DatamaskError(f"engine said '{key.value.upper()[:40]}' and {STRONG}")

    monkeypatch.setattr(api, "compile_policy", leaky)
    result = CliRunner().invoke(
        app, ["compile", "p.yml", "-s", "x.sql", "--out", str(tmp_path)], env={"DATAMASK_SECRET": STRONG}
    )
    assert result.exit_code == 1 and REDACTED in result.output
    assert _leaks(result.output, key.value, STRONG) == []


def test_internal_error_text_is_scrubbed(monkeypatch, tmp_path, capsys):
    key = key_from_secret(STRONG)
    from datamask_sql import cli

    def broken(*args, **kwargs):
        raise RuntimeError(f"driver blew up on {key.value}")

    monkeypatch.setattr(api, "compile_policy", broken)
    monkeypatch.setenv("DATAMASK_SECRET", STRONG)
    monkeypatch.setattr("sys.argv", ["datamask-sql", "compile", "p.yml", "-s", "x.sql", "--out", str(tmp_path)])
    with pytest.raises(SystemExit):
        cli.main()
    err = capsys.readouterr().err
    assert "internal error" in err and REDACTED in err
    assert _leaks(err, key.value) == []
