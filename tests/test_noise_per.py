"""noise per: one factor per entity, so equal values of different entities no longer share one masked value."""

from __future__ import annotations

from decimal import Decimal

from tests.engines import mask_rows, reference_rows

PRICES = [Decimal(p) for p in ("9.99", "19.99", "4.50")]
# Three prices sold in twelve orders (one with no order id): the price list alone must not invert the noise.
ROWS = [(order, PRICES[i % 3], i * 7) for i, order in enumerate([1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 7, None])]
COLUMNS = [("order_id", "INT"), ("price", "DECIMAL(10, 2)"), ("qty", "INT")]


def test_noise_per_entity_engine_equals_reference(every_engine):
    rules = {
        "order_id": "keep",
        "price": {"transform": "noise", "percent": 20, "per": "order_id"},
        "qty": {"transform": "noise", "percent": 20, "per": "order_id", "decimals": 0},
    }
    out = mask_rows(every_engine, COLUMNS, ROWS, rules)
    assert out == reference_rows(every_engine, COLUMNS, ROWS, rules)
    by_price: dict[Decimal, set] = {}
    for (_, price, _), (_, masked, _) in zip(ROWS, out):
        by_price.setdefault(price, set()).add(masked)
    # Keyed on the value, each price would have exactly one masked value; keyed per order it has several.
    assert all(len(masked) > 1 for masked in by_price.values())


def test_default_noise_is_one_masked_value_per_value(duckdb_engine):
    rules = {"order_id": "keep", "price": {"transform": "noise", "percent": 20}, "qty": "keep"}
    out = mask_rows(duckdb_engine, COLUMNS, ROWS, rules)
    masked = {(price, m) for (_, price, _), (_, m, _) in zip(ROWS, out)}
    assert len(masked) == len(PRICES), "what the docs warn about: a bijection of the distinct values"


def test_noise_per_moves_every_value_of_an_entity_by_one_factor(duckdb_engine):
    rows = [(1, Decimal("100.00"), 1000), (1, Decimal("200.00"), 2000), (2, Decimal("100.00"), 1000)]
    rules = {
        "order_id": "keep",
        "price": {"transform": "noise", "percent": 30, "per": "order_id"},
        "qty": {"transform": "noise", "percent": 30, "per": "order_id"},
    }
    out = mask_rows(duckdb_engine, COLUMNS, rows, rules)
    assert out[1][1] == 2 * out[0][1] and out[1][2] == 2 * out[0][2], "ratios within an order are kept"
    assert out[0][1] != out[2][1]
