-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect trino
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

-- file: 001_lookup_city_de_de_adc7c8a2f136.sql (lookup data, sha256 f5031e11620aa53f9f4fff2f3ba4799d551c6f8af2e622f16046b1b6fd670d7d)

-- file: 002_lookup_first_name_en_us_0780cf166fbf.sql (lookup data, sha256 927228c9e74c0f1da569c836b9c54a4ed720dc8c3d80940c672fdf6d79d366c0)

-- file: 003_lookup_last_name_en_us_98d08c045bae.sql (lookup data, sha256 565ccee8558c4f1e7e4b4bea6f6623871b8161ef47b61690bc09728974a4be0e)

-- file: 004_lookup_postal_code_de_de_7aaa35513755.sql (lookup data, sha256 cc2458540d905e429074dfddd7246070160efb6390deb2d75a3be21e3f47de01)

-- file: 005_lookup_street_address_en_us_19c90c0e6f83.sql (lookup data, sha256 f4dc0b73f560b5630d93f2575638e09f02febb77e2e8d1e2e5dc5cec9936fc46)

-- file: 006_customers.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect trino
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
    ELSE SUBSTR("src"."phone", 1, 1) || SUBSTR("src"."phone", 2, 1) || SUBSTR("src"."phone", 3, 1) || CASE
      WHEN 4 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 4, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 7, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 4, 1)
    END || CASE
      WHEN 5 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 5, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 9, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 5, 1)
    END || CASE
      WHEN 6 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 6, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 11, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 6, 1)
    END || CASE
      WHEN 7 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 7, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 13, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 7, 1)
    END || CASE
      WHEN 8 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 8, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 15, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 8, 1)
    END || CASE
      WHEN 9 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 9, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 17, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 9, 1)
    END || CASE
      WHEN 10 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 10, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 19, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 10, 1)
    END || CASE
      WHEN 11 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 11, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 21, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 11, 1)
    END || CASE
      WHEN 12 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 12, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 23, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 12, 1)
    END || CASE
      WHEN 13 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 13, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 25, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 13, 1)
    END || CASE
      WHEN 14 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 14, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 27, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 14, 1)
    END || CASE
      WHEN 15 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 15, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 29, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 15, 1)
    END || CASE
      WHEN 16 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 16, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 31, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 16, 1)
    END || CASE
      WHEN 17 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 17, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 33, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 17, 1)
    END || CASE
      WHEN 18 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 18, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 35, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 18, 1)
    END || CASE
      WHEN 19 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 19, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 37, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 19, 1)
    END || CASE
      WHEN 20 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 20, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 39, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 20, 1)
    END || CASE
      WHEN 21 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 21, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 41, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 21, 1)
    END || CASE
      WHEN 22 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 22, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 43, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 22, 1)
    END || CASE
      WHEN 23 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 23, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 45, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 23, 1)
    END || CASE
      WHEN 24 <= LENGTH("src"."phone")
      AND STRPOS('0123456789', SUBSTR("src"."phone", 24, 1)) > 0
      THEN SUBSTR(
        '0123456789',
        CAST(FROM_BASE(SUBSTR("src"."_dm_digest_4", 47, 2), 16) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR("src"."phone", 24, 1)
    END || REGEXP_REPLACE(SUBSTR("src"."phone", 25), '[0-9]', '0')
  END AS VARCHAR(24)) AS "phone",
  CAST(CASE
    WHEN "src"."birth_date" IS NULL
    THEN NULL
    ELSE DATE_ADD(
      'day',
      CASE
        WHEN FROM_BASE(SUBSTR("src"."_dm_digest_5", 1, 15), 16) % 360 < 180
        THEN (
          FROM_BASE(SUBSTR("src"."_dm_digest_5", 1, 15), 16) % 360 - 180
        ) * CASE WHEN EXTRACT(YEAR FROM "src"."birth_date") <= 10 THEN -1 ELSE 1 END
        ELSE (
          FROM_BASE(SUBSTR("src"."_dm_digest_5", 1, 15), 16) % 360 - 180 + 1
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
    ) AS "_dm_digest_3",
    LOWER(
      TO_HEX(
        SHA256(
          TO_UTF8(
            ? || '5e72d4c1a960a37b3aff1d2efde8366b24eeca1f0354801927d8440291d5b583' || "src"."phone"
          )
        )
      )
    ) AS "_dm_digest_4",
    LOWER(
      TO_HEX(
        SHA256(
          TO_UTF8(
            ? || '79d54ea47dd60e826100b20b77867502847b176d1738178e5763e26e3c5c4304' || DATE_FORMAT("src"."birth_date", '%Y-%m-%d')
          )
        )
      )
    ) AS "_dm_digest_5"
  FROM "public"."customers" AS "src"
) AS "src"
LEFT JOIN "masked"."_dm_lookup_first_name_en_us_0780cf166fbf" AS "_dm_l1"
  ON "_dm_l1"."idx" = FROM_BASE(SUBSTR("src"."_dm_digest_2", 1, 15), 16) % 690
LEFT JOIN "masked"."_dm_lookup_last_name_en_us_98d08c045bae" AS "_dm_l2"
  ON "_dm_l2"."idx" = FROM_BASE(SUBSTR("src"."_dm_digest_3", 1, 15), 16) % 1000;

-- file: 007_addresses.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect trino
-- builds the masked copy of public.addresses in a staging table
-- masking key: PREPARE each statement, then EXECUTE it USING the output of `datamask-sql key` once per '?'

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
-- datamask-sql 0.1.0, algorithm dm2, dialect trino
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
-- datamask-sql 0.1.0, algorithm dm2, dialect trino
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
    ELSE SUBSTR(
      CASE
        WHEN 1 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 1, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 1, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 1, 1)
      END || CASE
        WHEN 2 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 2, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 3, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 2, 1)
      END || CASE
        WHEN 3 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 3, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 5, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 3, 1)
      END || CASE
        WHEN 4 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 4, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 7, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 4, 1)
      END || CASE
        WHEN 5 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 5, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 9, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 5, 1)
      END || CASE
        WHEN 6 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 6, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 11, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 6, 1)
      END || CASE
        WHEN 7 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 7, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 13, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 7, 1)
      END || CASE
        WHEN 8 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 8, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 15, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 8, 1)
      END || CASE
        WHEN 9 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 9, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 17, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 9, 1)
      END || CASE
        WHEN 10 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 10, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 19, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 10, 1)
      END || CASE
        WHEN 11 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 11, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 21, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 11, 1)
      END || CASE
        WHEN 12 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 12, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 23, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 12, 1)
      END || CASE
        WHEN 13 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 13, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 25, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 13, 1)
      END || CASE
        WHEN 14 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 14, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 27, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 14, 1)
      END || CASE
        WHEN 15 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 15, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 29, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 15, 1)
      END || CASE
        WHEN 16 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 16, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 31, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 16, 1)
      END || CASE
        WHEN 17 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 17, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 33, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 17, 1)
      END || CASE
        WHEN 18 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 18, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 35, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 18, 1)
      END || CASE
        WHEN 19 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 19, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 37, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 19, 1)
      END || REGEXP_REPLACE(SUBSTR("src"."card_number", 20), '[0-9]', '0'),
      1,
      CASE WHEN "src"."_dm_row_1" > 0 THEN "src"."_dm_row_1" ELSE 1 END - 1
    ) || CASE
      WHEN "src"."_dm_row_1" > 0
      THEN SUBSTR(
        '01234567890516273849',
        CAST(10 * (LENGTH(REGEXP_REPLACE(SUBSTR("src"."card_number", "src"."_dm_row_1" + 1), '[^0-9]', '')) % 2) + (
          10 - (
            CASE
              WHEN "src"."_dm_row_1" = 1
              THEN 0
              ELSE CAST(SUBSTR("src"."_dm_row_2", 1 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 1, 2), 16) % 10, 1) AS INTEGER)
            END + CASE
              WHEN "src"."_dm_row_1" = 2
              THEN 0
              ELSE CAST(SUBSTR("src"."_dm_row_2", 11 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 3, 2), 16) % 10, 1) AS INTEGER)
            END + CASE
              WHEN "src"."_dm_row_1" = 3
              THEN 0
              ELSE CAST(SUBSTR("src"."_dm_row_2", 21 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 5, 2), 16) % 10, 1) AS INTEGER)
            END + CASE
              WHEN "src"."_dm_row_1" = 4
              THEN 0
              ELSE CAST(SUBSTR("src"."_dm_row_2", 31 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 7, 2), 16) % 10, 1) AS INTEGER)
            END + CASE
              WHEN "src"."_dm_row_1" = 5
              THEN 0
              ELSE CAST(SUBSTR("src"."_dm_row_2", 41 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 9, 2), 16) % 10, 1) AS INTEGER)
            END + CASE
              WHEN "src"."_dm_row_1" = 6
              THEN 0
              ELSE CAST(SUBSTR("src"."_dm_row_2", 51 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 11, 2), 16) % 10, 1) AS INTEGER)
            END + CASE
              WHEN "src"."_dm_row_1" = 7
              THEN 0
              ELSE CAST(SUBSTR("src"."_dm_row_2", 61 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 13, 2), 16) % 10, 1) AS INTEGER)
            END + CASE
              WHEN "src"."_dm_row_1" = 8
              THEN 0
              ELSE CAST(SUBSTR("src"."_dm_row_2", 71 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 15, 2), 16) % 10, 1) AS INTEGER)
            END + CASE
              WHEN "src"."_dm_row_1" = 9
              THEN 0
              ELSE CAST(SUBSTR("src"."_dm_row_2", 81 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 17, 2), 16) % 10, 1) AS INTEGER)
            END + CASE
              WHEN "src"."_dm_row_1" = 10
              THEN 0
              ELSE CAST(SUBSTR("src"."_dm_row_2", 91 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 19, 2), 16) % 10, 1) AS INTEGER)
            END + CASE
              WHEN "src"."_dm_row_1" = 11
              THEN 0
              ELSE CAST(SUBSTR("src"."_dm_row_2", 101 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 21, 2), 16) % 10, 1) AS INTEGER)
            END + CASE
              WHEN "src"."_dm_row_1" = 12
              THEN 0
              ELSE CAST(SUBSTR("src"."_dm_row_2", 111 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 23, 2), 16) % 10, 1) AS INTEGER)
            END + CASE
              WHEN "src"."_dm_row_1" = 13
              THEN 0
              ELSE CAST(SUBSTR("src"."_dm_row_2", 121 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 25, 2), 16) % 10, 1) AS INTEGER)
            END + CASE
              WHEN "src"."_dm_row_1" = 14
              THEN 0
              ELSE CAST(SUBSTR("src"."_dm_row_2", 131 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 27, 2), 16) % 10, 1) AS INTEGER)
            END + CASE
              WHEN "src"."_dm_row_1" = 15
              THEN 0
              ELSE CAST(SUBSTR("src"."_dm_row_2", 141 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 29, 2), 16) % 10, 1) AS INTEGER)
            END + CASE
              WHEN "src"."_dm_row_1" = 16
              THEN 0
              ELSE CAST(SUBSTR("src"."_dm_row_2", 151 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 31, 2), 16) % 10, 1) AS INTEGER)
            END + CASE
              WHEN "src"."_dm_row_1" = 17
              THEN 0
              ELSE CAST(SUBSTR("src"."_dm_row_2", 161 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 33, 2), 16) % 10, 1) AS INTEGER)
            END + CASE
              WHEN "src"."_dm_row_1" = 18
              THEN 0
              ELSE CAST(SUBSTR("src"."_dm_row_2", 171 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 35, 2), 16) % 10, 1) AS INTEGER)
            END + CASE
              WHEN "src"."_dm_row_1" = 19
              THEN 0
              ELSE CAST(SUBSTR("src"."_dm_row_2", 181 + FROM_BASE(SUBSTR("src"."_dm_digest_1", 37, 2), 16) % 10, 1) AS INTEGER)
            END
          ) % 10
        ) % 10 + 1 AS INTEGER),
        1
      )
      ELSE SUBSTR(
        "src"."card_number",
        CASE WHEN "src"."_dm_row_1" > 0 THEN "src"."_dm_row_1" ELSE 1 END,
        1
      )
    END || SUBSTR(
      CASE
        WHEN 1 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 1, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 1, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 1, 1)
      END || CASE
        WHEN 2 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 2, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 3, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 2, 1)
      END || CASE
        WHEN 3 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 3, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 5, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 3, 1)
      END || CASE
        WHEN 4 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 4, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 7, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 4, 1)
      END || CASE
        WHEN 5 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 5, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 9, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 5, 1)
      END || CASE
        WHEN 6 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 6, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 11, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 6, 1)
      END || CASE
        WHEN 7 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 7, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 13, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 7, 1)
      END || CASE
        WHEN 8 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 8, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 15, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 8, 1)
      END || CASE
        WHEN 9 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 9, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 17, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 9, 1)
      END || CASE
        WHEN 10 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 10, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 19, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 10, 1)
      END || CASE
        WHEN 11 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 11, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 21, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 11, 1)
      END || CASE
        WHEN 12 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 12, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 23, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 12, 1)
      END || CASE
        WHEN 13 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 13, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 25, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 13, 1)
      END || CASE
        WHEN 14 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 14, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 27, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 14, 1)
      END || CASE
        WHEN 15 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 15, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 29, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 15, 1)
      END || CASE
        WHEN 16 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 16, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 31, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 16, 1)
      END || CASE
        WHEN 17 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 17, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 33, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 17, 1)
      END || CASE
        WHEN 18 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 18, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 35, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 18, 1)
      END || CASE
        WHEN 19 <= LENGTH("src"."card_number") - 4
        AND STRPOS('0123456789', SUBSTR("src"."card_number", 19, 1)) > 0
        THEN SUBSTR(
          '0123456789',
          CAST(FROM_BASE(SUBSTR("src"."_dm_digest_1", 37, 2), 16) % 10 + 1 AS INTEGER),
          1
        )
        ELSE SUBSTR("src"."card_number", 19, 1)
      END || REGEXP_REPLACE(SUBSTR("src"."card_number", 20), '[0-9]', '0'),
      CASE WHEN "src"."_dm_row_1" > 0 THEN "src"."_dm_row_1" ELSE 1 END + 1
    )
  END AS VARCHAR(19)) AS "card_number",
  "src"."card_last4" AS "card_last4",
  "src"."amount" AS "amount",
  "src"."paid_at" AS "paid_at"
FROM (
  SELECT
    "src".*,
    LOWER(
      TO_HEX(
        SHA256(
          TO_UTF8(
            ? || 'b553d20da2e3dd3791be0dc0d6752febed344cbf490b3ab2d6e500b02adabe2a' || "src"."card_number"
          )
        )
      )
    ) AS "_dm_digest_1",
    LENGTH(
      REGEXP_REPLACE(
        SUBSTR(
          "src"."card_number",
          1,
          CASE
            WHEN LENGTH("src"."card_number") <= 4
            THEN 0
            WHEN LENGTH("src"."card_number") - 4 < 19
            THEN LENGTH("src"."card_number") - 4
            ELSE 19
          END
        ),
        '[^0-9]+$',
        ''
      )
    ) AS "_dm_row_1",
    SUBSTR(
      CASE
        WHEN NOT (
          1 <= LENGTH("src"."card_number")
          AND STRPOS('0123456789', SUBSTR("src"."card_number", 1, 1)) > 0
        )
        THEN '00000000000000000000'
        WHEN 1 > LENGTH("src"."card_number") - 4
        THEN ARRAY_JOIN(REPEAT(SUBSTR("src"."card_number", 1, 1), 10), '') || ARRAY_JOIN(
          REPEAT(
            SUBSTR('0246813579', STRPOS('0123456789', SUBSTR("src"."card_number", 1, 1)), 1),
            10
          ),
          ''
        )
        ELSE '01234567890246813579'
      END,
      1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTR("src"."card_number", 2), '[^0-9]', '')) % 2),
      10
    ) || SUBSTR(
      CASE
        WHEN NOT (
          2 <= LENGTH("src"."card_number")
          AND STRPOS('0123456789', SUBSTR("src"."card_number", 2, 1)) > 0
        )
        THEN '00000000000000000000'
        WHEN 2 > LENGTH("src"."card_number") - 4
        THEN ARRAY_JOIN(REPEAT(SUBSTR("src"."card_number", 2, 1), 10), '') || ARRAY_JOIN(
          REPEAT(
            SUBSTR('0246813579', STRPOS('0123456789', SUBSTR("src"."card_number", 2, 1)), 1),
            10
          ),
          ''
        )
        ELSE '01234567890246813579'
      END,
      1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTR("src"."card_number", 3), '[^0-9]', '')) % 2),
      10
    ) || SUBSTR(
      CASE
        WHEN NOT (
          3 <= LENGTH("src"."card_number")
          AND STRPOS('0123456789', SUBSTR("src"."card_number", 3, 1)) > 0
        )
        THEN '00000000000000000000'
        WHEN 3 > LENGTH("src"."card_number") - 4
        THEN ARRAY_JOIN(REPEAT(SUBSTR("src"."card_number", 3, 1), 10), '') || ARRAY_JOIN(
          REPEAT(
            SUBSTR('0246813579', STRPOS('0123456789', SUBSTR("src"."card_number", 3, 1)), 1),
            10
          ),
          ''
        )
        ELSE '01234567890246813579'
      END,
      1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTR("src"."card_number", 4), '[^0-9]', '')) % 2),
      10
    ) || SUBSTR(
      CASE
        WHEN NOT (
          4 <= LENGTH("src"."card_number")
          AND STRPOS('0123456789', SUBSTR("src"."card_number", 4, 1)) > 0
        )
        THEN '00000000000000000000'
        WHEN 4 > LENGTH("src"."card_number") - 4
        THEN ARRAY_JOIN(REPEAT(SUBSTR("src"."card_number", 4, 1), 10), '') || ARRAY_JOIN(
          REPEAT(
            SUBSTR('0246813579', STRPOS('0123456789', SUBSTR("src"."card_number", 4, 1)), 1),
            10
          ),
          ''
        )
        ELSE '01234567890246813579'
      END,
      1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTR("src"."card_number", 5), '[^0-9]', '')) % 2),
      10
    ) || SUBSTR(
      CASE
        WHEN NOT (
          5 <= LENGTH("src"."card_number")
          AND STRPOS('0123456789', SUBSTR("src"."card_number", 5, 1)) > 0
        )
        THEN '00000000000000000000'
        WHEN 5 > LENGTH("src"."card_number") - 4
        THEN ARRAY_JOIN(REPEAT(SUBSTR("src"."card_number", 5, 1), 10), '') || ARRAY_JOIN(
          REPEAT(
            SUBSTR('0246813579', STRPOS('0123456789', SUBSTR("src"."card_number", 5, 1)), 1),
            10
          ),
          ''
        )
        ELSE '01234567890246813579'
      END,
      1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTR("src"."card_number", 6), '[^0-9]', '')) % 2),
      10
    ) || SUBSTR(
      CASE
        WHEN NOT (
          6 <= LENGTH("src"."card_number")
          AND STRPOS('0123456789', SUBSTR("src"."card_number", 6, 1)) > 0
        )
        THEN '00000000000000000000'
        WHEN 6 > LENGTH("src"."card_number") - 4
        THEN ARRAY_JOIN(REPEAT(SUBSTR("src"."card_number", 6, 1), 10), '') || ARRAY_JOIN(
          REPEAT(
            SUBSTR('0246813579', STRPOS('0123456789', SUBSTR("src"."card_number", 6, 1)), 1),
            10
          ),
          ''
        )
        ELSE '01234567890246813579'
      END,
      1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTR("src"."card_number", 7), '[^0-9]', '')) % 2),
      10
    ) || SUBSTR(
      CASE
        WHEN NOT (
          7 <= LENGTH("src"."card_number")
          AND STRPOS('0123456789', SUBSTR("src"."card_number", 7, 1)) > 0
        )
        THEN '00000000000000000000'
        WHEN 7 > LENGTH("src"."card_number") - 4
        THEN ARRAY_JOIN(REPEAT(SUBSTR("src"."card_number", 7, 1), 10), '') || ARRAY_JOIN(
          REPEAT(
            SUBSTR('0246813579', STRPOS('0123456789', SUBSTR("src"."card_number", 7, 1)), 1),
            10
          ),
          ''
        )
        ELSE '01234567890246813579'
      END,
      1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTR("src"."card_number", 8), '[^0-9]', '')) % 2),
      10
    ) || SUBSTR(
      CASE
        WHEN NOT (
          8 <= LENGTH("src"."card_number")
          AND STRPOS('0123456789', SUBSTR("src"."card_number", 8, 1)) > 0
        )
        THEN '00000000000000000000'
        WHEN 8 > LENGTH("src"."card_number") - 4
        THEN ARRAY_JOIN(REPEAT(SUBSTR("src"."card_number", 8, 1), 10), '') || ARRAY_JOIN(
          REPEAT(
            SUBSTR('0246813579', STRPOS('0123456789', SUBSTR("src"."card_number", 8, 1)), 1),
            10
          ),
          ''
        )
        ELSE '01234567890246813579'
      END,
      1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTR("src"."card_number", 9), '[^0-9]', '')) % 2),
      10
    ) || SUBSTR(
      CASE
        WHEN NOT (
          9 <= LENGTH("src"."card_number")
          AND STRPOS('0123456789', SUBSTR("src"."card_number", 9, 1)) > 0
        )
        THEN '00000000000000000000'
        WHEN 9 > LENGTH("src"."card_number") - 4
        THEN ARRAY_JOIN(REPEAT(SUBSTR("src"."card_number", 9, 1), 10), '') || ARRAY_JOIN(
          REPEAT(
            SUBSTR('0246813579', STRPOS('0123456789', SUBSTR("src"."card_number", 9, 1)), 1),
            10
          ),
          ''
        )
        ELSE '01234567890246813579'
      END,
      1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTR("src"."card_number", 10), '[^0-9]', '')) % 2),
      10
    ) || SUBSTR(
      CASE
        WHEN NOT (
          10 <= LENGTH("src"."card_number")
          AND STRPOS('0123456789', SUBSTR("src"."card_number", 10, 1)) > 0
        )
        THEN '00000000000000000000'
        WHEN 10 > LENGTH("src"."card_number") - 4
        THEN ARRAY_JOIN(REPEAT(SUBSTR("src"."card_number", 10, 1), 10), '') || ARRAY_JOIN(
          REPEAT(
            SUBSTR('0246813579', STRPOS('0123456789', SUBSTR("src"."card_number", 10, 1)), 1),
            10
          ),
          ''
        )
        ELSE '01234567890246813579'
      END,
      1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTR("src"."card_number", 11), '[^0-9]', '')) % 2),
      10
    ) || SUBSTR(
      CASE
        WHEN NOT (
          11 <= LENGTH("src"."card_number")
          AND STRPOS('0123456789', SUBSTR("src"."card_number", 11, 1)) > 0
        )
        THEN '00000000000000000000'
        WHEN 11 > LENGTH("src"."card_number") - 4
        THEN ARRAY_JOIN(REPEAT(SUBSTR("src"."card_number", 11, 1), 10), '') || ARRAY_JOIN(
          REPEAT(
            SUBSTR('0246813579', STRPOS('0123456789', SUBSTR("src"."card_number", 11, 1)), 1),
            10
          ),
          ''
        )
        ELSE '01234567890246813579'
      END,
      1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTR("src"."card_number", 12), '[^0-9]', '')) % 2),
      10
    ) || SUBSTR(
      CASE
        WHEN NOT (
          12 <= LENGTH("src"."card_number")
          AND STRPOS('0123456789', SUBSTR("src"."card_number", 12, 1)) > 0
        )
        THEN '00000000000000000000'
        WHEN 12 > LENGTH("src"."card_number") - 4
        THEN ARRAY_JOIN(REPEAT(SUBSTR("src"."card_number", 12, 1), 10), '') || ARRAY_JOIN(
          REPEAT(
            SUBSTR('0246813579', STRPOS('0123456789', SUBSTR("src"."card_number", 12, 1)), 1),
            10
          ),
          ''
        )
        ELSE '01234567890246813579'
      END,
      1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTR("src"."card_number", 13), '[^0-9]', '')) % 2),
      10
    ) || SUBSTR(
      CASE
        WHEN NOT (
          13 <= LENGTH("src"."card_number")
          AND STRPOS('0123456789', SUBSTR("src"."card_number", 13, 1)) > 0
        )
        THEN '00000000000000000000'
        WHEN 13 > LENGTH("src"."card_number") - 4
        THEN ARRAY_JOIN(REPEAT(SUBSTR("src"."card_number", 13, 1), 10), '') || ARRAY_JOIN(
          REPEAT(
            SUBSTR('0246813579', STRPOS('0123456789', SUBSTR("src"."card_number", 13, 1)), 1),
            10
          ),
          ''
        )
        ELSE '01234567890246813579'
      END,
      1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTR("src"."card_number", 14), '[^0-9]', '')) % 2),
      10
    ) || SUBSTR(
      CASE
        WHEN NOT (
          14 <= LENGTH("src"."card_number")
          AND STRPOS('0123456789', SUBSTR("src"."card_number", 14, 1)) > 0
        )
        THEN '00000000000000000000'
        WHEN 14 > LENGTH("src"."card_number") - 4
        THEN ARRAY_JOIN(REPEAT(SUBSTR("src"."card_number", 14, 1), 10), '') || ARRAY_JOIN(
          REPEAT(
            SUBSTR('0246813579', STRPOS('0123456789', SUBSTR("src"."card_number", 14, 1)), 1),
            10
          ),
          ''
        )
        ELSE '01234567890246813579'
      END,
      1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTR("src"."card_number", 15), '[^0-9]', '')) % 2),
      10
    ) || SUBSTR(
      CASE
        WHEN NOT (
          15 <= LENGTH("src"."card_number")
          AND STRPOS('0123456789', SUBSTR("src"."card_number", 15, 1)) > 0
        )
        THEN '00000000000000000000'
        WHEN 15 > LENGTH("src"."card_number") - 4
        THEN ARRAY_JOIN(REPEAT(SUBSTR("src"."card_number", 15, 1), 10), '') || ARRAY_JOIN(
          REPEAT(
            SUBSTR('0246813579', STRPOS('0123456789', SUBSTR("src"."card_number", 15, 1)), 1),
            10
          ),
          ''
        )
        ELSE '01234567890246813579'
      END,
      1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTR("src"."card_number", 16), '[^0-9]', '')) % 2),
      10
    ) || SUBSTR(
      CASE
        WHEN NOT (
          16 <= LENGTH("src"."card_number")
          AND STRPOS('0123456789', SUBSTR("src"."card_number", 16, 1)) > 0
        )
        THEN '00000000000000000000'
        WHEN 16 > LENGTH("src"."card_number") - 4
        THEN ARRAY_JOIN(REPEAT(SUBSTR("src"."card_number", 16, 1), 10), '') || ARRAY_JOIN(
          REPEAT(
            SUBSTR('0246813579', STRPOS('0123456789', SUBSTR("src"."card_number", 16, 1)), 1),
            10
          ),
          ''
        )
        ELSE '01234567890246813579'
      END,
      1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTR("src"."card_number", 17), '[^0-9]', '')) % 2),
      10
    ) || SUBSTR(
      CASE
        WHEN NOT (
          17 <= LENGTH("src"."card_number")
          AND STRPOS('0123456789', SUBSTR("src"."card_number", 17, 1)) > 0
        )
        THEN '00000000000000000000'
        WHEN 17 > LENGTH("src"."card_number") - 4
        THEN ARRAY_JOIN(REPEAT(SUBSTR("src"."card_number", 17, 1), 10), '') || ARRAY_JOIN(
          REPEAT(
            SUBSTR('0246813579', STRPOS('0123456789', SUBSTR("src"."card_number", 17, 1)), 1),
            10
          ),
          ''
        )
        ELSE '01234567890246813579'
      END,
      1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTR("src"."card_number", 18), '[^0-9]', '')) % 2),
      10
    ) || SUBSTR(
      CASE
        WHEN NOT (
          18 <= LENGTH("src"."card_number")
          AND STRPOS('0123456789', SUBSTR("src"."card_number", 18, 1)) > 0
        )
        THEN '00000000000000000000'
        WHEN 18 > LENGTH("src"."card_number") - 4
        THEN ARRAY_JOIN(REPEAT(SUBSTR("src"."card_number", 18, 1), 10), '') || ARRAY_JOIN(
          REPEAT(
            SUBSTR('0246813579', STRPOS('0123456789', SUBSTR("src"."card_number", 18, 1)), 1),
            10
          ),
          ''
        )
        ELSE '01234567890246813579'
      END,
      1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTR("src"."card_number", 19), '[^0-9]', '')) % 2),
      10
    ) || SUBSTR(
      CASE
        WHEN NOT (
          19 <= LENGTH("src"."card_number")
          AND STRPOS('0123456789', SUBSTR("src"."card_number", 19, 1)) > 0
        )
        THEN '00000000000000000000'
        WHEN 19 > LENGTH("src"."card_number") - 4
        THEN ARRAY_JOIN(REPEAT(SUBSTR("src"."card_number", 19, 1), 10), '') || ARRAY_JOIN(
          REPEAT(
            SUBSTR('0246813579', STRPOS('0123456789', SUBSTR("src"."card_number", 19, 1)), 1),
            10
          ),
          ''
        )
        ELSE '01234567890246813579'
      END,
      1 + 10 * (LENGTH(REGEXP_REPLACE(SUBSTR("src"."card_number", 20), '[^0-9]', '')) % 2),
      10
    ) AS "_dm_row_2"
  FROM "public"."payments" AS "src"
) AS "src";

-- file: 010_swap.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect trino
-- replaces each target table by its verified staging table and records what built it in
-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)

DELETE FROM "masked"."_datamask_meta"
WHERE
  "table_name" = 'customers';

DELETE FROM "masked"."_datamask_meta"
WHERE
  "table_name" = 'addresses';

DELETE FROM "masked"."_datamask_meta"
WHERE
  "table_name" = 'orders';

DELETE FROM "masked"."_datamask_meta"
WHERE
  "table_name" = 'payments';

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
  SUBSTR(LOWER(TO_HEX(SHA256(TO_UTF8('datamask-sql/dm1/fingerprint:' || ?)))), 1, 16),
  '611168ef11bfc4b7c4267eae2dc1d96c56d898e23e06d08efb047fed2be80d63',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP AS VARCHAR);

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
  SUBSTR(LOWER(TO_HEX(SHA256(TO_UTF8('datamask-sql/dm1/fingerprint:' || ?)))), 1, 16),
  '60469fd68a61936b832a460bc7eae3256528c11915e09bc5aa22495859cf17cf',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP AS VARCHAR);

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
  SUBSTR(LOWER(TO_HEX(SHA256(TO_UTF8('datamask-sql/dm1/fingerprint:' || ?)))), 1, 16),
  '7f37330516a2df4277ded30c51ce49631986acf0571f2a00e522de7a8ed61a06',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP AS VARCHAR);

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
  SUBSTR(LOWER(TO_HEX(SHA256(TO_UTF8('datamask-sql/dm1/fingerprint:' || ?)))), 1, 16),
  '1f72644308c18e6bf6045c2f6b72302fdf9626c2a44011000437d9dedb50ed69',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP AS VARCHAR);

