"""What keeps a run off the source and off another run: how an engine matches schema names, and its run lock."""

from __future__ import annotations

import hashlib
import unicodedata
from typing import ClassVar

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.tokens import TokenType

LOCK_PREFIX = "datamask-sql:"


class TargetSafety:
    """Schema matching and the per-target run lock; MaskingDialect inherits it, engines override what differs."""

    name: ClassVar[str] = "generic"
    sqlglot_dialect: ClassVar[str] = ""
    # How the engine matches schema names, said in refusals. Every engine's names are compared case-folded
    # (schema_key): where the engine itself is exact (quoted PostgreSQL names), a target one Shift key away
    # from the source is refused all the same.
    schema_case: ClassVar[str] = "schema names that differ only in case may name the same schema"
    # What the engine calls the level above a schema where one statement can read one and write another
    # ('database', 'project', 'catalog'); None where a statement stays within one database.
    database_level: ClassVar[str | None] = None
    # Why this engine takes no target.database (said at the policy's line when one is given).
    database_refusal: ClassVar[str] = "this engine writes within the source's database only"
    database_fix: ClassVar[str] = "remove target.database and pick a target schema the source does not use"

    # --- schema names --------------------------------------------------------------------------
    def schema_key(self, schema: str) -> str:
        """The form two schema names are compared in: NFKC, outer blanks dropped, case-folded (conservative)."""
        return unicodedata.normalize("NFKC", schema).strip().casefold()

    def schema_parts(self, schema: str) -> tuple[str, ...]:
        """The whole name and each dotted part of it: `db.main` may be read as schema `main` of catalog `db`."""
        return (schema, *schema.split(".")) if "." in schema else (schema,)

    def overlaps_schema(self, target: str, source: str) -> bool:
        """Whether writing into schema `target` could write into schema `source` on this engine."""
        wanted = self.schema_key(source)
        return any(self.schema_key(part) == wanted for part in self.schema_parts(target))

    def same_database(self, target: str | None, source: str | None) -> bool:
        """Whether two databases may be one: either unnamed (the session's current one) or names that match."""
        return target is None or source is None or self.schema_key(target) == self.schema_key(source)

    def overlaps_qualified(self, target: str, source: str) -> bool:
        """Whether writing into `database.schema` (or `schema`) `target` could write into `source`.

        Only a name with a database on both sides tells two databases apart: a target in another database
        with the source's schema name is allowed, one whose database is unnamed on either side is not."""
        t_db, _, t_schema = target.rpartition(".") if self.database_level else ("", "", target)
        s_db, _, s_schema = source.rpartition(".") if self.database_level else ("", "", source)
        if not self.same_database(t_db or None, s_db or None):
            return False
        return self.overlaps_schema(t_schema, s_schema) or self.overlaps_schema(target, source)

    def qualified_names(self, sql: str) -> list[tuple[str, ...]]:
        """Every dotted name (`schema.table`, `catalog.schema.table`) in a statement's text, as its parts.

        Read with this engine's tokenizer, so quoting is the engine's own. A statement sqlglot keeps as a
        command (MySQL's multi-table RENAME) comes back as one string token: its text is read again.
        """
        dialect = Dialect.get_or_raise(self.sqlglot_dialect or None)
        tokens = dialect.tokenize(sql)
        commands = dialect.tokenizer_class.COMMANDS
        if len(tokens) == 2 and tokens[0].token_type in commands and tokens[1].token_type == TokenType.STRING:
            tokens = dialect.tokenize(tokens[1].text)
        names: list[tuple[str, ...]] = []
        i = 0
        while i < len(tokens):
            parts = [tokens[i].text]
            while i + 2 < len(tokens) and tokens[i + 1].token_type == TokenType.DOT:
                parts.append(tokens[i + 2].text)
                i += 2
            if len(parts) > 1:
                names.append(tuple(parts))
            i += 1
        return names

    # --- the run lock --------------------------------------------------------------------------
    def lock_name(self, target: str) -> str:
        """The run lock's name for a target schema: readable where it fits 64 characters, else hashed."""
        key = self.schema_key(target)
        name = LOCK_PREFIX + key
        if len(name) <= 64:
            return name
        return LOCK_PREFIX + hashlib.sha256(key.encode("utf-8")).hexdigest()[:40]

    def try_lock(self, target: str) -> exp.Expression | None:
        """A query whose one value is 1/true when this session now holds the run lock on `target`, without
        waiting; None when the engine has no such lock (see lock_note)."""
        return None

    def unlock(self, target: str) -> exp.Expression | None:
        """The statement releasing the run lock try_lock took (sessions release theirs when they end, too)."""
        return None

    def _lock_key(self, target: str) -> int:
        """A signed 64-bit number naming the lock, for engines whose locks are numbered."""
        digest = hashlib.sha256(self.lock_name(target).encode("utf-8")).digest()
        return int.from_bytes(digest[:8], "big", signed=True)
