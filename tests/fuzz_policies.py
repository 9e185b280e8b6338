"""Hostile policies for the fuzz test: every case issue 14 names, plus seeded mutations of real policies.

Each case is policy text and the command to run it with; the fuzz test only asserts what must hold for
every case whatever the outcome: exit 0 or 1, no traceback, no write outside the target, no key in sight.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass

SEED = 1414


@dataclass(frozen=True)
class Case:
    """One hostile policy; `{src}` and `{victim}` in its text name the source and an out-of-scope schema."""

    name: str
    text: str
    # Schemas the policy itself names as targets: new tables may appear there, nowhere else.
    targets: tuple[str, ...] = ("{src}_masked",)

    def bound(self, src: str, victim: str) -> Case:
        """The case with the engine's schema names filled in."""
        names = {"{src}": src, "{SRC}": src.upper(), "{Src}": src.capitalize(), "{victim}": victim}

        def fill(text: str) -> str:
            for placeholder, name in names.items():
                text = text.replace(placeholder, name)
            return text

        return Case(self.name, fill(self.text), tuple(fill(t) for t in self.targets))


BASE = """version: 1
source: {{schema: {{src}}}}
target: {{schema: {{src}}_masked}}
tables:
  customers:
{subset}    columns:
      id: keep
      email: {email}
      first_name: {first_name}
      notes: {notes}
      created_at: keep
  orders:
    columns: {{id: keep, customer_id: keep, total: keep}}
"""

RULES = {
    "email": "{transform: hash, length: 16}",
    "first_name": "{transform: fake, kind: first_name}",
    "notes": "null",
}


def policy(subset: str = "", **rules: str) -> str:
    """The base policy with some rules (or a subset) replaced."""
    return BASE.format(subset=subset, **{**RULES, **rules})


# SQL an attacker would put anywhere a policy carries SQL; every dialect's spelling of the observed cases.
HOSTILE_SQL = (
    "lo_export(12345, '/tmp/datamask-fuzz-loot')",
    "lo_import('/etc/passwd') > 0",
    "pg_read_file('/etc/passwd') IS NOT NULL",
    "pg_catalog.pg_read_file('/etc/passwd') <> ''",
    "LOAD_FILE('/etc/passwd') IS NOT NULL",
    "read_text('/etc/passwd') IS NOT NULL",
    "query_to_xml('select * from {victim}.payroll', true, true, '') IS NOT NULL",
    "pg_sleep(5) IS NULL",
    "SLEEP(5) = 0",
    "BENCHMARK(100000000, MD5('x')) = 0",
    "current_setting('datamask.key') <> ''",
    "set_config('datamask.key', 'attacker-key', false) <> ''",
    "getvariable('datamask_key') <> ''",
    "(@datamask_key := 'attacker') IS NOT NULL",
    "@datamask_key <> ''",
    "@@datadir <> ''",
    "(current_user || version()) <> ''",
    "user() <> ''",
    "database() <> ''",
    "get_bit(convert_to(current_setting('datamask.key'), 'UTF8'), id) = 1",
    "CAST(current_setting('datamask.key') AS INT) = 1",
    "id IN (SELECT id FROM {victim}.payroll)",
    "EXISTS (SELECT 1)",
    "(SELECT count(*) FROM {victim}.payroll) > 0",
    "1 = 1; DROP TABLE customers",
    "id = 1 UNION SELECT 1",
    "$1 = 1",
    "? = 1",
    ":name = 1",
    "'unterminated",
    "$$",
    "id = 1 --",
    "sum(id) > 0",
    "row_number() OVER () = 1",
    "random() < 0.5",
    "now() > created_at",
    "txid_current() > 0",
    "dblink('host=evil', 'select 1') IS NULL",
    "read_csv('/etc/passwd') IS NULL",
    "\"pg_read_file\"('/etc/passwd') <> ''",
    "copy_to('/tmp/x')",
    "${DATAMASK_SECRET} = 1",
)

# Lookup tables that are not a plain [schema.]table inside the policy's source scope.
HOSTILE_LOOKUPS = (
    "{victim}.payroll",
    '"{victim}".payroll',
    "pg_catalog.pg_authid",
    "pg_authid",
    "information_schema.tables",
    "mysql.user",
    "pg_read_file('/etc/passwd')",
    "read_text('/etc/passwd')",
    "(SELECT current_setting('datamask.key') AS v)",
    "current_setting('datamask.key')",
    "customers; DROP TABLE customers",
    "customers, {victim}.payroll",
    "generate_series(1, 10)",
    "{src}.customers JOIN {victim}.payroll ON true",
)


def sql_cases() -> list[Case]:
    """Every hostile SQL text in every place a policy carries SQL."""
    cases = []
    for i, sql in enumerate(HOSTILE_SQL):
        text = json.dumps(sql)
        cases.append(Case(f"when-{i}", policy(email=f"{{transform: hash, when: {text}}}")))
        cases.append(Case(f"expression-{i}", policy(notes=f"{{transform: expression, sql: {text}}}")))
        cases.append(Case(f"where-{i}", policy(subset=f"    subset: {{where: {text}}}\n")))
    for i, table in enumerate(HOSTILE_LOOKUPS):
        rule = f"{{transform: fake, lookup: {{table: {json.dumps(table)}, column: v}}}}"
        cases.append(Case(f"lookup-{i}", policy(first_name=rule)))
    return cases


def _target(name: str, target: str, targets: tuple[str, ...], tables: str = "") -> Case:
    text = policy().replace("target: {schema: {src}_masked}", f"target: {target}")
    return Case(name, text.replace("tables:\n", f"tables:\n{tables}", 1), targets)


PAYROLL = "  {victim}.payroll:\n    columns: {id: keep, salary: keep, ssn: keep}\n"


def target_cases() -> list[Case]:
    """Targets that are, fold to, contain or map onto a source schema."""
    spellings = ["{SRC}", "{Src}", "{src}", "' {src}'", "'{src} '", "'\"{src}\"'", "''", "'   '", "{src}.x"]
    cases = [_target(f"target-{i}", "{schema: " + s + "}", (s.strip("'\" "),)) for i, s in enumerate(spellings)]
    cases.append(_target("target-victim", "{schema: {victim}}", ("{victim}",)))
    for i, mapped in enumerate(["{src}", "{SRC}", "{victim}", "'{victim} '", "{src}_masked"]):
        target = "{schema: {src}_masked, schemas: {{victim}: " + mapped + "}}"
        cases.append(_target(f"mapped-{i}", target, ("{src}_masked",), PAYROLL))
    return cases


def path_cases() -> list[Case]:
    """Lookup and include paths that leave the policy's folder."""
    paths = [
        "/proc/self/environ",
        "/etc/shadow",
        "/etc/passwd",
        "../../../../../etc/passwd",
        "outside.csv",
        "/dev/zero",
    ]
    # outside.csv is a symlink to /etc/passwd the test makes in the policy's folder.
    cases = []
    for i, path in enumerate(paths):
        rule = f"{{transform: fake, lookup: {{csv: {json.dumps(path)}}}}}"
        cases.append(Case(f"csv-{i}", policy(first_name=rule)))
        included = policy().replace("version: 1\n", f"version: 1\ninclude: [{json.dumps(path)}]\n")
        cases.append(Case(f"include-{i}", included))
    return cases


def yaml_cases() -> list[Case]:
    """Documents that cost the parser: alias bombs, deep nesting, size, tags."""
    bomb = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    bomb += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 7)]
    return [
        Case("alias-bomb", "\n".join(bomb) + "\nversion: 1\ntables: {}\n"),
        Case("deep-nesting", "version: 1\ntables: " + "[" * 2000 + "]" * 2000 + "\n"),
        Case("deep-mapping", "version: 1\ntables: " + "{a: " * 1000 + "1" + "}" * 1000 + "\n"),
        Case("huge", "version: 1\n# " + "x" * (8 * 1024 * 1024) + "\ntables: {}\n"),
        Case("python-tag", 'version: 1\ntables: !!python/object/apply:os.system ["touch /tmp/datamask-fuzz-loot"]\n'),
        Case("binary", "version: 1\ntables: \x00\xff\xfe\n"),
        Case("markup", policy(notes="{transform: '[/]', x: '[bold]root:x:0 :x:[/bold]'}")),
        Case("empty", ""),
        Case("not-a-mapping", "- 1\n- 2\n"),
    ]


# Tokens mutations splice in: markup, YAML syntax, hostile scalars.
POOL = (
    "[/]",
    ":x:",
    "root:x:0",
    "*a",
    "&a x",
    "!!python/name:os.system",
    "{",
    "]",
    "null",
    "~",
    "1e309",
    "-1",
    "99999999999999999999999",
    "'; DROP TABLE customers; --",
    "${DATAMASK_SECRET}",
    "/proc/self/environ",
    "MAIN",
    '""',
    "\u00f8" * 300,
    "{transform: expression, sql: 'pg_sleep(10) IS NULL'}",
    "{transform: fake, lookup: {csv: /proc/self/environ}}",
    "{transform: fake, lookup: {table: pg_authid, column: rolpassword}}",
    "{where: 'pg_read_file(''/etc/passwd'') IS NOT NULL'}",
    "\t",
    "|",
    "%TAG ! tag:x,2000:",
)


def mutate(text: str, rng: random.Random) -> str:
    """One to three random edits of `text`: drop, duplicate, swap or truncate lines, splice in a token."""
    for _ in range(rng.randint(1, 3)):
        lines = text.split("\n")
        op = rng.randrange(6)
        at = rng.randrange(len(lines))
        if op == 0:
            del lines[at]
        elif op == 1:
            lines.insert(at, lines[at])
        elif op == 2:
            other = rng.randrange(len(lines))
            lines[at], lines[other] = lines[other], lines[at]
        elif op == 3 and ": " in lines[at]:
            head, _, _ = lines[at].partition(": ")
            lines[at] = f"{head}: {rng.choice(POOL)}"
        elif op == 4:
            col = rng.randrange(len(lines[at]) + 1)
            lines[at] = lines[at][:col] + rng.choice(POOL) + lines[at][col:]
        else:
            lines = lines[: at + 1]
            lines[-1] = lines[-1][: rng.randrange(len(lines[-1]) + 1)]
        text = "\n".join(lines)
    return text


def mutations(base: str, count: int, prefix: str) -> list[Case]:
    """`count` seeded mutations of `base`."""
    rng = random.Random(f"{SEED}-{prefix}")
    return [Case(f"{prefix}-{i}", mutate(base, rng)) for i in range(count)]
