-- Two tables refreshed incrementally (a parent and a child with deletes, a log without), one rebuilt in full.
CREATE TABLE app.customers (
    id BIGINT PRIMARY KEY,
    email VARCHAR(200) NOT NULL UNIQUE,
    name VARCHAR(100),
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE app.orders (
    id BIGINT PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES app.customers (id),
    amount NUMERIC(12, 2),
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE app.events (
    seq BIGINT NOT NULL,
    event_id VARCHAR(36) NOT NULL UNIQUE,
    customer_id BIGINT REFERENCES app.customers (id),
    detail VARCHAR(200)
);
CREATE TABLE app.countries (
    code CHAR(2) PRIMARY KEY,
    name VARCHAR(80) NOT NULL
);
