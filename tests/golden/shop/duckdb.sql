-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect duckdb
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS "masked";

-- file: 001_lookup_city_de_de_adc7c8a2f136.sql (lookup data, sha256 6d34688776637ed87d6e1508c55130885561eb49c2790544395d07e9e1df7948)

-- file: 002_lookup_first_name_en_us_0780cf166fbf.sql (lookup data, sha256 260b6ff1aa019bcb2c619ae1bee6fd01598021a36b1d1234804e07f17a012bad)

-- file: 003_lookup_last_name_en_us_98d08c045bae.sql (lookup data, sha256 432cb3fdec9269101099f9a1318d6ad3954ad60cb049dec2c18d27d8c7a37f5d)

-- file: 004_lookup_postal_code_de_de_7aaa35513755.sql (lookup data, sha256 bdc2ae8b245ec5f5f9327d3e3d835d5dbba20664287995ba3195b8927dfca6ba)

-- file: 005_lookup_street_address_en_us_19c90c0e6f83.sql (lookup data, sha256 a4b6288c196b36664e7bccef485be5b87b92670c1595e86441292fcc5aeb49e4)

-- file: 006_customers.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect duckdb
-- builds the masked copy of public.customers in a staging table
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
  CAST(CASE WHEN "src"."first_name" IS NULL THEN NULL ELSE "_dm_l1"."value" END AS TEXT(40)) AS "first_name",
  CAST(CASE WHEN "src"."last_name" IS NULL THEN NULL ELSE "_dm_l2"."value" END AS TEXT(40)) AS "last_name",
  CAST(CASE
    WHEN "src"."phone" IS NULL
    THEN NULL
    ELSE CASE
      WHEN LENGTH("src"."phone") <= 2
      THEN ARRAY_TO_STRING(
        LIST_TRANSFORM(
          STR_SPLIT("src"."phone", ''),
          LAMBDA "_dm_ch" : CASE WHEN CONTAINS(' -()+.', _dm_ch) THEN _dm_ch ELSE '*' END
        ),
        ''
      )
      ELSE ARRAY_TO_STRING(
        LIST_TRANSFORM(
          STR_SPLIT(SUBSTRING("src"."phone", 1, LENGTH("src"."phone") - 2), ''),
          LAMBDA "_dm_ch" : CASE WHEN CONTAINS(' -()+.', _dm_ch) THEN _dm_ch ELSE '*' END
        ),
        ''
      ) || SUBSTRING("src"."phone", LENGTH("src"."phone") - 2 + 1, 2)
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
  FROM "public"."customers" AS "src"
) AS "src"
LEFT JOIN "masked"."_dm_lookup_first_name_en_us_0780cf166fbf" AS "_dm_l1"
  ON "_dm_l1"."idx" = CAST('0x' || SUBSTRING("src"."_dm_digest_2", 1, 15) AS BIGINT) % 690
LEFT JOIN "masked"."_dm_lookup_last_name_en_us_98d08c045bae" AS "_dm_l2"
  ON "_dm_l2"."idx" = CAST('0x' || SUBSTRING("src"."_dm_digest_3", 1, 15) AS BIGINT) % 1000;

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

-- file: 007_addresses.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect duckdb
-- builds the masked copy of public.addresses in a staging table
-- masking key: SET VARIABLE datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "masked"."_dm_stage_fe79d7d4f725";

CREATE TABLE "masked"."_dm_stage_fe79d7d4f725" AS
SELECT
  "src"."id" AS "id",
  "src"."customer_id" AS "customer_id",
  CAST(CASE WHEN "src"."street" IS NULL THEN NULL ELSE "_dm_l1"."value" END AS TEXT(120)) AS "street",
  CAST(CASE WHEN "src"."city" IS NULL THEN NULL ELSE "_dm_l2"."value" END AS TEXT(60)) AS "city",
  CAST(CASE WHEN "src"."postal_code" IS NULL THEN NULL ELSE "_dm_l3"."value" END AS TEXT(12)) AS "postal_code",
  "src"."country" AS "country"
FROM (
  SELECT
    "src".*,
    SHA256(
      COALESCE(
        GETVARIABLE('datamask_key'),
        CAST(ERROR('datamask_key is not set (see the file header)') AS TEXT)
      ) || 'e6afc0773fc6fb705640f7104f74fdd383f4ee52d86fd26301849f14ced56751' || "src"."street"
    ) AS "_dm_digest_1",
    SHA256(
      COALESCE(
        GETVARIABLE('datamask_key'),
        CAST(ERROR('datamask_key is not set (see the file header)') AS TEXT)
      ) || 'dc0ee697f6e0dd9c69d6d277e628977e3d6dbd611705318d9a8598347aa90bbf' || "src"."city"
    ) AS "_dm_digest_2",
    SHA256(
      COALESCE(
        GETVARIABLE('datamask_key'),
        CAST(ERROR('datamask_key is not set (see the file header)') AS TEXT)
      ) || '887656d130c285fc90959c237b23c37282af42ce2cbe53abd217b042cb7f3196' || "src"."postal_code"
    ) AS "_dm_digest_3"
  FROM "public"."addresses" AS "src"
) AS "src"
LEFT JOIN "masked"."_dm_lookup_street_address_en_us_19c90c0e6f83" AS "_dm_l1"
  ON "_dm_l1"."idx" = CAST('0x' || SUBSTRING("src"."_dm_digest_1", 1, 15) AS BIGINT) % 4000
LEFT JOIN "masked"."_dm_lookup_city_de_de_adc7c8a2f136" AS "_dm_l2"
  ON "_dm_l2"."idx" = CAST('0x' || SUBSTRING("src"."_dm_digest_2", 1, 15) AS BIGINT) % 392
LEFT JOIN "masked"."_dm_lookup_postal_code_de_de_7aaa35513755" AS "_dm_l3"
  ON "_dm_l3"."idx" = CAST('0x' || SUBSTRING("src"."_dm_digest_3", 1, 15) AS BIGINT) % 4000;

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

-- file: 008_orders.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect duckdb
-- builds the masked copy of public.orders in a staging table
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
FROM "public"."orders" AS "src";

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

-- file: 009_payments.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect duckdb
-- builds the masked copy of public.payments in a staging table
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
      THEN ARRAY_TO_STRING(
        LIST_TRANSFORM(
          STR_SPLIT("src"."card_number", ''),
          LAMBDA "_dm_ch" : CASE WHEN CONTAINS(' -', _dm_ch) THEN _dm_ch ELSE '*' END
        ),
        ''
      )
      ELSE ARRAY_TO_STRING(
        LIST_TRANSFORM(
          STR_SPLIT(SUBSTRING("src"."card_number", 1, LENGTH("src"."card_number") - 4), ''),
          LAMBDA "_dm_ch" : CASE WHEN CONTAINS(' -', _dm_ch) THEN _dm_ch ELSE '*' END
        ),
        ''
      ) || SUBSTRING("src"."card_number", LENGTH("src"."card_number") - 4 + 1, 4)
    END
  END AS TEXT(19)) AS "card_number",
  "src"."card_last4" AS "card_last4",
  "src"."amount" AS "amount",
  "src"."paid_at" AS "paid_at"
FROM "public"."payments" AS "src";

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

-- file: 010_swap.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect duckdb
-- replaces each target table by its verified staging table

BEGIN;

DROP TABLE IF EXISTS "masked"."payments";

DROP TABLE IF EXISTS "masked"."orders";

DROP TABLE IF EXISTS "masked"."addresses";

DROP TABLE IF EXISTS "masked"."customers";

CREATE TABLE "masked"."customers" (
  "id" INT NOT NULL,
  "email" TEXT(120) NOT NULL,
  "first_name" TEXT(40) NOT NULL,
  "last_name" TEXT(40) NOT NULL,
  "phone" TEXT(24),
  "birth_date" DATE,
  "created_at" TIMESTAMP NOT NULL,
  "is_vip" BOOLEAN NOT NULL,
  "notes" TEXT(500),
  CONSTRAINT "_dm_pk_0fb2905599_0" PRIMARY KEY ("id"),
  CONSTRAINT "_dm_uq_0fb2905599_0" UNIQUE (
    "email"
  )
);

INSERT INTO "masked"."customers" (
  "id",
  "email",
  "first_name",
  "last_name",
  "phone",
  "birth_date",
  "created_at",
  "is_vip",
  "notes"
)
SELECT
  "id",
  "email",
  "first_name",
  "last_name",
  "phone",
  "birth_date",
  "created_at",
  "is_vip",
  "notes"
FROM "masked"."_dm_stage_21eb2153dd14";

DROP TABLE IF EXISTS "masked"."_dm_stage_21eb2153dd14";

CREATE TABLE "masked"."addresses" (
  "id" INT NOT NULL,
  "customer_id" INT NOT NULL,
  "street" TEXT(120) NOT NULL,
  "city" TEXT(60) NOT NULL,
  "postal_code" TEXT(12) NOT NULL,
  "country" TEXT(2) NOT NULL,
  CONSTRAINT "_dm_pk_6c87de1f2a_0" PRIMARY KEY ("id"),
  CONSTRAINT "_dm_fk_6c87de1f2a_0" FOREIGN KEY ("customer_id") REFERENCES "masked"."customers" (
    "id"
  )
);

INSERT INTO "masked"."addresses" (
  "id",
  "customer_id",
  "street",
  "city",
  "postal_code",
  "country"
)
SELECT
  "id",
  "customer_id",
  "street",
  "city",
  "postal_code",
  "country"
FROM "masked"."_dm_stage_fe79d7d4f725";

DROP TABLE IF EXISTS "masked"."_dm_stage_fe79d7d4f725";

CREATE TABLE "masked"."orders" (
  "id" INT NOT NULL,
  "customer_id" INT NOT NULL,
  "shipping_address_id" INT,
  "ordered_at" TIMESTAMP NOT NULL,
  "status" TEXT(16) NOT NULL,
  "total" DECIMAL(10, 2) NOT NULL,
  CONSTRAINT "_dm_pk_2622c6ed9d_0" PRIMARY KEY ("id"),
  CONSTRAINT "_dm_fk_2622c6ed9d_0" FOREIGN KEY ("customer_id") REFERENCES "masked"."customers" (
    "id"
  ),
  CONSTRAINT "_dm_fk_2622c6ed9d_1" FOREIGN KEY ("shipping_address_id") REFERENCES "masked"."addresses" (
    "id"
  )
);

INSERT INTO "masked"."orders" (
  "id",
  "customer_id",
  "shipping_address_id",
  "ordered_at",
  "status",
  "total"
)
SELECT
  "id",
  "customer_id",
  "shipping_address_id",
  "ordered_at",
  "status",
  "total"
FROM "masked"."_dm_stage_1c168adb00d2";

DROP TABLE IF EXISTS "masked"."_dm_stage_1c168adb00d2";

CREATE TABLE "masked"."payments" (
  "id" INT NOT NULL,
  "order_id" INT NOT NULL,
  "card_number" TEXT(19) NOT NULL,
  "card_last4" TEXT(4) NOT NULL,
  "amount" DECIMAL(10, 2) NOT NULL,
  "paid_at" TIMESTAMP,
  CONSTRAINT "_dm_pk_b18c46f0b4_0" PRIMARY KEY ("id"),
  CONSTRAINT "_dm_fk_b18c46f0b4_0" FOREIGN KEY ("order_id") REFERENCES "masked"."orders" (
    "id"
  )
);

INSERT INTO "masked"."payments" (
  "id",
  "order_id",
  "card_number",
  "card_last4",
  "amount",
  "paid_at"
)
SELECT
  "id",
  "order_id",
  "card_number",
  "card_last4",
  "amount",
  "paid_at"
FROM "masked"."_dm_stage_df384ae97c77";

DROP TABLE IF EXISTS "masked"."_dm_stage_df384ae97c77";

COMMIT;

