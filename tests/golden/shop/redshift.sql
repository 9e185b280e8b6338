-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect redshift
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
  "built_at" VARCHAR(40)
);

-- file: 001_lookup_city_de_de_adc7c8a2f136.sql (lookup data, sha256 91c7b0852d8bb6438e3dae86cc3e5478f4fa07bab9565828296db27057a9a8a4)

-- file: 002_lookup_first_name_en_us_0780cf166fbf.sql (lookup data, sha256 c0a369d99be5f9a27e11f4df5fb83fea9bae515f6ec9d865e4dca5dab7b880de)

-- file: 003_lookup_last_name_en_us_98d08c045bae.sql (lookup data, sha256 956162239ed99195ad1ac9de76bad3540ab1cb470f0422d10d00ce870b25cc84)

-- file: 004_lookup_postal_code_de_de_7aaa35513755.sql (lookup data, sha256 a0346868f8deab31302a9f6bcf96672fc688cea5a07ecc66c992175f4dcffda5)

-- file: 005_lookup_street_address_en_us_19c90c0e6f83.sql (lookup data, sha256 f54be32c80298f54134a67ca1b6ffb8d83408619970066af0d36f4fbe4f78405)

-- file: 006_customers.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect redshift
-- builds the masked copy of public.customers in a staging table
-- masking key: CREATE TEMP TABLE datamask_key AS SELECT CAST('<output of: datamask-sql key>' AS VARCHAR(64)) AS k;

DROP TABLE IF EXISTS "masked"."_dm_stage_21eb2153dd14";

CREATE TABLE "masked"."_dm_stage_21eb2153dd14" AS
SELECT
  "src"."id" AS "id",
  CAST(CASE
    WHEN "src"."email" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."_dm_digest_1" FROM 1 FOR 16) || '@' || CASE
      WHEN STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 17 FOR 2), 16) % 3 = 0
      THEN 'example.com'
      WHEN STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 17 FOR 2), 16) % 3 = 1
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
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 7 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 4 FOR 1)
    END || CASE
      WHEN 5 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 5 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 9 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 5 FOR 1)
    END || CASE
      WHEN 6 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 6 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 11 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 6 FOR 1)
    END || CASE
      WHEN 7 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 7 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 13 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 7 FOR 1)
    END || CASE
      WHEN 8 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 8 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 15 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 8 FOR 1)
    END || CASE
      WHEN 9 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 9 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 17 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 9 FOR 1)
    END || CASE
      WHEN 10 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 10 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 19 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 10 FOR 1)
    END || CASE
      WHEN 11 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 11 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 21 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 11 FOR 1)
    END || CASE
      WHEN 12 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 12 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 23 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 12 FOR 1)
    END || CASE
      WHEN 13 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 13 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 25 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 13 FOR 1)
    END || CASE
      WHEN 14 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 14 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 27 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 14 FOR 1)
    END || CASE
      WHEN 15 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 15 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 29 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 15 FOR 1)
    END || CASE
      WHEN 16 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 16 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 31 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 16 FOR 1)
    END || CASE
      WHEN 17 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 17 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 33 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 17 FOR 1)
    END || CASE
      WHEN 18 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 18 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 35 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 18 FOR 1)
    END || CASE
      WHEN 19 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 19 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 37 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 19 FOR 1)
    END || CASE
      WHEN 20 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 20 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 39 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 20 FOR 1)
    END || CASE
      WHEN 21 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 21 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 41 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 21 FOR 1)
    END || CASE
      WHEN 22 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 22 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 43 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 22 FOR 1)
    END || CASE
      WHEN 23 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 23 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 45 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 23 FOR 1)
    END || CASE
      WHEN 24 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 24 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_4" FROM 47 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."phone" FROM 24 FOR 1)
    END || REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 25), '[0-9]', '0')
  END AS VARCHAR(24)) AS "phone",
  CAST(CASE
    WHEN "src"."birth_date" IS NULL
    THEN NULL
    ELSE DATEADD(
      DAY,
      CASE
        WHEN STRTOL(SUBSTRING("src"."_dm_digest_5" FROM 1 FOR 15), 16) % 360 < 180
        THEN (
          STRTOL(SUBSTRING("src"."_dm_digest_5" FROM 1 FOR 15), 16) % 360 - 180
        ) * CASE WHEN EXTRACT(YEAR FROM "src"."birth_date") <= 10 THEN -1 ELSE 1 END
        ELSE (
          STRTOL(SUBSTRING("src"."_dm_digest_5" FROM 1 FOR 15), 16) % 360 - 180 + 1
        ) * CASE WHEN EXTRACT(YEAR FROM "src"."birth_date") > 9989 THEN -1 ELSE 1 END
      END,
      "src"."birth_date"
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
        'user@example.com'
      ),
      '[0-9]',
      '#'
    )
  END AS VARCHAR(500)) AS "notes"
FROM (
  SELECT
    "src".*,
    SHA2(
      (
        SELECT
          "k"
        FROM "datamask_key"
      ) || 'e721e2036e4becf7b6fc57200cf2e63eaa4759e0c40f20fc4e194ad9b398bc30' || "src"."email",
      256
    ) AS "_dm_digest_1",
    SHA2(
      (
        SELECT
          "k"
        FROM "datamask_key"
      ) || 'e175a3d319d959bbb8cd0a7c16b2c56a528695c9ad57d5a323c78649091d5985' || "src"."first_name",
      256
    ) AS "_dm_digest_2",
    SHA2(
      (
        SELECT
          "k"
        FROM "datamask_key"
      ) || 'c4f3dde558963b7f10313d70597a66dec84f47eb0c8441314c5b91147811b1ff' || "src"."last_name",
      256
    ) AS "_dm_digest_3",
    SHA2(
      (
        SELECT
          "k"
        FROM "datamask_key"
      ) || '5e72d4c1a960a37b3aff1d2efde8366b24eeca1f0354801927d8440291d5b583' || "src"."phone",
      256
    ) AS "_dm_digest_4",
    SHA2(
      (
        SELECT
          "k"
        FROM "datamask_key"
      ) || '79d54ea47dd60e826100b20b77867502847b176d1738178e5763e26e3c5c4304' || TO_CHAR("src"."birth_date", 'YYYY-MM-DD'),
      256
    ) AS "_dm_digest_5"
  FROM "public"."customers" AS "src"
) AS "src"
LEFT JOIN "masked"."_dm_lookup_first_name_en_us_0780cf166fbf" AS "_dm_l1"
  ON "_dm_l1"."idx" = STRTOL(SUBSTRING("src"."_dm_digest_2" FROM 1 FOR 15), 16) % 690
LEFT JOIN "masked"."_dm_lookup_last_name_en_us_98d08c045bae" AS "_dm_l2"
  ON "_dm_l2"."idx" = STRTOL(SUBSTRING("src"."_dm_digest_3" FROM 1 FOR 15), 16) % 1000;

-- file: 007_addresses.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect redshift
-- builds the masked copy of public.addresses in a staging table
-- masking key: CREATE TEMP TABLE datamask_key AS SELECT CAST('<output of: datamask-sql key>' AS VARCHAR(64)) AS k;

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
    SHA2(
      (
        SELECT
          "k"
        FROM "datamask_key"
      ) || 'e6afc0773fc6fb705640f7104f74fdd383f4ee52d86fd26301849f14ced56751' || "src"."street",
      256
    ) AS "_dm_digest_1",
    SHA2(
      (
        SELECT
          "k"
        FROM "datamask_key"
      ) || 'dc0ee697f6e0dd9c69d6d277e628977e3d6dbd611705318d9a8598347aa90bbf' || "src"."city",
      256
    ) AS "_dm_digest_2",
    SHA2(
      (
        SELECT
          "k"
        FROM "datamask_key"
      ) || '887656d130c285fc90959c237b23c37282af42ce2cbe53abd217b042cb7f3196' || "src"."postal_code",
      256
    ) AS "_dm_digest_3"
  FROM "public"."addresses" AS "src"
) AS "src"
LEFT JOIN "masked"."_dm_lookup_street_address_en_us_19c90c0e6f83" AS "_dm_l1"
  ON "_dm_l1"."idx" = STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 1 FOR 15), 16) % 4000
LEFT JOIN "masked"."_dm_lookup_city_de_de_adc7c8a2f136" AS "_dm_l2"
  ON "_dm_l2"."idx" = STRTOL(SUBSTRING("src"."_dm_digest_2" FROM 1 FOR 15), 16) % 392
LEFT JOIN "masked"."_dm_lookup_postal_code_de_de_7aaa35513755" AS "_dm_l3"
  ON "_dm_l3"."idx" = STRTOL(SUBSTRING("src"."_dm_digest_3" FROM 1 FOR 15), 16) % 4000;

-- file: 008_orders.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect redshift
-- builds the masked copy of public.orders in a staging table
-- masking key: CREATE TEMP TABLE datamask_key AS SELECT CAST('<output of: datamask-sql key>' AS VARCHAR(64)) AS k;

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

-- file: 009_payments.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect redshift
-- builds the masked copy of public.payments in a staging table
-- masking key: CREATE TEMP TABLE datamask_key AS SELECT CAST('<output of: datamask-sql key>' AS VARCHAR(64)) AS k;

DROP TABLE IF EXISTS "masked"."_dm_stage_df384ae97c77";

CREATE TABLE "masked"."_dm_stage_df384ae97c77" AS
SELECT
  "src"."id" AS "id",
  "src"."order_id" AS "order_id",
  CAST(CASE
    WHEN "src"."card_number" IS NULL
    THEN NULL
    ELSE SUBSTRING(CASE
      WHEN 1 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 1 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 1 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 1 FOR 1)
    END || CASE
      WHEN 2 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 2 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 3 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 2 FOR 1)
    END || CASE
      WHEN 3 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 3 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 5 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 3 FOR 1)
    END || CASE
      WHEN 4 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 4 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 7 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 4 FOR 1)
    END || CASE
      WHEN 5 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 5 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 9 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 5 FOR 1)
    END || CASE
      WHEN 6 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 6 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 11 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 6 FOR 1)
    END || CASE
      WHEN 7 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 7 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 13 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 7 FOR 1)
    END || CASE
      WHEN 8 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 8 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 15 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 8 FOR 1)
    END || CASE
      WHEN 9 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 9 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 17 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 9 FOR 1)
    END || CASE
      WHEN 10 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 10 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 19 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 10 FOR 1)
    END || CASE
      WHEN 11 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 11 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 21 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 11 FOR 1)
    END || CASE
      WHEN 12 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 12 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 23 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 12 FOR 1)
    END || CASE
      WHEN 13 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 13 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 25 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 13 FOR 1)
    END || CASE
      WHEN 14 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 14 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 27 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 14 FOR 1)
    END || CASE
      WHEN 15 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 15 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 29 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 15 FOR 1)
    END || CASE
      WHEN 16 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 16 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 31 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 16 FOR 1)
    END || CASE
      WHEN 17 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 17 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 33 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 17 FOR 1)
    END || CASE
      WHEN 18 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 18 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 35 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 18 FOR 1)
    END || CASE
      WHEN 19 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 19 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 37 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 19 FOR 1)
    END || REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 20), '[0-9]', '0') FROM 1 FOR CASE WHEN "src"."_dm_row_1" > 0 THEN "src"."_dm_row_1" ELSE 1 END - 1) || CASE
      WHEN "src"."_dm_row_1" > 0
      THEN SUBSTRING('01234567890516273849' FROM CAST(10 * (LENGTH(
        REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM "src"."_dm_row_1" + 1), '[^0-9]', '')
      ) % 2) + (
        10 - (
          CASE
            WHEN "src"."_dm_row_1" = 1
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 1 + STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 1 FOR 2), 16) % 10 FOR 1) AS INTEGER)
          END + CASE
            WHEN "src"."_dm_row_1" = 2
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 11 + STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 3 FOR 2), 16) % 10 FOR 1) AS INTEGER)
          END + CASE
            WHEN "src"."_dm_row_1" = 3
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 21 + STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 5 FOR 2), 16) % 10 FOR 1) AS INTEGER)
          END + CASE
            WHEN "src"."_dm_row_1" = 4
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 31 + STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 7 FOR 2), 16) % 10 FOR 1) AS INTEGER)
          END + CASE
            WHEN "src"."_dm_row_1" = 5
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 41 + STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 9 FOR 2), 16) % 10 FOR 1) AS INTEGER)
          END + CASE
            WHEN "src"."_dm_row_1" = 6
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 51 + STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 11 FOR 2), 16) % 10 FOR 1) AS INTEGER)
          END + CASE
            WHEN "src"."_dm_row_1" = 7
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 61 + STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 13 FOR 2), 16) % 10 FOR 1) AS INTEGER)
          END + CASE
            WHEN "src"."_dm_row_1" = 8
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 71 + STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 15 FOR 2), 16) % 10 FOR 1) AS INTEGER)
          END + CASE
            WHEN "src"."_dm_row_1" = 9
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 81 + STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 17 FOR 2), 16) % 10 FOR 1) AS INTEGER)
          END + CASE
            WHEN "src"."_dm_row_1" = 10
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 91 + STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 19 FOR 2), 16) % 10 FOR 1) AS INTEGER)
          END + CASE
            WHEN "src"."_dm_row_1" = 11
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 101 + STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 21 FOR 2), 16) % 10 FOR 1) AS INTEGER)
          END + CASE
            WHEN "src"."_dm_row_1" = 12
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 111 + STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 23 FOR 2), 16) % 10 FOR 1) AS INTEGER)
          END + CASE
            WHEN "src"."_dm_row_1" = 13
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 121 + STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 25 FOR 2), 16) % 10 FOR 1) AS INTEGER)
          END + CASE
            WHEN "src"."_dm_row_1" = 14
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 131 + STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 27 FOR 2), 16) % 10 FOR 1) AS INTEGER)
          END + CASE
            WHEN "src"."_dm_row_1" = 15
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 141 + STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 29 FOR 2), 16) % 10 FOR 1) AS INTEGER)
          END + CASE
            WHEN "src"."_dm_row_1" = 16
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 151 + STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 31 FOR 2), 16) % 10 FOR 1) AS INTEGER)
          END + CASE
            WHEN "src"."_dm_row_1" = 17
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 161 + STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 33 FOR 2), 16) % 10 FOR 1) AS INTEGER)
          END + CASE
            WHEN "src"."_dm_row_1" = 18
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 171 + STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 35 FOR 2), 16) % 10 FOR 1) AS INTEGER)
          END + CASE
            WHEN "src"."_dm_row_1" = 19
            THEN 0
            ELSE CAST(SUBSTRING("src"."_dm_row_2" FROM 181 + STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 37 FOR 2), 16) % 10 FOR 1) AS INTEGER)
          END
        ) % 10
      ) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM CASE WHEN "src"."_dm_row_1" > 0 THEN "src"."_dm_row_1" ELSE 1 END FOR 1)
    END || SUBSTRING(CASE
      WHEN 1 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 1 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 1 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 1 FOR 1)
    END || CASE
      WHEN 2 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 2 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 3 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 2 FOR 1)
    END || CASE
      WHEN 3 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 3 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 5 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 3 FOR 1)
    END || CASE
      WHEN 4 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 4 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 7 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 4 FOR 1)
    END || CASE
      WHEN 5 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 5 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 9 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 5 FOR 1)
    END || CASE
      WHEN 6 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 6 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 11 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 6 FOR 1)
    END || CASE
      WHEN 7 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 7 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 13 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 7 FOR 1)
    END || CASE
      WHEN 8 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 8 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 15 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 8 FOR 1)
    END || CASE
      WHEN 9 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 9 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 17 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 9 FOR 1)
    END || CASE
      WHEN 10 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 10 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 19 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 10 FOR 1)
    END || CASE
      WHEN 11 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 11 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 21 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 11 FOR 1)
    END || CASE
      WHEN 12 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 12 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 23 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 12 FOR 1)
    END || CASE
      WHEN 13 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 13 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 25 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 13 FOR 1)
    END || CASE
      WHEN 14 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 14 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 27 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 14 FOR 1)
    END || CASE
      WHEN 15 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 15 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 29 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 15 FOR 1)
    END || CASE
      WHEN 16 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 16 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 31 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 16 FOR 1)
    END || CASE
      WHEN 17 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 17 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 33 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 17 FOR 1)
    END || CASE
      WHEN 18 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 18 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 35 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 18 FOR 1)
    END || CASE
      WHEN 19 <= LENGTH("src"."card_number") - 4
      AND POSITION(SUBSTRING("src"."card_number" FROM 19 FOR 1) IN '0123456789') > 0
      THEN SUBSTRING('0123456789' FROM CAST(STRTOL(SUBSTRING("src"."_dm_digest_1" FROM 37 FOR 2), 16) % 10 + 1 AS INTEGER) FOR 1)
      ELSE SUBSTRING("src"."card_number" FROM 19 FOR 1)
    END || REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 20), '[0-9]', '0') FROM CASE WHEN "src"."_dm_row_1" > 0 THEN "src"."_dm_row_1" ELSE 1 END + 1)
  END AS VARCHAR(19)) AS "card_number",
  "src"."card_last4" AS "card_last4",
  "src"."amount" AS "amount",
  "src"."paid_at" AS "paid_at"
FROM (
  SELECT
    "src".*,
    SHA2(
      (
        SELECT
          "k"
        FROM "datamask_key"
      ) || 'b553d20da2e3dd3791be0dc0d6752febed344cbf490b3ab2d6e500b02adabe2a' || "src"."card_number",
      256
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
        ''
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
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 2), '[^0-9]', '')) % 2) FOR 10) || SUBSTRING(CASE
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
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 3), '[^0-9]', '')) % 2) FOR 10) || SUBSTRING(CASE
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
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 4), '[^0-9]', '')) % 2) FOR 10) || SUBSTRING(CASE
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
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 5), '[^0-9]', '')) % 2) FOR 10) || SUBSTRING(CASE
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
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 6), '[^0-9]', '')) % 2) FOR 10) || SUBSTRING(CASE
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
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 7), '[^0-9]', '')) % 2) FOR 10) || SUBSTRING(CASE
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
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 8), '[^0-9]', '')) % 2) FOR 10) || SUBSTRING(CASE
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
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 9), '[^0-9]', '')) % 2) FOR 10) || SUBSTRING(CASE
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
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 10), '[^0-9]', '')) % 2) FOR 10) || SUBSTRING(CASE
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
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 11), '[^0-9]', '')) % 2) FOR 10) || SUBSTRING(CASE
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
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 12), '[^0-9]', '')) % 2) FOR 10) || SUBSTRING(CASE
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
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 13), '[^0-9]', '')) % 2) FOR 10) || SUBSTRING(CASE
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
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 14), '[^0-9]', '')) % 2) FOR 10) || SUBSTRING(CASE
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
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 15), '[^0-9]', '')) % 2) FOR 10) || SUBSTRING(CASE
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
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 16), '[^0-9]', '')) % 2) FOR 10) || SUBSTRING(CASE
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
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 17), '[^0-9]', '')) % 2) FOR 10) || SUBSTRING(CASE
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
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 18), '[^0-9]', '')) % 2) FOR 10) || SUBSTRING(CASE
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
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 19), '[^0-9]', '')) % 2) FOR 10) || SUBSTRING(CASE
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
    END FROM 1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card_number" FROM 20), '[^0-9]', '')) % 2) FOR 10) AS "_dm_row_2"
  FROM "public"."payments" AS "src"
) AS "src";

-- file: 010_swap.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect redshift
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
  SUBSTRING(SHA2('datamask-sql/dm1/fingerprint:' || (
    SELECT
      "k"
    FROM "datamask_key"
  ), 256) FROM 1 FOR 16),
  '611168ef11bfc4b7c4267eae2dc1d96c56d898e23e06d08efb047fed2be80d63',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(GETDATE() AS VARCHAR(MAX));

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
  SUBSTRING(SHA2('datamask-sql/dm1/fingerprint:' || (
    SELECT
      "k"
    FROM "datamask_key"
  ), 256) FROM 1 FOR 16),
  '60469fd68a61936b832a460bc7eae3256528c11915e09bc5aa22495859cf17cf',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(GETDATE() AS VARCHAR(MAX));

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
  SUBSTRING(SHA2('datamask-sql/dm1/fingerprint:' || (
    SELECT
      "k"
    FROM "datamask_key"
  ), 256) FROM 1 FOR 16),
  '7f37330516a2df4277ded30c51ce49631986acf0571f2a00e522de7a8ed61a06',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(GETDATE() AS VARCHAR(MAX));

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
  SUBSTRING(SHA2('datamask-sql/dm1/fingerprint:' || (
    SELECT
      "k"
    FROM "datamask_key"
  ), 256) FROM 1 FOR 16),
  '1f72644308c18e6bf6045c2f6b72302fdf9626c2a44011000437d9dedb50ed69',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(GETDATE() AS VARCHAR(MAX));

COMMIT;

