"""The statements of a SQL script that declare tables and keys, parsed; everything else in a dump is skipped.

Real schema files are dumps (`pg_dump --schema-only`, `mysqldump --no-data`): psql meta-commands,
SET, OWNER TO, COMMENT, sequences, views, functions, grants, MySQL's /*!...*/ comments and LOCK
TABLES. Only CREATE TABLE, CREATE [UNIQUE] INDEX and ALTER TABLE ... ADD <key> say anything a catalog
needs, so only those are parsed; the rest is never handed to sqlglot, which would log a warning for
each statement it can only keep as a command.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ParseError, TokenError
from sqlglot.tokens import Token, TokenType

from datamask_sql.errors import CatalogError

# psql reads COPY data up to a line holding only `\.`; a schema-only dump has none, a full dump does.
_COPY_FROM_STDIN = re.compile(r"^\s*COPY\b.*\bFROM\s+stdin\b.*;\s*$", re.IGNORECASE)
# What may follow ADD in an ALTER TABLE that declares a key or an index.
_KEY_STARTS = {
    TokenType.CONSTRAINT,
    TokenType.PRIMARY_KEY,
    TokenType.UNIQUE,
    TokenType.FOREIGN_KEY,
    TokenType.INDEX,
    TokenType.KEY,
}
_KEY_WORDS = {TokenType.PRIMARY_KEY, TokenType.UNIQUE, TokenType.FOREIGN_KEY, TokenType.REFERENCES}


def _without_client_commands(text: str) -> str:
    """Blank psql meta-command lines (`\\restrict`, `\\connect`, ...) and COPY data; line numbers stay."""
    out: list[str] = []
    in_copy = False
    for line in text.split("\n"):
        if in_copy:
            in_copy = line.rstrip("\r") != "\\."
            out.append("")
        elif line.lstrip().startswith("\\"):
            out.append("")
        else:
            out.append(line)
            in_copy = bool(_COPY_FROM_STDIN.match(line))
    return "\n".join(out)


class SchemaStatement(NamedTuple):
    """One statement a catalog reads: 'table', 'index', 'alter' (parsed) or 'partition' (the attached table)."""

    line: int
    kind: str
    node: exp.Expression


def _chunks(tokens: list[Token]) -> Iterator[list[Token]]:
    chunk: list[Token] = []
    for token in tokens:
        if token.token_type == TokenType.SEMICOLON:
            if chunk:
                yield chunk
            chunk = []
        else:
            chunk.append(token)
    if chunk:
        yield chunk


def _is_add(token: Token) -> bool:
    return token.text.upper() == "ADD"


def _kind(chunk: list[Token]) -> str | None:
    """'table', 'index', 'alter' or 'partition' for the statements a catalog reads, None for any other."""
    types = [t.token_type for t in chunk]
    if types[0] == TokenType.CREATE:
        # CREATE [OR REPLACE] [GLOBAL|LOCAL] [TEMPORARY|UNLOGGED] TABLE, CREATE [UNIQUE] INDEX
        head = types[1:5]
        if TokenType.TABLE in head and TokenType.L_PAREN not in head[: head.index(TokenType.TABLE)]:
            return "table"
        if TokenType.INDEX in types[1:3]:
            return "index"
        return None
    if types[0] == TokenType.ALTER and len(types) > 1 and types[1] == TokenType.TABLE:
        for token, following in zip(chunk, chunk[1:]):
            if _is_add(token) and following.token_type in _KEY_STARTS:
                return "alter"
            if token.text.upper() == "ATTACH" and following.token_type == TokenType.PARTITION:
                return "partition"
    return None


def _attached(chunk: list[Token]) -> exp.Table:
    """The table `ALTER TABLE parent ATTACH PARTITION [schema.]child FOR VALUES ...` attaches (sqlglot has no node)."""
    at = next(i for i, t in enumerate(chunk) if t.token_type == TokenType.PARTITION) + 1
    parts = []
    for token in chunk[at:]:
        if token.token_type == TokenType.DOT:
            continue
        if token.token_type not in (TokenType.VAR, TokenType.IDENTIFIER):
            break
        parts.append(exp.to_identifier(token.text, quoted=token.token_type == TokenType.IDENTIFIER))
    return exp.Table(this=parts[-1], db=parts[-2] if len(parts) > 1 else None)


class _Quiet(logging.Filter):
    """Drops sqlglot's 'falling back to parsing as a Command' warnings; we report those ourselves."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "unsupported syntax" not in record.getMessage()


@contextmanager
def _quiet_sqlglot() -> Iterator[None]:
    logger = logging.getLogger("sqlglot")
    quiet = _Quiet()
    logger.addFilter(quiet)
    try:
        yield
    finally:
        logger.removeFilter(quiet)


def _tokens_for(kind: str, chunk: list[Token]) -> list[Token]:
    """pg_dump writes `CREATE INDEX ... ON ONLY parent` for partitioned tables; sqlglot wants no ONLY there."""
    if kind != "index":
        return chunk
    return [
        t
        for i, t in enumerate(chunk)
        if not (t.token_type == TokenType.ONLY and chunk[i - 1].token_type == TokenType.ON)
    ]


def schema_statements(text: str, dialect: str, path: str) -> list[SchemaStatement]:
    """Each CREATE TABLE, CREATE INDEX, ALTER TABLE ... ADD <key> and ... ATTACH PARTITION of a script."""
    engine = Dialect.get_or_raise(dialect)
    text = _without_client_commands(text)
    try:
        tokens = engine.tokenize(text)
    except TokenError as exc:
        raise CatalogError(f"cannot read as {dialect} SQL: {exc}", file=path, option="source_dialect") from None
    out: list[SchemaStatement] = []
    with _quiet_sqlglot():
        for chunk in _chunks(tokens):
            kind = _kind(chunk)
            if kind is None:
                continue
            line = chunk[0].line
            if kind == "partition":
                out.append(SchemaStatement(line, kind, _attached(chunk)))
                continue
            try:
                parsed = engine.parser().parse(_tokens_for(kind, chunk), text)
            except ParseError as exc:
                err = exc.errors[0] if exc.errors else {}
                raise CatalogError(
                    f"cannot parse as {dialect} SQL: {err.get('description', str(exc))}",
                    file=path,
                    line=err.get("line") or line,
                    hint="name the dialect the file is written in, if it is another one",
                    option="source_dialect",
                ) from None
            statement = next((s for s in parsed if s is not None), None)
            if isinstance(statement, exp.Command) or statement is None:
                if kind == "alter" and not any(t.token_type in _KEY_WORDS for t in chunk):
                    continue
                raise CatalogError(
                    "cannot read the table or key this statement declares",
                    file=path,
                    line=line,
                    hint="write keys as PRIMARY KEY (...), UNIQUE (...) or FOREIGN KEY (...) REFERENCES t (...)",
                )
            out.append(SchemaStatement(line, kind, statement))
    return out
