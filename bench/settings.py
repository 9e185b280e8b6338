"""What every benchmark shares: the key, the servers and the rows per engine (imports nothing from the bench extras)."""

from __future__ import annotations

from datamask_sql.secret import key_from_secret

KEY = key_from_secret("bench-secret-0001")
# Rows per engine at BENCH_SCALE=1 (the sizes).
ROWS = {"duckdb": 5_000_000, "postgres": 2_000_000, "mysql": 1_000_000, "spark": 1_000_000}
PG_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
MYSQL_URL = "mysql://root@127.0.0.1:3306/test"
