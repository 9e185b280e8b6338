"""What the CLI shows people: the plan table, run progress, check results (rich); nothing here decides.

Everything printed here may carry text from a policy, a schema or an engine (a column named `[/]`, a value
`root:x:0`): it goes out as plain text, never read as rich markup or emoji codes.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.progress import Progress
from rich.table import Table
from rich.text import Text

from datamask_sql.plan import Plan
from datamask_sql.verify import Check

out = Console()
err = Console(stderr=True)

# markup: `[x]` is text, not a style; emoji: `:x:` is text, not ❌; highlight: no colours guessed from content.
PLAIN = {"markup": False, "emoji": False, "highlight": False}
# Output piped into a file or a CI log is never wrapped: a path or a reason split over two lines cannot be
# searched, pasted or diffed. Rich breaks lines only where the width forces it, so such output gets room.
UNWRAPPED = 100_000


def sized(console: Console) -> Console:
    """`console` on a terminal (wrapped to fit it); elsewhere the same stream with room for any line."""
    if console.is_terminal:
        return console
    return Console(file=console.file, width=UNWRAPPED, stderr=console.stderr)


def say(text: str, *, to_err: bool = False) -> None:
    """Print one message exactly as written."""
    (err if to_err else out).print(text, soft_wrap=True, **PLAIN)


def print_error(message: str, *, label: str = "error:") -> None:
    """`error: <message>` on stderr: the label styled, the message exactly as written, on one paragraph."""
    err.print(Text.assemble((label, "bold red"), " ", message), soft_wrap=True, **PLAIN)


def policy_text(value: Any) -> str:
    """A parameter value as a policy would write it (YAML flow style), unset entries left out."""
    if isinstance(value, dict):
        inner = ", ".join(f"{k}: {policy_text(v)}" for k, v in value.items() if v is not None)
        return f"{{{inner}}}"
    if isinstance(value, list | tuple):
        return f"[{', '.join(policy_text(v) for v in value)}]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def print_plan(the_plan: Plan) -> None:
    """Every column's rule, domain and reason, then the plan's notes."""
    table = Table("table.column", "type", "rule", "domain", "why", show_lines=False)
    for t in the_plan.tables:
        for c in t.columns:
            dumped = c.params.model_dump(mode="json").items()
            params = ", ".join(f"{k}={policy_text(v)}" for k, v in dumped if v is not None)
            rule = c.transform.name + (f" ({params})" if params else "")
            cells = (f"{t.name}.{c.name}", c.column.type_sql, rule, c.domain, c.reason)
            table.add_row(*(Text(cell) for cell in cells))
    # Reviewers pipe this into files and CI logs; truncating the 'why' column would hide the reasons.
    sized(out).print(table)
    for proposal in the_plan.proposed:
        say(f"likely relation, not declared: {proposal.relation} ({proposal.evidence})")
    for note in the_plan.notes:
        say(f"note: {note}")


def print_checks(checks: list[Check]) -> None:
    """One row per verification check, then one line saying how many passed or failed."""
    table = Table("check", "where", "result", "detail")
    for c in checks:
        result = Text("ok", style="green") if c.ok else Text("FAILED", style="red")
        table.add_row(Text(c.name), Text(c.table), result, Text(c.detail))
    sized(out).print(table)
    say(checks_summary(checks))


def checks_summary(checks: list[Check]) -> str:
    """'12 checks passed' or '2 of 12 checks failed'."""
    failed = sum(not c.ok for c in checks)
    if failed:
        return f"{failed} of {len(checks)} check(s) failed"
    return f"{len(checks)} check(s) passed"


PHASES = {"verify": "verifying", "swap": "swapping into target", "subset": "selecting the subset"}


class RichProgress:
    """The runner's Progress drawn as a rich progress bar, one line per finished table.

    The bar's description column must be built with markup=False: it shows table names."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.task = None

    def started(self, total_tables: int) -> None:
        """The run begins."""
        self.task = self.progress.add_task("masking", total=total_tables)

    def table_started(self, table: str) -> None:
        """A table starts building."""
        self.progress.update(self.task, description=f"building {table}")

    def table_done(self, table: str, rows: int, seconds: float) -> None:
        """A table is built and counted."""
        self.progress.console.print(f"  {table}: {rows:,} rows in {seconds:.2f}s", soft_wrap=True, **PLAIN)
        self.progress.advance(self.task)

    def phase(self, name: str) -> None:
        """Verifying, swapping or selecting the subset."""
        self.progress.update(self.task, description=PHASES.get(name, name))


def print_target_state(state: dict) -> None:
    """One line per target table: what built it (its _datamask_meta row)."""
    for table, s in state.items():
        watermark = f", watermark {s.watermark}" if s.watermark is not None else ""
        say(
            f"target {table}: key fingerprint {s.key_fingerprint}, rules {s.rules_sha256[:12]}, "
            f"algorithm {s.algorithm}, {s.mode} build{watermark}"
        )
