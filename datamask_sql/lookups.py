"""Lookup tables `fake` substitutes from: the shipped lists (data/lookups) and user CSV files."""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from datamask_sql.errors import PolicyError
from datamask_sql.files import FileScope

DATA = "data/lookups"
# A lookup list is loaded into every target; anything this large is not a list of names.
MAX_CSV_BYTES = 10 << 20


@dataclass(frozen=True)
class LookupTable:
    """An ordered list of substitute values; its warehouse table is named by a hash of its content."""

    label: str
    values: tuple[str, ...]

    @functools.cached_property
    def sha256(self) -> str:
        """Content hash: the values joined by newlines (values never contain one)."""
        return hashlib.sha256("\n".join(self.values).encode("utf-8")).hexdigest()

    @property
    def table_name(self) -> str:
        """`_dm_lookup_<label>_<hash12>`: the same content always lands in the same table, so runs reuse it."""
        slug = re.sub(r"[^a-z0-9]+", "_", self.label.lower()).strip("_")[:40]
        return f"_dm_lookup_{slug}_{self.sha256[:12]}"

    def fitting(self, max_length: int | None) -> LookupTable:
        """The values of at most `max_length` code points, in file order (all when unbounded)."""
        if max_length is None:
            return self
        values = tuple(v for v in self.values if len(v) <= max_length)
        if len(values) == len(self.values):
            return self
        return LookupTable(f"{self.label}_{max_length}", values)


def _root():
    return resources.files("datamask_sql").joinpath(DATA)


@functools.cache
def locales() -> tuple[str, ...]:
    """Locales shipped with the package."""
    return tuple(sorted(p.name for p in _root().iterdir() if p.is_dir()))


@functools.cache
def kinds() -> tuple[str, ...]:
    """Kinds shipped for every locale."""
    per_locale = [
        {p.name[:-4] for p in _root().joinpath(loc).iterdir() if p.name.endswith(".csv")} for loc in locales()
    ]
    return tuple(sorted(set.intersection(*per_locale))) if per_locale else ()


def _parse(text: str, column: str | None, source: str) -> tuple[str, ...]:
    # Messages name the file, the line and what was expected, never what the file holds: a policy may point a
    # lookup at a file it should not read, and its content must not reach a CI log.
    reader = csv.DictReader(io.StringIO(text))
    seen: dict[str, None] = {}
    try:
        header = reader.fieldnames or []
        if not header:
            raise PolicyError(
                "the lookup CSV is empty", file=source, hint="write a header line, then one value per row"
            )
        name = column or header[0]
        if name not in header:
            raise PolicyError(
                f"the lookup CSV has no column '{name}'",
                file=source,
                line=1,
                hint=f"its header names {len(header)} column(s); set 'column' to one of them",
            )
        for row in reader:
            value = " ".join((row.get(name) or "").split())
            if value:
                seen.setdefault(value, None)
    except csv.Error as exc:
        raise PolicyError(
            # line_num counts the lines read whole; the error is in the next one.
            f"the lookup CSV cannot be parsed ({exc})",
            file=source,
            line=reader.line_num + 1,
        ) from None
    if not seen:
        # The default column's name is file content: only a name the policy wrote is repeated.
        where = f"column '{column}'" if column else "its first column"
        raise PolicyError(f"the lookup CSV has no values in {where}", file=source)
    return tuple(seen)


@functools.cache
def builtin(kind: str, locale: str) -> LookupTable:
    """The shipped list of `kind` values for `locale` (file order: sorted by code point)."""
    text = _root().joinpath(locale, f"{kind}.csv").read_text(encoding="utf-8")
    return LookupTable(f"{kind}_{locale}", _parse(text, "value", f"{DATA}/{locale}/{kind}.csv"))


def from_csv(path: str, column: str | None = None, files: FileScope | None = None) -> LookupTable:
    """A user's CSV: header, then values of `column` (default: the first) in file order; blanks, repeats dropped.

    `path` resolves against the policy's folder and stays inside `files` (default: the working directory).
    Read on every call, not cached: the file may change between compiles in one process.
    """
    scope = files or FileScope.working_dir()
    text = scope.read_text(path, what="lookup CSV file", limit=MAX_CSV_BYTES, encoding="utf-8-sig")
    return LookupTable(f"csv_{Path(path).stem}", _parse(text, column, path))
