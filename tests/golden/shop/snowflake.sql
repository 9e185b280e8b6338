-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect snowflake
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS "masked";

-- file: 001_customers.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect snowflake
-- builds the masked copy of main.customers in a staging table
-- masking key: SET datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "masked"."_dm_stage_21eb2153dd14";

CREATE TABLE "masked"."_dm_stage_21eb2153dd14" AS
SELECT
  "src"."id" AS "id",
  CAST(CASE
    WHEN "src"."email" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."_dm_digest_1", 1, 16) || '@' || CASE
      WHEN TO_NUMBER(SUBSTRING("src"."_dm_digest_1", 17, 2), 'XX') % 3 = 0
      THEN 'example.com'
      WHEN TO_NUMBER(SUBSTRING("src"."_dm_digest_1", 17, 2), 'XX') % 3 = 1
      THEN 'example.net'
      ELSE 'example.org'
    END
  END AS VARCHAR(120)) AS "email",
  CAST(CASE
    WHEN "src"."first_name" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."_dm_digest_2", 1, 12)
  END AS VARCHAR(40)) AS "first_name",
  CAST(CASE
    WHEN "src"."last_name" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."_dm_digest_3", 1, 12)
  END AS VARCHAR(40)) AS "last_name",
  CAST(CASE
    WHEN "src"."phone" IS NULL
    THEN NULL
    ELSE CASE
      WHEN LENGTH("src"."phone") <= 2
      THEN REGEXP_REPLACE("src"."phone", '[^ ()+-]', '*')
      ELSE REGEXP_REPLACE(SUBSTRING("src"."phone", 1, LENGTH("src"."phone") - 2), '[^ ()+-]', '*') || SUBSTRING("src"."phone", LENGTH("src"."phone") - 2 + 1, 2)
    END
  END AS VARCHAR(24)) AS "phone",
  CAST(NULL AS DATE) AS "birth_date",
  "src"."created_at" AS "created_at",
  "src"."is_vip" AS "is_vip",
  CAST(NULL AS VARCHAR(500)) AS "notes"
FROM (
  SELECT
    "src".*,
    SHA2(
      $datamask_key || 'e721e2036e4becf7b6fc57200cf2e63eaa4759e0c40f20fc4e194ad9b398bc30' || "src"."email",
      256
    ) AS "_dm_digest_1",
    SHA2(
      $datamask_key || 'e175a3d319d959bbb8cd0a7c16b2c56a528695c9ad57d5a323c78649091d5985' || "src"."first_name",
      256
    ) AS "_dm_digest_2",
    SHA2(
      $datamask_key || 'c4f3dde558963b7f10313d70597a66dec84f47eb0c8441314c5b91147811b1ff' || "src"."last_name",
      256
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
-- datamask-sql 0.1.0, algorithm dm1, dialect snowflake
-- builds the masked copy of main.addresses in a staging table
-- masking key: SET datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "masked"."_dm_stage_fe79d7d4f725";

CREATE TABLE "masked"."_dm_stage_fe79d7d4f725" AS
SELECT
  "src"."id" AS "id",
  "src"."customer_id" AS "customer_id",
  CAST(CASE
    WHEN "src"."street" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."_dm_digest_1", 1, 16)
  END AS VARCHAR(120)) AS "street",
  "src"."city" AS "city",
  CAST(CASE
    WHEN "src"."postal_code" IS NULL
    THEN NULL
    ELSE CASE
      WHEN LENGTH("src"."postal_code") <= 2
      THEN REGEXP_REPLACE("src"."postal_code", '[^ -]', '*')
      ELSE SUBSTRING("src"."postal_code", 1, 2) || REGEXP_REPLACE(SUBSTRING("src"."postal_code", 3, LENGTH("src"."postal_code") - 2), '[^ -]', '*')
    END
  END AS VARCHAR(12)) AS "postal_code",
  "src"."country" AS "country"
FROM (
  SELECT
    "src".*,
    SHA2(
      $datamask_key || 'e6afc0773fc6fb705640f7104f74fdd383f4ee52d86fd26301849f14ced56751' || "src"."street",
      256
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
-- datamask-sql 0.1.0, algorithm dm1, dialect snowflake
-- builds the masked copy of main.orders in a staging table
-- masking key: SET datamask_key = '<output of: datamask-sql key>';

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
-- datamask-sql 0.1.0, algorithm dm1, dialect snowflake
-- builds the masked copy of main.payments in a staging table
-- masking key: SET datamask_key = '<output of: datamask-sql key>';

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
      THEN REGEXP_REPLACE("src"."card_number", '[^ -]', '*')
      ELSE REGEXP_REPLACE(SUBSTRING("src"."card_number", 1, LENGTH("src"."card_number") - 4), '[^ -]', '*') || SUBSTRING("src"."card_number", LENGTH("src"."card_number") - 4 + 1, 4)
    END
  END AS VARCHAR(19)) AS "card_number",
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
-- datamask-sql 0.1.0, algorithm dm1, dialect snowflake
-- replaces each target table by its verified staging table

CREATE TABLE IF NOT EXISTS "masked"."customers"
LIKE "masked"."_dm_stage_21eb2153dd14";

ALTER TABLE "masked"."customers"
SWAP WITH "masked"."_dm_stage_21eb2153dd14";

DROP TABLE IF EXISTS "masked"."_dm_stage_21eb2153dd14";

CREATE TABLE IF NOT EXISTS "masked"."addresses"
LIKE "masked"."_dm_stage_fe79d7d4f725";

ALTER TABLE "masked"."addresses"
SWAP WITH "masked"."_dm_stage_fe79d7d4f725";

DROP TABLE IF EXISTS "masked"."_dm_stage_fe79d7d4f725";

CREATE TABLE IF NOT EXISTS "masked"."orders"
LIKE "masked"."_dm_stage_1c168adb00d2";

ALTER TABLE "masked"."orders"
SWAP WITH "masked"."_dm_stage_1c168adb00d2";

DROP TABLE IF EXISTS "masked"."_dm_stage_1c168adb00d2";

CREATE TABLE IF NOT EXISTS "masked"."payments"
LIKE "masked"."_dm_stage_df384ae97c77";

ALTER TABLE "masked"."payments"
SWAP WITH "masked"."_dm_stage_df384ae97c77";

DROP TABLE IF EXISTS "masked"."_dm_stage_df384ae97c77";

