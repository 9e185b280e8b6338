"""scan's accuracy, measured: a labelled corpus (tests/scan_corpus.py) in five languages with the tricky
negatives, built into DuckDB; precision and recall per class are printed, and direct identifiers must be found."""

from __future__ import annotations

from collections import Counter

import pytest

from datamask_sql.catalog import introspect
from datamask_sql.connection import connect
from datamask_sql.scan import DIRECT, scan_tables, tables_in
from tests.engines import Engine
from tests.scan_corpus import CORPUS, labels, rows_of

pytestmark = pytest.mark.duckdb

MIN_DIRECT_RECALL = 0.95
MIN_PRECISION = 0.90


@pytest.fixture(scope="module")
def predictions() -> dict[tuple[str, str, str], str | None]:
    engine = Engine("duckdb", connect("duckdb:///:memory:"))
    for schema, tables in CORPUS.items():
        engine.conn.execute(engine.sql(engine.dialect.create_schema(schema)))
        for table, columns in tables.items():
            engine.create_table(schema, table, [(c, t, True) for c, t, _, _ in columns], (columns[0][0],))
            engine.insert(schema, table, [c for c, _, _, _ in columns], rows_of(schema, table))
    catalog = introspect(engine.conn)
    found = {}
    for schema in CORPUS:
        result = scan_tables(tables_in(catalog, schema), engine.conn, engine.dialect)
        found |= {(schema, f.table, f.column): f.cls for f in result.findings}
    engine.conn.close()
    return found


def scores(truth: dict, predicted: dict) -> dict[str, tuple[float, float, int]]:
    """class -> (precision, recall, support) over every column, and 'overall' over every sensitive one."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for key, label in truth.items():
        guess = predicted[key]
        if guess is not None and guess == label:
            tp[label] += 1
        else:
            if guess is not None:
                fp[guess] += 1
            if label is not None:
                fn[label] += 1
    out = {}
    for cls in sorted(set(tp) | set(fp) | set(fn)):
        p = tp[cls] / (tp[cls] + fp[cls]) if tp[cls] + fp[cls] else 1.0
        r = tp[cls] / (tp[cls] + fn[cls]) if tp[cls] + fn[cls] else 1.0
        out[cls] = (p, r, tp[cls] + fn[cls])
    t, f, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    out["overall"] = (t / (t + f), t / (t + n), t + n)
    direct_tp = sum(tp[c] for c in DIRECT)
    direct_fn = sum(fn[c] for c in DIRECT)
    out["direct identifiers"] = (float("nan"), direct_tp / (direct_tp + direct_fn), direct_tp + direct_fn)
    return out


def test_precision_and_recall_per_class(predictions, capsys):
    truth = labels()
    table = scores(truth, predictions)
    with capsys.disabled():
        print(f"\nscan accuracy on {len(truth)} labelled columns ({len(CORPUS)} schemas):")
        print(f"{'class':<22} {'precision':>9} {'recall':>7} {'columns':>7}")
        for cls, (p, r, n) in table.items():
            print(f"{cls:<22} {p:>9.2f} {r:>7.2f} {n:>7}")
    wrong = {k: (truth[k], predictions[k]) for k in truth if truth[k] != predictions[k]}
    assert table["direct identifiers"][1] >= MIN_DIRECT_RECALL, wrong
    for cls in DIRECT:
        assert table[cls][1] >= MIN_DIRECT_RECALL, (cls, wrong)
    assert table["overall"][0] >= MIN_PRECISION, wrong


def test_the_tricky_negatives_are_not_sensitive(predictions):
    for key in [
        ("crm_en", "customers", "email_sent_at"),
        ("crm_en", "customers", "phone_verified"),
        ("crm_en", "zip_stats", "zip_code_count"),
        ("crm_en", "products", "name"),
        ("shop_de", "artikel", "name"),
        ("boutique_fr", "produits", "nom"),
        ("billing", "payments", "order_ref"),  # 16-digit ids, some of which pass Luhn
    ]:
        assert predictions[key] is None, key
