"""Holes: stand-ins for macro arguments inside the real builders, rendered by the real dialect, then made Jinja.

A macro body is the SQL a transform's Python builder produces, rendered by sqlglot in the macro's dialect,
with every value the macro only knows at dbt compile time (the column, its digest, a parameter) left as a
hole. Three kinds of hole:

- a SQL hole (`sql`) stands for a whole expression (the column, a digest): a bare marker identifier;
- a number hole (`HoleInt`) flows into numeric literals, and arithmetic on it stays symbolic, so
  `keep_first + keep_last` renders as `{{ (keep_first + keep_last) }}`;
- a text hole (`HoleStr`) flows into string literals and is escaped for the dialect when dbt renders it.

A hole refuses to be compared, hashed or used as an index unless the variant it belongs to states the
answer (`facts`): the builder's control flow must never silently bake in one value of a parameter. Such a
refusal at generation time means the macro needs another variant, not a workaround.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlglot import exp

from datamask_sql.dialects import MaskingDialect
from datamask_sql.emit.sql import to_sql


class StructuralUse(Exception):
    """A builder made a decision on a hole's value: the macro needs a variant for it."""


@dataclass
class Holes:
    """The markers of one rendering and the Jinja each stands for."""

    jinja: dict[str, str] = field(default_factory=dict)
    # Text holes: marker -> Jinja expression of the raw text (escaped per dialect on substitution).
    texts: dict[str, str] = field(default_factory=dict)
    # Text holes read as a regex bracket body: marker -> Jinja expression of that body.
    classes: dict[str, str] = field(default_factory=dict)
    counter: itertools.count = field(default_factory=lambda: itertools.count(1))

    def marker(self) -> str:
        return f"dmhole{next(self.counter)}x"


_ACTIVE: list[Holes] = []


@contextmanager
def collecting():
    """Collect the holes created while building one macro body."""
    holes = Holes()
    _ACTIVE.append(holes)
    try:
        yield holes
    finally:
        _ACTIVE.pop()


def _holes() -> Holes:
    if not _ACTIVE:
        raise RuntimeError("holes are only created inside collecting()")
    return _ACTIVE[-1]


def sql(jinja: str) -> exp.Expression:
    """A SQL hole: the expression the Jinja expression `jinja` evaluates to at dbt compile time."""
    holes = _holes()
    name = holes.marker()
    holes.jinja[name] = f"{{{{ {jinja} }}}}"
    return exp.var(name)


def raw(jinja: str) -> exp.Expression:
    """A SQL hole filled with Jinja template text as it is (e.g. a loop that writes SQL)."""
    holes = _holes()
    name = holes.marker()
    holes.jinja[name] = jinja
    return exp.var(name)


def data_type(jinja: str) -> exp.DataType:
    """A type hole: a cast target only dbt knows (e.g. the column's declared type)."""
    holes = _holes()
    name = holes.marker()
    holes.jinja[name] = f"{{{{ {jinja} }}}}"
    return exp.DataType(this=exp.DataType.Type.USERDEFINED, kind=name)


_OPS = {
    "__add__": ("+", operator.add),
    "__sub__": ("-", operator.sub),
    "__mul__": ("*", operator.mul),
    "__floordiv__": ("//", operator.floordiv),
    "__mod__": ("%", operator.mod),
    "__pow__": ("**", operator.pow),
}


class HoleInt(int):
    """A number only dbt knows; `facts` answers the comparisons a variant has decided, e.g. {('==', 64): False}."""

    jinja: str
    facts: dict[tuple[str, int], bool]

    def __new__(cls, jinja: str, facts: dict[tuple[str, int], bool] | None = None) -> HoleInt:
        # The int value is never used for anything; 7 is only there so int() machinery has a number.
        self = super().__new__(cls, 7)
        self.jinja = jinja
        self.facts = facts or {}
        return self

    def __str__(self) -> str:
        holes = _holes()
        name = holes.marker()
        holes.jinja[name] = f"{{{{ {self.jinja} }}}}"
        return name

    __repr__ = __str__

    def __format__(self, spec: str) -> str:
        return str(self)

    def _decided(self, op: str, other: object) -> bool:
        if isinstance(other, int) and not isinstance(other, HoleInt) and (op, other) in self.facts:
            return self.facts[(op, other)]
        raise StructuralUse(f"a builder compared the macro argument {self.jinja} ({op} {other!r})")

    def __eq__(self, other: object) -> bool:
        return self._decided("==", other)

    def __ne__(self, other: object) -> bool:
        return not self._decided("==", other)

    def __lt__(self, other: object) -> bool:
        return self._decided("<", other)

    def __le__(self, other: object) -> bool:
        return self._decided("<=", other)

    def __gt__(self, other: object) -> bool:
        return self._decided(">", other)

    def __ge__(self, other: object) -> bool:
        return self._decided(">=", other)

    def __bool__(self) -> bool:
        return not self._decided("==", 0)

    def __hash__(self) -> int:
        raise StructuralUse(f"a builder used the macro argument {self.jinja} as a key")

    def __index__(self) -> int:
        raise StructuralUse(f"a builder used the macro argument {self.jinja} as a count or index")

    def __int__(self) -> int:
        raise StructuralUse(f"a builder converted the macro argument {self.jinja} to a Python int")

    def __neg__(self) -> HoleInt:
        return HoleInt(f"(-{self.jinja})")

    def __divmod__(self, other: int) -> tuple[HoleInt, HoleInt]:
        return self // other, self % other


def _binary(symbol: str, reflected: bool) -> Callable[[HoleInt, object], HoleInt]:
    def method(self: HoleInt, other: object) -> HoleInt:
        if not isinstance(other, int) or isinstance(other, bool):
            return NotImplemented
        theirs = other.jinja if isinstance(other, HoleInt) else str(int.__int__(other))
        left, right = (theirs, self.jinja) if reflected else (self.jinja, theirs)
        return HoleInt(f"({left} {symbol} {right})")

    return method


for _name, (_symbol, _) in _OPS.items():
    setattr(HoleInt, _name, _binary(_symbol, False))
    setattr(HoleInt, "__r" + _name[2:], _binary(_symbol, True))


# A text hole's marker is made of distinct characters in ascending order with no '-', so a dialect that
# turns the text into a regex bracket body (dialects.base.regex_class) leaves the marker as it is.
_TEXT_MARKER = "QVX{}z"


class HoleStr(str):
    """Text only dbt knows, as it goes into a string literal (`jinja` is its raw value)."""

    def __new__(cls, jinja: str, regex_class: str | None = None) -> HoleStr:
        holes = _holes()
        letter = "abcdefghijklmnopqrstuvwxy"[len(holes.texts) % 25]
        marker = _TEXT_MARKER.format(letter)
        self = super().__new__(cls, marker)
        holes.texts[marker] = jinja
        if regex_class is not None:
            holes.classes[marker] = regex_class
        return self


def escape_filters(dialect: MaskingDialect) -> str:
    """Jinja filters turning raw text into the body of a string literal as this dialect writes it."""
    probe = exp.Literal.string("\\'")
    quoted = to_sql(dialect, probe)
    body = quoted[1:-1]
    # The body is the escaped backslash followed by the escaped quote.
    for cut in range(1, len(body)):
        backslash, quote = body[:cut], body[cut:]
        if backslash in ("\\", "\\\\") and quote in ("''", "\\'"):
            break
    else:  # pragma: no cover - a new sqlglot escaping scheme
        raise RuntimeError(f"cannot read the string escaping of {dialect.name}: {quoted}")
    filters = ""
    if backslash != "\\":
        filters += " | replace('\\\\', '\\\\\\\\')"
    return filters + (' | replace("\'", "\'\'")' if quote == "''" else ' | replace("\'", "\\\\\'")')


def render(dialect: MaskingDialect, expression: exp.Expression, holes: Holes, *, pretty: bool = False) -> str:
    """The expression as this dialect's SQL, each marker replaced by the Jinja it stands for."""
    text = to_sql(dialect, expression, pretty=pretty)
    escape = escape_filters(dialect)
    for marker, jinja in holes.classes.items():
        text = text.replace(f"[^{marker}]", f"[^{{{{ ({jinja}){escape} }}}}]")
    for marker, jinja in holes.texts.items():
        text = text.replace(marker, f"{{{{ ({jinja}){escape} }}}}")
    # A marker ends in x, so dmhole1x never matches inside dmhole12x.
    for marker in sorted(holes.jinja, key=len, reverse=True):
        # Case-insensitive: some types upper-case what they parse (DECIMAL(38, dmhole3x)).
        text = re.sub(re.escape(marker), lambda _m, m=marker: holes.jinja[m], text, flags=re.IGNORECASE)
    leftover = re.search(r"dmhole\d+x|QVX[a-y]z", text, flags=re.IGNORECASE)
    if leftover:
        raise StructuralUse(f"marker {leftover.group()} survived rendering for {dialect.name}: {text}")
    return text
