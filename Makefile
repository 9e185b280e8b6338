# Two entry points the README promises on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHOP := examples/shop

.PHONY: setup demo exports test check lint clean macros dbt-example bench

$(BIN)/datamask-sql: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

# Test extras include PySpark (large, needs Java 17), so only `make test` pulls them in.
$(VENV)/.test-deps: $(BIN)/datamask-sql pyproject.toml
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup: $(BIN)/datamask-sql

# The benchmark's peers (pynonymizer, pyarrow) and Spark: only `make bench` pulls them in.
$(VENV)/.bench-deps: $(BIN)/datamask-sql pyproject.toml
	$(BIN)/pip install --quiet -e '.[bench]'
	touch $@

# Builds the shop example into a DuckDB file, masks it, and shows a few masked rows.
demo: setup
	rm -f $(SHOP)/shop.duckdb
	$(BIN)/python -c "import duckdb; c = duckdb.connect('$(SHOP)/shop.duckdb'); c.execute(open('$(SHOP)/shop.sql').read()); c.close()"
	DATAMASK_SECRET=$${DATAMASK_SECRET:-demo-secret-change-me} $(BIN)/datamask-sql run $(SHOP)/policy.yml --source duckdb:///$(SHOP)/shop.duckdb --out build/shop
	$(BIN)/python -c "import duckdb; c = duckdb.connect('$(SHOP)/shop.duckdb', read_only=True); [print(r) for r in c.execute('SELECT * FROM masked.customers ORDER BY id LIMIT 5').fetchall()]"

# Writes examples/files/exports/ (customers.csv, orders.parquet with a nested column, payments.jsonl) from the shop.
exports: setup
	$(BIN)/python examples/files/exports.py

test: $(VENV)/.test-deps
	$(BIN)/python -m pytest -q

# Lint and format check (ruff, configured in pyproject.toml).
lint: $(VENV)/.test-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The fast lane: lint, then every test that runs on no engine fixture (unit, builder, golden, CLI).
check: lint
	$(BIN)/python -m pytest -q -m "not duckdb and not postgres and not mariadb and not spark"

# Regenerate the dbt package's macros/ from datamask_sql/ (tests/test_dbt_macros.py fails when it is stale).
macros: setup
	$(BIN)/python -c "from pathlib import Path; from datamask_sql.dbt import write_macros; write_macros(Path('macros'))"

# Regenerate examples/dbt_shop's generated models and seeds from the shop policy and schema.
dbt-example: setup
	cd examples/dbt_shop && ../../$(BIN)/datamask-sql compile ../shop/policy.yml --source ../shop/shop.sql \
		--source-dialect duckdb --dialect duckdb --format dbt --out .

# Speed against the keyed-hash floor and the peers, on every engine; writes bench/results.md. Then file masking
# and unique digits, each printing its own figures (a missed target is reported, not fatal to the rest), and the
# incremental refresh of 1 % changed rows against a full run (its own section of bench/results.md).
# BENCH_SCALE shrinks the data for a quick run (make bench BENCH_SCALE=0.05); BENCH_ENGINES picks engines.
BENCH_SCALE ?= 1
BENCH_ENGINES ?= duckdb,postgres,mysql,spark
bench: $(VENV)/.bench-deps
	$(BIN)/python -m bench --scale $(BENCH_SCALE) --engines $(BENCH_ENGINES)
	-PYTHONPATH=. $(BIN)/python bench/files.py --rows $$($(BIN)/python -c "print(int(5000000 * $(BENCH_SCALE)))")
	-PYTHONPATH=. $(BIN)/python bench/unique_digits.py --rows $$($(BIN)/python -c "print(int(1000000 * $(BENCH_SCALE)))")
	-PYTHONPATH=. $(BIN)/python bench/refresh.py --scale $(BENCH_SCALE)

clean:
	rm -rf build $(SHOP)/shop.duckdb
