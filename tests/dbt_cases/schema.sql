-- Columns exercising every branch of the generated macros (tests/test_dbt_macros.py).
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  code CHAR(6),
  nick VARCHAR(40),
  token VARCHAR(64),
  pin VARCHAR(12),
  card VARCHAR(24),
  amount DECIMAL(12,3),
  qty INTEGER,
  small SMALLINT,
  born DATE,
  seen TIMESTAMP,
  tag TEXT,
  flag BOOLEAN,
  ref_uuid UUID,
  note TEXT,
  city VARCHAR(30),
  team VARCHAR(50),
  label TEXT,
  gone TEXT,
  age INTEGER,
  price NUMERIC
);
