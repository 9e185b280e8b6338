-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS "masked";

CREATE TABLE IF NOT EXISTS "masked"."_datamask_meta" (
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

-- file: 001_lookup_city_de_de_adc7c8a2f136.sql (lookup data, sha256 a739fd46bb6e26df66edce29de2519c9ca008e79d7eb55c5f329d09459c9edd2)

-- file: 002_lookup_first_name_en_us_0780cf166fbf.sql (lookup data, sha256 dded2002ca4f74ffd9e842888b6137673f075b37a7a42c4f37a444e75c7e1a3d)

-- file: 003_lookup_last_name_en_us_98d08c045bae.sql (lookup data, sha256 207f4862dcd0e95dbdc1135cecf9f44c82de5be5a69c6ad9a50c28bc7d810879)

-- file: 004_lookup_postal_code_de_de_7aaa35513755.sql (lookup data, sha256 4abd7f6f8f6d9c6afb1b2acea2f58a0c29e3a8cd9b07f24eeb44aaebb1c5a91d)

-- file: 005_lookup_street_address_en_us_19c90c0e6f83.sql (lookup data, sha256 c49e40c7625591579eeb87986294191a5910ce4279b2a1112a01702963535b44)

-- file: 006_customers.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- builds the masked copy of public.customers in a staging table
-- masking key: SET datamask.key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "masked"."_dm_stage_21eb2153dd14";

CREATE TABLE "masked"."_dm_stage_21eb2153dd14" AS
SELECT
  "src"."id" AS "id",
  CAST(CASE
    WHEN "src"."email" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."_dm_digest_1" FROM 1 FOR 16) || '@' || CASE
      WHEN GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 17 FOR 2), 'hex'), 0) % 3 = 0
      THEN 'example.com'
      WHEN GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 17 FOR 2), 'hex'), 0) % 3 = 1
      THEN 'example.net'
      ELSE 'example.org'
    END
  END AS VARCHAR(120)) AS "email",
  CAST(CASE
    WHEN "src"."first_name" IS NULL
    THEN NULL
    ELSE CASE
      WHEN LENGTH("src"."first_name") = 0
      THEN "src"."first_name"
      ELSE "_dm_l1"."value"
    END
  END AS VARCHAR(40)) AS "first_name",
  CAST(CASE
    WHEN "src"."last_name" IS NULL
    THEN NULL
    ELSE CASE
      WHEN LENGTH("src"."last_name") = 0
      THEN "src"."last_name"
      ELSE "_dm_l2"."value"
    END
  END AS VARCHAR(40)) AS "last_name",
  CAST(CASE
    WHEN "src"."phone" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."phone" FROM 1 FOR 1) || SUBSTRING("src"."phone" FROM 2 FOR 1) || SUBSTRING("src"."phone" FROM 3 FOR 1) || CASE
      WHEN 4 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 4 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 7 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 4 FOR 1)
    END || CASE
      WHEN 5 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 5 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 9 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 5 FOR 1)
    END || CASE
      WHEN 6 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 6 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 11 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 6 FOR 1)
    END || CASE
      WHEN 7 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 7 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 13 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 7 FOR 1)
    END || CASE
      WHEN 8 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 8 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 15 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 8 FOR 1)
    END || CASE
      WHEN 9 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 9 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 17 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 9 FOR 1)
    END || CASE
      WHEN 10 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 10 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 19 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 10 FOR 1)
    END || CASE
      WHEN 11 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 11 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 21 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 11 FOR 1)
    END || CASE
      WHEN 12 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 12 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 23 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 12 FOR 1)
    END || CASE
      WHEN 13 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 13 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 25 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 13 FOR 1)
    END || CASE
      WHEN 14 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 14 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 27 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 14 FOR 1)
    END || CASE
      WHEN 15 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 15 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 29 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 15 FOR 1)
    END || CASE
      WHEN 16 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 16 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 31 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 16 FOR 1)
    END || CASE
      WHEN 17 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 17 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 33 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 17 FOR 1)
    END || CASE
      WHEN 18 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 18 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 35 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 18 FOR 1)
    END || CASE
      WHEN 19 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 19 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 37 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 19 FOR 1)
    END || CASE
      WHEN 20 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 20 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 39 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 20 FOR 1)
    END || CASE
      WHEN 21 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 21 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 41 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 21 FOR 1)
    END || CASE
      WHEN 22 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 22 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 43 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 22 FOR 1)
    END || CASE
      WHEN 23 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 23 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 45 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 23 FOR 1)
    END || CASE
      WHEN 24 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 24 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_4" FROM 47 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 24 FOR 1)
    END || REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 25), '[0-9]', '0', 'g')
  END AS VARCHAR(24)) AS "phone",
  CAST(CASE
    WHEN "src"."birth_date" IS NULL
    THEN NULL
    ELSE (
      "src"."birth_date" + (
        CASE
          WHEN CAST(CAST((
            'x' || SUBSTRING("src"."_dm_digest_5" FROM 1 FOR 15)
          ) AS BIT(60)) AS BIGINT) % 360 < 180
          THEN (
            CAST(CAST((
              'x' || SUBSTRING("src"."_dm_digest_5" FROM 1 FOR 15)
            ) AS BIT(60)) AS BIGINT) % 360 - 180
          ) * CASE WHEN EXTRACT(YEAR FROM "src"."birth_date") <= 10 THEN -1 ELSE 1 END
          ELSE (
            CAST(CAST((
              'x' || SUBSTRING("src"."_dm_digest_5" FROM 1 FOR 15)
            ) AS BIT(60)) AS BIGINT) % 360 - 180 + 1
          ) * CASE WHEN EXTRACT(YEAR FROM "src"."birth_date") > 9989 THEN -1 ELSE 1 END
        END
      ) * INTERVAL '1 DAY'
    )
  END AS DATE) AS "birth_date",
  "src"."created_at" AS "created_at",
  "src"."is_vip" AS "is_vip",
  CAST(CASE
    WHEN "src"."notes" IS NULL
    THEN NULL
    ELSE REGEXP_REPLACE(
      REGEXP_REPLACE(
        "src"."notes",
        '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+([.][A-Za-z0-9-]+)+',
        'user@example.com',
        'g'
      ),
      '[0-9]',
      '#',
      'g'
    )
  END AS VARCHAR(500)) AS "notes"
FROM (
  SELECT
    "src".*,
    ENCODE(
      SHA256(
        CONVERT_TO(
          CURRENT_SETTING('datamask.key') || 'e721e2036e4becf7b6fc57200cf2e63eaa4759e0c40f20fc4e194ad9b398bc30' || "src"."email",
          'UTF8'
        )
      ),
      'hex'
    ) AS "_dm_digest_1",
    ENCODE(
      SHA256(
        CONVERT_TO(
          CURRENT_SETTING('datamask.key') || 'e175a3d319d959bbb8cd0a7c16b2c56a528695c9ad57d5a323c78649091d5985' || "src"."first_name",
          'UTF8'
        )
      ),
      'hex'
    ) AS "_dm_digest_2",
    ENCODE(
      SHA256(
        CONVERT_TO(
          CURRENT_SETTING('datamask.key') || 'c4f3dde558963b7f10313d70597a66dec84f47eb0c8441314c5b91147811b1ff' || "src"."last_name",
          'UTF8'
        )
      ),
      'hex'
    ) AS "_dm_digest_3",
    ENCODE(
      SHA256(
        CONVERT_TO(
          CURRENT_SETTING('datamask.key') || '5e72d4c1a960a37b3aff1d2efde8366b24eeca1f0354801927d8440291d5b583' || "src"."phone",
          'UTF8'
        )
      ),
      'hex'
    ) AS "_dm_digest_4",
    ENCODE(
      SHA256(
        CONVERT_TO(
          CURRENT_SETTING('datamask.key') || '79d54ea47dd60e826100b20b77867502847b176d1738178e5763e26e3c5c4304' || TO_CHAR("src"."birth_date", 'YYYY-MM-DD'),
          'UTF8'
        )
      ),
      'hex'
    ) AS "_dm_digest_5"
  FROM "public"."customers" AS "src"
  OFFSET 0
) AS "src"
LEFT JOIN "masked"."_dm_lookup_first_name_en_us_0780cf166fbf" AS "_dm_l1"
  ON "_dm_l1"."idx" = CAST(CAST((
    'x' || SUBSTRING("src"."_dm_digest_2" FROM 1 FOR 15)
  ) AS BIT(60)) AS BIGINT) % 690
LEFT JOIN "masked"."_dm_lookup_last_name_en_us_98d08c045bae" AS "_dm_l2"
  ON "_dm_l2"."idx" = CAST(CAST((
    'x' || SUBSTRING("src"."_dm_digest_3" FROM 1 FOR 15)
  ) AS BIT(60)) AS BIGINT) % 1000;

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
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- builds the masked copy of public.addresses in a staging table
-- masking key: SET datamask.key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "masked"."_dm_stage_fe79d7d4f725";

CREATE TABLE "masked"."_dm_stage_fe79d7d4f725" AS
SELECT
  "src"."id" AS "id",
  "src"."customer_id" AS "customer_id",
  CAST(CASE
    WHEN "src"."street" IS NULL
    THEN NULL
    ELSE CASE WHEN LENGTH("src"."street") = 0 THEN "src"."street" ELSE "_dm_l1"."value" END
  END AS VARCHAR(120)) AS "street",
  CAST(CASE
    WHEN "src"."city" IS NULL
    THEN NULL
    ELSE CASE WHEN LENGTH("src"."city") = 0 THEN "src"."city" ELSE "_dm_l2"."value" END
  END AS VARCHAR(60)) AS "city",
  CAST(CASE
    WHEN "src"."postal_code" IS NULL
    THEN NULL
    ELSE CASE
      WHEN LENGTH("src"."postal_code") = 0
      THEN "src"."postal_code"
      ELSE "_dm_l3"."value"
    END
  END AS VARCHAR(12)) AS "postal_code",
  "src"."country" AS "country"
FROM (
  SELECT
    "src".*,
    ENCODE(
      SHA256(
        CONVERT_TO(
          CURRENT_SETTING('datamask.key') || 'e6afc0773fc6fb705640f7104f74fdd383f4ee52d86fd26301849f14ced56751' || "src"."street",
          'UTF8'
        )
      ),
      'hex'
    ) AS "_dm_digest_1",
    ENCODE(
      SHA256(
        CONVERT_TO(
          CURRENT_SETTING('datamask.key') || 'dc0ee697f6e0dd9c69d6d277e628977e3d6dbd611705318d9a8598347aa90bbf' || "src"."city",
          'UTF8'
        )
      ),
      'hex'
    ) AS "_dm_digest_2",
    ENCODE(
      SHA256(
        CONVERT_TO(
          CURRENT_SETTING('datamask.key') || '887656d130c285fc90959c237b23c37282af42ce2cbe53abd217b042cb7f3196' || "src"."postal_code",
          'UTF8'
        )
      ),
      'hex'
    ) AS "_dm_digest_3"
  FROM "public"."addresses" AS "src"
  OFFSET 0
) AS "src"
LEFT JOIN "masked"."_dm_lookup_street_address_en_us_19c90c0e6f83" AS "_dm_l1"
  ON "_dm_l1"."idx" = CAST(CAST((
    'x' || SUBSTRING("src"."_dm_digest_1" FROM 1 FOR 15)
  ) AS BIT(60)) AS BIGINT) % 4000
LEFT JOIN "masked"."_dm_lookup_city_de_de_adc7c8a2f136" AS "_dm_l2"
  ON "_dm_l2"."idx" = CAST(CAST((
    'x' || SUBSTRING("src"."_dm_digest_2" FROM 1 FOR 15)
  ) AS BIT(60)) AS BIGINT) % 392
LEFT JOIN "masked"."_dm_lookup_postal_code_de_de_7aaa35513755" AS "_dm_l3"
  ON "_dm_l3"."idx" = CAST(CAST((
    'x' || SUBSTRING("src"."_dm_digest_3" FROM 1 FOR 15)
  ) AS BIT(60)) AS BIGINT) % 4000;

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
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- builds the masked copy of public.orders in a staging table
-- masking key: SET datamask.key = '<output of: datamask-sql key>';

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
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- builds the masked copy of public.payments in a staging table
-- masking key: SET datamask.key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "masked"."_dm_stage_df384ae97c77";

CREATE TABLE "masked"."_dm_stage_df384ae97c77" AS
SELECT
  "src"."id" AS "id",
  "src"."order_id" AS "order_id",
  CAST(CASE
    WHEN "src"."card_number" IS NULL
    THEN NULL
    ELSE OVERLAY(CASE
      WHEN 1 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 1 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 1 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 1 FOR 1)
    END || CASE
      WHEN 2 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 2 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 3 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 2 FOR 1)
    END || CASE
      WHEN 3 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 3 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 5 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 3 FOR 1)
    END || CASE
      WHEN 4 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 4 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 7 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 4 FOR 1)
    END || CASE
      WHEN 5 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 5 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 9 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 5 FOR 1)
    END || CASE
      WHEN 6 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 6 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 11 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 6 FOR 1)
    END || CASE
      WHEN 7 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 7 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 13 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 7 FOR 1)
    END || CASE
      WHEN 8 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 8 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 15 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 8 FOR 1)
    END || CASE
      WHEN 9 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 9 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 17 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 9 FOR 1)
    END || CASE
      WHEN 10 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 10 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 19 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 10 FOR 1)
    END || CASE
      WHEN 11 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 11 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 21 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 11 FOR 1)
    END || CASE
      WHEN 12 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 12 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 23 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 12 FOR 1)
    END || CASE
      WHEN 13 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 13 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 25 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 13 FOR 1)
    END || CASE
      WHEN 14 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 14 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 27 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 14 FOR 1)
    END || CASE
      WHEN 15 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 15 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 29 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 15 FOR 1)
    END || CASE
      WHEN 16 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 16 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 31 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 16 FOR 1)
    END || CASE
      WHEN 17 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 17 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 33 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 17 FOR 1)
    END || CASE
      WHEN 18 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 18 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 35 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 18 FOR 1)
    END || CASE
      WHEN 19 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 19 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 37 FOR 2), 'hex'), 0) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 19 FOR 1)
    END || REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 20), '[0-9]', '0', 'g') PLACING CASE
      WHEN "src"."_dm_row_1" > 0
      THEN SUBSTRING('01234567890516273849' FROM CAST(10 * (LENGTH(
        REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM "src"."_dm_row_1" + 1), '[^0-9]', '', 'g')
      ) % 2) + (
        10 - (
          CASE
            WHEN "src"."_dm_row_1" = 1
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 1 + GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 1 FOR 2), 'hex'), 0) % 10 FOR 1) AS INT)
          END + CASE
            WHEN "src"."_dm_row_1" = 2
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 11 + GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 3 FOR 2), 'hex'), 0) % 10 FOR 1) AS INT)
          END + CASE
            WHEN "src"."_dm_row_1" = 3
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 21 + GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 5 FOR 2), 'hex'), 0) % 10 FOR 1) AS INT)
          END + CASE
            WHEN "src"."_dm_row_1" = 4
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 31 + GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 7 FOR 2), 'hex'), 0) % 10 FOR 1) AS INT)
          END + CASE
            WHEN "src"."_dm_row_1" = 5
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 41 + GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 9 FOR 2), 'hex'), 0) % 10 FOR 1) AS INT)
          END + CASE
            WHEN "src"."_dm_row_1" = 6
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 51 + GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 11 FOR 2), 'hex'), 0) % 10 FOR 1) AS INT)
          END + CASE
            WHEN "src"."_dm_row_1" = 7
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 61 + GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 13 FOR 2), 'hex'), 0) % 10 FOR 1) AS INT)
          END + CASE
            WHEN "src"."_dm_row_1" = 8
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 71 + GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 15 FOR 2), 'hex'), 0) % 10 FOR 1) AS INT)
          END + CASE
            WHEN "src"."_dm_row_1" = 9
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 81 + GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 17 FOR 2), 'hex'), 0) % 10 FOR 1) AS INT)
          END + CASE
            WHEN "src"."_dm_row_1" = 10
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 91 + GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 19 FOR 2), 'hex'), 0) % 10 FOR 1) AS INT)
          END + CASE
            WHEN "src"."_dm_row_1" = 11
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 101 + GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 21 FOR 2), 'hex'), 0) % 10 FOR 1) AS INT)
          END + CASE
            WHEN "src"."_dm_row_1" = 12
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 111 + GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 23 FOR 2), 'hex'), 0) % 10 FOR 1) AS INT)
          END + CASE
            WHEN "src"."_dm_row_1" = 13
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 121 + GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 25 FOR 2), 'hex'), 0) % 10 FOR 1) AS INT)
          END + CASE
            WHEN "src"."_dm_row_1" = 14
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 131 + GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 27 FOR 2), 'hex'), 0) % 10 FOR 1) AS INT)
          END + CASE
            WHEN "src"."_dm_row_1" = 15
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 141 + GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 29 FOR 2), 'hex'), 0) % 10 FOR 1) AS INT)
          END + CASE
            WHEN "src"."_dm_row_1" = 16
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 151 + GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 31 FOR 2), 'hex'), 0) % 10 FOR 1) AS INT)
          END + CASE
            WHEN "src"."_dm_row_1" = 17
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 161 + GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 33 FOR 2), 'hex'), 0) % 10 FOR 1) AS INT)
          END + CASE
            WHEN "src"."_dm_row_1" = 18
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 171 + GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 35 FOR 2), 'hex'), 0) % 10 FOR 1) AS INT)
          END + CASE
            WHEN "src"."_dm_row_1" = 19
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 181 + GET_BYTE(DECODE(SUBSTRING("src"."_dm_digest_1" FROM 37 FOR 2), 'hex'), 0) % 10 FOR 1) AS INT)
          END
        ) % 10
      ) % 10 + 1 AS INT) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM CASE WHEN "src"."_dm_row_1" > 0 THEN "src"."_dm_row_1" ELSE 1 END FOR 1)
    END FROM CASE WHEN "src"."_dm_row_1" > 0 THEN "src"."_dm_row_1" ELSE 1 END FOR 1)
  END AS VARCHAR(19)) AS "card_number",
  "src"."card_last4" AS "card_last4",
  "src"."amount" AS "amount",
  "src"."paid_at" AS "paid_at"
FROM (
  SELECT
    "src".*,
    ENCODE(
      SHA256(
        CONVERT_TO(
          CURRENT_SETTING('datamask.key') || 'b553d20da2e3dd3791be0dc0d6752febed344cbf490b3ab2d6e500b02adabe2a' || "src"."card_number",
          'UTF8'
        )
      ),
      'hex'
    ) AS "_dm_digest_1",
    LENGTH(
      REGEXP_REPLACE(
        SUBSTRING("src"."card_number" FROM 1 FOR CASE
          WHEN LENGTH("src"."card_number") <= 4
          THEN 0
          WHEN LENGTH("src"."card_number") - 4 < 19
          THEN LENGTH("src"."card_number") - 4
          ELSE 19
        END),
        '[^0-9]+$',
        '',
        'g'
      )
    ) AS "_dm_row_1",
    SUBSTRING(CASE
      WHEN NOT (
        1 <= LENGTH("src"."card_number")
        AND POSITION(SUBSTRING("src"."card_number" FROM 1 FOR 1) IN '0123456789') > 0
      )
      THEN '00000000000000000000'
      WHEN 1 > LENGTH("src"."card_number") - 4
      THEN REPEAT(SUBSTRING("src"."card_number" FROM 1 FOR 1), 10) || REPEAT(
        SUBSTRING('0246813579' FROM POSITION(SUBSTRING("src"."card_number" FROM 1 FOR 1) IN '0123456789') FOR 1),
        10
      )
      ELSE '01234567890246813579'
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 2), '[^0-9]', '', 'g')) % 2) FOR 10) || SUBSTRING(CASE
      WHEN NOT (
        2 <= LENGTH("src"."card_number")
        AND POSITION(SUBSTRING("src"."card_number" FROM 2 FOR 1) IN '0123456789') > 0
      )
      THEN '00000000000000000000'
      WHEN 2 > LENGTH("src"."card_number") - 4
      THEN REPEAT(SUBSTRING("src"."card_number" FROM 2 FOR 1), 10) || REPEAT(
        SUBSTRING('0246813579' FROM POSITION(SUBSTRING("src"."card_number" FROM 2 FOR 1) IN '0123456789') FOR 1),
        10
      )
      ELSE '01234567890246813579'
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 3), '[^0-9]', '', 'g')) % 2) FOR 10) || SUBSTRING(CASE
      WHEN NOT (
        3 <= LENGTH("src"."card_number")
        AND POSITION(SUBSTRING("src"."card_number" FROM 3 FOR 1) IN '0123456789') > 0
      )
      THEN '00000000000000000000'
      WHEN 3 > LENGTH("src"."card_number") - 4
      THEN REPEAT(SUBSTRING("src"."card_number" FROM 3 FOR 1), 10) || REPEAT(
        SUBSTRING('0246813579' FROM POSITION(SUBSTRING("src"."card_number" FROM 3 FOR 1) IN '0123456789') FOR 1),
        10
      )
      ELSE '01234567890246813579'
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 4), '[^0-9]', '', 'g')) % 2) FOR 10) || SUBSTRING(CASE
      WHEN NOT (
        4 <= LENGTH("src"."card_number")
        AND POSITION(SUBSTRING("src"."card_number" FROM 4 FOR 1) IN '0123456789') > 0
      )
      THEN '00000000000000000000'
      WHEN 4 > LENGTH("src"."card_number") - 4
      THEN REPEAT(SUBSTRING("src"."card_number" FROM 4 FOR 1), 10) || REPEAT(
        SUBSTRING('0246813579' FROM POSITION(SUBSTRING("src"."card_number" FROM 4 FOR 1) IN '0123456789') FOR 1),
        10
      )
      ELSE '01234567890246813579'
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 5), '[^0-9]', '', 'g')) % 2) FOR 10) || SUBSTRING(CASE
      WHEN NOT (
        5 <= LENGTH("src"."card_number")
        AND POSITION(SUBSTRING("src"."card_number" FROM 5 FOR 1) IN '0123456789') > 0
      )
      THEN '00000000000000000000'
      WHEN 5 > LENGTH("src"."card_number") - 4
      THEN REPEAT(SUBSTRING("src"."card_number" FROM 5 FOR 1), 10) || REPEAT(
        SUBSTRING('0246813579' FROM POSITION(SUBSTRING("src"."card_number" FROM 5 FOR 1) IN '0123456789') FOR 1),
        10
      )
      ELSE '01234567890246813579'
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 6), '[^0-9]', '', 'g')) % 2) FOR 10) || SUBSTRING(CASE
      WHEN NOT (
        6 <= LENGTH("src"."card_number")
        AND POSITION(SUBSTRING("src"."card_number" FROM 6 FOR 1) IN '0123456789') > 0
      )
      THEN '00000000000000000000'
      WHEN 6 > LENGTH("src"."card_number") - 4
      THEN REPEAT(SUBSTRING("src"."card_number" FROM 6 FOR 1), 10) || REPEAT(
        SUBSTRING('0246813579' FROM POSITION(SUBSTRING("src"."card_number" FROM 6 FOR 1) IN '0123456789') FOR 1),
        10
      )
      ELSE '01234567890246813579'
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 7), '[^0-9]', '', 'g')) % 2) FOR 10) || SUBSTRING(CASE
      WHEN NOT (
        7 <= LENGTH("src"."card_number")
        AND POSITION(SUBSTRING("src"."card_number" FROM 7 FOR 1) IN '0123456789') > 0
      )
      THEN '00000000000000000000'
      WHEN 7 > LENGTH("src"."card_number") - 4
      THEN REPEAT(SUBSTRING("src"."card_number" FROM 7 FOR 1), 10) || REPEAT(
        SUBSTRING('0246813579' FROM POSITION(SUBSTRING("src"."card_number" FROM 7 FOR 1) IN '0123456789') FOR 1),
        10
      )
      ELSE '01234567890246813579'
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 8), '[^0-9]', '', 'g')) % 2) FOR 10) || SUBSTRING(CASE
      WHEN NOT (
        8 <= LENGTH("src"."card_number")
        AND POSITION(SUBSTRING("src"."card_number" FROM 8 FOR 1) IN '0123456789') > 0
      )
      THEN '00000000000000000000'
      WHEN 8 > LENGTH("src"."card_number") - 4
      THEN REPEAT(SUBSTRING("src"."card_number" FROM 8 FOR 1), 10) || REPEAT(
        SUBSTRING('0246813579' FROM POSITION(SUBSTRING("src"."card_number" FROM 8 FOR 1) IN '0123456789') FOR 1),
        10
      )
      ELSE '01234567890246813579'
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 9), '[^0-9]', '', 'g')) % 2) FOR 10) || SUBSTRING(CASE
      WHEN NOT (
        9 <= LENGTH("src"."card_number")
        AND POSITION(SUBSTRING("src"."card_number" FROM 9 FOR 1) IN '0123456789') > 0
      )
      THEN '00000000000000000000'
      WHEN 9 > LENGTH("src"."card_number") - 4
      THEN REPEAT(SUBSTRING("src"."card_number" FROM 9 FOR 1), 10) || REPEAT(
        SUBSTRING('0246813579' FROM POSITION(SUBSTRING("src"."card_number" FROM 9 FOR 1) IN '0123456789') FOR 1),
        10
      )
      ELSE '01234567890246813579'
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 10), '[^0-9]', '', 'g')) % 2) FOR 10) || SUBSTRING(CASE
      WHEN NOT (
        10 <= LENGTH("src"."card_number")
        AND POSITION(SUBSTRING("src"."card_number" FROM 10 FOR 1) IN '0123456789') > 0
      )
      THEN '00000000000000000000'
      WHEN 10 > LENGTH("src"."card_number") - 4
      THEN REPEAT(SUBSTRING("src"."card_number" FROM 10 FOR 1), 10) || REPEAT(
        SUBSTRING('0246813579' FROM POSITION(SUBSTRING("src"."card_number" FROM 10 FOR 1) IN '0123456789') FOR 1),
        10
      )
      ELSE '01234567890246813579'
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 11), '[^0-9]', '', 'g')) % 2) FOR 10) || SUBSTRING(CASE
      WHEN NOT (
        11 <= LENGTH("src"."card_number")
        AND POSITION(SUBSTRING("src"."card_number" FROM 11 FOR 1) IN '0123456789') > 0
      )
      THEN '00000000000000000000'
      WHEN 11 > LENGTH("src"."card_number") - 4
      THEN REPEAT(SUBSTRING("src"."card_number" FROM 11 FOR 1), 10) || REPEAT(
        SUBSTRING('0246813579' FROM POSITION(SUBSTRING("src"."card_number" FROM 11 FOR 1) IN '0123456789') FOR 1),
        10
      )
      ELSE '01234567890246813579'
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 12), '[^0-9]', '', 'g')) % 2) FOR 10) || SUBSTRING(CASE
      WHEN NOT (
        12 <= LENGTH("src"."card_number")
        AND POSITION(SUBSTRING("src"."card_number" FROM 12 FOR 1) IN '0123456789') > 0
      )
      THEN '00000000000000000000'
      WHEN 12 > LENGTH("src"."card_number") - 4
      THEN REPEAT(SUBSTRING("src"."card_number" FROM 12 FOR 1), 10) || REPEAT(
        SUBSTRING('0246813579' FROM POSITION(SUBSTRING("src"."card_number" FROM 12 FOR 1) IN '0123456789') FOR 1),
        10
      )
      ELSE '01234567890246813579'
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 13), '[^0-9]', '', 'g')) % 2) FOR 10) || SUBSTRING(CASE
      WHEN NOT (
        13 <= LENGTH("src"."card_number")
        AND POSITION(SUBSTRING("src"."card_number" FROM 13 FOR 1) IN '0123456789') > 0
      )
      THEN '00000000000000000000'
      WHEN 13 > LENGTH("src"."card_number") - 4
      THEN REPEAT(SUBSTRING("src"."card_number" FROM 13 FOR 1), 10) || REPEAT(
        SUBSTRING('0246813579' FROM POSITION(SUBSTRING("src"."card_number" FROM 13 FOR 1) IN '0123456789') FOR 1),
        10
      )
      ELSE '01234567890246813579'
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 14), '[^0-9]', '', 'g')) % 2) FOR 10) || SUBSTRING(CASE
      WHEN NOT (
        14 <= LENGTH("src"."card_number")
        AND POSITION(SUBSTRING("src"."card_number" FROM 14 FOR 1) IN '0123456789') > 0
      )
      THEN '00000000000000000000'
      WHEN 14 > LENGTH("src"."card_number") - 4
      THEN REPEAT(SUBSTRING("src"."card_number" FROM 14 FOR 1), 10) || REPEAT(
        SUBSTRING('0246813579' FROM POSITION(SUBSTRING("src"."card_number" FROM 14 FOR 1) IN '0123456789') FOR 1),
        10
      )
      ELSE '01234567890246813579'
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 15), '[^0-9]', '', 'g')) % 2) FOR 10) || SUBSTRING(CASE
      WHEN NOT (
        15 <= LENGTH("src"."card_number")
        AND POSITION(SUBSTRING("src"."card_number" FROM 15 FOR 1) IN '0123456789') > 0
      )
      THEN '00000000000000000000'
      WHEN 15 > LENGTH("src"."card_number") - 4
      THEN REPEAT(SUBSTRING("src"."card_number" FROM 15 FOR 1), 10) || REPEAT(
        SUBSTRING('0246813579' FROM POSITION(SUBSTRING("src"."card_number" FROM 15 FOR 1) IN '0123456789') FOR 1),
        10
      )
      ELSE '01234567890246813579'
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 16), '[^0-9]', '', 'g')) % 2) FOR 10) || SUBSTRING(CASE
      WHEN NOT (
        16 <= LENGTH("src"."card_number")
        AND POSITION(SUBSTRING("src"."card_number" FROM 16 FOR 1) IN '0123456789') > 0
      )
      THEN '00000000000000000000'
      WHEN 16 > LENGTH("src"."card_number") - 4
      THEN REPEAT(SUBSTRING("src"."card_number" FROM 16 FOR 1), 10) || REPEAT(
        SUBSTRING('0246813579' FROM POSITION(SUBSTRING("src"."card_number" FROM 16 FOR 1) IN '0123456789') FOR 1),
        10
      )
      ELSE '01234567890246813579'
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 17), '[^0-9]', '', 'g')) % 2) FOR 10) || SUBSTRING(CASE
      WHEN NOT (
        17 <= LENGTH("src"."card_number")
        AND POSITION(SUBSTRING("src"."card_number" FROM 17 FOR 1) IN '0123456789') > 0
      )
      THEN '00000000000000000000'
      WHEN 17 > LENGTH("src"."card_number") - 4
      THEN REPEAT(SUBSTRING("src"."card_number" FROM 17 FOR 1), 10) || REPEAT(
        SUBSTRING('0246813579' FROM POSITION(SUBSTRING("src"."card_number" FROM 17 FOR 1) IN '0123456789') FOR 1),
        10
      )
      ELSE '01234567890246813579'
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 18), '[^0-9]', '', 'g')) % 2) FOR 10) || SUBSTRING(CASE
      WHEN NOT (
        18 <= LENGTH("src"."card_number")
        AND POSITION(SUBSTRING("src"."card_number" FROM 18 FOR 1) IN '0123456789') > 0
      )
      THEN '00000000000000000000'
      WHEN 18 > LENGTH("src"."card_number") - 4
      THEN REPEAT(SUBSTRING("src"."card_number" FROM 18 FOR 1), 10) || REPEAT(
        SUBSTRING('0246813579' FROM POSITION(SUBSTRING("src"."card_number" FROM 18 FOR 1) IN '0123456789') FOR 1),
        10
      )
      ELSE '01234567890246813579'
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 19), '[^0-9]', '', 'g')) % 2) FOR 10) || SUBSTRING(CASE
      WHEN NOT (
        19 <= LENGTH("src"."card_number")
        AND POSITION(SUBSTRING("src"."card_number" FROM 19 FOR 1) IN '0123456789') > 0
      )
      THEN '00000000000000000000'
      WHEN 19 > LENGTH("src"."card_number") - 4
      THEN REPEAT(SUBSTRING("src"."card_number" FROM 19 FOR 1), 10) || REPEAT(
        SUBSTRING('0246813579' FROM POSITION(SUBSTRING("src"."card_number" FROM 19 FOR 1) IN '0123456789') FOR 1),
        10
      )
      ELSE '01234567890246813579'
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 20), '[^0-9]', '', 'g')) % 2) FOR 10) AS "_dm_row_2"
  FROM "public"."payments" AS "src"
  OFFSET 0
) AS "src";

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
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- replaces each target table by its verified staging table and records what built it in
-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)

BEGIN;

DROP TABLE IF EXISTS "masked"."payments";

DROP TABLE IF EXISTS "masked"."orders";

DROP TABLE IF EXISTS "masked"."addresses";

DROP TABLE IF EXISTS "masked"."customers";

ALTER TABLE "masked"."_dm_stage_21eb2153dd14"
RENAME TO "customers";

ALTER TABLE "masked"."_dm_stage_fe79d7d4f725"
RENAME TO "addresses";

ALTER TABLE "masked"."_dm_stage_1c168adb00d2"
RENAME TO "orders";

ALTER TABLE "masked"."_dm_stage_df384ae97c77"
RENAME TO "payments";

ALTER TABLE "masked"."customers"
ADD CONSTRAINT "_dm_pk_0fb2905599_0" PRIMARY KEY ("id");

ALTER TABLE "masked"."customers"
ADD CONSTRAINT "_dm_uq_0fb2905599_0" UNIQUE (
  "email"
);

ALTER TABLE "masked"."addresses"
ADD CONSTRAINT "_dm_pk_6c87de1f2a_0" PRIMARY KEY ("id");

ALTER TABLE "masked"."orders"
ADD CONSTRAINT "_dm_pk_2622c6ed9d_0" PRIMARY KEY ("id");

ALTER TABLE "masked"."payments"
ADD CONSTRAINT "_dm_pk_b18c46f0b4_0" PRIMARY KEY ("id");

ALTER TABLE "masked"."addresses"
  ADD CONSTRAINT "_dm_fk_6c87de1f2a_0" FOREIGN KEY ("customer_id") REFERENCES "masked"."customers" (
    "id"
  );

ALTER TABLE "masked"."orders"
  ADD CONSTRAINT "_dm_fk_2622c6ed9d_0" FOREIGN KEY ("customer_id") REFERENCES "masked"."customers" (
    "id"
  );

ALTER TABLE "masked"."orders"
  ADD CONSTRAINT "_dm_fk_2622c6ed9d_1" FOREIGN KEY ("shipping_address_id") REFERENCES "masked"."addresses" (
    "id"
  );

ALTER TABLE "masked"."payments"
  ADD CONSTRAINT "_dm_fk_b18c46f0b4_0" FOREIGN KEY ("order_id") REFERENCES "masked"."orders" (
    "id"
  );

DELETE FROM "masked"."_datamask_meta"
WHERE
  "table_name" = 'customers';

INSERT INTO "masked"."_datamask_meta" (
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
  SUBSTRING(ENCODE(
    SHA256(
      CONVERT_TO('datamask-sql/dm1/fingerprint:' || CURRENT_SETTING('datamask.key'), 'UTF8')
    ),
    'hex'
  ) FROM 1 FOR 16),
  '611168ef11bfc4b7c4267eae2dc1d96c56d898e23e06d08efb047fed2be80d63',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP AS TEXT);

DELETE FROM "masked"."_datamask_meta"
WHERE
  "table_name" = 'addresses';

INSERT INTO "masked"."_datamask_meta" (
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
  'addresses',
  SUBSTRING(ENCODE(
    SHA256(
      CONVERT_TO('datamask-sql/dm1/fingerprint:' || CURRENT_SETTING('datamask.key'), 'UTF8')
    ),
    'hex'
  ) FROM 1 FOR 16),
  '60469fd68a61936b832a460bc7eae3256528c11915e09bc5aa22495859cf17cf',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP AS TEXT);

DELETE FROM "masked"."_datamask_meta"
WHERE
  "table_name" = 'orders';

INSERT INTO "masked"."_datamask_meta" (
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
  SUBSTRING(ENCODE(
    SHA256(
      CONVERT_TO('datamask-sql/dm1/fingerprint:' || CURRENT_SETTING('datamask.key'), 'UTF8')
    ),
    'hex'
  ) FROM 1 FOR 16),
  '7f37330516a2df4277ded30c51ce49631986acf0571f2a00e522de7a8ed61a06',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP AS TEXT);

DELETE FROM "masked"."_datamask_meta"
WHERE
  "table_name" = 'payments';

INSERT INTO "masked"."_datamask_meta" (
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
  'payments',
  SUBSTRING(ENCODE(
    SHA256(
      CONVERT_TO('datamask-sql/dm1/fingerprint:' || CURRENT_SETTING('datamask.key'), 'UTF8')
    ),
    'hex'
  ) FROM 1 FOR 16),
  '1f72644308c18e6bf6045c2f6b72302fdf9626c2a44011000437d9dedb50ed69',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP AS TEXT);

COMMIT;

