-- Identifiers a customer schema really has: reserved words, spaces, quotes, unicode.
CREATE TABLE "Order Items" (
  "select" INTEGER PRIMARY KEY,
  "it's" VARCHAR(64) NOT NULL,
  "quo""te" TEXT,
  "ünï" CHAR(8)
);
CREATE TABLE "from" (
  "id" INTEGER PRIMARY KEY,
  "item" INTEGER REFERENCES "Order Items" ("select"),
  "e mail" VARCHAR(200)
);
