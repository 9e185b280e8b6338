"""Which tables a file source holds: a file, a folder or a glob of CSV, TSV, Parquet and JSON files.

Pure path logic (no engine): each file is a table named after its stem; a glob `orders_*.parquet`, a folder
of its own (Hive-partitioned `orders/year=2024/...` or not) or files `orders_1.csv`, `orders_2.csv` side by
side are one table each, named after the pattern, the folder or the shared stem.
"""

from __future__ import annotations

import glob
import re
from dataclasses import dataclass
from pathlib import Path

from datamask_sql.errors import CatalogError

# File suffix -> format; '.gz' after a text format is gzip compression.
FORMATS = {".csv": "csv", ".tsv": "tsv", ".parquet": "parquet", ".json": "json", ".jsonl": "json", ".ndjson": "json"}
TEXT_FORMATS = ("csv", "tsv", "json")
_GLOB = re.compile(r"[*?\[]")
_NUMBERED = re.compile(r"^(.+?)[_-]\d+$")
_HIVE = re.compile(r"^([^=/]+)=[^/]*$")


@dataclass(frozen=True)
class FileTable:
    """One table of a file source: its files, their format, and where a partitioned folder keeps them."""

    name: str
    format: str  # csv | tsv | parquet | json
    paths: tuple[str, ...]
    # 'gzip' for .csv.gz and the like; None otherwise (Parquet keeps its codec inside the file).
    compression: str | None = None
    # Hive partition columns (`year=2024/month=1/`), outermost first; () for unpartitioned files.
    partitions: tuple[str, ...] = ()
    # The folder the table's files sit under when it is a folder of its own, else None.
    folder: str | None = None
    # The file extension the table's files carry ('.jsonl', '.csv.gz'), kept for the output.
    suffix: str = ""


def split_suffix(path: Path) -> tuple[str, str, str | None] | None:
    """(stem, suffix, compression) of a data file, e.g. ('orders', '.csv.gz', 'gzip'); None if not one."""
    name = path.name
    lower = name.lower()
    gz = lower.endswith(".gz")
    base = lower[:-3] if gz else lower
    for ext, fmt in FORMATS.items():
        if base.endswith(ext) and len(base) > len(ext):
            if gz and fmt == "parquet":
                return None
            return name[: len(base) - len(ext)], name[len(base) - len(ext) :], "gzip" if gz else None
    return None


def _format_of(path: Path) -> str:
    split = split_suffix(path)
    return FORMATS[split[1].lower().removesuffix(".gz")] if split else ""


def is_file_source(source: str) -> bool:
    """Whether `source` names data files (a file, a folder or a glob) rather than a URL or a schema file."""
    if "://" in source:
        return False
    if _GLOB.search(source):
        return True
    path = Path(source)
    if path.is_dir():
        return True
    if split_suffix(path) is None:
        return False
    # A dbt catalog.json is a schema source, not data: by its name, or its metadata near the start.
    if path.suffix.lower() == ".json":
        if path.name.lower() in ("catalog.json", "manifest.json") or not path.is_file():
            return False
        with path.open("rb") as handle:
            if b"dbt_schema_version" in handle.read(4096):
                return False
    return True


def _one_table(name: str, files: list[Path], folder: Path | None, where: str) -> FileTable:
    """The table of `files` (one format, one compression); partition columns from a folder's k=v levels."""
    formats = {_format_of(f) for f in files}
    if len(formats) > 1:
        raise CatalogError(
            f"table '{name}' mixes {' and '.join(sorted(formats))} files",
            file=where,
            hint="keep one format per table (folder or pattern)",
        )
    splits = [split_suffix(f) for f in files]
    compressions = {s[2] for s in splits if s}
    partitions: tuple[str, ...] = ()
    if folder is not None:
        levels = {
            tuple(_HIVE.match(p).group(1) for p in f.relative_to(folder).parts[:-1] if _HIVE.match(p)) for f in files
        }
        if len(levels) > 1:
            raise CatalogError(
                f"table '{name}' has files under different partition folders ({' / '.join(map(str, sorted(levels)))})",
                file=str(folder),
                hint="every file of a Hive-partitioned folder sits under the same key=value levels",
            )
        partitions = levels.pop() if levels else ()
    return FileTable(
        name,
        formats.pop(),
        tuple(str(f) for f in files),
        compressions.pop() if len(compressions) == 1 else None,
        partitions,
        str(folder) if folder is not None else None,
        splits[0][1] if splits[0] else "",
    )


def _folder_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and split_suffix(p) and not p.name.startswith((".", "_")))


def _grouped(files: list[Path]) -> dict[str, list[Path]]:
    """Files by table: stem, or the shared stem of numbered files (`orders_1`, `orders_2`) of one format."""
    by_stem = {f: split_suffix(f)[0] for f in files}
    prefixes: dict[tuple[str, str], list[Path]] = {}
    for f, stem in by_stem.items():
        m = _NUMBERED.match(stem)
        if m:
            prefixes.setdefault((m.group(1), _format_of(f)), []).append(f)
    groups: dict[str, list[Path]] = {}
    for f, stem in by_stem.items():
        m = _NUMBERED.match(stem)
        name = m.group(1) if m and len(prefixes[(m.group(1), _format_of(f))]) > 1 else stem
        groups.setdefault(name, []).append(f)
    return groups


def discover(source: str) -> tuple[FileTable, ...]:
    """The tables of a file, folder or glob; an error naming the source when it holds none or a name twice."""
    path = Path(source)
    tables: list[FileTable] = []
    if _GLOB.search(source):
        files = sorted(
            Path(p) for p in glob.glob(source, recursive=True) if Path(p).is_file() and split_suffix(Path(p))
        )
        if not files:
            raise CatalogError(
                "the pattern matches no CSV, TSV, Parquet or JSON file",
                file=source,
                hint="check the folder and the pattern; quote it so the shell does not expand it",
            )
        prefix = _GLOB.split(Path(source).name, maxsplit=1)[0].rstrip("_-.")
        if prefix and not _GLOB.search(str(Path(source).parent)):
            tables.append(_one_table(prefix, files, None, source))
        else:
            tables += [_one_table(name, group, None, source) for name, group in _grouped(files).items()]
    elif path.is_dir():
        entries = sorted(path.iterdir())
        loose = [p for p in entries if p.is_file() and split_suffix(p) and not p.name.startswith((".", "_"))]
        tables += [_one_table(name, group, None, source) for name, group in _grouped(loose).items()]
        for sub in (p for p in entries if p.is_dir() and not p.name.startswith((".", "_"))):
            files = _folder_files(sub)
            if files:
                tables.append(_one_table(sub.name, files, sub, str(sub)))
        if not tables:
            raise CatalogError("the folder holds no CSV, TSV, Parquet or JSON file", file=source, hint="check the path")
    elif path.is_file():
        tables.append(_one_table(split_suffix(path)[0], [path], None, source))
    else:
        raise CatalogError("no such file or folder", file=source, hint="check the path", option="source")
    names: dict[str, FileTable] = {}
    for table in tables:
        twin = names.get(table.name.lower())
        if twin is not None:
            raise CatalogError(
                f"two tables would be called '{table.name}': {twin.paths[0]} and {table.paths[0]}",
                file=source,
                hint="rename one of the files, or name one of them as the source",
            )
        names[table.name.lower()] = table
    return tuple(sorted(tables, key=lambda t: t.name))


def source_files(tables: tuple[FileTable, ...]) -> list[Path]:
    """Every input file, resolved, in a stable order."""
    return sorted({Path(p).resolve() for t in tables for p in t.paths})
