-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect trino
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS "masked";

-- file: 001_lookup_city_de_de_adc7c8a2f136.sql (lookup data, sha256 28a68359a5db39094f5ced2b9a3e287ad64f9771638dd05c65f0fbaa67aa2fe0)

-- file: 002_lookup_first_name_en_us_0780cf166fbf.sql (lookup data, sha256 dd081776f0ffa31cc2757b34b9c0968396b28bda296777f738091a0fa44ede47)

-- file: 003_lookup_last_name_en_us_98d08c045bae.sql (lookup data, sha256 d40aa5b07a106e439bf97a57015e90b7bdd42435239dbb7356aa8d8749c50e97)

-- file: 004_lookup_postal_code_de_de_7aaa35513755.sql (lookup data, sha256 308c232286306dd423ef3e572771c340cfeeab6157df9eeb87922d6b4fe29e53)

-- file: 005_lookup_street_address_en_us_19c90c0e6f83.sql (lookup data, sha256 d7acf69c7e88a86f4c13cbe68e35c5d6ad17dcf47bb01fd6dc1a91d102f766b3)

-- file: 006_customers.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect trino
-- builds the masked copy of public.customers in a staging table
-- masking key: PREPARE each statement, then EXECUTE it USING the output of `datamask-sql key` once per '?'

DROP TABLE IF EXISTS "masked"."_dm_stage_21eb2153dd14";

CREATE TABLE "masked"."_dm_stage_21eb2153dd14" AS
SELECT
  "src"."id" AS "id",
  CAST(CASE
    WHEN "src"."email" IS NULL
    THEN NULL
    ELSE SUBSTR("src"."_dm_digest_1", 1, 16) || '@' || CASE
      WHEN FROM_BASE(SUBSTR("src"."_dm_digest_1", 17, 2), 16) % 3 = 0
      THEN 'example.com'
      WHEN FROM_BASE(SUBSTR("src"."_dm_digest_1", 17, 2), 16) % 3 = 1
      THEN 'example.net'
      ELSE 'example.org'
    END
  END AS VARCHAR(120)) AS "email",
  CAST(CASE WHEN "src"."first_name" IS NULL THEN NULL ELSE "_dm_l1"."value" END AS VARCHAR(40)) AS "first_name",
  CAST(CASE WHEN "src"."last_name" IS NULL THEN NULL ELSE "_dm_l2"."value" END AS VARCHAR(40)) AS "last_name",
  CAST(CASE
    WHEN "src"."phone" IS NULL
    THEN NULL
    ELSE CASE
      WHEN LENGTH("src"."phone") <= 2
      THEN REGEXP_REPLACE("src"."phone", '[^ ()+.-]', '*')
      ELSE REGEXP_REPLACE(SUBSTR("src"."phone", 1, LENGTH("src"."phone") - 2), '[^ ()+.-]', '*') || SUBSTR("src"."phone", LENGTH("src"."phone") - 2 + 1, 2)
    END
  END AS VARCHAR(24)) AS "phone",
  CAST(NULL AS DATE) AS "birth_date",
  "src"."created_at" AS "created_at",
  "src"."is_vip" AS "is_vip",
  CAST(NULL AS VARCHAR(500)) AS "notes"
FROM (
  SELECT
    "src".*,
    LOWER(
      TO_HEX(
        SHA256(
          TO_UTF8(
            ? || 'e721e2036e4becf7b6fc57200cf2e63eaa4759e0c40f20fc4e194ad9b398bc30' || "src"."email"
          )
        )
      )
    ) AS "_dm_digest_1",
    LOWER(
      TO_HEX(
        SHA256(
          TO_UTF8(
            ? || 'e175a3d319d959bbb8cd0a7c16b2c56a528695c9ad57d5a323c78649091d5985' || "src"."first_name"
          )
        )
      )
    ) AS "_dm_digest_2",
    LOWER(
      TO_HEX(
        SHA256(
          TO_UTF8(
            ? || 'c4f3dde558963b7f10313d70597a66dec84f47eb0c8441314c5b91147811b1ff' || "src"."last_name"
          )
        )
      )
    ) AS "_dm_digest_3"
  FROM "public"."customers" AS "src"
) AS "src"
LEFT JOIN "masked"."_dm_lookup_first_name_en_us_0780cf166fbf" AS "_dm_l1"
  ON "_dm_l1"."idx" = FROM_BASE(SUBSTR("src"."_dm_digest_2", 1, 15), 16) % 690
LEFT JOIN "masked"."_dm_lookup_last_name_en_us_98d08c045bae" AS "_dm_l2"
  ON "_dm_l2"."idx" = FROM_BASE(SUBSTR("src"."_dm_digest_3", 1, 15), 16) % 1000;

-- file: 007_addresses.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect trino
-- builds the masked copy of public.addresses in a staging table
-- masking key: PREPARE each statement, then EXECUTE it USING the output of `datamask-sql key` once per '?'

DROP TABLE IF EXISTS "masked"."_dm_stage_fe79d7d4f725";

CREATE TABLE "masked"."_dm_stage_fe79d7d4f725" AS
SELECT
  "src"."id" AS "id",
  "src"."customer_id" AS "customer_id",
  CAST(CASE WHEN "src"."street" IS NULL THEN NULL ELSE "_dm_l1"."value" END AS VARCHAR(120)) AS "street",
  CAST(CASE WHEN "src"."city" IS NULL THEN NULL ELSE "_dm_l2"."value" END AS VARCHAR(60)) AS "city",
  CAST(CASE WHEN "src"."postal_code" IS NULL THEN NULL ELSE "_dm_l3"."value" END AS VARCHAR(12)) AS "postal_code",
  "src"."country" AS "country"
FROM (
  SELECT
    "src".*,
    LOWER(
      TO_HEX(
        SHA256(
          TO_UTF8(
            ? || 'e6afc0773fc6fb705640f7104f74fdd383f4ee52d86fd26301849f14ced56751' || "src"."street"
          )
        )
      )
    ) AS "_dm_digest_1",
    LOWER(
      TO_HEX(
        SHA256(
          TO_UTF8(
            ? || 'dc0ee697f6e0dd9c69d6d277e628977e3d6dbd611705318d9a8598347aa90bbf' || "src"."city"
          )
        )
      )
    ) AS "_dm_digest_2",
    LOWER(
      TO_HEX(
        SHA256(
          TO_UTF8(
            ? || '887656d130c285fc90959c237b23c37282af42ce2cbe53abd217b042cb7f3196' || "src"."postal_code"
          )
        )
      )
    ) AS "_dm_digest_3"
  FROM "public"."addresses" AS "src"
) AS "src"
LEFT JOIN "masked"."_dm_lookup_street_address_en_us_19c90c0e6f83" AS "_dm_l1"
  ON "_dm_l1"."idx" = FROM_BASE(SUBSTR("src"."_dm_digest_1", 1, 15), 16) % 4000
LEFT JOIN "masked"."_dm_lookup_city_de_de_adc7c8a2f136" AS "_dm_l2"
  ON "_dm_l2"."idx" = FROM_BASE(SUBSTR("src"."_dm_digest_2", 1, 15), 16) % 392
LEFT JOIN "masked"."_dm_lookup_postal_code_de_de_7aaa35513755" AS "_dm_l3"
  ON "_dm_l3"."idx" = FROM_BASE(SUBSTR("src"."_dm_digest_3", 1, 15), 16) % 4000;

-- file: 008_orders.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect trino
-- builds the masked copy of public.orders in a staging table
-- masking key: PREPARE each statement, then EXECUTE it USING the output of `datamask-sql key` once per '?'

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
-- datamask-sql 0.1.0, algorithm dm1, dialect trino
-- builds the masked copy of public.payments in a staging table
-- masking key: PREPARE each statement, then EXECUTE it USING the output of `datamask-sql key` once per '?'

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
      ELSE REGEXP_REPLACE(SUBSTR("src"."card_number", 1, LENGTH("src"."card_number") - 4), '[^ -]', '*') || SUBSTR("src"."card_number", LENGTH("src"."card_number") - 4 + 1, 4)
    END
  END AS VARCHAR(19)) AS "card_number",
  "src"."card_last4" AS "card_last4",
  "src"."amount" AS "amount",
  "src"."paid_at" AS "paid_at"
FROM "public"."payments" AS "src";

-- file: 010_swap.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect trino
-- replaces each target table by its verified staging table

DROP TABLE IF EXISTS "masked"."payments";

DROP TABLE IF EXISTS "masked"."orders";

DROP TABLE IF EXISTS "masked"."addresses";

DROP TABLE IF EXISTS "masked"."customers";

ALTER TABLE "masked"."_dm_stage_21eb2153dd14"
RENAME TO "masked"."customers";

ALTER TABLE "masked"."_dm_stage_fe79d7d4f725"
RENAME TO "masked"."addresses";

ALTER TABLE "masked"."_dm_stage_1c168adb00d2"
RENAME TO "masked"."orders";

ALTER TABLE "masked"."_dm_stage_df384ae97c77"
RENAME TO "masked"."payments";

