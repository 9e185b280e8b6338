"""SQL text: the only place statement ASTs become strings."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from sqlglot import exp
from sqlglot.errors import ErrorLevel
from sqlglot.errors import UnsupportedError as SqlglotUnsupported

from datamask_sql import ALGORITHM_VERSION, __version__
from datamask_sql.dialects import MaskingDialect
from datamask_sql.errors import DatamaskError, UnsupportedError
from datamask_sql.files import prepare_dir, read_text, regular_file, write_text
from datamask_sql.render import Rendered, Script, count_star
from datamask_sql.render.statement import Name, tables_read, tables_written


def to_sql(dialect: MaskingDialect, statement: exp.Expression, *, pretty: bool = False, last: bool = False) -> str:
    """Render one statement; anything the dialect cannot express raises instead of degrading.

    `last`: nothing reads the statement after this, so the generator may work on it in place instead of on a
    deep copy (copying a masked SELECT cost about a quarter of a wide compile)."""
    try:
        return statement.sql(
            dialect=dialect.sqlglot_dialect,
            copy=not last,
            identify=True,
            pretty=pretty,
            unsupported_level=ErrorLevel.RAISE,
        )
    except SqlglotUnsupported as exc:
        raise UnsupportedError(
            f"cannot render for {dialect.name}: {exc}",
            hint="choose another transform for this column or another dialect",
        ) from None


@dataclass(frozen=True)
class EmittedStatement:
    """One statement as run, and (when it fills a table) which planned table, where, and how to count it."""

    sql: str
    table: str | None = None
    fills: exp.Table | None = None
    count_sql: str | None = None
    # Tables (qualifier, name) the statement reads and writes: the runner refuses work that writes where it reads.
    reads: tuple[Name, ...] = ()
    writes: tuple[Name, ...] = ()
    # What it re-creates (a key or an index of a target), for the message when it fails.
    label: str | None = None


@dataclass(frozen=True)
class EmittedFile:
    """One SQL file: its name, the statements it holds (as run), and its full text."""

    name: str
    kind: str
    table: str | None
    statements: tuple[EmittedStatement, ...]
    text: str
    # (count query, rows): the file can be skipped when the query already returns `rows` (content-named lookups).
    reusable: tuple[str, int] | None = None

    @property
    def sha256(self) -> str:
        """Checksum recorded in the manifest."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def _slug(name: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9_]+", "_", name).strip("_").lower()[:40] or "table"
    if slug != name:
        # Different names can fold to the same slug; a short hash keeps file names distinct.
        slug = f"{slug}_{hashlib.sha256(name.encode('utf-8')).hexdigest()[:6]}"
    return slug


def _header(rendered: Rendered, script: Script) -> list[str]:
    plan = rendered.plan
    lines = [f"-- datamask-sql {__version__}, algorithm {ALGORITHM_VERSION}, dialect {rendered.dialect.name}"]
    if script.kind == "table" and any(isinstance(s.ast, exp.Copy) for s in script.statements):
        lines.append(f"-- writes the masked copy of {plan.source_schema}.{script.table} to its file(s), then reads")
        lines.append("-- them back into a view for verification")
        lines.append(f"-- masking key: {rendered.dialect.key_instructions()}")
    elif script.kind == "table":
        lines.append(f"-- builds the masked copy of {plan.source_schema}.{script.table} in a staging table")
        lines.append(f"-- masking key: {rendered.dialect.key_instructions()}")
    elif script.kind == "lookup":
        lines.append(f"-- lookup table {plan.target_schema}.{script.table} for fake; named by its content, so a")
        lines.append("-- target that already holds it can skip this file")
    elif script.kind == "setup":
        lines.append("-- run the files in run_order.txt; this one creates the target schema")
    elif script.kind == "subset":
        lines.append("-- collects the kept keys of the subset (docs/relationships.md, 'Subsetting')")
        lines.append(f"-- masking key: {rendered.dialect.key_instructions()}")
    elif script.kind == "cleanup":
        lines.append("-- drops the run's helper tables (subset keys, watermark marks, merged stages)")
    elif script.kind == "merge":
        lines.append("-- merges the changed rows into each refreshed target and deletes rows gone from the source;")
        lines.append("-- the transaction opened here commits in the swap file, with the new watermarks")
    else:
        lines.append("-- replaces each target table by its verified staging table and records what built it in")
        lines.append("-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)")
    return lines


@dataclass(frozen=True)
class Emitted:
    """The emitted work of one compile: its files in run order and the session statements a run adds."""

    rendered: Rendered
    files: tuple[EmittedFile, ...]
    rollback: str
    # Run after a failure, each on its own and errors ignored.
    abort: tuple[str, ...]

    def set_key(self) -> str:
        """The statement that stores the key in the session through one bound parameter.

        Rendered on demand: engines that take the key per statement (BigQuery, Trino) refuse here, at run time
        only, while their files still compile."""
        return to_sql(self.rendered.dialect, self.rendered.dialect.set_key())

    def key_upload(self, path: str) -> list[str]:
        """The statements that read the key from the client file `path` into the session ([]: the engine has none)."""
        dialect = self.rendered.dialect
        return [to_sql(dialect, e) for e in dialect.key_upload(self.rendered.plan.target_schema, path)]

    def key_check(self) -> str:
        """The query returning the fingerprint of the key the session holds now (rendered on demand, as set_key)."""
        dialect = self.rendered.dialect
        return to_sql(dialect, exp.select(dialect.key_fingerprint()))

    def log_guards(self) -> list[tuple[str, str, str, str]]:
        """(log, hide, restore, what hiding needs) for each setting that keeps set_key out of a server log."""
        dialect = self.rendered.dialect
        return [(g.log, to_sql(dialect, g.hide), to_sql(dialect, g.restore), g.needs) for g in dialect.key_log_guards()]

    def of_kind(self, kind: str) -> list[EmittedFile]:
        """The files of one kind, in run order."""
        return [f for f in self.files if f.kind == kind]

    def staged(self) -> dict[str, exp.Table]:
        """Where each planned table is built before the swap."""
        return {s.table: s.fills for f in self.of_kind("table") for s in f.statements if s.fills is not None}

    def built(self) -> dict[str, exp.Table]:
        """Where each planned table is to be verified: its staging table, or its target when rows merge into it."""
        built = self.staged()
        for t in self.rendered.merged:
            table = self.rendered.plan.table(t)
            built[t] = exp.table_(exp.to_identifier(table.source.name), db=exp.to_identifier(table.target_schema))
        return built

    def targets(self) -> list[str]:
        """Every schema the work writes into, once per name as the engine matches names, in that order."""
        dialect = self.rendered.dialect
        seen: dict[str, str] = {}
        for f in self.files:
            for s in f.statements:
                for schema, _ in s.writes:
                    seen.setdefault(dialect.schema_key(schema), schema)
        return [seen[k] for k in sorted(seen)]

    def locks(self) -> list[tuple[str, str, str]]:
        """(target, query taking its run lock without waiting, statement releasing it), where the engine has locks.

        Rendered at run time only, like set_key: the lock belongs to a session, not to the files."""
        dialect = self.rendered.dialect
        out = []
        for target in self.targets():
            take, release = dialect.try_lock(target), dialect.unlock(target)
            if take is not None and release is not None:
                out.append((target, to_sql(dialect, take), to_sql(dialect, release)))
        return out


def _emit_file(rendered: Rendered, index: int, script: Script) -> EmittedFile:
    dialect = rendered.dialect
    stem = script.name if script.kind != "table" else _slug(script.name)
    name = f"{index:03d}_{stem}.sql"
    # Each statement is rendered once: what runs is what a reviewer reads in the file (rendering is most of
    # a compile's time). Reads and writes are taken first: rendering is the statement's last use.
    names = [(tables_read(s.ast), tables_written(s.ast, dialect)) for s in script.statements]
    pretty = [to_sql(dialect, s.ast, pretty=True, last=True) for s in script.statements]
    statements = tuple(
        EmittedStatement(
            text,
            s.table,
            s.fills,
            to_sql(dialect, count_star(s.fills)) if s.fills is not None else None,
            reads,
            writes,
            s.label,
        )
        for s, text, (reads, writes) in zip(script.statements, pretty, names)
    )
    text = "\n".join(_header(rendered, script)) + "\n\n" + "\n\n".join(p + ";" for p in pretty) + "\n"
    reusable = None
    if script.reusable is not None:
        table, rows = script.reusable
        reusable = (to_sql(dialect, count_star(table)), rows)
    return EmittedFile(name, script.kind, script.table, statements, text, reusable)


def emit_sql(rendered: Rendered) -> Emitted:
    """Every script of `rendered` as a file, numbered in run order."""
    dialect = rendered.dialect
    files = tuple(_emit_file(rendered, i, script) for i, script in enumerate(rendered.scripts))
    return Emitted(rendered, files, to_sql(dialect, exp.Rollback()), tuple(to_sql(dialect, s) for s in rendered.abort))


RUN_ORDER = "run_order.txt"
MANIFEST = "manifest.json"
# The names _emit_file gives: what a folder's earlier compile can have written.
_OWN_NAME = re.compile(r"[0-9]{3,}_[a-z0-9_]+\.sql")


def _recorded(out_dir: Path) -> dict[str, str]:
    """The files (name -> sha256) the previous compile's manifest in `out_dir` recorded; {} when there is none."""
    path = out_dir / MANIFEST
    if not regular_file(path):
        return {}
    try:
        manifest = json.loads(read_text(path, limit=64 << 20, what="manifest", shown=str(path)))
    except (DatamaskError, ValueError):
        return {}
    recorded = manifest.get("files") if isinstance(manifest, dict) else None
    if not isinstance(recorded, dict):
        return {}
    return {k: v for k, v in recorded.items() if isinstance(k, str) and isinstance(v, str) and _OWN_NAME.fullmatch(k)}


def write_files(emitted: tuple[EmittedFile, ...] | list[EmittedFile], out_dir: Path) -> None:
    """Write files and run_order.txt; files the previous compile's manifest recorded and no longer needed go.

    Nothing is written through a link, and the only files removed are ones this tool wrote there, unchanged
    since (their checksum is the one the manifest recorded): never a file merely named in a run_order.txt."""
    keep = {f.name for f in emitted}
    prepare_dir(out_dir, [*sorted(keep), RUN_ORDER, MANIFEST])
    for name, checksum in _recorded(out_dir).items():
        old = out_dir / name
        if name in keep or not regular_file(old):
            continue
        try:
            if hashlib.sha256(old.read_bytes()).hexdigest() == checksum:
                old.unlink()
        except OSError:
            pass  # a stale file that cannot go stays; it is not in the run order

    for f in emitted:
        write_text(out_dir / f.name, f.text)
    write_text(out_dir / RUN_ORDER, "".join(f"{f.name}\n" for f in emitted))
