"""date_shift: engine output equals the Python reference; offsets bounded and never 0; per-entity intervals kept."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlglot import exp

from datamask_sql import reference
from datamask_sql.catalog.model import Column
from datamask_sql.errors import PlanError
from datamask_sql.transforms import RefContext, get_transform
from datamask_sql.transforms.dates import offset_of
from tests.engines import mask_column, mask_rows, mask_tables, reference_column, reference_rows
from tests.strategies import ENGINE_SETTINGS, batches

# Years 1 and 9999 included: the sign flip near the calendar's ends is what keeps outputs valid.
DATES = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
TIMESTAMPS = st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31, 23, 59, 59, 999999))


@pytest.mark.parametrize("type_sql,values_of", [("DATE", DATES), ("TIMESTAMP", TIMESTAMPS)])
@pytest.mark.parametrize("days", [1, 30, 3650])
@settings(ENGINE_SETTINGS, max_examples=12)
@given(data=st.data())
def test_engine_equals_reference(engine, type_sql, values_of, days, data):
    values = data.draw(batches(values_of))
    rule = {"transform": "date_shift", "days": days}
    out = mask_column(engine, type_sql, values, rule)
    assert out == reference_column(engine, type_sql, values, rule)
    for before, after in zip(values, out):
        if before is not None:
            assert (
                1
                <= abs((after - before).days if type_sql == "DATE" else (after - before) / dt.timedelta(days=1))
                <= days
            )


ENTITY_ROWS = st.lists(
    st.tuples(
        st.one_of(st.none(), st.integers(1, 5)),
        st.one_of(st.none(), DATES.filter(lambda d: 20 < d.year < 9980)),
        st.one_of(st.none(), TIMESTAMPS.filter(lambda t: 20 < t.year < 9980)),
    ),
    min_size=1,
    max_size=25,
)


@settings(ENGINE_SETTINGS, max_examples=20)
@given(rows=ENTITY_ROWS)
def test_per_entity_engine_equals_reference_and_keeps_intervals(engine, rows):
    columns = [("patient_id", "INT"), ("seen_on", "DATE"), ("seen_at", "TIMESTAMP")]
    rules = {
        "patient_id": "keep",
        "seen_on": {"transform": "date_shift", "days": 30, "per": "patient_id"},
        "seen_at": {"transform": "date_shift", "days": 30, "per": "patient_id"},
    }
    out = mask_rows(engine, columns, rows, rules)
    assert out == reference_rows(engine, columns, rows, rules)
    shifts: dict[int, set] = {}
    for (pid, day, at), (_, mday, mat) in zip(rows, out):
        if pid is not None and day is not None and at is not None:
            shifts.setdefault(pid, set()).update({mday - day, mat - at})
    # One patient, one offset, so every interval between that patient's events is preserved.
    assert all(len(s) == 1 for s in shifts.values())


def test_offsets_cover_the_range_and_skip_zero():
    seen = {offset_of(reference.sha256_hex(str(i)), 3) for i in range(200)}
    assert seen == {-3, -2, -1, 1, 2, 3}


def test_golden_vectors():
    t = get_transform("date_shift")
    ctx = RefContext(reference.derive_key("golden"), "visits.seen_on", Column("seen_on", exp.DataType.build("DATE")))
    assert t.reference(dt.date(2024, 3, 15), ctx, t.Params(days=30)) == GOLDEN
    assert offset_of("0" * 64, 30) == -30 and offset_of("0" * 14 + "1" + "0" * 49, 30) == -29
    assert offset_of("0" * 14 + "f" + "0" * 49, 30) == -15


GOLDEN = dt.date(2024, 3, 31)


def test_per_column_must_exist(duckdb_engine):
    with pytest.raises(PlanError, match="column 'patient' does not exist") as err:
        mask_rows(
            duckdb_engine,
            [("patient_id", "INT"), ("d", "DATE")],
            [(1, dt.date(2020, 1, 1))],
            {"patient_id": "keep", "d": {"transform": "date_shift", "days": 5, "per": "patient"}},
        )
    assert "patient_id" in err.value.hint


def test_days_is_required_and_bounded(duckdb_engine):
    with pytest.raises(PlanError, match="days"):
        mask_column(duckdb_engine, "DATE", [dt.date(2020, 1, 1)], {"transform": "date_shift"})
    with pytest.raises(PlanError, match="less than or equal to 3650"):
        mask_column(duckdb_engine, "DATE", [dt.date(2020, 1, 1)], {"transform": "date_shift", "days": 4000})


def test_per_entity_offset_follows_the_entity_across_tables(engine):
    # orders.customer_id inherits customers.id's domain, so a customer's dates move alike in both tables.
    schema = engine.fresh_schema()
    engine.create_table(
        schema, "customers", [("id", "INT", False), ("no", "INT", False), ("since", "DATE", True)], primary_key=("id",)
    )
    engine.create_table(
        schema,
        "orders",
        [("id", "INT", False), ("customer_id", "INT", True), ("on", "DATE", True)],
        primary_key=("id",),
        foreign_keys=(("customer_id", "customers", "id"),),
    )
    customers = [(i, i, dt.date(2020, 1, 1) + dt.timedelta(days=i)) for i in range(1, 30)]
    orders = [(i, i % 29 + 1, dt.date(2021, 6, 1) + dt.timedelta(days=3 * i)) for i in range(60)]
    engine.insert(schema, "customers", ["id", "no", "since"], customers)
    engine.insert(schema, "orders", ["id", "customer_id", "on"], orders)
    shift = {"transform": "date_shift", "days": 60}
    target, _, _ = mask_tables(
        engine,
        schema,
        {
            "customers": {"id": {"transform": "hash_int"}, "no": "keep", "since": {**shift, "per": "id"}},
            "orders": {"id": "keep", "on": {**shift, "per": "customer_id"}},
        },
    )
    # `no` is the unmasked id, kept to line the masked rows up with the source rows.
    shift_of = {
        masked_id: masked_since - customers[no - 1][2]
        for masked_id, no, masked_since in engine.select(target, "customers", ["id", "no", "since"], "no")
    }
    for (_, _, on), (masked_customer, masked_on) in zip(
        orders, engine.select(target, "orders", ["customer_id", "on"], "id")
    ):
        assert masked_on - on == shift_of[masked_customer]
    assert len(set(shift_of.values())) > 1


NEW_YORK_DST = [
    dt.datetime(2024, 3, 9, 12, 0, tzinfo=dt.timezone.utc) + dt.timedelta(hours=h) for h in range(0, 72, 7)
] + [dt.datetime(2024, 11, 2, 23, 30, 0, 250000, tzinfo=dt.timezone.utc), None]


@pytest.mark.parametrize("session_zone", ["UTC", "America/New_York"])
def test_zoned_timestamps_shift_their_utc_instant_whatever_the_session_zone(postgres_engine, session_zone):
    postgres_engine.conn.execute(f"SET TimeZone = '{session_zone}'")  # test-only: a fixed zone name
    rule = {"transform": "date_shift", "days": 3}
    out = mask_column(postgres_engine, "TIMESTAMPTZ", NEW_YORK_DST, rule)
    want = reference_column(postgres_engine, "TIMESTAMPTZ", NEW_YORK_DST, rule)
    assert out == want
    # Whole days of 24 hours, even across New York's daylight saving change on 2024-03-10.
    assert all((o - v) % dt.timedelta(days=1) == dt.timedelta(0) for o, v in zip(out, NEW_YORK_DST) if v)


def test_zoned_timestamps_generalize_to_utc_midnight():
    t = get_transform("generalize")
    column = Column("at", exp.DataType.build("TIMESTAMPTZ"))
    ctx = RefContext(reference.derive_key("golden"), "e.at", column)
    late = dt.datetime(2024, 3, 31, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))  # April 1st in UTC
    assert t.reference(late, ctx, t.Params(to="month")) == dt.datetime(2024, 4, 1, tzinfo=dt.timezone.utc)


def test_zoned_timestamps_are_accepted_by_every_date_transform(duckdb_engine):
    for rule in ({"transform": "date_shift", "days": 30}, {"transform": "generalize", "to": "year"}):
        moment = dt.datetime(2021, 6, 1, 12, tzinfo=dt.timezone.utc)
        out = mask_column(duckdb_engine, "TIMESTAMPTZ", [moment], rule)
        assert out == reference_column(duckdb_engine, "TIMESTAMPTZ", [moment], rule)
