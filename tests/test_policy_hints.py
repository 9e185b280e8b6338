"""A misspelt key gets one did-you-mean wherever it is: policy keys, table keys, transform parameters, nested ones."""

from __future__ import annotations

import pytest

from datamask_sql import api
from datamask_sql.errors import DatamaskError

SCHEMA = "CREATE TABLE t (id INT PRIMARY KEY, price DECIMAL(10, 2), name VARCHAR(40));\n"


def plan_error(tmp_path, body: str) -> DatamaskError:
    (tmp_path / "s.sql").write_text(SCHEMA)
    (tmp_path / "p.yml").write_text("version: 1\ntables:\n  t:\n" + body)
    with pytest.raises(DatamaskError) as info:
        api.plan_policy(tmp_path / "p.yml", str(tmp_path / "s.sql"), dialect="postgres")
    return info.value


@pytest.mark.parametrize(
    ("body", "line", "message", "hint"),
    [
        # A required parameter misspelt: pydantic reports it 'missing' first; the misspelling is what to fix.
        (
            "    columns: {id: keep, name: keep,\n      price: {transform: noise, percnt: 10}}\n",
            5,
            "unknown parameter 'percnt' for transform 'noise'",
            "did you mean 'percent'?",
        ),
        (
            "    columns: {id: keep, price: keep,\n      name: {transform: partial, keep_frist: 1}}\n",
            5,
            "unknown parameter 'keep_frist' for transform 'partial'",
            "did you mean 'keep_first'?",
        ),
        (
            "    columns: {id: keep, price: keep,\n      name: {transform: fake, lookup: {csvv: x.csv, column: a}}}\n",
            5,
            "unknown parameter 'lookup.csvv' for transform 'fake'",
            "did you mean 'csv'?",
        ),
        ("    subset: {percnt: 10}\n    columns: {id: keep}\n", 4, "unknown key 'percnt'", "did you mean 'percent'?"),
        ("    unlistd: keep\n    columns: {id: keep}\n", 4, "unknown key 'unlistd'", "did you mean 'unlisted'?"),
    ],
)
def test_misspelt_keys_get_a_did_you_mean(tmp_path, body, line, message, hint):
    error = plan_error(tmp_path, body)
    assert error.line == line
    assert message in error.message
    assert error.hint == hint


def test_an_unknown_key_lists_the_allowed_ones_when_none_is_close(tmp_path):
    error = plan_error(tmp_path, "    zzz: 1\n    columns: {id: keep}\n")
    assert error.message == "unknown key 'zzz'"
    assert error.hint == "allowed keys: columns, subset, incremental, unlisted, primary_key, unique"
