-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS "app_masked";

CREATE TABLE IF NOT EXISTS "app_masked"."_datamask_meta" (
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

-- file: 001_lookup_full_name_en_us_d00868ef7b67.sql (lookup data, sha256 7e0a95fccf56e369a6587ee77b6dc6cf4f43bef75c2ceb5b75617e2904a04e32)

-- file: 002_countries.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- builds the masked copy of app.countries in a staging table
-- masking key: SET datamask.key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "app_masked"."_dm_stage_e45d4cbade71";

CREATE TABLE "app_masked"."_dm_stage_e45d4cbade71" AS
SELECT
  "src"."code" AS "code",
  "src"."name" AS "name"
FROM "app"."countries" AS "src";

ALTER TABLE "app_masked"."_dm_stage_e45d4cbade71"
ALTER COLUMN "code" SET NOT NULL;

ALTER TABLE "app_masked"."_dm_stage_e45d4cbade71"
ALTER COLUMN "name" SET NOT NULL;

-- file: 003_customers.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- builds the masked copy of app.customers in a staging table
-- masking key: SET datamask.key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "app_masked"."_dm_mark_21eb2153dd14";

CREATE TABLE "app_masked"."_dm_mark_21eb2153dd14" AS
SELECT
  MAX("updated_at") AS "mark"
FROM "app"."customers";

DROP TABLE IF EXISTS "app_masked"."_dm_stage_21eb2153dd14";

CREATE TABLE "app_masked"."_dm_stage_21eb2153dd14" AS
SELECT
  CAST(CASE
    WHEN "src"."id" IS NULL
    THEN NULL
    ELSE 1 + CAST(CAST((
      'x' || SUBSTRING("src"."_dm_digest_1" FROM 1 FOR 15)
    ) AS BIT(60)) AS BIGINT) % 1152921504606846976
  END AS BIGINT) AS "id",
  CAST(CASE
    WHEN "src"."email" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."_dm_digest_2" FROM 1 FOR 16) || '@' || CASE
      WHEN GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_2" FROM 17 FOR 2), 'hex'), 0) % 3 = 0
      THEN 'example.com'
      WHEN GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_2" FROM 17 FOR 2), 'hex'), 0) % 3 = 1
      THEN 'example.net'
      ELSE 'example.org'
    END
  END AS VARCHAR(200)) AS "email",
  CAST(CASE
    WHEN "src"."name" IS NULL
    THEN NULL
    ELSE CASE WHEN LENGTH("src"."name") = 0 THEN "src"."name" ELSE "_dm_l1"."value" END
  END AS VARCHAR(100)) AS "name",
  "src"."updated_at" AS "updated_at"
FROM (
  SELECT
    "src".*,
    ENCODE(
      SHA256(
        CONVERT_TO(
          CURRENT_SETTING('datamask.key') || '4152e2c55f37a7f106a36fb37083bd6313946539c3af8cd7e20e4ce2cf4a71c0' || CAST("src"."id" AS TEXT),
          'UTF8'
        )
      ),
      'hex'
    ) AS "_dm_digest_1",
    ENCODE(
      SHA256(
        CONVERT_TO(
          CURRENT_SETTING('datamask.key') || 'e721e2036e4becf7b6fc57200cf2e63eaa4759e0c40f20fc4e194ad9b398bc30' || "src"."email",
          'UTF8'
        )
      ),
      'hex'
    ) AS "_dm_digest_2",
    ENCODE(
      SHA256(
        CONVERT_TO(
          CURRENT_SETTING('datamask.key') || '09aa832fe8afe9d372c5ae87aa742fececda483552679929d14a2cf545195059' || "src"."name",
          'UTF8'
        )
      ),
      'hex'
    ) AS "_dm_digest_3"
  FROM "app"."customers" AS "src"
  WHERE
    "src"."updated_at" > CAST('2026-11-30 23:59:59' AS TIMESTAMP)
  OFFSET 0
) AS "src"
LEFT JOIN "app_masked"."_dm_lookup_full_name_en_us_d00868ef7b67" AS "_dm_l1"
  ON "_dm_l1"."idx" = CAST(CAST((
    'x' || SUBSTRING("src"."_dm_digest_3" FROM 1 FOR 15)
  ) AS BIT(60)) AS BIGINT) % 4000;

-- file: 004_events.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- builds the masked copy of app.events in a staging table
-- masking key: SET datamask.key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "app_masked"."_dm_mark_862417b9e7c3";

CREATE TABLE "app_masked"."_dm_mark_862417b9e7c3" AS
SELECT
  MAX("seq") AS "mark"
FROM "app"."events";

DROP TABLE IF EXISTS "app_masked"."_dm_stage_862417b9e7c3";

CREATE TABLE "app_masked"."_dm_stage_862417b9e7c3" AS
SELECT
  "src"."seq" AS "seq",
  CAST(CASE
    WHEN "src"."event_id" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."_dm_digest_1" FROM 1 FOR 36)
  END AS VARCHAR(36)) AS "event_id",
  CAST(CASE
    WHEN "src"."customer_id" IS NULL
    THEN NULL
    ELSE 1 + CAST(CAST((
      'x' || SUBSTRING("src"."_dm_digest_2" FROM 1 FOR 15)
    ) AS BIT(60)) AS BIGINT) % 1152921504606846976
  END AS BIGINT) AS "customer_id",
  CAST(CASE
    WHEN "src"."detail" IS NULL
    THEN NULL
    ELSE REGEXP_REPLACE(
      REGEXP_REPLACE(
        "src"."detail",
        '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+([.][A-Za-z0-9-]+)+',
        'user@example.com',
        'g'
      ),
      '[0-9]',
      '#',
      'g'
    )
  END AS VARCHAR(200)) AS "detail"
FROM (
  SELECT
    "src".*,
    ENCODE(
      SHA256(
        CONVERT_TO(
          CURRENT_SETTING('datamask.key') || '46fba5377f9147ff368632cfe47a130c811cadd189d50b9241ecaa3fada7bd94' || "src"."event_id",
          'UTF8'
        )
      ),
      'hex'
    ) AS "_dm_digest_1",
    ENCODE(
      SHA256(
        CONVERT_TO(
          CURRENT_SETTING('datamask.key') || '4152e2c55f37a7f106a36fb37083bd6313946539c3af8cd7e20e4ce2cf4a71c0' || CAST("src"."customer_id" AS TEXT),
          'UTF8'
        )
      ),
      'hex'
    ) AS "_dm_digest_2"
  FROM "app"."events" AS "src"
  WHERE
    "src"."seq" > CAST('41512' AS BIGINT)
  OFFSET 0
) AS "src";

-- file: 005_orders.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- builds the masked copy of app.orders in a staging table
-- masking key: SET datamask.key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "app_masked"."_dm_mark_1c168adb00d2";

CREATE TABLE "app_masked"."_dm_mark_1c168adb00d2" AS
SELECT
  MAX("updated_at") AS "mark"
FROM "app"."orders";

DROP TABLE IF EXISTS "app_masked"."_dm_stage_1c168adb00d2";

CREATE TABLE "app_masked"."_dm_stage_1c168adb00d2" AS
SELECT
  "src"."id" AS "id",
  CAST(CASE
    WHEN "src"."customer_id" IS NULL
    THEN NULL
    ELSE 1 + CAST(CAST((
      'x' || SUBSTRING("src"."_dm_digest_1" FROM 1 FOR 15)
    ) AS BIT(60)) AS BIGINT) % 1152921504606846976
  END AS BIGINT) AS "customer_id",
  CAST(CASE
    WHEN "src"."amount" IS NULL
    THEN NULL
    ELSE CASE
      WHEN CAST(ROUND(
        CAST("src"."amount" AS DECIMAL(38, 2)) * (
          10000 + CAST(CAST((
            'x' || SUBSTRING("src"."_dm_digest_2" FROM 1 FOR 15)
          ) AS BIT(60)) AS BIGINT) % 2001 - 1000
        ) * 0.0001,
        2
      ) AS DECIMAL(38, 2)) > CAST(9999999999.99 AS DECIMAL(38, 2))
      THEN CAST(9999999999.99 AS DECIMAL(38, 2))
      WHEN CAST(ROUND(
        CAST("src"."amount" AS DECIMAL(38, 2)) * (
          10000 + CAST(CAST((
            'x' || SUBSTRING("src"."_dm_digest_2" FROM 1 FOR 15)
          ) AS BIT(60)) AS BIGINT) % 2001 - 1000
        ) * 0.0001,
        2
      ) AS DECIMAL(38, 2)) < CAST(-9999999999.99 AS DECIMAL(38, 2))
      THEN CAST(-9999999999.99 AS DECIMAL(38, 2))
      ELSE CAST(ROUND(
        CAST("src"."amount" AS DECIMAL(38, 2)) * (
          10000 + CAST(CAST((
            'x' || SUBSTRING("src"."_dm_digest_2" FROM 1 FOR 15)
          ) AS BIT(60)) AS BIGINT) % 2001 - 1000
        ) * 0.0001,
        2
      ) AS DECIMAL(38, 2))
    END
  END AS DECIMAL(12, 2)) AS "amount",
  "src"."updated_at" AS "updated_at"
FROM (
  SELECT
    "src".*,
    ENCODE(
      SHA256(
        CONVERT_TO(
          CURRENT_SETTING('datamask.key') || '4152e2c55f37a7f106a36fb37083bd6313946539c3af8cd7e20e4ce2cf4a71c0' || CAST("src"."customer_id" AS TEXT),
          'UTF8'
        )
      ),
      'hex'
    ) AS "_dm_digest_1",
    ENCODE(
      SHA256(
        CONVERT_TO(
          CURRENT_SETTING('datamask.key') || '2f619f558e0154f8193dd3c201fa49fbff5acab18cee045f799855350e010087' || CAST("src"."amount" AS TEXT),
          'UTF8'
        )
      ),
      'hex'
    ) AS "_dm_digest_2"
  FROM "app"."orders" AS "src"
  WHERE
    "src"."updated_at" > CAST('2026-11-30 23:59:59' AS TIMESTAMP)
  OFFSET 0
) AS "src";

-- file: 006_merge.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- merges the changed rows into each refreshed target and deletes rows gone from the source;
-- the transaction opened here commits in the swap file, with the new watermarks

BEGIN;

MERGE INTO "app_masked"."customers" AS "_dm_t"
USING "app_masked"."_dm_stage_21eb2153dd14" AS "_dm_s"
ON "_dm_t"."id" = "_dm_s"."id"
WHEN MATCHED THEN UPDATE SET
  "email" = "_dm_s"."email",
  "name" = "_dm_s"."name",
  "updated_at" = "_dm_s"."updated_at"
WHEN NOT MATCHED THEN INSERT ("id", "email", "name", "updated_at") VALUES ("_dm_s"."id", "_dm_s"."email", "_dm_s"."name", "_dm_s"."updated_at");

MERGE INTO "app_masked"."events" AS "_dm_t"
USING "app_masked"."_dm_stage_862417b9e7c3" AS "_dm_s"
ON "_dm_t"."event_id" = "_dm_s"."event_id"
WHEN MATCHED THEN UPDATE SET
  "seq" = "_dm_s"."seq",
  "customer_id" = "_dm_s"."customer_id",
  "detail" = "_dm_s"."detail"
WHEN NOT MATCHED THEN INSERT ("seq", "event_id", "customer_id", "detail") VALUES ("_dm_s"."seq", "_dm_s"."event_id", "_dm_s"."customer_id", "_dm_s"."detail");

MERGE INTO "app_masked"."orders" AS "_dm_t"
USING "app_masked"."_dm_stage_1c168adb00d2" AS "_dm_s"
ON "_dm_t"."id" = "_dm_s"."id"
WHEN MATCHED THEN UPDATE SET
  "customer_id" = "_dm_s"."customer_id",
  "amount" = "_dm_s"."amount",
  "updated_at" = "_dm_s"."updated_at"
WHEN NOT MATCHED THEN INSERT ("id", "customer_id", "amount", "updated_at") VALUES ("_dm_s"."id", "_dm_s"."customer_id", "_dm_s"."amount", "_dm_s"."updated_at");

DELETE FROM "app_masked"."orders"
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM (
      SELECT
        "src"."id" AS "id"
      FROM "app"."orders" AS "src"
    ) AS "_dm_k"
    WHERE
      "_dm_k"."id" = "orders"."id"
  );

DELETE FROM "app_masked"."customers"
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM (
      SELECT
        CAST(CASE
          WHEN "src"."id" IS NULL
          THEN NULL
          ELSE 1 + CAST(CAST((
            'x' || SUBSTRING("src"."_dm_digest_1" FROM 1 FOR 15)
          ) AS BIT(60)) AS BIGINT) % 1152921504606846976
        END AS BIGINT) AS "id"
      FROM (
        SELECT
          "src".*,
          ENCODE(
            SHA256(
              CONVERT_TO(
                CURRENT_SETTING('datamask.key') || '4152e2c55f37a7f106a36fb37083bd6313946539c3af8cd7e20e4ce2cf4a71c0' || CAST("src"."id" AS TEXT),
                'UTF8'
              )
            ),
            'hex'
          ) AS "_dm_digest_1"
        FROM "app"."customers" AS "src"
        OFFSET 0
      ) AS "src"
    ) AS "_dm_k"
    WHERE
      "_dm_k"."id" = "customers"."id"
  );

-- file: 007_swap.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- replaces each target table by its verified staging table and records what built it in
-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)

DROP TABLE IF EXISTS "app_masked"."countries";

ALTER TABLE "app_masked"."_dm_stage_e45d4cbade71"
RENAME TO "countries";

ALTER TABLE "app_masked"."countries"
ADD CONSTRAINT "_dm_pk_483f497792_0" PRIMARY KEY ("code");

UPDATE "app_masked"."_datamask_meta" SET "watermark" = COALESCE(
  (
    SELECT
      CAST("mark" AS TEXT)
    FROM "app_masked"."_dm_mark_21eb2153dd14"
  ),
  "watermark"
), "mode" = 'incremental', "built_at" = CAST(CURRENT_TIMESTAMP AS TEXT)
WHERE
  "table_name" = 'customers';

UPDATE "app_masked"."_datamask_meta" SET "watermark" = COALESCE(
  (
    SELECT
      CAST("mark" AS TEXT)
    FROM "app_masked"."_dm_mark_862417b9e7c3"
  ),
  "watermark"
), "mode" = 'incremental', "built_at" = CAST(CURRENT_TIMESTAMP AS TEXT)
WHERE
  "table_name" = 'events';

UPDATE "app_masked"."_datamask_meta" SET "watermark" = COALESCE(
  (
    SELECT
      CAST("mark" AS TEXT)
    FROM "app_masked"."_dm_mark_1c168adb00d2"
  ),
  "watermark"
), "mode" = 'incremental', "built_at" = CAST(CURRENT_TIMESTAMP AS TEXT)
WHERE
  "table_name" = 'orders';

DELETE FROM "app_masked"."_datamask_meta"
WHERE
  "table_name" = 'countries';

INSERT INTO "app_masked"."_datamask_meta" (
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
  'countries',
  SUBSTRING(ENCODE(
    SHA256(
      CONVERT_TO('datamask-sql/dm1/fingerprint:' || CURRENT_SETTING('datamask.key'), 'UTF8')
    ),
    'hex'
  ) FROM 1 FOR 16),
  '7e7f34422ee5540e37d82fa843ab738026ca31ded7673e60df3edc82315740bb',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP AS TEXT);

COMMIT;

-- file: 008_cleanup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- drops the run's helper tables (subset keys, watermark marks, merged stages)

DROP TABLE IF EXISTS "app_masked"."_dm_mark_21eb2153dd14";

DROP TABLE IF EXISTS "app_masked"."_dm_mark_862417b9e7c3";

DROP TABLE IF EXISTS "app_masked"."_dm_mark_1c168adb00d2";

DROP TABLE IF EXISTS "app_masked"."_dm_stage_21eb2153dd14";

DROP TABLE IF EXISTS "app_masked"."_dm_stage_862417b9e7c3";

DROP TABLE IF EXISTS "app_masked"."_dm_stage_1c168adb00d2";

