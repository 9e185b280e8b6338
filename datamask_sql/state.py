"""What a target says built it (its state table), and whether this run may merge into it or must rebuild it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from sqlglot import exp

from datamask_sql import ALGORITHM_VERSION
from datamask_sql.connection import DRIVER_ERRORS, Connection
from datamask_sql.dialects import MaskingDialect
from datamask_sql.dialects.refresh import META_COLUMNS
from datamask_sql.emit.sql import to_sql
from datamask_sql.errors import RunError
from datamask_sql.plan import Plan
from datamask_sql.render import target_table
from datamask_sql.render.refresh import rules_sha256


@dataclass(frozen=True)
class TableState:
    """One row of a target's state table: what built the target table, and its watermark."""

    table_name: str
    key_fingerprint: str
    rules_sha256: str
    algorithm: str
    mode: str
    cursor_column: str | None = None
    watermark: str | None = None
    built_at: str | None = None

    def to_dict(self) -> dict:
        """JSON-ready."""
        return asdict(self)


@dataclass(frozen=True)
class Decision:
    """Which tables this run merges, and the key fingerprints the targets were built with before."""

    merged: frozenset[str] = frozenset()
    previous: dict[str, str] = field(default_factory=dict)
    full_refresh: bool = False
    # The state rows the decision was made on, by planned table: read again under the run lock.
    states: dict[str, TableState] = field(default_factory=dict)

    def watermarks(self) -> dict[str, str | None]:
        """Each merged table's recorded watermark (re-read under the run lock by `recheck`)."""
        return {name: self.states[name].watermark for name in sorted(self.merged)}

    def rotation(self, fingerprint: str) -> dict | None:
        """{'from': old, 'to': new} when this run replaces targets built with another key."""
        old = sorted({fp for fp in self.previous.values() if fp != fingerprint})
        return {"from": old[0] if len(old) == 1 else old, "to": fingerprint} if old else None


def read_state(
    conn: Connection, dialect: MaskingDialect, schema: str, database: str | None = None
) -> dict[str, TableState]:
    """The state rows of a target schema by table name; {} when the schema or its state table does not exist."""
    names = [exp.column(exp.to_identifier(n)) for n, _, _ in META_COLUMNS]
    # Oldest first, so that where state rows are appended (engines without DELETE) the latest one wins.
    query = exp.select(*names).from_(dialect.meta_table(schema, database)).order_by(exp.column("built_at"))
    try:
        rows = conn.query(to_sql(dialect, query))
    except DRIVER_ERRORS:
        return {}
    return {str(r[0]): TableState(*(None if v is None else str(v) for v in r)) for r in rows}


def _exists(conn: Connection, dialect: MaskingDialect, table: exp.Table) -> bool:
    try:
        conn.query(to_sql(dialect, exp.select(exp.Literal.number(1)).from_(table).where(exp.false())))
    except DRIVER_ERRORS:
        return False
    return True


def target_states(conn: Connection, dialect: MaskingDialect, plan: Plan) -> dict[str, TableState]:
    """The state row of each planned table whose target exists, by planned table name."""
    by_schema: dict[tuple[str | None, str], dict[str, TableState]] = {}
    out = {}
    for t in plan.tables:
        where = (t.target_database, t.target_schema)
        if where not in by_schema:  # one read per target schema, not one per table
            by_schema[where] = read_state(conn, dialect, t.target_schema, t.target_database)
        rows = by_schema[where]
        row = rows.get(t.source.name)
        if row is not None and _exists(conn, dialect, target_table(t.target_schema, t.source.name, t.target_database)):
            out[t.name] = row
    return out


def decide(
    conn: Connection, dialect: MaskingDialect, plan: Plan, fingerprint: str, *, full_refresh: bool = False
) -> Decision:
    """Merge every incremental table whose target was built with this key, these rules and this algorithm.

    An incremental table whose target was built otherwise is refused (RunError, nothing touched) unless
    `full_refresh`: merging rows masked with another key or rule into it would mix pseudonyms that no longer join.
    A table without state (never built, or a build cut off) is rebuilt."""
    states = target_states(conn, dialect, plan)
    previous = {name: s.key_fingerprint for name, s in states.items()}
    if full_refresh:
        return Decision(frozenset(), previous, True, states)
    merged = set()
    for t in plan.tables:
        state = states.get(t.name)
        if t.incremental is None or state is None:
            continue
        differs = []
        if state.key_fingerprint != fingerprint:
            differs.append(f"key fingerprint {state.key_fingerprint} (this run's is {fingerprint})")
        if state.rules_sha256 != rules_sha256(t):
            differs.append(f"rules {state.rules_sha256[:12]} (this run's are {rules_sha256(t)[:12]})")
        if state.algorithm != ALGORITHM_VERSION:
            differs.append(f"algorithm {state.algorithm} (this run's is {ALGORITHM_VERSION})")
        if differs:
            raise RunError(
                f"refusing to merge into {t.target_schema}.{t.source.name}: it was built with " + "; ".join(differs),
                hint="merging rows masked another way would mix values that no longer join; nothing was changed. "
                "Rebuild every table with a full refresh (a key rotation: docs/keys.md)",
                option="full_refresh",
            )
        merged.add(t.name)
    return Decision(frozenset(merged), previous, states=states)


def recheck(conn: Connection, dialect: MaskingDialect, plan: Plan, decision: Decision) -> None:
    """Under the run lock: refuse when another run changed the state of a target this run merges into.

    The decision to merge (onto which key's values, from which watermark) was read before the lock was held; a
    run that rebuilt, rotated or refreshed the target meanwhile would otherwise be merged over. A table planned
    for a rebuild is rebuilt whatever the target holds now, so a run waiting for the lock still runs."""
    now = target_states(conn, dialect, plan)
    changed = sorted(name for name in decision.merged if now.get(name) != decision.states.get(name))
    if changed:
        t = plan.table(changed[0])
        before, after = decision.states.get(t.name), now.get(t.name)
        raise RunError(
            f"the target {t.target_schema}.{t.source.name} changed while this run waited for its lock "
            f"(state {_brief(before)} when planned, {_brief(after)} now): another run built or refreshed it",
            hint="nothing was changed by this run; start it again to plan from the target as it is now",
        )


def _brief(state: TableState | None) -> str:
    if state is None:
        return "none"
    return f"{state.mode}, key fingerprint {state.key_fingerprint}, watermark {state.watermark}"
