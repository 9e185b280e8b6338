"""Engine output equals the Python reference (a first, fixed-input check; properties live elsewhere)."""

from datamask_sql.transforms import RefContext, get_transform
from tests.engines import TEST_KEY, column_of, mask_column


def test_email_matches_reference(engine):
    values = ["ana@example.org", "Zoë.Müller@web.de", "", None, "no-at-sign", "o'brien@x.com"]
    out = mask_column(engine, "VARCHAR(200)", values, {"transform": "email", "keep_domain": True})
    t = get_transform("email")
    col = column_of(engine, "VARCHAR(200)")
    ctx = RefContext(TEST_KEY.value, "t.v", col)
    assert out == [None if v is None else t.reference(v, ctx, t.Params(keep_domain=True)) for v in values]
