-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect bigquery
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS `DEV`.`public`;

CREATE TABLE IF NOT EXISTS `DEV`.`public`.`_datamask_meta` (
  `table_name` STRING(255) NOT NULL,
  `key_fingerprint` STRING(64) NOT NULL,
  `rules_sha256` STRING(64) NOT NULL,
  `algorithm` STRING(16) NOT NULL,
  `mode` STRING(16) NOT NULL,
  `cursor_column` STRING(255),
  `watermark` STRING(255),
  `built_at` STRING(40)
);

-- file: 002_customers.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect bigquery
-- builds the masked copy of public.customers in a staging table
-- masking key: bq query --use_legacy_sql=false --parameter=datamask_key:STRING:<output of: datamask-sql key> < this file

DROP TABLE IF EXISTS `DEV`.`public`.`_dm_stage_21eb2153dd14`;

CREATE TABLE `DEV`.`public`.`_dm_stage_21eb2153dd14` AS
SELECT
  CAST(CASE
    WHEN `src`.`id` IS NULL
    THEN NULL
    ELSE 1 + MOD(CAST(CONCAT('0x', SUBSTRING(`src`.`_dm_digest_1`, 1, 15)) AS INT64), 2147483647)
  END AS INT64) AS `id`,
  CAST(CASE
    WHEN `src`.`email` IS NULL
    THEN NULL
    ELSE CONCAT(
      SUBSTRING(`src`.`_dm_digest_2`, 1, 16),
      '@',
      CASE
        WHEN MOD(CAST(CONCAT('0x', SUBSTRING(`src`.`_dm_digest_2`, 17, 2)) AS INT64), 3) = 0
        THEN 'example.com'
        WHEN MOD(CAST(CONCAT('0x', SUBSTRING(`src`.`_dm_digest_2`, 17, 2)) AS INT64), 3) = 1
        THEN 'example.net'
        ELSE 'example.org'
      END
    )
  END AS STRING) AS `email`,
  CAST(CASE
    WHEN `src`.`name` IS NULL
    THEN NULL
    ELSE CASE WHEN LENGTH(`src`.`name`) = 0 THEN `src`.`name` ELSE `_dm_l1`.`value` END
  END AS STRING) AS `name`
FROM (
  SELECT
    `src`.*,
    TO_HEX(
      SHA256(
        CONCAT(
          @datamask_key,
          '4152e2c55f37a7f106a36fb37083bd6313946539c3af8cd7e20e4ce2cf4a71c0',
          CAST(`src`.`id` AS STRING)
        )
      )
    ) AS `_dm_digest_1`,
    TO_HEX(
      SHA256(
        CONCAT(
          @datamask_key,
          'e721e2036e4becf7b6fc57200cf2e63eaa4759e0c40f20fc4e194ad9b398bc30',
          `src`.`email`
        )
      )
    ) AS `_dm_digest_2`,
    TO_HEX(
      SHA256(
        CONCAT(
          @datamask_key,
          '09aa832fe8afe9d372c5ae87aa742fececda483552679929d14a2cf545195059',
          `src`.`name`
        )
      )
    ) AS `_dm_digest_3`
  FROM `PROD`.`public`.`customers` AS `src`
) AS `src`
LEFT JOIN `DEV`.`public`.`_dm_lookup_first_name_en_us_0780cf166fbf` AS `_dm_l1`
  ON `_dm_l1`.`idx` = MOD(CAST(CONCAT('0x', SUBSTRING(`src`.`_dm_digest_3`, 1, 15)) AS INT64), 690);

-- file: 003_orders.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect bigquery
-- builds the masked copy of public.orders in a staging table
-- masking key: bq query --use_legacy_sql=false --parameter=datamask_key:STRING:<output of: datamask-sql key> < this file

DROP TABLE IF EXISTS `DEV`.`public`.`_dm_stage_1c168adb00d2`;

CREATE TABLE `DEV`.`public`.`_dm_stage_1c168adb00d2` AS
SELECT
  `src`.`id` AS `id`,
  CAST(CASE
    WHEN `src`.`customer_id` IS NULL
    THEN NULL
    ELSE 1 + MOD(CAST(CONCAT('0x', SUBSTRING(`src`.`_dm_digest_1`, 1, 15)) AS INT64), 2147483647)
  END AS INT64) AS `customer_id`,
  `src`.`total` AS `total`
FROM (
  SELECT
    `src`.*,
    TO_HEX(
      SHA256(
        CONCAT(
          @datamask_key,
          '4152e2c55f37a7f106a36fb37083bd6313946539c3af8cd7e20e4ce2cf4a71c0',
          CAST(`src`.`customer_id` AS STRING)
        )
      )
    ) AS `_dm_digest_1`
  FROM `PROD`.`public`.`orders` AS `src`
) AS `src`;

-- file: 004_swap.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect bigquery
-- replaces each target table by its verified staging table and records what built it in
-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)

DELETE FROM `DEV`.`public`.`_datamask_meta`
WHERE
  `table_name` = 'customers';

DELETE FROM `DEV`.`public`.`_datamask_meta`
WHERE
  `table_name` = 'orders';

CREATE OR REPLACE TABLE `DEV`.`public`.`customers` COPY `DEV`.`public`.`_dm_stage_21eb2153dd14`;

DROP TABLE IF EXISTS `DEV`.`public`.`_dm_stage_21eb2153dd14`;

CREATE OR REPLACE TABLE `DEV`.`public`.`orders` COPY `DEV`.`public`.`_dm_stage_1c168adb00d2`;

DROP TABLE IF EXISTS `DEV`.`public`.`_dm_stage_1c168adb00d2`;

DELETE FROM `DEV`.`public`.`_datamask_meta`
WHERE
  `table_name` = 'customers';

INSERT INTO `DEV`.`public`.`_datamask_meta` (
  `table_name`,
  `key_fingerprint`,
  `rules_sha256`,
  `algorithm`,
  `mode`,
  `cursor_column`,
  `watermark`,
  `built_at`
)
SELECT
  'customers',
  SUBSTRING(TO_HEX(SHA256(CONCAT('datamask-sql/dm1/fingerprint:', @datamask_key))), 1, 16),
  '3a983b006629fe3d3c0cf6265aabf45201796c02e3be5527015b89919017ec50',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP() AS STRING);

DELETE FROM `DEV`.`public`.`_datamask_meta`
WHERE
  `table_name` = 'orders';

INSERT INTO `DEV`.`public`.`_datamask_meta` (
  `table_name`,
  `key_fingerprint`,
  `rules_sha256`,
  `algorithm`,
  `mode`,
  `cursor_column`,
  `watermark`,
  `built_at`
)
SELECT
  'orders',
  SUBSTRING(TO_HEX(SHA256(CONCAT('datamask-sql/dm1/fingerprint:', @datamask_key))), 1, 16),
  '3bd1a452820bb50cb288a2aad4e46cf79e2501ca01ebf25768d3bafd6409b069',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP() AS STRING);

