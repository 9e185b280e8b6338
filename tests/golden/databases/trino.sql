-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect trino
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS "DEV"."public";

CREATE TABLE IF NOT EXISTS "DEV"."public"."_datamask_meta" (
  "table_name" VARCHAR(255) NOT NULL,
  "key_fingerprint" VARCHAR(64) NOT NULL,
  "rules_sha256" VARCHAR(64) NOT NULL,
  "algorithm" VARCHAR(16) NOT NULL,
  "mode" VARCHAR(16) NOT NULL,
  "cursor_column" VARCHAR(255),
  "watermark" VARCHAR(255),
  "built_at" VARCHAR(40)
);

-- file: 002_customers.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect trino
-- builds the masked copy of public.customers in a staging table
-- masking key: PREPARE each statement, then EXECUTE it USING the output of `datamask-sql key` once per '?'

DROP TABLE IF EXISTS "DEV"."public"."_dm_stage_21eb2153dd14";

CREATE TABLE "DEV"."public"."_dm_stage_21eb2153dd14" AS
SELECT
  CAST(CASE
    WHEN "src"."id" IS NULL
    THEN NULL
    ELSE 1 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 1, 15), 16) % 2147483647
  END AS INTEGER) AS "id",
  CAST(CASE
    WHEN "src"."email" IS NULL
    THEN NULL
    ELSE SUBSTR("src"."_dm_digest_2", 1, 16) || '@' || CASE
      WHEN FROM_BASE(SUBSTR("src"."_dm_digest_2", 17, 2), 16) % 3 = 0
      THEN 'example.com'
      WHEN FROM_BASE(SUBSTR("src"."_dm_digest_2", 17, 2), 16) % 3 = 1
      THEN 'example.net'
      ELSE 'example.org'
    END
  END AS VARCHAR(100)) AS "email",
  CAST(CASE
    WHEN "src"."name" IS NULL
    THEN NULL
    ELSE CASE WHEN LENGTH("src"."name") = 0 THEN "src"."name" ELSE "_dm_l1"."value" END
  END AS VARCHAR(80)) AS "name"
FROM (
  SELECT
    "src".*,
    LOWER(
      TO_HEX(
        SHA256(
          TO_UTF8(
            ? || '4152e2c55f37a7f106a36fb37083bd6313946539c3af8cd7e20e4ce2cf4a71c0' || CAST("src"."id" AS VARCHAR)
          )
        )
      )
    ) AS "_dm_digest_1",
    LOWER(
      TO_HEX(
        SHA256(
          TO_UTF8(
            ? || 'e721e2036e4becf7b6fc57200cf2e63eaa4759e0c40f20fc4e194ad9b398bc30' || "src"."email"
          )
        )
      )
    ) AS "_dm_digest_2",
    LOWER(
      TO_HEX(
        SHA256(
          TO_UTF8(
            ? || '09aa832fe8afe9d372c5ae87aa742fececda483552679929d14a2cf545195059' || "src"."name"
          )
        )
      )
    ) AS "_dm_digest_3"
  FROM "PROD"."public"."customers" AS "src"
) AS "src"
LEFT JOIN "DEV"."public"."_dm_lookup_first_name_en_us_0780cf166fbf" AS "_dm_l1"
  ON "_dm_l1"."idx" = FROM_BASE(SUBSTR("src"."_dm_digest_3", 1, 15), 16) % 690;

-- file: 003_orders.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect trino
-- builds the masked copy of public.orders in a staging table
-- masking key: PREPARE each statement, then EXECUTE it USING the output of `datamask-sql key` once per '?'

DROP TABLE IF EXISTS "DEV"."public"."_dm_stage_1c168adb00d2";

CREATE TABLE "DEV"."public"."_dm_stage_1c168adb00d2" AS
SELECT
  "src"."id" AS "id",
  CAST(CASE
    WHEN "src"."customer_id" IS NULL
    THEN NULL
    ELSE 1 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 1, 15), 16) % 2147483647
  END AS INTEGER) AS "customer_id",
  "src"."total" AS "total"
FROM (
  SELECT
    "src".*,
    LOWER(
      TO_HEX(
        SHA256(
          TO_UTF8(
            ? || '4152e2c55f37a7f106a36fb37083bd6313946539c3af8cd7e20e4ce2cf4a71c0' || CAST("src"."customer_id" AS VARCHAR)
          )
        )
      )
    ) AS "_dm_digest_1"
  FROM "PROD"."public"."orders" AS "src"
) AS "src";

-- file: 004_swap.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect trino
-- replaces each target table by its verified staging table and records what built it in
-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)

DELETE FROM "DEV"."public"."_datamask_meta"
WHERE
  "table_name" = 'customers';

DELETE FROM "DEV"."public"."_datamask_meta"
WHERE
  "table_name" = 'orders';

DROP TABLE IF EXISTS "DEV"."public"."orders";

DROP TABLE IF EXISTS "DEV"."public"."customers";

ALTER TABLE "DEV"."public"."_dm_stage_21eb2153dd14"
RENAME TO "DEV"."public"."customers";

ALTER TABLE "DEV"."public"."_dm_stage_1c168adb00d2"
RENAME TO "DEV"."public"."orders";

DELETE FROM "DEV"."public"."_datamask_meta"
WHERE
  "table_name" = 'customers';

INSERT INTO "DEV"."public"."_datamask_meta" (
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
  'customers',
  SUBSTR(LOWER(TO_HEX(SHA256(TO_UTF8('datamask-sql/dm1/fingerprint:' || ?)))), 1, 16),
  '3a983b006629fe3d3c0cf6265aabf45201796c02e3be5527015b89919017ec50',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP AS VARCHAR);

DELETE FROM "DEV"."public"."_datamask_meta"
WHERE
  "table_name" = 'orders';

INSERT INTO "DEV"."public"."_datamask_meta" (
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
  'orders',
  SUBSTR(LOWER(TO_HEX(SHA256(TO_UTF8('datamask-sql/dm1/fingerprint:' || ?)))), 1, 16),
  '3bd1a452820bb50cb288a2aad4e46cf79e2501ca01ebf25768d3bafd6409b069',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP AS VARCHAR);

