"""Builder tables: each dialect primitive renders to the SQL we reviewed, in the style of sqlglot's validate_all."""

import pytest
from sqlglot import exp

from datamask_sql.dialects import get_dialect
from datamask_sql.emit.sql import to_sql

V = exp.column("v", quoted=True)
H = exp.column("h", quoted=True)

CASES = {
    "sha256_hex": (lambda d: d.sha256_hex(V), {
        "duckdb": 'SHA256("v")',
        "postgres": "ENCODE(SHA256(CONVERT_TO(\"v\", 'UTF8')), 'hex')",
    }),
    "hex_int": (lambda d: d.hex_int(H, 17, 2), {
        "duckdb": "CAST('0x' || SUBSTRING(\"h\", 17, 2) AS BIGINT)",
        "postgres": "CAST(CAST(('x' || LPAD(SUBSTRING(\"h\" FROM 17 FOR 2), 16, '0')) AS BIT(64)) AS BIGINT)",
    }),
    "key": (lambda d: d.key(), {
        "duckdb": "COALESCE(GETVARIABLE('datamask_key'), ERROR('datamask_key is not set (see the file header)'))",
        "postgres": "CURRENT_SETTING('datamask.key')",
    }),
    "set_key": (lambda d: d.set_key(), {
        "duckdb": 'SET VARIABLE "datamask_key" = ?',
        "postgres": "SELECT SET_CONFIG('datamask.key', %s, FALSE)",
    }),
    "mask_except": (lambda d: d.mask_except(V, " -", "*"), {
        "duckdb": "ARRAY_TO_STRING(LIST_TRANSFORM(STR_SPLIT(\"v\", ''), LAMBDA \"_dm_ch\" : CASE WHEN CONTAINS(' -', "
                  "_dm_ch) THEN _dm_ch ELSE '*' END), '')",
        "postgres": "REGEXP_REPLACE(\"v\", '[^ -]', '*', 'g')",
    }),
    "canonical_timestamp": (lambda d: d.canonical_text(V, "timestamp", exp.DataType.build("TIMESTAMP")), {
        "duckdb": "STRFTIME(\"v\", '%Y-%m-%d %H:%M:%S.%f')",
        "postgres": "TO_CHAR(\"v\", 'YYYY-MM-DD HH24:MI:SS.US')",
    }),
    "canonical_boolean": (lambda d: d.canonical_text(V, "boolean", exp.DataType.build("BOOLEAN")), {
        "duckdb": "CASE WHEN \"v\" THEN 'true' ELSE 'false' END",
        "postgres": "CASE WHEN \"v\" THEN 'true' ELSE 'false' END",
    }),
    "substring": (lambda d: d.substring(V, 2, 3), {
        "duckdb": 'SUBSTRING("v", 2, 3)',
        "postgres": 'SUBSTRING("v" FROM 2 FOR 3)',
    }),
    "rename": (lambda d: d.rename_table(exp.table_(exp.to_identifier("_dm_stage_x"), db=exp.to_identifier("m")), 'a"b'), {
        "duckdb": 'ALTER TABLE "m"."_dm_stage_x" RENAME TO "a""b"',
        "postgres": 'ALTER TABLE "m"."_dm_stage_x" RENAME TO "a""b"',
    }),
}


@pytest.mark.parametrize("primitive", sorted(CASES))
def test_primitive_renders(primitive):
    build, expected = CASES[primitive]
    for dialect, sql in expected.items():
        assert to_sql(get_dialect(dialect), build(get_dialect(dialect))) == sql, dialect
