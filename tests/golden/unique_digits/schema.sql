-- A key of card numbers and a phone key its child table joins on: digits with unique: true on both.
CREATE TABLE cards (
  card VARCHAR(23) PRIMARY KEY,
  phone VARCHAR(20) UNIQUE NOT NULL
);
CREATE TABLE calls (
  id INTEGER PRIMARY KEY,
  phone VARCHAR(20) REFERENCES cards (phone)
);
