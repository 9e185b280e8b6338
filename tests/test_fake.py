"""fake: engine output equals the Python reference; lengths fit; unique stays unique; lookups are reused."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from importlib import resources

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlglot import exp

from datamask_sql import api, lookups, reference
from datamask_sql.catalog import introspect
from datamask_sql.catalog.model import Column
from datamask_sql.errors import PlanError, PolicyError
from datamask_sql.policy import parse_policy
from datamask_sql.runner import run
from datamask_sql.transforms import RefContext, get_transform
from datamask_sql.transforms.fake import warehouse_order as FAKE_ORDER
from tests.engines import TEST_KEY, column_of, mask_column, mask_tables, policy_text

FAKE = get_transform("fake")
TEXT = Column("v", exp.DataType.build("TEXT"))

# Unicode the engines store: no NUL (PostgreSQL text cannot hold it) and no lone surrogates (not UTF-8).
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
tricky = st.sampled_from(["", " ", "'", "o'brien", '"', "e\u0301", "🙂👍🏽", "Zoë Müller", "ß" * 40, "x" * 40])
values_strategy = st.lists(st.one_of(st.none(), tricky, texts), min_size=1, max_size=25)
rules = st.builds(
    dict,
    transform=st.just("fake"),
    kind=st.sampled_from(lookups.kinds()),
    locale=st.sampled_from(lookups.locales()),
    unique=st.booleans(),
)


def params_of(rule: dict) -> object:
    return FAKE.Params.model_validate({k: v for k, v in rule.items() if k != "transform"})


def expected(engine, type_sql: str, values: list, rule: dict, domain: str = "t.v") -> list:
    ctx = RefContext(TEST_KEY.value, domain, column_of(engine, type_sql))
    return [None if v is None else FAKE.reference(v, ctx, params_of(rule)) for v in values]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=values_strategy, rule=rules)
def test_engine_equals_reference_on_generated_text(engine, values, rule):
    out = mask_column(engine, "VARCHAR(40)", values, rule)
    assert out == expected(engine, "VARCHAR(40)", values, rule)
    assert [v is None for v in out] == [v is None for v in values]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), length=st.integers(min_value=8, max_value=16), unique=st.booleans())
def test_values_fit_short_columns(postgres_engine, data, length, unique):
    # PostgreSQL keeps VARCHAR(n) in its catalog (DuckDB drops n), so the planner must fit the list to n.
    values = data.draw(
        st.lists(st.one_of(st.none(), texts.filter(lambda t: len(t) <= length)), min_size=1, max_size=10)
    )
    values.append("é" * length)  # an input at the column's maximum length
    type_sql = f"VARCHAR({length})"
    kind = "first_name" if unique else "full_name"  # room for the 5-character suffix below
    rule = {"transform": "fake", "kind": kind, "locale": "de_DE", "unique": unique, "suffix_digits": 4}
    out = mask_column(postgres_engine, type_sql, values, rule)
    assert out == expected(postgres_engine, type_sql, values, rule)
    assert all(len(v) <= length for v in out if v is not None)


def test_every_kind_and_every_locale_on_one_table(engine):
    schema = engine.fresh_schema()
    # Every kind once and every locale once (the generated test samples the rest of the grid).
    combos = sorted({(k, "en_US") for k in lookups.kinds()} | {("city", loc) for loc in lookups.locales()})
    columns = [("id", "INT", False)] + [(f"{k}_{loc}", "VARCHAR(60)", True) for k, loc in combos]
    engine.create_table(schema, "t", columns, primary_key=("id",))
    inputs = ["Ana", "", None, "Łukasz Krüger", "42"]
    engine.insert(schema, "t", [c for c, _, _ in columns], [(i, *([v] * len(combos))) for i, v in enumerate(inputs)])
    rules = {f"{k}_{loc}": {"transform": "fake", "kind": k, "locale": loc} for k, loc in combos}
    target, compiled, _ = mask_tables(engine, schema, {"t": {"id": "keep", **rules}})
    rows = engine.select(target, "t", [c for c, _, _ in columns], "id")
    for j, (name, rule) in enumerate(rules.items(), start=1):
        got = [row[j] for row in rows]
        assert got == expected(engine, "VARCHAR(60)", inputs, rule, domain=f"t.{name}".lower()), name
    # One lookup table per distinct list, each loaded by its own file before the table that joins it.
    assert len(compiled.rendered.lookups) == len(combos)
    kinds_in_order = [f.kind for f in compiled.files]
    assert kinds_in_order.index("table") > max(i for i, k in enumerate(kinds_in_order) if k == "lookup")


def test_unique_keeps_thousands_of_keys_unique(engine):
    schema = engine.fresh_schema()
    engine.create_table(schema, "people", [("name", "VARCHAR(60)", False)], primary_key=("name",))
    names = [f"person-{i}" for i in range(3000)]
    engine.insert(schema, "people", ["name"], [(n,) for n in names])
    rule = {"transform": "fake", "kind": "full_name", "locale": "fr_FR", "unique": True}
    target, _, result = mask_tables(engine, schema, {"people": {"name": rule}})
    assert result.outcome == "succeeded"
    assert all(c.ok for c in result.checks)
    out = [r[0] for r in engine.select(target, "people", ["name"], "name")]
    assert len(set(out)) == len(names)
    ref = expected(engine, "VARCHAR(60)", names, rule, domain="people.name")
    assert sorted(out) == sorted(ref)
    # The suffix is ' ' + 8 digits with no leading zero; the rest is a real entry of the list.
    values = set(lookups.builtin("full_name", "fr_FR").values)
    for v in out:
        base, number = v.rsplit(" ", 1)
        assert base in values and len(number) == 8 and number[0] != "0"


def test_unique_column_without_unique_is_refused_with_explanation(duckdb_engine):
    schema = duckdb_engine.fresh_schema()
    duckdb_engine.create_table(schema, "t", [("login", "VARCHAR(40)", False)], primary_key=("login",))
    text = policy_text(schema, f"{schema}_masked", {"t": {"login": {"transform": "fake", "kind": "first_name"}}})
    policy = parse_policy(text, "p.yml")
    with pytest.raises(PlanError) as err:
        api.compile_inputs(
            policy, introspect(duckdb_engine.conn), duckdb_engine.dialect, TEST_KEY, source=duckdb_engine.conn.url
        )
    message = str(err.value)
    assert message.startswith("p.yml:")
    assert "primary or unique key" in message and "unique: true" in message and "picks one of 690" in message


@dataclass
class Recording:
    """A connection that remembers every statement, to see what a run executed."""

    inner: object
    statements: list[str] = field(default_factory=list)

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def execute(self, sql, params=None):
        self.statements.append(sql)
        return self.inner.execute(sql, params)


def test_lookup_tables_are_reused_and_repaired(engine):
    schema = engine.fresh_schema()
    engine.create_table(schema, "t", [("id", "INT", False), ("city", "VARCHAR(60)", True)], primary_key=("id",))
    engine.insert(schema, "t", ["id", "city"], [(1, "Paris"), (2, None), (3, "Köln")])
    target = f"{schema}_masked"
    policy = parse_policy(
        policy_text(
            schema, target, {"t": {"id": "keep", "city": {"transform": "fake", "kind": "city", "locale": "de_DE"}}}
        ),
        "p.yml",
    )

    def run_once():
        compiled = api.compile_inputs(policy, introspect(engine.conn), engine.dialect, TEST_KEY, source=engine.conn.url)
        recording = Recording(engine.conn)
        run(recording, compiled.emitted, TEST_KEY)
        (lookup,) = compiled.rendered.lookups
        loads = [s for s in recording.statements if "INSERT" in s.upper() and lookup.table_name in s]
        return lookup, loads, engine.select(target, "t", ["id", "city"], "id")

    lookup, loads, first = run_once()
    assert loads  # first run loads the lookup table
    _, loads, second = run_once()
    assert loads == [] and second == first  # second run reuses it
    table = exp.table_(exp.to_identifier(lookup.table_name), db=exp.to_identifier(target))
    engine.conn.execute(engine.sql(exp.delete(table, where="idx = 0")))
    _, loads, third = run_once()
    assert loads and third == first  # a damaged table (row count differs) is rebuilt


def test_bring_your_own_csv(engine, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the test policy is read from here, so the CSV sits here
    text = "hero,id\n\"Doe, Jane\",1\nO'Neil,2\nZoë,3\n  spaced   out ,4\nO'Neil,5\n,6\n"
    (tmp_path / "heroes.csv").write_text(text, encoding="utf-8")
    rule = {"transform": "fake", "lookup": {"csv": "heroes.csv"}}
    values = ["a", "b", "", None, "🙂", "c", "d", "e"]
    out = mask_column(engine, "VARCHAR(40)", values, rule)
    assert out == expected(engine, "VARCHAR(40)", values, rule)
    assert set(out) - {None, ""} <= {"Doe, Jane", "O'Neil", "Zoë", "spaced out"}
    assert out[2] == ""  # blank stays blank
    assert lookups.from_csv("heroes.csv").values == ("Doe, Jane", "O'Neil", "Zoë", "spaced out")


def test_fitting_keeps_file_order_and_counts_code_points():
    table = lookups.LookupTable("x", ("abcd", "é" * 3, "e\u0301e\u0301", "ab"))
    assert table.fitting(3).values == ("ééé", "ab")
    assert table.fitting(4).values == table.values
    assert table.fitting(None) is table


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"kind": "frist_name"}, "did you mean 'first_name'"),
        ({"kind": "city", "locale": "de_AT"}, "unknown locale 'de_AT'"),
        ({}, "exactly one of 'kind'"),
        ({"kind": "country", "lookup": {"csv": "x.csv"}}, "exactly one of 'kind'"),
    ],
)
def test_parameter_errors(params, message):
    assert message in FAKE.check(FAKE.Params.model_validate(params), TEXT)


def test_nothing_fits_is_an_error():
    tiny = Column("v", exp.DataType.build("VARCHAR(2)"))
    assert "no full_name_en_US value fits in 2 characters" in FAKE.check(FAKE.Params(kind="full_name"), tiny)
    short = Column("v", exp.DataType.build("VARCHAR(9)"))
    problem = FAKE.check(FAKE.Params(kind="city", unique=True), short)
    assert "fits in 0 characters after the 9-character unique suffix" in problem


def test_missing_csv_names_the_file():
    with pytest.raises(PolicyError, match="lookup CSV file not found"):
        lookups.from_csv("no/such/file.csv")
    problem = FAKE.check(FAKE.Params.model_validate({"lookup": {"csv": "no/such/file.csv"}}), TEXT)
    assert problem.startswith("lookup CSV file not found: no/such/file.csv")


# Golden vectors: key from secret 'test-secret-0001', domain 'customers.first_name', unbounded TEXT column.
# An empty value stays empty by default (blank: keep); blank: fill picks for it like for any other value.
GOLDEN = [
    ({"kind": "first_name", "blank": "fill"}, ["Ana", "", "Zoë"], ["Joe", "Andrew", "Tami"]),
    (
        {"kind": "full_name", "locale": "de_DE", "blank": "fill"},
        ["Ana", "", "Zoë"],
        ["Agnes Nerger", "Stephanie Striebitz", "Kata Schacht"],
    ),
    (
        {"kind": "city", "locale": "fr_FR", "blank": "fill"},
        ["Ana", "", "Zoë"],
        ["Andre", "Sainte MathildeBourg", "Pelletierboeuf"],
    ),
    (
        {"kind": "street_address", "locale": "pt_BR", "unique": True, "blank": "fill"},
        ["Ana", "", "Zoë"],
        ["Aeroporto Peixoto, 388 29183897", "Via Cardoso, 16 28222173", "Praia Luiz Felipe Cassiano, 22 75265066"],
    ),
    ({"kind": "first_name"}, ["Ana", "", "Zoë"], ["Joe", "", "Tami"]),
    ({"kind": "street_address", "locale": "pt_BR", "unique": True}, ["", " "], ["", "Morro Esther Souza, 6 96613797"]),
]


@pytest.mark.parametrize(("params", "inputs", "outputs"), GOLDEN)
def test_golden_vectors(params, inputs, outputs):
    ctx = RefContext(TEST_KEY.value, "customers.first_name", TEXT)
    assert [FAKE.reference(v, ctx, FAKE.Params(**params)) for v in inputs] == outputs


def test_golden_vectors_follow_the_documented_formula():
    # Re-derive from the spec alone: row hex_int(d,1,15) mod N of the CSV; suffix 10^7 + hex_int(d,16,15) mod 9*10^7.
    params, inputs, outputs = GOLDEN[3]
    path = resources.files("datamask_sql").joinpath("data/lookups/pt_BR/street_address.csv")
    rows = [r["value"] for r in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))]
    for value, out in zip(inputs, outputs):
        d = reference.digest(TEST_KEY.value, "customers.first_name", value)
        pick = rows[int(d[0:15], 16) % len(rows)]
        assert out == f"{pick} {10**7 + int(d[15:30], 16) % (9 * 10**7)}"


@pytest.mark.parametrize("blank", ["keep", "fill"])
def test_blank_values_stay_blank_unless_filled(engine, blank):
    # 599 blank address2 values became one identical street: empty is not a value to substitute.
    values = ["", "12 Main St", None, "", " ", "Flat 3"]
    rule = {"transform": "fake", "kind": "street_address", "blank": blank}
    out = mask_column(engine, "VARCHAR(80)", values, rule)
    assert out == expected(engine, "VARCHAR(80)", values, rule)
    assert [v for v in out if v == ""] == ([""] * 2 if blank == "keep" else [])
    assert all(v not in ("", None) for v in (out[1], out[4], out[5]))


def test_a_char_of_blanks_is_blank():
    char = Column("v", exp.DataType.build("CHAR(40)"))
    ctx = RefContext(TEST_KEY.value, "t.v", char)
    assert FAKE.reference("    ", ctx, FAKE.Params(kind="city")) == "    "
    assert FAKE.reference("    ", ctx, FAKE.Params(kind="city", blank="fill")) not in ("", "    ")


def test_shipped_data_is_pinned():
    # The lists are masking data: a silent change would change every masked value (a new algorithm version).
    assert lookups.builtin("first_name", "en_US").sha256.startswith("0780cf166fbf2522")
    assert lookups.builtin("full_name", "de_DE").sha256.startswith("cc4d22608d38ea62")
    assert set(lookups.locales()) >= {"en_US", "de_DE", "fr_FR"}
    assert len(lookups.builtin("full_name", "en_US").values) >= 4000


def _column_values(engine, source_schema: str):
    def read(table: str, column: str) -> list:
        schema, name = table.split(".") if "." in table else (source_schema, table)
        query = exp.select(exp.column(exp.to_identifier(column))).from_(
            exp.table_(exp.to_identifier(name), db=exp.to_identifier(schema))
        )
        return [row[0] for row in engine.conn.query(engine.sql(query))]

    return read


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    names=st.lists(st.one_of(st.none(), tricky, texts), min_size=0, max_size=12),
    values=st.lists(st.one_of(st.none(), texts.filter(lambda t: len(t) <= 20)), min_size=1, max_size=12),
    unique=st.booleans(),
)
def test_bring_your_own_warehouse_table(engine, names, values, unique):
    # N is counted in SQL; rows are numbered by SHA-256 of the value so every collation agrees. The list
    # lives in the source schema: a warehouse lookup must be inside the policy's source scope.
    schema = engine.fresh_schema()
    engine.create_table(schema, "t", [("id", "INT", False), ("v", "VARCHAR(20)", True)], primary_key=("id",))
    engine.insert(schema, "t", ["id", "v"], list(enumerate(values)))
    engine.create_table(schema, "names", [("nm", "VARCHAR(60)", True)])
    engine.insert(schema, "names", ["nm"], [(n,) for n in names])
    rule = {"transform": "fake", "lookup": {"table": "names", "column": "nm"}, "unique": unique, "suffix_digits": 4}
    target, _, _ = mask_tables(engine, schema, {"t": {"id": "keep", "v": rule}})
    out = [row[1] for row in engine.select(target, "t", ["id", "v"], "id")]
    column = column_of(engine, "VARCHAR(20)")
    ctx = RefContext(TEST_KEY.value, "t.v", column, table_values=_column_values(engine, schema))
    assert out == [None if v is None else FAKE.reference(v, ctx, params_of(rule)) for v in values]


def test_warehouse_order_is_by_digest_of_the_value():
    values = ["b", "a", None, "", "a", "toolong"]
    assert FAKE_ORDER(values, 3) == sorted({"a", "b"}, key=reference.sha256_hex)
    assert FAKE_ORDER(values, None) == sorted({"a", "b", "toolong"}, key=reference.sha256_hex)


def test_warehouse_lookup_needs_a_column():
    params = FAKE.Params.model_validate({"lookup": {"table": "s.t"}})
    assert "needs 'column'" in FAKE.check(params, TEXT)
    both = FAKE.Params.model_validate({"lookup": {"table": "s.t", "csv": "x.csv", "column": "c"}})
    assert "exactly one of 'csv'" in FAKE.check(both, TEXT)
