"""uuid: engine output equals the Python reference on UUID and text columns; valid version-8 UUIDs."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlglot import exp

from datamask_sql import reference
from datamask_sql.catalog.model import Column
from datamask_sql.errors import PlanError
from datamask_sql.transforms import RefContext, get_transform
from tests.engines import mask_column, reference_column
from tests.strategies import ENGINE_SETTINGS, UNICODE_TEXT, batches


@settings(ENGINE_SETTINGS, max_examples=20)
@given(values=batches(st.uuids()))
def test_uuid_column_engine_equals_reference(engine, values):
    out = mask_column(engine, "UUID", values, {"transform": "uuid"})
    expected = reference_column(engine, "UUID", values, {"transform": "uuid"})
    assert [None if o is None else str(o) for o in out] == expected
    for o in out:
        if o is not None:
            assert uuid.UUID(str(o)).version == 8 and uuid.UUID(str(o)).variant == uuid.RFC_4122


@settings(ENGINE_SETTINGS, max_examples=20)
@given(values=batches(UNICODE_TEXT))
def test_text_column_engine_equals_reference(engine, values):
    out = mask_column(engine, "VARCHAR(36)", [v[:36] if v else v for v in values], {"transform": "uuid"})
    assert out == reference_column(engine, "VARCHAR(36)", [v[:36] if v else v for v in values], {"transform": "uuid"})


def test_golden_vector():
    t = get_transform("uuid")
    ctx = RefContext(reference.derive_key("golden"), "users.id", Column("id", exp.DataType.build("UUID")))
    assert t.reference(uuid.UUID(int=0), ctx, t.Params()) == GOLDEN


GOLDEN = "527ef173-0a97-8c5e-8893-5490f6812f3f"


def test_short_text_column_is_refused(postgres_engine):
    # DuckDB drops VARCHAR lengths; PostgreSQL keeps them.
    with pytest.raises(PlanError, match="36 characters"):
        mask_column(postgres_engine, "VARCHAR(20)", ["x"], {"transform": "uuid"})
