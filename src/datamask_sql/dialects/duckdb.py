"""DuckDB: SHA256 returns hex text already; the key lives in a session variable."""

from __future__ import annotations

from sqlglot import exp

from datamask_sql.dialects.base import KEY_VARIABLE, MaskingDialect, lit


class DuckDB(MaskingDialect):
    """Embedded DuckDB."""

    name = "duckdb"
    sqlglot_dialect = "duckdb"
    transactional_ddl = True

    def key(self) -> exp.Expression:
        """getvariable(), failing loudly when unset instead of hashing NULL.

        ERROR() is typed NULL, and DuckDB folds `NULL || text` to NULL without evaluating it, so an
        uncast ERROR() would let an unset key silently produce NULL digests.
        """
        fail = exp.cast(exp.func("ERROR", lit(f"{KEY_VARIABLE} is not set (see the file header)")),
                        exp.DataType.build("VARCHAR"))
        return exp.Coalesce(this=exp.func("GETVARIABLE", lit(KEY_VARIABLE)), expressions=[fail])

    def set_key(self) -> exp.Expression:
        """SET VARIABLE with a bound parameter, so the key never enters statement text."""
        return self.template(f"SET VARIABLE {KEY_VARIABLE} = ?")

    def key_instructions(self) -> str:
        """How to supply the key by hand."""
        return f"SET VARIABLE {KEY_VARIABLE} = '<output of: datamask-sql key>';"

    def sha256_hex(self, text: exp.Expression) -> exp.Expression:
        """DuckDB's SHA256 hashes UTF-8 and returns lowercase hex."""
        return exp.func("SHA256", text, dialect="duckdb")

    def hex_int(self, hex_text: exp.Expression, start: int, count: int) -> exp.Expression:
        """DuckDB casts '0x...' text to integers."""
        digits = self.substring(hex_text, start, count)
        return exp.cast(self.concat(lit("0x"), digits), exp.DataType.build("BIGINT"))

    def add_days(self, value: exp.Expression, days: exp.Expression, logical: str) -> exp.Expression:
        """date/timestamp + TO_DAYS(n)."""
        return exp.Add(this=value, expression=self.call("TO_DAYS", exp.cast(days, exp.DataType.build("INT"))))

    def mask_except(self, text: exp.Expression, keep_class: str, mask: str) -> exp.Expression:
        """DuckDB replaces only the first match unless given the 'g' option."""
        return self.template("REGEXP_REPLACE(:t, :p, :m, 'g')", t=text, p=lit(f"[^{keep_class}]"), m=lit(mask))
