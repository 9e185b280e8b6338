-- Customers whose emails are spelt from their fake names, and cities and states picked in each row's country.
CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  country CHAR(2),
  first_name VARCHAR(40),
  last_name VARCHAR(40),
  email VARCHAR(120) UNIQUE,
  city VARCHAR(60),
  state VARCHAR(60)
);
