-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect duckdb
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS "mask'ed";

CREATE TABLE IF NOT EXISTS "mask'ed"."_datamask_meta" (
  "table_name" TEXT(255) NOT NULL,
  "key_fingerprint" TEXT(64) NOT NULL,
  "rules_sha256" TEXT(64) NOT NULL,
  "algorithm" TEXT(16) NOT NULL,
  "mode" TEXT(16) NOT NULL,
  "cursor_column" TEXT(255),
  "watermark" TEXT(255),
  "built_at" TEXT(40),
  PRIMARY KEY ("table_name")
);

-- file: 001_order_items_dbc868.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect duckdb
-- builds the masked copy of public.Order Items in a staging table
-- masking key: SET VARIABLE datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "mask'ed"."_dm_stage_dbc868c61e8b";

CREATE TABLE "mask'ed"."_dm_stage_dbc868c61e8b" AS
SELECT
  "src"."select" AS "select",
  CAST(CASE
    WHEN "src"."it's" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."_dm_digest_1", 1, 32)
  END AS TEXT(64)) AS "it's",
  CAST(CASE
    WHEN "src"."quo""te" IS NULL
    THEN NULL
    ELSE CASE
      WHEN LENGTH("src"."quo""te") <= 1
      THEN ARRAY_TO_STRING(
        LIST_TRANSFORM(
          STR_SPLIT("src"."quo""te", ''),
          LAMBDA "_dm_ch" : CASE WHEN CONTAINS(' -', _dm_ch) THEN _dm_ch ELSE '*' END
        ),
        ''
      )
      ELSE SUBSTRING("src"."quo""te", 1, 1) || ARRAY_TO_STRING(
        LIST_TRANSFORM(
          STR_SPLIT(SUBSTRING("src"."quo""te", 2, LENGTH("src"."quo""te") - 1), ''),
          LAMBDA "_dm_ch" : CASE WHEN CONTAINS(' -', _dm_ch) THEN _dm_ch ELSE '*' END
        ),
        ''
      )
    END
  END AS TEXT) AS "quo""te",
  CAST(NULL AS TEXT(8)) AS "ünï"
FROM (
  SELECT
    "src".*,
    SHA256(
      COALESCE(
        GETVARIABLE('datamask_key'),
        CAST(ERROR('datamask_key is not set (see the file header)') AS TEXT)
      ) || 'aeedde67f9f0ef47b2985123399b2bce8271dbd634259245744893abf7c290f4' || "src"."it's"
    ) AS "_dm_digest_1"
  FROM "public"."Order Items" AS "src"
) AS "src";

ALTER TABLE "mask'ed"."_dm_stage_dbc868c61e8b"
ALTER COLUMN "select" SET NOT NULL;

ALTER TABLE "mask'ed"."_dm_stage_dbc868c61e8b"
ALTER COLUMN "it's" SET NOT NULL;

-- file: 002_from.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect duckdb
-- builds the masked copy of public.from in a staging table
-- masking key: SET VARIABLE datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "mask'ed"."_dm_stage_75857a458999";

CREATE TABLE "mask'ed"."_dm_stage_75857a458999" AS
SELECT
  "src"."id" AS "id",
  "src"."item" AS "item",
  CAST(CASE
    WHEN "src"."e mail" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."_dm_digest_1", 1, 16) || '@' || CASE
      WHEN STRPOS("src"."e mail", '@') > 0
      THEN SUBSTRING("src"."e mail", LENGTH("src"."e mail") - STRPOS(REVERSE("src"."e mail"), '@') + 2)
      ELSE CASE
        WHEN CAST('0x' || SUBSTRING("src"."_dm_digest_1", 17, 2) AS BIGINT) % 3 = 0
        THEN 'example.com'
        WHEN CAST('0x' || SUBSTRING("src"."_dm_digest_1", 17, 2) AS BIGINT) % 3 = 1
        THEN 'example.net'
        ELSE 'example.org'
      END
    END
  END AS TEXT(200)) AS "e mail"
FROM (
  SELECT
    "src".*,
    SHA256(
      COALESCE(
        GETVARIABLE('datamask_key'),
        CAST(ERROR('datamask_key is not set (see the file header)') AS TEXT)
      ) || '718188a428262f0add39998a7e985565f8c28ed5656de48726402df932c372d4' || "src"."e mail"
    ) AS "_dm_digest_1"
  FROM "public"."from" AS "src"
) AS "src";

ALTER TABLE "mask'ed"."_dm_stage_75857a458999"
ALTER COLUMN "id" SET NOT NULL;

-- file: 003_swap.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect duckdb
-- replaces each target table by its verified staging table and records what built it in
-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)

BEGIN;

DROP TABLE IF EXISTS "mask'ed"."from";

DROP TABLE IF EXISTS "mask'ed"."Order Items";

CREATE TABLE "mask'ed"."Order Items" (
  "select" INT NOT NULL,
  "it's" TEXT(64) NOT NULL,
  "quo""te" TEXT,
  "ünï" TEXT(8),
  CONSTRAINT "_dm_pk_6e3140b56f_0" PRIMARY KEY ("select")
);

INSERT INTO "mask'ed"."Order Items" (
  "select",
  "it's",
  "quo""te",
  "ünï"
)
SELECT
  "select",
  "it's",
  "quo""te",
  "ünï"
FROM "mask'ed"."_dm_stage_dbc868c61e8b";

DROP TABLE IF EXISTS "mask'ed"."_dm_stage_dbc868c61e8b";

CREATE TABLE "mask'ed"."from" (
  "id" INT NOT NULL,
  "item" INT,
  "e mail" TEXT(200),
  CONSTRAINT "_dm_pk_36e793a546_0" PRIMARY KEY ("id"),
  CONSTRAINT "_dm_fk_36e793a546_0" FOREIGN KEY ("item") REFERENCES "mask'ed"."Order Items" (
    "select"
  )
);

INSERT INTO "mask'ed"."from" (
  "id",
  "item",
  "e mail"
)
SELECT
  "id",
  "item",
  "e mail"
FROM "mask'ed"."_dm_stage_75857a458999";

DROP TABLE IF EXISTS "mask'ed"."_dm_stage_75857a458999";

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
  SUBSTRING(
    SHA256(
      'datamask-sql/dm1/fingerprint:' || COALESCE(
        GETVARIABLE('datamask_key'),
        CAST(ERROR('datamask_key is not set (see the file header)') AS TEXT)
      )
    ),
    1,
    16
  ),
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
  SUBSTRING(
    SHA256(
      'datamask-sql/dm1/fingerprint:' || COALESCE(
        GETVARIABLE('datamask_key'),
        CAST(ERROR('datamask_key is not set (see the file header)') AS TEXT)
      )
    ),
    1,
    16
  ),
  'be34641848032912944deb37dff7eca4d0038b4d7a26b35d6d8f33d9933d5fa3',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP AS TEXT);

COMMIT;

