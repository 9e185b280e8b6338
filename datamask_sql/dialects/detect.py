"""The primitives `scan` measures values with: a regular-expression test, the one thing engines spell apart."""

from __future__ import annotations

from sqlglot import exp


class ValueTests:
    """Tests on sampled values; patterns use the portable subset (bracket classes, `{m,n}`, anchors, `|`)."""

    def regex_match(self, text: exp.Expression, pattern: str) -> exp.Expression:
        """TRUE where `pattern` matches somewhere in `text` (anchor it with ^...$ to match the whole value).

        sqlglot spells this REGEXP_MATCHES on DuckDB, `~` on PostgreSQL, RLIKE on Spark."""
        return exp.RegexpLike(this=text, expression=exp.Literal.string(pattern))
