"""Verbs that need no source: `key` (the session key or its fingerprint) and `schema` (the policy JSON Schema)."""

from __future__ import annotations

from typing import Annotated

import typer

from datamask_sql.cliapp import command
from datamask_sql.cliopts import SecretCommandOpt, SecretFileOpt, key_from


@command
def key(
    secret_file: SecretFileOpt = None,
    secret_command: SecretCommandOpt = None,
    fingerprint: Annotated[
        bool,
        typer.Option(
            "--fingerprint", help="Print the key's fingerprint instead (safe to store beside the secret's metadata)."
        ),
    ] = False,
) -> None:
    """Print the session key derived from the secret, for running compiled SQL by hand in a console.

    Treat the output like the secret itself. Each SQL file's header says where it goes. With --fingerprint,
    the fingerprint every target's _datamask_meta table and runs.jsonl record instead.
    """
    derived = key_from(secret_file, secret_command)
    typer.echo(derived.fingerprint if fingerprint else derived.value)


@command
def schema() -> None:
    """Print the JSON Schema of the policy file (for editor validation)."""
    from datamask_sql.emit.jsonschema import policy_json_schema_text

    typer.echo(policy_json_schema_text(), nl=False)
