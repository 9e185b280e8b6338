"""The options several verbs share, and the flag behind each library parameter an error can name."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

PolicyArg = Annotated[Path, typer.Argument(help="Policy file (YAML), e.g. policies/shop.yml.", show_default=False)]
SourceOpt = Annotated[
    str,
    typer.Option(
        "--source",
        "-s",
        show_default=False,
        help="Schema source: a URL (duckdb:///shop.duckdb, postgresql://user@host:5432/db, "
        "mysql://user@host:3306/db, spark:///path/to/warehouse) to introspect, a dbt target/catalog.json, "
        "or a .sql file of CREATE TABLE statements.",
    ),
]
SecretFileOpt = Annotated[
    Path | None,
    typer.Option(
        "--secret-file", help="File holding the masking secret (default: $DATAMASK_SECRET).", show_default=False
    ),
]
SourceSchemaOpt = Annotated[
    str | None, typer.Option("--source-schema", help="Override the policy's source schema.", show_default=False)
]
AllowPathOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--allow-path",
        help="A folder (or file) outside the policy's folder that its lookup CSVs and packs may be read from; "
        "repeatable. By default a policy reads only files inside its own folder.",
        show_default=False,
    ),
]


# The flag behind each library parameter an error can name (DatamaskError.option).
FLAGS = {
    "secret_file": "--secret-file",
    "dialect": "--dialect",
    "source_dialect": "--source-dialect",
    "source": "--source",
    "source_schema": "--source-schema",
    "out_dir": "--out",
    "allow_paths": "--allow-path",
    "lock_wait": "--lock-wait",
    "constraints": "--no-constraints",
}
