-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect duckdb
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS "masked";

-- file: 001_customers.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect duckdb
-- builds the masked copy of main.customers in a staging table
-- masking key: SET VARIABLE datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "masked"."_dm_stage_21eb2153dd14";

CREATE TABLE "masked"."_dm_stage_21eb2153dd14" AS
SELECT
  "src"."id" AS "id",
  CAST(CASE
    WHEN "src"."email" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."_dm_digest_1", 1, 16) || '@' || CASE
      WHEN CAST('0x' || SUBSTRING("src"."_dm_digest_1", 17, 2) AS BIGINT) % 3 = 0
      THEN 'example.com'
      WHEN CAST('0x' || SUBSTRING("src"."_dm_digest_1", 17, 2) AS BIGINT) % 3 = 1
      THEN 'example.net'
      ELSE 'example.org'
    END
  END AS TEXT(120)) AS "email",
  CAST(CASE
    WHEN "src"."first_name" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."_dm_digest_2", 1, 12)
  END AS TEXT(40)) AS "first_name",
  CAST(CASE
    WHEN "src"."last_name" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."_dm_digest_3", 1, 12)
  END AS TEXT(40)) AS "last_name",
  CAST(CASE
    WHEN "src"."phone" IS NULL
    THEN NULL
    ELSE CASE
      WHEN LENGTH("src"."phone") <= 2
      THEN REGEXP_REPLACE("src"."phone", '[^ ()+-]', '*', 'g')
      ELSE REGEXP_REPLACE(SUBSTRING("src"."phone", 1, LENGTH("src"."phone") - 2), '[^ ()+-]', '*', 'g') || SUBSTRING("src"."phone", LENGTH("src"."phone") - 2 + 1, 2)
    END
  END AS TEXT(24)) AS "phone",
  CAST(NULL AS DATE) AS "birth_date",
  "src"."created_at" AS "created_at",
  "src"."is_vip" AS "is_vip",
  CAST(NULL AS TEXT(500)) AS "notes"
FROM (
  SELECT
    "src".*,
    SHA256(
      COALESCE(
        GETVARIABLE('datamask_key'),
        CAST(ERROR('datamask_key is not set (see the file header)') AS TEXT)
      ) || 'e721e2036e4becf7b6fc57200cf2e63eaa4759e0c40f20fc4e194ad9b398bc30' || "src"."email"
    ) AS "_dm_digest_1",
    SHA256(
      COALESCE(
        GETVARIABLE('datamask_key'),
        CAST(ERROR('datamask_key is not set (see the file header)') AS TEXT)
      ) || 'e175a3d319d959bbb8cd0a7c16b2c56a528695c9ad57d5a323c78649091d5985' || "src"."first_name"
    ) AS "_dm_digest_2",
    SHA256(
      COALESCE(
        GETVARIABLE('datamask_key'),
        CAST(ERROR('datamask_key is not set (see the file header)') AS TEXT)
      ) || 'c4f3dde558963b7f10313d70597a66dec84f47eb0c8441314c5b91147811b1ff' || "src"."last_name"
    ) AS "_dm_digest_3"
  FROM "main"."customers" AS "src"
) AS "src";

ALTER TABLE "masked"."_dm_stage_21eb2153dd14"
ALTER COLUMN "id" SET NOT NULL;

ALTER TABLE "masked"."_dm_stage_21eb2153dd14"
ALTER COLUMN "email" SET NOT NULL;

ALTER TABLE "masked"."_dm_stage_21eb2153dd14"
ALTER COLUMN "first_name" SET NOT NULL;

ALTER TABLE "masked"."_dm_stage_21eb2153dd14"
ALTER COLUMN "last_name" SET NOT NULL;

ALTER TABLE "masked"."_dm_stage_21eb2153dd14"
ALTER COLUMN "created_at" SET NOT NULL;

ALTER TABLE "masked"."_dm_stage_21eb2153dd14"
ALTER COLUMN "is_vip" SET NOT NULL;

-- file: 002_addresses.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect duckdb
-- builds the masked copy of main.addresses in a staging table
-- masking key: SET VARIABLE datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "masked"."_dm_stage_fe79d7d4f725";

CREATE TABLE "masked"."_dm_stage_fe79d7d4f725" AS
SELECT
  "src"."id" AS "id",
  "src"."customer_id" AS "customer_id",
  CAST(CASE
    WHEN "src"."street" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."_dm_digest_1", 1, 16)
  END AS TEXT(120)) AS "street",
  "src"."city" AS "city",
  CAST(CASE
    WHEN "src"."postal_code" IS NULL
    THEN NULL
    ELSE CASE
      WHEN LENGTH("src"."postal_code") <= 2
      THEN REGEXP_REPLACE("src"."postal_code", '[^ -]', '*', 'g')
      ELSE SUBSTRING("src"."postal_code", 1, 2) || REGEXP_REPLACE(SUBSTRING("src"."postal_code", 3, LENGTH("src"."postal_code") - 2), '[^ -]', '*', 'g')
    END
  END AS TEXT(12)) AS "postal_code",
  "src"."country" AS "country"
FROM (
  SELECT
    "src".*,
    SHA256(
      COALESCE(
        GETVARIABLE('datamask_key'),
        CAST(ERROR('datamask_key is not set (see the file header)') AS TEXT)
      ) || 'e6afc0773fc6fb705640f7104f74fdd383f4ee52d86fd26301849f14ced56751' || "src"."street"
    ) AS "_dm_digest_1"
  FROM "main"."addresses" AS "src"
) AS "src";

ALTER TABLE "masked"."_dm_stage_fe79d7d4f725"
ALTER COLUMN "id" SET NOT NULL;

ALTER TABLE "masked"."_dm_stage_fe79d7d4f725"
ALTER COLUMN "customer_id" SET NOT NULL;

ALTER TABLE "masked"."_dm_stage_fe79d7d4f725"
ALTER COLUMN "street" SET NOT NULL;

ALTER TABLE "masked"."_dm_stage_fe79d7d4f725"
ALTER COLUMN "city" SET NOT NULL;

ALTER TABLE "masked"."_dm_stage_fe79d7d4f725"
ALTER COLUMN "postal_code" SET NOT NULL;

ALTER TABLE "masked"."_dm_stage_fe79d7d4f725"
ALTER COLUMN "country" SET NOT NULL;

-- file: 003_orders.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect duckdb
-- builds the masked copy of main.orders in a staging table
-- masking key: SET VARIABLE datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "masked"."_dm_stage_1c168adb00d2";

CREATE TABLE "masked"."_dm_stage_1c168adb00d2" AS
SELECT
  "src"."id" AS "id",
  "src"."customer_id" AS "customer_id",
  "src"."shipping_address_id" AS "shipping_address_id",
  "src"."ordered_at" AS "ordered_at",
  "src"."status" AS "status",
  "src"."total" AS "total"
FROM "main"."orders" AS "src";

ALTER TABLE "masked"."_dm_stage_1c168adb00d2"
ALTER COLUMN "id" SET NOT NULL;

ALTER TABLE "masked"."_dm_stage_1c168adb00d2"
ALTER COLUMN "customer_id" SET NOT NULL;

ALTER TABLE "masked"."_dm_stage_1c168adb00d2"
ALTER COLUMN "ordered_at" SET NOT NULL;

ALTER TABLE "masked"."_dm_stage_1c168adb00d2"
ALTER COLUMN "status" SET NOT NULL;

ALTER TABLE "masked"."_dm_stage_1c168adb00d2"
ALTER COLUMN "total" SET NOT NULL;

-- file: 004_payments.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect duckdb
-- builds the masked copy of main.payments in a staging table
-- masking key: SET VARIABLE datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "masked"."_dm_stage_df384ae97c77";

CREATE TABLE "masked"."_dm_stage_df384ae97c77" AS
SELECT
  "src"."id" AS "id",
  "src"."order_id" AS "order_id",
  CAST(CASE
    WHEN "src"."card_number" IS NULL
    THEN NULL
    ELSE CASE
      WHEN LENGTH("src"."card_number") <= 4
      THEN REGEXP_REPLACE("src"."card_number", '[^ -]', '*', 'g')
      ELSE REGEXP_REPLACE(SUBSTRING("src"."card_number", 1, LENGTH("src"."card_number") - 4), '[^ -]', '*', 'g') || SUBSTRING("src"."card_number", LENGTH("src"."card_number") - 4 + 1, 4)
    END
  END AS TEXT(19)) AS "card_number",
  "src"."card_last4" AS "card_last4",
  "src"."amount" AS "amount",
  "src"."paid_at" AS "paid_at"
FROM "main"."payments" AS "src";

ALTER TABLE "masked"."_dm_stage_df384ae97c77"
ALTER COLUMN "id" SET NOT NULL;

ALTER TABLE "masked"."_dm_stage_df384ae97c77"
ALTER COLUMN "order_id" SET NOT NULL;

ALTER TABLE "masked"."_dm_stage_df384ae97c77"
ALTER COLUMN "card_number" SET NOT NULL;

ALTER TABLE "masked"."_dm_stage_df384ae97c77"
ALTER COLUMN "card_last4" SET NOT NULL;

ALTER TABLE "masked"."_dm_stage_df384ae97c77"
ALTER COLUMN "amount" SET NOT NULL;

-- file: 005_swap.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect duckdb
-- replaces each target table by its verified staging table

BEGIN;

DROP TABLE IF EXISTS "masked"."customers";

ALTER TABLE "masked"."_dm_stage_21eb2153dd14"
RENAME TO "customers";

DROP TABLE IF EXISTS "masked"."addresses";

ALTER TABLE "masked"."_dm_stage_fe79d7d4f725"
RENAME TO "addresses";

DROP TABLE IF EXISTS "masked"."orders";

ALTER TABLE "masked"."_dm_stage_1c168adb00d2"
RENAME TO "orders";

DROP TABLE IF EXISTS "masked"."payments";

ALTER TABLE "masked"."_dm_stage_df384ae97c77"
RENAME TO "payments";

COMMIT;

