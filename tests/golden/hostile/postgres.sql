-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS "mask'ed";

CREATE TABLE IF NOT EXISTS "mask'ed"."_datamask_meta" (
  "table_name" VARCHAR(255) NOT NULL,
  "key_fingerprint" VARCHAR(64) NOT NULL,
  "rules_sha256" VARCHAR(64) NOT NULL,
  "algorithm" VARCHAR(16) NOT NULL,
  "mode" VARCHAR(16) NOT NULL,
  "cursor_column" VARCHAR(255),
  "watermark" VARCHAR(255),
  "built_at" VARCHAR(40),
  PRIMARY KEY ("table_name")
);

-- file: 001_order_items_dbc868.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- builds the masked copy of public.Order Items in a staging table
-- masking key: SET datamask.key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "mask'ed"."_dm_stage_dbc868c61e8b";

CREATE TABLE "mask'ed"."_dm_stage_dbc868c61e8b" AS
SELECT
  "src"."select" AS "select",
  CAST(CASE
    WHEN "src"."it's" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."_dm_digest_1" FROM 1 FOR 32)
  END AS VARCHAR(64)) AS "it's",
  CAST(CASE
    WHEN "src"."quo""te" IS NULL
    THEN NULL
    ELSE CASE
      WHEN LENGTH("src"."quo""te") <= 1
      THEN REGEXP_REPLACE("src"."quo""te", '[^ -]', '*', 'g')
      ELSE SUBSTRING("src"."quo""te" FROM 1 FOR 1) || REGEXP_REPLACE(SUBSTRING("src"."quo""te" FROM 2 FOR LENGTH("src"."quo""te") - 1), '[^ -]', '*', 'g')
    END
  END AS TEXT) AS "quo""te",
  CAST(NULL AS CHAR(8)) AS "ünï"
FROM (
  SELECT
    "src".*,
    ENCODE(
      SHA256(
        CONVERT_TO(
          CURRENT_SETTING('datamask.key') || 'aeedde67f9f0ef47b2985123399b2bce8271dbd634259245744893abf7c290f4' || "src"."it's",
          'UTF8'
        )
      ),
      'hex'
    ) AS "_dm_digest_1"
  FROM "public"."Order Items" AS "src"
  OFFSET 0
) AS "src";

ALTER TABLE "mask'ed"."_dm_stage_dbc868c61e8b"
ALTER COLUMN "select" SET NOT NULL;

ALTER TABLE "mask'ed"."_dm_stage_dbc868c61e8b"
ALTER COLUMN "it's" SET NOT NULL;

-- file: 002_from.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- builds the masked copy of public.from in a staging table
-- masking key: SET datamask.key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "mask'ed"."_dm_stage_75857a458999";

CREATE TABLE "mask'ed"."_dm_stage_75857a458999" AS
SELECT
  "src"."id" AS "id",
  "src"."item" AS "item",
  CAST(CASE
    WHEN "src"."e mail" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."_dm_digest_1" FROM 1 FOR 16) || '@' || CASE
      WHEN POSITION('@' IN "src"."e mail") > 0
      THEN SUBSTRING("src"."e mail" FROM LENGTH("src"."e mail") - POSITION('@' IN REVERSE("src"."e mail")) + 2)
      ELSE CASE
        WHEN GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 17 FOR 2), 'hex'), 0) % 3 = 0
        THEN 'example.com'
        WHEN GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 17 FOR 2), 'hex'), 0) % 3 = 1
        THEN 'example.net'
        ELSE 'example.org'
      END
    END
  END AS VARCHAR(200)) AS "e mail"
FROM (
  SELECT
    "src".*,
    ENCODE(
      SHA256(
        CONVERT_TO(
          CURRENT_SETTING('datamask.key') || '718188a428262f0add39998a7e985565f8c28ed5656de48726402df932c372d4' || "src"."e mail",
          'UTF8'
        )
      ),
      'hex'
    ) AS "_dm_digest_1"
  FROM "public"."from" AS "src"
  OFFSET 0
) AS "src";

ALTER TABLE "mask'ed"."_dm_stage_75857a458999"
ALTER COLUMN "id" SET NOT NULL;

-- file: 003_swap.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- replaces each target table by its verified staging table and records what built it in
-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)

BEGIN;

DROP TABLE IF EXISTS "mask'ed"."from";

DROP TABLE IF EXISTS "mask'ed"."Order Items";

ALTER TABLE "mask'ed"."_dm_stage_dbc868c61e8b"
RENAME TO "Order Items";

ALTER TABLE "mask'ed"."_dm_stage_75857a458999"
RENAME TO "from";

ALTER TABLE "mask'ed"."Order Items"
ADD CONSTRAINT "_dm_pk_6e3140b56f_0" PRIMARY KEY ("select");

ALTER TABLE "mask'ed"."from"
ADD CONSTRAINT "_dm_pk_36e793a546_0" PRIMARY KEY ("id");

ALTER TABLE "mask'ed"."from"
  ADD CONSTRAINT "_dm_fk_36e793a546_0" FOREIGN KEY ("item") REFERENCES "mask'ed"."Order Items" (
    "select"
  );

DELETE FROM "mask'ed"."_datamask_meta"
WHERE
  "table_name" = 'Order Items';

INSERT INTO "mask'ed"."_datamask_meta" (
  "table_name",
  "key_fingerprint",
  "rules_sha256",
  "algorithm",
  "mode",
  "cursor_column",
  "watermark",
  "built_at"
)
SELECT
  'Order Items',
  SUBSTRING(ENCODE(
    SHA256(
      CONVERT_TO('datamask-sql/dm1/fingerprint:' || CURRENT_SETTING('datamask.key'), 'UTF8')
    ),
    'hex'
  ) FROM 1 FOR 16),
  '5cb44a85a8b5671160225de76a9278f2b22761b62f4b6d624f9e8086e2570533',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP AS TEXT);

DELETE FROM "mask'ed"."_datamask_meta"
WHERE
  "table_name" = 'from';

INSERT INTO "mask'ed"."_datamask_meta" (
  "table_name",
  "key_fingerprint",
  "rules_sha256",
  "algorithm",
  "mode",
  "cursor_column",
  "watermark",
  "built_at"
)
SELECT
  'from',
  SUBSTRING(ENCODE(
    SHA256(
      CONVERT_TO('datamask-sql/dm1/fingerprint:' || CURRENT_SETTING('datamask.key'), 'UTF8')
    ),
    'hex'
  ) FROM 1 FOR 16),
  'be34641848032912944deb37dff7eca4d0038b4d7a26b35d6d8f33d9933d5fa3',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP AS TEXT);

COMMIT;

