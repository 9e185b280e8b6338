"""PostgreSQL: sha256 takes bytea, hex digits are read as bytes or bit strings, the key is a custom setting."""

from __future__ import annotations

from sqlglot import exp

from datamask_sql.dialects.base import MaskingDialect, lit, regex_class
from datamask_sql.dialects.shapes import SPATIAL_FALLBACK

SETTING = "datamask.key"


class Postgres(MaskingDialect):
    """PostgreSQL 12+."""

    name = "postgres"
    sqlglot_dialect = "postgres"
    default_schema = "public"
    aliases = ("postgresql", "pg")
    url_schemes = ("postgresql", "postgres")
    transactional_ddl = True
    enforces_constraints = True
    key_statement_log = (
        "a server that logs statements (log_statement = 'all', log_min_duration_statement) writes it into its log "
        "as a bound parameter"
    )

    schema_case = (
        "PostgreSQL folds unquoted names to lower case, so schema names that differ only in case are taken as one"
    )
    database_refusal = "PostgreSQL runs a statement within one database: it cannot write into another"
    database_fix = (
        "drop target.database (or set it to the source's database) and write into a schema of the source "
        "database; copy the masked schema elsewhere with pg_dump"
    )

    def try_lock(self, target: str) -> exp.Expression:
        """pg_try_advisory_lock on a number derived from the target; advisory locks live per database already."""
        return exp.select(self.call("pg_try_advisory_lock", lit(self._lock_key(target))))

    def unlock(self, target: str) -> exp.Expression:
        """pg_advisory_unlock of the same number."""
        return exp.select(self.call("pg_advisory_unlock", lit(self._lock_key(target))))

    def projection_level(self, select: exp.Select) -> exp.Select:
        """OFFSET 0 keeps the planner from pulling the subquery up, which would repeat each of its expressions
        once per reference above it."""
        return select.offset(0)

    def key(self) -> exp.Expression:
        """current_setting() raises 'unrecognized configuration parameter' when unset: fail closed."""
        return exp.func("CURRENT_SETTING", lit(SETTING))

    def set_key(self) -> exp.Expression:
        """set_config() with a bound parameter, session-scoped: only for a connection opened without the key
        (startup_options), since a server that logs statements logs bound values too."""
        return self.template(f"SELECT set_config('{SETTING}', %s, false)")

    def startup_options(self, key: str) -> str:
        """`-c datamask.key=...` for libpq's options: a startup parameter, which no server log records."""
        # libpq splits options on whitespace and takes backslash as escape.
        escaped = key.replace("\\", "\\\\").replace(" ", "\\ ")
        return f"-c {SETTING}={escaped}"

    def key_instructions(self) -> str:
        """How to supply the key by hand."""
        return f"SET {SETTING} = '<output of: datamask-sql key>';"

    def sha256_hex(self, text: exp.Expression) -> exp.Expression:
        """Hash the UTF-8 bytes explicitly: sha256() has no text overload."""
        return self.template("ENCODE(SHA256(CONVERT_TO(:t, 'UTF8')), 'hex')", t=text)

    def hex_int(self, hex_text: exp.Expression, start: int, count: int) -> exp.Expression:
        """One or two hex digits: the byte DECODE gives, read with GET_BYTE (about five times cheaper per read than
        a bit string, which is what per-position `digits` reads); more: read as a bit string of 4 x count bits."""
        digits = self.substring(hex_text, start, count)
        if count <= 2:
            digits = digits if count == 2 else self.concat(lit("0"), digits)
            return self.call("GET_BYTE", self.call("DECODE", digits, lit("hex")), lit(0))
        return self.template(f"CAST(CAST(('x' || :d) AS BIT({4 * count})) AS BIGINT)", d=digits)

    def replace_at(self, text: exp.Expression, position: exp.Expression, char: exp.Expression) -> exp.Expression:
        """OVERLAY reads the text once."""
        return exp.Overlay(this=text, expression=char, from_=position, for_=lit(1))

    def add_days(self, value: exp.Expression, days: exp.Expression, logical: str) -> exp.Expression:
        """value + n * INTERVAL '1 day' (a date becomes a timestamp; the renderer casts it back)."""
        return self.template("(:v + (:n) * INTERVAL '1 day')", v=value, n=days)

    def make_date(self, year: exp.Expression, month: exp.Expression, day: exp.Expression) -> exp.Expression:
        """sqlglot renders DateFromParts as DATE_FROM_PARTS, which PostgreSQL does not have."""
        return self.template("MAKE_DATE(:y, :m, :d)", y=year, m=month, d=day)

    def mask_except(self, text: exp.Expression, keep: str, mask: str) -> exp.Expression:
        """sqlglot adds the global flag for Postgres itself; passing 'g' would double it."""
        return self.template("REGEXP_REPLACE(:t, :p, :m, 'g')", t=text, p=lit(f"[^{regex_class(keep)}]"), m=lit(mask))

    def text_bytes(self, text: exp.Expression) -> exp.Expression:
        """CONVERT_TO gives the UTF-8 bytes; a CAST of text to bytea would read backslashes as escapes."""
        return self.call("CONVERT_TO", text, lit("UTF8"))

    def point_coordinates(self, value: exp.Expression, data_type: exp.DataType) -> tuple[exp.Expression, ...]:
        """point[0] and point[1] of the built-in point type."""
        self._built_in_point(data_type)
        return self.template("(:v)[0]", v=value), self.template("(:v)[1]", v=value.copy())

    def make_point(
        self, x: exp.Expression, y: exp.Expression, like: exp.Expression, data_type: exp.DataType
    ) -> exp.Expression:
        """point(x, y) of the built-in point type."""
        self._built_in_point(data_type)
        return self.call("POINT", x, y)

    def _built_in_point(self, data_type: exp.DataType) -> None:
        if data_type.this != exp.DataType.Type.POINT:
            raise self.unsupported(
                f"a {data_type.sql('postgres')} point (only PostgreSQL's built-in point type is built)",
                SPATIAL_FALLBACK,
            )
