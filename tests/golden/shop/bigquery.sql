-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect bigquery
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS `masked`;

-- file: 001_lookup_city_de_de_adc7c8a2f136.sql (lookup data, sha256 9b083097f534af2e9f5a7717b76d9a826aee1448997a20ae16204aae8a356374)

-- file: 002_lookup_first_name_en_us_0780cf166fbf.sql (lookup data, sha256 42b3c77606010015d1c9323878f259bc45554fd62be52eb1dbff30e7be880aa3)

-- file: 003_lookup_last_name_en_us_98d08c045bae.sql (lookup data, sha256 69f9976ba9df824f0e6347dbcce85143141d47ec24ff27895a89f78702bd04e8)

-- file: 004_lookup_postal_code_de_de_7aaa35513755.sql (lookup data, sha256 0bdd3dc02434d18487f927a00bd15d727d828ea5a1e3b47dca0bac0f3f1f9ea5)

-- file: 005_lookup_street_address_en_us_19c90c0e6f83.sql (lookup data, sha256 f6bee4c12ffe986c3586837c0c2a8acf8cbb0ae1a9bf5de861fe677793e754da)

-- file: 006_customers.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect bigquery
-- builds the masked copy of public.customers in a staging table
-- masking key: bq query --use_legacy_sql=false --parameter=datamask_key:STRING:<output of: datamask-sql key> < this file

DROP TABLE IF EXISTS `masked`.`_dm_stage_21eb2153dd14`;

CREATE TABLE `masked`.`_dm_stage_21eb2153dd14` AS
SELECT
  `src`.`id` AS `id`,
  CAST(CASE
    WHEN `src`.`email` IS NULL
    THEN NULL
    ELSE CONCAT(
      SUBSTRING(`src`.`_dm_digest_1`, 1, 16),
      '@',
      CASE
        WHEN MOD(CAST(CONCAT('0x', SUBSTRING(`src`.`_dm_digest_1`, 17, 2)) AS INT64), 3) = 0
        THEN 'example.com'
        WHEN MOD(CAST(CONCAT('0x', SUBSTRING(`src`.`_dm_digest_1`, 17, 2)) AS INT64), 3) = 1
        THEN 'example.net'
        ELSE 'example.org'
      END
    )
  END AS STRING) AS `email`,
  CAST(CASE WHEN `src`.`first_name` IS NULL THEN NULL ELSE `_dm_l1`.`value` END AS STRING) AS `first_name`,
  CAST(CASE WHEN `src`.`last_name` IS NULL THEN NULL ELSE `_dm_l2`.`value` END AS STRING) AS `last_name`,
  CAST(CASE
    WHEN `src`.`phone` IS NULL
    THEN NULL
    ELSE CASE
      WHEN LENGTH(`src`.`phone`) <= 2
      THEN REGEXP_REPLACE(`src`.`phone`, '[^ ()+.-]', '*')
      ELSE CONCAT(
        REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 1, LENGTH(`src`.`phone`) - 2), '[^ ()+.-]', '*'),
        SUBSTRING(`src`.`phone`, LENGTH(`src`.`phone`) - 2 + 1, 2)
      )
    END
  END AS STRING) AS `phone`,
  CAST(NULL AS DATE) AS `birth_date`,
  `src`.`created_at` AS `created_at`,
  `src`.`is_vip` AS `is_vip`,
  CAST(NULL AS STRING) AS `notes`
FROM (
  SELECT
    `src`.*,
    TO_HEX(
      SHA256(
        CONCAT(
          @datamask_key,
          'e721e2036e4becf7b6fc57200cf2e63eaa4759e0c40f20fc4e194ad9b398bc30',
          `src`.`email`
        )
      )
    ) AS `_dm_digest_1`,
    TO_HEX(
      SHA256(
        CONCAT(
          @datamask_key,
          'e175a3d319d959bbb8cd0a7c16b2c56a528695c9ad57d5a323c78649091d5985',
          `src`.`first_name`
        )
      )
    ) AS `_dm_digest_2`,
    TO_HEX(
      SHA256(
        CONCAT(
          @datamask_key,
          'c4f3dde558963b7f10313d70597a66dec84f47eb0c8441314c5b91147811b1ff',
          `src`.`last_name`
        )
      )
    ) AS `_dm_digest_3`
  FROM `public`.`customers` AS `src`
) AS `src`
LEFT JOIN `masked`.`_dm_lookup_first_name_en_us_0780cf166fbf` AS `_dm_l1`
  ON `_dm_l1`.`idx` = MOD(CAST(CONCAT('0x', SUBSTRING(`src`.`_dm_digest_2`, 1, 15)) AS INT64), 690)
LEFT JOIN `masked`.`_dm_lookup_last_name_en_us_98d08c045bae` AS `_dm_l2`
  ON `_dm_l2`.`idx` = MOD(CAST(CONCAT('0x', SUBSTRING(`src`.`_dm_digest_3`, 1, 15)) AS INT64), 1000);

-- file: 007_addresses.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect bigquery
-- builds the masked copy of public.addresses in a staging table
-- masking key: bq query --use_legacy_sql=false --parameter=datamask_key:STRING:<output of: datamask-sql key> < this file

DROP TABLE IF EXISTS `masked`.`_dm_stage_fe79d7d4f725`;

CREATE TABLE `masked`.`_dm_stage_fe79d7d4f725` AS
SELECT
  `src`.`id` AS `id`,
  `src`.`customer_id` AS `customer_id`,
  CAST(CASE WHEN `src`.`street` IS NULL THEN NULL ELSE `_dm_l1`.`value` END AS STRING) AS `street`,
  CAST(CASE WHEN `src`.`city` IS NULL THEN NULL ELSE `_dm_l2`.`value` END AS STRING) AS `city`,
  CAST(CASE WHEN `src`.`postal_code` IS NULL THEN NULL ELSE `_dm_l3`.`value` END AS STRING) AS `postal_code`,
  `src`.`country` AS `country`
FROM (
  SELECT
    `src`.*,
    TO_HEX(
      SHA256(
        CONCAT(
          @datamask_key,
          'e6afc0773fc6fb705640f7104f74fdd383f4ee52d86fd26301849f14ced56751',
          `src`.`street`
        )
      )
    ) AS `_dm_digest_1`,
    TO_HEX(
      SHA256(
        CONCAT(
          @datamask_key,
          'dc0ee697f6e0dd9c69d6d277e628977e3d6dbd611705318d9a8598347aa90bbf',
          `src`.`city`
        )
      )
    ) AS `_dm_digest_2`,
    TO_HEX(
      SHA256(
        CONCAT(
          @datamask_key,
          '887656d130c285fc90959c237b23c37282af42ce2cbe53abd217b042cb7f3196',
          `src`.`postal_code`
        )
      )
    ) AS `_dm_digest_3`
  FROM `public`.`addresses` AS `src`
) AS `src`
LEFT JOIN `masked`.`_dm_lookup_street_address_en_us_19c90c0e6f83` AS `_dm_l1`
  ON `_dm_l1`.`idx` = MOD(CAST(CONCAT('0x', SUBSTRING(`src`.`_dm_digest_1`, 1, 15)) AS INT64), 4000)
LEFT JOIN `masked`.`_dm_lookup_city_de_de_adc7c8a2f136` AS `_dm_l2`
  ON `_dm_l2`.`idx` = MOD(CAST(CONCAT('0x', SUBSTRING(`src`.`_dm_digest_2`, 1, 15)) AS INT64), 392)
LEFT JOIN `masked`.`_dm_lookup_postal_code_de_de_7aaa35513755` AS `_dm_l3`
  ON `_dm_l3`.`idx` = MOD(CAST(CONCAT('0x', SUBSTRING(`src`.`_dm_digest_3`, 1, 15)) AS INT64), 4000);

-- file: 008_orders.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect bigquery
-- builds the masked copy of public.orders in a staging table
-- masking key: bq query --use_legacy_sql=false --parameter=datamask_key:STRING:<output of: datamask-sql key> < this file

DROP TABLE IF EXISTS `masked`.`_dm_stage_1c168adb00d2`;

CREATE TABLE `masked`.`_dm_stage_1c168adb00d2` AS
SELECT
  `src`.`id` AS `id`,
  `src`.`customer_id` AS `customer_id`,
  `src`.`shipping_address_id` AS `shipping_address_id`,
  `src`.`ordered_at` AS `ordered_at`,
  `src`.`status` AS `status`,
  `src`.`total` AS `total`
FROM `public`.`orders` AS `src`;

-- file: 009_payments.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect bigquery
-- builds the masked copy of public.payments in a staging table
-- masking key: bq query --use_legacy_sql=false --parameter=datamask_key:STRING:<output of: datamask-sql key> < this file

DROP TABLE IF EXISTS `masked`.`_dm_stage_df384ae97c77`;

CREATE TABLE `masked`.`_dm_stage_df384ae97c77` AS
SELECT
  `src`.`id` AS `id`,
  `src`.`order_id` AS `order_id`,
  CAST(CASE
    WHEN `src`.`card_number` IS NULL
    THEN NULL
    ELSE CASE
      WHEN LENGTH(`src`.`card_number`) <= 4
      THEN REGEXP_REPLACE(`src`.`card_number`, '[^ -]', '*')
      ELSE CONCAT(
        REGEXP_REPLACE(SUBSTRING(`src`.`card_number`, 1, LENGTH(`src`.`card_number`) - 4), '[^ -]', '*'),
        SUBSTRING(`src`.`card_number`, LENGTH(`src`.`card_number`) - 4 + 1, 4)
      )
    END
  END AS STRING) AS `card_number`,
  `src`.`card_last4` AS `card_last4`,
  `src`.`amount` AS `amount`,
  `src`.`paid_at` AS `paid_at`
FROM `public`.`payments` AS `src`;

-- file: 010_swap.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect bigquery
-- replaces each target table by its verified staging table

CREATE OR REPLACE TABLE `masked`.`customers` COPY `masked`.`_dm_stage_21eb2153dd14`;

DROP TABLE IF EXISTS `masked`.`_dm_stage_21eb2153dd14`;

CREATE OR REPLACE TABLE `masked`.`addresses` COPY `masked`.`_dm_stage_fe79d7d4f725`;

DROP TABLE IF EXISTS `masked`.`_dm_stage_fe79d7d4f725`;

CREATE OR REPLACE TABLE `masked`.`orders` COPY `masked`.`_dm_stage_1c168adb00d2`;

DROP TABLE IF EXISTS `masked`.`_dm_stage_1c168adb00d2`;

CREATE OR REPLACE TABLE `masked`.`payments` COPY `masked`.`_dm_stage_df384ae97c77`;

DROP TABLE IF EXISTS `masked`.`_dm_stage_df384ae97c77`;

