"""Golden SQL per dialect: reviewed output that changes only on purpose, and parses back in its dialect."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
import sqlglot

from datamask_sql import api
from datamask_sql.compiled import compile_inputs
from datamask_sql.dialects import DIALECTS
from datamask_sql.inputs import read_inputs
from datamask_sql.secret import key_from_secret

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden"
KEY = key_from_secret("golden-secret-01")
CASES = {
    "shop": (ROOT / "examples" / "shop" / "policy.yml", ROOT / "examples" / "shop" / "shop.sql"),
    "hostile": (GOLDEN / "hostile" / "policy.yml", GOLDEN / "hostile" / "schema.sql"),
    "unique_digits": (GOLDEN / "unique_digits" / "policy.yml", GOLDEN / "unique_digits" / "schema.sql"),
    "realism": (GOLDEN / "realism" / "policy.yml", GOLDEN / "realism" / "schema.sql"),
    "incremental": (GOLDEN / "incremental" / "policy.yml", GOLDEN / "incremental" / "schema.sql"),
}
# Cases compiled as a refresh: each incremental table's target recorded this watermark, so its changed rows are
# merged (the merge script) instead of rebuilt.
WATERMARKS = {"incremental": {"customers": "2026-11-30 23:59:59", "orders": "2026-11-30 23:59:59", "events": "41512"}}


@functools.cache
def _compiled(case: str, dialect: str) -> api.Compiled:
    """One compile per case and dialect: the golden and parse-back tests read the same output."""
    policy, ddl = CASES[case]
    if case not in WATERMARKS:
        return api.compile_policy(policy, str(ddl), KEY, dialect=dialect, source_dialect="postgres")
    target, inputs = read_inputs(policy, str(ddl), dialect, "postgres", None, ())
    merged = WATERMARKS[case]
    return compile_inputs(inputs.policy, inputs.catalog, target, KEY, source=str(ddl), merged=lambda _: merged)


def compiled_text(case: str, dialect: str) -> str:
    compiled = _compiled(case, dialect)
    # Lookup data is pinned by tests/test_fake.py; here it stands as a checksum so the SQL stays reviewable.
    return "".join(
        f"-- file: {f.name} (lookup data, sha256 {f.sha256})\n\n"
        if f.kind == "lookup"
        else f"-- file: {f.name}\n{f.text}\n"
        for f in compiled.files
    )


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
@pytest.mark.parametrize("case", sorted(CASES))
def test_golden(case, dialect, update_goldens):
    text = compiled_text(case, dialect)
    path = GOLDEN / case / f"{dialect}.sql"
    if update_goldens:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {path}; run pytest --update-goldens and review it"
    assert text == path.read_text(encoding="utf-8"), f"{path} changed; review, then pytest --update-goldens"


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
@pytest.mark.parametrize("case", sorted(CASES))
def test_every_statement_parses_back(case, dialect):
    compiled = _compiled(case, dialect)
    read = DIALECTS[dialect].sqlglot_dialect
    for f in compiled.files:
        for statement in f.statements:
            assert sqlglot.parse_one(statement.sql, read=read) is not None
