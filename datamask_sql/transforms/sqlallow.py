"""The allowlist of policy SQL: which sqlglot expression classes a `when:`, `expression` or `subset.where` may hold.

Allowlisting is by AST class, not by function name: sqlglot parses every dialect's spelling of a function into
the same class (`SUBSTR`, `SUBSTRING` and `MID` are all `exp.Substring`), and any name it does not know becomes
`exp.Anonymous`, which is never allowed. So a forbidden function is refused in every spelling, including the
ones nobody thought of, and the list below is the whole of what a policy can make a warehouse compute.

Everything here is a pure scalar: the same inputs give the same output in every session, and nothing reads
session state (the masking key is session state), settings, files, the network, the catalog or the clock.
docs/policy-sql.md is generated from this module (tests/test_policy_sql.py keeps it in step).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlglot import exp


@dataclass(frozen=True)
class Category:
    """One group of allowed expression classes, each with the SQL spellings the docs show for it."""

    title: str
    entries: tuple[tuple[type[exp.Expression], str], ...]

    @property
    def classes(self) -> tuple[type[exp.Expression], ...]:
        """The expression classes of this group."""
        return tuple(cls for cls, _ in self.entries)


CATEGORIES: tuple[Category, ...] = (
    Category(
        "Values",
        (
            (exp.Column, "a column of this table, by name (unqualified)"),
            (exp.Identifier, "the name inside a column reference"),
            (exp.Literal, "`'text'`, `42`, `1.5`"),
            (exp.Boolean, "`TRUE`, `FALSE`"),
            (exp.Null, "`NULL`"),
            (exp.National, "`N'text'`"),
            (exp.RawString, "PostgreSQL `$$text$$`"),
            (exp.HexString, "`X'AB'`, `0xAB`"),
            (exp.Paren, "`( ... )`"),
            (exp.Interval, "`INTERVAL '1' DAY`"),
            (exp.Var, "a date part (see below)"),
        ),
    ),
    Category(
        "Logic and comparison",
        (
            (exp.And, "`AND`"),
            (exp.Or, "`OR`"),
            (exp.Not, "`NOT`"),
            (exp.Xor, "`XOR`"),
            (exp.EQ, "`=`"),
            (exp.NEQ, "`<>`, `!=`"),
            (exp.GT, "`>`"),
            (exp.GTE, "`>=`"),
            (exp.LT, "`<`"),
            (exp.LTE, "`<=`"),
            (exp.NullSafeEQ, "`<=>`, `IS NOT DISTINCT FROM`"),
            (exp.NullSafeNEQ, "`IS DISTINCT FROM`"),
            (exp.Is, "`IS [NOT] NULL`, `IS [NOT] TRUE`"),
            (exp.In, "`IN (a, b, ...)` (a list, never a subquery)"),
            (exp.Between, "`BETWEEN ... AND ...`"),
            (exp.Like, "`LIKE`"),
            (exp.ILike, "`ILIKE`"),
            (exp.Escape, "`... ESCAPE '!'`"),
            (exp.SimilarTo, "`SIMILAR TO`"),
            (exp.RegexpLike, "`REGEXP_LIKE`, `~`, `RLIKE`, `x REGEXP y`, `REGEXP_CONTAINS`, `REGEXP_MATCHES`"),
            (exp.RegexpILike, "`~*`"),
            (exp.StartsWith, "`STARTS_WITH`, `STARTSWITH`"),
            (exp.EndsWith, "`ENDS_WITH`, `ENDSWITH`"),
        ),
    ),
    Category(
        "Conditionals",
        (
            (exp.Case, "`CASE WHEN ... THEN ... ELSE ... END`"),
            (exp.If, "`IF`, `IIF`, `IFF`"),
            (exp.Coalesce, "`COALESCE`, `IFNULL`, `NVL`, `ISNULL`"),
            (exp.Nullif, "`NULLIF`"),
            (exp.Nvl2, "`NVL2`"),
            (exp.DecodeCase, "`DECODE(x, search, result, ...)`"),
            (exp.Greatest, "`GREATEST`"),
            (exp.Least, "`LEAST`"),
        ),
    ),
    Category(
        "Casts",
        (
            (exp.Cast, "`CAST(x AS type)`, `x::type`, `DATE '...'`, `TIMESTAMP '...'`"),
            (exp.TryCast, "`TRY_CAST`, `SAFE_CAST`"),
            (exp.DataType, "the target type of a cast (see below)"),
            (exp.DataTypeParam, "a type's length, precision or scale"),
        ),
    ),
    Category(
        "Arithmetic",
        (
            (exp.Add, "`+`"),
            (exp.Sub, "`-`"),
            (exp.Mul, "`*`"),
            (exp.Div, "`/`"),
            (exp.IntDiv, "`DIV`, `//`"),
            (exp.Mod, "`%`, `MOD`"),
            (exp.Neg, "unary `-`"),
            (exp.Pow, "`POWER`, `POW`, `^`, `**`"),
            (exp.BitwiseAnd, "`&`"),
            (exp.BitwiseOr, "`|`"),
            (exp.BitwiseXor, "`#` (PostgreSQL), `^`"),
            (exp.BitwiseNot, "`~`"),
            (exp.BitwiseLeftShift, "`<<`"),
            (exp.BitwiseRightShift, "`>>`"),
            (exp.Abs, "`ABS`"),
            (exp.Sign, "`SIGN`"),
            (exp.Round, "`ROUND`"),
            (exp.Floor, "`FLOOR`"),
            (exp.Ceil, "`CEIL`, `CEILING`"),
            (exp.Sqrt, "`SQRT`"),
            (exp.Cbrt, "`CBRT`"),
            (exp.Ln, "`LN`"),
            (exp.Log, "`LOG`"),
            (exp.Exp, "`EXP`"),
            (exp.SafeDivide, "`SAFE_DIVIDE`"),
        ),
    ),
    Category(
        "Text",
        (
            (exp.DPipe, "`||`"),
            (exp.Concat, "`CONCAT`"),
            (exp.ConcatWs, "`CONCAT_WS`"),
            (exp.Upper, "`UPPER`, `UCASE`"),
            (exp.Lower, "`LOWER`, `LCASE`"),
            (exp.Initcap, "`INITCAP`"),
            (exp.Length, "`LENGTH`, `CHAR_LENGTH`, `LEN`"),
            (exp.Substring, "`SUBSTRING`, `SUBSTR`, `SUBSTRING(x FROM i FOR n)`"),
            (exp.SubstringIndex, "`SUBSTRING_INDEX`"),
            (exp.Left, "`LEFT`"),
            (exp.Right, "`RIGHT`"),
            (exp.Trim, "`TRIM`, `TRIM(BOTH ... FROM ...)`"),
            (exp.Pad, "`LPAD`, `RPAD`"),
            (exp.Replace, "`REPLACE`"),
            (exp.Translate, "`TRANSLATE`"),
            (exp.Overlay, "`OVERLAY(x PLACING y FROM i FOR n)`"),
            (exp.Reverse, "`REVERSE`"),
            (exp.Repeat, "`REPEAT`"),
            (exp.StrPosition, "`POSITION(a IN b)`, `STRPOS`, `INSTR`, `CHARINDEX`, `LOCATE`"),
            (exp.SplitPart, "`SPLIT_PART`"),
            (exp.Ascii, "`ASCII`"),
            (exp.Chr, "`CHR`, `CHAR`"),
            (exp.RegexpReplace, "`REGEXP_REPLACE`"),
            (exp.RegexpExtract, "`REGEXP_EXTRACT`, `REGEXP_SUBSTR`"),
            (exp.Levenshtein, "`LEVENSHTEIN`, `EDITDISTANCE`"),
            (exp.Soundex, "`SOUNDEX`"),
        ),
    ),
    Category(
        "Hashes",
        (
            (exp.MD5, "`MD5` (hex text)"),
            (exp.MD5Digest, "BigQuery `MD5` (bytes)"),
            (exp.SHA, "`SHA1`, `SHA`"),
            (exp.SHA1Digest, "BigQuery `SHA1` (bytes)"),
            (exp.SHA2, "`SHA2(x, 256)`, `SHA256`"),
            (exp.SHA2Digest, "BigQuery `SHA256` (bytes)"),
            (exp.Hex, "`HEX`"),
            (exp.LowerHex, "BigQuery `TO_HEX` (lower case)"),
        ),
    ),
    Category(
        "Dates and times (of the row's values; never the clock)",
        (
            (exp.Extract, "`EXTRACT(part FROM x)`, `DATE_PART`, `DATEPART`"),
            (exp.Year, "`YEAR`"),
            (exp.Quarter, "`QUARTER`"),
            (exp.Month, "`MONTH`"),
            (exp.Week, "`WEEK`"),
            (exp.WeekOfYear, "`WEEKOFYEAR`"),
            (exp.Day, "`DAY`"),
            (exp.DayOfMonth, "`DAYOFMONTH`"),
            (exp.DayOfWeek, "`DAYOFWEEK`"),
            (exp.DayOfYear, "`DAYOFYEAR`"),
            (exp.Hour, "`HOUR`"),
            (exp.Minute, "`MINUTE`"),
            (exp.Second, "`SECOND`"),
            (exp.Date, "`DATE(x)`"),
            (exp.DateFromParts, "`MAKE_DATE`, `DATEFROMPARTS`, `DATE_FROM_PARTS`"),
            (exp.LastDay, "`LAST_DAY`"),
            (exp.AddMonths, "`ADD_MONTHS`"),
            (exp.MonthsBetween, "`MONTHS_BETWEEN`"),
            (exp.DateAdd, "`DATEADD`, `DATE_ADD`"),
            (exp.DateSub, "`DATE_SUB`"),
            (exp.DateDiff, "`DATEDIFF`, `DATE_DIFF`"),
            (exp.DateTrunc, "`DATE_TRUNC`"),
            (exp.TimestampTrunc, "`DATE_TRUNC` on a timestamp, `TIMESTAMP_TRUNC`"),
            (exp.DatetimeTrunc, "`DATETIME_TRUNC`"),
            (exp.TimestampAdd, "`TIMESTAMPADD`, `TIMESTAMP_ADD`"),
            (exp.TimestampSub, "`TIMESTAMP_SUB`"),
            (exp.TimestampDiff, "`TIMESTAMPDIFF`, `TIMESTAMP_DIFF`"),
            (exp.DatetimeAdd, "`DATETIME_ADD`"),
            (exp.DatetimeSub, "`DATETIME_SUB`"),
            (exp.DatetimeDiff, "`DATETIME_DIFF`"),
            (exp.StrToDate, "`TO_DATE`, `STR_TO_DATE`, `PARSE_DATE`"),
            (exp.StrToTime, "`TO_TIMESTAMP(text, format)`, `STRPTIME`, `PARSE_TIMESTAMP`"),
            (exp.TimeToStr, "`TO_CHAR(date, format)`, `STRFTIME`, `DATE_FORMAT`, `FORMAT_DATE`"),
            (exp.ToChar, "`TO_CHAR`, `TO_VARCHAR`"),
            (exp.UnixToTime, "`TO_TIMESTAMP(seconds)`, `FROM_UNIXTIME`"),
            (exp.TimeToUnix, "DuckDB `EPOCH`"),
            (exp.TsOrDsAdd, "Spark/Hive `DATE_ADD(d, n)` (sqlglot's neutral form)"),
            (exp.TsOrDsDiff, "a date difference in sqlglot's neutral form"),
            (exp.TsOrDsToDate, "a text-or-date argument read as a date (sqlglot's neutral form)"),
            (exp.TsOrDsToTimestamp, "a text-or-date argument read as a timestamp (sqlglot's neutral form)"),
            (exp.TimeStrToTime, "a text argument read as a timestamp (sqlglot's neutral form)"),
            (exp.TimeStrToDate, "a text argument read as a date (sqlglot's neutral form)"),
            (exp.DateStrToDate, "a text argument read as a date (sqlglot's neutral form)"),
        ),
    ),
)

ALLOWED: frozenset[type[exp.Expression]] = frozenset(cls for c in CATEGORIES for cls in c.classes)

# Date parts a `Var` may name (EXTRACT(YEAR FROM d), INTERVAL '1' DAY, DATEADD(day, 1, d), DATE_TRUNC('month', d)).
DATE_PARTS: frozenset[str] = frozenset(
    (
        "MILLENNIUM CENTURY DECADE YEAR YEARS ISOYEAR QUARTER QUARTERS MONTH MONTHS WEEK WEEKS ISOWEEK "
        "DAY DAYS DOW ISODOW DOY DAYOFWEEK DAYOFYEAR DAYOFMONTH WEEKDAY WEEKOFYEAR HOUR HOURS MINUTE MINUTES "
        "SECOND SECONDS MILLISECOND MILLISECONDS MICROSECOND MICROSECONDS NANOSECOND NANOSECONDS EPOCH"
    ).split()
)

# Types a CAST may target: plain scalars. Casts that look things up (regclass, regproc, OID types), read
# the session (TIMESTAMPTZ follows the session time zone) or build containers (arrays, JSON, structs) are out.
_T = exp.DataType.Type
CAST_TYPES: frozenset[exp.DataType.Type] = frozenset(
    (
        _T.TEXT,
        _T.VARCHAR,
        _T.NVARCHAR,
        _T.CHAR,
        _T.NCHAR,
        _T.TINYINT,
        _T.SMALLINT,
        _T.INT,
        _T.BIGINT,
        _T.UTINYINT,
        _T.USMALLINT,
        _T.UINT,
        _T.UBIGINT,
        _T.DECIMAL,
        _T.FLOAT,
        _T.DOUBLE,
        _T.BOOLEAN,
        _T.DATE,
        _T.TIME,
        _T.TIMESTAMP,
        _T.DATETIME,
        _T.UUID,
    )
)


def allowlist_markdown() -> str:
    """The allowlist as the Markdown docs/policy-sql.md shows it (between its generated-section markers)."""
    lines: list[str] = []
    for category in CATEGORIES:
        lines += [f"**{category.title}**", "", "| SQL | sqlglot class |", "|---|---|"]
        lines += [f"| {spelling} | `exp.{cls.__name__}` |" for cls, spelling in category.entries]
        lines.append("")
    lines.append("**Date parts** (a bare word inside a date function or interval): " + _words(DATE_PARTS) + ".")
    lines.append("")
    lines.append("**Cast target types**: " + _words(t.value for t in CAST_TYPES) + " (with length, precision, scale).")
    return "\n".join(lines) + "\n"


def _words(words) -> str:
    return ", ".join(f"`{w}`" for w in sorted(words))
