"""The dbt macros: generated and current, and rendering the same SQL as compile for every dialect."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
import sqlglot
from sqlglot import exp

from datamask_sql import api
from datamask_sql.dbt import stale_macros
from datamask_sql.dbt.models import dbt_files, model_name
from datamask_sql.dialects import DIALECTS, get_dialect
from datamask_sql.emit.sql import to_sql
from datamask_sql.secret import key_from_secret
from tests.dbt_jinja import CompilerError, call, render_model

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).parent
KEY = key_from_secret("golden-secret-01")
CASES = {
    "shop": (ROOT / "examples" / "shop" / "policy.yml", ROOT / "examples" / "shop" / "shop.sql"),
    "hostile": (HERE / "golden" / "hostile" / "policy.yml", HERE / "golden" / "hostile" / "schema.sql"),
    "branches": (HERE / "dbt_cases" / "policy.yml", HERE / "dbt_cases" / "schema.sql"),
}


def test_macros_folder_is_generated_and_current():
    assert stale_macros(ROOT / "macros") == [], "macros/ is stale: run `make macros` and commit the result"


@functools.cache
def _compiled(case: str, dialect: str) -> api.Compiled:
    policy, ddl = CASES[case]
    return api.compile_policy(policy, str(ddl), KEY, dialect=dialect, source_dialect="postgres")


def _table_selects(compiled: api.Compiled) -> dict[str, exp.Select]:
    out = {}
    for script in compiled.rendered.scripts:
        if script.kind == "table":
            out[script.table] = script.statements[1].ast.args["expression"]
    return out


def _as_scalar_lookups(select: exp.Select) -> exp.Select:
    """Compile's lookup joins as the scalar subqueries a column macro writes: same table, same index."""
    select = select.copy()
    lookups = {}
    for join in select.args.get("joins") or []:
        table = join.this.copy()
        table.set("alias", None)
        lookups[join.this.alias] = (table, join.args["on"].expression.copy())
    select.set("joins", None)
    alias = exp.to_identifier("_dm_l")

    def swap(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.Column) and node.table in lookups and node.name == "value":
            table, index = lookups[node.table]
            where = exp.EQ(this=exp.column("idx", table=alias.copy()), expression=index)
            inner = exp.select(exp.column("value", table=alias.copy()))
            inner = inner.from_(exp.alias_(table, alias.copy(), table=True)).where(where)
            return exp.Subquery(this=inner)
        return node

    return select.transform(swap)


def _normal(sql: str, dialect: str) -> exp.Select:
    code = "\n".join(line for line in sql.splitlines() if not line.startswith("--"))
    return sqlglot.parse_one(code, read=get_dialect(dialect).sqlglot_dialect)


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
@pytest.mark.parametrize("case", sorted(CASES))
def test_generated_models_render_the_compiled_sql(case, dialect):
    """Every column of every model, rendered with jinja2 through the macros, is compile's column SQL."""
    compiled = _compiled(case, dialect)
    d = get_dialect(dialect)
    files = dbt_files(compiled.plan, d)
    for table, select in _table_selects(compiled).items():
        plan_table = compiled.plan.table(table)
        model = files[f"models/datamask/{model_name(plan_table)}.sql"]
        rendered = _normal(render_model(dialect, model, compiled.plan.target_schema), dialect)
        expected = _normal(to_sql(d, _as_scalar_lookups(select)), dialect)
        for got, want in zip(rendered.expressions, expected.expressions):
            assert to_sql(d, got) == to_sql(d, want), f"{table}.{want.alias_or_name}"
        assert to_sql(d, rendered) == to_sql(d, expected)


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
def test_a_domain_name_hashes_its_tag_in_sql(dialect):
    """Hand-written models name the domain; the tag is then computed by the warehouse from the same text."""
    d = get_dialect(dialect)
    by_name = call(dialect, "digest", "x", domain="customers.email")
    tag = d.sha256_hex(exp.Literal.string("datamask-sql/dm1/domain:customers.email"))
    assert to_sql(d, tag) in by_name
    assert call(dialect, "digest", "x", domain="t.x") == call(dialect, "digest", "x")


def test_mask_takes_a_rule_as_a_policy_writes_it():
    direct = call("postgres", "hash", "email", length=16, domain="c.email")
    assert call("postgres", "mask", "email", {"transform": "hash", "length": 16}, domain="c.email") == direct
    assert call("postgres", "mask", "email", {"transform": "hash", "length": 16, "domain": "c.email"}) == direct
    assert call("postgres", "mask", "id", "keep") == "id"
    with pytest.raises(CompilerError, match="no parameter lenght"):
        call("postgres", "mask", "email", {"transform": "hash", "lenght": 16})
    with pytest.raises(CompilerError, match="no macro for transform"):
        call("postgres", "mask", "email", {"transform": "expression", "sql": "1"})


def test_an_unknown_adapter_is_refused():
    from tests.dbt_jinja import environment

    env = environment("duckdb", adapter_type="oracle")
    with pytest.raises(CompilerError, match="not oracle"):
        env.globals["datamask_sql"].hash("x")


@pytest.mark.parametrize(
    "name, kwargs, message",
    [
        ("partial", {"separators": "-]"}, "separators must be characters of"),
        ("partial", {"mask_char": "$"}, "mask_char is one character"),
        ("redact_text", {"digit": "\\"}, "digit cannot contain"),
        ("redact_text", {"digit": "##"}, "digit is one character"),
        ("fake", {"kind": "first_name", "column_length": 1}, "has a value that fits"),
        ("generalize", {}, "needs band"),
    ],
)
def test_macros_refuse_what_the_policy_loader_refuses(name, kwargs, message):
    with pytest.raises(CompilerError, match=message):
        call("duckdb", name, "x", **kwargs)


def test_shipped_lookups_resolve_like_the_compiler():
    """Without lookup_relation, fake finds the content-named seed the compiler would load for that room."""
    from datamask_sql.catalog.model import Column
    from datamask_sql.transforms.fake import FakeParams, fitting_table

    for length, unique in ((40, False), (12, True), (None, False), (6, False)):
        column = Column("x", exp.DataType.build(f"VARCHAR({length})" if length else "TEXT"))
        table = fitting_table(FakeParams(kind="first_name", unique=unique), column)
        sql = call("duckdb", "fake", "x", kind="first_name", unique=unique, column_length=length, digest="d")
        assert f'"{table.table_name}"' in sql and f"% {len(table.values)}" in sql


def test_the_example_models_are_what_compile_writes():
    """examples/dbt_shop/models/datamask is the DuckDB compile of the shop example, current."""
    from datamask_sql.catalog import load_catalog
    from datamask_sql.plan import plan
    from datamask_sql.policy import load_policy

    policy = load_policy(CASES["shop"][0])
    catalog = load_catalog(str(CASES["shop"][1]), dialect="duckdb", default_schema="main")
    files = dbt_files(plan(policy, catalog), get_dialect("duckdb"))
    example = ROOT / "examples" / "dbt_shop"
    for relative, text in files.items():
        assert (example / relative).read_text(encoding="utf-8") == text, f"{relative}: run `make dbt-example`"
