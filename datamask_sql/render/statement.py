"""One statement to emit, and what it fills: the runner's whole contract with the renderer."""

from __future__ import annotations

from dataclasses import dataclass

from sqlglot import exp


@dataclass(frozen=True)
class Statement:
    """A statement AST; when it fills a table (CTAS, INSERT), which one and for which planned table."""

    ast: exp.Expression
    # The planned table (as Plan names it) this statement builds rows for.
    table: str | None = None
    # The table the statement writes rows into, counted after it runs.
    fills: exp.Table | None = None
